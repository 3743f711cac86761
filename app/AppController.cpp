#include "AppController.h"

#include "ActivationLink.h"
#include "AssociationsView.h"
#include "BulkCardDialog.h"
#include "CardListModel.h"
#include "CardStore.h"
#include "CardholderDetailView.h"
#include "CardholderListModel.h"
#include "CardholderListPage.h"
#include "CardsView.h"
#include "CmsClient.h"
#include "CreateCardholderDialog.h"
#include "IdleMonitor.h"
#include "MainWindow.h"
#include "MovementsView.h"
#include "ReportDownloadPanel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHeaderView>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSplitter>
#include <QTableView>

namespace migo::app {

AppController::AppController(std::unique_ptr<TokenStore> tokenStore, QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_client(new api::CmsClient(m_network, this))
    , m_cardStore(new core::CardStore(this))
    , m_cardholders(new models::CardholderListModel(m_client, this))
    , m_idle(new IdleMonitor(m_settings.idleLock(), this))
    , m_tokenStore(std::move(tokenStore)) {
    connect(m_client, &api::CmsClient::operatorTokensChanged, this, &AppController::rememberRefreshToken);
    connect(m_client, &api::CmsClient::sessionExpired, this, &AppController::onSessionExpired);
    connect(m_idle, &IdleMonitor::idle, this, &AppController::lockForIdle);
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
    const QCommandLineOption operatorEmail(
        QStringLiteral("operator"),
        tr("With --sandbox: the demo operator to sign in as (e.g. supervisor@migo.test to practise step-up)."),
        tr("e-mail"));
    parser.addOption(sandbox);
    parser.addOption(demo);
    parser.addOption(operatorEmail);
    parser.process(arguments);

    if (!parser.isSet(sandbox)) {
        if (!m_tokenStore)
            m_tokenStore = std::make_unique<KeychainTokenStore>();
        showSignIn();
        return true;
    }
    // A sandbox session is for training and tests: nothing of it is kept after the app closes.
    if (!m_tokenStore)
        m_tokenStore = std::make_unique<MemoryTokenStore>();
    m_sandbox = new SandboxLauncher(this);
    connect(m_sandbox, &SandboxLauncher::ready, this, [this](const SandboxInfo& info) {
        m_sandboxInfo = info;
        m_signInAutomatically = true;
        showSignIn();
    });
    connect(m_sandbox, &SandboxLauncher::failed, this, [](const QString& reason) {
        QMessageBox::critical(nullptr, tr("Migo Backoffice"), reason);
        QCoreApplication::exit(1);
    });
    connect(m_sandbox, &SandboxLauncher::otpIssued, this, [this](const QString& email, const QString& code) {
        // The sandbox e-mails nothing: a trainee reads the code here, as they would read their e-mail.
        if (m_mainWindow)
            m_mainWindow->showNotice(tr("Sandbox: the one-time password sent to %1 is %2").arg(email, code));
    });
    m_sandbox->start(parser.value(demo).toInt(), parser.value(operatorEmail));
    return true;
}

void AppController::showSignIn() {
    m_signIn = new views::SignInDialog(m_client);
    m_signIn->setAttribute(Qt::WA_DeleteOnClose);
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
        if (!m_mainWindow)
            QCoreApplication::quit();
    });
    m_signIn->show();

    if (m_signInAutomatically) {
        m_signInAutomatically = false; // after a sign out the trainee signs in by hand
        m_signIn->signIn();            // the sandbox announced its demo operator: sign straight in
        return;
    }
    const views::SignInProfile profile = m_signIn->profile();
    if (m_sandboxInfo || profile.merchant.isEmpty() || profile.email.isEmpty())
        return;
    // A session remembered in the keychain continues without the password.
    const QString key = TokenStore::keyFor(m_signIn->baseUrl(), profile.merchant, profile.email);
    QPointer<views::SignInDialog> dialog = m_signIn;
    connect(m_signIn, &views::SignInDialog::resumeRefused, this,
            [this, key] { m_tokenStore->remove(key, this, [](const QString&) {}); });
    m_tokenStore->read(key, m_signIn, [dialog](const QString& secret, const QString&) {
        if (dialog && !secret.isEmpty())
            dialog->resume(secret);
    });
}

