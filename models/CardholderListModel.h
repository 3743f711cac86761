#pragma once

#include "CmsClient.h"

#include <QAbstractTableModel>

namespace migo::models {

/// The partner's cardholders, paged from the server ("List cardholders in a partner", seed 002).
///
/// Rows arrive a page at a time through canFetchMore()/fetchMore() (a view asks for more as it scrolls). Changing
/// the search or the sort starts again from page 1 and discards any answer still on its way, so a late reply to an
/// old search never shows. Sorting is done by the server (sortBy/sortOrder).
class CardholderListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardholderListModel)

public:
    enum Column { Name, LastName, Document, Email, Phone, Created, ColumnCount };
    enum Role {
        CardholderIdRole = Qt::UserRole + 1, ///< qint64 id of the row's cardholder
        SortValueRole,                       ///< the raw value (QDateTime for Created) rather than display text
    };
    enum class State { Idle, Loading, Error };
    Q_ENUM(State)

    explicit CardholderListModel(api::CmsClient* client, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;
    /// Asks the server for the list in this order (column → sortBy) and reloads from page 1.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Filters by e-mail, phone, document or name (searchText) and reloads from page 1.
    void setSearchText(const QString& text);
    const QString& searchText() const { return m_query.searchText; }
    /// Page size (1..200, contract §6). Default 50.
    void setPageSize(int limit);
    /// Drops every row and loads page 1 again (also the Retry after an error).
    void reload();
    /// After an error: asks again for the page that failed, keeping the rows already shown.
    void retry();
    /// Forgets every row and stops loading (sign out).
    void clear();

    const api::Cardholder& cardholderAt(int row) const { return m_rows.at(row); }
    State state() const { return m_state; }
    /// The total count when the server says it, else -1.
    qint64 totalCount() const { return m_total.value_or(-1); }
    /// The last error's translated sentence; empty unless state() is Error.
    const QString& errorText() const { return m_errorText; }

    /// The wire sortBy value for a column.
    static QString sortKey(Column column);

Q_SIGNALS:
    void stateChanged(migo::models::CardholderListModel::State state);
    void totalCountChanged(qint64 total);

private:
    void requestPage(int page);
    void setState(State state);

    api::CmsClient* m_client;
    api::CardholderQuery m_query;
    QList<api::Cardholder> m_rows;
    std::optional<qint64> m_total;
    int m_loadedPages = 0;
    bool m_hasMore = false;
    State m_state = State::Idle;
    QString m_errorText;
    api::CallHandle m_pending;
    quint64 m_generation = 0; ///< bumped on every reset; answers to an older generation are dropped
};

} // namespace migo::models
