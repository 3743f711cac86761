// The card list model and its filter proxy against a fake server: columns and roles, both sources, reload, clear,
// late answers, errors, updates after an action, and local filtering and sorting.
#include "../api/ClientFixture.h"
#include "CardFilterProxyModel.h"
#include "CardListModel.h"
#include "CardStore.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QThreadPool>
#include <QTimer>

using namespace migo;
using namespace migo::test;
using models::CardFilterProxyModel;
using models::CardListModel;

namespace {

struct CardSpec {
    qint64 id;
    const char* pan;
    const char* alias;
    const char* type;
    const char* status;
    const char* balance; ///< JSON number text
    qint64 cardholderId; ///< 0: null (not assigned)
    const char* cardholderName;
};

QByteArray json(const CardSpec& c) {
    const QByteArray holder = c.cardholderId == 0 ? QByteArray("null") : QByteArray::number(c.cardholderId);
    const QByteArray name = c.cardholderId == 0 ? QByteArray("null") : '"' + QByteArray(c.cardholderName) + '"';
    return "{\"cardId\":" + QByteArray::number(c.id) + ",\"maskedPan\":\"" + c.pan + "\",\"alias\":\"" + c.alias +
           "\",\"type\":\"" + c.type + "\",\"status\":\"" + c.status + "\",\"balance\":" + c.balance +
           ",\"currency\":\"GTQ\",\"cardholderId\":" + holder + ",\"cardholderName\":" + name + "}";
}

QByteArray list(const QList<CardSpec>& cards) {
    QByteArray body = "[";
    for (const CardSpec& card : cards) {
        if (body.size() > 1)
            body += ',';
        body += json(card);
    }
    return body + ']';
}

const QList<CardSpec> kPartnerCards = {
    {10, "411111******1234", "Principal", "PHYSICAL", "ACTIVE", "1234.5", 5, "María Ramírez"},
    {9, "411111******9876", "Gastos", "PHYSICAL", "BLOCKED", "100", 5, "María Ramírez"},
    {100, "411111******5555", "Viáticos", "PHYSICAL", "INACTIVE", "9.9999", 6, "Selvin Cojulún"},
    {11, "411111******4321", "Ahorro", "PHYSICAL", "SUSPENDED", "0", 0, ""},
};

const QList<CardSpec> kCardholderCards = {
    {10, "411111******1234", "Principal", "PHYSICAL", "ACTIVE", "1234.5", 5, "María Ramírez"},
    {77, "522870******0042", "Tarjeta familiar", "LINKED", "ACTIVE", "20", 8, "Otto Otro"},
};

/// Answers the partner list and cardholder 5's list; counts requests per path.
struct FakeCards {
    QList<CardSpec> partner = kPartnerCards;
    QList<CardSpec> cardholder = kCardholderCards;
    bool failNext = false;

    FakeResponse operator()(const FakeRequest& r) {
        if (failNext) {
            failNext = false;
            return FakeResponse::failure(500, "7003", "boom");
        }
        if (r.url.path().endsWith(u"/app/partners/7/cards"))
            return FakeResponse::ok(list(partner));
        if (r.url.path().endsWith(u"/app/partners/7/cardholders/5/cards"))
            return FakeResponse::ok(list(cardholder));
        return FakeResponse::failure(404, "7010", "no route");
    }
};

QString text(const QAbstractItemModel& model, int row, int column, int role = Qt::DisplayRole) {
    return model.data(model.index(row, column), role).toString();
}

/// The ids of the rows a model shows, in order.
QList<qint64> ids(const QAbstractItemModel& model) {
    QList<qint64> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.data(model.index(row, 0), CardListModel::CardIdRole).toLongLong();
    return result;
}

/// A partner list of `count` cards (ids 1…count, server order) as a chunked answer; `eachChunk(offset)` runs before
/// each chunk of `chunkBytes` goes out; `cutAt` >= 0 cuts the body there.
FakeResponse manyCardsInChunks(int count, qint64 chunkBytes, std::function<void(qint64 offset)> eachChunk,
                               qint64 cutAt = -1) {
    QByteArray body = R"({"success":true,"data":[)";
    for (int id = 1; id <= count; ++id) {
        if (id > 1)
            body += ',';
        const QByteArray balance = QByteArray::number(id);
        body += json({id, "411111******1234", "Gastos", "PHYSICAL", id % 2 ? "ACTIVE" : "BLOCKED", balance.constData(),
                      id, "Holder"});
    }
    body += "]}";
    if (cutAt >= 0)
        body.truncate(cutAt);
    FakeResponse response;
    response.streamBytes = body.size();
    response.chunkBytes = chunkBytes;
    response.stream = [body, eachChunk](qint64 offset, qint64 length) {
        eachChunk(offset);
        return body.mid(offset, length);
    };
    return response;
}

api::Card cardFromModel(const CardListModel& model, qint64 id) {
    const std::optional<api::Card> card = model.cardById(id);
    return card.value_or(api::Card());
}

} // namespace

class TestCardListModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void partnerCardsShowEveryColumn() {
        ClientFixture f;
        FakeCards server;
        f.network.setHandler([&server](const FakeRequest& r) { return server(r); });
        CardListModel model(&f.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &CardListModel::loaded);
        QSignalSpy states(&model, &CardListModel::stateChanged);

        model.loadPartnerCards();
        QCOMPARE(model.state(), CardListModel::State::Loading);
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).at(0).toInt(), 4);
        QCOMPARE(model.state(), CardListModel::State::Idle);
        QCOMPARE(states.size(), 2); // Loading, then Idle
        QCOMPARE(f.network.requests().size(), 1);
        QCOMPARE(f.network.requests().at(0).verb, QByteArray("GET"));
        QVERIFY(f.network.requests().at(0).url.path().endsWith(u"/app/partners/7/cards"));

        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(CardListModel::ColumnCount));
        QCOMPARE(text(model, 0, CardListModel::Id), QStringLiteral("10"));
        QCOMPARE(text(model, 0, CardListModel::MaskedPan), QStringLiteral("411111******1234"));
        QCOMPARE(text(model, 0, CardListModel::Alias), QStringLiteral("Principal"));
        QCOMPARE(text(model, 0, CardListModel::Type), QStringLiteral("Issued"));
        QCOMPARE(text(model, 0, CardListModel::Status), QStringLiteral("Active"));
        QCOMPARE(text(model, 0, CardListModel::Status, Qt::ToolTipRole), QStringLiteral("ACTIVE"));
        QCOMPARE(text(model, 0, CardListModel::Balance), QStringLiteral("Q\u00a01,234.50"));
        QCOMPARE(text(model, 0, CardListModel::Cardholder), QStringLiteral("María Ramírez"));
        QCOMPARE(text(model, 1, CardListModel::Status), QStringLiteral("Blocked"));
        QCOMPARE(text(model, 2, CardListModel::Status), QStringLiteral("Inactive"));
        QCOMPARE(text(model, 2, CardListModel::Balance), QStringLiteral("Q\u00a09.9999"));
        // A status this client does not know is shown as the server sent it, never guessed.
        QCOMPARE(text(model, 3, CardListModel::Status), QStringLiteral("SUSPENDED"));
        QCOMPARE(model.data(model.index(3, 0), CardListModel::StatusRole).toInt(), int(api::CardStatus::Unknown));
        QCOMPARE(text(model, 3, CardListModel::Cardholder), QStringLiteral("Not assigned"));
        QVERIFY(!model.data(model.index(3, 0), CardListModel::CardholderIdRole).isValid());

        const int right = int(Qt::AlignRight | Qt::AlignVCenter);
        QCOMPARE(model.data(model.index(0, CardListModel::Balance), Qt::TextAlignmentRole).toInt(), right);
        QCOMPARE(model.data(model.index(0, CardListModel::Id), Qt::TextAlignmentRole).toInt(), right);
        QCOMPARE(model.data(model.index(0, CardListModel::Id), CardListModel::SortRole).toLongLong(), qint64(10));
        QCOMPARE(model.data(model.index(0, CardListModel::Balance), CardListModel::SortRole).toLongLong(),
                 qint64(12345000));
        QCOMPARE(model.data(model.index(0, 0), CardListModel::CardholderIdRole).toLongLong(), qint64(5));
        QCOMPARE(model.data(model.index(0, 0), CardListModel::TypeRole).toInt(), int(api::CardType::Physical));
        QCOMPARE(model.headerData(CardListModel::Balance, Qt::Horizontal).toString(), QStringLiteral("Balance"));
        QCOMPARE(model.headerData(CardListModel::MaskedPan, Qt::Horizontal).toString(), QStringLiteral("Card number"));

        QCOMPARE(model.rowOfCard(100), 2);
        QCOMPARE(model.rowOfCard(12345), -1);
        QCOMPARE(cardFromModel(model, 9).alias, QStringLiteral("Gastos"));
        QVERIFY(!model.cardById(12345));
        QCOMPARE(model.card(1)->id, qint64(9));
        QVERIFY(!model.card(4));
        QVERIFY(!model.card(-1));
    }

    void fullPanIsNeverShown() {
        ClientFixture f;
        FakeCards server;
        server.partner = {{1, "4111111111111234", "Principal", "PHYSICAL", "ACTIVE", "1", 5, "Ana"},
                          {2, "5222 8700 0000 0042", "Otra", "PHYSICAL", "ACTIVE", "1", 5, "Ana"}};
        f.network.setHandler([&server](const FakeRequest& r) { return server(r); });
        CardListModel model(&f.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.loadPartnerCards();
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(text(model, 0, CardListModel::MaskedPan), QStringLiteral("411111******1234"));
        QCOMPARE(model.card(0)->maskedPan, QStringLiteral("411111******1234"));
        QCOMPARE(text(model, 1, CardListModel::MaskedPan), QStringLiteral("5222 87** **** 0042"));
        QVERIFY(!model.filterKey(0).contains(QStringLiteral("4111111111111234")));

        api::Card updated = *model.card(0);
        updated.maskedPan = QStringLiteral("4111111111119999");
        model.updateCard(updated);
        QCOMPARE(text(model, 0, CardListModel::MaskedPan), QStringLiteral("411111******9999"));
    }

    void cardholderCardsIncludeLinkedOnes() {
        ClientFixture f;
        FakeCards server;
        f.network.setHandler([&server](const FakeRequest& r) { return server(r); });
        CardListModel model(&f.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.loadCardholderCards(5);
        QTRY_COMPARE(model.rowCount(), 2);
        QVERIFY(f.network.requests().last().url.path().endsWith(u"/app/partners/7/cardholders/5/cards"));
        QCOMPARE(model.cardholderId(), std::optional<qint64>(5));
        QCOMPARE(text(model, 0, CardListModel::Type), QStringLiteral("Issued"));
        QCOMPARE(text(model, 1, CardListModel::Type), QStringLiteral("Linked"));
        QCOMPARE(model.data(model.index(1, 0), CardListModel::TypeRole).toInt(), int(api::CardType::Linked));
        QCOMPARE(text(model, 1, CardListModel::Alias), QStringLiteral("Tarjeta familiar"));

        // An action on the linked card answers the owner's view of it: the row stays Linked with the link's alias.
        api::Card fromAction = *model.card(1);
        fromAction.type = api::CardType::Physical;
        fromAction.typeWire = QStringLiteral("PHYSICAL");
        fromAction.alias = QStringLiteral("Owner's alias");
        fromAction.balance = api::Money::fromUnits(50000);
        model.updateCard(fromAction);
        QCOMPARE(text(model, 1, CardListModel::Type), QStringLiteral("Linked"));
        QCOMPARE(text(model, 1, CardListModel::Alias), QStringLiteral("Tarjeta familiar"));
        QCOMPARE(text(model, 1, CardListModel::Balance), QStringLiteral("Q\u00a05.00"));

        // Reloading the same cardholder keeps the rows until the answer; another cardholder's rows go at once.
        f.network.setHandler([](const FakeRequest&) { return FakeResponse::hang(); });
        model.reload();
        QCOMPARE(model.state(), CardListModel::State::Loading);
        QCOMPARE(model.rowCount(), 2);
        model.loadCardholderCards(6);
        QCOMPARE(model.rowCount(), 0);
        QTRY_VERIFY(f.network.requests().last().url.path().endsWith(u"/cardholders/6/cards"));
        model.loadPartnerCards();
        QCOMPARE(model.cardholderId(), std::nullopt);
    }

    void reloadReplacesTheRows() {
        ClientFixture f;
        FakeCards server;
        f.network.setHandler([&server](const FakeRequest& r) { return server(r); });
        CardListModel model(&f.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &CardListModel::loaded);
        model.loadPartnerCards();
        QTRY_COMPARE(loaded.size(), 1);
        server.partner = {kPartnerCards.at(2), {42, "411111******4242", "Nueva", "PHYSICAL", "ACTIVE", "5", 7, "Eva"}};
        model.reload();
        QTRY_COMPARE(loaded.size(), 2);
        QCOMPARE(ids(model), (QList<qint64>{100, 42}));
        QCOMPARE(model.rowOfCard(42), 1);
        QCOMPARE(model.rowOfCard(100), 0);
        QCOMPARE(model.rowOfCard(10), -1); // gone from the new list, gone from the index
        QCOMPARE(f.network.countRequests(QStringLiteral("/cards")), 2);
    }

    void bigListIsIndexedOffTheGuiThread() {
        // Over ClientConfig::offThreadParseBytes, so both the client's parse and the model's indexing use workers.
        ClientFixture f;
        FakeCards server;
        server.partner.clear();
        for (int id = 1; id <= 3000; ++id)
            server.partner.append(
                {id * 3, "459301******0001", "Principal", "PHYSICAL", "ACTIVE", "1", id, "Ana Pérez"});
        f.network.setHandler([&server](const FakeRequest& r) { return server(r); });
        CardListModel model(&f.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.loadPartnerCards();
        QTRY_COMPARE(model.rowCount(), 3000);
        for (int row = 0; row < 3000; ++row)
            QCOMPARE(model.rowOfCard(qint64(row + 1) * 3), row);
        QCOMPARE(model.filterKey(2999), QStringLiteral("9000 459301******0001 principal ana perez"));
    }

    void clearDropsRowsSourceAndPendingCall() {
        ClientFixture f;
        FakeCards server;
        f.network.setHandler([&server](const FakeRequest& r) { return server(r); });
        CardListModel model(&f.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.loadPartnerCards();
        QTRY_COMPARE(model.rowCount(), 4);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.state(), CardListModel::State::Idle);
        QCOMPARE(model.rowOfCard(10), -1);
        model.reload(); // no source any more: nothing is sent
        QCOMPARE(f.network.requests().size(), 1);
        QCOMPARE(model.state(), CardListModel::State::Idle);

        // A call still on the network is cancelled: its reply is aborted and never fills the model.
        f.network.setHandler([](const FakeRequest&) { return FakeResponse::hang(); });
        QList<QPointer<FakeReply>> replies;
        connect(&f.network, &FakeNetworkAccessManager::replyCreated, this,
                [&replies](FakeReply* reply) { replies << reply; });
        QSignalSpy loaded(&model, &CardListModel::loaded);
        model.loadPartnerCards();
        QTRY_COMPARE(replies.size(), 1);
        model.clear();
        QTRY_VERIFY(replies.at(0).isNull() || !replies.at(0)->isRunning());
        QCOMPARE(model.state(), CardListModel::State::Idle);
        QCOMPARE(loaded.size(), 0);
    }

    void answerArrivingAfterClearIsDropped() {
        // The answer is in, and the model is indexing it on a worker, when the agent clears the list (signs out):
        // the prepared rows must not appear.
        ClientFixture f;
        FakeCards server;
        f.network.setHandler([&server](const FakeRequest& r) { return server(r); });
        CardListModel model(&f.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &CardListModel::loaded);
        bool clearedWhilePreparing = false;
        connect(&f.network, &FakeNetworkAccessManager::replyCreated, this, [&](FakeReply* reply) {
            // Queued: runs after the client delivered the answer (direct connections), before the worker's result.
            connect(
                reply, &QNetworkReply::finished, this,
                [&] {
                    clearedWhilePreparing = model.state() == CardListModel::State::Loading;
                    model.clear();
                },
                Qt::QueuedConnection);
        });
        model.loadPartnerCards();
        QTRY_COMPARE(f.network.requests().size(), 1);
        QTRY_VERIFY(clearedWhilePreparing);
        // Let the dropped worker job finish and deliver whatever it would deliver.
        QVERIFY(QThreadPool::globalInstance()->waitForDone(20000));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(loaded.size(), 0);
        QCOMPARE(model.state(), CardListModel::State::Idle);
    }

    void laterLoadWinsOverASlowerOne() {
        ClientFixture f;
        FakeCards server;
        f.network.setHandler([&server](const FakeRequest& r) {
            if (r.url.path().endsWith(u"/app/partners/7/cards"))
                return FakeResponse::hang(); // the partner list is slow
            return server(r);
        });
        CardListModel model(&f.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.loadPartnerCards();
        model.loadCardholderCards(5);
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(ids(model), (QList<qint64>{10, 77}));
        QCOMPARE(model.state(), CardListModel::State::Idle);
    }

    void errorStateThenRetry() {
        ClientFixture f;
        FakeCards server;
        f.network.setHandler([&server](const FakeRequest& r) { return server(r); });
        CardListModel model(&f.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.loadPartnerCards();
        QTRY_COMPARE(model.rowCount(), 4);
        server.failNext = true;
        QSignalSpy states(&model, &CardListModel::stateChanged);
        model.reload();
        QTRY_COMPARE(model.state(), CardListModel::State::Error);
        QVERIFY(!model.errorText().isEmpty());
        QCOMPARE(model.rowCount(), 0);                                  // no stale balances under an error
        QCOMPARE(f.network.countRequests(QStringLiteral("/cards")), 2); // a 500 read is not retried by the model
        model.reload();                                                 // the Retry button
        QTRY_COMPARE(model.rowCount(), 4);
        QCOMPARE(model.state(), CardListModel::State::Idle);
        QVERIFY(model.errorText().isEmpty());
        QCOMPARE(states.size(), 4); // Loading, Error, Loading, Idle
    }

    void everyListFollowsTheCardStore() {
        ClientFixture f;
        FakeCards server;
        f.network.setHandler([&server](const FakeRequest& r) { return server(r); });
        core::CardStore store;
        CardListModel partner(&f.client, &store);
        CardListModel other(&f.client);
        other.setCardStore(&store);
        QCOMPARE(other.cardStore(), &store);
        partner.loadPartnerCards();
        other.loadPartnerCards();
        QTRY_VERIFY(partner.rowCount() == 4 && other.rowCount() == 4);

        // An operation publishes the card as the server answered it: both lists show it.
        api::Card blocked = cardFromModel(partner, 10);
        blocked.status = api::CardStatus::Blocked;
        blocked.statusWire = QStringLiteral("BLOCKED");
        blocked.balance = api::Money::fromUnits(10000);
        store.publish(blocked);
        QCOMPARE(partner.cardById(10)->status, api::CardStatus::Blocked);
        QCOMPARE(other.cardById(10)->status, api::CardStatus::Blocked);
        QCOMPARE(text(other, 0, CardListModel::Balance), QStringLiteral("Q\u00a01.00"));

        // A bulk call's changed cards.
        store.publishStatuses({10, 9}, api::CardStatus::Active);
        QCOMPARE(partner.cardById(10)->status, api::CardStatus::Active);
        QCOMPARE(other.cardById(9)->status, api::CardStatus::Active);

        // A model without a store follows nothing.
        other.setCardStore(nullptr);
        store.publishStatuses({10}, api::CardStatus::Blocked);
        QCOMPARE(partner.cardById(10)->status, api::CardStatus::Blocked);
        QCOMPARE(other.cardById(10)->status, api::CardStatus::Active);
    }

    void updatesAfterAnActionChangeOneRow() {
        ClientFixture f;
        FakeCards server;
        f.network.setHandler([&server](const FakeRequest& r) { return server(r); });
        CardListModel model(&f.client);
        CardFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.loadPartnerCards();
        QTRY_COMPARE(model.rowCount(), 4);
        proxy.setStatusFilter(api::CardStatus::Active);
        QCOMPARE(ids(proxy), QList<qint64>{10});

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.updateStatus(10, api::CardStatus::Blocked); // block succeeded
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, 0));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(0, CardListModel::ColumnCount - 1));
        QCOMPARE(text(model, 0, CardListModel::Status), QStringLiteral("Blocked"));
        QCOMPARE(text(model, 0, CardListModel::Status, Qt::ToolTipRole), QStringLiteral("BLOCKED"));
        QCOMPARE(model.cardById(10)->status, api::CardStatus::Blocked);
        QVERIFY(ids(proxy).isEmpty()); // no stale "Active" row after a block

        api::Card topUp = cardFromModel(model, 9);
        topUp.status = api::CardStatus::Active;
        topUp.statusWire = QStringLiteral("ACTIVE");
        topUp.balance = api::Money::fromUnits(2000000);
        model.updateCard(topUp);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 1);
        QCOMPARE(text(model, 1, CardListModel::Balance), QStringLiteral("Q\u00a0200.00"));
        QCOMPARE(ids(proxy), QList<qint64>{9});

        api::Card stranger = topUp;
        stranger.id = 999;
        model.updateCard(stranger);
        model.updateStatus(999, api::CardStatus::Active);
        QCOMPARE(changed.size(), 2); // unknown ids are ignored
        QCOMPARE(model.rowCount(), 4);
    }

    void filterMatchesEveryFieldAndAllWords() {
        ClientFixture f;
        FakeCards server;
        f.network.setHandler([&server](const FakeRequest& r) { return server(r); });
        CardListModel model(&f.client);
        CardFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.loadPartnerCards();
        QTRY_COMPARE(proxy.rowCount(), 4);

        const auto shown = [&proxy](const QString& filter) {
            proxy.setFilterText(filter);
            return ids(proxy);
        };
        QCOMPARE(shown(QStringLiteral("1234")), QList<qint64>{10});            // last four of the PAN
        QCOMPARE(shown(QStringLiteral("100")), (QList<qint64>{100}));          // the id
        QCOMPARE(shown(QStringLiteral("ramirez")), (QList<qint64>{10, 9}));    // accents and case ignored
        QCOMPARE(shown(QStringLiteral("RAMÍREZ gastos")), QList<qint64>{9});   // every word must match
        QCOMPARE(shown(QStringLiteral("viaticos")), QList<qint64>{100});       // alias
        QCOMPARE(shown(QStringLiteral("block")), QList<qint64>{9});            // status text
        QCOMPARE(shown(QStringLiteral("act")), QList<qint64>{10});             // "Inactive" does not start with it
        QCOMPARE(shown(QStringLiteral("inactive")), QList<qint64>{100});       // the whole status text
        QCOMPARE(shown(QStringLiteral("suspended")), QList<qint64>{11});       // an unknown status's wire value
        QCOMPARE(shown(QStringLiteral("  maria   1234 ")), QList<qint64>{10}); // extra spaces ignored
        QCOMPARE(shown(QStringLiteral("ramirez selvin")), QList<qint64>{});    // words AND, not OR
        QCOMPARE(shown(QString()), (QList<qint64>{10, 9, 100, 11}));           // empty: everything
        QCOMPARE(proxy.filterText(), QString());

        proxy.setFilterText(QStringLiteral("ramirez"));
        proxy.setStatusFilter(api::CardStatus::Blocked);
        QCOMPARE(ids(proxy), QList<qint64>{9});
        proxy.setStatusFilter(std::nullopt);
        QCOMPARE(ids(proxy), (QList<qint64>{10, 9}));

        // Rows arriving with a filter in place are filtered too.
        server.partner.append({12, "411111******7777", "Compras", "PHYSICAL", "ACTIVE", "3", 5, "María Ramírez"});
        model.reload();
        QTRY_COMPARE(model.rowCount(), 5);
        QCOMPARE(ids(proxy), (QList<qint64>{10, 9, 12}));
    }

    void sortsOnAWorkerNumbersAsNumbers() {
        ClientFixture f;
        FakeCards server;
        f.network.setHandler([&server](const FakeRequest& r) { return server(r); });
        CardListModel model(&f.client);
        CardFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.loadPartnerCards();
        QTRY_COMPARE(proxy.rowCount(), 4);
        const QPersistentModelIndex selected = proxy.index(2, CardListModel::Alias); // card 100, as a view holds it
        const auto sortedBy = [&proxy, &model](int column, Qt::SortOrder order) {
            proxy.sort(column, order);
            if (!QTest::qWaitFor([&model] { return !model.isSorting(); }, 20000))
                return QList<qint64>{-1};
            return ids(proxy);
        };
        QCOMPARE(sortedBy(CardListModel::Id, Qt::AscendingOrder), (QList<qint64>{9, 10, 11, 100})); // not as text
        QCOMPARE(sortedBy(CardListModel::Balance, Qt::AscendingOrder), (QList<qint64>{11, 100, 9, 10}));
        QCOMPARE(sortedBy(CardListModel::Balance, Qt::DescendingOrder), (QList<qint64>{10, 9, 100, 11}));
        QCOMPARE(sortedBy(CardListModel::Status, Qt::AscendingOrder), (QList<qint64>{10, 9, 100, 11}));
        QCOMPARE(sortedBy(CardListModel::Cardholder, Qt::AscendingOrder), (QList<qint64>{11, 10, 9, 100}));
        QCOMPARE(sortedBy(CardListModel::Cardholder, Qt::DescendingOrder), (QList<qint64>{100, 10, 9, 11}));
        QCOMPARE(sortedBy(CardListModel::Alias, Qt::AscendingOrder), (QList<qint64>{11, 9, 10, 100}));
        QCOMPARE(model.sortColumn(), int(CardListModel::Alias));
        // The view's current cell followed its card to its new row.
        QCOMPARE(selected.row(), 3);
        QCOMPARE(selected.data(CardListModel::CardIdRole).toLongLong(), qint64(100));
        QCOMPARE(selected.column(), int(CardListModel::Alias));
        for (qint64 id : {9, 10, 11, 100})
            QCOMPARE(model.cardAt(model.rowOfCard(id)).id, id); // the id index follows the rows too
        QCOMPARE(sortedBy(-1, Qt::AscendingOrder), (QList<qint64>{10, 9, 100, 11})); // the server's order again

        // A reload keeps the order asked for; a sort asked while the list loads applies to it.
        proxy.sort(CardListModel::Balance, Qt::AscendingOrder);
        model.reload();
        QTRY_COMPARE(model.state(), CardListModel::State::Idle);
        QTRY_VERIFY(!model.isSorting());
        QCOMPARE(ids(proxy), (QList<qint64>{11, 100, 9, 10}));
        model.reload();
        proxy.sort(CardListModel::Id, Qt::DescendingOrder);
        QTRY_COMPARE(model.state(), CardListModel::State::Idle);
        QTRY_VERIFY(!model.isSorting());
        QCOMPARE(ids(proxy), (QList<qint64>{100, 11, 10, 9}));
    }

    void updateDuringASortIsNotLost() {
        ClientFixture f;
        FakeCards server;
        f.network.setHandler([&server](const FakeRequest& r) { return server(r); });
        CardListModel model(&f.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.loadPartnerCards();
        QTRY_COMPARE(model.rowCount(), 4);
        model.sort(CardListModel::Balance, Qt::AscendingOrder);
        QVERIFY(model.isSorting());
        api::Card topUp = cardFromModel(model, 11); // balance 0: first by balance, until this top-up
        topUp.balance = api::Money::fromUnits(50000000);
        model.updateCard(topUp); // answered while the worker sorts the older rows
        QTRY_VERIFY(!model.isSorting());
        QCOMPARE(ids(model), (QList<qint64>{100, 9, 10, 11}));
        QCOMPARE(text(model, 3, CardListModel::Balance), QStringLiteral("Q\u00a05,000.00"));
    }

    void partnerRowsAppearWhileTheListStillArrives() {
        ClientFixture f;
        CardListModel model(&f.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &CardListModel::loaded);
        const int count = 20000;
        int rowsAtHalf = -1;
        bool streamingAtHalf = false;
        int foundMidway = -2;
        qint64 size = 0;
        f.network.setHandler([&](const FakeRequest&) {
            FakeResponse response = manyCardsInChunks(count, 16 * 1024, [&](qint64 offset) {
                if (rowsAtHalf < 0 && offset >= size / 2) {
                    // The second half waits here (a slow network) until rows are on screen, or 5 s.
                    const bool shown = QTest::qWaitFor([&] { return model.rowCount() > 0; }, 5000);
                    rowsAtHalf = shown ? model.rowCount() : 0;
                    streamingAtHalf = model.isStreaming();
                    foundMidway = model.rowOfCard(1); // an update can find a row before the index exists
                }
            });
            size = response.streamBytes;
            return response;
        });
        model.loadPartnerCards();
        QVERIFY(model.isStreaming());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
        QVERIFY2(rowsAtHalf > 0, "no row was shown before the second half of the list arrived");
        QVERIFY(streamingAtHalf);
        QCOMPARE(foundMidway, 0);
        QVERIFY(!model.isStreaming());
        QCOMPARE(model.state(), CardListModel::State::Idle);
        QCOMPARE(loaded.at(0).at(0).toInt(), count);
        QCOMPARE(model.rowCount(), count);
        const QList<qint64> shown = ids(model);
        for (int row = 0; row < count; ++row) {
            if (shown.at(row) != row + 1)
                QFAIL(qPrintable(QStringLiteral("row %1 holds card %2").arg(row).arg(shown.at(row))));
        }
        QTRY_COMPARE(model.rowOfCard(count), count - 1); // once the index is built as well
        QVERIFY(model.filterKey(4).contains(u"holder"));
    }

    void aSortAskedWhileRowsArriveIsAppliedWhenTheyAreAllIn() {
        ClientFixture f;
        CardListModel model(&f.client);
        QSignalSpy loaded(&model, &CardListModel::loaded);
        bool asked = false;
        bool sortingWhileArriving = true;
        f.network.setHandler([&](const FakeRequest&) {
            return manyCardsInChunks(5000, 8 * 1024, [&](qint64 offset) {
                if (!asked && offset > 100 * 1024) {
                    asked = true;
                    model.sort(CardListModel::Id, Qt::DescendingOrder);
                    sortingWhileArriving = model.isSorting();
                }
            });
        });
        model.loadPartnerCards();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
        QVERIFY(asked);
        QVERIFY(!sortingWhileArriving); // nothing is sorted while rows still arrive
        QTRY_VERIFY(!model.isSorting());
        QTRY_COMPARE(ids(model).first(), qint64(5000));
        QCOMPARE(ids(model).last(), qint64(1));
        QCOMPARE(model.rowOfCard(5000), 0);
    }

    void aListThatBreaksOffDropsTheRowsAlreadyShown() {
        ClientFixture f;
        CardListModel model(&f.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int mostRows = 0;
        f.network.setHandler([&](const FakeRequest&) {
            return manyCardsInChunks(
                5000, 8 * 1024,
                [&](qint64 offset) {
                    if (offset == 256 * 1024 && QTest::qWaitFor([&] { return model.rowCount() > 0; }, 5000))
                        mostRows = model.rowCount();
                },
                300 * 1024);
        });
        model.loadPartnerCards();
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), CardListModel::State::Error, 20000);
        QVERIFY(mostRows > 0);         // rows were on screen…
        QCOMPARE(model.rowCount(), 0); // …and are gone: part of a list is not the partner's list
        QVERIFY(!model.errorText().isEmpty());
        QVERIFY(!model.isStreaming());
    }

    void loadingAgainWhileRowsArriveStartsOver() {
        ClientFixture f;
        CardListModel model(&f.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &CardListModel::loaded);
        int requests = 0;
        f.network.setHandler([&](const FakeRequest&) {
            const int request = ++requests;
            return manyCardsInChunks(3000, 8 * 1024, [&model, request](qint64 offset) {
                if (request == 1 && offset == 64 * 1024)
                    QTimer::singleShot(0, &model, [&model] { model.loadPartnerCards(); });
            });
        });
        model.loadPartnerCards();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
        QCOMPARE(requests, 2);
        QCOMPARE(model.rowCount(), 3000); // no row of the first answer left over
        QCOMPARE(ids(model).first(), qint64(1));
        QCOMPARE(ids(model).last(), qint64(3000));
    }
};

QTEST_GUILESS_MAIN(TestCardListModel)
#include "tst_cardlistmodel.moc"
