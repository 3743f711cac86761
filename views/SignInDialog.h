#pragma once

#include "Session.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace migo::views {

/// What the sign-in form holds besides secrets (a connection profile).
struct SignInProfile {
    enum class Environment { LocalSandbox, Qa, Production, Custom };
    Environment environment = Environment::Production;
    QUrl customUrl;
    QString merchant;
    QString email;
    qint64 partnerId = 0;
    /// The operator's partners as the last sign-in listed them (contract §4), shown by name; may be empty.
    QList<api::PartnerRef> knownPartners;
};

/// The form that signs an operator in through core::Session (app login, then operator login: ref §2.1, §2.2), or
/// continues a remembered session (ref §2.3).
///
/// Shows the session's progress and words every failure in one sentence. The partner is chosen by name among the
/// partners the last sign-in listed (a number can be typed the first time). Once signed in, when the server lists
/// the operator's partners and the chosen one is not among them, the form asks to choose one of them
/// (core::Session::switchPartner) instead of opening a window of 403s. Accepted once the session is signed in for a
/// partner of the operator; the client then holds the tokens. Closing it before that signs out. The password is kept
/// only in the field and cleared on success and on close.
class SignInDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    /// `session` must outlive the dialog; its client is pointed at the chosen server when signing in.
    explicit SignInDialog(core::Session* session, QWidget* parent = nullptr);
    ~SignInDialog() override;

    void setProfile(const SignInProfile& profile);
    SignInProfile profile() const;
    /// The local sandbox's address (shown when "Local sandbox" is chosen).
    void setSandboxUrl(const QUrl& url);
    void setPassword(const QString& password);
    /// Starts signing in as if the agent pressed "Sign in".
    void signIn();
    /// Continues the session remembered for the profile, without the password (core::Session::resume()). Accepted
    /// on success; when refused the form stays for a password sign-in and says why (the token is forgotten); when
    /// nothing is remembered nothing changes.
    void resume();
    /// Abandons a sign-in on its way, then closes.
    void reject() override;

    core::Session* session() const { return m_session; }
    /// The URL the chosen environment points to.
    QUrl baseUrl() const;
    /// The profile as the session's sign-in target (server, merchant, e-mail, partner).
    core::SignInTarget target() const;

private:
    void updateUrlField();
    void setBusy(bool busy, const QString& status);
    void fail(const QString& sentence);
    /// Signed in: accept, or first ask for one of the operator's partners when the chosen one is not theirs.
    void onSignedIn();
    void fillPartners(const QList<api::PartnerRef>& partners, qint64 current);
    qint64 chosenPartnerId() const;
    /// Where and as whom to sign in (environment, address, merchant, e-mail, password): all but the partner.
    QList<QWidget*> connectionFields() const;

    core::Session* m_session;
    QComboBox* m_environment;
    QLineEdit* m_url;
    QLineEdit* m_merchant;
    QLineEdit* m_email;
    QLineEdit* m_password;
    QComboBox* m_partner;
    QLabel* m_status;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
    QUrl m_sandboxUrl;
    bool m_choosingPartner = false; ///< signed in; waiting for one of the operator's partners
};

} // namespace migo::views
