#pragma once

#include "CmsClient.h"
#include "OperationContext.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace migo::core {

class CardStore;
class PartnerBalance;
class StepUpWindows;
class TokenStore;

/// Where and as whom an operator signs in: the server (ClientConfig::baseUrl), the merchant of the app login
/// (ref §2.1), the operator's e-mail (ref §2.2) and the partner every CMS path names (contract §1). No secret.
struct SignInTarget {
    QUrl baseUrl;
    QString merchant;
    QString operatorEmail;
    qint64 partnerId = 0;
};

/// The operator's session with the CMS (issue 4, issue 12): the one place that signs in, continues a remembered
/// session, re-authenticates to unlock, signs out, and keeps the rotating refresh token in a TokenStore.
///
/// - signIn(): app login `POST /app/auth/login {merchant}` (ref §2.1), then operator login `POST /app/users/login
///   {email, password}` (ref §2.2, contract §4). The client then holds both token pairs.
/// - resume(): the operator refresh token remembered in the token store for this target continues the session
///   without the password: app login, then `POST /app/users/refresh` (ref §2.3). The old token is single-use: the
///   rotated one is written back; a refused one is forgotten.
/// - unlock(): the password is checked by the server with a fresh app login and operator login, which also renews a
///   session that could not be refreshed.
/// - Every refresh token the client rotates in (CmsClient::operatorTokensChanged) is written to the token store;
///   when the client cannot renew the session (CmsClient::sessionExpired) the remembered token is forgotten and
///   expired() asks the window to lock.
/// - signOut(): every token is forgotten, in the client and in the token store.
///
/// The remembered token is kept under TokenStore::keyFor(server, merchant, e-mail): one per environment, merchant and
/// operator, with the operator's id, name and partners beside it (a refresh answer names none of them), so a resumed
/// session knows the operator's permissions and partners too. lock() forgets it until unlock(): a locked window
/// stays locked across quit and restart (issue 13). The session owns the card store that operations publish changed
/// cards to (operationContext()) and the partner's balance.
///
/// Never two of these at once: a second call while one runs returns false and sends nothing. Failures are reported
/// as the client's one translated sentence (ApiError::userMessage). The password lives only in the call that sends
/// it; neither it nor a token is ever logged (category "migo.session" logs the steps, by e-mail and host only).
/// Thread: the client's (GUI) thread; every request is bound to this object and aborted with it.
class Session final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    enum class State {
        SignedOut, ///< no operator session (also while the token store is read for resume())
        SigningIn, ///< signIn() or resume() is on its way
        SignedIn,  ///< the client holds a live session (unlock() may be on its way: see isUnlocking())
        Expired,   ///< the client could not renew the session: unlock() with the password continues it
    };
    Q_ENUM(State)

    /// `client` must outlive the session. Without a token store nothing is remembered between runs.
    explicit Session(api::CmsClient* client, QObject* parent = nullptr);
    ~Session() override;

    /// The store of remembered refresh tokens (the OS keychain, or memory only); the session owns it.
    void setTokenStore(std::unique_ptr<TokenStore> store);
    TokenStore* tokenStore() const { return m_store.get(); }

    /// Points the client at `target` and signs in with `password` (ref §2.1, §2.2). Emits progress(), then
    /// signedIn() or signInFailed(). Returns false (nothing sent) while another sign-in, resume or unlock runs.
    bool signIn(const SignInTarget& target, const QString& password);
    /// Looks for a refresh token remembered for `target`; when there is one, points the client at `target` and
    /// continues that session (ref §2.3): progress(), then signedIn(), or resumeRefused() with the token forgotten.
    /// Nothing is emitted when nothing is remembered. Returns false while another call runs or when signed in.
    bool resume(const SignInTarget& target);
    /// Re-authenticates the signed-in operator with `password` (a fresh app and operator login). Emits unlocked() or
    /// unlockFailed(); the session stays as it was on failure. Returns false when signed out or already unlocking.
    bool unlock(const QString& password);
    /// Abandons a sign-in or resume on its way (the sign-in window was closed): its calls are aborted, no signal.
    void cancel();
    /// Forgets every token: the client's (its running calls are cancelled) and the remembered one. Emits signedOut().
    void signOut();
    /// The window locked: the remembered token is forgotten and no rotated one is written until unlock() succeeds,
    /// so a restart asks for the password. The client keeps its tokens (running downloads go on).
    void lock();
    bool isLocked() const { return m_locked; }
    /// Works for `partnerId` (one of partners()) without signing out: the client's paths name it from now on, the
    /// partner's balance is forgotten and the operator's permissions for it are read (contract §14); then
    /// partnerSwitched(). Returns false (nothing changes) when not signed in, busy, or the partner is not listed.
    bool switchPartner(qint64 partnerId);

    State state() const { return m_state; }
    /// A sign-in, resume or unlock is on its way.
    bool isBusy() const { return m_state == State::SigningIn || isUnlocking(); }
    bool isUnlocking() const { return m_unlocking; }

    /// Where the operator signed in (valid once signedIn() was emitted, until signOut()).
    const SignInTarget& target() const { return m_target; }
    /// The server's id of the operator; 0 after resume() until the next password login (the refresh omits it).
    qint64 operatorId() const { return m_operator.id; }
    /// The operator's e-mail as the server spells it, else as typed.
    QString operatorEmail() const;
    /// The operator's display name; empty when the server did not give one (resume).
    QString operatorName() const { return m_operator.name; }
    /// The partners the operator may act for (contract §4); empty when the server does not list them.
    const QList<api::PartnerRef>& partners() const { return m_operator.partners; }
    /// The operator's permissions for the partner, read after a sign-in, resume, unlock or partner switch
    /// (GET …/permissions, contract §14); null when not known (no operator id, or the read failed).
    std::shared_ptr<const api::OperatorPermissions> permissions() const { return m_access->current; }
    qint64 partnerId() const { return m_target.partnerId; }
    /// Whether `partnerId` is among partners().
    bool worksFor(qint64 partnerId) const;
    /// The name of partnerId() among partners(); empty when not listed.
    QString partnerName() const;

    api::CmsClient* client() const { return m_client; }
    /// The session's card store: the one channel of changed cards while it lives (owned by the session).
    CardStore* cardStore() const { return m_cardStore; }
    /// The partner's balance (GET …/balance), refreshed after funds movements; owned by the session.
    PartnerBalance* partnerBalance() const { return m_balance; }
    /// The purposes a verified code keeps open (contract §16); owned by the session, cleared at sign-out, lock and
    /// partner switch.
    StepUpWindows* stepUpWindows() const { return m_stepUpWindows; }
    /// What operations need: the client, the card store, the operator's e-mail; the prompter is null (a view then
    /// uses its own OtpDialogPrompter). The pointers live as long as the session.
    OperationContext operationContext() const;

