#include "CsvWriter.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace migo::models {

namespace {

QString field(QString value) {
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && formulaStarts.contains(value.front()))
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r'))
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
