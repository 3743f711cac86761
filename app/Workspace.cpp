#include "Workspace.h"

#include "AboutDialog.h"
#include "ActivationLink.h"
#include "AssociationsView.h"
#include "BulkCardDialog.h"
#include "BulkUploadDialog.h"
#include "CardListModel.h"
#include "CardholderDetailView.h"
#include "CardholderListModel.h"
#include "CardholderListPage.h"
#include "CardsView.h"
#include "CmsClient.h"
#include "CreateCardholderDialog.h"
#include "EditCardholderDialog.h"
#include "Format.h"
#include "FundingRequestsDialog.h"
#include "MainWindow.h"
#include "MovementsView.h"
#include "PartnerBalance.h"
#include "ProductInfo.h"
#include "ReportDownloadPanel.h"
#include "Session.h"
#include "Settings.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QSplitter>
#include <QTableView>

namespace migo::app {

namespace {

/// The status bar's badge: which server the agent is working on.
QString environmentBadge(const views::SignInProfile& profile) {
    switch (profile.environment) {
    case views::SignInProfile::Environment::LocalSandbox:
        return Workspace::tr("SANDBOX");
    case views::SignInProfile::Environment::Qa:
        return Workspace::tr("QA");
    case views::SignInProfile::Environment::Production:
        return Workspace::tr("PRODUCTION");
    case views::SignInProfile::Environment::Deployed:
        return profile.deployedName.toUpper(); // the name IT gave it
    case views::SignInProfile::Environment::Custom:
        break;
    }
    return Workspace::tr("CUSTOM");
}

} // namespace

Workspace::Workspace(core::Session* session, models::CardholderListModel* cardholders,
                     const views::SignInProfile& profile, Settings* settings, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_context(session->operationContext())
    , m_client(m_context.client)
    , m_cardholders(cardholders)
    , m_settings(settings)
    , m_profile(profile)
    , m_mainWindow(std::make_unique<views::MainWindow>(cardholders)) {
    m_mainWindow->setSessionInfo(environmentBadge(profile), session->operatorName(), m_context.operatorEmail,
                                 session->partnerId(), session->partnerName());
    m_mainWindow->setServerReachable(m_client->isServerReachable());
    m_mainWindow->setStepUpWindows(session->stepUpWindows());
    connect(m_client, &api::CmsClient::reachabilityChanged, m_mainWindow.get(), &views::MainWindow::setServerReachable);
    m_mainWindow->restoreGeometry(m_settings->mainWindowGeometry());
    m_mainWindow->restoreState(m_settings->mainWindowState());
    // A fresh profile has no column widths of its own: they follow the first rows (issue 14).
    m_mainWindow->cardholderList()->setAutoSizeColumns(
        !m_mainWindow->cardholderList()->table()->horizontalHeader()->restoreState(m_settings->cardholderColumns()));

    auto* detail = new views::CardholderDetailView(m_context);
    m_detail = detail;
    m_mainWindow->setCardholderDetail(detail);
    m_mainWindow->cardholderSplitter()->restoreState(m_settings->cardholderSplitter()); // the agent's own widths
    m_mainWindow->setCardholderDetailShown(false); // no cardholder open yet: the list has the whole width
    buildMovementsAndReports();
    buildCards(detail);
    connectCardholderActions(detail);
    connectPartner();
    connect(m_mainWindow.get(), &views::MainWindow::aboutRequested, this, [this](bool connection) {
        auto* about = new views::AboutDialog(aboutThisBuild(), m_client->connectionInfo(), m_mainWindow.get());
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->showTab(connection ? views::AboutDialog::Tab::Connection : views::AboutDialog::Tab::Product);
        about->show();
    });
}

Workspace::~Workspace() = default;

void Workspace::saveState() {
    m_settings->setMainWindowGeometry(m_mainWindow->saveGeometry());
    m_settings->setMainWindowState(m_mainWindow->saveState());
    m_settings->setCardholderColumns(m_mainWindow->cardholderList()->table()->horizontalHeader()->saveState());
    m_settings->setCardholderSplitter(m_mainWindow->cardholderSplitterState());
    m_settings->sync();
}

void Workspace::connectCardholderActions(views::CardholderDetailView* detail) {
    views::CardholderListPage* list = m_mainWindow->cardholderList();
    const auto open = [this, detail](qint64 id) {
        m_mainWindow->setCardholderDetailShown(true);
        QString name; // shown while the detail loads
        for (int row = 0; row < m_cardholders->rowCount() && name.isEmpty(); ++row)
            if (const api::Cardholder& c = m_cardholders->cardholderAt(row); c.id == id)
                name = c.name + u' ' + c.lastName;
        detail->showCardholder(id, name);
    };
    connect(list, &views::CardholderListPage::openCardholderRequested, detail, open); // Enter: opens (again) now
    // Selection and detail never disagree: the selected cardholder is opened, or the detail shows none.
    connect(list, &views::CardholderListPage::selectedCardholderChanged, detail,
            [this, detail, open](qint64 id, int selectedRows) {
                if (id > 0 && id != detail->cardholderId()) {
                    open(id);
                } else if (id <= 0 && selectedRows > 1) {
                    m_mainWindow->setCardholderDetailShown(true);
                    detail->showSeveralSelected(selectedRows);
                } else if (id <= 0) {
                    detail->clear();
                    m_mainWindow->setCardholderDetailShown(false);
                }
            });
    connect(list, &views::CardholderListPage::createCardholderRequested, detail, [this, detail] {
        // One form at a time: a second Ctrl+N brings the open one forward, with what was typed.
        if (auto* open = m_mainWindow->findChild<views::CreateCardholderDialog*>()) {
            open->raise();
            open->activateWindow();
            return;
        }
        auto* dialog = new views::CreateCardholderDialog(m_context, m_mainWindow.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &views::CreateCardholderDialog::cardholderCreated, detail,
                [this, detail](const api::Cardholder& created) {
                    // Show the new cardholder where the agent will look for it: found in the list, opened.
                    m_mainWindow->cardholderList()->search(created.email);
                    m_mainWindow->cardholderList()->selectCardholder(created.id);
                    m_mainWindow->setCardholderDetailShown(true);
                    detail->showCardholder(created.id, created.name + u' ' + created.lastName);
                    m_mainWindow->showNotice(tr("Cardholder %1 %2 created.").arg(created.name, created.lastName));
                });
        dialog->open();
    });
    connect(detail, &views::CardholderDetailView::editRequested, detail,
            [this, detail](const api::Cardholder& cardholder) {
                // One form at a time, as for a new cardholder.
                if (auto* open = m_mainWindow->findChild<views::EditCardholderDialog*>()) {
                    open->raise();
                    open->activateWindow();
                    return;
                }
                auto* dialog = new views::EditCardholderDialog(m_context, cardholder, m_mainWindow.get());
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                connect(dialog, &views::EditCardholderDialog::cardholderUpdated, detail,
                        [this, detail](const api::Cardholder& saved) {
                            // The answer is the whole record: the detail and the list row show it at once.
                            detail->showSaved(saved);
                            m_cardholders->replaceCardholder(saved);
                            m_mainWindow->showNotice(tr("Changes to %1 %2 saved.").arg(saved.name, saved.lastName));
                        });
                connect(dialog, &views::EditCardholderDialog::reloadRequested, detail, [detail](qint64 id) {
                    detail->showCardholder(id); // a read: shows what the server has after an unknown outcome
                });
                dialog->open();
            });
}

void Workspace::buildMovementsAndReports() {
    m_movements = new views::MovementsView(m_client);
    m_mainWindow->setSectionWidget(views::MainWindow::Section::Movements, m_movements);
    auto* downloads = new views::ReportDownloadPanel(m_client);
    downloads->setLastFolder(m_settings->lastReportFolder());
    m_mainWindow->setDownloadsPanel(downloads);
    connect(downloads, &views::ReportDownloadPanel::lastFolderChanged, this,
            [this](const QString& folder) { m_settings->setLastReportFolder(folder); });
    // The dock appears as soon as a download starts, so its progress and Cancel are in sight. It shows where reports
    // are: in the Movements section whenever it lists one; in another section only while one runs, and once it has
    // finished until the agent goes to another section. Ctrl+J shows it anywhere. A sign-in starts without it.
    connect(downloads, &views::ReportDownloadPanel::runningCountChanged, m_mainWindow.get(), [this](int running) {
        if (running > 0)
            m_mainWindow->showDownloads();
    });
    connect(m_mainWindow.get(), &views::MainWindow::sectionShown, downloads,
            [this, downloads](views::MainWindow::Section section) {
                if (downloads->hasRunningDownloads() ||
                    (section == views::MainWindow::Section::Movements && downloads->entryCount() > 0))
                    m_mainWindow->showDownloads();
                else
                    m_mainWindow->downloadsDock()->hide();
            });
    m_mainWindow->downloadsDock()->hide(); // restoreState() may have shown it; nothing is listed yet
    connect(m_movements, &views::MovementsView::reportRequested, downloads, &views::ReportDownloadPanel::requestReport);
}

void Workspace::buildCards(views::CardholderDetailView* detail) {
    using views::CardsView;
    // The hosted activation page of the environment, branded with the merchant slug (contract §12).
    const QUrl activationSite = m_profile.environment == views::SignInProfile::Environment::Production
                                    ? views::productionActivationSite()
                                    : views::sandboxActivationSite();
    const auto prepare = [&](CardsView* view) {
        view->setActivationSite(activationSite, m_profile.merchant);
        connect(view, &CardsView::movementsRequested, this, &Workspace::showMovements);
    };

    auto* partnerCards = new models::CardListModel(m_client, m_context.cardStore);
    m_partnerCards = partnerCards;
    auto* cards = new CardsView(m_context, partnerCards, CardsView::Mode::Partner);
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
    // From a selection in the list, or from a pasted or imported list: the cards the app has loaded show their
    // state in the review, the others "unknown"; the partner's list is never loaded for it.
    const auto openBulk = [this, partnerCards](api::BulkCardAction action, const QList<qint64>& cardIds) {
        auto* dialog = new views::BulkCardDialog(m_context, partnerCards, action, cardIds, m_mainWindow.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    };
    connect(cards, &CardsView::bulkRequested, cards, openBulk);
    connect(m_mainWindow.get(), &views::MainWindow::bulkFromListRequested, cards,
            [openBulk](api::BulkCardAction action) { openBulk(action, {}); });
    connect(m_mainWindow.get(), &views::MainWindow::bulkOnboardingRequested, this, [this] {
        auto* dialog = new views::BulkUploadDialog(m_context, m_mainWindow.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    auto* holderCards = new models::CardListModel(m_client, m_context.cardStore);
    auto* holderView = new CardsView(m_context, holderCards, CardsView::Mode::Cardholder);
    holderCards->setParent(holderView);
    prepare(holderView);
    detail->setCardsWidget(holderView);

    auto* associations = new views::AssociationsView(m_context);
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

void Workspace::connectPartner() {
    m_mainWindow->setPartners(m_session->partners(), m_session->partnerId());
    core::PartnerBalance* balance = m_session->partnerBalance();
    connect(balance, &core::PartnerBalance::changed, this, &Workspace::showPartnerBalance);
    connect(m_mainWindow.get(), &views::MainWindow::partnerBalanceRefreshRequested, balance,
            &core::PartnerBalance::refresh);
    connect(m_mainWindow.get(), &views::MainWindow::partnerSwitchRequested, this, &Workspace::switchPartner);
    connect(m_session, &core::Session::partnerSwitched, this, &Workspace::reloadForPartner);
    showPartnerBalance();
    balance->refresh();
    // One funding-requests window at a time, for the partner in use: a partner switch closes it.
    connect(m_mainWindow.get(), &views::MainWindow::fundingRequestsRequested, this, [this, balance] {
        if (auto* open = m_mainWindow->findChild<views::FundingRequestsDialog*>()) {
            open->raise();
            open->activateWindow();
            return;
        }
        const QString currency = balance->balance() ? balance->balance()->currency : QString();
        auto* dialog = new views::FundingRequestsDialog(m_context, currency, m_mainWindow.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_session, &core::Session::partnerSwitched, dialog, &QWidget::close);
        dialog->show();
    });
}

void Workspace::showPartnerBalance() {
    const core::PartnerBalance* balance = m_session->partnerBalance();
    const QLocale locale;
    QString text = tr("Balance …");
    QString tip;
    if (const auto& known = balance->balance()) {
        text = tr("Balance %1 · %2")
                   .arg(core::Format::money(known->available, known->currency),
                        locale.toString(balance->readAt().time(), QLocale::ShortFormat));
        tip = tr("The partner's available balance, read at %1. Click to read it again.")
                  .arg(locale.toString(balance->readAt().time(), QLocale::LongFormat));
        if (known->updatedAt.isValid())
            tip += u'\n' + tr("Last changed on the server: %1.").arg(core::Format::dateTime(known->updatedAt));
    }
    if (balance->isReading())
        tip = tr("Reading the partner's balance…");
    else if (!balance->problem().isEmpty())
        tip = tr("The partner's balance could not be read: %1 Click to try again.").arg(balance->problem());
    m_mainWindow->setPartnerBalance(text, tip);
}

void Workspace::switchPartner(qint64 partnerId) {
    // Nothing of the partner the agent leaves stays on screen while the new one loads.
    m_cardholders->clear();
    if (m_detail)
        m_detail->clear();
    m_mainWindow->setCardholderDetailShown(false);
    if (m_partnerCards)
        m_partnerCards->clear();
    if (m_movements)
        m_movements->clear();
    if (!m_session->switchPartner(partnerId)) {
        m_mainWindow->showNotice(tr("The partner could not be switched now; try again in a moment."));
        reloadForPartner();
        return;
    }
    m_mainWindow->showNotice(tr("Switching to partner %1…").arg(partnerId));
}

void Workspace::reloadForPartner() {
    m_mainWindow->setSessionInfo(environmentBadge(m_profile), m_session->operatorName(), m_context.operatorEmail,
                                 m_session->partnerId(), m_session->partnerName());
    m_mainWindow->setPartners(m_session->partners(), m_session->partnerId());
    m_cardholders->reload();
    if (m_partnerCards && m_mainWindow->currentSection() == views::MainWindow::Section::Cards)
        m_partnerCards->loadPartnerCards(); // else loaded the next time the section opens
    m_session->partnerBalance()->refresh();
    if (m_profile.environment != views::SignInProfile::Environment::LocalSandbox) {
        m_profile.partnerId = m_session->partnerId();
        views::SignInProfile remembered = m_settings->lastProfile();
        remembered.partnerId = m_profile.partnerId; // the next sign-in proposes the partner the agent works for
        m_settings->setLastProfile(remembered);
    }
    m_mainWindow->showNotice(
        tr("Working for partner %1 — %2.").arg(m_session->partnerId()).arg(m_session->partnerName()));
}

void Workspace::showMovements(const api::Card& card) {
    if (!m_movements)
        return;
    m_movements->showCard(card);
    m_mainWindow->showSection(views::MainWindow::Section::Movements);
}

} // namespace migo::app
