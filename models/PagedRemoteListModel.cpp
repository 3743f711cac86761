#include "PagedRemoteListModel.h"

namespace migo::models {

PagedRemoteListModel::PagedRemoteListModel(int columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_columns(columns) {}

PagedRemoteListModel::~PagedRemoteListModel() {
    m_pending.cancel();
}

int PagedRemoteListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : loadedRowCount();
}

int PagedRemoteListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_columns;
}

bool PagedRemoteListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_hasMore && m_state == State::Idle;
}

void PagedRemoteListModel::fetchMore(const QModelIndex& parent) {
    if (canFetchMore(parent))
        requestPage(m_loadedPages + 1);
}

void PagedRemoteListModel::clear() {
    m_pending.cancel();
    m_pending = {};
    ++m_generation;
    beginResetModel();
    clearRows();
    m_loadedPages = 0;
    m_hasMore = false;
    endResetModel();
    m_error.reset();
    m_errorText.clear();
    setState(State::Idle);
    rowsCleared();
}

void PagedRemoteListModel::reload() {
    clear();
    if (canLoad())
        requestPage(1);
}

void PagedRemoteListModel::retry() {
    if (m_state != State::Error)
        return;
    if (m_loadedPages == 0)
        reload();
    else
        requestPage(m_loadedPages + 1);
}

void PagedRemoteListModel::requestPage(int page) {
    setState(State::Loading);
    m_pending = sendPageRequest(page);
}

void PagedRemoteListModel::pageFailed(const api::ApiError& error) {
    m_error = error;
    m_errorText = error.userMessage.isEmpty() ? fallbackErrorText() : error.userMessage;
    setState(State::Error);
}

void PagedRemoteListModel::pageLoaded(int page, bool hasMore) {
    m_loadedPages = page;
    m_hasMore = hasMore;
    m_error.reset();
    m_errorText.clear();
    setState(State::Idle);
}

void PagedRemoteListModel::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace migo::models
