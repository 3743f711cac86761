// The movement list model against a fake server: the query it sends (period, paging, sort), the local period mapped
// onto the server's UTC days, totals, stale answers, errors and retry, and the CSV export.
#include "../api/ClientFixture.h"
#include "Format.h"
#include "MovementListModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <string_view>

using namespace migo;
using namespace migo::test;
using models::MovementListModel;

namespace {

const QTimeZone kUtc = QTimeZone::utc();
const QTimeZone kGuatemala(-6 * 3600); // "UTC-06" all year (no summer time): no tz database needed

api::Money money(std::string_view text) {
    return *api::Money::parse(text);
}

QString param(const FakeRequest& request, const char* name) {
    return QUrlQuery(request.url).queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
}

struct FakeMovement {
    qint64 id;
    QByteArray direction; ///< "credit" or "debit"
    QByteArray amount;    ///< JSON number text
    QByteArray createdAt;
    QByteArray observations = "null";
};

QByteArray movementJson(const FakeMovement& m) {
    return "{\"transferId\":" + QByteArray::number(m.id) + ",\"cardId\":10,\"movementType\":\"" + m.direction +
           "\",\"type\":\"" + (m.direction == "credit" ? "topUp" : "posPurchase") + "\",\"description\":\"Move " +
           QByteArray::number(m.id) + "\",\"observations\":" + m.observations + ",\"amount\":" + m.amount +
           ",\"balanceAfter\":1000.5,\"currency\":\"GTQ\",\"channel\":\"webService\"," +
           "\"operatorId\":2,\"createdAt\":\"" + m.createdAt + "\"}";
}

/// A fake card holding `movements` (already in the server's order); answers page/limit slices with the total.
struct FakeCard {
    QList<FakeMovement> movements;
    bool failNext = false;

    FakeResponse operator()(const FakeRequest& r) {
        if (failNext) {
            failNext = false;
            return FakeResponse::failure(500, "7003", "boom");
        }
        const int page = param(r, "page").toInt();
        const int limit = param(r, "limit").toInt();
        QByteArray items;
        for (int i = (page - 1) * limit; i < std::min<int>(page * limit, int(movements.size())); ++i) {
            if (!items.isEmpty())
                items += ',';
            items += movementJson(movements[i]);
        }
        return FakeResponse::ok("{\"items\":[" + items + "],\"page\":" + QByteArray::number(page) + ",\"limit\":" +
                                QByteArray::number(limit) + ",\"total\":" + QByteArray::number(movements.size()) + "}");
    }
};

/// 120 movements on 2026-03-01..03-05 UTC: every third a credit of 100.0001, the others debits of 0.1.
FakeCard busyCard() {
    FakeCard card;
    for (int i = 1; i <= 120; ++i) {
        const bool credit = i % 3 == 0;
        const QDateTime at(QDate(2026, 3, 1).addDays(i % 5), QTime(12, 0).addSecs(i), kUtc);
        card.movements << FakeMovement{i, credit ? "credit" : "debit", credit ? "100.0001" : "0.1",
                                       at.toString(Qt::ISODate).toUtf8()};
    }
    return card;
}

} // namespace

class TestMovementListModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void nothingIsSentWithoutACardOrAValidPeriod() {
        ClientFixture f;
        FakeCard card = busyCard();
        f.network.setHandler([&card](const FakeRequest& r) { return card(r); });
        MovementListModel model(&f.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31)); // no card yet
        model.setCard(5, 10);                                   // no load yet
        model.setPeriod(QDate(2026, 3, 31), QDate(2026, 3, 1)); // reversed
        QTest::qWait(50);
        QCOMPARE(f.network.requests().size(), 0);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore());
    }

    void pagesToTheEndWithTotalsOfTheLoadedRows() {
        ClientFixture f;
        FakeCard card = busyCard();
        f.network.setHandler([&card](const FakeRequest& r) { return card(r); });
        MovementListModel model(&f.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy totals(&model, &MovementListModel::totalsChanged);
        model.setTimeZone(kUtc);
        model.setCard(5, 10);
        model.setPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31));
        QTRY_COMPARE(model.rowCount(), 50);
        const FakeRequest& first = f.network.requests().first();
        QCOMPARE(first.verb, QByteArray("GET"));
        QVERIFY2(first.url.path().endsWith(u"/partners/7/cardholders/5/cards/10/movements"),
                 qPrintable(first.url.path()));
        QCOMPARE(param(first, "from"), QStringLiteral("2026-03-01"));
        QCOMPARE(param(first, "to"), QStringLiteral("2026-03-31"));
        QCOMPARE(param(first, "page"), QStringLiteral("1"));
        QCOMPARE(param(first, "limit"), QStringLiteral("50"));
        QCOMPARE(param(first, "sortBy"), QStringLiteral("createdAt"));
        QCOMPARE(param(first, "sortOrder"), QStringLiteral("desc"));
        QVERIFY(!model.isComplete());
        // 16 credits of 100.0001 and 34 debits of 0.1 in rows 1..50.
        QCOMPARE(model.totalCredits(), money("1600.0016"));
        QCOMPARE(model.totalDebits(), money("3.4"));

        QVERIFY(model.canFetchMore());
        model.fetchMore();
        QVERIFY(!model.canFetchMore()); // no second request while one is on its way
        QTRY_COMPARE(model.rowCount(), 100);
        model.fetchMore();
        QTRY_COMPARE(model.rowCount(), 120);
        QVERIFY(!model.canFetchMore());
        QVERIFY(model.isComplete());
        QCOMPARE(f.network.requests().size(), 3);
        QCOMPARE(param(f.network.requests().last(), "page"), QStringLiteral("3"));
        QCOMPARE(model.totalCredits(), money("4000.004")); // 40 × 100.0001, exactly
        QCOMPARE(model.totalDebits(), money("8"));         // 80 × 0.1, exactly
        QVERIFY(totals.size() >= 3);

        // Row 2 is movement 3, a credit: its amount is in the Credit column only, right-aligned, exact.
        QCOMPARE(model.data(model.index(2, MovementListModel::Date), MovementListModel::TransferIdRole).toLongLong(),
                 qint64(3));
        QCOMPARE(model.data(model.index(2, MovementListModel::Credit), MovementListModel::AmountRole).toString(),
                 QStringLiteral("100.0001"));
        QCOMPARE(model.data(model.index(2, MovementListModel::Debit), MovementListModel::AmountRole).toString(),
                 QString());
        QCOMPARE(model.data(model.index(2, MovementListModel::Debit)).toString(), QString());
        QCOMPARE(model.data(model.index(2, MovementListModel::Date), MovementListModel::DirectionRole).toString(),
                 QStringLiteral("credit"));
        QCOMPARE(model.data(model.index(0, MovementListModel::Debit), MovementListModel::AmountRole).toString(),
                 QStringLiteral("0.1"));
        QCOMPARE(model.data(model.index(0, MovementListModel::BalanceAfter), MovementListModel::AmountRole).toString(),
                 QStringLiteral("1000.5"));
        QCOMPARE(model.data(model.index(0, MovementListModel::Debit), Qt::TextAlignmentRole).value<Qt::Alignment>(),
                 Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(model.data(model.index(2, MovementListModel::Type)).toString(), QStringLiteral("Add funds"));
        QCOMPARE(model.data(model.index(0, MovementListModel::Type)).toString(), QStringLiteral("Card purchase"));
        // The display is the app's one money format: the currency's symbol, then the amount to the cent at least.
        const QString credit = model.data(model.index(2, MovementListModel::Credit)).toString();
        QCOMPARE(credit, core::Format::money(*api::Money::parse(std::string_view("100.0001")), QStringLiteral("GTQ")));
        QVERIFY2(credit.startsWith(u"Q\u00a0") && credit.endsWith(u"100.0001"), qPrintable(credit));
        model.setMoneyFormatter(
            [](const api::Money& amount, const QString& iso) -> QString { return iso + u':' + amount.toString(); });
        QCOMPARE(model.data(model.index(2, MovementListModel::Credit)).toString(), QStringLiteral("GTQ:100.0001"));
    }

    void aLocalPeriodAsksForTheCoveringUtcDaysAndShowsOnlyItsOwnRows() {
        ClientFixture f;
        FakeCard card;
        card.movements = {
            {1, "credit", "10", "2026-03-10T03:00:00+00:00"}, // 9 March 21:00 in Guatemala: outside
            {2, "credit", "20", "2026-03-10T07:00:00+00:00"}, // 10 March 01:00: inside
            {3, "debit", "5", "2026-03-11T01:00:00+00:00"},   // 10 March 19:00: inside (the evening top-up case)
            {4, "debit", "7", "2026-03-11T07:00:00+00:00"},   // 11 March 01:00: outside
        };
        f.network.setHandler([&card](const FakeRequest& r) { return card(r); });
        MovementListModel model(&f.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTimeZone(kGuatemala);
        model.setCard(5, 10);
        model.setPeriod(QDate(2026, 3, 10), QDate(2026, 3, 10));
        QTRY_COMPARE(model.state(), MovementListModel::State::Idle);
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(param(f.network.requests().first(), "from"), QStringLiteral("2026-03-10"));
        QCOMPARE(param(f.network.requests().first(), "to"), QStringLiteral("2026-03-11"));
        QCOMPARE(model.movementAt(0).transferId, qint64(2));
        QCOMPARE(model.movementAt(1).transferId, qint64(3));
        QCOMPARE(model.totalCredits(), money("20"));
        QCOMPARE(model.totalDebits(), money("5"));
        // Local time with the zone named; the UTC instant on hover and in UtcRole.
        const QString shown = model.data(model.index(1, MovementListModel::Date)).toString();
        QCOMPARE(shown, QStringLiteral("10 Mar 2026 19:00:00 UTC-06")); // C locale (initTestCase)
        QCOMPARE(model.data(model.index(1, MovementListModel::Date), Qt::ToolTipRole).toString(),
                 QStringLiteral("2026-03-11 01:00:00 UTC"));
        QCOMPARE(model.data(model.index(1, MovementListModel::Date), MovementListModel::UtcRole).toDateTime(),
                 QDateTime(QDate(2026, 3, 11), QTime(1, 0), kUtc));
        QVERIFY(model.headerData(MovementListModel::Date, Qt::Horizontal).toString().contains(u"UTC-06"));

        // East of Greenwich the covering days start the day before.
        const auto [from, to] =
            MovementListModel::utcDaysCovering(QDate(2026, 3, 10), QDate(2026, 3, 12), QTimeZone(9 * 3600));
        QCOMPARE(from, QDate(2026, 3, 9));
        QCOMPARE(to, QDate(2026, 3, 12));
        const auto [utcFrom, utcTo] = MovementListModel::utcDaysCovering(QDate(2026, 3, 10), QDate(2026, 3, 12), kUtc);
        QCOMPARE(utcFrom, QDate(2026, 3, 10));
        QCOMPARE(utcTo, QDate(2026, 3, 12));
    }

    void sortingIsAskedOfTheServerForTheColumnsItKnows() {
        ClientFixture f;
        FakeCard card = busyCard();
        f.network.setHandler([&card](const FakeRequest& r) { return card(r); });
        MovementListModel model(&f.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCard(5, 10);
        model.setPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31));
        QTRY_COMPARE(model.state(), MovementListModel::State::Idle);
        const QList<std::tuple<MovementListModel::Column, Qt::SortOrder, const char*, const char*>> cases = {
            {MovementListModel::Date, Qt::AscendingOrder, "createdAt", "asc"},
            {MovementListModel::Debit, Qt::DescendingOrder, "amount", "desc"},
            {MovementListModel::Credit, Qt::AscendingOrder, "amount", "asc"},
            {MovementListModel::Date, Qt::DescendingOrder, "createdAt", "desc"}};
        for (const auto& [column, order, key, wireOrder] : cases) {
            const qsizetype before = f.network.requests().size();
            model.sort(column, order);
            QTRY_COMPARE(model.state(), MovementListModel::State::Idle);
            QCOMPARE(f.network.requests().size(), before + 1);
            const FakeRequest& sent = f.network.requests().last();
            QCOMPARE(param(sent, "sortBy"), QString::fromLatin1(key));
            QCOMPARE(param(sent, "sortOrder"), QString::fromLatin1(wireOrder));
            QCOMPARE(param(sent, "page"), QStringLiteral("1"));
            QCOMPARE(model.rowCount(), 50);
        }
        // Columns the server cannot sort send nothing and keep the rows.
        const qsizetype before = f.network.requests().size();
        for (int column : {int(MovementListModel::Type), int(MovementListModel::Description),
                           int(MovementListModel::BalanceAfter)}) {
            QVERIFY(!MovementListModel::isSortable(column));
            model.sort(column, Qt::AscendingOrder);
        }
        QTest::qWait(50);
        QCOMPARE(f.network.requests().size(), before);
        QCOMPARE(model.rowCount(), 50);
    }

    void anAnswerToAReplacedPeriodNeverShows() {
        ClientFixture f;
        FakeCard card = busyCard();
        bool holdFirst = true;
        f.network.setHandler([&](const FakeRequest& r) {
            if (holdFirst) { // the first period's answer is slow
                holdFirst = false;
                return FakeResponse::hang();
            }
            FakeCard small;
            small.movements = {{900, "credit", "1", "2026-04-02T10:00:00+00:00"}};
            return small(r);
        });
        MovementListModel model(&f.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTimeZone(kUtc);
        model.setCard(5, 10);
        model.setPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31));
        QTRY_COMPARE(f.network.requests().size(), 1);
        QCOMPARE(model.state(), MovementListModel::State::Loading);
        model.setPeriod(QDate(2026, 4, 1), QDate(2026, 4, 30));
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.movementAt(0).transferId, qint64(900));
        QCOMPARE(param(f.network.requests().last(), "from"), QStringLiteral("2026-04-01"));
        QTest::qWait(50);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.state(), MovementListModel::State::Idle);
    }

    void aFailedPageIsRetriedKeepingTheRowsShown() {
        ClientFixture f;
        FakeCard card = busyCard();
        f.network.setHandler([&card](const FakeRequest& r) { return card(r); });
        MovementListModel model(&f.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy states(&model, &MovementListModel::stateChanged);
        model.setCard(5, 10);
        model.setPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31));
        QTRY_COMPARE(model.rowCount(), 50);
        card.failNext = true;
        model.fetchMore();
        QTRY_COMPARE(model.state(), MovementListModel::State::Error);
        QVERIFY(!model.errorText().isEmpty());
        QVERIFY(!model.canFetchMore());
        QCOMPARE(model.rowCount(), 50);
        model.retry();
        QTRY_COMPARE(model.rowCount(), 100);
        QCOMPARE(param(f.network.requests().last(), "page"), QStringLiteral("2"));
        QCOMPARE(model.state(), MovementListModel::State::Idle);
        QVERIFY(model.errorText().isEmpty());
        QVERIFY(states.contains(QVariantList{QVariant::fromValue(MovementListModel::State::Error)}));
    }

    void exportsTheLoadedRowsWithOffsetsAndExactAmounts() {
        ClientFixture f;
        FakeCard card;
        card.movements = {
            {7, "credit", "12345678.9999", "2026-03-11T01:00:05+00:00", "\"Pago, \\\"marzo\\\"\""},
            {8, "debit", "0.1", "2026-03-10T07:00:00+00:00"},
        };
        f.network.setHandler([&card](const FakeRequest& r) { return card(r); });
        MovementListModel model(&f.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTimeZone(kGuatemala);
        model.setCard(5, 10);
        model.setPeriod(QDate(2026, 3, 10), QDate(2026, 3, 10));
        QTRY_COMPARE(model.rowCount(), 2);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("movements.csv"));
        QString error;
        QVERIFY2(model.exportCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), 4); // header, two rows, the empty piece after the last CRLF
        QCOMPARE(lines[0], QStringLiteral("Date and time,Transfer id,Type,Description,Observations,Debit,Credit,"
                                          "Balance after,Currency,Channel,Operator id"));
        QCOMPARE(lines[1], QStringLiteral("2026-03-10T19:00:05-06:00,7,Add funds,Move 7,\"Pago, \"\"marzo\"\"\",,"
                                          "12345678.9999,1000.5,GTQ,webService,2"));
        QCOMPARE(lines[2], QStringLiteral("2026-03-10T01:00:00-06:00,8,Card purchase,Move 8,,0.1,,1000.5,GTQ,"
                                          "webService,2"));
        QCOMPARE(lines[3], QString());

        QCOMPARE(MovementListModel::isoWithOffset(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), kUtc)),
                 QStringLiteral("2026-01-02T03:04:05+00:00"));
        QCOMPARE(MovementListModel::isoWithOffset(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone(19800))),
                 QStringLiteral("2026-01-02T03:04:05+05:30"));
        QVERIFY(!model.exportCsv(dir.filePath(QStringLiteral("no/such/dir/x.csv")), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMovementListModel)
#include "tst_movementlistmodel.moc"
