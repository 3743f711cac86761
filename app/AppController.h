#pragma once

#include "SandboxLauncher.h"
#include "Settings.h"
#include "SignInDialog.h"
#include "TokenStore.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace migo::api {
class CmsClient;
struct Card;
} // namespace migo::api
namespace migo::core {
class CardStore;
}
namespace migo::models {
class CardholderListModel;
}
namespace migo::views {
class CardholderDetailView;
class MainWindow;
class MovementsView;
} // namespace migo::views

namespace migo::app {

class IdleMonitor;

/// The composition root: builds the client, the models and the windows, and wires the session between them.
///
/// Session life (issue 4): sign in (or continue a session remembered in the token store), the main window, silent
/// token refresh (in the client), the lock screen after the idle time or when the session cannot be renewed (the
/// password unlocks the same view), and sign out (tokens, remembered token and every loaded row forgotten).
class AppController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    /// `tokenStore` replaces the platform's keychain (tests); null: QtKeychain, or memory only for --sandbox.
    explicit AppController(std::unique_ptr<TokenStore> tokenStore = nullptr, QObject* parent = nullptr);
    ~AppController() override;

    /// Reads the command line (see --help) and shows the first window. Returns false when the app should exit.
    bool start(const QStringList& arguments);

    api::CmsClient* client() const { return m_client; }
    views::MainWindow* mainWindow() const { return m_mainWindow.get(); }
    views::SignInDialog* signInDialog() const { return m_signIn; }
    IdleMonitor* idleMonitor() const { return m_idle; }

    /// Signs out: forgets the tokens (also the remembered one), every loaded row and the main window, then shows the
    /// sign-in window again.
    void signOut();

Q_SIGNALS:
    /// The main window is shown and its first page is on its way (tests, benchmarks).
    void mainWindowShown();

private:
    void showSignIn();
    void onSignedIn();
    void showMainWindow();
    void lockForIdle();
    void onSessionExpired();
    void unlock(const QString& password);
    /// Keeps the operator's current refresh token in the token store (it rotates on every refresh).
    void rememberRefreshToken();
    void saveWindowState();
    /// The Movements section and the report downloads dock of a new main window (issue 6).
    void buildMovementsAndReports();
    /// The Cards section (the partner's cards, loaded the first time it is opened) and the cardholder's cards tab
    /// and associations tab of `detail` (issue 5, 6).
    void buildCards(views::CardholderDetailView* detail, const QString& operatorEmail);
    /// Shows `card`'s movements in the Movements section (from a card list or an unknown money outcome).
    void showMovements(const api::Card& card);

    QNetworkAccessManager* m_network;
    api::CmsClient* m_client;
    core::CardStore* m_cardStore; ///< every card list follows it; operations publish changed cards on it
    models::CardholderListModel* m_cardholders;
    std::unique_ptr<views::MainWindow> m_mainWindow;
    QPointer<views::MovementsView> m_movements;
    QPointer<views::SignInDialog> m_signIn;
    SandboxLauncher* m_sandbox = nullptr;
    std::optional<SandboxInfo> m_sandboxInfo;
    bool m_signInAutomatically = false;
    Settings m_settings;
    IdleMonitor* m_idle;
    std::unique_ptr<TokenStore> m_tokenStore;
    views::SignInProfile m_profile;
    api::OperatorSession m_session;
    QString m_tokenKey;
    QString m_environmentBadge;
    api::CallHandle m_unlockCall;
};

} // namespace migo::app
