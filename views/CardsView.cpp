#include "CardsView.h"

#include "ActivationLink.h"
#include "CardActions.h"
#include "CardFilterProxyModel.h"
#include "CardListModel.h"
#include "FundsDialog.h"
#include "TransferDialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace migo::views {

using models::CardFilterProxyModel;
using models::CardListModel;

namespace {

enum BodyPage { TablePage, StatePage };

/// The Status column: the status text after a badge whose colour AND shape differ per status, so neither colour
/// vision nor a monochrome screen is needed to tell them apart. Colours from the Okabe–Ito palette.
class StatusBadgeDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear(); // the style draws the background, focus and selection; the badge and text are drawn here
        const QWidget* widget = opt.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const int side = badgeSide(opt.fontMetrics);
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &opt, widget) + 2;
        const QRect badge(opt.rect.left() + margin, opt.rect.center().y() - side / 2, side, side);
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                           : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                                : QPalette::Inactive;
        const QColor outline = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Base);

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        paintBadge(painter, badge, api::CardStatus(index.data(CardListModel::StatusRole).toInt()), outline);
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        const QRect textRect = opt.rect.adjusted(margin + side + side / 2 + 2, 0, -margin, 0);
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                          opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const int side = badgeSide(option.fontMetrics);
        size.rwidth() += side + side / 2 + 6;
        return size;
    }

private:
    static int badgeSide(const QFontMetrics& metrics) { return std::max(8, metrics.height() * 2 / 3); }

    static void paintBadge(QPainter* painter, const QRectF& box, api::CardStatus status, const QColor& outline) {
        const qreal stroke = std::max<qreal>(1.5, box.width() / 5);
        switch (status) {
        case api::CardStatus::Active: { // bluish green, filled circle
            painter->setPen(QPen(outline, 1));
            painter->setBrush(QColor(0x00, 0x9E, 0x73));
            painter->drawEllipse(box);
            return;
        }
        case api::CardStatus::Inactive: { // blue, hollow ring
            painter->setPen(QPen(QColor(0x00, 0x72, 0xB2), stroke));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(box.adjusted(stroke / 2, stroke / 2, -stroke / 2, -stroke / 2));
            return;
        }
        case api::CardStatus::Blocked: { // vermillion, filled square crossed by a bar ("no entry")
            painter->setPen(QPen(outline, 1));
            painter->setBrush(QColor(0xD5, 0x5E, 0x00));
            painter->drawRect(box);
            const qreal bar = box.height() / 5;
            painter->fillRect(QRectF(box.left() + bar, box.center().y() - bar / 2, box.width() - 2 * bar, bar),
                              Qt::white);
            return;
        }
        case api::CardStatus::Unknown:
            break;
        }
        // Reddish purple hollow diamond: a status this client does not know.
        QPainterPath diamond;
        diamond.moveTo(box.center().x(), box.top());
        diamond.lineTo(box.right(), box.center().y());
        diamond.lineTo(box.center().x(), box.bottom());
        diamond.lineTo(box.left(), box.center().y());
        diamond.closeSubpath();
        painter->setPen(QPen(QColor(0xCC, 0x79, 0xA7), stroke));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(diamond);
    }
};

QString shortcutSuffix(const QKeySequence& shortcut) {
    return shortcut.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(shortcut.toString(QKeySequence::NativeText));
}

} // namespace

