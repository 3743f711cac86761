#include "Call.h"

#include "ClientCore_p.h"
#include "Envelope.h"
#include "Logging.h"
#include "OneShotBody.h"

#include <QNetworkAccessManager>
#include <QSslConfiguration>

namespace migo::api::detail {

namespace {

/// Errors that mean the transport failed (not an HTTP status the server chose): Qt's 1-199 range, and the
/// connection lost after a one-shot body was sent (Qt could not send it again: see OneShotBody).
bool isTransportError(QNetworkReply::NetworkError error) {
    return (error != QNetworkReply::NoError && int(error) < 200) || error == QNetworkReply::ContentReSendError;
}

bool isRetryableTransportError(QNetworkReply::NetworkError error) {
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

constexpr qsizetype maxErrorBodyBytes = 1 << 20;     // an error envelope is small; never buffer a runaway body
constexpr qint64 maxReservedBodyBytes = 512LL << 20; // a Content-Length beyond this is not trusted for a reserve

} // namespace

Call::Call(ClientCore* core, RequestSpec spec, QObject* context, OutcomeHandler onOutcome)
    : QObject(core->client())
    , m_core(core)
    , m_spec(std::move(spec))
    , m_context(context)
    , m_hasContext(context != nullptr)
    , m_onOutcome(std::move(onOutcome)) {
    m_inactivity.setSingleShot(true);
    connect(&m_inactivity, &QTimer::timeout, this, &Call::onInactivity);
    if (context)
        connect(context, &QObject::destroyed, this, &Call::cancel);
}

Call::~Call() {
    dropReply();
    if (m_sink)
        m_sink->discard();
}

void Call::setSink(std::unique_ptr<ReplySink> sink) {
    m_sink = std::move(sink);
}

void Call::setProgressHandler(ProgressHandler handler) {
    m_onProgress = std::move(handler);
}

void Call::setUploadProgressHandler(ProgressHandler handler) {
    m_onUploadProgress = std::move(handler);
}

void Call::start() {
    send();
}

void Call::send() {
    dropReply();
    m_body.clear();
    m_streaming = false;
    m_timedOut = false;
    m_stopError.reset();

    QNetworkRequest request;
    if (std::optional<ApiError> refused =
            m_core->prepareRequest(m_spec, request, m_tokenGeneration, m_appTokenGeneration)) {
        report(*refused);
        return;
    }
    qCInfo(lcApi).noquote() << m_spec.operation << m_spec.verb << redactedUrl(request.url());
    qCDebug(lcApiWire).noquote() << "headers:" << redactedHeaders(request);

    QNetworkAccessManager* network = m_core->network();
    if (m_spec.verb == "GET") {
        m_reply = network->get(request);
    } else {
        // Every other verb may change something (or spend a single-use token): never sent twice by Qt either.
        auto* body = new OneShotBody(m_spec.body.value_or(QByteArray()));
        request.setHeader(QNetworkRequest::ContentLengthHeader, body->size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true); // else Qt copies it first
        m_reply = network->sendCustomRequest(request, m_spec.verb, body);
        body->setParent(m_reply);
    }
    // Back-pressure: keeps a download's memory flat, and bounds the bytes one readyRead hands the GUI thread (a
    // 40 MB card list otherwise piles up while the thread is busy, then costs one long copy).
    m_reply->setReadBufferSize(1 << 20);
    m_clock.start();
    m_inactivity.start(m_spec.timeout);

    connect(m_reply, &QNetworkReply::metaDataChanged, this, &Call::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &Call::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &Call::onFinished);
    connect(m_reply, &QNetworkReply::encrypted, this,
            [this] { m_security = transportSecurityOf(m_reply->sslConfiguration()); });
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        m_inactivity.start(m_spec.timeout);
        if (m_onUploadProgress && total > 0 && (!m_hasContext || m_context))
            m_onUploadProgress(sent, total);
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        m_inactivity.start(m_spec.timeout);
        if (m_streaming && m_onProgress && (!m_hasContext || m_context))
            m_onProgress(received, total);
    });
}

void Call::onMetaDataChanged() {
    if (!m_reply || !m_sink || m_streaming)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300)
        return; // an error body is buffered and decoded as an envelope
    m_streaming = true;
    const QByteArray contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    m_stopError = m_sink->begin(contentType, length.isValid() ? length.toLongLong() : -1);
    if (m_stopError)
        m_reply->abort();
}

void Call::onReadyRead() {
    if (!m_reply)
        return;
    m_inactivity.start(m_spec.timeout);
    if (m_streaming) {
        if (m_stopError)
            return;
        while (m_reply->bytesAvailable() > 0) {
            const QByteArray chunk = m_reply->read(256 * 1024);
            if ((m_stopError = m_sink->write(chunk))) {
                m_reply->abort();
                return;
            }
        }
        return;
    }
    const qint64 limit = m_sink ? maxErrorBodyBytes : m_core->config().maxAnswerBytes;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (length > limit || m_body.size() + m_reply->bytesAvailable() > limit) {
        if (m_sink) { // an error body is only a sentence: the start of it is enough
            m_body += m_reply->read(std::max<qint64>(0, limit - m_body.size()));
            m_reply->readAll();
            return;
        }
        // Refused before it fills the memory: neither announced nor delivered beyond the ceiling.
        m_stopError = errors::answerTooLarge(limit);
        m_body.clear();
        m_body.squeeze();
        m_reply->abort();
        return;
    }
    if (m_body.capacity() == 0 && !m_sink && length > 0 && length <= maxReservedBodyBytes)
        m_body.reserve(length); // one allocation: growing a 40 MB body step by step copies it on the GUI thread
    m_body += m_reply->readAll();
}

