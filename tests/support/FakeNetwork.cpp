#include "FakeNetwork.h"

#include <QTimer>

namespace migo::test {

namespace {

/// The error Qt itself sets for an HTTP error status, so the fake behaves like QNetworkAccessManager.
QNetworkReply::NetworkError errorForStatus(int status) {
    switch (status) {
    case 401:
        return QNetworkReply::AuthenticationRequiredError;
    case 403:
        return QNetworkReply::ContentAccessDenied;
    case 404:
        return QNetworkReply::ContentNotFoundError;
    case 409:
        return QNetworkReply::ContentConflictError;
    case 500:
        return QNetworkReply::InternalServerError;
    case 503:
        return QNetworkReply::ServiceUnavailableError;
    default:
        if (status >= 500)
            return QNetworkReply::UnknownServerError;
        if (status >= 400)
            return QNetworkReply::UnknownContentError;
        return QNetworkReply::NoError;
    }
}

} // namespace

FakeResponse FakeResponse::json(int status, const QByteArray& body) {
    FakeResponse response;
    response.status = status;
    response.body = body;
    return response;
}

FakeResponse FakeResponse::ok(const QByteArray& dataJson) {
    return json(200, "{\"success\":true,\"message\":\"ok\",\"data\":" + dataJson + "}");
}

FakeResponse FakeResponse::failure(int status, const QByteArray& code, const QByteArray& message) {
    return json(status, "{\"success\":false,\"message\":\"" + message + "\",\"errors\":[{\"code\":\"" + code +
                            "\",\"message\":\"" + message + "\"}]}");
}

FakeResponse FakeResponse::networkError(QNetworkReply::NetworkError error) {
    FakeResponse response;
    response.mode = Mode::NetworkError;
    response.error = error;
    return response;
}

FakeResponse FakeResponse::hang() {
    FakeResponse response;
    response.mode = Mode::Hang;
    return response;
}

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject* parent)
    : QNetworkAccessManager(parent) {}

qsizetype FakeNetworkAccessManager::countRequests(const QString& pathSuffix) const {
    return std::count_if(m_requests.begin(), m_requests.end(),
                         [&](const FakeRequest& r) { return r.url.path().endsWith(pathSuffix); });
}

QNetworkReply* FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest& request,
                                                       QIODevice* outgoingData) {
    FakeRequest seen;
    switch (op) {
    case GetOperation:
        seen.verb = "GET";
        break;
    case PostOperation:
        seen.verb = "POST";
        break;
    case PutOperation:
        seen.verb = "PUT";
        break;
    case DeleteOperation:
        seen.verb = "DELETE";
        break;
    case HeadOperation:
        seen.verb = "HEAD";
        break;
    default:
        seen.verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    }
    seen.url = request.url();
    seen.request = request;
    if (outgoingData)
        seen.body = outgoingData->readAll();
    m_requests << seen;
    FakeResponse response = m_handler ? m_handler(seen) : FakeResponse::failure(404, "7010", "not found");
    auto* reply = new FakeReply(seen, std::move(response), this);
    Q_EMIT replyCreated(reply);
    return reply;
}

FakeReply::FakeReply(const FakeRequest& request, FakeResponse response, QObject* parent)
    : QNetworkReply(parent)
    , m_response(std::move(response)) {
    setRequest(request.request);
    setUrl(request.url);
    setOperation(QNetworkAccessManager::CustomOperation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    QTimer::singleShot(0, this, &FakeReply::respond);
}

void FakeReply::respond() {
    if (m_done)
        return;
    switch (m_response.mode) {
    case FakeResponse::Mode::Hang:
        return;
    case FakeResponse::Mode::NetworkError:
        finishWith(m_response.error, QStringLiteral("fake network error"));
        return;
    case FakeResponse::Mode::ResetMidBody:
        sendHeaders();
        m_buffer = m_response.body.left(m_response.body.size() / 2);
        Q_EMIT readyRead();
        finishWith(QNetworkReply::RemoteHostClosedError, QStringLiteral("connection reset"));
        return;
    case FakeResponse::Mode::Normal:
        break;
    }
    sendHeaders();
    if (m_response.stream) {
        pushStreamChunk();
        return;
    }
    m_buffer = m_response.body;
    Q_EMIT downloadProgress(m_buffer.size(), m_buffer.size());
    if (!m_buffer.isEmpty())
        Q_EMIT readyRead();
    if (!m_done)
        finishWith(errorForStatus(m_response.status), QStringLiteral("HTTP %1").arg(m_response.status));
}

void FakeReply::sendHeaders() {
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
    for (const auto& [name, value] : m_response.headers) {
        setRawHeader(name, value);
        if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
            setHeader(QNetworkRequest::ContentTypeHeader, value);
    }
    if (m_response.stream)
        setHeader(QNetworkRequest::ContentLengthHeader, m_response.streamBytes);
    Q_EMIT metaDataChanged();
}

void FakeReply::pushStreamChunk() {
    if (m_done)
        return;
    const qint64 length = std::min(m_response.chunkBytes, m_response.streamBytes - m_streamed);
    if (length <= 0) {
        finishWith(QNetworkReply::NoError, {});
        return;
    }
    m_buffer = m_buffer.mid(m_offset) + m_response.stream(m_streamed, length);
    m_offset = 0;
    m_streamed += length;
    Q_EMIT downloadProgress(m_streamed, m_response.streamBytes);
    Q_EMIT readyRead();
    QTimer::singleShot(0, this, &FakeReply::pushStreamChunk);
}

void FakeReply::finishWith(QNetworkReply::NetworkError error, const QString& text) {
    if (m_done)
        return;
    m_done = true;
    if (error != QNetworkReply::NoError) {
        setError(error, text);
        Q_EMIT errorOccurred(error);
    }
    setFinished(true);
    Q_EMIT finished();
}

void FakeReply::abort() {
    if (m_done)
        return;
    finishWith(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
}

qint64 FakeReply::bytesAvailable() const {
    return m_buffer.size() - m_offset + QIODevice::bytesAvailable();
}

qint64 FakeReply::readData(char* data, qint64 maxSize) {
    const qint64 count = std::min<qint64>(maxSize, m_buffer.size() - m_offset);
    if (count <= 0)
        return m_done ? -1 : 0;
    memcpy(data, m_buffer.constData() + m_offset, size_t(count));
    m_offset += count;
    return count;
}

} // namespace migo::test
