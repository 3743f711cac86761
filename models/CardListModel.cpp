#include "CardListModel.h"

#include "CardListStreaming_p.h"
#include "CardStore.h"
#include "Format.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <memory>
#include <vector>

namespace migo::models {

CardListModel::CardListModel(api::CmsClient* client, core::CardStore* cardStore, QObject* parent)
    : QAbstractTableModel(parent)
    , m_client(client) {
    setCardStore(cardStore);
}

void CardListModel::setCardStore(core::CardStore* cardStore) {
    if (m_cardStore)
        m_cardStore->disconnect(this);
    m_cardStore = cardStore;
    if (!cardStore)
        return;
    // Every list of cards follows every operation, wherever it was started (no stale row after a block).
    connect(cardStore, &core::CardStore::cardChanged, this, &CardListModel::updateCard);
    connect(cardStore, &core::CardStore::cardStatusesChanged, this,
            [this](const QList<qint64>& cardIds, api::CardStatus status) {
                for (const qint64 cardId : cardIds)
                    updateStatus(cardId, status);
            });
    connect(cardStore, &QObject::destroyed, this, [this] { m_cardStore = nullptr; });
}

CardListModel::~CardListModel() {
    cancelPending();
    cancelSort();
    disposeOnWorker(std::move(m_rows));
}

int CardListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.cards.size());
}

int CardListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CardListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::Card& c = m_rows.cards.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case CardIdRole:
        return c.id;
    case CardholderIdRole:
        return c.cardholderId ? QVariant(*c.cardholderId) : QVariant();
    case StatusRole:
        return int(c.status);
    case TypeRole:
        return int(c.type);
    case FilterKeyRole:
        return m_rows.filterKeys.at(index.row());
    case Qt::TextAlignmentRole:
        if (column == Id || column == Balance)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == Status) // the exact value the server sent, for a support ticket, shown as written
            return core::Format::plainToolTip(c.statusWire);
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    switch (column) {
    case Id:
        return sort ? QVariant(c.id) : QVariant(QString::number(c.id));
    case Balance:
        if (sort)
            return qint64(c.balance.units());
        return core::Format::money(c.balance, c.currency);
    case Cardholder:
        if (c.cardholderName.isEmpty() && !c.cardholderId && !sort)
            return tr("Not assigned");
        return c.cardholderName;
    case MaskedPan:
    case Alias:
    case Type:
    case Status:
        return columnText(c, column);
    case ColumnCount:
        break;
    }
    return {};
}

QString CardListModel::columnText(const api::Card& card, Column column) {
    switch (column) {
    case MaskedPan:
        return card.maskedPan;
    case Alias:
        return card.alias;
    case Type:
        return typeText(card.type, card.typeWire);
    case Status:
        return core::Format::cardStatus(card.status, card.statusWire);
    case Cardholder:
        return card.cardholderName;
    case Id:
    case Balance:
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CardListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Id:
        return tr("ID");
    case MaskedPan:
        return tr("Card number");
    case Alias:
        return tr("Alias");
    case Type:
        return tr("Type");
    case Status:
        return tr("Status");
    case Balance:
        return tr("Balance");
    case Cardholder:
        return tr("Cardholder");
    case ColumnCount:
        break;
    }
    return {};
}

void CardListModel::loadPartnerCards() {
    if (m_source != Source::Partner)
        replaceRows({});
    m_source = Source::Partner;
    m_cardholderId.reset();
    start();
}

void CardListModel::loadCardholderCards(qint64 cardholderId) {
    if (m_source != Source::Cardholder || m_cardholderId != cardholderId)
        replaceRows({}); // never another cardholder's cards under this one's name
    m_source = Source::Cardholder;
    m_cardholderId = cardholderId;
    start();
}

void CardListModel::reload() {
    if (m_source != Source::None)
        start();
}

void CardListModel::clear() {
    cancelPending();
    ++m_generation;
    m_source = Source::None;
    m_cardholderId.reset();
    replaceRows({});
    m_errorText.clear();
    setState(State::Idle);
}

std::optional<api::Card> CardListModel::card(int row) const {
    if (row < 0 || row >= m_rows.cards.size())
        return std::nullopt;
    return m_rows.cards.at(row);
}

std::optional<api::Card> CardListModel::cardById(qint64 cardId) const {
    const int row = rowOfCard(cardId);
    if (row < 0)
        return std::nullopt;
    return m_rows.cards.at(row);
}

void CardListModel::updateCard(const api::Card& card) {
    const int row = rowOfCard(card.id);
    if (row < 0)
        return;
    const api::Card& current = m_rows.cards.at(row);
    api::Card next = card;
    if (current.type == api::CardType::Linked) { // the action answers the owner's view of the card
        next.type = current.type;
        next.typeWire = current.typeWire;
        next.alias = current.alias;
    }
    if (next.maskedPan.isEmpty())
        next.maskedPan = current.maskedPan;
    if (next.cardholderName.isEmpty() && next.cardholderId == current.cardholderId)
        next.cardholderName = current.cardholderName;
    next.maskedPan = maskedPan(next.maskedPan);
    setRow(row, next);
}

void CardListModel::updateStatus(qint64 cardId, api::CardStatus status) {
    const int row = rowOfCard(cardId);
    if (row < 0 || status == api::CardStatus::Unknown)
        return;
    api::Card next = m_rows.cards.at(row);
    next.status = status;
    next.statusWire = api::cardStatusWire(status);
    setRow(row, next);
}