void Call::onInactivity() {
    if (!m_reply)
        return;
    m_timedOut = true;
    qCWarning(lcApi).noquote() << m_spec.operation << "timed out after" << m_spec.timeout.count() << "ms";
    m_reply->abort(); // finished() follows
}

void Call::onFinished() {
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    m_inactivity.stop();
    if (reply->isOpen()) // an aborted reply (timeout, cancel) is closed and has nothing left to read
        onReadyRead();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    RawReply raw{status, std::move(m_body), reply->rawHeader("Retry-After"), reply->rawHeader("Content-Disposition"),
                 reply->rawHeader("Location")};
    const QString errorText = reply->errorString();
    if (status != 0 && reply->url().host() == m_core->config().baseUrl.host())
        m_core->noteTransport(m_security.value_or(transportSecurityOf(reply->sslConfiguration())));
    m_body.clear();
    dropReply();

    // A lost sign-in answer is no unknown outcome an agent must check: signing in again is harmless.
    const bool stateChanging = m_spec.access == Access::Write;
    m_core->noteReachability(status != 0 && !m_timedOut);
    qCInfo(lcApi).noquote() << m_spec.operation << "->"
                            << (status ? QString::number(status) : QStringLiteral("no answer")) << raw.body.size()
                            << "bytes" << m_clock.elapsed() << "ms";

    if (m_stopError) {
        report(*m_stopError);
        return;
    }
    if (m_timedOut) {
        report(errors::timeout(stateChanging));
        return;
    }
    if (status >= 300 && status < 400) {
        // Not followed (ManualRedirectPolicy): say where the server wanted the request to go.
        const QUrl target = reply->url().resolved(QUrl::fromEncoded(raw.location));
        qCWarning(lcApi).noquote() << m_spec.operation << "redirect not followed to" << redactedUrl(target);
        report(errors::redirectRefused(target.host(), stateChanging));
        return;
    }
    if (isTransportError(networkError)) {
        const bool sinkUntouched = !m_sink || !m_sink->hasStarted();
        if (m_spec.access == Access::Read && isRetryableTransportError(networkError) && sinkUntouched &&
            retryLater(m_core->config().retryBackoff * (m_retries + 1)))
            return;
        report(errors::fromNetwork(networkError, stateChanging, errorText));
        return;
    }
    if (status == 401 && m_spec.access != Access::Auth) {
        auto decoded = decodeEnvelope(status, raw.body, raw.retryAfter);
        const ApiError* error = std::get_if<ApiError>(&decoded);
        m_core->handleUnauthorized(this, error ? *error : errors::sessionExpired());
        return;
    }
    if (m_spec.access == Access::Read && (status == 502 || status == 503 || status == 504) &&
        retryLater(m_core->config().retryBackoff * (m_retries + 1)))
        return;
    if (m_spec.access == Access::Read && status == 429) {
        const std::optional<int> wait = parseRetryAfter(raw.retryAfter);
        const auto delay = wait ? std::chrono::milliseconds(std::chrono::seconds(*wait))
                                : m_core->config().retryBackoff * (m_retries + 1);
        if (delay <= m_core->config().maxRetryAfter && retryLater(delay))
            return;
    }
    if (status >= 200 && status < 300 && m_streaming) {
        if (std::optional<ApiError> error = m_sink->finish()) {
            report(*error);
            return;
        }
    }
    report(std::move(raw));
}

bool Call::retryLater(std::chrono::milliseconds delay) {
    if (m_retries >= m_core->config().maxReadRetries)
        return false;
    ++m_retries;
    qCInfo(lcApi).noquote() << m_spec.operation << "retry" << m_retries << "in" << delay.count() << "ms";
    QTimer::singleShot(delay, this, &Call::send);
    return true;
}

void Call::replayAfter(Renewal kind) {
    ++m_replays;
    m_lastReplay = kind;
    send();
}

void Call::fail(const ApiError& error) {
    report(error);
}

void Call::report(Outcome outcome) {
    if (m_reported)
        return;
    m_reported = true;
    if (m_sink && std::holds_alternative<ApiError>(outcome))
        m_sink->discard();
    m_onOutcome(this, std::move(outcome));
}

void Call::finishWith(const std::function<void()>& deliver) {
    if (!m_hasContext || m_context)
        deliver();
    deleteLater();
}

void Call::cancel() {
    m_reported = true;
    m_inactivity.stop();
    dropReply();
    if (m_sink)
        m_sink->discard();
    deleteLater();
}

void Call::dropReply() {
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

} // namespace migo::api::detail
