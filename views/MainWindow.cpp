#include "MainWindow.h"

#include "AppClipboard.h"
#include "CardholderListModel.h"
#include "CardholderListPage.h"
#include "CardsView.h"
#include "Format.h"
#include "HelpDialog.h"
#include "Palette.h"
#include "ReportDownloadPanel.h"
#include "StepUpCountdown.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDockWidget>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace migo::views {

using models::CardholderListModel;

namespace {

// First-start widths of the cardholder list and detail (the detail's Cards tab needs room for its toolbar).
constexpr int kListWidth = 660;
constexpr int kDetailWidth = 560;

/// Whether `window` is owned by `owner` through its parents (QWidget::isAncestorOf stops at window borders).
bool ownedBy(const QWidget* window, const QWidget* owner) {
    for (const QWidget* w = window->parentWidget(); w; w = w->parentWidget())
        if (w == owner)
            return true;
    return false;
}

} // namespace

MainWindow::MainWindow(CardholderListModel* cardholders, QWidget* parent)
    : QMainWindow(parent)
    , m_cardholders(cardholders)
    , m_screens(new QStackedWidget(this))
    , m_navigation(new QListWidget(this))
    , m_sections(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_cardholderList(new CardholderListPage(cardholders, this))
    , m_lockScreen(new LockScreen(this))
    , m_environment(new QLabel(this))
    , m_operator(new QLabel(this))
    , m_partner(new QToolButton(this))
    , m_balance(new QToolButton(this))
    , m_partnerMenu(new QMenu(tr("Switch &partner"), this))
    , m_partnerGroup(new QActionGroup(m_partnerMenu))
    , m_workspace(new QWidget(this))
    , m_connection(new QLabel(this))
    , m_downloadsDock(new QDockWidget(tr("Downloads"), this)) {
    setWindowTitle(tr("Migo Backoffice"));
    setObjectName(QStringLiteral("mainWindow"));

    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->addItems({tr("Cardholders"), tr("Cards"), tr("Movements")});
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 32);
    m_navigation->setCurrentRow(0);

    m_splitter->setObjectName(QStringLiteral("cardholderSplitter"));
    m_splitter->addWidget(m_cardholderList);
    m_splitter->addWidget(notAvailableYet(tr("the cardholder detail"), this));
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({kListWidth, kDetailWidth}); // until the agent's own layout is restored
    m_sections->addWidget(m_splitter);
    m_sections->addWidget(notAvailableYet(tr("the partner's cards"), this));
    m_sections->addWidget(notAvailableYet(tr("a card's movements"), this));

    auto* workspaceLayout = new QHBoxLayout(m_workspace);
    workspaceLayout->addWidget(m_navigation);
    workspaceLayout->addWidget(m_sections, 1);
    m_screens->addWidget(m_workspace);
    m_screens->addWidget(m_lockScreen);
    setCentralWidget(m_screens);

    for (QLabel* label : {m_environment, m_operator, m_connection})
        label->setTextFormat(Qt::PlainText); // operator names are the server's text
    m_environment->setAccessibleName(tr("Environment"));
    m_operator->setAccessibleName(tr("Operator"));
    m_partner->setAccessibleName(tr("Partner"));
    m_partner->setAutoRaise(true);
    m_partner->setPopupMode(QToolButton::InstantPopup);
    m_partnerMenu->setEnabled(false);
    m_balance->setAccessibleName(tr("Partner balance"));
    m_balance->setAutoRaise(true);
    m_balance->setText(tr("Balance …"));
    m_connection->setAccessibleName(tr("Connection"));
    statusBar()->addPermanentWidget(m_environment);
    statusBar()->addPermanentWidget(m_operator);
    statusBar()->addPermanentWidget(m_partner);
    statusBar()->addPermanentWidget(m_balance);
    statusBar()->addPermanentWidget(m_connection);
    setServerReachable(true);

    m_downloadsDock->setObjectName(QStringLiteral("downloadsDock"));
    m_downloadsDock->setAccessibleName(tr("Downloads"));
    m_downloadsDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    m_downloadsDock->setWidget(notAvailableYet(tr("report downloads"), m_downloadsDock));
    addDockWidget(Qt::BottomDockWidgetArea, m_downloadsDock);
    m_downloadsDock->hide();

    connect(m_navigation, &QListWidget::currentRowChanged, m_sections, &QStackedWidget::setCurrentIndex);
    connect(m_navigation, &QListWidget::currentRowChanged, this,
            [this](int row) { Q_EMIT sectionShown(Section(row)); });
    connect(m_lockScreen, &LockScreen::unlockRequested, this, &MainWindow::unlockRequested);
    connect(m_lockScreen, &LockScreen::signOutRequested, this, &MainWindow::signOutRequested);
    connect(m_balance, &QToolButton::clicked, this, &MainWindow::partnerBalanceRefreshRequested);
    buildMenus();
    setTabOrder(m_navigation, m_cardholderList->searchField());
    // 1280×760, no taller than the screen (a 1280×720 laptop, issue 14). The width is not narrowed: below 1280 px
    // the cardholder list no longer shows its values whole.
    resize(1280, std::min(760, screen()->availableGeometry().height()));
}

