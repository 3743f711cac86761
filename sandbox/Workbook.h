#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

/// The sandbox's own small reader of Excel workbooks for bulk uploads (contract §18): QuaZip opens the zip, Qt's
/// XML reader reads the first worksheet and its shared strings. It shares no code with the client's reader.
namespace workbook {

/// What a file's first bytes say it is (contract §18: by content, not by name).
enum class Kind {
    Xlsx, ///< a zip (PK\x03\x04) holding xl/workbook.xml
    Xls,  ///< an OLE2 compound file (D0 CF 11 E0 A1 B1 1A E1): the old binary format, not read
    Other ///< anything else (CSV, text, another zip, an executable…)
};
Kind kindOf(const QByteArray& bytes);

/// One cell's value: its text as written (shared or inline strings, booleans as TRUE/FALSE) or, for a number cell,
/// the number written without a fraction when whole.
struct Cell {
    QString text;
    bool isNumber = false;
};

/// One non-empty row of a sheet: its number as Excel shows it (1-based) and its cells by column (A = 0); columns
/// without a cell are empty.
struct Row {
    int number = 0;
    std::vector<Cell> cells;
};

/// The non-empty rows of the first worksheet (xl/worksheets/sheet1.xml), in order. Throws std::runtime_error with
/// an English sentence when the zip or its XML cannot be read. Any thread.
std::vector<Row> readFirstSheet(const QByteArray& xlsx);

/// An Excel date serial (1900 system, with Excel's phantom 29 February 1900) as YYYY-MM-DD; empty when `serial` is
/// not a whole number of a real date.
QString dateFromSerial(const QString& serial);

} // namespace workbook
