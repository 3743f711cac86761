#include "AppController.h"

#include "AppClipboard.h"
#include "CardholderListModel.h"
#include "CmsClient.h"
#include "IdleMonitor.h"
#include "MainWindow.h"
#include "Session.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

namespace migo::app {

AppController::AppController(std::unique_ptr<core::TokenStore> tokenStore, QObject* parent)
    : QObject(parent)
    , m_client(new api::CmsClient(new QNetworkAccessManager(this), this))
    , m_session(new core::Session(m_client, this))
    , m_cardholders(new models::CardholderListModel(m_client, this))
    , m_idle(new IdleMonitor(m_settings.idleLock(), this)) {
    m_settings.setPolicy(DeployedPolicy::load());
    QNetworkProxyFactory::setUseSystemConfiguration(true); // the workstation's proxy (http_proxy, https_proxy, ...)
    m_session->setTokenStore(std::move(tokenStore));
    connect(m_session, &core::Session::expired, this, [this] {
        if (views::MainWindow* window = mainWindow())
            window->lock(views::LockScreen::Reason::SessionExpired);
    });
    connect(m_session, &core::Session::unlocked, this, &AppController::onUnlocked);
    connect(m_session, &core::Session::unlockFailed, this, [this](const QString& sentence) {
        if (views::MainWindow* window = mainWindow())
            window->lockScreen()->showError(sentence);
    });
    connect(m_session, &core::Session::notice, this, &AppController::showNotice);
    connect(m_idle, &IdleMonitor::idle, this, &AppController::lockForIdle);
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, &AppController::saveWindowState);
}

AppController::~AppController() {
    delete m_signIn.data(); // it talks to the session, which goes with this controller
}

views::MainWindow* AppController::mainWindow() const {
    return m_workspace ? m_workspace->window() : nullptr;
}

bool AppController::start(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Back-office client for Migo prepaid-card programs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     tr("Start a local migo-cms-sandbox with demo data and sign in to it."));
    const QCommandLineOption demo(QStringLiteral("demo"), tr("Cardholders in a new sandbox demo world."), tr("count"),
                                  QStringLiteral("2000"));
    const QCommandLineOption operatorEmail(
        QStringLiteral("operator"),
        tr("With --sandbox: the demo operator to sign in as (default agent@migo.test). Demo operators and their "
           "passwords (merchant migo-sandbox), also to sign in by hand: agent@migo.test Agent#2026; "
           "supervisor@migo.test Supervisor#2026 (asks for one-time passwords); support@migo.test Support#2026 "
           "(read-only); lead@migo.test Lead#2026 (partners 1 and 2); other@migo.test Other#2026 (partner 2)."),
        tr("e-mail"));
    parser.addOption(sandbox);
    parser.addOption(demo);
    parser.addOption(operatorEmail);
    parser.process(arguments);

    if (!parser.isSet(sandbox)) {
        if (!m_session->tokenStore())
            m_session->setTokenStore(std::make_unique<core::KeychainTokenStore>());
        showSignIn();
        return true;
    }
    // A sandbox session is for training and tests: nothing of it is kept after the app closes.
    if (!m_session->tokenStore())
        m_session->setTokenStore(std::make_unique<core::MemoryTokenStore>());
    startSandbox(parser.value(demo).toInt(), parser.value(operatorEmail));
    return true;
}

void AppController::startSandbox(int demoCardholders, const QString& operatorEmail) {
    auto* launcher = new SandboxLauncher(this);
    connect(launcher, &SandboxLauncher::ready, this, [this](const SandboxInfo& info) {
        m_sandboxInfo = info;
        m_signInAutomatically = true;
        showSignIn();
    });
    connect(launcher, &SandboxLauncher::failed, this, [](const QString& reason) {
        QMessageBox::critical(nullptr, tr("Migo Backoffice"), reason);
        QCoreApplication::exit(1);
    });
    connect(launcher, &SandboxLauncher::otpIssued, this, [this](const QString& email, const QString& code) {
        // The sandbox e-mails nothing: a trainee reads the code here, as they would read their e-mail.
        if (views::MainWindow* window = mainWindow()) // shown as long as the code is valid (the sandbox's 5 minutes)
            window->showNotice(tr("Sandbox: the one-time password sent to %1 is %2").arg(email, code),
                               std::chrono::minutes(5));
    });
    launcher->start(demoCardholders, operatorEmail);
}

