#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace migo::core {

/// What a file is, told by its first bytes (contract §18: by content, never by name).
enum class WorkbookKind {
    Xlsx,      ///< a zip (PK\x03\x04) holding xl/workbook.xml: the only kind uploaded
    Xls,       ///< an OLE2 compound file (D0 CF 11 E0 A1 B1 1A E1): save it as .xlsx first
    Other,     ///< CSV, text, another zip, an executable…
    Unreadable ///< the file could not be opened
};

/// The most a workbook may weigh (ref §4.8: 16 MB, read as 16 MiB; contract §18).
inline constexpr qint64 kMaxWorkbookBytes = 16LL * 1024 * 1024;

/// The 12 columns of a cardholder upload, in the documented order (ref §4.8). They are wire names: never translated.
QStringList cardholderUploadColumns();
/// The columns of a card upload (contract §18): documentNumber, cardId.
QStringList cardUploadColumns();

/// A workbook checked before sending (contract §18, "The client").
struct WorkbookCheck {
    QString path;
    WorkbookKind kind = WorkbookKind::Unreadable;
    qint64 size = 0;
    QByteArray bytes;             ///< the whole file, only when it may be sent (an .xlsx within the limit)
    QStringList header;           ///< row 1 of the first sheet
    QList<QStringList> firstRows; ///< up to `previewRows` data rows, cells in header order
    int dataRows = 0;             ///< non-empty rows after the header
    QStringList missingColumns;   ///< expected columns the header lacks
    QString problem;              ///< a translated sentence when it cannot be sent; empty when it can

    bool canSend() const { return problem.isEmpty(); }
};

/// The kind of `bytes` (the start of a file is enough for Xls/Other; Xlsx needs the zip's directory, i.e. the
/// whole file). Pure; any thread.
WorkbookKind workbookKindOf(const QByteArray& bytes);

/// Reads and checks the file at `path` for an upload expecting `columns`: size first (over kMaxWorkbookBytes: not
/// read further), then kind, then the first sheet's header, first `previewRows` rows and row count (QuaZip + Qt's XML
/// reader). Blocking and possibly long: run it off the GUI thread (e.g. QtConcurrent::run). Any thread.
WorkbookCheck checkWorkbook(const QString& path, const QStringList& columns, int previewRows = 10);

} // namespace migo::core
