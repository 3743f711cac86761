// The request machinery behind CmsClient: request preparation, the shared operator refresh, reachability.
#include "ClientCore_p.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

namespace migo::api::detail {

namespace {

/// How long before its expiry the app token is renewed: a fifth of its life, between 1 s and 2 min.
qint64 renewalMarginMs(qint64 lifetimeMs) {
    return std::clamp<qint64>(lifetimeMs / 5, 1000, 120000);
}

} // namespace

ClientCore::ClientCore(CmsClient* client, QNetworkAccessManager* network)
    : m_network(network)
    , m_appRenewalTimer(new QTimer(client))
    , m_client(client) {
    m_appRenewalTimer->setSingleShot(true);
    QObject::connect(m_appRenewalTimer, &QTimer::timeout, client, [this] { renewAppSession(nullptr, nullptr); });
}

std::optional<ApiError> ClientCore::prepareRequest(const RequestSpec& spec, QNetworkRequest& request,
                                                   int& tokenGeneration, int& appTokenGeneration) const {
    QUrl url = m_config.baseUrl;
    if (!url.isValid() || url.host().isEmpty())
        return errors::invalidRequest(CmsClient::tr("No server address is configured."));
    if (!isTransportAllowed(url))
        return errors::insecureUrl(url.host());
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + spec.path);
    if (!spec.encodedQuery.isEmpty())
        url.setQuery(QString::fromLatin1(spec.encodedQuery), QUrl::StrictMode);

    request = QNetworkRequest(url);
    // No redirect is followed: the API has none, and a redirect must never take tokens or a body elsewhere
    // (contract §11). A 3xx answer is reported by Call::onFinished.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept",
                         spec.accept.isEmpty() ? QByteArrayLiteral("application/json, application/pdf") : spec.accept);
    if (!spec.lastEventId.isEmpty())
        request.setRawHeader("Last-Event-ID", spec.lastEventId);
    if (spec.body)
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          spec.contentType.isEmpty() ? QByteArrayLiteral("application/json") : spec.contentType);
    const QString& appToken = spec.fixedAppToken.isEmpty() ? m_appTokens.accessToken : spec.fixedAppToken;
    const QString& userToken = spec.fixedUserToken.isEmpty() ? m_operatorTokens.accessToken : spec.fixedUserToken;
    if (spec.sendAppToken && !appToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + appToken.toUtf8());
    if (spec.sendUserToken && !userToken.isEmpty())
        request.setRawHeader("x-user-token", "Bearer " + userToken.toUtf8());
    tokenGeneration = m_tokenGeneration;
    appTokenGeneration = m_appTokenGeneration;
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

void ClientCore::noteTransport(const TransportSecurity& security) {
    m_answered = true;
    // A reply on a reused connection may only know the certificate, not the version: keep what its handshake said.
    if (security.encrypted && m_lastSecurity.encrypted &&
        security.sha256Fingerprint == m_lastSecurity.sha256Fingerprint && security.cipher.isEmpty())
        return;
    m_lastSecurity = security;
}

bool ClientCore::concernsAppToken(const ApiError& error) const {
    for (const ErrorDetail& detail : error.details) {
        if (detail.field.compare(u"Authorization", Qt::CaseInsensitive) == 0)
            return true;
        if (detail.field.compare(u"x-user-token", Qt::CaseInsensitive) == 0)
            return false;
    }
    // A server that does not name the header: the app token is the one to renew once its own expiry has passed.
    return m_appAccessExpiresAt.isValid() && QDateTime::currentDateTimeUtc() >= m_appAccessExpiresAt;
}

namespace {
/// Renewals one read may be sent again after: enough for an app and an operator renewal crossing each other twice,
/// never a loop.
constexpr int kMaxReplays = 4;
} // namespace

void ClientCore::sendAgainOrFail(Call* call, Call::Renewal kind) {
    if (call->spec().access == Access::Write)
        call->fail(errors::notResentAfterRefresh()); // a write is never sent twice
    else if (call->replays() >= kMaxReplays)
        call->fail(errors::sessionExpired());
    else
        call->replayAfter(kind);
}

void ClientCore::releaseWaiting(QList<QPointer<Call>>& waiting, bool renewed, Call::Renewal kind) {
    const QList<QPointer<Call>> calls = std::exchange(waiting, {});
    for (const QPointer<Call>& call : calls) {
        if (!call)
            continue;
        if (!renewed)
            call->fail(errors::sessionExpired());
        else
            sendAgainOrFail(call, kind);
    }
}