void MainWindow::buildMenus() {
    QMenu* session = menuBar()->addMenu(tr("&Session"));
    QAction* lockNow = session->addAction(tr("&Lock"));
    lockNow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lockNow, &QAction::triggered, this, [this] { lock(LockScreen::Reason::Manual); });
    session->addMenu(m_partnerMenu);
    QAction* refreshBalance = session->addAction(tr("Read the partner's &balance again"));
    connect(refreshBalance, &QAction::triggered, this, &MainWindow::partnerBalanceRefreshRequested);
    QAction* funding = session->addAction(tr("&Funding requests…"));
    funding->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(funding, &QAction::triggered, this, &MainWindow::fundingRequestsRequested);
    session->addSeparator();
    QAction* signOut = session->addAction(tr("Sign &out"));
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    session->addSeparator();
    QAction* quit = session->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QMainWindow::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* find = edit->addAction(tr("&Find cardholder"));
    // Ctrl+F everywhere, plus the platform's Find when it differs (a key listed twice would be ambiguous and dead).
    QList<QKeySequence> findKeys = QKeySequence::keyBindings(QKeySequence::Find);
    if (!findKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_F)))
        findKeys.prepend(QKeySequence(Qt::CTRL | Qt::Key_F));
    find->setShortcuts(findKeys);
    connect(find, &QAction::triggered, this, [this] {
        // In the Cards section Find filters the cards; everywhere else it searches cardholders.
        if (auto* cards = qobject_cast<CardsView*>(m_sections->widget(int(Section::Cards)));
            cards && currentSection() == Section::Cards) {
            cards->focusFilter();
            return;
        }
        showSection(Section::Cardholders);
        m_cardholderList->focusSearch();
    });
    edit->addAction(m_cardholderList->copyAction());

    QMenu* cardholders = menuBar()->addMenu(tr("&Cardholders"));
    cardholders->addAction(m_cardholderList->newCardholderAction());
    cardholders->addAction(m_cardholderList->exportAction());
    cardholders->addAction(m_cardholderList->refreshAction());
    cardholders->addSeparator();
    QAction* bulkOnboarding = cardholders->addAction(tr("Bulk &onboarding from a workbook…"));
    bulkOnboarding->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    bulkOnboarding->setObjectName(QStringLiteral("bulkOnboardingAction"));
    connect(bulkOnboarding, &QAction::triggered, this, &MainWindow::bulkOnboardingRequested);

    // After a fraud report the agent holds a list of card ids, not a selection: the bulk dialog opens on its ids page.
    QMenu* cards = menuBar()->addMenu(tr("C&ards"));
    QAction* bulkBlock = cards->addAction(tr("Bulk &block from a list…"));
    connect(bulkBlock, &QAction::triggered, this, [this] { Q_EMIT bulkFromListRequested(api::BulkCardAction::Block); });
    QAction* bulkUnblock = cards->addAction(tr("Bulk &unblock from a list…"));
    connect(bulkUnblock, &QAction::triggered, this,
            [this] { Q_EMIT bulkFromListRequested(api::BulkCardAction::Unblock); });

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction* downloads = m_downloadsDock->toggleViewAction();
    downloads->setText(tr("&Downloads"));
    downloads->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_viewMenu->addAction(downloads);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    const QList<std::pair<Section, QString>> sections{{Section::Cardholders, tr("&Cardholders")},
                                                      {Section::Cards, tr("C&ards")},
                                                      {Section::Movements, tr("&Movements")}};
    for (const auto& [section, title] : sections) {
        QAction* action = go->addAction(title);
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + int(section))));
        connect(action, &QAction::triggered, this, [this, section] { showSection(section); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* contents = help->addAction(tr("Migo Backoffice &help"));
    contents->setShortcut(QKeySequence::HelpContents);
    connect(contents, &QAction::triggered, this, &MainWindow::showHelp);
    QAction* connection = help->addAction(tr("&Connection…"));
    connect(connection, &QAction::triggered, this, [this] { Q_EMIT aboutRequested(true); });
    QAction* about = help->addAction(tr("&About Migo Backoffice"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] { Q_EMIT aboutRequested(false); });
}

void MainWindow::showHelp() {
    if (!m_help) {
        m_help = new HelpDialog(this);
        m_help->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

QWidget* MainWindow::notAvailableYet(const QString& what, QWidget* parent) {
    auto* label = new QLabel(tr("Not available yet: %1 will be shown here in a later version.").arg(what), parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setEnabled(false);
    label->setAccessibleName(tr("Not available yet"));
    return label;
}

void MainWindow::setSessionInfo(const QString& environmentBadge, const QString& operatorName,
                                const QString& operatorEmail, qint64 partnerId, const QString& partnerName) {
    m_operatorEmail = operatorEmail;
    m_environment->setText(u' ' + environmentBadge + u' ');
    // Production is the one to notice: white on dark red. The text says it too, so colour is never the only cue.
    const bool production = environmentBadge == tr("PRODUCTION");
    namespace palette = core::palette;
    m_environment->setStyleSheet(
        QStringLiteral("font-weight: bold; padding: 2px 6px; color: %1; background: %2;")
            .arg(palette::css(production ? palette::productionBadgeText : palette::sandboxBadgeText),
                 palette::css(production ? palette::productionBadge : palette::sandboxBadge)));
    m_operator->setText(operatorName.isEmpty() ? operatorEmail : tr("%1 <%2>").arg(operatorName, operatorEmail));
    m_partner->setText(partnerName.isEmpty() ? tr("Partner %1").arg(partnerId)
                                             : tr("Partner %1 — %2").arg(partnerId).arg(partnerName));
}

void MainWindow::setPartners(const QList<api::PartnerRef>& partners, qint64 current) {
    m_partnerMenu->clear(); // also takes its actions out of their group
    for (const api::PartnerRef& partner : partners) {
        QAction* action = m_partnerMenu->addAction(core::Format::partnerTitle(partner));
        action->setCheckable(true);
        action->setChecked(partner.id == current);
        m_partnerGroup->addAction(action);
        const qint64 id = partner.id;
        connect(action, &QAction::triggered, this, [this, id, current] {
            if (id != current)
                Q_EMIT partnerSwitchRequested(id);
        });
    }
    const bool switchable = partners.size() > 1;
    m_partnerMenu->setEnabled(switchable);
    m_partner->setMenu(switchable ? m_partnerMenu : nullptr);
    m_partner->setToolTip(switchable ? tr("Work for another of your partners without signing out.") : QString());
}

void MainWindow::setStepUpWindows(core::StepUpWindows* windows) {
    // Index 4: after environment, operator, partner and balance, left of the connection indicator.
    statusBar()->insertPermanentWidget(4, new StepUpCountdown(windows, statusBar()));
}

void MainWindow::setPartnerBalance(const QString& text, const QString& toolTip) {
    m_balance->setText(text);
    m_balance->setToolTip(core::Format::plainToolTip(toolTip));
}

void MainWindow::setServerReachable(bool reachable) {
    m_connection->setText(reachable ? tr("● Connected") : tr("▲ No connection"));
    m_connection->setToolTip(reachable ? tr("The server answered the last request.")
                                       : tr("The server did not answer the last request. Check the network."));
}

void MainWindow::showNotice(const QString& text, std::chrono::milliseconds lifetime) {
    if (isLocked()) // a notice may name a cardholder or carry a sandbox code: never behind the lock screen
        return;
    const std::chrono::milliseconds shown = lifetime > std::chrono::milliseconds::zero() ? lifetime : m_noticeLifetime;
    statusBar()->showMessage(text, int(shown.count()));
}

void MainWindow::setCardholderDetail(QWidget* detail) {
    // Before the first show the splitter has no real sizes yet: keep the default proportions then.
    const QList<int> sizes = m_splitter->isVisible() ? m_splitter->sizes() : QList<int>{kListWidth, kDetailWidth};
    QWidget* old = m_splitter->replaceWidget(1, detail);
    delete old;
    m_splitter->setSizes(sizes);
}

void MainWindow::setCardholderDetailShown(bool shown) {
    QWidget* detail = m_splitter->widget(1);
    if (!detail || detail->isHidden() != shown)
        return;
    if (!shown) {
        m_detailSizes = m_splitter->sizes(); // given back when a cardholder opens again
        detail->hide();
        return;
    }
    // The detail takes the share of the width it had when last shown (the default proportions at first), of the
    // width the splitter has now.
    double detailShare = double(kDetailWidth) / (kListWidth + kDetailWidth);
    if (m_detailSizes.size() == 2 && m_detailSizes.at(0) > 0 && m_detailSizes.at(1) > 0)
        detailShare = double(m_detailSizes.at(1)) / (m_detailSizes.at(0) + m_detailSizes.at(1));
    const int total = m_splitter->width() > 100 ? m_splitter->width() : kListWidth + kDetailWidth;
    detail->show();
    const int detailWidth = int(total * detailShare);
    m_splitter->setSizes({total - detailWidth, detailWidth});
}

bool MainWindow::isCardholderDetailShown() const {
    const QWidget* detail = m_splitter->widget(1);
    return detail && !detail->isHidden();
}

QByteArray MainWindow::cardholderSplitterState() const {
    if (isCardholderDetailShown() || m_detailSizes.size() != 2)
        return m_splitter->saveState();
    // Hidden: the widths it had while open, so the next session opens the detail as wide as this one did.
    QSplitter probe(Qt::Horizontal);
    probe.addWidget(new QWidget(&probe));
    probe.addWidget(new QWidget(&probe));
    probe.setSizes(m_detailSizes);
    return probe.saveState();
}

void MainWindow::setSectionWidget(Section section, QWidget* widget) {
    const int index = int(section);
    QWidget* old = m_sections->widget(index);
    m_sections->insertWidget(index, widget);
    m_sections->removeWidget(old);
    delete old;
    m_sections->setCurrentIndex(m_navigation->currentRow());
}

void MainWindow::showSection(Section section) {
    m_navigation->setCurrentRow(int(section));
}

void MainWindow::setDownloadsPanel(ReportDownloadPanel* panel) {
    QWidget* old = m_downloadsDock->widget();
    m_downloadsDock->setWidget(panel);
    delete old;
    m_downloads = panel;
}

void MainWindow::showDownloads() {
    if (isLocked())
        return;
    m_downloadsDock->show();
    m_downloadsDock->raise();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    // A running download would be cut off: the panel asks first and closes the window again once confirmed.
    if (m_downloads && !m_downloads->requestClose(this)) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

MainWindow::Section MainWindow::currentSection() const {
    return Section(m_navigation->currentRow());
}

void MainWindow::lock(LockScreen::Reason reason) {
    appClipboard::clearIfOurs(); // a copied profile or list must not outlive the lock
    if (!isLocked()) {
        m_focusBeforeLock = QApplication::focusWidget();
        // Dialogs of this window (a half-filled form, a detail) are hidden, not closed: nothing typed is lost.
        const QList<QWidget*> windows = QApplication::topLevelWidgets();
        for (QWidget* window : windows) {
            if (window != this && window->isVisible() && ownedBy(window, this)) {
                m_hiddenByLock << window;
                window->hide();
            }
        }
        if (m_downloadsDock->isVisible()) {
            m_hiddenByLock << m_downloadsDock;
            m_downloadsDock->hide();
        }
        statusBar()->clearMessage();
        m_screens->setCurrentWidget(m_lockScreen);
        // Out of the window, not just hidden: hidden widgets are still read by screen readers. Downloads go on.
        m_screens->removeWidget(m_workspace);
        m_workspace->setParent(nullptr);
        m_downloadsWhileLocked = m_downloadsDock->widget();
        if (m_downloadsWhileLocked)
            m_downloadsWhileLocked->setParent(nullptr);
        menuBar()->setEnabled(false);
        m_partner->setEnabled(false);
        m_balance->setEnabled(false);
        Q_EMIT locked();
    }
    m_lockScreen->prepare(reason, m_operatorEmail);
}

void MainWindow::unlock() {
    if (!isLocked())
        return;
    m_lockScreen->prepare(m_lockScreen->reason(), m_operatorEmail); // forget any error text
    m_screens->insertWidget(0, m_workspace);
    m_screens->setCurrentWidget(m_workspace);
    if (m_downloadsWhileLocked)
        m_downloadsDock->setWidget(m_downloadsWhileLocked);
    m_downloadsWhileLocked = nullptr;
    menuBar()->setEnabled(true);
    m_partner->setEnabled(true);
    m_balance->setEnabled(true);
    for (const QPointer<QWidget>& window : std::as_const(m_hiddenByLock))
        if (window)
            window->show();
    m_hiddenByLock.clear();
    if (m_focusBeforeLock && m_focusBeforeLock->isVisible())
        m_focusBeforeLock->setFocus(Qt::OtherFocusReason);
}

bool MainWindow::isLocked() const {
    return m_screens->currentWidget() == m_lockScreen;
}

MainWindow::~MainWindow() {
    // Taken out by lock(): owned by no widget then.
    if (!m_workspace->parent())
        delete m_workspace;
    if (m_downloadsWhileLocked && !m_downloadsWhileLocked->parent())
        delete m_downloadsWhileLocked.data();
}

} // namespace migo::views
