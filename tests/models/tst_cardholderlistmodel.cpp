// The cardholder list model against a fake server: paging, search, server-side sort, errors and retry.
#include "../api/ClientFixture.h"
#include "CardholderListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUrlQuery>

using namespace migo;
using namespace migo::test;
using models::CardholderListModel;

namespace {

/// A fake partner with `total` cardholders; honours page, limit and a searchText on the e-mail.
struct FakeDirectory {
    int total = 120;
    bool failNext = false;

    FakeResponse operator()(const FakeRequest& r) {
        if (failNext) {
            failNext = false;
            return FakeResponse::failure(500, "7003", "boom");
        }
        const QUrlQuery query(r.url);
        const int page = query.queryItemValue(QStringLiteral("page")).toInt();
        const int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
        const QString search = query.queryItemValue(QStringLiteral("searchText"), QUrl::FullyDecoded);
        QList<int> ids;
        for (int id = 1; id <= total; ++id)
            if (search.isEmpty() || QStringLiteral("person%1@example.com").arg(id).contains(search))
                ids << id;
        QByteArray items;
        for (int i = (page - 1) * limit; i < std::min<int>(page * limit, int(ids.size())); ++i) {
            if (!items.isEmpty())
                items += ',';
            items += QStringLiteral(
                         R"({"cardholderId":%1,"name":"Name%1","lastName":"Last%1","email":"person%1@example.com",)"
                         R"("documentType":"DPI","documentNumber":"%2","phoneNumber":"502%3",)"
                         R"("createdAt":"2026-01-01T10:00:00+00:00"})")
                         .arg(ids[i])
                         .arg(1000000000000LL + ids[i])
                         .arg(55500000 + ids[i])
                         .toUtf8();
        }
        return FakeResponse::ok("{\"items\":[" + items + "],\"page\":" + QByteArray::number(page) + ",\"limit\":" +
                                QByteArray::number(limit) + ",\"total\":" + QByteArray::number(ids.size()) + "}");
    }
};

} // namespace

class TestCardholderListModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pagesToTheEndWithFetchMore() {
        ClientFixture f;
        FakeDirectory directory;
        f.network.setHandler([&directory](const FakeRequest& r) { return directory(r); });
        CardholderListModel model(&f.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QTRY_COMPARE(model.rowCount(), 50);
        QCOMPARE(model.totalCount(), qint64(120));
        QVERIFY(model.canFetchMore());
        model.fetchMore();
        QVERIFY(!model.canFetchMore()); // no second request while one is on its way
        QTRY_COMPARE(model.rowCount(), 100);
        model.fetchMore();
        QTRY_COMPARE(model.rowCount(), 120);
        QVERIFY(!model.canFetchMore());
        QCOMPARE(f.network.requests().size(), 3);
        QCOMPARE(QUrlQuery(f.network.requests().last().url).queryItemValue(QStringLiteral("page")),
                 QStringLiteral("3"));
        QCOMPARE(model.data(model.index(119, CardholderListModel::Email)).toString(),
                 QStringLiteral("person120@example.com"));
        QCOMPARE(
            model.data(model.index(0, CardholderListModel::Name), CardholderListModel::CardholderIdRole).toLongLong(),
            qint64(1));
        QCOMPARE(model.data(model.index(0, CardholderListModel::Document)).toString(),
                 QStringLiteral("DPI 1000000000001"));
    }

