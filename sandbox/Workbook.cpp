#include "Workbook.h"

#include <QBuffer>
#include <QDate>
#include <QXmlStreamReader>
#include <quazip.h>
#include <quazipfile.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace workbook {

namespace {

constexpr qint64 kMaxXmlBytes = 256LL * 1024 * 1024; ///< a 16 MiB zip may inflate a lot; more is refused

/// The whole entry `name` of the open zip, or a null QByteArray when it is absent.
QByteArray entry(QuaZip& zip, const QString& name) {
    if (!zip.setCurrentFile(name)) {
        return {};
    }
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly)) {
        throw std::runtime_error("The workbook is damaged: its parts cannot be read");
    }
    if (file.usize() > kMaxXmlBytes) {
        throw std::runtime_error("The workbook is too large once unpacked");
    }
    QByteArray bytes = file.readAll();
    bytes.detach();
    return bytes.isNull() ? QByteArray("") : bytes;
}

/// Column index of a cell reference such as "AB12" (A = 0); -1 when it has no letters.
int columnOf(QStringView reference) {
    int column = 0;
    int letters = 0;
    for (const QChar c : reference) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z')) {
            break;
        }
        column = column * 26 + (c.unicode() - 'A' + 1);
        ++letters;
    }
    return letters == 0 ? -1 : column - 1;
}

std::vector<QString> readSharedStrings(const QByteArray& xml) {
    std::vector<QString> strings;
    QXmlStreamReader reader(xml);
    QString current;
    bool inItem = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("si")) {
            inItem = true;
            current.clear();
        } else if (reader.isStartElement() && inItem && reader.name() == QLatin1String("rPh")) {
            reader.skipCurrentElement(); // phonetic guide text is not part of the value
        } else if (reader.isStartElement() && inItem && reader.name() == QLatin1String("t")) {
            current += reader.readElementText();
        } else if (reader.isEndElement() && reader.name() == QLatin1String("si")) {
            strings.push_back(current);
            inItem = false;
        }
    }
    if (reader.hasError()) {
        throw std::runtime_error("The workbook is damaged: its shared strings are not valid XML");
    }
    return strings;
}

QString numberText(const QString& raw) {
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (ok && std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15) {
        return QString::number(qint64(value));
    }
    return raw;
}

} // namespace

Kind kindOf(const QByteArray& bytes) {
    if (bytes.startsWith(QByteArray::fromHex("D0CF11E0A1B11AE1"))) {
        return Kind::Xls;
    }
    if (!bytes.startsWith(QByteArray("PK\x03\x04", 4))) {
        return Kind::Other;
    }
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip)) {
        return Kind::Other;
    }
    const bool workbook = zip.setCurrentFile(QStringLiteral("xl/workbook.xml"));
    zip.close();
    return workbook ? Kind::Xlsx : Kind::Other;
}

std::vector<Row> readFirstSheet(const QByteArray& xlsx) {
    QByteArray copy = xlsx;
    QBuffer buffer(&copy);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip)) {
        throw std::runtime_error("The file is not a readable .xlsx workbook");
    }
    const QByteArray sharedXml = entry(zip, QStringLiteral("xl/sharedStrings.xml"));
    const std::vector<QString> shared = sharedXml.isNull() ? std::vector<QString>() : readSharedStrings(sharedXml);
    const QByteArray sheetXml = entry(zip, QStringLiteral("xl/worksheets/sheet1.xml"));
    if (sheetXml.isNull()) {
        throw std::runtime_error("The workbook has no first worksheet");
    }
    std::vector<Row> rows;
    QXmlStreamReader reader(sheetXml);
    Row row;
    int nextRowNumber = 1;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("row")) {
            row = Row();
            const int number = reader.attributes().value(QLatin1String("r")).toInt();
            row.number = number > 0 ? number : nextRowNumber;
            nextRowNumber = row.number + 1;
        } else if (reader.isStartElement() && reader.name() == QLatin1String("c")) {
            const QXmlStreamAttributes attributes = reader.attributes();
            int column = columnOf(attributes.value(QLatin1String("r")));
            if (column < 0) {
                column = int(row.cells.size());
            }
            const QStringView type = attributes.value(QLatin1String("t"));
            Cell cell;
            while (reader.readNextStartElement()) {
                if (reader.name() == QLatin1String("v")) {
                    cell.text = reader.readElementText();
                } else if (reader.name() == QLatin1String("is")) {
                    while (reader.readNextStartElement()) {
                        cell.text += reader.name() == QLatin1String("t")
                                         ? reader.readElementText(QXmlStreamReader::IncludeChildElements)
                                         : (reader.skipCurrentElement(), QString());
                    }
                } else {
                    reader.skipCurrentElement();
                }
            }
            if (type == QLatin1String("s")) {
                bool ok = false;
                const qsizetype index = cell.text.toLongLong(&ok);
                if (!ok || index < 0 || index >= qsizetype(shared.size())) {
                    throw std::runtime_error("The workbook is damaged: a cell names a missing shared string");
                }
                cell.text = shared[std::size_t(index)];
            } else if (type == QLatin1String("b")) {
                cell.text = cell.text == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type.isEmpty() || type == QLatin1String("n")) {
                cell.isNumber = !cell.text.isEmpty();
                cell.text = numberText(cell.text);
            }
            if (column >= int(row.cells.size())) {
                row.cells.resize(std::size_t(column) + 1);
            }
            row.cells[std::size_t(column)] = cell;
        } else if (reader.isEndElement() && reader.name() == QLatin1String("row")) {
            const bool empty = std::all_of(row.cells.cbegin(), row.cells.cend(),
                                           [](const Cell& cell) { return cell.text.trimmed().isEmpty(); });
            if (!empty) {
                rows.push_back(std::move(row));
            }
            row = Row();
        }
    }
    if (reader.hasError()) {
        throw std::runtime_error("The workbook is damaged: its first worksheet is not valid XML");
    }
    return rows;
}

QString dateFromSerial(const QString& serial) {
    bool ok = false;
    const qint64 days = serial.toLongLong(&ok);
    if (!ok || days < 1 || days > 2958465) {
        return {};
    }
    // Serial 1 is 1900-01-01; Excel counts a 29 February 1900 that never was, so from serial 61 on the epoch is
    // 1899-12-30.
    const QDate date = days < 61 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
    return date.toString(Qt::ISODate);
}

} // namespace workbook