Q_SIGNALS:
    void stateChanged(migo::core::Session::State state);
    /// A translated line about the step on its way ("Connecting to cms.example.gt…", "Signing in…").
    void progress(const QString& status);
    /// signIn() or resume() succeeded: the client holds a live session.
    void signedIn();
    /// signIn() failed: the server's or the network's sentence (wrong password, unknown merchant, unreachable…).
    void signInFailed(const QString& sentence);
    /// resume() could not continue the remembered session; the token is forgotten, a password sign-in is needed.
    void resumeRefused(const QString& sentence);
    void unlocked();
    void unlockFailed(const QString& sentence);
    /// The client could not renew the session: the window should lock and ask for the password (unlock()).
    void expired();
    void signedOut();
    /// switchPartner() is done: paths, balance and permissions are the new partner's.
    void partnerSwitched(qint64 partnerId);
    /// A translated sentence worth showing once, e.g. the keyring could not keep the session.
    void notice(const QString& sentence);

private:
    void setState(State state);
    /// Reads the signed-in operator's permissions, then `done` (also when they cannot be read: the server decides).
    void readPermissionsThen(std::function<void()> done);
    /// Starts a new attempt for `target`: forgets the previous operator and points the client at the server.
    void aimAt(const SignInTarget& target);
    /// Sends the app login, then `next` with the success; a failure goes to `failed`. Bound to this session.
    void appLoginThen(const QString& merchant, std::function<void()> next,
                      std::function<void(const api::ApiError&)> failed);
    /// The app login, then the operator login with `password` (ref §2.1, §2.2); on success the operator is kept and
    /// `done` runs, else `failed` with the first failure.
    void passwordLogin(const QString& password, std::function<void()> done,
                       std::function<void(const api::ApiError&)> failed);
    void usePasswordLogin(const api::OperatorSession& session);
    void refuseResume(const api::ApiError& error);
    void onTokensRotated();
    void onSessionExpired();
    /// Writes the client's current refresh token under the target's key.
    void rememberRefreshToken();
    /// Takes what resume() read: a remembered record (JSON), or a bare token of an older version. Returns the token.
    QString useRememberedRecord(const QString& remembered);
    void forgetRefreshToken();
    QString tokenKey() const;

    api::CmsClient* m_client;
    CardStore* m_cardStore;
    PartnerBalance* m_balance;
    std::shared_ptr<OperatorAccess> m_access;
    StepUpWindows* m_stepUpWindows;
    std::unique_ptr<TokenStore> m_store;
    State m_state = State::SignedOut;
    SignInTarget m_target;
    api::OperatorSession m_operator;
    api::CallHandle m_call; ///< the sign-in, resume or unlock call on its way
    bool m_unlocking = false;
    bool m_locked = false;
    quint64 m_attempt = 0; ///< bumped by every start, cancel and sign-out: late answers are dropped
};

} // namespace migo::core
