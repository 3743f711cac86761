#include "Workbook.h"

// minizip (Debian libminizip), the zip library libxlsxwriter itself uses: QuaZip exports minizip's function names
// with other signatures, so a process holding both crashes in whichever loads second (measured: the template writer
// called QuaZip's zipOpen3). The sandbox, a separate process, reads with QuaZip.
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamReader>

#include <cstring>
#include <memory>
#include <minizip/unzip.h>

namespace migo::core {

namespace {

/// The translation context of this file's sentences (lupdate reads Text::tr calls).
class Text {
    Q_DECLARE_TR_FUNCTIONS(migo::core::Workbook)
};

/// A zip held in memory, read through minizip's I/O callbacks.
class MemoryZip {
public:
    explicit MemoryZip(QByteArray bytes)
        : m_bytes(std::move(bytes)) {
        zlib_filefunc64_def io{};
        io.zopen64_file = [](voidpf opaque, const void*, int) -> voidpf { return opaque; };
        io.zread_file = [](voidpf opaque, voidpf, void* buffer, uLong size) -> uLong {
            auto* self = static_cast<MemoryZip*>(opaque);
            const qint64 count = std::clamp<qint64>(self->m_bytes.size() - self->m_position, 0, qint64(size));
            std::memcpy(buffer, self->m_bytes.constData() + self->m_position, std::size_t(count));
            self->m_position += count;
            return uLong(count);
        };
        io.zwrite_file = [](voidpf, voidpf, const void*, uLong) -> uLong { return 0; };
        io.ztell64_file = [](voidpf opaque, voidpf) -> ZPOS64_T { return static_cast<MemoryZip*>(opaque)->m_position; };
        io.zseek64_file = [](voidpf opaque, voidpf, ZPOS64_T offset, int origin) -> long {
            auto* self = static_cast<MemoryZip*>(opaque);
            const qint64 base = origin == ZLIB_FILEFUNC_SEEK_SET   ? 0
                                : origin == ZLIB_FILEFUNC_SEEK_CUR ? self->m_position
                                                                   : self->m_bytes.size();
            const qint64 target = base + qint64(offset);
            if (target < 0 || target > self->m_bytes.size())
                return -1;
            self->m_position = target;
            return 0;
        };
        io.zclose_file = [](voidpf, voidpf) -> int { return 0; };
        io.zerror_file = [](voidpf, voidpf) -> int { return 0; };
        io.opaque = this;
        m_zip = unzOpen2_64("memory", &io);
    }
    ~MemoryZip() {
        if (m_zip)
            unzClose(m_zip);
    }
    MemoryZip(const MemoryZip&) = delete;
    MemoryZip& operator=(const MemoryZip&) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    bool contains(const char* name) { return m_zip && unzLocateFile(m_zip, name, 1) == UNZ_OK; }
    /// The whole entry `name` inflated (at most `limit` bytes); null when absent or broken.
    QByteArray entry(const char* name, qint64 limit = 256LL << 20) {
        if (!contains(name) || unzOpenCurrentFile(m_zip) != UNZ_OK)
            return {};
        QByteArray out;
        char chunk[64 * 1024];
        int read = 0;
        while ((read = unzReadCurrentFile(m_zip, chunk, sizeof chunk)) > 0 && out.size() <= limit)
            out.append(chunk, read);
        const bool complete = read == 0 && unzCloseCurrentFile(m_zip) == UNZ_OK;
        return complete ? (out.isNull() ? QByteArray("") : out) : QByteArray();
    }

private:
    QByteArray m_bytes;
    qint64 m_position = 0;
    unzFile m_zip = nullptr;
};

/// The rows of a worksheet as text, with a shared-string table to resolve "s" cells.
class SheetReader {
public:
    explicit SheetReader(QStringList shared)
        : m_shared(std::move(shared)) {}

    /// Calls `onRow(cells)` for each non-empty row; stops early when it returns false. False on broken XML.
    bool read(QIODevice& device, const std::function<bool(const QStringList&)>& onRow) {
        QXmlStreamReader xml(&device);
        QStringList cells;
        QString type;
        qsizetype column = -1;
        while (xml.readNext() != QXmlStreamReader::Invalid && !xml.atEnd()) {
            if (xml.isStartElement()) {
                const QStringView name = xml.name();
                if (name == u"row") {
                    cells.clear();
                } else if (name == u"c") {
                    type = xml.attributes().value(QLatin1String("t")).toString();
                    column = columnIndex(xml.attributes().value(QLatin1String("r")), cells.size());
                } else if ((name == u"v" || name == u"t") && column >= 0) {
                    QString value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                    if (type == u"s")
                        value = m_shared.value(value.toInt());
                    while (cells.size() <= column)
                        cells << QString();
                    cells[column] += value;
                }
            } else if (xml.isEndElement() && xml.name() == u"row") {
                const bool blank = std::all_of(cells.cbegin(), cells.cend(),
                                               [](const QString& cell) { return cell.trimmed().isEmpty(); });
                if (!blank && !onRow(cells))
                    return true;
            }
        }
        return !xml.hasError();
    }

