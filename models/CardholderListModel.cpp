#include "CardholderListModel.h"

#include <QLocale>

namespace migo::models {

CardholderListModel::CardholderListModel(api::CmsClient* client, QObject* parent)
    : QAbstractTableModel(parent)
    , m_client(client) {}

int CardholderListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CardholderListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CardholderListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::Cardholder& c = m_rows.at(index.row());
    if (role == CardholderIdRole)
        return c.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortValueRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return c.name;
    case LastName:
        return c.lastName;
    case Document:
        return c.documentType.isEmpty() ? c.documentNumber : c.documentType + u' ' + c.documentNumber;
    case Email:
        return c.email;
    case Phone:
        return c.phoneNumber;
    case Created:
        if (role == SortValueRole)
            return c.createdAt;
        if (role == Qt::ToolTipRole) // the exact instant, in UTC
            return c.createdAt.toUTC().toString(Qt::ISODate);
        return QLocale().toString(c.createdAt.toLocalTime(), QLocale::ShortFormat);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CardholderListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case LastName:
        return tr("Last name");
    case Document:
        return tr("Document");
    case Email:
        return tr("E-mail");
    case Phone:
        return tr("Phone");
    case Created:
        return tr("Created");
    case ColumnCount:
        break;
    }
    return {};
}

QString CardholderListModel::sortKey(Column column) {
    switch (column) {
    case Name:
        return QStringLiteral("name");
    case LastName:
        return QStringLiteral("lastName");
    case Document:
        return QStringLiteral("documentNumber");
    case Email:
        return QStringLiteral("email");
    case Phone:
        return QStringLiteral("phoneNumber");
    case Created:
    case ColumnCount:
        break;
    }
    return QStringLiteral("createdAt");
}

bool CardholderListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_hasMore && m_state == State::Idle;
}

void CardholderListModel::fetchMore(const QModelIndex& parent) {
    if (canFetchMore(parent))
        requestPage(m_loadedPages + 1);
}

void CardholderListModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.sortBy = sortKey(Column(column));
    m_query.sortOrder = order == Qt::AscendingOrder ? api::SortOrder::Ascending : api::SortOrder::Descending;
    reload();
}

void CardholderListModel::setSearchText(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_query.searchText && m_loadedPages > 0)
        return;
    m_query.searchText = trimmed;
    reload();
}

void CardholderListModel::setPageSize(int limit) {
    m_query.limit = std::clamp(limit, 1, 200);
}

void CardholderListModel::clear() {
    m_pending.cancel();
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_total.reset();
    m_loadedPages = 0;
    m_hasMore = false;
    endResetModel();
    m_errorText.clear();
    setState(State::Idle);
    Q_EMIT totalCountChanged(-1);
}

void CardholderListModel::reload() {
    clear();
    requestPage(1);
}

void CardholderListModel::retry() {
    if (m_state != State::Error)
        return;
    if (m_loadedPages == 0)
        reload();
    else
        requestPage(m_loadedPages + 1);
}

void CardholderListModel::requestPage(int page) {
    api::CardholderQuery query = m_query;
    query.page = page;
    const quint64 generation = m_generation;
    setState(State::Loading);
    m_pending = m_client->listCardholders(
        query, this, [this, generation](const api::Result<api::Page<api::Cardholder>>& result) {
            if (generation != m_generation)
                return; // an answer to a search or sort the agent has already replaced
            if (!result.ok()) {
                m_errorText = result.error().userMessage;
                setState(State::Error);
                return;
            }
            const api::Page<api::Cardholder>& page = result.value();
            if (!page.items.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.items.size() - 1));
                m_rows += page.items;
                endInsertRows();
            }
            m_loadedPages = page.page;
            m_hasMore = page.hasMore();
            if (page.total != m_total) {
                m_total = page.total;
                Q_EMIT totalCountChanged(totalCount());
            }
            m_errorText.clear();
            setState(State::Idle);
        });
}

void CardholderListModel::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace migo::models
