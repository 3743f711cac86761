#pragma once

#include "SandboxLauncher.h"
#include "Settings.h"
#include "SignInDialog.h"
#include "TokenStore.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace migo::api {
class CmsClient;
}
namespace migo::core {
class Session;
}
namespace migo::models {
class CardholderListModel;
}
namespace migo::views {
class MainWindow;
}

namespace migo::app {

class IdleMonitor;
class Workspace;

/// The composition root of the session's life (issue 4): builds the client and the core::Session, shows the sign-in
/// window (or continues a session remembered in the token store), then the main window (composed by Workspace),
/// locks it after the idle time or when the session cannot be renewed (the password unlocks the same view), and
/// signs out (tokens, remembered token, every loaded row and the window forgotten). GUI thread only.
class AppController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    /// `tokenStore` replaces the platform's keychain (tests); null: QtKeychain, or memory only for --sandbox.
    explicit AppController(std::unique_ptr<core::TokenStore> tokenStore = nullptr, QObject* parent = nullptr);
    ~AppController() override;

    /// Reads the command line (see --help) and shows the first window. Returns false when the app should exit.
    bool start(const QStringList& arguments);

    api::CmsClient* client() const { return m_client; }
    core::Session* session() const { return m_session; }
    /// The main window while signed in, else null.
    views::MainWindow* mainWindow() const;
    views::SignInDialog* signInDialog() const { return m_signIn; }
    IdleMonitor* idleMonitor() const { return m_idle; }

    /// Signs out: forgets the tokens (also the remembered one), every loaded row and the main window, then shows the
    /// sign-in window again.
    void signOut();

Q_SIGNALS:
    /// The main window is shown and its first page is on its way (tests, benchmarks).
    void mainWindowShown();

private:
    void startSandbox(int demoCardholders, const QString& operatorEmail);
    void showSignIn();
    void onSignedIn();
    void lockForIdle();
    void onUnlocked();
    /// Shows `text` in the main window's status bar, when there is one.
    void showNotice(const QString& text);
    void saveWindowState();

    Settings m_settings;
    api::CmsClient* m_client;
    core::Session* m_session;
    models::CardholderListModel* m_cardholders;
    IdleMonitor* m_idle;
    std::unique_ptr<Workspace> m_workspace; ///< destroyed before the client it uses
    QPointer<views::SignInDialog> m_signIn;
    std::optional<SandboxInfo> m_sandboxInfo;
    bool m_signInAutomatically = false;
};

} // namespace migo::app
