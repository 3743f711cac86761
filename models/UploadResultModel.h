#pragma once

#include "BulkUpload.h"

#include <QAbstractTableModel>
#include <QList>

namespace migo::models {

/// The per-row results of a bulk upload (contract §18): one line per created row and per refusal reason, with the
/// spreadsheet row, the column at fault and the server's reason (plain text). Rows arrive in frames and are appended
/// as they come. GUI thread.
class UploadResultModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadResultModel)

public:
    enum Column { RowColumn, ResultColumn, ColumnColumn, ReasonColumn, CardholderColumn, ColumnCount };
    /// Qt::UserRole: the row number (int) for sorting by row; CreatedRole: bool.
    enum Role { SortRole = Qt::UserRole + 1, CreatedRole };

    explicit UploadResultModel(QObject* parent = nullptr);

    void append(const QList<core::BulkRowResult>& rows);
    void reset(const QList<core::BulkRowResult>& rows);
    const QList<core::BulkRowResult>& rows() const { return m_rows; }

    /// Writes the table as CSV (models::CsvWriter: formula-safe, written whole or not at all). On failure returns
    /// false with a translated sentence in `error`.
    bool exportCsv(const QString& path, QString* error) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const core::BulkRowResult& row, int column) const;

    QList<core::BulkRowResult> m_rows;
};

} // namespace migo::models