void AppController::showSignIn() {
    m_signIn = new views::SignInDialog(m_session);
    m_signIn->setAttribute(Qt::WA_DeleteOnClose);
    m_signIn->setDeployment(m_settings.policy().environments, m_settings.policy().allowCustomServer);
    if (m_sandboxInfo) {
        views::SignInProfile profile;
        profile.environment = views::SignInProfile::Environment::LocalSandbox;
        profile.merchant = m_sandboxInfo->merchant;
        profile.email = m_sandboxInfo->operatorEmail;
        profile.partnerId = m_sandboxInfo->partnerId;
        m_signIn->setSandboxUrl(m_sandboxInfo->baseUrl);
        m_signIn->setProfile(profile);
        m_signIn->setPassword(m_sandboxInfo->operatorPassword);
    } else {
        m_signIn->setProfile(m_settings.lastProfile());
    }
    connect(m_signIn, &QDialog::accepted, this, &AppController::onSignedIn);
    connect(m_signIn, &QDialog::rejected, this, [this] {
        if (!m_workspace)
            QCoreApplication::quit();
    });
    m_signIn->show();

    if (m_signInAutomatically) {
        m_signInAutomatically = false; // after a sign out the trainee signs in by hand
        m_signIn->signIn();            // the sandbox announced its demo operator: sign straight in
    } else if (!m_sandboxInfo) {
        m_signIn->resume(); // a session remembered in the keychain continues without the password
    }
}

void AppController::onSignedIn() {
    const views::SignInProfile profile = m_signIn->profile();
    if (profile.environment != views::SignInProfile::Environment::LocalSandbox)
        m_settings.setLastProfile(profile); // a sandbox's address changes every run; partners are listed by name
    m_workspace = std::make_unique<Workspace>(m_session, m_cardholders, profile, &m_settings);
    views::MainWindow* window = m_workspace->window();
    connect(window, &views::MainWindow::unlockRequested, m_session, &core::Session::unlock);
    // Locked stays locked: the remembered session is forgotten until the password is typed (Session::lock()).
    connect(window, &views::MainWindow::locked, m_session, &core::Session::lock);
    connect(window, &views::MainWindow::signOutRequested, this, &AppController::signOut);
    window->show();
    m_cardholders->reload();
    Q_EMIT mainWindowShown();
    m_idle->setTimeout(m_settings.idleLock());
    m_idle->start();
}

void AppController::lockForIdle() {
    if (views::MainWindow* window = mainWindow(); window && !window->isLocked())
        window->lock(views::LockScreen::Reason::Idle);
}

void AppController::onUnlocked() {
    if (views::MainWindow* window = mainWindow())
        window->unlock();
    if (m_cardholders->state() == models::CardholderListModel::State::Error)
        m_cardholders->retry(); // what failed while the session was gone
    m_idle->start();
}

void AppController::signOut() {
    m_idle->stop();
    saveWindowState();
    m_session->signOut();
    m_cardholders->clear();
    views::appClipboard::clearIfOurs(); // nothing of the session stays behind, on screen or in the clipboard
    if (m_workspace) {
        // Called from the window's own signal: delete it once that signal has returned.
        m_workspace->window()->hide();
        m_workspace.release()->deleteLater();
    }
    showSignIn();
}

void AppController::showNotice(const QString& text) {
    if (views::MainWindow* window = mainWindow())
        window->showNotice(text);
}

void AppController::saveWindowState() {
    if (m_workspace)
        m_workspace->saveState();
}

} // namespace migo::app
