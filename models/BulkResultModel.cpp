#include "BulkResultModel.h"

#include "ApiError.h"
#include "CardListModel.h"
#include "CsvWriter.h"
#include "Format.h"

#include <QSet>

#include <algorithm>
#include <utility>

namespace migo::models {

namespace {

BulkResultModel::Outcome fromCore(core::BulkCardOutcome outcome) {
    switch (outcome) {
    case core::BulkCardOutcome::Done:
        return BulkResultModel::Outcome::Done;
    case core::BulkCardOutcome::AlreadyInState:
        return BulkResultModel::Outcome::AlreadyInState;
    case core::BulkCardOutcome::Refused:
        return BulkResultModel::Outcome::Refused;
    case core::BulkCardOutcome::NotSent:
        return BulkResultModel::Outcome::NotSent;
    case core::BulkCardOutcome::OutcomeUnknown:
        break;
    }
    return BulkResultModel::Outcome::OutcomeUnknown;
}

} // namespace

BulkResultModel::BulkResultModel(QObject* parent)
    : QAbstractTableModel(parent) {}

BulkResultModel::~BulkResultModel() = default;

int BulkResultModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BulkResultModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkResultModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayText(entry, index.column());
    case Qt::ToolTipRole:
        // The business code stays one hover away for an escalation; the cell says it in words.
        if (index.column() == MessageColumn && !entry.code.isEmpty())
            return core::Format::plainToolTip(tr("Code %1: %2").arg(entry.code, entry.message));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == IdColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case CardIdRole:
        return entry.cardId;
    case OutcomeRole:
        return int(entry.outcome);
    case KnownRole:
        return entry.status.has_value();
    case StatusRole:
        return entry.status ? QVariant(int(*entry.status)) : QVariant();
    case SortRole:
        if (index.column() == IdColumn)
            return entry.cardId;
        if (index.column() == OutcomeColumn)
            return int(entry.outcome);
        return displayText(entry, index.column());
    default:
        return {};
    }
}

QString BulkResultModel::displayText(const Entry& entry, int column) const {
    switch (Column(column)) {
    case IdColumn:
        return QString::number(entry.cardId);
    case MaskedPanColumn:
        return entry.maskedPan;
    case CardholderColumn:
        return entry.cardholder;
    case StatusColumn:
        return entry.status ? core::Format::cardStatus(*entry.status, entry.statusWire) : tr("state not known");
    case OutcomeColumn:
        return outcomeText(entry.outcome, m_action);
    case StatusNowColumn:
        return statusNowText(entry);
    case MessageColumn:
        return reasonText(entry);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BulkResultModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case IdColumn:
        return tr("Card id");
    case MaskedPanColumn:
        return tr("Card number");
    case CardholderColumn:
        return tr("Cardholder");
    case StatusColumn:
        return tr("Status before");
    case OutcomeColumn:
        return tr("Outcome");
    case StatusNowColumn:
        return tr("Status now");
    case MessageColumn:
        return tr("Reason");
    case ColumnCount:
        break;
    }
    return {};
}

bool BulkResultModel::removeRows(int row, int count, const QModelIndex& parent) {
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_entries.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_entries.remove(row, count);
    rebuildIndex();
    endRemoveRows();
    recount();
    return true;
}

void BulkResultModel::setAction(api::BulkCardAction action) {
    if (m_action == action)
        return;
    m_action = action;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, OutcomeColumn), index(rowCount() - 1, StatusNowColumn), {Qt::DisplayRole});
}

void BulkResultModel::setCards(const QList<qint64>& cardIds, const CardListModel* knownCards) {
    beginResetModel();
    m_entries.clear();
    m_entries.reserve(cardIds.size());
    QSet<qint64> seen;
    for (qint64 id : cardIds) {
        if (seen.contains(id))
            continue; // the server refuses repeated ids (contract §8)
        seen.insert(id);
        Entry entry;
        entry.cardId = id;
        if (knownCards) {
            if (const int row = knownCards->rowOfCard(id); row >= 0) {
                const api::Card& card = knownCards->cardAt(row);
                entry.maskedPan = card.maskedPan;
                entry.cardholder = card.cardholderName;
                entry.status = card.status;
                entry.statusWire = card.statusWire;
            }
        }
        m_entries << entry;
    }
    rebuildIndex();
    endResetModel();
    recount();
}

QList<qint64> BulkResultModel::cardIds() const {
    QList<qint64> ids;
    ids.reserve(m_entries.size());
    for (const Entry& entry : m_entries)
        ids << entry.cardId;
    return ids;
}

