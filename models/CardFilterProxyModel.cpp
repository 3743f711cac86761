#include "CardFilterProxyModel.h"

#include "CardListModel.h"
#include "Format.h"

namespace migo::models {

namespace {

constexpr api::CardStatus kKnownStatuses[] = {api::CardStatus::Inactive, api::CardStatus::Active,
                                              api::CardStatus::Blocked};

} // namespace

CardFilterProxyModel::CardFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(CardListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CardFilterProxyModel::setSourceModel(QAbstractItemModel* sourceModel) {
    for (const QMetaObject::Connection& connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    m_cards = qobject_cast<CardListModel*>(sourceModel);
    m_acceptedValid = false;
    if (m_cards) {
        // Connected before the base class connects its own handlers, so these run first: the answers are ready
        // when QSortFilterProxyModel asks for them.
        m_sourceConnections << connect(m_cards, &QAbstractItemModel::modelReset, this,
                                       &CardFilterProxyModel::decideAllRows)
                            << connect(m_cards, &QAbstractItemModel::dataChanged, this,
                                       [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                                           decideRows(topLeft.row(), bottomRight.row());
                                       })
                            << connect(m_cards, &QObject::destroyed, this, [this] {
                                   m_cards = nullptr;
                                   m_acceptedValid = false;
                               });
        // A sort rearranges the rows: decide them again in their new places.
        m_sourceConnections << connect(m_cards, &QAbstractItemModel::layoutChanged, this,
                                       &CardFilterProxyModel::decideAllRows);
        // CardListModel never inserts, removes or moves rows; should it, rows are decided one by one instead.
        const auto forget = [this] { m_acceptedValid = false; };
        m_sourceConnections << connect(m_cards, &QAbstractItemModel::rowsInserted, this, forget)
                            << connect(m_cards, &QAbstractItemModel::rowsRemoved, this, forget)
                            << connect(m_cards, &QAbstractItemModel::rowsMoved, this, forget);
    }
    QSortFilterProxyModel::setSourceModel(sourceModel);
    decideAllRows();
}

void CardFilterProxyModel::setFilterText(const QString& text) {
    const QStringList words = CardListModel::foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
    m_text = text;
    if (words == m_words)
        return;
    m_words = words;
    m_wordStatus.clear();
    for (const QString& word : std::as_const(m_words)) {
        std::array<bool, kStatusCount> matches{};
        for (const api::CardStatus status : kKnownStatuses)
            matches[std::size_t(status)] =
                CardListModel::foldForSearch(core::Format::cardStatus(status)).startsWith(word);
        m_wordStatus.append(matches);
    }
    refilter();
}

void CardFilterProxyModel::setStatusFilter(std::optional<api::CardStatus> status) {
    if (status == m_status)
        return;
    m_status = status;
    refilter();
}

void CardFilterProxyModel::refilter() {
    decideAllRows();
    // One layout change, not invalidateRowsFilter(): that removes and inserts every run of rows that changed
    // separately, and the view redoes its bookkeeping for each run. "Blocked" over 200,000 mixed cards is 60,000
    // runs: a minute of frozen GUI, against 20 ms for a layout change.
    invalidate();
}

bool CardFilterProxyModel::matches(api::CardStatus status, const QString& key) const {
    if (m_status && status != *m_status)
        return false;
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        if (!m_wordStatus.at(i)[std::size_t(status)] && !key.contains(m_words.at(i)))
            return false;
    }
    return true;
}

void CardFilterProxyModel::decideAllRows() {
    m_acceptedValid = false;
    if (!m_cards || !filtering())
        return;
    // Raw arrays and hoisted state: in a Debug build every accessor would be a call, 200,000 times over.
    const api::Card* cards = m_cards->cards().constData();
    const QString* keys = m_cards->filterKeys().constData();
    const qsizetype count = m_cards->cards().size();
    const QString* words = m_words.constData();
    const qsizetype wordCount = m_words.size();
    std::vector<char> wordStatus(std::size_t(wordCount) * kStatusCount);
    for (qsizetype w = 0; w < wordCount; ++w)
        for (int s = 0; s < kStatusCount; ++s)
            wordStatus[std::size_t(w * kStatusCount + s)] = m_wordStatus.at(w)[std::size_t(s)];
    const char* statusMatches = wordStatus.data();
    const bool byStatus = m_status.has_value();
    const api::CardStatus wanted = m_status.value_or(api::CardStatus::Unknown);
    m_accepted.resize(std::size_t(count));
    char* accepted = m_accepted.data();
    for (qsizetype row = 0; row < count; ++row) {
        const auto status = int(cards[row].status);
        bool ok = !byStatus || cards[row].status == wanted;
        for (qsizetype w = 0; ok && w < wordCount; ++w)
            ok = statusMatches[w * kStatusCount + status] || keys[row].contains(words[w]);
        accepted[row] = ok;
    }
    m_acceptedValid = true;
}

void CardFilterProxyModel::decideRows(int first, int last) {
    if (!m_acceptedValid || !m_cards || last >= int(m_accepted.size()))
        return;
    for (int row = std::max(first, 0); row <= last; ++row)
        m_accepted[std::size_t(row)] = matches(m_cards->cardAt(row).status, m_cards->filterKey(row));
}

bool CardFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (!filtering())
        return true; // the common case for 200,000 rows: no per-row work
    if (m_acceptedValid && std::size_t(sourceRow) < m_accepted.size())
        return m_accepted[std::size_t(sourceRow)];
    if (m_cards)
        return matches(m_cards->cardAt(sourceRow).status, m_cards->filterKey(sourceRow));
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return matches(api::CardStatus(index.data(CardListModel::StatusRole).toInt()),
                   index.data(CardListModel::FilterKeyRole).toString());
}

void CardFilterProxyModel::sort(int column, Qt::SortOrder order) {
    if (m_cards) {
        m_cards->sort(column, order); // on a worker; this proxy keeps the source's order
        return;
    }
    QSortFilterProxyModel::sort(column, order);
}

} // namespace migo::models
