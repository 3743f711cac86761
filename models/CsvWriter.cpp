#include "CsvWriter.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <algorithm>

namespace migo::models {

namespace {

QString field(QString value) {
    // A spreadsheet also runs " =1+1" as a formula: look past leading spaces.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    qsizetype first = 0;
    while (first < value.size() && value.at(first) == u' ')
        ++first;
    if (first < value.size() && formulaStarts.contains(value.at(first)))
        value.prepend(u'\'');
    // Quoted also for a semicolon or tab: Spanish-locale spreadsheets split on ';', others on tabs.
    static const QString separators = QStringLiteral(",;\t\"\n\r");
    if (std::any_of(value.cbegin(), value.cend(), [](QChar c) { return separators.contains(c); }))
        return u'"' + value.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return value;
}

QString translate(const char* text) {
    return QCoreApplication::translate("CsvWriter", text);
}

} // namespace

QString CsvWriter::line(const QStringList& fields) {
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& value : fields)
        quoted << field(value);
    return quoted.join(u',');
}

bool CsvWriter::write(const QString& path, const QStringList& headers, int rowCount, const RowValues& rowValues,
                      QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = translate("The file could not be created: %1").arg(file.errorString());
        return false;
    }
    file.write("\xEF\xBB\xBF");
    file.write(line(headers).toUtf8() + "\r\n");
    for (int row = 0; row < rowCount; ++row)
        file.write(line(rowValues(row)).toUtf8() + "\r\n");
    if (!file.commit()) {
        *error = translate("The file could not be written: %1").arg(file.errorString());
        return false;
    }
    return true;
}

} // namespace migo::models
