#pragma once

#include "SandboxLauncher.h"
#include "Settings.h"
#include "TokenStore.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace migo::api {
class CmsClient;
}
namespace migo::models {
class CardholderListModel;
}
namespace migo::views {
class MainWindow;
class SignInDialog;
} // namespace migo::views

namespace migo::app {

/// The composition root: builds the client, the models and the windows, and wires the session between them.
class AppController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    explicit AppController(QObject* parent = nullptr);
    ~AppController() override;

    /// Reads the command line (see --help) and shows the first window. Returns false when the app should exit.
    bool start(const QStringList& arguments);

private:
    void showSignIn(const std::optional<SandboxInfo>& sandbox);
    void showMainWindow();
    /// Keeps the operator's current refresh token in the token store (it rotates on every refresh).
    void rememberRefreshToken();
    void saveWindowState();

    QNetworkAccessManager* m_network;
    api::CmsClient* m_client;
    models::CardholderListModel* m_cardholders;
    std::unique_ptr<views::MainWindow> m_mainWindow;
    QPointer<views::SignInDialog> m_signIn;
    SandboxLauncher* m_sandbox = nullptr;
    Settings m_settings;
    std::unique_ptr<TokenStore> m_tokenStore;
    QString m_tokenKey;
    QString m_environmentBadge;
};

} // namespace migo::app