QString CardListModel::typeText(api::CardType type, const QString& wire) {
    switch (type) {
    case api::CardType::Physical:
        return tr("Issued");
    case api::CardType::Linked:
        return tr("Linked");
    case api::CardType::Unknown:
        break;
    }
    return wire.isEmpty() ? tr("Unknown") : wire;
}

void CardListModel::start() {
    const bool interruptedStream = isStreaming();
    cancelPending();
    if (interruptedStream)
        replaceRows({}); // part of a list is no list: stream it again from the start
    const quint64 generation = ++m_generation;
    setState(State::Loading);
    if (m_source == Source::Partner && m_rows.cards.isEmpty()) {
        startStreaming(generation); // nothing on screen yet: show rows as they arrive
        return;
    }
    auto done = [this, generation](const api::Result<QList<api::Card>>& result) { receive(generation, result); };
    if (m_source == Source::Partner)
        m_pending = m_client->listPartnerCards(this, done);
    else
        m_pending = m_client->listCardholderCards(m_cardholderId.value_or(0), this, done);
}

void CardListModel::receive(quint64 generation, const api::Result<QList<api::Card>>& result) {
    if (generation != m_generation)
        return; // the answer to a load that was replaced or cleared
    m_pending = {};
    if (!result.ok()) {
        replaceRows({}); // rows of an earlier load would be stale: show none rather than old balances
        m_errorText = result.error().userMessage;
        setState(State::Error);
        return;
    }
    auto* watcher = new QFutureWatcher<Rows>(this);
    m_preparing = watcher;
    const int column = m_sortColumn;
    const Qt::SortOrder order = m_sortOrder;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, column, order] {
        watcher->deleteLater();
        if (watcher != m_preparing || generation != m_generation)
            return;
        m_preparing = nullptr;
        replaceRows(watcher->future().takeResult());
        m_errorText.clear();
        setState(State::Idle);
        Q_EMIT loaded(rowCount());
        if (column != m_sortColumn || order != m_sortOrder)
            startSort(); // the header was clicked while the rows were being prepared
    });
    // The list is implicitly shared: handing it to the worker copies no card.
    watcher->setFuture(QtConcurrent::run(&CardListModel::prepare, result.value(), column, order));
}

void CardListModel::replaceRows(Rows rows) {
    cancelSort(); // new rows arrive in the current order (prepare() sorted them)
    if (rows.cards.isEmpty() && m_rows.cards.isEmpty())
        return;
    beginResetModel();
    Rows old = std::exchange(m_rows, std::move(rows));
    ++m_revision;
    endResetModel();
    disposeOnWorker(std::move(old));
}

void CardListModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= ColumnCount) {
        column = -1;
        order = Qt::AscendingOrder;
    }
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_streaming)
        return; // applied once every row is in
    if (m_preparing) {
        cancelSort(); // the rows on their way are sorted again when they land
        return;
    }
    startSort();
}

void CardListModel::startSort() {
    cancelSort();
    if (m_rows.cards.isEmpty())
        return;
    const quint64 revision = m_revision;
    auto* watcher = new QFutureWatcher<Rows>(this);
    m_sorting = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, revision] {
        watcher->deleteLater();
        if (watcher != m_sorting)
            return;
        m_sorting = nullptr;
        if (revision != m_revision) {
            startSort(); // a row changed meanwhile: sort the current rows instead
            return;
        }
        applySorted(watcher->future().takeResult());
    });
    watcher->setFuture(QtConcurrent::run(&CardListModel::sorted, m_rows, m_sortColumn, m_sortOrder));
}

void CardListModel::applySorted(Rows rows) {
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Views keep their current and selected cards: every persistent index follows its row to its new place.
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    if (!from.isEmpty()) {
        std::vector<int> newRowOfLoad(std::size_t(rows.loadOrder.size()), -1);
        for (qsizetype row = 0; row < rows.loadOrder.size(); ++row)
            newRowOfLoad[std::size_t(rows.loadOrder.at(row))] = int(row);
        to.reserve(from.size());
        for (const QModelIndex& old : from)
            to << createIndex(newRowOfLoad[std::size_t(m_rows.loadOrder.at(old.row()))], old.column());
    }
    Rows old = std::exchange(m_rows, std::move(rows));
    ++m_revision;
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    disposeOnWorker(std::move(old));
}

void CardListModel::disposeOnWorker(Rows rows) {
    // Freeing 200,000 cards takes tens of milliseconds: a pool thread does it. The shell left behind is empty, so
    // whichever thread drops the last reference to it frees nothing.
    if (rows.cards.isEmpty())
        return;
    auto holder = std::make_shared<Rows>(std::move(rows));
    QThreadPool::globalInstance()->start([holder] { *holder = Rows(); });
}

void CardListModel::setRow(int row, const api::Card& card) {
    // The row keeps its place even when the sorted column changed: rows do not jump under the operator's pointer.
    m_rows.cards[row] = card;
    m_rows.filterKeys[row] = filterKeyOf(card);
    ++m_revision;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CardListModel::cancelPending() {
    m_pending.cancel();
    m_pending = {};
    stopStreaming();
    if (m_preparing) {
        m_preparing->disconnect(this);
        m_preparing->deleteLater(); // the worker finishes on its own; its result is dropped
        m_preparing = nullptr;
    }
}

void CardListModel::cancelSort() {
    if (m_sorting) {
        m_sorting->disconnect(this);
        m_sorting->deleteLater();
        m_sorting = nullptr;
    }
}

void CardListModel::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

} // namespace migo::models
