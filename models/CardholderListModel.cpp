#include "CardholderListModel.h"

#include "Format.h"

namespace migo::models {

namespace {

/// The document type as the Document column shows it (issue 14): DPI and NIT as written in Guatemala, the others in
/// the language shown; an unknown wire value as sent.
QString documentTypeWord(const QString& wire) {
    const std::optional<api::DocumentType> type = api::documentTypeFromWire(wire);
    if (!type)
        return wire;
    switch (*type) {
    case api::DocumentType::Dpi:
        return QStringLiteral("DPI");
    case api::DocumentType::Nit:
        return QStringLiteral("NIT");
    case api::DocumentType::Passport:
        return CardholderListModel::tr("Passport");
    case api::DocumentType::LegalId:
        return CardholderListModel::tr("Legal ID");
    case api::DocumentType::PersonalId:
        return CardholderListModel::tr("Personal ID");
    case api::DocumentType::ResidenceId:
        return CardholderListModel::tr("Residence ID");
    }
    return wire;
}

} // namespace

CardholderListModel::CardholderListModel(api::CmsClient* client, QObject* parent)
    : PagedRemoteListModel(ColumnCount, parent)
    , m_client(client) {}

QVariant CardholderListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::Cardholder& c = m_rows.at(index.row());
    if (role == CardholderIdRole)
        return c.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortValueRole)
        return {};
    if (role == Qt::ToolTipRole) // server text, shown as written
        return core::Format::plainToolTip(cellText(c, Column(index.column()), role).toString());
    return cellText(c, Column(index.column()), role);
}

QVariant CardholderListModel::cellText(const api::Cardholder& c, Column column, int role) const {
    switch (column) {
    case Name:
        return c.name;
    case LastName:
        return c.lastName;
    case Document:
        return c.documentType.isEmpty() ? c.documentNumber : documentTypeWord(c.documentType) + u' ' + c.documentNumber;
    case Email:
        return c.email;
    case Phone:
        return c.phoneNumber;
    case Created:
        if (role == SortValueRole)
            return c.createdAt;
        if (role == Qt::ToolTipRole) // the exact instant, in UTC
            return c.createdAt.toUTC().toString(Qt::ISODate);
        return core::Format::dateTime(c.createdAt);
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

void CardholderListModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.sortBy = sortKey(Column(column));
    m_query.sortOrder = order == Qt::AscendingOrder ? api::SortOrder::Ascending : api::SortOrder::Descending;
    reload();
}

void CardholderListModel::setSearchText(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_query.searchText && loadedPages() > 0)
        return;
    m_query.searchText = trimmed;
    reload();
}

void CardholderListModel::setPageSize(int limit) {
    m_query.limit = std::clamp(limit, 1, 200);
}

void CardholderListModel::clearRows() {
    m_rows.clear();
    m_total.reset();
}

void CardholderListModel::rowsCleared() {
    Q_EMIT totalCountChanged(-1);
}

api::CallHandle CardholderListModel::sendPageRequest(int page) {
    api::CardholderQuery query = m_query;
    query.page = page;
    const auto accept = [this](const api::Page<api::Cardholder>& answer) {
        appendRows(m_rows, answer.items);
        if (answer.total != m_total) {
            m_total = answer.total;
            Q_EMIT totalCountChanged(totalCount());
        }
    };
    return m_client->listCardholders(query, this, pageHandler<api::Cardholder>(accept));
}

bool CardholderListModel::replaceCardholder(const api::Cardholder& cardholder) {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id != cardholder.id)
            continue;
        m_rows[row] = cardholder;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return true;
    }
    return false;
}

} // namespace migo::models
