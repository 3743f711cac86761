// The request machinery behind CmsClient: request preparation, the shared operator refresh, reachability.
#include "ClientCore_p.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace migo::api::detail {

namespace {

bool isLoopback(const QString& host) {
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

ClientCore::ClientCore(CmsClient* client, QNetworkAccessManager* network)
    : m_network(network)
    , m_client(client) {}

std::optional<ApiError> ClientCore::prepareRequest(const RequestSpec& spec, QNetworkRequest& request,
                                                   int& tokenGeneration) const {
    QUrl url = m_config.baseUrl;
    if (!url.isValid() || url.host().isEmpty())
        return errors::invalidRequest(CmsClient::tr("No server address is configured."));
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && !(scheme == u"http" && isLoopback(url.host())))
        return errors::insecureUrl(url.host());
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + spec.path);
    if (!spec.encodedQuery.isEmpty())
        url.setQuery(QString::fromLatin1(spec.encodedQuery), QUrl::StrictMode);

    request = QNetworkRequest(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setRawHeader("Accept", "application/json, application/pdf");
    if (spec.body)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (spec.sendAppToken && !m_appTokens.accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_appTokens.accessToken.toUtf8());
    if (spec.sendUserToken && !m_operatorTokens.accessToken.isEmpty())
        request.setRawHeader("x-user-token", "Bearer " + m_operatorTokens.accessToken.toUtf8());
    tokenGeneration = m_tokenGeneration;
    return std::nullopt;
}

Call* ClientCore::startRaw(RequestSpec spec, QObject* context, Call::OutcomeHandler onOutcome) {
    auto* call = new Call(this, std::move(spec), context, std::move(onOutcome));
    // Started from the event loop so that a caller never gets its callback before the handle.
    QMetaObject::invokeMethod(call, &Call::start, Qt::QueuedConnection);
    return call;
}

RequestSpec ClientCore::cmsRequest(const char* operation, QByteArray verb, const QString& pathAfterPartner,
                                   Access access) const {
    RequestSpec spec;
    spec.operation = operation;
    spec.verb = std::move(verb);
    spec.path = QStringLiteral("/app/partners/%1").arg(m_config.partnerId) + pathAfterPartner;
    spec.access = access;
    spec.timeout = m_config.transferTimeout;
    return spec;
}

RequestSpec ClientCore::authRequest(const char* operation, const QString& path, QByteArray body) const {
    RequestSpec spec;
    spec.operation = operation;
    spec.verb = "POST";
    spec.path = path;
    spec.access = Access::Auth;
    spec.sendUserToken = false;
    spec.timeout = m_config.transferTimeout;
    spec.body = std::move(body);
    return spec;
}

void ClientCore::noteReachability(bool answered) {
    if (answered == m_serverReachable)
        return;
    m_serverReachable = answered;
    Q_EMIT m_client->reachabilityChanged(answered);
}

void ClientCore::handleUnauthorized(Call* call) {
    const bool isWrite = call->spec().access == Access::Write;
    if (call->tokenGeneration() != m_tokenGeneration && !m_operatorTokens.accessToken.isEmpty()) {
        // Another call already renewed the session after this one was sent.
        if (isWrite)
            call->fail(errors::notResentAfterRefresh());
        else if (call->replayedAfterRefresh())
            call->fail(errors::sessionExpired());
        else
            call->replayAfterRefresh();
        return;
    }
    if (call->replayedAfterRefresh()) {
        call->fail(errors::sessionExpired());
        Q_EMIT m_client->sessionExpired();
        return;
    }
    if (m_refreshCall) { // a refresh is already on its way: share it
        m_waitingForRefresh << call;
        return;
    }
    if (m_operatorTokens.refreshToken.isEmpty()) {
        call->fail(errors::sessionExpired());
        Q_EMIT m_client->sessionExpired();
        return;
    }
    m_waitingForRefresh << call;
    refreshOperatorSession(nullptr, nullptr);
}

CallHandle ClientCore::refreshOperatorSession(QObject* context, Callback<TokenPair> done) {
    if (done) {
        // Bound to the context like any callback; dropped if the context is gone.
        QPointer<QObject> guard(context);
        const bool hasContext = context != nullptr;
        m_refreshListeners << [guard, hasContext, done](const Result<TokenPair>& result) {
            if (!hasContext || guard)
                done(result);
        };
    }
    if (m_refreshCall)
        return CallHandle(m_refreshCall);
    if (m_operatorTokens.refreshToken.isEmpty()) {
        QMetaObject::invokeMethod(
            m_client, [this] { finishRefresh(errors::sessionExpired()); }, Qt::QueuedConnection);
        return {};
    }
    RequestSpec spec = authRequest("refreshOperatorSession", QStringLiteral("/app/users/refresh"),
                                   json::ObjectWriter().add("refreshToken", m_operatorTokens.refreshToken).toJson());
    // The old refresh token is single-use (ref §2.3): forget it now, whatever the answer.
    m_operatorTokens.refreshToken.clear();
    CallHandle handle = start<TokenPair>(std::move(spec), nullptr, &parse::tokenPair,
                                         [this](const Result<TokenPair>& result) { finishRefresh(result); });
    m_refreshCall = qobject_cast<Call*>(handle.m_call.data());
    return handle;
}

void ClientCore::finishRefresh(const Result<TokenPair>& result) {
    m_refreshCall = nullptr;
    const QList<QPointer<Call>> waiting = std::exchange(m_waitingForRefresh, {});
    const QList<Callback<TokenPair>> listeners = std::exchange(m_refreshListeners, {});
    if (result.ok()) {
        m_client->setOperatorTokens(result.value());
        qCInfo(lcApi) << "operator session renewed";
        Q_EMIT m_client->operatorTokensChanged();
        for (const QPointer<Call>& call : waiting) {
            if (!call)
                continue;
            if (call->spec().access == Access::Write)
                call->fail(errors::notResentAfterRefresh());
            else
                call->replayAfterRefresh();
        }
    } else {
        qCWarning(lcApi) << "operator session could not be renewed";
        m_operatorTokens = {};
        ++m_tokenGeneration;
        for (const QPointer<Call>& call : waiting)
            if (call)
                call->fail(errors::sessionExpired());
        Q_EMIT m_client->sessionExpired();
    }
    for (const Callback<TokenPair>& listener : listeners)
        listener(result);
}

} // namespace migo::api::detail