void AppController::onSignedIn() {
    m_profile = m_signIn->profile();
    m_session = m_signIn->session();
    switch (m_profile.environment) {
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
    if (m_profile.environment != views::SignInProfile::Environment::LocalSandbox)
        m_settings.setLastProfile(m_profile); // a sandbox's address changes every run
    m_tokenKey = TokenStore::keyFor(m_client->config().baseUrl, m_profile.merchant, m_profile.email);
    showMainWindow();
    rememberRefreshToken();
    m_idle->setTimeout(m_settings.idleLock());
    m_idle->start();
}

void AppController::showMainWindow() {
    m_mainWindow = std::make_unique<views::MainWindow>(m_cardholders);
    QString partnerName;
    for (const api::PartnerRef& partner : std::as_const(m_session.partners))
        if (partner.id == m_client->config().partnerId)
            partnerName = partner.name;
    m_mainWindow->setSessionInfo(m_environmentBadge, m_session.name,
                                 m_session.email.isEmpty() ? m_profile.email : m_session.email,
                                 m_client->config().partnerId, partnerName);
    m_mainWindow->setServerReachable(m_client->isServerReachable());
    m_mainWindow->restoreGeometry(m_settings.mainWindowGeometry());
    m_mainWindow->restoreState(m_settings.mainWindowState());
    m_mainWindow->cardholderList()->table()->horizontalHeader()->restoreState(m_settings.cardholderColumns());
    connect(m_client, &api::CmsClient::reachabilityChanged, m_mainWindow.get(), &views::MainWindow::setServerReachable);
    const QString operatorEmail = m_session.email.isEmpty() ? m_profile.email : m_session.email;
    auto* detail = new views::CardholderDetailView(m_client);
    detail->setOperatorEmail(operatorEmail);
    m_mainWindow->setCardholderDetail(detail);
    m_mainWindow->cardholderSplitter()->restoreState(m_settings.cardholderSplitter()); // the agent's own widths
    buildMovementsAndReports();
    buildCards(detail, operatorEmail);
    connect(m_mainWindow->cardholderList(), &views::CardholderListPage::openCardholderRequested, detail,
            [this, detail](qint64 id) {
                const int row = m_mainWindow->cardholderList()->table()->currentIndex().row();
                QString name;
                if (row >= 0 && row < m_cardholders->rowCount()) {
                    const api::Cardholder& c = m_cardholders->cardholderAt(row);
                    name = c.name + u' ' + c.lastName;
                }
                detail->showCardholder(id, name);
            });
    connect(
        m_mainWindow->cardholderList(), &views::CardholderListPage::createCardholderRequested, detail, [this, detail] {
            // One form at a time: a second Ctrl+N brings the open one forward, with what was typed.
            if (auto* open = m_mainWindow->findChild<views::CreateCardholderDialog*>()) {
                open->raise();
                open->activateWindow();
                return;
            }
            auto* dialog = new views::CreateCardholderDialog(m_client, m_mainWindow.get());
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &views::CreateCardholderDialog::cardholderCreated, detail,
                    [this, detail](const api::Cardholder& created) {
                        // Show the new cardholder where the agent will look for it: found in the list, opened.
                        m_mainWindow->cardholderList()->search(created.email);
                        detail->showCardholder(created.id, created.name + u' ' + created.lastName);
                        m_mainWindow->showNotice(tr("Cardholder %1 %2 created.").arg(created.name, created.lastName));
                    });
            dialog->open();
        });
    connect(m_mainWindow.get(), &views::MainWindow::unlockRequested, this, &AppController::unlock);
    connect(m_mainWindow.get(), &views::MainWindow::signOutRequested, this, &AppController::signOut);
    m_mainWindow->show();
    m_cardholders->reload();
    Q_EMIT mainWindowShown();
}

void AppController::buildMovementsAndReports() {
    m_movements = new views::MovementsView(m_client);
    m_mainWindow->setSectionWidget(views::MainWindow::Section::Movements, m_movements);
    auto* downloads = new views::ReportDownloadPanel(m_client);
    downloads->setLastFolder(m_settings.lastReportFolder());
    m_mainWindow->setDownloadsPanel(downloads);
    connect(downloads, &views::ReportDownloadPanel::lastFolderChanged, this,
            [this](const QString& folder) { m_settings.setLastReportFolder(folder); });
    // The dock appears as soon as a download starts, so its progress and Cancel are in sight.
    connect(downloads, &views::ReportDownloadPanel::runningCountChanged, m_mainWindow.get(), [this](int running) {
        if (running > 0)
            m_mainWindow->showDownloads();
    });
    connect(m_movements, &views::MovementsView::reportRequested, downloads, &views::ReportDownloadPanel::requestReport);
}