    static QStringList sharedStrings(QIODevice& device) {
        QStringList strings;
        QXmlStreamReader xml(&device);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"si")
                strings << QString();
            else if (xml.isStartElement() && xml.name() == u"rPh")
                xml.skipCurrentElement();
            else if (xml.isStartElement() && xml.name() == u"t" && !strings.isEmpty())
                strings.last() += xml.readElementText();
        }
        return strings;
    }

private:
    /// "C7" → 2; a cell without a reference follows the previous one.
    static qsizetype columnIndex(QStringView reference, qsizetype next) {
        qsizetype index = 0;
        qsizetype letters = 0;
        for (; letters < reference.size() && reference[letters].isUpper(); ++letters)
            index = index * 26 + (reference[letters].unicode() - u'A' + 1);
        return letters ? index - 1 : next;
    }

    QStringList m_shared;
};

} // namespace

QStringList cardholderUploadColumns() {
    return {QStringLiteral("name"),           QStringLiteral("lastName"),       QStringLiteral("address"),
            QStringLiteral("countryOfBirth"), QStringLiteral("dateOfBirth"),    QStringLiteral("maritalStatus"),
            QStringLiteral("gender"),         QStringLiteral("phoneNumber"),    QStringLiteral("email"),
            QStringLiteral("documentType"),   QStringLiteral("documentNumber"), QStringLiteral("cardId")};
}

QStringList cardUploadColumns() {
    return {QStringLiteral("documentNumber"), QStringLiteral("cardId")};
}

WorkbookKind workbookKindOf(const QByteArray& bytes) {
    if (bytes.startsWith(QByteArray::fromHex("d0cf11e0a1b11ae1")))
        return WorkbookKind::Xls;
    if (!bytes.startsWith("PK\x03\x04"))
        return WorkbookKind::Other;
    MemoryZip zip(bytes);
    return zip.contains("xl/workbook.xml") ? WorkbookKind::Xlsx : WorkbookKind::Other;
}

WorkbookCheck checkWorkbook(const QString& path, const QStringList& columns, int previewRows) {
    WorkbookCheck check;
    check.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        check.problem = Text::tr("The file cannot be opened: %1").arg(file.errorString());
        return check;
    }
    check.size = file.size();
    if (check.size > kMaxWorkbookBytes) {
        check.kind = workbookKindOf(file.read(8));
        check.problem = Text::tr("The file is larger than 16 MB, the most the server accepts. Split it into smaller "
                                 "workbooks.");
        return check;
    }
    QByteArray bytes = file.readAll();
    check.kind = workbookKindOf(bytes);
    if (check.kind == WorkbookKind::Xls) {
        check.problem =
            Text::tr("This is an old .xls workbook. Save it as .xlsx (Excel Workbook) in Excel or LibreOffice, "
                     "then choose it again.");
        return check;
    }
    if (check.kind != WorkbookKind::Xlsx) {
        check.problem =
            Text::tr("Only Excel workbooks (.xlsx) can be uploaded; this file is not one (CSV files are not "
                     "accepted).");
        return check;
    }
    MemoryZip zip(bytes);
    QStringList shared;
    QByteArray sharedXml = zip.entry("xl/sharedStrings.xml");
    if (!sharedXml.isNull()) {
        QBuffer part(&sharedXml);
        part.open(QIODevice::ReadOnly);
        shared = SheetReader::sharedStrings(part);
    }
    QByteArray sheetXml = zip.entry("xl/worksheets/sheet1.xml");
    QBuffer sheet(&sheetXml);
    QList<int> order;
    const bool read = !sheetXml.isNull() && sheet.open(QIODevice::ReadOnly) &&
                      SheetReader(shared).read(sheet, [&](const QStringList& cells) {
                          if (check.header.isEmpty()) {
                              for (const QString& cell : cells)
                                  check.header << cell.trimmed();
                              for (const QString& column : columns)
                                  order << int(check.header.indexOf(column));
                              return true;
                          }
                          ++check.dataRows;
                          if (check.firstRows.size() < previewRows) {
                              QStringList row;
                              for (const int index : order)
                                  row << (index >= 0 ? cells.value(index) : QString());
                              check.firstRows << row;
                          }
                          return true;
                      });
    if (!read) {
        check.problem =
            Text::tr("The workbook cannot be read: it may be damaged. Open it in Excel or LibreOffice and save "
                     "it again as .xlsx.");
        return check;
    }
    for (const QString& column : columns)
        if (!check.header.contains(column))
            check.missingColumns << column;
    if (!check.missingColumns.isEmpty()) {
        check.problem =
            Text::tr("The first row must name the columns; missing: %1. \"Save a template…\" gives a workbook "
                     "with every column.")
                .arg(check.missingColumns.join(QStringLiteral(", ")));
        return check;
    }
    if (check.dataRows == 0) {
        check.problem = Text::tr("The workbook has no rows under its header.");
        return check;
    }
    check.bytes = bytes; // shared, not copied
    return check;
}

} // namespace migo::core
