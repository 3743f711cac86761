#pragma once

#include "CmsClient.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSpinBox;

namespace migo::views {

/// What the sign-in form holds besides secrets (a connection profile).
struct SignInProfile {
    enum class Environment { LocalSandbox, Qa, Production, Custom };
    Environment environment = Environment::Production;
    QUrl customUrl;
    QString merchant;
    QString email;
    qint64 partnerId = 0;
};

/// Signs an operator in: app login with the merchant id, then operator login (ref §2.1, §2.2).
///
/// Shows progress while the two calls run and words every failure in one sentence. Accepted once both succeed;
/// the client then holds the tokens. The password is kept only in the field and cleared on close.
class SignInDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    SignInDialog(api::CmsClient* client, QWidget* parent = nullptr);
    ~SignInDialog() override;

    void setProfile(const SignInProfile& profile);
    SignInProfile profile() const;
    /// The local sandbox's address (shown when "Local sandbox" is chosen).
    void setSandboxUrl(const QUrl& url);
    void setPassword(const QString& password);
    /// Starts signing in as if the agent pressed "Sign in".
    void signIn();
    /// Continues a remembered session without the password (ref §2.3): app login with the profile's merchant, then
    /// the operator refresh with `operatorRefreshToken`. Accepted on success; otherwise the form stays for a
    /// password sign-in, says why, and emits resumeRefused() (the stored token is dead: forget it).
    void resume(const QString& operatorRefreshToken);

    const api::OperatorSession& session() const { return m_session; }
    /// The URL the chosen environment points to.
    QUrl baseUrl() const;

Q_SIGNALS:
    void resumeRefused();

private:
    void updateUrlField();
    /// Points the client at the chosen environment and partner, and shows "Connecting…".
    void useChosenServer();
    void setBusy(bool busy, const QString& status);
    void fail(const api::ApiError& error);

    api::CmsClient* m_client;
    QComboBox* m_environment;
    QLineEdit* m_url;
    QLineEdit* m_merchant;
    QLineEdit* m_email;
    QLineEdit* m_password;
    QSpinBox* m_partner;
    QLabel* m_status;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
    QUrl m_sandboxUrl;
    api::OperatorSession m_session;
    api::CallHandle m_pending;
};

} // namespace migo::views