void BulkResultModel::resetOutcomes() {
    if (m_entries.isEmpty())
        return;
    for (Entry& entry : m_entries) {
        entry.outcome = Outcome::Pending;
        entry.code.clear();
        entry.message.clear();
    }
    emitRowsChanged(0, rowCount() - 1);
    recount();
}

void BulkResultModel::applyResult(const QList<qint64>& batch, const api::BulkResult& result) {
    applyCards(core::BulkCardChange::resultsOf(batch, result));
}

void BulkResultModel::applyCards(const QList<core::BulkCardResult>& cards) {
    int first = rowCount();
    int last = -1;
    for (const core::BulkCardResult& card : cards) {
        const int row = rowOfCard(card.cardId);
        if (row < 0)
            continue;
        setOutcome(row, fromCore(card.outcome), card.code, card.message);
        first = std::min(first, row);
        last = std::max(last, row);
    }
    if (last >= 0)
        emitRowsChanged(first, last);
    recount();
}

int BulkResultModel::unknownCount() const {
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const Entry& e) { return !e.status; }));
}

int BulkResultModel::countWithStatus(api::CardStatus status) const {
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [status](const Entry& e) { return e.status && *e.status == status; }));
}

bool BulkResultModel::exportCsv(const QString& path, QString* error) const {
    const QStringList headers{tr("Card id"),    tr("Card number"), tr("Cardholder"), tr("Status before"), tr("Outcome"),
                              tr("Status now"), tr("Reason"),      tr("Code"),       tr("Server message")};
    return CsvWriter::write(
        path, headers, rowCount(),
        [this](int row) {
            const Entry& entry = m_entries.at(row);
            return QStringList{QString::number(entry.cardId),
                               entry.maskedPan,
                               entry.cardholder,
                               displayText(entry, StatusColumn),
                               outcomeText(entry.outcome, m_action),
                               statusNowText(entry),
                               reasonText(entry),
                               entry.code,
                               entry.message};
        },
        error);
}

QString BulkResultModel::statusNowText(const Entry& entry) const {
    const api::CardStatus target =
        m_action == api::BulkCardAction::Block ? api::CardStatus::Blocked : api::CardStatus::Active;
    switch (entry.outcome) {
    case Outcome::Pending:
        return {};
    case Outcome::Done:
    case Outcome::AlreadyInState:
        return core::Format::cardStatus(target, {});
    case Outcome::Refused:
    case Outcome::NotSent:
        // Nothing changed: the status before, when it was known.
        return entry.status ? core::Format::cardStatus(*entry.status, entry.statusWire) : tr("state not known");
    case Outcome::OutcomeUnknown:
        break;
    }
    return tr("not known — check the card");
}

QString BulkResultModel::reasonText(const Entry& entry) {
    if (!entry.code.isEmpty())
        if (const QString sentence = api::errors::sentenceForCode(entry.code); !sentence.isEmpty())
            return sentence;
    return entry.message;
}

QString BulkResultModel::outcomeText(Outcome outcome, api::BulkCardAction action) {
    const bool block = action == api::BulkCardAction::Block;
    switch (outcome) {
    case Outcome::Pending:
        return tr("Pending");
    case Outcome::Done:
        return block ? tr("Blocked") : tr("Unblocked");
    case Outcome::AlreadyInState:
        return block ? tr("Already blocked") : tr("Already active");
    case Outcome::Refused:
        return tr("Refused");
    case Outcome::NotSent:
        return tr("Not sent");
    case Outcome::OutcomeUnknown:
        return tr("Outcome unknown");
    }
    return {};
}

void BulkResultModel::setOutcome(int row, Outcome outcome, const QString& code, const QString& message) {
    Entry& entry = m_entries[row];
    entry.outcome = outcome;
    entry.code = code;
    entry.message = message;
}

void BulkResultModel::rebuildIndex() {
    m_rowById.clear();
    m_rowById.reserve(m_entries.size());
    for (int row = 0; row < m_entries.size(); ++row)
        m_rowById.insert(m_entries.at(row).cardId, row);
}

void BulkResultModel::recount() {
    std::array<int, outcomeCount> counts{};
    for (const Entry& entry : std::as_const(m_entries))
        ++counts.at(std::size_t(entry.outcome));
    if (counts == m_counts)
        return;
    m_counts = counts;
    Q_EMIT countsChanged();
}

void BulkResultModel::emitRowsChanged(int first, int last) {
    Q_EMIT dataChanged(index(first, OutcomeColumn), index(last, MessageColumn),
                       {Qt::DisplayRole, Qt::AccessibleTextRole, OutcomeRole, SortRole});
}

} // namespace migo::models
