#include "UploadResultModel.h"

#include "CsvWriter.h"

namespace migo::models {

UploadResultModel::UploadResultModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void UploadResultModel::append(const QList<core::BulkRowResult>& rows) {
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows += rows;
    endInsertRows();
}

void UploadResultModel::reset(const QList<core::BulkRowResult>& rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int UploadResultModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UploadResultModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString UploadResultModel::text(const core::BulkRowResult& row, int column) const {
    switch (column) {
    case RowColumn:
        return QString::number(row.row);
    case ResultColumn:
        return row.created ? tr("Created") : tr("Refused");
    case ColumnColumn:
        return row.column;
    case ReasonColumn:
        return row.created ? QString() : row.message;
    case CardholderColumn:
        return row.cardholderId > 0 ? QString::number(row.cardholderId) : QString();
    default:
        return {};
    }
}

QVariant UploadResultModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const core::BulkRowResult& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(row, index.column());
    case SortRole:
        return index.column() == RowColumn ? QVariant(row.row) : QVariant(text(row, index.column()));
    case CreatedRole:
        return row.created;
    default:
        return {};
    }
}

QVariant UploadResultModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RowColumn:
        return tr("Row");
    case ResultColumn:
        return tr("Result");
    case ColumnColumn:
        return tr("Column");
    case ReasonColumn:
        return tr("Reason");
    case CardholderColumn:
        return tr("Cardholder");
    default:
        return {};
    }
}

bool UploadResultModel::exportCsv(const QString& path, QString* error) const {
    QStringList headers;
    for (int column = 0; column < ColumnCount; ++column)
        headers << headerData(column, Qt::Horizontal).toString();
    return CsvWriter::write(
        path, headers, int(m_rows.size()),
        [this](int row) {
            QStringList values;
            for (int column = 0; column < ColumnCount; ++column)
                values << text(m_rows.at(row), column);
            return values;
        },
        error);
}

} // namespace migo::models