void ClientCore::handleUnauthorized(Call* call, const ApiError& error) {
    // Each token is judged on its own (issue 13): a 401 caused by a token the client has replaced since is answered
    // by sending the read again; one caused by the current token waits for one shared renewal of that token.
    if (concernsAppToken(error)) {
        if (call->appTokenGeneration() != m_appTokenGeneration) {
            sendAgainOrFail(call, Call::Renewal::App);
            return;
        }
        if (call->replays() >= kMaxReplays) {
            call->fail(errors::sessionExpired());
            return;
        }
        m_waitingForApp << call;
        renewAppSession(nullptr, nullptr);
        return;
    }
    if (call->tokenGeneration() != m_tokenGeneration && !m_operatorTokens.accessToken.isEmpty()) {
        sendAgainOrFail(call, Call::Renewal::Operator);
        return;
    }
    if (m_refreshCall || m_refreshWaitsForApp) { // a refresh is already on its way: share it
        m_waitingForRefresh << call;
        return;
    }
    if (call->lastReplay() == Call::Renewal::Operator) {
        // Refused with the token the refresh has just given: the server ended the session.
        call->fail(errors::sessionExpired());
        Q_EMIT m_client->sessionExpired();
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
    if (m_refreshWaitsForApp)
        return {}; // joined: sent once the app session is renewed
    if (m_operatorTokens.refreshToken.isEmpty()) {
        QMetaObject::invokeMethod(
            m_client, [this] { finishRefresh(errors::sessionExpired()); }, Qt::QueuedConnection);
        return {};
    }
    sendOperatorRefresh(false);
    return CallHandle(m_refreshCall);
}

void ClientCore::sendOperatorRefresh(bool afterAppRenewal) {
    RequestSpec spec = authRequest("refreshOperatorSession", QStringLiteral("/app/users/refresh"),
                                   json::ObjectWriter().add("refreshToken", m_operatorTokens.refreshToken).toJson());
    // The refresh token is single-use (ref §2.3), but it is kept until the server has answered: a refresh lost on
    // the way may have left it valid. The answer replaces it, or a refusal forgets it.
    CallHandle handle = start<TokenPair>(
        std::move(spec), nullptr, &parse::tokenPair, [this, afterAppRenewal](const Result<TokenPair>& result) {
            const int sentWithApp = m_refreshCall ? m_refreshCall->appTokenGeneration() : m_appTokenGeneration;
            m_refreshCall = nullptr;
            if (!result.ok() && result.error().httpStatus == 401 && concernsAppToken(result.error()) &&
                !afterAppRenewal) {
                // Refused for the app token (renewed meanwhile, or expired): the refresh token was never judged.
                // Sent once more with a valid app token; the session is not ended for it.
                qCInfo(lcApi) << "operator refresh met a refused app token; renewing the app session first";
                if (sentWithApp != m_appTokenGeneration) {
                    sendOperatorRefresh(true);
                    return;
                }
                m_refreshWaitsForApp = true;
                renewAppSession(nullptr, [this](const Result<AppSession>& app) {
                    m_refreshWaitsForApp = false;
                    if (app.ok())
                        sendOperatorRefresh(true);
                    else
                        finishRefresh(app.error());
                });
                return;
            }
            finishRefresh(result);
        });
    m_refreshCall = qobject_cast<Call*>(handle.m_call.data());
}

void ClientCore::finishRefresh(const Result<TokenPair>& result) {
    m_refreshCall = nullptr;
    const QList<Callback<TokenPair>> listeners = std::exchange(m_refreshListeners, {});
    if (result.ok()) {
        m_client->setOperatorTokens(result.value());
        qCInfo(lcApi) << "operator session renewed";
        Q_EMIT m_client->operatorTokensChanged();
        releaseWaiting(m_waitingForRefresh, true, Call::Renewal::Operator);
    } else {
        qCWarning(lcApi) << "operator session could not be renewed";
        m_operatorTokens = {};
        ++m_tokenGeneration;
        releaseWaiting(m_waitingForRefresh, false, Call::Renewal::Operator);
        Q_EMIT m_client->sessionExpired();
    }
    for (const Callback<TokenPair>& listener : listeners)
        listener(result);
}

CallHandle ClientCore::appLogin(const QString& merchant, QObject* context, Callback<AppSession> done) {
    RequestSpec spec = authRequest("appLogin", QStringLiteral("/app/auth/login"),
                                   json::ObjectWriter().add("merchant", merchant).toJson());
    spec.sendAppToken = false;
    return start<AppSession>(std::move(spec), context, &parse::appSession,
                             [this, merchant, done](const Result<AppSession>& result) {
                                 if (result.ok()) {
                                     m_merchant = merchant;
                                     adoptAppSession(result.value());
                                 }
                                 if (done)
                                     done(result);
                             });
}

CallHandle ClientCore::renewAppSession(QObject* context, Callback<AppSession> done) {
    if (done) {
        QPointer<QObject> guard(context);
        const bool hasContext = context != nullptr;
        m_appListeners << [guard, hasContext, done](const Result<AppSession>& result) {
            if (!hasContext || guard)
                done(result);
        };
    }
    if (!m_appRenewalCall)
        sendAppRenewal(m_appTokens.refreshToken.isEmpty() && !m_merchant.isEmpty());
    return CallHandle(m_appRenewalCall);
}

void ClientCore::sendAppRenewal(bool loginInstead) {
    m_appRenewalTimer->stop();
    if (!loginInstead && m_appTokens.refreshToken.isEmpty()) {
        QMetaObject::invokeMethod(
            m_client, [this] { finishAppRenewal(errors::sessionExpired()); }, Qt::QueuedConnection);
        return;
    }
    RequestSpec spec = loginInstead
                           ? authRequest("appLogin", QStringLiteral("/app/auth/login"),
                                         json::ObjectWriter().add("merchant", m_merchant).toJson())
                           : authRequest("refreshAppSession", QStringLiteral("/app/auth/refresh"),
                                         json::ObjectWriter().add("refreshToken", m_appTokens.refreshToken).toJson());
    spec.sendAppToken = !loginInstead; // the refresh carries the (possibly expired) app token, as contract §4 asks
    CallHandle handle = start<AppSession>(std::move(spec), nullptr, &parse::appSession,
                                          [this, loginInstead](const Result<AppSession>& result) {
                                              m_appRenewalCall = nullptr;
                                              if (!result.ok() && !loginInstead && !m_merchant.isEmpty()) {
                                                  // The refresh token is dead or its answer was lost: the
                                                  // merchant alone opens a new app session.
                                                  qCInfo(lcApi) << "app refresh refused; signing the app in again";
                                                  sendAppRenewal(true);
                                                  return;
                                              }
                                              finishAppRenewal(result);
                                          });
    m_appRenewalCall = qobject_cast<Call*>(handle.m_call.data());
}

void ClientCore::finishAppRenewal(const Result<AppSession>& result) {
    const QList<Callback<AppSession>> listeners = std::exchange(m_appListeners, {});
    if (result.ok()) {
        adoptAppSession(result.value());
        qCInfo(lcApi) << "app session renewed";
        releaseWaiting(m_waitingForApp, true, Call::Renewal::App);
    } else {
        qCWarning(lcApi) << "app session could not be renewed";
        if (result.error().httpStatus == 401)
            m_appTokens.refreshToken.clear(); // refused: it will never work again
        const bool hadWaiting = !m_waitingForApp.isEmpty();
        releaseWaiting(m_waitingForApp, false, Call::Renewal::App);
        if (hadWaiting)
            Q_EMIT m_client->sessionExpired();
    }
    for (const Callback<AppSession>& listener : listeners)
        listener(result);
}

void ClientCore::adoptAppSession(const AppSession& session) {
    m_appTokens = session.tokens;
    ++m_appTokenGeneration;
    m_appAccessExpiresAt = session.accessExpiresAt;
    m_appRenewalTimer->stop();
    if (!session.accessExpiresAt.isValid())
        return; // the server did not say: renewed on its first 401
    const qint64 lifetimeMs = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(session.accessExpiresAt));
    // QTimer takes an int of milliseconds (24.8 days): a longer life is renewed after a day, early but harmless.
    constexpr qint64 longestWaitMs = 24LL * 3600 * 1000;
    m_appRenewalTimer->start(
        std::chrono::milliseconds(std::clamp<qint64>(lifetimeMs - renewalMarginMs(lifetimeMs), 0, longestWaitMs)));
}

void ClientCore::forgetAppSession() {
    m_appRenewalTimer->stop();
    m_merchant.clear();
    m_appAccessExpiresAt = {};
    m_waitingForApp.clear();
    m_appListeners.clear();
    m_refreshWaitsForApp = false;
}

} // namespace migo::api::detail