void AppController::buildCards(views::CardholderDetailView* detail, const QString& operatorEmail) {
    using views::CardsView;
    // The hosted activation page of the environment, branded with the merchant slug (contract §12).
    const QUrl activationSite = m_profile.environment == views::SignInProfile::Environment::Production
                                    ? views::productionActivationSite()
                                    : views::sandboxActivationSite();
    const auto prepare = [&](CardsView* view) {
        view->setOperatorEmail(operatorEmail);
        view->setActivationSite(activationSite, m_profile.merchant);
        connect(view, &CardsView::movementsRequested, this, &AppController::showMovements);
    };

    const core::OperationContext context{m_client, m_cardStore, nullptr, operatorEmail};
    auto* partnerCards = new models::CardListModel(m_client, m_cardStore);
    auto* cards = new CardsView(context, partnerCards, CardsView::Mode::Partner);
    partnerCards->setParent(cards);
    prepare(cards);
    m_mainWindow->setSectionWidget(views::MainWindow::Section::Cards, cards);
    // 100,000+ cards: loaded the first time the agent opens the section, not at every sign-in.
    connect(m_mainWindow.get(), &views::MainWindow::sectionShown, partnerCards,
            [partnerCards](views::MainWindow::Section section) {
                if (section == views::MainWindow::Section::Cards && partnerCards->rowCount() == 0 &&
                    partnerCards->state() == models::CardListModel::State::Idle)
                    partnerCards->loadPartnerCards();
            });
    connect(cards, &CardsView::bulkRequested, cards,
            [this, cards, partnerCards, operatorEmail](api::BulkCardAction action, const QList<qint64>& cardIds) {
                auto* dialog =
                    new views::BulkCardDialog(m_client, partnerCards, action, cardIds, operatorEmail, cards->window());
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
            });

    auto* holderCards = new models::CardListModel(m_client, m_cardStore);
    auto* holderView = new CardsView(context, holderCards, CardsView::Mode::Cardholder);
    holderCards->setParent(holderView);
    prepare(holderView);
    detail->setCardsWidget(holderView);

    auto* associations = new views::AssociationsView(m_client);
    associations->setOperatorEmail(operatorEmail);
    detail->setAssociationsWidget(associations);
    connect(detail, &views::CardholderDetailView::cardholderLoaded, holderView,
            [holderCards, associations](const api::Cardholder& cardholder) {
                holderCards->loadCardholderCards(cardholder.id);
                associations->showCardholder(cardholder.id);
            });
    connect(detail, &views::CardholderDetailView::cardholderCleared, holderView, [holderCards, associations] {
        holderCards->clear();
        associations->clear();
    });
    // A new association is a new linked card in the cardholder's list.
    connect(associations, &views::AssociationsView::associationCreated, holderCards, &models::CardListModel::reload);
}

void AppController::showMovements(const api::Card& card) {
    if (!m_mainWindow || !m_movements)
        return;
    m_movements->showCard(card);
    m_mainWindow->showSection(views::MainWindow::Section::Movements);
}

void AppController::lockForIdle() {
    if (m_mainWindow && !m_mainWindow->isLocked())
        m_mainWindow->lock(views::LockScreen::Reason::Idle);
}

void AppController::onSessionExpired() {
    if (!m_mainWindow)
        return;
    // The remembered token died with the session: never try it again at the next start.
    if (!m_tokenKey.isEmpty())
        m_tokenStore->remove(m_tokenKey, this, [](const QString&) {});
    m_mainWindow->lock(views::LockScreen::Reason::SessionExpired);
}

void AppController::unlock(const QString& password) {
    if (!m_mainWindow || m_unlockCall.isRunning())
        return;
    views::MainWindow* window = m_mainWindow.get();
    // The password is checked by the server: a fresh app login and operator login, which also renews the session.
    m_unlockCall = m_client->appLogin(
        m_profile.merchant, window, [this, window, password](const api::Result<api::AppSession>& app) {
            if (!app.ok()) {
                window->lockScreen()->showError(app.error().userMessage);
                return;
            }
            m_unlockCall = m_client->operatorLogin(
                m_profile.email, password, window, [this, window](const api::Result<api::OperatorSession>& session) {
                    if (!session.ok()) {
                        window->lockScreen()->showError(session.error().userMessage);
                        return;
                    }
                    m_session = session.value();
                    window->unlock();
                    rememberRefreshToken();
                    if (m_cardholders->state() == models::CardholderListModel::State::Error)
                        m_cardholders->retry(); // what failed while the session was gone
                    m_idle->start();
                });
        });
}

void AppController::signOut() {
    m_unlockCall.cancel();
    m_idle->stop();
    saveWindowState();
    if (!m_tokenKey.isEmpty())
        m_tokenStore->remove(m_tokenKey, this, [](const QString&) {});
    m_client->clearSession();
    m_cardholders->clear();
    m_tokenKey.clear();
    m_session = {};
    if (m_mainWindow) {
        // Called from the window's own signal: delete it once that signal has returned.
        views::MainWindow* window = m_mainWindow.release();
        window->hide();
        window->deleteLater();
    }
    showSignIn();
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
    m_settings.setCardholderColumns(m_mainWindow->cardholderList()->table()->horizontalHeader()->saveState());
    m_settings.setCardholderSplitter(m_mainWindow->cardholderSplitter()->saveState());
    m_settings.sync();
}

} // namespace migo::app
