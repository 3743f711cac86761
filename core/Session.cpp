#include "Session.h"

#include "CardStore.h"
#include "PartnerBalance.h"
#include "StepUpWindows.h"
#include "TokenStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>

namespace migo::core {

namespace {

Q_LOGGING_CATEGORY(lcSession, "migo.session", QtWarningMsg)

/// Store callbacks whose error nobody has to hear (forgetting a token that may not be there).
void ignoreError(const QString&) {}

/// The keychain entry: the refresh token and who it belongs to (not secret, but what a refresh does not answer).
/// `{"refreshToken", "operatorId", "operatorName", "partners": [{"id", "name"}]}`; an older entry is the bare token.
QString rememberedRecord(const QString& refreshToken, const api::OperatorSession& session) {
    QJsonArray partners;
    for (const api::PartnerRef& partner : session.partners)
        partners.append(QJsonObject{{QStringLiteral("id"), partner.id}, {QStringLiteral("name"), partner.name}});
    const QJsonObject record{{QStringLiteral("refreshToken"), refreshToken},
                             {QStringLiteral("operatorId"), session.id},
                             {QStringLiteral("operatorName"), session.name},
                             {QStringLiteral("partners"), partners}};
    return QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact));
}

} // namespace

Session::Session(api::CmsClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_cardStore(new CardStore(this))
    , m_balance(new PartnerBalance(client, this))
    , m_access(std::make_shared<OperatorAccess>())
    , m_stepUpWindows(new StepUpWindows(this)) {
    // Funds added to or withdrawn from a card come out of or go back to the partner's balance (contract §14).
    connect(m_cardStore, &CardStore::fundsMoved, m_balance, &PartnerBalance::refresh);
    connect(m_client, &api::CmsClient::operatorTokensChanged, this, &Session::onTokensRotated);
    connect(m_client, &api::CmsClient::sessionExpired, this, &Session::onSessionExpired);
}

Session::~Session() = default;

void Session::setTokenStore(std::unique_ptr<TokenStore> store) {
    m_store = std::move(store);
}

QString Session::operatorEmail() const {
    return m_operator.email.isEmpty() ? m_target.operatorEmail : m_operator.email;
}

bool Session::worksFor(qint64 partnerId) const {
    return std::any_of(m_operator.partners.cbegin(), m_operator.partners.cend(),
                       [partnerId](const api::PartnerRef& partner) { return partner.id == partnerId; });
}

QString Session::partnerName() const {
    for (const api::PartnerRef& partner : m_operator.partners)
        if (partner.id == m_target.partnerId)
            return partner.name;
    return {};
}

OperationContext Session::operationContext() const {
    return OperationContext{m_client, m_cardStore, nullptr, operatorEmail(), m_access, m_stepUpWindows};
}

void Session::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QString Session::tokenKey() const {
    if (m_target.merchant.isEmpty() || m_target.operatorEmail.isEmpty())
        return {};
    return TokenStore::keyFor(m_target.baseUrl, m_target.merchant, m_target.operatorEmail);
}

void Session::aimAt(const SignInTarget& target) {
    ++m_attempt;
    m_target = target;
    m_operator = {};
    api::ClientConfig config = m_client->config();
    config.baseUrl = target.baseUrl;
    config.partnerId = target.partnerId;
    m_client->setConfig(config);
}

void Session::appLoginThen(const QString& merchant, std::function<void()> next,
                           std::function<void(const api::ApiError&)> failed) {
    const quint64 attempt = m_attempt;
    m_call = m_client->appLogin(merchant, this, [this, attempt, next, failed](const api::Result<api::AppSession>& app) {
        if (attempt != m_attempt)
            return;
        if (app.ok())
            next();
        else
            failed(app.error());
    });
}

bool Session::signIn(const SignInTarget& target, const QString& password) {
    if (m_state != State::SignedOut)
        return false;
    aimAt(target);
    setState(State::SigningIn);
    qCInfo(lcSession) << "signing in" << target.operatorEmail << "at" << target.baseUrl.host();
    Q_EMIT progress(tr("Connecting to %1…").arg(target.baseUrl.host()));
    const auto failed = [this](const api::ApiError& error) {
        qCInfo(lcSession) << "sign-in refused:" << error.technicalDetail;
        setState(State::SignedOut);
        Q_EMIT signInFailed(error.userMessage);
    };
    passwordLogin(
        password,
        [this] {
            setState(State::SignedIn);
            Q_EMIT signedIn();
        },
        failed);
    return true;
}

bool Session::resume(const SignInTarget& target) {
    if (m_state != State::SignedOut || !m_store || target.merchant.isEmpty() || target.operatorEmail.isEmpty())
        return false;
    aimAt(target);
    const quint64 attempt = m_attempt;
    m_store->read(tokenKey(), this, [this, attempt](const QString& entry, const QString&) {
        // A keyring that cannot be read is the same as nothing remembered: the operator types the password.
        if (attempt != m_attempt || m_state != State::SignedOut || entry.isEmpty())
            return;
        const QString remembered = useRememberedRecord(entry);
        setState(State::SigningIn);
        qCInfo(lcSession) << "continuing the remembered session of" << m_target.operatorEmail << "at"
                          << m_target.baseUrl.host();
        Q_EMIT progress(tr("Connecting to %1…").arg(m_target.baseUrl.host()));
        const auto refused = [this](const api::ApiError& error) { refuseResume(error); };
        appLoginThen(
            m_target.merchant,
            [this, remembered, refused] {
                Q_EMIT progress(tr("Continuing your session…"));
                m_client->setOperatorTokens({QString(), remembered});
                const quint64 attempt = m_attempt;
                // The rotated token is written by onTokensRotated(), which the client signals before this callback.
                m_call = m_client->refreshOperatorSession(
                    this, [this, attempt, refused](const api::Result<api::TokenPair>& tokens) {
                        if (attempt != m_attempt)
                            return;
                        if (!tokens.ok()) {
                            refused(tokens.error());
                            return;
                        }
                        m_operator.email = m_target.operatorEmail;
                        m_operator.tokens = tokens.value();
                        qCInfo(lcSession) << "session continued";
                        readPermissionsThen([this] {
                            setState(State::SignedIn);
                            Q_EMIT signedIn();
                        });
                    });
            },
            refused);
    });
    return true;
}

QString Session::useRememberedRecord(const QString& remembered) {
    const QJsonObject record = QJsonDocument::fromJson(remembered.toUtf8()).object();
    if (record.isEmpty())
        return remembered; // a bare token, as versions before issue 13 kept it
    m_operator.id = record.value(u"operatorId").toInteger();
    m_operator.name = record.value(u"operatorName").toString();
    const QJsonArray partners = record.value(u"partners").toArray();
    for (const QJsonValue& partner : partners)
        m_operator.partners.append({partner[u"id"].toInteger(), partner[u"name"].toString()});
    return record.value(u"refreshToken").toString();
}

void Session::refuseResume(const api::ApiError& error) {
    qCInfo(lcSession) << "the remembered session could not be continued:" << error.technicalDetail;
    m_client->setOperatorTokens({});
    forgetRefreshToken(); // dead or refused: never tried again
    setState(State::SignedOut);
    Q_EMIT resumeRefused(error.userMessage);
}

bool Session::unlock(const QString& password) {
    if ((m_state != State::SignedIn && m_state != State::Expired) || m_unlocking)
        return false;
    m_unlocking = true;
    ++m_attempt;
    qCInfo(lcSession) << "checking the password of" << m_target.operatorEmail << "to unlock";
    const auto failed = [this](const api::ApiError& error) {
        m_unlocking = false;
        qCInfo(lcSession) << "unlock refused:" << error.technicalDetail;
        Q_EMIT unlockFailed(error.userMessage);
    };
    passwordLogin(
        password,
        [this] {
            m_unlocking = false;
            m_locked = false;
            rememberRefreshToken(); // the session may be continued at the next start again
            setState(State::SignedIn);
            Q_EMIT unlocked();
        },
        failed);
    return true;
}

void Session::passwordLogin(const QString& password, std::function<void()> done,
                            std::function<void(const api::ApiError&)> failed) {
    appLoginThen(
        m_target.merchant,
        [this, password, done, failed] {
            Q_EMIT progress(tr("Signing in…"));
            const quint64 attempt = m_attempt;
            m_call =
                m_client->operatorLogin(m_target.operatorEmail, password, this,
                                        [this, attempt, done, failed](const api::Result<api::OperatorSession>& login) {
                                            if (attempt != m_attempt)
                                                return;
                                            if (!login.ok()) {
                                                failed(login.error());
                                                return;
                                            }
                                            usePasswordLogin(login.value());
                                            readPermissionsThen(done);
                                        });
        },
        failed);
}

void Session::readPermissionsThen(std::function<void()> done) {
    m_access->current.reset();
    if (m_operator.id <= 0) {
        done();
        return;
    }
    const quint64 attempt = m_attempt;
    m_call = m_client->operatorPermissions(
        m_operator.id, this, [this, attempt, done](const api::Result<api::OperatorPermissions>& permissions) {
            if (attempt != m_attempt)
                return;
            if (permissions.ok())
                m_access->current = std::make_shared<const api::OperatorPermissions>(permissions.value());
            else // not a reason to refuse the sign-in: every action stays offered and the server decides
                qCInfo(lcSession) << "permissions not read:" << permissions.error().technicalDetail;
            done();
        });
}

void Session::usePasswordLogin(const api::OperatorSession& session) {
    m_operator = session;
    qCInfo(lcSession) << "signed in as" << operatorEmail() << "operator" << m_operator.id;
    // A password login rotates the refresh token without CmsClient::operatorTokensChanged: keep the new one here.
    rememberRefreshToken();
}

void Session::cancel() {
    if (m_state == State::SignedIn || m_state == State::Expired)
        return;
    ++m_attempt; // also drops the token-store read of a resume()
    if (m_state != State::SigningIn)
        return;
    m_call.cancel();
    m_client->clearSession(); // half a sign-in is no session
    setState(State::SignedOut);
}

void Session::signOut() {
    ++m_attempt;
    m_call.cancel();
    m_unlocking = false;
    m_locked = false;
    forgetRefreshToken();
    // The server forgets the session too (a copied refresh token dies with it); not awaited, outlives clearSession.
    m_client->logout(nullptr, [](const api::Result<bool>& ended) {
        if (!ended.ok())
            qCInfo(lcSession) << "the server did not confirm the sign-out:" << ended.error().technicalDetail;
    });
    m_client->clearSession();
    m_operator = {};
    m_access->current.reset();
    m_stepUpWindows->clear();
    m_balance->clear();
    m_target = {};
    qCInfo(lcSession) << "signed out";
    setState(State::SignedOut);
    Q_EMIT signedOut();
}

void Session::lock() {
    if (m_state != State::SignedIn && m_state != State::Expired)
        return;
    if (!m_locked)
        qCInfo(lcSession) << "locked: the remembered session is forgotten until the password is typed";
    m_locked = true;
    m_stepUpWindows->clear(); // whoever unlocks types a code again (contract §16)
    forgetRefreshToken();
}

bool Session::switchPartner(qint64 partnerId) {
    if (m_state != State::SignedIn || isBusy() || m_locked || !worksFor(partnerId))
        return false;
    ++m_attempt; // a permissions read of the previous partner is dropped
    m_call.cancel();
    m_target.partnerId = partnerId;
    m_client->setPartnerId(partnerId);
    m_stepUpWindows->clear();
    m_balance->clear();
    qCInfo(lcSession) << "working for partner" << partnerId;
    readPermissionsThen([this, partnerId] { Q_EMIT partnerSwitched(partnerId); });
    return true;
}

void Session::onTokensRotated() {
    // A refresh during use, or the one of resume(); nothing to keep once signed out.
    if (m_state != State::SignedOut)
        rememberRefreshToken();
}

void Session::onSessionExpired() {
    if (m_state != State::SignedIn)
        return; // a refused resume() reports itself; an expired session is already locked
    qCInfo(lcSession) << "the session could not be renewed: locking";
    m_stepUpWindows->clear(); // the server's windows ended with the login
    // The remembered token died with the session: never try it again at the next start.
    forgetRefreshToken();
    setState(State::Expired);
    Q_EMIT expired();
}

void Session::rememberRefreshToken() {
    const QString refreshToken = m_client->operatorTokens().refreshToken;
    const QString key = tokenKey();
    if (!m_store || key.isEmpty() || refreshToken.isEmpty() || m_locked)
        return; // while locked nothing is remembered: a restart must ask for the password
    m_store->write(key, rememberedRecord(refreshToken, m_operator), this, [this](const QString& error) {
        if (!error.isEmpty())
            Q_EMIT notice(error);
    });
}

void Session::forgetRefreshToken() {
    const QString key = tokenKey();
    if (m_store && !key.isEmpty())
        m_store->remove(key, this, ignoreError);
}

} // namespace migo::core
