// CSV export against hostile text (issue 15): read back by a parser that splits on ';' (a Spanish-locale
// spreadsheet) and one that splits on ',', no field may start a formula and every value comes back whole.
#include "CsvWriter.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csv.h>

using migo::models::CsvWriter;

namespace {

/// The records of `bytes` as libcsv reads them with `delimiter` (quotes honoured as RFC 4180 says).
QList<QStringList> readBack(const QByteArray& bytes, unsigned char delimiter) {
    struct Reader {
        QList<QStringList> records{QStringList()};
    } reader;
    csv_parser parser;
    csv_init(&parser, CSV_APPEND_NULL);
    csv_set_delim(&parser, delimiter);
    const auto onField = [](void* data, size_t length, void* context) {
        static_cast<Reader*>(context)->records.last()
            << QString::fromUtf8(static_cast<const char*>(data), qsizetype(length));
    };
    const auto onRecord = [](int, void* context) { static_cast<Reader*>(context)->records.append(QStringList()); };
    csv_parse(&parser, bytes.constData(), size_t(bytes.size()), onField, onRecord, &reader);
    csv_fini(&parser, onField, onRecord, &reader);
    csv_free(&parser);
    if (reader.records.last().isEmpty())
        reader.records.removeLast();
    return reader.records;
}

/// The fields a spreadsheet that splits on `delimiter` sees (Excel opening a comma file in a ';' locale): records
/// end at CRLF outside quotes, fields at `delimiter` outside quotes, a quote toggles quoting; quotes around a field
/// are dropped.
QList<QStringList> splitLikeASpreadsheet(const QString& text, QChar delimiter) {
    QList<QStringList> records{QStringList()};
    QString field;
    bool quoted = false;
    const auto endField = [&] {
        if (field.size() >= 2 && field.startsWith(u'"'))
            field = field.mid(1); // the opening quote is not shown
        records.last() << field;
        field.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"')
            quoted = !quoted;
        if (!quoted && c == delimiter) {
            endField();
        } else if (!quoted && c == u'\r' && text.mid(i, 2) == u"\r\n") {
            endField();
            records.append(QStringList());
            ++i;
        } else {
            field += c;
        }
    }
    if (records.last().isEmpty() && field.isEmpty())
        records.removeLast();
    return records;
}

bool startsAFormula(const QString& field) {
    const QString trimmed = QString(field).remove(QRegularExpression(QStringLiteral("^ +")));
    return !trimmed.isEmpty() && QStringLiteral("=+-@\t\r").contains(trimmed.front());
}

} // namespace

class TestCsvWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hostileFieldsStayTextInEverySpreadsheet() {
        const QStringList hostile{QStringLiteral("Ana;=cmd|' /C calc'!A0"),
                                  QStringLiteral("=HYPERLINK(\"http://x\",\"click\")"),
                                  QStringLiteral("  =1+1"),
                                  QStringLiteral("+502 5555 1234"),
                                  QStringLiteral("-20.00"),
                                  QStringLiteral("@SUM(A1)"),
                                  QStringLiteral("\tindent"),
                                  QStringLiteral("Pérez, \"el Chino\""),
                                  QStringLiteral("line\r\nbreak"),
                                  QStringLiteral("tab\there"),
                                  QStringLiteral("plain")};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.csv"));
        QString error;
        QVERIFY(CsvWriter::write(
            path, {QStringLiteral("Name"), QStringLiteral("Note")}, int(hostile.size()),
            [&](int row) {
                return QStringList{hostile.at(row), QStringLiteral("x")};
            },
            &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll().mid(3); // after the byte-order mark
        // The file's own separator: every value comes back whole, a formula-like one marked as text.
        const QList<QStringList> records = readBack(bytes, ',');
        QCOMPARE(records.size(), hostile.size() + 1);
        for (qsizetype row = 1; row < records.size(); ++row) {
            QCOMPARE(records.at(row).size(), 2);
            const QString value = records.at(row).at(0);
            QVERIFY2(!startsAFormula(value), qPrintable(value));
            QCOMPARE(startsAFormula(hostile.at(row - 1)) ? value.mid(1) : value, hostile.at(row - 1));
        }
        // A spreadsheet splitting on ';' or tabs: no field it makes starts a formula.
        for (const QChar delimiter : {QChar(u';'), QChar(u'\t')}) {
            const QList<QStringList> seen = splitLikeASpreadsheet(QString::fromUtf8(bytes), delimiter);
            QCOMPARE(seen.size(), hostile.size() + 1);
            for (const QStringList& fields : seen)
                for (const QString& field : fields)
                    QVERIFY2(!startsAFormula(field), qPrintable(field));
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
