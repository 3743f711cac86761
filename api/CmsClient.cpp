#include "CmsClient.h"

#include "Logging.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace migo::api {

using detail::Access;
using detail::Call;
using detail::RequestSpec;

QUrl productionBaseUrl() {
    return QUrl(QStringLiteral("https://api.ali.app/cms/rest"));
}
QUrl qaBaseUrl() {
    return QUrl(QStringLiteral("https://ali-qa.ali.app/cms/rest"));
}

void CallHandle::cancel() {
    if (m_call)
        m_call->cancel();
}

namespace {

bool isLoopback(const QString& host) {
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

CmsClient::CmsClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network) {}

CmsClient::~CmsClient() = default;

void CmsClient::setConfig(const ClientConfig& config) {
    m_config = config;
}

void CmsClient::setAppTokens(const TokenPair& tokens) {
    m_appTokens = tokens;
}

void CmsClient::setOperatorTokens(const TokenPair& tokens) {
    m_operatorTokens = tokens;
    ++m_tokenGeneration;
}

void CmsClient::clearSession() {
    const QList<Call*> calls = findChildren<Call*>(Qt::FindDirectChildrenOnly);
    for (Call* call : calls)
        call->cancel();
    m_waitingForRefresh.clear();
    m_refreshListeners.clear();
    m_appTokens = {};
    m_operatorTokens = {};
    ++m_tokenGeneration;
}

std::optional<ApiError> CmsClient::prepareRequest(const RequestSpec& spec, QNetworkRequest& request,
                                                  int& tokenGeneration) const {
    QUrl url = m_config.baseUrl;
    if (!url.isValid() || url.host().isEmpty())
        return errors::invalidRequest(tr("No server address is configured."));
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

Call* CmsClient::startRaw(RequestSpec spec, QObject* context, Call::OutcomeHandler onOutcome) {
    auto* call = new Call(this, std::move(spec), context, std::move(onOutcome));
    // Started from the event loop so that a caller never gets its callback before the handle.
    QMetaObject::invokeMethod(call, &Call::start, Qt::QueuedConnection);
    return call;
}

void CmsClient::noteReachability(bool answered) {
    if (answered == m_serverReachable)
        return;
    m_serverReachable = answered;
    Q_EMIT reachabilityChanged(answered);
}

void CmsClient::handleUnauthorized(Call* call) {
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
        Q_EMIT sessionExpired();
        return;
    }
    if (m_refreshCall) { // a refresh is already on its way: share it
        m_waitingForRefresh << call;
        return;
    }
    if (m_operatorTokens.refreshToken.isEmpty()) {
        call->fail(errors::sessionExpired());
        Q_EMIT sessionExpired();
        return;
    }
    m_waitingForRefresh << call;
    refreshOperatorSession(nullptr, nullptr);
}

CallHandle CmsClient::refreshOperatorSession(QObject* context, Callback<TokenPair> done) {
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
            this, [this] { finishRefresh(errors::sessionExpired()); }, Qt::QueuedConnection);
        return {};
    }
    RequestSpec spec = authRequest("refreshOperatorSession", QStringLiteral("/app/users/refresh"),
                                   json::ObjectWriter().add("refreshToken", m_operatorTokens.refreshToken).toJson());
    // The old refresh token is single-use (ref §2.3): forget it now, whatever the answer.
    m_operatorTokens.refreshToken.clear();
    CallHandle handle = start<TokenPair>(std::move(spec), nullptr, &parse::tokenPair,
                                         [this](const Result<TokenPair>& result) { finishRefresh(result); });
    m_refreshCall = handle.m_call;
    return handle;
}

void CmsClient::finishRefresh(const Result<TokenPair>& result) {
    m_refreshCall = nullptr;
    const QList<QPointer<Call>> waiting = std::exchange(m_waitingForRefresh, {});
    const QList<Callback<TokenPair>> listeners = std::exchange(m_refreshListeners, {});
    if (result.ok()) {
        setOperatorTokens(result.value());
        qCInfo(lcApi) << "operator session renewed";
        Q_EMIT operatorTokensChanged();
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
        Q_EMIT sessionExpired();
    }
    for (const Callback<TokenPair>& listener : listeners)
        listener(result);
}

CallHandle CmsClient::appLogin(const QString& merchant, QObject* context, Callback<AppSession> done) {
    RequestSpec spec = authRequest("appLogin", QStringLiteral("/app/auth/login"),
                                   json::ObjectWriter().add("merchant", merchant).toJson());
    spec.sendAppToken = false;
    return startAppSession(std::move(spec), context, std::move(done));
}

CallHandle CmsClient::refreshAppSession(QObject* context, Callback<AppSession> done) {
    RequestSpec spec = authRequest("refreshAppSession", QStringLiteral("/app/auth/refresh"),
                                   json::ObjectWriter().add("refreshToken", m_appTokens.refreshToken).toJson());
    m_appTokens.refreshToken.clear(); // single-use (ref §2.3)
    return startAppSession(std::move(spec), context, std::move(done));
}

RequestSpec CmsClient::authRequest(const char* operation, const QString& path, QByteArray body) const {
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

CallHandle CmsClient::startAppSession(RequestSpec spec, QObject* context, Callback<AppSession> done) {
    return start<AppSession>(std::move(spec), context, &parse::appSession,
                             [this, done](const Result<AppSession>& result) {
                                 if (result.ok())
                                     setAppTokens(result.value().tokens);
                                 if (done)
                                     done(result);
                             });
}

CallHandle CmsClient::operatorLogin(const QString& email, const QString& password, QObject* context,
                                    Callback<OperatorSession> done) {
    RequestSpec spec = authRequest("operatorLogin", QStringLiteral("/app/users/login"),
                                   json::ObjectWriter().add("email", email).add("password", password).toJson());
    return start<OperatorSession>(std::move(spec), context, &parse::operatorSession,
                                  [this, done](const Result<OperatorSession>& result) {
                                      if (result.ok())
                                          setOperatorTokens(result.value().tokens);
                                      if (done)
                                          done(result);
                                  });
}

CallHandle CmsClient::requestOtp(const QString& email, OtpPurpose purpose, QObject* context,
                                 Callback<OtpChallenge> done) {
    RequestSpec spec;
    spec.operation = "requestOtp";
    spec.verb = "POST";
    spec.path = QStringLiteral("/app/users/auth/otp");
    spec.access = Access::Write; // sends an e-mail: not repeated behind the operator's back
    spec.timeout = m_config.transferTimeout;
    spec.body = json::ObjectWriter().add("email", email).add("purpose", wireValue(purpose)).toJson();
    return start<OtpChallenge>(std::move(spec), context, &parse::otpChallenge, std::move(done));
}

CallHandle CmsClient::verifyOtp(const QString& email, const QString& otp, OtpPurpose purpose, QObject* context,
                                Callback<OtpVerification> done) {
    RequestSpec spec;
    spec.operation = "verifyOtp";
    spec.verb = "PUT";
    spec.path = QStringLiteral("/app/users/auth/otp");
    spec.access = Access::Write; // a wrong code uses up an attempt
    spec.timeout = m_config.transferTimeout;
    spec.body = json::ObjectWriter().add("email", email).add("otp", otp).add("purpose", wireValue(purpose)).toJson();
    return start<OtpVerification>(std::move(spec), context, &parse::otpVerification, std::move(done));
}

} // namespace migo::api
