#include "CardsView.h"

#include "ActivationLink.h"
#include "AppClipboard.h"
#include "CardActions.h"
#include "CardFilterProxyModel.h"
#include "CardListModel.h"
#include "CardPolicy.h"
#include "Format.h"
#include "FundsDialog.h"
#include "Palette.h"
#include "TransferDialog.h"

#include <QAction>
#include <QApplication>
#include <QColor>
#include <QComboBox>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace migo::views {

using models::CardFilterProxyModel;
using models::CardListModel;

namespace {

enum BodyPage { TablePage, StatePage };

} // namespace

CardsView::CardsView(const core::OperationContext& context, CardListModel* model, Mode mode, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(model)
    , m_mode(mode)
    , m_proxy(new CardFilterProxyModel(this))
    , m_cardActions(new CardActions(context, this))
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

    createActions();
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
        if (m_model->isStreaming())
            updateState(); // the first rows of a streamed load replace "Loading cards…"
        else
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
    connect(m_cardActions, &CardActions::finished, this, [this](core::Outcome outcome, const QString& text) {
        showMessage(text, outcome == core::Outcome::Refused || outcome == core::Outcome::Unknown);
    });
    // What the server now shows completes the sentence about the refusal or the unknown outcome, not replaces it.
    // The card itself is already published on the card store, which every list follows.
    connect(m_cardActions, &CardActions::cardReread, this, [this](const api::Card&, const QString& text) {
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
    // A row the table only put its focus frame on (e.g. on focus in, or after Ctrl+click took it out of the
    // selection) is not a card the agent chose: single-card actions need the current row to be selected.
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), current.parent()))
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
    if (!reason(card, core::CardOperation::ActivationLink).isEmpty())
        return {};
    return activationPageUrl(m_activationSite, m_clientSlug, *card->cardholderId);
}

void CardsView::applyFilter() {
    m_filterDebounce->stop();
    if (m_model->isStreaming())
        return; // kept as typed; applied once every card has arrived (updateState)
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
    target->setToolTip(core::Format::plainToolTip(tip));
    target->setStatusTip(tip);
}

QString CardsView::reason(const std::optional<api::Card>& card, core::CardOperation operation) const {
    if (!card)
        return tr("Select a card first.");
    QString why = core::CardPolicy::unavailableReason(*card, operation, m_context.permissions());
    // Which page activates a card is this connection's configuration, not the card's.
    if (why.isEmpty() && operation == core::CardOperation::ActivationLink &&
        (!m_activationSite.isValid() || m_activationSite.isEmpty()))
        why = tr("No activation page is configured for this connection.");
    return why;
}

void CardsView::updateActions() {
    using core::CardOperation;
    const std::optional<api::Card> card = currentCard();
    const bool busy = m_cardActions->isRunning();
    for (const auto& [which, operation] :
         {std::pair{Action::Activate, CardOperation::Activate}, std::pair{Action::Block, CardOperation::Block},
          std::pair{Action::Unblock, CardOperation::Unblock}}) {
        QString why = reason(card, operation);
        if (why.isEmpty() && busy)
            why = tr("Another card action is in progress: wait for its outcome.");
        setAvailability(which, why);
    }
    setAvailability(Action::AddFunds, reason(card, CardOperation::AddFunds));
    setAvailability(Action::WithdrawFunds, reason(card, CardOperation::WithdrawFunds));
    const QString transfer = reason(card, CardOperation::Transfer);
    setAvailability(Action::Transfer, !transfer.isEmpty()           ? transfer
                                      : m_transferCards.isRunning() ? tr("Reading the cardholder's cards…")
                                                                    : QString());
    setAvailability(Action::Movements, reason(card, CardOperation::Movements));
    const QString activation = reason(card, CardOperation::ActivationLink);
    setAvailability(Action::CopyActivationLink, activation);
    setAvailability(Action::OpenActivationPage, activation);
    setAvailability(Action::Refresh, QString());
    setAvailability(Action::SelectAll, m_proxy->rowCount() > 0 ? QString() : tr("No card is shown."));
    const QString selection =
        m_table->selectionModel()->hasSelection() ? QString() : tr("Select one or more cards first.");
    const auto* permissions = m_context.permissions();
    const QString blockRole = core::CardPolicy::permissionReason(core::CardOperation::Block, permissions);
    const QString unblockRole = core::CardPolicy::permissionReason(core::CardOperation::Unblock, permissions);
    setAvailability(Action::BlockSelected, blockRole.isEmpty() ? selection : blockRole);
    setAvailability(Action::UnblockSelected, unblockRole.isEmpty() ? selection : unblockRole);
}

void CardsView::updateState() {
    const int rows = m_model->rowCount();
    const CardListModel::State state = m_model->state();
    // While a streamed load's rows arrive, their order and number still change: say when sorting and filtering
    // come rather than offer them half-working (issue 19).
    // The filter can be typed at once (Ctrl+F as the section opens); it applies when the list is complete.
    const bool streaming = m_model->isStreaming();
    const QString waitForAll =
        streaming ? tr("Sorting and filtering are available once every card has arrived.") : QString();
    if (m_waitingForAll && !streaming)
        applyFilter();
    m_waitingForAll = streaming;
    m_table->horizontalHeader()->setSectionsClickable(!streaming);
    m_filter->setToolTip(waitForAll);
    m_status->setToolTip(waitForAll);
    m_table->horizontalHeader()->setToolTip(waitForAll);
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
    if (m_model->isStreaming())
        text = tr("%Ln card(s) so far…", nullptr, total);
    else if (m_model->state() == CardListModel::State::Loading && total > 0)
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
    if (!reason(card, add ? core::CardOperation::AddFunds : core::CardOperation::WithdrawFunds).isEmpty())
        return;
    auto* dialog = new FundsDialog(m_context, *card, add ? FundsDialog::Kind::Add : FundsDialog::Kind::Withdraw, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FundsDialog::movementsRequested, this, [this, fallback = *card](qint64 cardId) {
        Q_EMIT movementsRequested(m_model->cardById(cardId).value_or(fallback));
    });
    dialog->open();
}

void CardsView::openTransfer() {
    const std::optional<api::Card> card = currentCard();
    if (!reason(card, core::CardOperation::Transfer).isEmpty() || m_transferCards.isRunning())
        return;
    if (m_mode == Mode::Cardholder && m_model->cardholderId() == card->cardholderId) {
        showTransfer(*card, m_model->cards());
        return;
    }
    // The partner list does not hold a cardholder's other cards together: read them first.
    showMessage(tr("Reading the cardholder's cards…"), false);
    m_transferCards = m_context.client->listCardholderCards(
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
    auto* dialog = new TransferDialog(m_context, *from.cardholderId, cards, from.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
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
    appClipboard::copy(link.toString(QUrl::FullyEncoded));
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
    appClipboard::copy(link.toString(QUrl::FullyEncoded));
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
void CardsView::showMessage(const QString& text, bool problem) {
    m_message->setText(text);
    m_message->setStyleSheet(problem ? core::palette::errorTextStyle() : QString());
    m_message->setVisible(!text.isEmpty());
}

} // namespace migo::views
