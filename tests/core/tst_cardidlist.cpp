// Card-id lists pasted or imported for a bulk block/unblock (libcsv; issue 5, issue 12).
#include "CardIdList.h"

#include <QTest>

using namespace migo::core;

class TestCardIdList : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parseCardIdsReadsColumnsAndReportsLines() {
        // One id per line: blank lines skipped, junk reported with its line, repeats kept once.
        auto parsed = parseCardIds("101\n\n 102 \nabc\n101\n-5\n0\n12x\r\n103");
        QCOMPARE(parsed.ids, (QList<qint64>{101, 102, 103}));
        QCOMPARE(parsed.repeated, 1);
        QCOMPARE(parsed.badLines.size(), 4);
        QCOMPARE(parsed.badLines.at(0).line, 4);
        QCOMPARE(parsed.badLines.at(0).text, QStringLiteral("abc"));
        QCOMPARE(parsed.badLines.at(1).line, 6);
        QCOMPARE(parsed.badLines.at(2).line, 7);
        QCOMPARE(parsed.badLines.at(3).line, 8);
        QCOMPARE(parsed.badLines.at(3).text, QStringLiteral("12x"));
        QVERIFY(parsed.columnName.isEmpty());

        // A CSV with a byte-order mark: the card_id column, a quoted comma, CRLF line ends, an empty cell.
        parsed =
            parseCardIds("\xEF\xBB\xBFname,Card_Id,alias\r\n\"P\xC3\xA9rez, Ana\",201,x\r\nLuis,,y\r\nMar,202,z\r\n");
        QCOMPARE(parsed.columnName, QStringLiteral("Card_Id"));
        QCOMPARE(parsed.ids, (QList<qint64>{201, 202}));
        QCOMPARE(parsed.badLines.size(), 1);
        QCOMPARE(parsed.badLines.at(0).line, 3);
        QCOMPARE(parsed.badLines.at(0).text, QStringLiteral("Luis,,y"));

        // Semicolons; "cardId" wins over "id".
        parsed = parseCardIds("id;cardId\n1;301\n2;302\n");
        QCOMPARE(parsed.ids, (QList<qint64>{301, 302}));
    }

    void withoutAHeaderALineIsReadWholeOrRefusedWhole() {
        // Several ids on a line are all read.
        ParsedCardIds parsed = parseCardIds("1011, 1012\n1013\n");
        QCOMPARE(parsed.ids, (QList<qint64>{1011, 1012, 1013}));
        QVERIFY(parsed.badLines.isEmpty());
        // A line with one cell that is no id is refused whole: never card 1011 alone.
        parsed = parseCardIds("1011, 1399999abc\n1014\n");
        QCOMPARE(parsed.ids, (QList<qint64>{1014}));
        QCOMPARE(parsed.badLines.size(), 1);
        QCOMPARE(parsed.badLines.at(0).line, 1);
        QCOMPARE(parsed.badLines.at(0).text, QStringLiteral("1011,1399999abc"));
        parsed = parseCardIds("401,a\n402,b\n");
        QVERIFY(parsed.ids.isEmpty());
        QCOMPARE(parsed.badLines.size(), 2);
    }

    void idsOfMoreThanEighteenDigitsAreBadLines() {
        const ParsedCardIds parsed = parseCardIds("1234567890123456789\n123456789012345678\n");
        QCOMPARE(parsed.ids, (QList<qint64>{123456789012345678}));
        QCOMPARE(parsed.badLines.size(), 1);
        QCOMPARE(parsed.badLines.at(0).line, 1);
    }
};

QTEST_GUILESS_MAIN(TestCardIdList)
#include "tst_cardidlist.moc"