    void searchStartsOverAndOldAnswersNeverShow() {
        ClientFixture f;
        FakeDirectory directory;
        bool holdFirst = true;
        f.network.setHandler([&](const FakeRequest& r) {
            // The first (unfiltered) answer is slow: it must not land on top of the search's rows.
            if (holdFirst) {
                holdFirst = false;
                return FakeResponse::hang();
            }
            return directory(r);
        });
        CardholderListModel model(&f.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QTRY_COMPARE(f.network.requests().size(), 1);
        model.setSearchText(QStringLiteral("  person11  "));
        QTRY_COMPARE(model.rowCount(), 11); // person11, person110..person119
        QCOMPARE(model.totalCount(), qint64(11));
        const QUrlQuery sent(f.network.requests().last().url);
        QCOMPARE(sent.queryItemValue(QStringLiteral("searchText")), QStringLiteral("person11"));
        QCOMPARE(sent.queryItemValue(QStringLiteral("page")), QStringLiteral("1"));
        QTest::qWait(20);
        QCOMPARE(model.rowCount(), 11);
    }

    void headerSortIsAskedOfTheServer() {
        ClientFixture f;
        FakeDirectory directory;
        f.network.setHandler([&directory](const FakeRequest& r) { return directory(r); });
        CardholderListModel model(&f.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<std::pair<CardholderListModel::Column, const char*>> columns = {
            {CardholderListModel::Name, "name"},
            {CardholderListModel::LastName, "lastName"},
            {CardholderListModel::Document, "documentNumber"},
            {CardholderListModel::Email, "email"},
            {CardholderListModel::Phone, "phoneNumber"},
            {CardholderListModel::Created, "createdAt"}};
        for (const auto& [column, key] : columns) {
            model.sort(column, Qt::AscendingOrder);
            QTRY_COMPARE(model.state(), CardholderListModel::State::Idle);
            const QUrlQuery sent(f.network.requests().last().url);
            QCOMPARE(sent.queryItemValue(QStringLiteral("sortBy")), QString::fromLatin1(key));
            QCOMPARE(sent.queryItemValue(QStringLiteral("sortOrder")), QStringLiteral("asc"));
        }
        model.sort(CardholderListModel::Email, Qt::DescendingOrder);
        QTRY_COMPARE(model.state(), CardholderListModel::State::Idle);
        QCOMPARE(QUrlQuery(f.network.requests().last().url).queryItemValue(QStringLiteral("sortOrder")),
                 QStringLiteral("desc"));
    }

    void errorStateThenRetry() {
        ClientFixture f;
        FakeDirectory directory;
        directory.failNext = true;
        f.network.setHandler([&directory](const FakeRequest& r) { return directory(r); });
        CardholderListModel model(&f.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy states(&model, &CardholderListModel::stateChanged);
        model.reload();
        QTRY_COMPARE(model.state(), CardholderListModel::State::Error);
        QVERIFY(!model.errorText().isEmpty());
        QVERIFY(!model.canFetchMore());
        model.reload(); // the Retry button
        QTRY_COMPARE(model.rowCount(), 50);
        QCOMPARE(model.state(), CardholderListModel::State::Idle);
        QVERIFY(model.errorText().isEmpty());
    }

    void aFailedNextPageIsRetriedKeepingTheRowsShown() {
        ClientFixture f;
        FakeDirectory directory;
        f.network.setHandler([&directory](const FakeRequest& r) { return directory(r); });
        CardholderListModel model(&f.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QTRY_COMPARE(model.rowCount(), 50);
        directory.failNext = true;
        model.fetchMore();
        QTRY_COMPARE(model.state(), CardholderListModel::State::Error);
        QVERIFY(model.error().has_value());
        QCOMPARE(model.errorText(), model.error()->userMessage);
        QCOMPARE(model.rowCount(), 50); // what was shown stays
        QVERIFY(!model.canFetchMore()); // scrolling does not send again by itself
        model.retry();
        QTRY_COMPARE(model.rowCount(), 100);
        QCOMPARE(QUrlQuery(f.network.requests().last().url).queryItemValue(QStringLiteral("page")),
                 QStringLiteral("2"));
        QCOMPARE(f.network.requests().size(), 3);
        QCOMPARE(model.state(), CardholderListModel::State::Idle);
        QVERIFY(!model.error().has_value());
        QVERIFY(model.errorText().isEmpty());
    }

    void emptyResult() {
        ClientFixture f;
        FakeDirectory directory;
        directory.total = 0;
        f.network.setHandler([&directory](const FakeRequest& r) { return directory(r); });
        CardholderListModel model(&f.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QTRY_COMPARE(model.state(), CardholderListModel::State::Idle);
        QTRY_COMPARE(model.totalCount(), qint64(0));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore());
    }
};

QTEST_GUILESS_MAIN(TestCardholderListModel)
#include "tst_cardholderlistmodel.moc"
