#pragma once

#include "PagedRemoteListModel.h"

namespace migo::models {

/// The partner's cardholders, paged from the server ("List cardholders in a partner", seed 002).
///
/// Rows arrive a page at a time through canFetchMore()/fetchMore() (a view asks for more as it scrolls; paging,
/// state, reload(), retry() and clear() come from PagedRemoteListModel). Changing the search or the sort starts again
/// from page 1 and discards any answer still on its way, so a late reply to an old search never shows. Sorting is
/// done by the server (sortBy/sortOrder).
class CardholderListModel final : public PagedRemoteListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardholderListModel)

public:
    enum Column { Name, LastName, Document, Email, Phone, Created, ColumnCount };
    enum Role {
        CardholderIdRole = Qt::UserRole + 1, ///< qint64 id of the row's cardholder
        SortValueRole,                       ///< the raw value (QDateTime for Created) rather than display text
    };
    using State = PagedRemoteListModel::State;

    explicit CardholderListModel(api::CmsClient* client, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Asks the server for the list in this order (column → sortBy) and reloads from page 1.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Filters by e-mail, phone, document or name (searchText) and reloads from page 1.
    void setSearchText(const QString& text);
    const QString& searchText() const { return m_query.searchText; }
    /// Page size (1..200, contract §6). Default 50.
    void setPageSize(int limit);

    const api::Cardholder& cardholderAt(int row) const { return m_rows.at(row); }
    /// Shows `cardholder` (as an edit answered it, contract §8 Edit cardholder) in place of the loaded row with its
    /// id, without asking the server again; returns false when no loaded row has that id.
    bool replaceCardholder(const api::Cardholder& cardholder);
    /// The total count when the server says it, else -1.
    qint64 totalCount() const { return m_total.value_or(-1); }

    /// The wire sortBy value for a column.
    static QString sortKey(Column column);

Q_SIGNALS:
    void totalCountChanged(qint64 total);

private:
    /// The display, tooltip (before escaping) or sort value of one cell.
    QVariant cellText(const api::Cardholder& c, Column column, int role) const;
    int loadedRowCount() const override { return int(m_rows.size()); }
    api::CallHandle sendPageRequest(int page) override;
    void clearRows() override;
    void rowsCleared() override;

    api::CmsClient* m_client;
    api::CardholderQuery m_query;
    QList<api::Cardholder> m_rows;
    std::optional<qint64> m_total;
};

} // namespace migo::models
