#include "AppController.h"

#include "CardholderListModel.h"
#include "CmsClient.h"
#include "MainWindow.h"
#include "SignInDialog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHeaderView>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QTableView>

namespace migo::app {

AppController::AppController(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_client(new api::CmsClient(m_network, this))
    , m_cardholders(new models::CardholderListModel(m_client, this)) {
    connect(m_client, &api::CmsClient::operatorTokensChanged, this, &AppController::rememberRefreshToken);
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, &AppController::saveWindowState);
}

AppController::~AppController() = default;

bool AppController::start(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Back-office client for Migo prepaid-card programs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     tr("Start a local migo-cms-sandbox with demo data and sign in to it."));
    const QCommandLineOption demo(QStringLiteral("demo"), tr("Cardholders in a new sandbox demo world."), tr("count"),
                                  QStringLiteral("2000"));
    parser.addOption(sandbox);
    parser.addOption(demo);
    parser.process(arguments);

    if (!parser.isSet(sandbox)) {
        m_tokenStore = std::make_unique<KeychainTokenStore>();
        showSignIn(std::nullopt);
        return true;
    }
    // A sandbox session is for training and tests: nothing of it is kept after the app closes.
    m_tokenStore = std::make_unique<MemoryTokenStore>();
    m_sandbox = new SandboxLauncher(this);
    connect(m_sandbox, &SandboxLauncher::ready, this, [this](const SandboxInfo& info) { showSignIn(info); });
    connect(m_sandbox, &SandboxLauncher::failed, this, [](const QString& reason) {
        QMessageBox::critical(nullptr, tr("Migo Backoffice"), reason);
        QCoreApplication::exit(1);
    });
    m_sandbox->start(parser.value(demo).toInt());
    return true;
}

void AppController::showSignIn(const std::optional<SandboxInfo>& sandbox) {
    m_signIn = new views::SignInDialog(m_client);
    m_signIn->setAttribute(Qt::WA_DeleteOnClose);
    views::SignInProfile profile;
    if (sandbox) {
        profile.environment = views::SignInProfile::Environment::LocalSandbox;
        profile.merchant = sandbox->merchant;
        profile.email = sandbox->operatorEmail;
        profile.partnerId = sandbox->partnerId;
        m_signIn->setSandboxUrl(sandbox->baseUrl);
        m_signIn->setProfile(profile);
        m_signIn->setPassword(sandbox->operatorPassword);
    } else {
        m_signIn->setProfile(m_settings.lastProfile());
    }
    connect(m_signIn, &QDialog::accepted, this, [this] {
        const views::SignInProfile chosen = m_signIn->profile();
        switch (chosen.environment) {
        case views::SignInProfile::Environment::LocalSandbox:
            m_environmentBadge = tr("SANDBOX");
            break;
        case views::SignInProfile::Environment::Qa:
            m_environmentBadge = tr("QA");
            break;
        case views::SignInProfile::Environment::Production:
            m_environmentBadge = tr("PRODUCTION");
            break;
        case views::SignInProfile::Environment::Custom:
            m_environmentBadge = tr("CUSTOM");
            break;
        }
        if (chosen.environment != views::SignInProfile::Environment::LocalSandbox)
            m_settings.setLastProfile(chosen); // a sandbox's address changes every run
        m_tokenKey = TokenStore::keyFor(m_client->config().baseUrl, chosen.merchant, chosen.email);
        showMainWindow();
        rememberRefreshToken();
    });
    connect(m_signIn, &QDialog::rejected, this, [this] {
        if (!m_mainWindow)
            QCoreApplication::quit();
    });
    m_signIn->show();
    if (sandbox)
        m_signIn->signIn(); // the sandbox announced its demo operator: sign straight in
}

void AppController::showMainWindow() {
    const api::OperatorSession& session = m_signIn->session();
    m_mainWindow = std::make_unique<views::MainWindow>(m_cardholders);
    m_mainWindow->setSessionInfo(m_environmentBadge, session.name.isEmpty() ? session.email : session.name,
                                 m_client->config().partnerId);
    m_mainWindow->restoreGeometry(m_settings.mainWindowGeometry());
    m_mainWindow->restoreState(m_settings.mainWindowState());
    if (auto* table = m_mainWindow->findChild<QTableView*>())
        table->horizontalHeader()->restoreState(m_settings.cardholderColumns());
    m_mainWindow->show();
    m_cardholders->reload();
}

void AppController::rememberRefreshToken() {
    const QString refreshToken = m_client->operatorTokens().refreshToken;
    if (!m_tokenStore || m_tokenKey.isEmpty() || refreshToken.isEmpty())
        return;
    m_tokenStore->write(m_tokenKey, refreshToken, this, [this](const QString& error) {
        if (!error.isEmpty() && m_mainWindow)
            m_mainWindow->showNotice(error);
    });
}

void AppController::saveWindowState() {
    if (!m_mainWindow)
        return;
    m_settings.setMainWindowGeometry(m_mainWindow->saveGeometry());
    m_settings.setMainWindowState(m_mainWindow->saveState());
    if (auto* table = m_mainWindow->findChild<QTableView*>())
        m_settings.setCardholderColumns(table->horizontalHeader()->saveState());
    m_settings.sync();
}

} // namespace migo::app
