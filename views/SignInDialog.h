#pragma once

#include "Session.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace migo::views {

/// An environment IT deployed for every user of the workstation (issue 18, docs/deployment.md): offered by name,
/// its server fixed; its merchant and partner prefilled, and fixed when the policy locks them.
struct DeployedEnvironment {
    QString id;           ///< the environment's group in the deployed file, e.g. "production"
    QString name;         ///< shown in the sign-in and the status bar's badge, e.g. "Producción"
    QUrl url;             ///< the CMS base URL
    QString merchant;     ///< may be empty
    qint64 partnerId = 0; ///< 0: none prefilled
    bool merchantLocked = false;
    bool partnerLocked = false;
};

/// What the sign-in form holds besides secrets (a connection profile).
struct SignInProfile {
    enum class Environment { LocalSandbox, Qa, Production, Custom, Deployed };
    Environment environment = Environment::Production;
    /// With Environment::Deployed: which one (DeployedEnvironment::id) and its name.
    QString deployedId;
    QString deployedName;
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
    /// The environments IT deployed (DeployedPolicy): when there are any, the form offers exactly those, plus
    /// "Custom URL" when `allowCustomServer`, plus "Local sandbox" when setSandboxUrl() gave one. Call before
    /// setProfile(), whose choices then apply only where the policy leaves them open.
    void setDeployment(const QList<DeployedEnvironment>& environments, bool allowCustomServer);
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
    /// Fills the environment choice from the deployment (or the built-in four), keeping the current one if offered.
    void rebuildEnvironments();
    /// The deployed environment chosen now; null when the choice is not a deployed one.
    const DeployedEnvironment* chosenDeployment() const;
    /// The chosen deployed environment fixes the partner (and the agent is not choosing one after sign-in).
    bool partnerLocked() const;
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
    QList<DeployedEnvironment> m_deployed;
    bool m_allowCustomServer = true;
    bool m_choosingPartner = false; ///< signed in; waiting for one of the operator's partners
};

} // namespace migo::views
