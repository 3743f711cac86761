#include "CmsClient.h"

#include "ClientCore_p.h"

#include <QHostAddress>

namespace migo::api {

using detail::Access;
using detail::Call;
using detail::ClientCore;
using detail::RequestSpec;

QUrl productionBaseUrl() {
    return QUrl(QStringLiteral("https://api.ali.app/cms/rest"));
}
QUrl qaBaseUrl() {
    return QUrl(QStringLiteral("https://ali-qa.ali.app/cms/rest"));
}

bool isTransportAllowed(const QUrl& baseUrl) {
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme == u"https")
        return true;
    if (scheme != u"http")
        return false;
    if (baseUrl.host().compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(baseUrl.host());
    return !address.isNull() && address.isLoopback();
}

CallHandle::CallHandle(Call* call)
    : m_call(call) {}

void CallHandle::cancel() {
    if (auto* call = qobject_cast<Call*>(m_call.data()))
        call->cancel();
}

CmsClient::CmsClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<ClientCore>(this, network)) {}

CmsClient::~CmsClient() = default;

void CmsClient::setConfig(const ClientConfig& config) {
    if (config.baseUrl != d->m_config.baseUrl) {
        d->m_answered = false; // what was seen of the old server says nothing of the new one
        d->m_lastSecurity = {};
    }
    d->m_config = config;
}

const ClientConfig& CmsClient::config() const {
    return d->m_config;
}

void CmsClient::setPartnerId(qint64 partnerId) {
    d->m_config.partnerId = partnerId;
}

void CmsClient::setAppTokens(const TokenPair& tokens) {
    d->m_appTokens = tokens;
    ++d->m_appTokenGeneration;
}

void CmsClient::setOperatorTokens(const TokenPair& tokens) {
    d->m_operatorTokens = tokens;
    ++d->m_tokenGeneration;
}

const TokenPair& CmsClient::operatorTokens() const {
    return d->m_operatorTokens;
}

const TokenPair& CmsClient::appTokens() const {
    return d->m_appTokens;
}

bool CmsClient::hasOperatorSession() const {
    return !d->m_operatorTokens.accessToken.isEmpty();
}

bool CmsClient::isServerReachable() const {
    return d->m_serverReachable;
}

ConnectionInfo CmsClient::connectionInfo() const {
    ConnectionInfo info;
    info.server = d->m_config.baseUrl;
    describeProxyFor(info.server, info);
    info.answered = d->m_answered;
    info.security = d->m_lastSecurity;
    return info;
}

void CmsClient::clearSession() {
    const QList<Call*> calls = findChildren<Call*>(Qt::FindDirectChildrenOnly);
    for (Call* call : calls)
        if (call->spec().fixedUserToken.isEmpty()) // a logout on its way ends the session on the server too
            call->cancel();
    d->m_waitingForRefresh.clear();
    d->m_refreshListeners.clear();
    d->m_appTokens = {};
    d->m_operatorTokens = {};
    d->forgetAppSession();
    ++d->m_tokenGeneration;
    ++d->m_appTokenGeneration;
}

CallHandle CmsClient::refreshOperatorSession(QObject* context, Callback<TokenPair> done) {
    return d->refreshOperatorSession(context, std::move(done));
}

CallHandle CmsClient::appLogin(const QString& merchant, QObject* context, Callback<AppSession> done) {
    return d->appLogin(merchant, context, std::move(done));
}

CallHandle CmsClient::refreshAppSession(QObject* context, Callback<AppSession> done) {
    return d->renewAppSession(context, std::move(done));
}

CallHandle CmsClient::operatorLogin(const QString& email, const QString& password, QObject* context,
                                    Callback<OperatorSession> done) {
    RequestSpec spec = d->authRequest("operatorLogin", QStringLiteral("/app/users/login"),
                                      json::ObjectWriter().add("email", email).add("password", password).toJson());
    return d->start<OperatorSession>(std::move(spec), context, &parse::operatorSession,
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
    spec.timeout = d->m_config.transferTimeout;
    spec.body = json::ObjectWriter().add("email", email).add("purpose", wireValue(purpose)).toJson();
    return d->start<OtpChallenge>(std::move(spec), context, &parse::otpChallenge, std::move(done));
}

CallHandle CmsClient::verifyOtp(const QString& email, const QString& otp, OtpPurpose purpose, QObject* context,
                                Callback<OtpVerification> done) {
    RequestSpec spec;
    spec.operation = "verifyOtp";
    spec.verb = "PUT";
    spec.path = QStringLiteral("/app/users/auth/otp");
    spec.access = Access::Write; // a wrong code uses up an attempt
    spec.timeout = d->m_config.transferTimeout;
    spec.body = json::ObjectWriter().add("email", email).add("otp", otp).add("purpose", wireValue(purpose)).toJson();
    return d->start<OtpVerification>(std::move(spec), context, &parse::otpVerification, std::move(done));
}

} // namespace migo::api
