#pragma once

#include "Types.h"

#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace migo::models {

class CardListModel;

/// Filters and sorts a CardListModel on the client (the card lists have no server-side search).
///
/// A filter change, and a new load or sort under a filter, first decide every row in one tight pass over the model's
/// precomputed search keys (CardListModel::filterKeys), then let QSortFilterProxyModel read the answers: narrowing
/// 200,000 cards costs tens of milliseconds, not hundreds. sort() is handed to CardListModel::sort(), which sorts on
/// a worker: this proxy itself never sorts a CardListModel. Any other source model is filtered through
/// CardListModel::FilterKeyRole and StatusRole and sorted here by CardListModel::SortRole.
class CardFilterProxyModel final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardFilterProxyModel)

public:
    explicit CardFilterProxyModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* sourceModel) override;
    /// Asks a CardListModel source to sort itself (asynchronously); sorts any other source here.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Case- and accent-insensitive; matches the id, masked PAN (any digits in it, e.g. the last four), alias,
    /// cardholder name, or the start of the translated status text ("block" finds Blocked cards, not Active ones).
    /// Words separated by spaces must all match, each in any of these fields. Empty text matches every row.
    void setFilterText(const QString& text);
    const QString& filterText() const { return m_text; }
    /// Only cards in `status`; nothing for every status.
    void setStatusFilter(std::optional<api::CardStatus> status);
    std::optional<api::CardStatus> statusFilter() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    static constexpr int kStatusCount = int(api::CardStatus::Unknown) + 1;

    bool filtering() const { return m_status || !m_words.isEmpty(); }
    bool matches(api::CardStatus status, const QString& key) const;
    /// Decides every row of the CardListModel source into m_accepted (one pass, no call per row).
    void decideAllRows();
    void decideRows(int first, int last);
    void refilter();

    CardListModel* m_cards = nullptr; ///< the source when it is a CardListModel
    QList<QMetaObject::Connection> m_sourceConnections;
    QString m_text;
    QStringList m_words;                                ///< folded words of m_text
    QList<std::array<bool, kStatusCount>> m_wordStatus; ///< per word: which statuses' text starts with it
    std::optional<api::CardStatus> m_status;
    std::vector<char> m_accepted; ///< per source row, when m_acceptedValid
    bool m_acceptedValid = false;
};

} // namespace migo::models
