// CardsView's action set, layout, toolbar and context menu (the behaviour is in CardsView.cpp).
#include "CardActions.h"
#include "CardFilterProxyModel.h"
#include "CardListModel.h"
#include "CardStatusDelegate.h"
#include "CardsView.h"
#include "Format.h"
#include "ListTable.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace migo::views {

using models::CardListModel;

namespace {

QString shortcutSuffix(const QKeySequence& shortcut) {
    return shortcut.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(shortcut.toString(QKeySequence::NativeText));
}

} // namespace

void CardsView::createActions() {
    using api::CardAction;
    m_actions.resize(int(Action::UnblockSelected) + 1);
    m_tips.resize(m_actions.size());
    makeAction(Action::Activate, CardActions::actionText(CardAction::Activate),
               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), tr("Activate the card"));
    makeAction(Action::Block, CardActions::actionText(CardAction::Block), QKeySequence(Qt::CTRL | Qt::Key_B),
               tr("Block the card (asks for confirmation)"));
    makeAction(Action::Unblock, CardActions::actionText(CardAction::Unblock), QKeySequence(Qt::CTRL | Qt::Key_U),
               tr("Unblock the card"));
    makeAction(Action::AddFunds, tr("Add &funds…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
               tr("Add funds to the card"));
    makeAction(Action::WithdrawFunds, tr("&Withdraw funds…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
               tr("Withdraw funds from the card"));
    makeAction(Action::Transfer, tr("&Transfer…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
               tr("Transfer to another card of the same cardholder"));
    makeAction(Action::Movements, tr("&Movements"), QKeySequence(Qt::CTRL | Qt::Key_M),
               tr("Show the card's movements (also Enter or double click)"));
    makeAction(Action::CopyActivationLink, tr("Copy activation &link"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
               tr("Copy the link of the page where the cardholder activates this card"));
    makeAction(Action::OpenActivationPage, tr("&Open activation page"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
               tr("Open the page where the cardholder activates this card"));
    makeAction(Action::Refresh, tr("Re&fresh"), QKeySequence(Qt::Key_F5), tr("Load the cards again"));
    makeAction(Action::SelectAll, tr("Select &all shown"), QKeySequence::SelectAll,
               tr("Select every card that passes the filter"));
    makeAction(Action::BlockSelected, tr("Bloc&k selected…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_B),
               tr("Block every selected card (reviewed before sending)"));
    makeAction(Action::UnblockSelected, tr("Unbl&ock selected…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_U),
               tr("Unblock every selected card (reviewed before sending)"));
    if (m_mode != Mode::Partner) {
        // Bulk actions belong to the partner's list; here they are neither shown nor reachable by shortcut.
        removeAction(action(Action::BlockSelected));
        removeAction(action(Action::UnblockSelected));
        action(Action::BlockSelected)->setVisible(false);
        action(Action::UnblockSelected)->setVisible(false);
    }
    // Ctrl+F is the main window's Find, which comes here when the Cards section is shown (one owner per key).

    connect(action(Action::Activate), &QAction::triggered, this, [this] { startAction(CardAction::Activate); });
    connect(action(Action::Block), &QAction::triggered, this, [this] { startAction(CardAction::Block); });
    connect(action(Action::Unblock), &QAction::triggered, this, [this] { startAction(CardAction::Unblock); });
    connect(action(Action::AddFunds), &QAction::triggered, this, [this] { openFunds(true); });
    connect(action(Action::WithdrawFunds), &QAction::triggered, this, [this] { openFunds(false); });
    connect(action(Action::Transfer), &QAction::triggered, this, &CardsView::openTransfer);
    connect(action(Action::Movements), &QAction::triggered, this, &CardsView::openMovements);
    connect(action(Action::CopyActivationLink), &QAction::triggered, this, &CardsView::copyActivationLink);
    connect(action(Action::OpenActivationPage), &QAction::triggered, this, &CardsView::openActivationPage);
    connect(action(Action::Refresh), &QAction::triggered, this, &CardsView::refresh);
    connect(action(Action::SelectAll), &QAction::triggered, m_table, &QTableView::selectAll);
    connect(action(Action::BlockSelected), &QAction::triggered, this,
            [this] { requestBulk(api::BulkCardAction::Block); });
    connect(action(Action::UnblockSelected), &QAction::triggered, this,
            [this] { requestBulk(api::BulkCardAction::Unblock); });
}

QAction* CardsView::makeAction(Action which, const QString& text, const QKeySequence& shortcut, const QString& tip) {
    auto* created = new QAction(text, this);
    created->setShortcut(shortcut);
    created->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tips[int(which)] = tip + shortcutSuffix(shortcut);
    created->setToolTip(m_tips[int(which)]);
    created->setStatusTip(m_tips[int(which)]);
    addAction(created);
    m_actions[int(which)] = created;
    return created;
}

QAction* CardsView::action(Action which) const {
    return m_actions.at(int(which));
}

void CardsView::buildLayout() {
    m_filter->setPlaceholderText(tr("Filter by id, card number, alias, cardholder or status (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter cards"));
    m_filter->setClearButtonEnabled(true);
    auto* filterLabel = new QLabel(tr("F&ilter:"), this);
    filterLabel->setBuddy(m_filter);

    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("All statuses"), -1);
    m_status->addItem(core::Format::cardStatus(api::CardStatus::Active), int(api::CardStatus::Active));
    m_status->addItem(core::Format::cardStatus(api::CardStatus::Inactive), int(api::CardStatus::Inactive));
    m_status->addItem(core::Format::cardStatus(api::CardStatus::Blocked), int(api::CardStatus::Blocked));
    auto* statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);

    m_count->setAccessibleName(tr("Card count"));
    m_message->setAccessibleName(tr("Card action message"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->hide();

    prepareListTable(m_table, m_proxy, tr("Cards"), QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setItemDelegateForColumn(CardListModel::Status, new CardStatusDelegate(m_table));
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // no per-row measuring of 200,000 rows
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto widthOf = [&metrics](const QString& sample) { return metrics.horizontalAdvance(sample) + 24; };
    header->resizeSection(CardListModel::Id, widthOf(QStringLiteral("00000000")));
    header->resizeSection(CardListModel::MaskedPan, widthOf(QStringLiteral("000000******0000")));
    header->resizeSection(CardListModel::Alias, widthOf(QStringLiteral("Alias of a card")));
    header->resizeSection(CardListModel::Type, widthOf(QStringLiteral("Linked card")));
    header->resizeSection(CardListModel::Status, widthOf(QStringLiteral("Inactive")) + metrics.height());
    header->resizeSection(CardListModel::Balance, widthOf(QStringLiteral("000,000,000.0000 GTQ")));
    // Sorting goes through the proxy to CardListModel::sort (on a worker); -1 keeps the server's order at first.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    m_stateMessage->setAccessibleName(tr("Card list state"));
    m_stateMessage->setAlignment(Qt::AlignCenter);
    m_stateMessage->setWordWrap(true);
    m_stateMessage->setTextFormat(Qt::PlainText);
    m_stateRetry->setAccessibleName(tr("Retry loading cards"));
    m_listProblem->setAccessibleName(tr("Card list problem"));
    m_listProblem->setWordWrap(true);
    m_listProblem->setTextFormat(Qt::PlainText);
    m_retry->setAccessibleName(tr("Retry loading cards"));

    auto* statePanel = new QWidget(this);
    auto* stateLayout = new QVBoxLayout(statePanel);
    stateLayout->addStretch();
    stateLayout->addWidget(m_stateMessage);
    stateLayout->addWidget(m_stateRetry, 0, Qt::AlignHCenter);
    stateLayout->addStretch();
    m_body->addWidget(m_table);
    m_body->addWidget(statePanel);

    auto* toolbar = new QToolBar(this);
    toolbar->setAccessibleName(tr("Card actions"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const Action which : {Action::Activate, Action::Block, Action::Unblock}) // state changes
        toolbar->addAction(action(which));
    toolbar->addSeparator();
    for (const Action which : {Action::AddFunds, Action::WithdrawFunds, Action::Transfer, Action::Movements})
        toolbar->addAction(action(which));
    toolbar->addSeparator();
    toolbar->addAction(action(Action::CopyActivationLink));
    toolbar->addAction(action(Action::OpenActivationPage));
    if (m_mode == Mode::Partner) {
        toolbar->addSeparator();
        toolbar->addAction(action(Action::BlockSelected));
        toolbar->addAction(action(Action::UnblockSelected));
    }
    toolbar->addSeparator();
    toolbar->addAction(action(Action::Refresh));

    auto* top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_filter, 1);
    top->addWidget(statusLabel);
    top->addWidget(m_status);
    top->addWidget(m_count);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_listProblem, 1);
    bottom->addWidget(m_retry);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(toolbar);
    layout->addWidget(m_message);
    layout->addWidget(m_body, 1);
    layout->addLayout(bottom);
    setTabOrder(m_filter, m_status);
    setTabOrder(m_status, m_table);
    setTabOrder(m_table, m_retry);
}

void CardsView::showContextMenu(const QPoint& position) {
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setAccessibleName(tr("Card actions"));
    menu->setToolTipsVisible(true); // a disabled item says why
    menu->addActions({action(Action::Activate), action(Action::Block), action(Action::Unblock)});
    menu->addSeparator();
    menu->addActions(
        {action(Action::AddFunds), action(Action::WithdrawFunds), action(Action::Transfer), action(Action::Movements)});
    menu->addSeparator();
    menu->addActions({action(Action::CopyActivationLink), action(Action::OpenActivationPage)});
    if (m_mode == Mode::Partner) {
        menu->addSeparator();
        menu->addActions({action(Action::BlockSelected), action(Action::UnblockSelected)});
    }
    menu->addSeparator();
    menu->addActions({action(Action::SelectAll), action(Action::Refresh)});
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

} // namespace migo::views
