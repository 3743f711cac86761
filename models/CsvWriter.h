#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace migo::models {

/// Writes a table as CSV (RFC 4180: comma separator, CRLF line ends, fields quoted when they hold a comma, semicolon,
/// tab, quote or line break, so a spreadsheet that splits on ';' or tabs reads the same fields), UTF-8 with a
/// byte-order mark so spreadsheet programs read accents right.
///
/// The file is written through QSaveFile: it appears complete or not at all, and an existing file is replaced only
/// on success. A field that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR, also after
/// leading spaces) is prefixed with an apostrophe, so an exported e-mail or name can never execute (OWASP "CSV
/// injection", issue 15).
class CsvWriter final {
public:
    /// Values of one row, in header order.
    using RowValues = std::function<QStringList(int row)>;

    /// Writes `headers` then `rowCount` rows. On failure returns false and puts a translated sentence in `error`.
    static bool write(const QString& path, const QStringList& headers, int rowCount, const RowValues& rowValues,
                      QString* error);
    /// One CSV line without its line end (for tests and clipboard use).
    static QString line(const QStringList& fields);
};

} // namespace migo::models
