#pragma once

#include "CmsClient.h"

#include <QAbstractTableModel>

#include <optional>

namespace migo::models {

/// The part every server-paged table shares (contract §6 "Paging"): the load state, the page bookkeeping behind
/// canFetchMore()/fetchMore(), reload from page 1, retry of the page that failed, and dropping stale answers.
///
/// A subclass holds its rows and its query. It sends one page with sendPageRequest(), handing the client the
/// callback that pageHandler() builds; that callback drops an answer to an older generation (every clear() or reload()
/// starts a new one, so a late reply to a replaced search, card, period or sort never shows), records a failure
/// (state() Error, error(), errorText()) or passes the page to the subclass's `accept` to insert its rows. Page
/// numbers start at 1. Nothing is ever sent twice by itself: after an error only retry() or reload() asks again.
/// GUI thread only (the client calls back on its own thread, which must be this one).
class PagedRemoteListModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedRemoteListModel)

public:
    /// Idle: nothing on its way (rows may be shown). Loading: a page is on its way. Error: the last page failed.
    enum class State { Idle, Loading, Error };
    Q_ENUM(State)

    ~PagedRemoteListModel() override;

    /// The rows loaded so far (a flat table: 0 under any valid parent).
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    /// True when the server has another page and nothing is loading or failed.
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    /// Asks for the next page when canFetchMore().
    void fetchMore(const QModelIndex& parent = {}) override;

    /// Drops every row and loads page 1 again (nothing is sent while canLoad() is false).
    void reload();
    /// After an error: asks again for the page that failed, keeping the rows already shown (page 1: reload()).
    void retry();
    /// Forgets every row, cancels the page on its way and goes back to Idle (the query stays).
    void clear();

    State state() const { return m_state; }
    /// The last failure; set only in the Error state.
    const std::optional<api::ApiError>& error() const { return m_error; }
    /// The last failure's translated sentence; empty unless state() is Error.
    const QString& errorText() const { return m_errorText; }

Q_SIGNALS:
    void stateChanged(migo::models::PagedRemoteListModel::State state);

protected:
    /// `columns`: the table's fixed column count.
    explicit PagedRemoteListModel(int columns, QObject* parent = nullptr);

    /// Pages loaded so far (0: none yet); the next page is loadedPages() + 1.
    int loadedPages() const { return m_loadedPages; }
    /// True when the last page loaded said that more follow.
    bool hasMorePages() const { return m_hasMore; }

    /// How many rows the subclass holds.
    virtual int loadedRowCount() const = 0;
    /// Sends the request for `page` (≥ 1) with pageHandler()'s callback and returns its handle.
    virtual api::CallHandle sendPageRequest(int page) = 0;
    /// Empties the subclass's rows (and whatever is summed from them); called between begin/endResetModel().
    virtual void clearRows() = 0;
    /// Whether the query is complete enough to send (e.g. a card and a valid period); default true.
    virtual bool canLoad() const { return true; }
    /// After clear() is done and the state is Idle: announce what clearRows() changed.
    virtual void rowsCleared() {}
    /// The sentence errorText() holds when the server's error has none; default empty.
    virtual QString fallbackErrorText() const { return {}; }

    /// The client callback for one page of `T` sent now: drops it if a clear() came in between, records a failure,
    /// else calls `accept(page)` (which inserts the page's rows) and goes back to Idle.
    template <typename T, typename Accept>
    auto pageHandler(Accept accept) {
        return [this, generation = m_generation, accept = std::move(accept)](const api::Result<api::Page<T>>& result) {
            if (generation != m_generation)
                return; // an answer to a query the agent has already replaced
            m_pending = {};
            if (!result.ok()) {
                pageFailed(result.error());
                return;
            }
            accept(result.value());
            pageLoaded(result.value().page, result.value().hasMore());
        };
    }

    /// Appends `fresh` to `rows` as one insertion at the end (nothing when empty).
    template <typename T>
    void appendRows(QList<T>& rows, const QList<T>& fresh) {
        if (fresh.isEmpty())
            return;
        beginInsertRows({}, int(rows.size()), int(rows.size() + fresh.size() - 1));
        rows += fresh;
        endInsertRows();
    }

private:
    void requestPage(int page);
    void pageFailed(const api::ApiError& error);
    void pageLoaded(int page, bool hasMore);
    void setState(State state);

    const int m_columns;
    State m_state = State::Idle;
    std::optional<api::ApiError> m_error;
    QString m_errorText;
    int m_loadedPages = 0;
    bool m_hasMore = false;
    api::CallHandle m_pending;
    quint64 m_generation = 0; ///< bumped on every clear(); answers to an older generation are dropped
};

} // namespace migo::models