CardsView::CardsView(api::CmsClient* client, CardListModel* model, Mode mode, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(model)
    , m_mode(mode)
    , m_proxy(new CardFilterProxyModel(this))
    , m_cardActions(new CardActions(client, this))
    , m_activationSite(productionActivationSite())
    , m_filter(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_message(new QLabel(this))
    , m_body(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_stateMessage(new QLabel(this))
    , m_stateRetry(new QPushButton(tr("&Retry"), this))
    , m_listProblem(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_filterDebounce(new QTimer(this)) {
    setAccessibleName(mode == Mode::Partner ? tr("Partner cards") : tr("Cardholder cards"));
    m_proxy->setSourceModel(model);

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
    if (mode != Mode::Partner) {
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

    buildLayout();

    m_filterDebounce->setSingleShot(true);
    m_filterDebounce->setInterval(200); // one pass over 200,000 rows once the agent pauses, not one per key
    connect(m_filter, &QLineEdit::textChanged, m_filterDebounce, qOverload<>(&QTimer::start));
    connect(m_filterDebounce, &QTimer::timeout, this, &CardsView::applyFilter);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_filterDebounce->stop();
        applyFilter();
        m_table->setFocus(Qt::OtherFocusReason);
        if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &CardsView::applyFilter);

    connect(m_table, &QTableView::activated, this, [this] { action(Action::Movements)->trigger(); });
    connect(m_table, &QWidget::customContextMenuRequested, this, &CardsView::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &CardsView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CardsView::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        updateActions();
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] {
        updateCount();
        updateActions();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        updateCount();
        updateActions();
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateCount();
        updateActions();
    });
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &CardsView::updateActions);
    connect(model, &CardListModel::stateChanged, this, &CardsView::updateState);
    connect(model, &QAbstractItemModel::modelReset, this, &CardsView::updateState);

    connect(m_stateRetry, &QPushButton::clicked, this, &CardsView::refresh);
    connect(m_retry, &QPushButton::clicked, this, &CardsView::refresh);

    connect(m_cardActions, &CardActions::runningChanged, this, &CardsView::updateActions);
    connect(m_cardActions, &CardActions::finished, this, [this](CardActions::Outcome outcome, const QString& text) {
        showMessage(text, outcome == CardActions::Outcome::Refused || outcome == CardActions::Outcome::Unknown);
    });
    // What the server now shows completes the sentence about the refusal or the unknown outcome, not replaces it.
    connect(m_cardActions, &CardActions::cardReread, this, [this](const api::Card& card, const QString& text) {
        m_model->updateCard(card);
        showMessage(m_message->text().isEmpty() ? text : m_message->text() + u'\n' + text, true);
    });
    connect(m_cardActions, &CardActions::rereadFailed, this, [this](const QString& text) {
        showMessage(m_message->text().isEmpty() ? text : m_message->text() + u'\n' + text, true);
    });

    updateState();
    updateCount();
    updateActions();
}

CardsView::~CardsView() {
    m_transferCards.cancel();
    m_cardActions->disconnect(this); // its dialogs close with this view; nothing to show any more
    m_cardActions->cancel();
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
    m_status->addItem(CardListModel::statusText(api::CardStatus::Active, {}), int(api::CardStatus::Active));
    m_status->addItem(CardListModel::statusText(api::CardStatus::Inactive, {}), int(api::CardStatus::Inactive));
    m_status->addItem(CardListModel::statusText(api::CardStatus::Blocked, {}), int(api::CardStatus::Blocked));
    auto* statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);

    m_count->setAccessibleName(tr("Card count"));
    m_message->setAccessibleName(tr("Card action message"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->hide();

    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Cards"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setItemDelegateForColumn(CardListModel::Status, new StatusBadgeDelegate(m_table));
    m_table->verticalHeader()->hide();
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

void CardsView::setOperatorEmail(const QString& email) {
    m_operatorEmail = email;
    m_cardActions->setOperatorEmail(email);
}

void CardsView::setActivationSite(const QUrl& pageUrl, const QString& clientSlug) {
    m_activationSite = pageUrl;
    m_clientSlug = clientSlug;
    updateActions();
}

void CardsView::focusFilter() {
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

std::optional<api::Card> CardsView::currentCard() const {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->card(m_proxy->mapToSource(current).row());
}

QList<qint64> CardsView::selectedCardIds() const {
    std::vector<int> rows;
    const QItemSelection selection = m_table->selectionModel()->selection();
    for (const QItemSelectionRange& range : selection)
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows.push_back(row);
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<qint64> ids;
    ids.reserve(qsizetype(rows.size()));
    for (const int row : rows) {
        const int sourceRow = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
        if (sourceRow >= 0)
            ids << m_model->cardAt(sourceRow).id;
    }
    return ids;
}

QUrl CardsView::activationLink() const {
    const std::optional<api::Card> card = currentCard();
    if (!card || !activationReason(*card).isEmpty())
        return {};
    return activationPageUrl(m_activationSite, m_clientSlug, *card->cardholderId);
}

void CardsView::applyFilter() {
    m_filterDebounce->stop();
    m_proxy->setFilterText(m_filter->text());
    const int status = m_status->currentData().toInt();
    m_proxy->setStatusFilter(status < 0 ? std::nullopt : std::optional<api::CardStatus>(api::CardStatus(status)));
    updateCount();
    updateActions();
}

void CardsView::setAvailability(Action which, const QString& reasonWhenDisabled) {
    QAction* target = action(which);
    const QString tip = reasonWhenDisabled.isEmpty() ? m_tips.at(int(which)) : reasonWhenDisabled;
    target->setEnabled(reasonWhenDisabled.isEmpty());
    target->setToolTip(tip);
    target->setStatusTip(tip);
}

QString CardsView::moneyReason(const api::Card& card) const {
    if (card.type == api::CardType::Linked)
        return tr("This is a linked card of another cardholder: money moves only on the cardholder's own cards.");
    if (!card.cardholderId)
        return tr("This card is not assigned to a cardholder yet.");
    switch (card.status) {
    case api::CardStatus::Active:
        return {};
    case api::CardStatus::Inactive:
        return tr("This card is inactive: activate it before moving money.");
    case api::CardStatus::Blocked:
        return tr("This card is blocked: unblock it before moving money.");
    case api::CardStatus::Unknown:
        break;
    }
    return tr("This card's status (%1) is not known to this application: refresh the list.").arg(card.statusWire);
}

QString CardsView::activationReason(const api::Card& card) const {
    if (card.type == api::CardType::Linked)
        return tr("This is a linked card of another cardholder: its owner activates it.");
    if (!card.cardholderId)
        return tr("This card is not assigned to a cardholder yet: the activation page needs the cardholder.");
    switch (card.status) {
    case api::CardStatus::Inactive:
        break;
    case api::CardStatus::Active:
        return tr("This card is already active.");
    case api::CardStatus::Blocked:
        return tr("This card is blocked, so it was activated before: unblock it instead.");
    case api::CardStatus::Unknown:
        return tr("This card's status (%1) is not known to this application: refresh the list.").arg(card.statusWire);
    }
    if (!m_activationSite.isValid() || m_activationSite.isEmpty())
        return tr("No activation page is configured for this connection.");
    return {};
}

void CardsView::updateActions() {
    const std::optional<api::Card> card = currentCard();
    const QString noCard = tr("Select a card first.");
    const bool busy = m_cardActions->isRunning();
    const std::pair<Action, api::CardAction> stateActions[] = {{Action::Activate, api::CardAction::Activate},
                                                               {Action::Block, api::CardAction::Block},
                                                               {Action::Unblock, api::CardAction::Unblock}};
    for (const auto& [which, cardAction] : stateActions) {
        QString reason = card ? CardActions::unavailableReason(*card, cardAction) : noCard;
        if (reason.isEmpty() && busy)
            reason = tr("Another card action is in progress: wait for its outcome.");
        setAvailability(which, reason);
    }
    const QString money = card ? moneyReason(*card) : noCard;
    setAvailability(Action::AddFunds, money);
    setAvailability(Action::WithdrawFunds, money);
    setAvailability(Action::Transfer, !money.isEmpty()              ? money
                                      : m_transferCards.isRunning() ? tr("Reading the cardholder's cards…")
                                                                    : QString());
    setAvailability(Action::Movements, !card ? noCard
                                       : card->cardholderId
                                           ? QString()
                                           : tr("This card is not assigned to a cardholder yet: it has no movements."));
    const QString activation = card ? activationReason(*card) : noCard;
    setAvailability(Action::CopyActivationLink, activation);
    setAvailability(Action::OpenActivationPage, activation);
    setAvailability(Action::Refresh, QString());
    setAvailability(Action::SelectAll, m_proxy->rowCount() > 0 ? QString() : tr("No card is shown."));
    const QString selection =
        m_table->selectionModel()->hasSelection() ? QString() : tr("Select one or more cards first.");
    setAvailability(Action::BlockSelected, selection);
    setAvailability(Action::UnblockSelected, selection);
}

void CardsView::updateState() {
    const int rows = m_model->rowCount();
    const CardListModel::State state = m_model->state();
    const bool error = state == CardListModel::State::Error;
    m_listProblem->setVisible(error && rows > 0);
    m_retry->setVisible(error && rows > 0);
    if (error && rows > 0)
        m_listProblem->setText(tr("The list could not be loaded again: %1").arg(m_model->errorText()));
    if (rows > 0) {
        m_body->setCurrentIndex(TablePage);
        updateCount();
        return;
    }
    m_body->setCurrentIndex(StatePage);
    m_stateRetry->setVisible(error);
    switch (state) {
    case CardListModel::State::Loading:
        m_stateMessage->setText(tr("Loading cards…"));
        break;
    case CardListModel::State::Error:
        m_stateMessage->setText(tr("The cards could not be loaded.\n%1").arg(m_model->errorText()));
        break;
    case CardListModel::State::Idle:
        m_stateMessage->setText(m_mode == Mode::Partner ? tr("No cards.") : tr("This cardholder has no cards."));
        break;
    }
    updateCount();
}

void CardsView::updateCount() {
    const QLocale locale;
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const bool filtering = !m_proxy->filterText().trimmed().isEmpty() || m_proxy->statusFilter().has_value();
    QString text = filtering ? tr("%1 of %2 cards").arg(locale.toString(shown), locale.toString(total))
                             : tr("%Ln card(s)", nullptr, total);
    if (m_model->state() == CardListModel::State::Loading && total > 0)
        text += u' ' + tr("(loading again…)");
    m_count->setText(text);
}

void CardsView::startAction(api::CardAction cardAction) {
    const std::optional<api::Card> card = currentCard();
    if (!card)
        return;
    showMessage(QString(), false);
    m_cardActions->start(*card, cardAction); // refuses a second start while one runs: one PATCH per action
}

void CardsView::openFunds(bool add) {
    const std::optional<api::Card> card = currentCard();
    if (!card || !moneyReason(*card).isEmpty())
        return;
    auto* dialog = new FundsDialog(core::OperationContext{m_client, nullptr, nullptr, m_operatorEmail}, *card,
                                   add ? FundsDialog::Kind::Add : FundsDialog::Kind::Withdraw, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The client's cardChanged already updates every list; the dialog's own signal also covers a balance it had
    // to read again.
    connect(dialog, &FundsDialog::cardChanged, m_model, &CardListModel::updateCard);
    connect(dialog, &FundsDialog::movementsRequested, this, [this, fallback = *card](qint64 cardId) {
        Q_EMIT movementsRequested(m_model->cardById(cardId).value_or(fallback));
    });
    dialog->open();
}

void CardsView::openTransfer() {
    const std::optional<api::Card> card = currentCard();
    if (!card || !moneyReason(*card).isEmpty() || m_transferCards.isRunning())
        return;
    if (m_mode == Mode::Cardholder && m_model->cardholderId() == card->cardholderId) {
        showTransfer(*card, m_model->cards());
        return;
    }
    // The partner list does not hold a cardholder's other cards together: read them first.
    showMessage(tr("Reading the cardholder's cards…"), false);
    m_transferCards = m_client->listCardholderCards(
        *card->cardholderId, this, [this, from = *card](const api::Result<QList<api::Card>>& result) {
            m_transferCards = {};
            updateActions();
            if (!result.ok()) {
                showMessage(tr("The cardholder's cards could not be read: %1").arg(result.error().userMessage), true);
                return;
            }
            showMessage(QString(), false);
            showTransfer(from, result.value());
        });
    updateActions();
}

void CardsView::showTransfer(const api::Card& from, const QList<api::Card>& cards) {
    auto* dialog = new TransferDialog(core::OperationContext{m_client, nullptr, nullptr, m_operatorEmail},
                                      *from.cardholderId, cards, from.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TransferDialog::cardChanged, m_model, &CardListModel::updateCard);
    connect(dialog, &TransferDialog::movementsRequested, this,
            [this, from](qint64 cardId) { Q_EMIT movementsRequested(m_model->cardById(cardId).value_or(from)); });
    dialog->open();
}

void CardsView::openMovements() {
    const std::optional<api::Card> card = currentCard();
    if (card && card->cardholderId)
        Q_EMIT movementsRequested(*card);
}

void CardsView::copyActivationLink() {
    const QUrl link = activationLink();
    if (!link.isValid())
        return;
    QApplication::clipboard()->setText(link.toString(QUrl::FullyEncoded));
    showMessage(tr("Activation link copied: %1").arg(link.toString(QUrl::FullyEncoded)), false);
}

void CardsView::openActivationPage() {
    const QUrl link = activationLink();
    if (!link.isValid())
        return;
    if (QDesktopServices::openUrl(link)) {
        showMessage(tr("Activation page opened: %1").arg(link.toString(QUrl::FullyEncoded)), false);
        return;
    }
    QApplication::clipboard()->setText(link.toString(QUrl::FullyEncoded));
    showMessage(tr("The activation page could not be opened here; its link was copied instead: %1")
                    .arg(link.toString(QUrl::FullyEncoded)),
                true);
}

void CardsView::refresh() {
    if (m_mode == Mode::Partner)
        m_model->loadPartnerCards(); // the rows stay until the new answer replaces them
    else
        m_model->reload();
}

void CardsView::requestBulk(api::BulkCardAction bulkAction) {
    if (m_mode != Mode::Partner)
        return;
    const QList<qint64> ids = selectedCardIds();
    if (!ids.isEmpty())
        Q_EMIT bulkRequested(bulkAction, ids);
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

void CardsView::showMessage(const QString& text, bool problem) {
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #c62828;") : QString());
    m_message->setVisible(!text.isEmpty());
}

} // namespace migo::views
