// CmsClient against a fake network: every operation's request, and what happens when the network misbehaves.
#include "Call.h"
#include "ClientFixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

using namespace migo::api;
using namespace migo::test;

namespace {

/// 401 TOKEN_EXPIRED naming the refused header ("Authorization": the app token; "x-user-token": the operator's).
FakeResponse tokenExpired(const QByteArray& header) {
    return FakeResponse::json(401, R"({"success":false,"errors":[{"code":"TOKEN_EXPIRED","message":"expired",)"
                                   R"("field":")" +
                                       header + R"("}]})");
}

FakeResponse route(const FakeRequest& r) {
    const QString path = r.url.path();
    if (path.endsWith(u"/movements/77"))
        return FakeResponse::ok(movementJson);
    if (path.endsWith(u"/movements"))
        return FakeResponse::ok(R"({"items":[)" + movementJson + R"(],"page":1,"limit":50,"total":1,"totalPages":1})");
    if (path.endsWith(u"/cards/association") && r.verb == "GET")
        return FakeResponse::ok(R"([{"associationId":4,"cardId":12,"alias":"Family","maskedPan":"411111******9876",)"
                                R"("ownerName":"Ana","createdAt":"2026-01-01T00:00:00Z"}])");
    if (path.endsWith(u"/cards/association"))
        return FakeResponse::ok(R"({"associationId":4,"cardId":12,"alias":"Family","maskedPan":"411111******9876"})");
    if (path.endsWith(u"/funds/add") || path.endsWith(u"/funds/withdraw"))
        return FakeResponse::ok(R"({"movement":)" + movementJson + R"(,"card":)" + cardJson + "}");
    if (path.endsWith(u"/cards/transfers"))
        return FakeResponse::ok(R"({"debit":)" + movementJson + R"(,"credit":)" + movementJson + R"(,"fromCard":)" +
                                cardJson + R"(,"toCard":)" + cardJson + "}");
    if (path.endsWith(u"/cardholders/cards/block") || path.endsWith(u"/cardholders/cards/unblock"))
        return FakeResponse::ok(
            R"({"results":[{"cardId":1,"outcome":"DONE"},{"cardId":2,"outcome":"ALREADY_IN_STATE"},)"
            R"({"cardId":3,"outcome":"REFUSED","code":"7200","message":"Card not found"}],)"
            R"("done":1,"alreadyInState":1,"refused":1})");
    if (path.endsWith(u"/activate") || path.endsWith(u"/block") || path.endsWith(u"/unblock"))
        return FakeResponse::ok(cardJson);
    if (path.endsWith(u"/cards"))
        return FakeResponse::ok("[" + cardJson + "]");
    if (path.endsWith(u"/cardholders") && r.verb == "GET")
        return FakeResponse::ok(R"({"items":[)" + cardholderJson +
                                R"(],"page":2,"limit":25,"total":26,"totalPages":2})");
    if (path.endsWith(u"/cardholders") || path.contains(u"/cardholders/"))
        return FakeResponse::ok(cardholderJson);
    if (path.endsWith(u"/app/auth/login") || path.endsWith(u"/app/auth/refresh"))
        return FakeResponse::ok(R"({"accessToken":"app-access-2","refreshToken":"app-refresh-2",)"
                                R"("expirationToken":1900000000,"expirationRefreshToken":1900600000})");
    if (path.endsWith(u"/app/users/login"))
        return FakeResponse::ok(
            R"({"id":3,"accessToken":"op-access-9","refreshToken":"op-refresh-9",)"
            R"("email":"agent@migo.test","name":"Agent","partners":[{"partnerId":7,"name":"Demo"}]})");
    if (path.endsWith(u"/app/users/refresh"))
        return FakeResponse::ok(R"({"accessToken":"op-access-2","refreshToken":"op-refresh-2"})");
    if (path.endsWith(u"/app/users/auth/otp") && r.verb == "POST")
        return FakeResponse::ok(R"({"sentTo":"a***@migo.test","channel":"email","expiresAt":"2030-01-01T00:05:00Z",)"
                                R"("expiresIn":300,"resendAfter":30})");
    if (path.endsWith(u"/app/users/auth/otp"))
        return FakeResponse::ok(R"({"valid":true,"expiresAt":"2030-01-01T00:05:00Z"})");
    return FakeResponse::failure(404, "7010", "not found");
}

QString queryValue(const FakeRequest& r, const QString& key) {
    return QUrlQuery(r.url).queryItemValue(key, QUrl::FullyDecoded);
}

/// Answers 401 TOKEN_EXPIRED to the old access token, then works.
FakeResponse expiringRoute(const FakeRequest& r) {
    if (!r.url.path().contains(u"/app/users/") && r.header("x-user-token") == "Bearer op-access-1")
        return FakeResponse::failure(401, "TOKEN_EXPIRED", "expired");
    return route(r);
}

} // namespace

class TestCmsClient : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listCardholdersSendsPagingSearchAndSort() {
        ClientFixture f;
        f.network.setHandler(route);
        Waiter<Page<Cardholder>> w;
        CardholderQuery query;
        query.page = 2;
        query.limit = 25;
        query.searchText = QStringLiteral("maría+1&x=y #");
        query.sortBy = QStringLiteral("lastName");
        query.sortOrder = SortOrder::Ascending;
        f.client.listCardholders(query, nullptr, w.callback());
        QTRY_VERIFY(w.done());
        QVERIFY(w.result->ok());
        const FakeRequest& r = f.network.requests().constFirst();
        QCOMPARE(r.verb, QByteArray("GET"));
        QCOMPARE(r.url.path(), QStringLiteral("/cms/rest/app/partners/7/cardholders"));
        QCOMPARE(queryValue(r, QStringLiteral("page")), QStringLiteral("2"));
        QCOMPARE(queryValue(r, QStringLiteral("limit")), QStringLiteral("25"));
        QCOMPARE(queryValue(r, QStringLiteral("searchText")), QStringLiteral("maría+1&x=y #")); // '+' stays a plus
        QCOMPARE(queryValue(r, QStringLiteral("sortBy")), QStringLiteral("lastName"));
        QCOMPARE(queryValue(r, QStringLiteral("sortOrder")), QStringLiteral("asc"));
        QCOMPARE(r.header("Authorization"), QByteArray("Bearer app-access"));
        QCOMPARE(r.header("x-user-token"), QByteArray("Bearer op-access-1"));
        const Page<Cardholder>& page = w.result->value();
        QCOMPARE(page.total, std::optional<qint64>(26));
        QCOMPARE(page.items.size(), 1);
        QCOMPARE(page.items.first().name, QStringLiteral("María"));
        QCOMPARE(page.items.first().dateOfBirth, QDate(1990, 5, 12));
        QCOMPARE(page.items.first().createdAt, QDateTime(QDate(2026, 3, 1), QTime(14, 5, 9), QTimeZone::utc()));
        QVERIFY(!page.hasMore()); // page 2 of 25 covers 26
    }

    void createCardholderSendsAllTwelveFieldsWithWireValues() {
        ClientFixture f;
        f.network.setHandler(route);
        NewCardholder c;
        c.name = QStringLiteral("María");
        c.lastName = QStringLiteral("Ramírez");
        c.address = QStringLiteral("Calle Principal 123");
        c.countryOfBirth = QStringLiteral("GT");
        c.dateOfBirth = QDate(1990, 5, 12);
        c.maritalStatus = MaritalStatus::Divorced;
        c.gender = Gender::Other;
        c.phoneNumber = QStringLiteral("50255551234");
        c.email = QStringLiteral("maria@example.com");
        c.documentType = DocumentType::ResidenceId;
        c.documentNumber = QStringLiteral("2345678990101");
        c.cardId = 1;
        Waiter<Cardholder> w;
        f.client.createCardholder(c, nullptr, w.callback());
        QTRY_VERIFY(w.done());
        QVERIFY(w.result->ok());
        const FakeRequest& r = f.network.requests().constFirst();
        QCOMPARE(r.verb, QByteArray("POST"));
        QCOMPARE(r.url.path(), QStringLiteral("/cms/rest/app/partners/7/cardholders"));
        QCOMPARE(r.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(), QByteArray("application/json"));
        const auto body = nlohmann::json::parse(r.body.toStdString());
        QCOMPARE(body.size(), std::size_t(12));
        QCOMPARE(QString::fromStdString(body["maritalStatus"].get<std::string>()), QStringLiteral("divorciado"));
        QCOMPARE(QString::fromStdString(body["gender"].get<std::string>()), QStringLiteral("OTHER"));
        QCOMPARE(QString::fromStdString(body["documentType"].get<std::string>()), QStringLiteral("RESIDENCE_ID"));
        QCOMPARE(QString::fromStdString(body["dateOfBirth"].get<std::string>()), QStringLiteral("1990-05-12"));
        QCOMPARE(QString::fromStdString(body["name"].get<std::string>()), QStringLiteral("María"));
        QCOMPARE(body["cardId"].get<int>(), 1);
    }

    void cardholderDetailCarriesTheOtpOnlyWhenGiven() {
        ClientFixture f;
        f.network.setHandler(route);
        Waiter<Cardholder> plain;
        Waiter<Cardholder> elevated;
        f.client.cardholderDetail(5, QString(), nullptr, plain.callback());
        f.client.cardholderDetail(5, QStringLiteral("123456"), nullptr, elevated.callback());
        QTRY_VERIFY(plain.done() && elevated.done());
        QCOMPARE(plain.result->value().email, QStringLiteral("maria@example.com"));
        const FakeRequest& first = f.network.requests().at(0);
        const FakeRequest& second = f.network.requests().at(1);
        QCOMPARE(first.verb, QByteArray("POST")); // POST, not GET (seed 002)
        QCOMPARE(first.url.path(), QStringLiteral("/cms/rest/app/partners/7/cardholders/5"));
        QVERIFY(first.body.isEmpty());
        QCOMPARE(second.body, QByteArray(R"({"otp":"123456"})"));
    }

    void updateCardholderSendsOnlyTheChangedFieldsOnce() {
        // Contract §8, Edit cardholder: PATCH with the fields set (and the code when given), the whole cardholder back.
        ClientFixture f;
        f.network.setHandler(route);
        CardholderChanges changes;
        changes.phoneNumber = QStringLiteral("50244447777");
        changes.address = QStringLiteral("5a Avenida 10-20");
        changes.maritalStatus = MaritalStatus::Married;
        changes.otp = QStringLiteral("123456");
        Waiter<Cardholder> w;
        f.client.updateCardholder(5, changes, nullptr, w.callback());
        QTRY_VERIFY(w.done());
        QVERIFY(w.result->ok());
        QCOMPARE(w.result->value().email, QStringLiteral("maria@example.com"));
        QCOMPARE(f.network.requests().size(), 1);
        const FakeRequest& r = f.network.requests().constFirst();
        QCOMPARE(r.verb, QByteArray("PATCH"));
        QCOMPARE(r.url.path(), QStringLiteral("/cms/rest/app/partners/7/cardholders/5"));
        QCOMPARE(r.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(), QByteArray("application/json"));
        QCOMPARE(r.body,
                 QByteArray(R"({"address":"5a Avenida 10-20","maritalStatus":"casado","phoneNumber":"50244447777",)"
                            R"("otp":"123456"})"));

        // Nothing to change: refused before sending, reported from the event loop.
        f.network.clearRequests();
        Waiter<Cardholder> empty;
        f.client.updateCardholder(5, CardholderChanges{}, nullptr, empty.callback());
        QVERIFY(!empty.done());
        QTRY_VERIFY(empty.done());
        QCOMPARE(empty.result->error().kind, ErrorKind::InvalidRequest);
        QVERIFY(f.network.requests().isEmpty());
    }

    void updateCardholderIsAWriteNeverRetried() {
        // A 400 naming the field is decoded with its field; a 502 and a lost answer are reported once, never resent.
        ClientFixture f;
        f.network.setHandler([](const FakeRequest&) {
            return FakeResponse::json(400, R"({"success":false,"errors":[{"code":"7000","message":"name must hold )"
                                           R"(letters","field":"name"}]})");
        });
        CardholderChanges changes;
        changes.name = QStringLiteral("Ana2");
        Waiter<Cardholder> refused;
        f.client.updateCardholder(5, changes, nullptr, refused.callback());
        QTRY_VERIFY(refused.done());
        QCOMPARE(refused.result->error().httpStatus, 400);
        QCOMPARE(refused.result->error().details.size(), 1);
        QCOMPARE(refused.result->error().details.first().field, QStringLiteral("name"));

        for (const FakeResponse& answer : {FakeResponse::failure(502, "7003", "upstream"),
                                           FakeResponse::networkError(QNetworkReply::RemoteHostClosedError)}) {
            f.network.clearRequests();
            f.network.setHandler([answer](const FakeRequest&) { return answer; });
            Waiter<Cardholder> w;
            f.client.updateCardholder(5, changes, nullptr, w.callback());
            QTRY_VERIFY(w.done());
            QVERIFY(!w.result->ok());
            QTest::qWait(50); // absence check: a retry would have been sent by now (backoff 10 ms)
            QCOMPARE(f.network.requests().size(), 1);
        }
    }

    void cardListsAndSingleCardActions() {
        ClientFixture f;
        f.network.setHandler(route);
        Waiter<QList<Card>> partnerCards;
        Waiter<QList<Card>> cardholderCards;
        f.client.listPartnerCards(nullptr, partnerCards.callback());
        f.client.listCardholderCards(5, nullptr, cardholderCards.callback());
        QTRY_VERIFY(partnerCards.done() && cardholderCards.done());
        QCOMPARE(f.network.requests().at(0).url.path(), QStringLiteral("/cms/rest/app/partners/7/cards"));
        QCOMPARE(f.network.requests().at(1).url.path(), QStringLiteral("/cms/rest/app/partners/7/cardholders/5/cards"));
        const Card card = partnerCards.result->value().first();
        QCOMPARE(card.balance.toString(), QStringLiteral("150.25"));
        QCOMPARE(card.type, CardType::Physical);
        QCOMPARE(card.cardholderId, std::optional<qint64>(5));

        f.network.clearRequests();
        const QList<std::pair<CardAction, QString>> actions = {{CardAction::Activate, QStringLiteral("activate")},
                                                               {CardAction::Block, QStringLiteral("block")},
                                                               {CardAction::Unblock, QStringLiteral("unblock")}};
        for (const auto& [action, word] : actions) {
            Waiter<Card> w;
            f.client.changeCardState(5, 10, action, QString(), nullptr, w.callback());
            QTRY_VERIFY(w.done());
            QVERIFY(w.result->ok());
            const FakeRequest& r = f.network.requests().constLast();
            QCOMPARE(r.verb, QByteArray("PATCH"));
            QCOMPARE(r.url.path(), QStringLiteral("/cms/rest/app/partners/7/cardholders/5/cards/10/") + word);
        }
    }

    void bulkBlockSendsIdsAndOtpAndReadsPerCardResults() {
        ClientFixture f;
        f.network.setHandler(route);
        Waiter<BulkResult> w;
        f.client.bulkChangeCardState(BulkCardAction::Block, {1, 2, 3}, QStringLiteral("123456"), nullptr, w.callback());
        QTRY_VERIFY(w.done());
        const FakeRequest& r = f.network.requests().constFirst();
        QCOMPARE(r.verb, QByteArray("PATCH"));
        QCOMPARE(r.url.path(), QStringLiteral("/cms/rest/app/partners/7/cardholders/cards/block"));
        QCOMPARE(r.body, QByteArray(R"({"cardIds":[1,2,3],"otp":"123456"})"));
        const BulkResult& result = w.result->value();
        QCOMPARE(result.results.size(), 3);
        QCOMPARE(result.results[0].outcome, BulkOutcome::Done);
        QCOMPARE(result.results[1].outcome, BulkOutcome::AlreadyInState);
        QCOMPARE(result.results[2].outcome, BulkOutcome::Refused);
        QCOMPARE(result.results[2].code, QStringLiteral("7200"));

        Waiter<BulkResult> unblock;
        f.client.bulkChangeCardState(BulkCardAction::Unblock, {4}, QStringLiteral("654321"), nullptr,
                                     unblock.callback());
        QTRY_VERIFY(unblock.done());
        QCOMPARE(f.network.requests().constLast().url.path(),
                 QStringLiteral("/cms/rest/app/partners/7/cardholders/cards/unblock"));

        Waiter<BulkResult> tooMany;
        QList<qint64> ids(1001);
        std::iota(ids.begin(), ids.end(), 1);
        f.client.bulkChangeCardState(BulkCardAction::Block, ids, QStringLiteral("123456"), nullptr, tooMany.callback());
        QTRY_VERIFY(tooMany.done());
        QCOMPARE(tooMany.result->error().kind, ErrorKind::InvalidRequest);
        QCOMPARE(f.network.requests().size(), 2); // refused before sending
    }

    void fundsAndTransfersSendExactAmounts() {
        ClientFixture f;
        f.network.setHandler(route);
        FundsRequest add{10, *Money::parse(QStringLiteral("12345678.9999")), QStringLiteral("Monthly allowance"), {}};
        Waiter<FundsResult> added;
        f.client.addFunds(5, add, nullptr, added.callback());
        FundsRequest withdraw{10, *Money::parse(QStringLiteral("0.1")), {}, QStringLiteral("123456")};
        Waiter<FundsResult> withdrawn;
        f.client.withdrawFunds(5, withdraw, nullptr, withdrawn.callback());
        TransferRequest move{10, 20, *Money::parse(QStringLiteral("50")), QStringLiteral("Reallocation"), {}};
        Waiter<TransferResult> transferred;
        f.client.transfer(5, move, nullptr, transferred.callback());
        QTRY_VERIFY(added.done() && withdrawn.done() && transferred.done());

        const QList<FakeRequest>& r = f.network.requests();
        QCOMPARE(r[0].url.path(), QStringLiteral("/cms/rest/app/partners/7/cardholders/5/cards/funds/add"));
        QCOMPARE(r[0].body, QByteArray(R"({"cardId":10,"amount":12345678.9999,"observations":"Monthly allowance"})"));
        QCOMPARE(r[1].url.path(), QStringLiteral("/cms/rest/app/partners/7/cardholders/5/cards/funds/withdraw"));
        QCOMPARE(r[1].body, QByteArray(R"({"cardId":10,"amount":0.1,"otp":"123456"})"));
        QCOMPARE(r[2].url.path(), QStringLiteral("/cms/rest/app/partners/7/cardholders/5/cards/transfers"));
        QCOMPARE(r[2].body, QByteArray(R"({"fromCardId":10,"toCardId":20,"amount":50,"observations":"Reallocation"})"));

        QCOMPARE(added.result->value().movement.amount.toString(), QStringLiteral("0.1"));
        QCOMPARE(added.result->value().movement.balanceAfter->toString(), QStringLiteral("12345678.9999"));
        QCOMPARE(added.result->value().card->balance.toString(), QStringLiteral("150.25"));
        QVERIFY(transferred.result->value().debit && transferred.result->value().toCard);

        Waiter<FundsResult> zero;
        f.client.addFunds(5, FundsRequest{10, Money(), {}, {}}, nullptr, zero.callback());
        QTRY_VERIFY(zero.done());
        QCOMPARE(zero.result->error().kind, ErrorKind::InvalidRequest);
        QCOMPARE(f.network.requests().size(), 3); // a zero amount is never sent
    }

    void movementsAndAssociations() {
        ClientFixture f;
        f.network.setHandler(route);
        MovementQuery query;
        query.from = QDate(2026, 3, 1);
        query.to = QDate(2026, 3, 31);
        query.page = 1;
        query.limit = 50;
        Waiter<Page<Movement>> list;
        f.client.listMovements(5, 10, query, nullptr, list.callback());
        Waiter<Movement> one;
        f.client.movement(5, 10, 77, nullptr, one.callback());
        Waiter<Association> associated;
        f.client.associateCard(5,
                               {QStringLiteral("owner@example.com"), QStringLiteral("9876"), QStringLiteral("Family")},
                               nullptr, associated.callback());
        Waiter<QList<Association>> associations;
        f.client.listAssociations(5, nullptr, associations.callback());
        QTRY_VERIFY(list.done() && one.done() && associated.done() && associations.done());

        const QList<FakeRequest>& r = f.network.requests();
        QCOMPARE(r[0].url.path(), QStringLiteral("/cms/rest/app/partners/7/cardholders/5/cards/10/movements"));
        QCOMPARE(queryValue(r[0], QStringLiteral("from")), QStringLiteral("2026-03-01"));
        QCOMPARE(queryValue(r[0], QStringLiteral("to")), QStringLiteral("2026-03-31"));
        QCOMPARE(r[1].url.path(), QStringLiteral("/cms/rest/app/partners/7/cardholders/5/cards/10/movements/77"));
        QCOMPARE(r[2].verb, QByteArray("POST"));
        QCOMPARE(r[2].url.path(), QStringLiteral("/cms/rest/app/partners/7/cardholders/5/cards/association"));
        QCOMPARE(r[2].body, QByteArray(R"({"email":"owner@example.com","suffix":"9876","alias":"Family"})"));
        QCOMPARE(r[3].verb, QByteArray("GET"));

        const Movement& m = one.result->value();
        QCOMPARE(m.direction, MovementDirection::Credit);
        QCOMPARE(m.amount.toString(), QStringLiteral("0.1"));
        QCOMPARE(m.operatorId, std::optional<qint64>(3));
        QCOMPARE(list.result->value().items.size(), 1);
        QCOMPARE(associated.result->value().id, qint64(4));
        QCOMPARE(associations.result->value().first().ownerName, QStringLiteral("Ana"));
    }

    void partnerBalanceIsExact() {
        ClientFixture f;
        f.network.setHandler([](const FakeRequest&) {
            return FakeResponse::ok(R"({"id":3,"clientId":7,"available":2499874.5001,"currency":"GTQ",)"
                                    R"("updatedAt":"2026-12-01T10:00:00Z","createdAt":"2025-01-02T09:00:00Z"})");
        });
        Waiter<PartnerBalance> balance;
        f.client.partnerBalance(nullptr, balance.callback());
        QTRY_VERIFY(balance.done());
        QVERIFY(balance.result->ok());
        QCOMPARE(f.network.requests().constLast().url.path(), QStringLiteral("/cms/rest/app/partners/7/balance"));
        QCOMPARE(balance.result->value().available.toString(), QStringLiteral("2499874.5001"));
        QCOMPARE(balance.result->value().clientId, qint64(7));
        QCOMPARE(balance.result->value().updatedAt, QDateTime(QDate(2026, 12, 1), QTime(10, 0), QTimeZone::utc()));
    }

    void permissionsToleratePairsTextsAndBareLists_data() {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("contract shape") << QByteArray(
            R"({"cmsUserId":4,"partnerId":7,"role":"support","permissions":)"
            R"([{"resource":"cards-admin","action":"block"},{"resource":"cardholders","action":"list"}]})");
        QTest::newRow("bare list of pairs") << QByteArray(
            R"([{"resource":"cards-admin","action":"block"},{"resource":"cardholders","action":"list"}])");
        QTest::newRow("texts") << QByteArray(R"({"permissions":["cards-admin:block","cardholders:list"]})");
    }
    void permissionsToleratePairsTextsAndBareLists() {
        QFETCH(QByteArray, data);
        ClientFixture f;
        f.network.setHandler([data](const FakeRequest&) { return FakeResponse::ok(data); });
        Waiter<OperatorPermissions> permissions;
        f.client.operatorPermissions(4, nullptr, permissions.callback());
        QTRY_VERIFY(permissions.done());
        QVERIFY(permissions.result->ok());
        QCOMPARE(f.network.requests().constLast().url.path(),
                 QStringLiteral("/cms/rest/app/users/4/partners/7/permissions"));
        const OperatorPermissions& held = permissions.result->value();
        QCOMPARE(held.permissions.size(), 2);
        QVERIFY(held.holds(u"cards-admin", u"block"));
        QVERIFY(held.holds(u"cardholders", u"list"));
        QVERIFY(!held.holds(u"cards-admin", u"addFunds"));
    }

    void permissionsInAnUnreadableShapeAreMalformed() {
        ClientFixture f;
        f.network.setHandler([](const FakeRequest&) { return FakeResponse::ok(R"({"permissions":["block"]})"); });
        Waiter<OperatorPermissions> permissions;
        f.client.operatorPermissions(4, nullptr, permissions.callback());
        QTRY_VERIFY(permissions.done());
        QVERIFY(!permissions.result->ok());
        QCOMPARE(permissions.result->error().kind, ErrorKind::MalformedResponse);
    }

    void signInAndOtpCalls() {
        ClientFixture f;
        f.client.setAppTokens({});
        f.client.setOperatorTokens({});
        f.network.setHandler(route);
        Waiter<AppSession> app;
        f.client.appLogin(QStringLiteral("demo-merchant"), nullptr, app.callback());
        QTRY_VERIFY(app.done());
        QVERIFY(app.result->ok());
        QCOMPARE(app.result->value().accessExpiresAt.toSecsSinceEpoch(), qint64(1900000000));
        const FakeRequest appRequest = f.network.requests().constLast();
        QCOMPARE(appRequest.url.path(), QStringLiteral("/cms/rest/app/auth/login"));
        QCOMPARE(appRequest.body, QByteArray(R"({"merchant":"demo-merchant"})"));
        QVERIFY(appRequest.header("Authorization").isEmpty());

        Waiter<OperatorSession> op;
        f.client.operatorLogin(QStringLiteral("agent@migo.test"), QStringLiteral("pw"), nullptr, op.callback());
        QTRY_VERIFY(op.done());
        const FakeRequest opRequest = f.network.requests().constLast();
        QCOMPARE(opRequest.url.path(), QStringLiteral("/cms/rest/app/users/login"));
        QCOMPARE(opRequest.header("Authorization"), QByteArray("Bearer app-access-2")); // the token just received
        QVERIFY(opRequest.header("x-user-token").isEmpty());
        QCOMPARE(op.result->value().name, QStringLiteral("Agent"));
        QCOMPARE(op.result->value().partners.first().id, qint64(7));
        QCOMPARE(f.client.operatorTokens().refreshToken, QStringLiteral("op-refresh-9"));

        Waiter<OtpChallenge> otp;
        f.client.requestOtp(QStringLiteral("agent@migo.test"), OtpPurpose::BulkBlock, nullptr, otp.callback());
        QTRY_VERIFY(otp.done());
        QCOMPARE(f.network.requests().constLast().verb, QByteArray("POST"));
        QCOMPARE(f.network.requests().constLast().header("x-user-token"), QByteArray("Bearer op-access-9"));
        QCOMPARE(otp.result->value().sentTo, QStringLiteral("a***@migo.test"));
        QCOMPARE(otp.result->value().resendAfterSeconds, 30);

        Waiter<OtpVerification> verify;
        f.client.verifyOtp(QStringLiteral("agent@migo.test"), QStringLiteral("123456"), OtpPurpose::BulkBlock, nullptr,
                           verify.callback());
        QTRY_VERIFY(verify.done());
        QCOMPARE(f.network.requests().constLast().verb, QByteArray("PUT"));
        QCOMPARE(f.network.requests().constLast().body,
                 QByteArray(R"({"email":"agent@migo.test","otp":"123456","purpose":"bulk_block"})"));
        QVERIFY(verify.result->value().valid);

        Waiter<AppSession> appRefresh;
        f.client.refreshAppSession(nullptr, appRefresh.callback());
        QTRY_VERIFY(appRefresh.done());
        QCOMPARE(f.network.requests().constLast().body, QByteArray(R"({"refreshToken":"app-refresh-2"})"));
    }

    void expiredTokenIsRefreshedOnceAndTheReadReplayedOnce() {
        ClientFixture f;
        f.network.setHandler(expiringRoute);
        QSignalSpy rotated(&f.client, &CmsClient::operatorTokensChanged);
        Waiter<QList<Card>> w;
        f.client.listPartnerCards(nullptr, w.callback());
        QTRY_VERIFY(w.done());
        QVERIFY(w.result->ok());
        QCOMPARE(w.calls, 1);
        QCOMPARE(f.network.countRequests(QStringLiteral("/app/users/refresh")), 1);
        QCOMPARE(f.network.countRequests(QStringLiteral("/partners/7/cards")), 2); // the first try and one replay
        const FakeRequest refresh = f.network.requests().at(1);
        QCOMPARE(refresh.body, QByteArray(R"({"refreshToken":"op-refresh-1"})"));
        QCOMPARE(f.network.requests().at(2).header("x-user-token"), QByteArray("Bearer op-access-2"));
        QCOMPARE(rotated.size(), 1);
        // Both tokens rotated; the old refresh token is gone.
        QCOMPARE(f.client.operatorTokens().refreshToken, QStringLiteral("op-refresh-2"));
    }

    void expiredTokenOnAWriteRefreshesButNeverResends() {
        ClientFixture f;
        f.network.setHandler(expiringRoute);
        Waiter<FundsResult> w;
        f.client.addFunds(5, FundsRequest{10, *Money::parse(QStringLiteral("5")), {}, {}}, nullptr, w.callback());
        QTRY_VERIFY(w.done());
        QCOMPARE(w.result->error().kind, ErrorKind::NotResentAfterRefresh);
        QCOMPARE(f.network.countRequests(QStringLiteral("/funds/add")), 1);
        QCOMPARE(f.network.countRequests(QStringLiteral("/app/users/refresh")), 1);
        QVERIFY(w.result->error().userMessage.contains(u"nothing was sent twice"));
        // The session is usable again.
        Waiter<QList<Card>> next;
        f.client.listPartnerCards(nullptr, next.callback());
        QTRY_VERIFY(next.done());
        QVERIFY(next.result->ok());
    }

    void concurrentUnauthorizedCallsShareOneRefresh() {
        ClientFixture f;
        f.network.setHandler(expiringRoute);
        Waiter<QList<Card>> a;
        Waiter<Page<Cardholder>> b;
        Waiter<Cardholder> c;
        Waiter<Card> write;
        f.client.listPartnerCards(nullptr, a.callback());
        f.client.listCardholders({}, nullptr, b.callback());
        f.client.cardholderDetail(5, QString(), nullptr, c.callback());
        f.client.changeCardState(5, 10, CardAction::Block, QString(), nullptr, write.callback());
        QTRY_VERIFY(a.done() && b.done() && c.done() && write.done());
        QCOMPARE(f.network.countRequests(QStringLiteral("/app/users/refresh")), 1);
        QVERIFY(a.result->ok() && b.result->ok() && c.result->ok());
        QCOMPARE(write.result->error().kind, ErrorKind::NotResentAfterRefresh);
        QCOMPARE(f.network.countRequests(QStringLiteral("/cards/10/block")), 1);
    }

    /// Issue 13 (found by the workday test): an app renewal and an operator expiry crossing each other never end the
    /// session. A read refused for the app token is sent again, is then refused for the operator token, which is
    /// refreshed, and the read is answered — no lock, no forgotten keychain entry.
    void appAndOperatorRenewalsCrossingNeverEndTheSession() {
        ClientFixture f;
        QString appToken = QStringLiteral("app-2"); // the server's current tokens; the client holds older ones
        QString operatorToken = QStringLiteral("op-2");
        int issued = 2;
        f.network.setHandler([&](const FakeRequest& r) {
            const QString path = r.url.path();
            if (path.endsWith(u"/app/auth/refresh")) {
                appToken = QStringLiteral("app-%1").arg(++issued);
                return FakeResponse::ok(
                    QStringLiteral(R"({"accessToken":"%1","refreshToken":"app-r"})").arg(appToken).toUtf8());
            }
            if (r.header("Authorization") != "Bearer " + appToken.toUtf8())
                return tokenExpired("Authorization");
            if (path.endsWith(u"/app/users/refresh")) {
                operatorToken = QStringLiteral("op-%1").arg(++issued);
                return FakeResponse::ok(QStringLiteral(R"({"accessToken":"%1","refreshToken":"op-r-%2"})")
                                            .arg(operatorToken)
                                            .arg(issued)
                                            .toUtf8());
            }
            if (r.header("x-user-token") != "Bearer " + operatorToken.toUtf8())
                return tokenExpired("x-user-token");
            return route(r);
        });
        QSignalSpy expired(&f.client, &CmsClient::sessionExpired);
        Waiter<QList<Card>> read;
        f.client.listPartnerCards(nullptr, read.callback());
        QTRY_VERIFY(read.done());
        QVERIFY2(read.result->ok(), read.result->ok() ? "" : qPrintable(read.result->error().technicalDetail));
        QCOMPARE(expired.size(), 0);
        QCOMPARE(f.network.countRequests(QStringLiteral("/app/auth/refresh")), 1);
        QCOMPARE(f.network.countRequests(QStringLiteral("/app/users/refresh")), 1);
        QCOMPARE(f.network.countRequests(QStringLiteral("/partners/7/cards")), 3); // app, then operator, then answered
    }

    /// Issue 13: the operator refresh carries the app token; when that was renewed meanwhile the server refuses the
    /// refresh for the app token without judging the refresh token. The client renews the app session and sends
    /// the refresh once more instead of ending the session.
    void anOperatorRefreshRefusedForTheAppTokenIsSentAgainAfterTheAppRenewal() {
        ClientFixture f;
        int refreshes = 0;
        f.network.setHandler([&](const FakeRequest& r) {
            const QString path = r.url.path();
            if (path.endsWith(u"/app/auth/refresh"))
                return FakeResponse::ok(R"({"accessToken":"app-access-9","refreshToken":"app-r"})");
            if (path.endsWith(u"/app/users/refresh")) {
                if (++refreshes == 1) // the app token was renewed by another client path a moment ago
                    return tokenExpired("Authorization");
                if (r.header("Authorization") != "Bearer app-access-9" || !r.body.contains("op-refresh-1"))
                    return FakeResponse::failure(400, "BAD", "unexpected");
                return FakeResponse::ok(R"({"accessToken":"op-access-2","refreshToken":"op-refresh-2"})");
            }
            if (r.header("x-user-token") != "Bearer op-access-2")
                return FakeResponse::failure(401, "TOKEN_EXPIRED", "expired");
            return route(r);
        });
        QSignalSpy expired(&f.client, &CmsClient::sessionExpired);
        Waiter<QList<Card>> read;
        f.client.listPartnerCards(nullptr, read.callback());
        QTRY_VERIFY(read.done());
        QVERIFY2(read.result->ok(), read.result->ok() ? "" : qPrintable(read.result->error().technicalDetail));
        QCOMPARE(expired.size(), 0);
        QCOMPARE(refreshes, 2);
        QCOMPARE(f.client.operatorTokens().refreshToken, QStringLiteral("op-refresh-2"));
    }

    void failedRefreshEndsTheSession() {
        ClientFixture f;
        f.network.setHandler([](const FakeRequest& r) {
            if (r.url.path().endsWith(u"/app/users/refresh"))
                return FakeResponse::failure(401, "REFRESH_TOKEN_INVALID", "used");
            return FakeResponse::failure(401, "TOKEN_EXPIRED", "expired");
        });
        QSignalSpy expired(&f.client, &CmsClient::sessionExpired);
        Waiter<QList<Card>> w;
        f.client.listPartnerCards(nullptr, w.callback());
        QTRY_VERIFY(w.done());
        QCOMPARE(w.result->error().kind, ErrorKind::SessionExpired);
        QCOMPARE(expired.size(), 1);
        QCOMPARE(f.network.countRequests(QStringLiteral("/app/users/refresh")), 1);
        QVERIFY(!f.client.hasOperatorSession());
    }

    void appTokenNamedByThe401IsRenewedNotTheOperators() {
        ClientFixture f;
        f.network.setHandler([](const FakeRequest& r) {
            if (!r.url.path().contains(u"/app/auth/") && r.header("Authorization") == "Bearer app-access")
                return tokenExpired("Authorization");
            return route(r);
        });
        QSignalSpy expired(&f.client, &CmsClient::sessionExpired);
        Waiter<QList<Card>> read;
        Waiter<Page<Cardholder>> second;
        Waiter<Card> write;
        f.client.listPartnerCards(nullptr, read.callback());
        f.client.listCardholders({}, nullptr, second.callback());
        f.client.changeCardState(5, 10, CardAction::Block, QString(), nullptr, write.callback());
        QTRY_VERIFY(read.done() && second.done() && write.done());
        QVERIFY(read.result->ok() && second.result->ok());
        QCOMPARE(write.result->error().kind, ErrorKind::NotResentAfterRefresh);    // a write is never sent twice
        QCOMPARE(f.network.countRequests(QStringLiteral("/app/auth/refresh")), 1); // shared
        QCOMPARE(f.network.countRequests(QStringLiteral("/app/users/refresh")), 0);
        QCOMPARE(f.network.countRequests(QStringLiteral("/cards/10/block")), 1);
        QCOMPARE(f.client.appTokens().accessToken, QStringLiteral("app-access-2"));
        QCOMPARE(f.client.operatorTokens().accessToken, QStringLiteral("op-access-1")); // untouched
        QCOMPARE(expired.size(), 0);
    }

    void refusedAppRefreshFallsBackToAnAppLoginWithTheMerchant() {
        ClientFixture f;
        bool loggedInAgain = false;
        f.network.setHandler([&loggedInAgain](const FakeRequest& r) {
            if (r.url.path().endsWith(u"/app/auth/refresh"))
                return FakeResponse::failure(401, "REFRESH_TOKEN_INVALID", "used");
            if (r.url.path().endsWith(u"/app/auth/login")) {
                if (r.body.contains("demo-merchant") && r.header("Authorization").isEmpty())
                    loggedInAgain = true;
                return FakeResponse::ok(R"({"accessToken":"app-access-3","refreshToken":"app-refresh-3"})");
            }
            if (r.header("Authorization") != "Bearer app-access-3")
                return tokenExpired("Authorization");
            return route(r);
        });
        Waiter<AppSession> login;
        f.client.appLogin(QStringLiteral("demo-merchant"), nullptr, login.callback());
        QTRY_VERIFY(login.done());
        // The app token is refused from here on; its refresh too: the merchant alone opens a new app session.
        f.client.setAppTokens({QStringLiteral("app-access"), QStringLiteral("app-refresh")});
        loggedInAgain = false;
        Waiter<QList<Card>> read;
        f.client.listPartnerCards(nullptr, read.callback());
        QTRY_VERIFY(read.done());
        QVERIFY(read.result->ok());
        QVERIFY(loggedInAgain);
        QCOMPARE(f.client.appTokens().accessToken, QStringLiteral("app-access-3"));
    }

    void appTokenIsRenewedBeforeItExpires() {
        ClientFixture f;
        const qint64 expires = QDateTime::currentSecsSinceEpoch() + 3;
        f.network.setHandler([expires](const FakeRequest& r) {
            if (r.url.path().endsWith(u"/app/auth/login") || r.url.path().endsWith(u"/app/auth/refresh"))
                return FakeResponse::ok(R"({"accessToken":"app-access-5","refreshToken":"app-refresh-5",)"
                                        R"("expirationToken":)" +
                                        QByteArray::number(expires) + "}");
            return route(r);
        });
        Waiter<AppSession> login;
        f.client.appLogin(QStringLiteral("demo-merchant"), nullptr, login.callback());
        QTRY_VERIFY(login.done());
        QCOMPARE(f.network.countRequests(QStringLiteral("/app/auth/refresh")), 0);
        // Three seconds of life, renewed a fifth of it (at least one second) before the end, with no call waiting.
        QTRY_VERIFY_WITH_TIMEOUT(f.network.countRequests(QStringLiteral("/app/auth/refresh")) >= 1, 4000);
        QCOMPARE(f.network.requests().constLast().body, QByteArray(R"({"refreshToken":"app-refresh-5"})"));
        f.client.clearSession(); // sign out stops the timed renewal
    }

    void refreshTokenIsKeptUntilTheServerAnswers() {
        ClientFixture f;
        f.network.setHandler([](const FakeRequest& r) {
            if (r.url.path().endsWith(u"/app/users/refresh"))
                return FakeResponse::hang();
            return expiringRoute(r);
        });
        Waiter<QList<Card>> read;
        f.client.listPartnerCards(nullptr, read.callback());
        QTRY_COMPARE(f.network.countRequests(QStringLiteral("/app/users/refresh")), 1);
        QCOMPARE(f.client.operatorTokens().refreshToken, QStringLiteral("op-refresh-1")); // asked, not yet answered
    }

    void replayedReadThatFailsAgainIsNotLooped() {
        ClientFixture f;
        f.network.setHandler([](const FakeRequest& r) {
            if (r.url.path().endsWith(u"/app/users/refresh"))
                return route(r);
            return FakeResponse::failure(401, "TOKEN_INVALID", "no");
        });
        Waiter<QList<Card>> w;
        f.client.listPartnerCards(nullptr, w.callback());
        QTRY_VERIFY(w.done());
        QCOMPARE(w.result->error().kind, ErrorKind::SessionExpired);
        QCOMPARE(f.network.countRequests(QStringLiteral("/partners/7/cards")), 2);
        QCOMPARE(f.network.countRequests(QStringLiteral("/app/users/refresh")), 1);
    }

    void hungReadTimesOutAndHungWriteIsAnUnknownOutcome() {
        ClientFixture f;
        f.setTimeout(std::chrono::milliseconds(150));
        f.network.setHandler([](const FakeRequest&) { return FakeResponse::hang(); });
        Waiter<QList<Card>> read;
        Waiter<FundsResult> write;
        f.client.listPartnerCards(nullptr, read.callback());
        f.client.withdrawFunds(5, FundsRequest{10, *Money::parse(QStringLiteral("5")), {}, {}}, nullptr,
                               write.callback());
        QTRY_VERIFY(read.done() && write.done());
        QCOMPARE(read.result->error().kind, ErrorKind::Timeout);
        QCOMPARE(write.result->error().kind, ErrorKind::OutcomeUnknown);
        QVERIFY(write.result->error().userMessage.contains(u"not known"));
        QCOMPARE(f.network.requests().size(), 2); // nothing retried
    }

    void hungSignInIsAPlainTimeoutNotAnUnknownOutcome() {
        // Signing in again is harmless: the agent must not be told to check a card's movements.
        ClientFixture f;
        f.setTimeout(std::chrono::milliseconds(150));
        f.network.setHandler([](const FakeRequest&) { return FakeResponse::hang(); });
        Waiter<AppSession> app;
        f.client.appLogin(QStringLiteral("demo-merchant"), nullptr, app.callback());
        QTRY_VERIFY(app.done());
        QCOMPARE(app.result->error().kind, ErrorKind::Timeout);
        QVERIFY(!app.result->error().userMessage.contains(u"movements"));
        QCOMPARE(f.network.requests().size(), 1); // and not retried
    }

    void connectionRefusedRetriesReadsOnlyAndSaysNothingWasDone() {
        ClientFixture f;
        f.network.setHandler(
            [](const FakeRequest&) { return FakeResponse::networkError(QNetworkReply::ConnectionRefusedError); });
        Waiter<Page<Cardholder>> read;
        f.client.listCardholders({}, nullptr, read.callback());
        QTRY_VERIFY(read.done());
        QCOMPARE(read.result->error().kind, ErrorKind::Network);
        QCOMPARE(f.network.requests().size(), 3); // one try and two retries

        f.network.clearRequests();
        Waiter<Card> write;
        f.client.changeCardState(5, 10, CardAction::Block, QString(), nullptr, write.callback());
        QTRY_VERIFY(write.done());
        QCOMPARE(write.result->error().kind, ErrorKind::Network); // refused: nothing reached the server
        QCOMPARE(f.network.requests().size(), 1);
    }

    void reachabilityFollowsWhetherTheServerAnswers() {
        ClientFixture f;
        bool down = true;
        f.network.setHandler([&down](const FakeRequest& r) {
            if (down)
                return FakeResponse::networkError(QNetworkReply::ConnectionRefusedError);
            return route(r);
        });
        QSignalSpy changes(&f.client, &CmsClient::reachabilityChanged);
        QVERIFY(f.client.isServerReachable());
        Waiter<QList<Card>> unreachable;
        f.client.listPartnerCards(nullptr, unreachable.callback());
        QTRY_VERIFY(unreachable.done());
        QVERIFY(!f.client.isServerReachable());
        QCOMPARE(changes.size(), 1); // three tries, one change
        QCOMPARE(changes.at(0).at(0).toBool(), false);

        down = false;
        Waiter<QList<Card>> back;
        f.client.listPartnerCards(nullptr, back.callback());
        QTRY_VERIFY(back.done());
        QVERIFY(f.client.isServerReachable());
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(1).at(0).toBool(), true);
    }

    void tlsFailureIsReportedAndNeverRetried() {
        ClientFixture f;
        f.network.setHandler(
            [](const FakeRequest&) { return FakeResponse::networkError(QNetworkReply::SslHandshakeFailedError); });
        Waiter<QList<Card>> read;
        f.client.listPartnerCards(nullptr, read.callback());
        QTRY_VERIFY(read.done());
        QCOMPARE(read.result->error().kind, ErrorKind::Tls);
        QVERIFY(read.result->error().userMessage.contains(u"certificate"));
        QCOMPARE(f.network.requests().size(), 1);
        Waiter<Card> write;
        f.client.changeCardState(5, 10, CardAction::Block, QString(), nullptr, write.callback());
        QTRY_VERIFY(write.done());
        QCOMPARE(write.result->error().kind, ErrorKind::Tls); // the handshake failed: nothing was sent
    }

    void readRecoversAfterATransientFailure() {
        ClientFixture f;
        int calls = 0;
        f.network.setHandler([&calls](const FakeRequest& r) {
            ++calls;
            if (calls == 1)
                return FakeResponse::networkError(QNetworkReply::RemoteHostClosedError);
            if (calls == 2)
                return FakeResponse::failure(503, "7004", "maintenance");
            return route(r);
        });
        Waiter<QList<Card>> w;
        f.client.listPartnerCards(nullptr, w.callback());
        QTRY_VERIFY(w.done());
        QVERIFY(w.result->ok());
        QCOMPARE(calls, 3);
    }

    void badGatewayIsNeverRetriedForAWrite() {
        ClientFixture f;
        f.network.setHandler([](const FakeRequest&) { return FakeResponse::failure(502, "7003", "upstream"); });
        Waiter<TransferResult> w;
        f.client.transfer(5, TransferRequest{10, 20, *Money::parse(QStringLiteral("1")), {}, {}}, nullptr,
                          w.callback());
        QTRY_VERIFY(w.done());
        QCOMPARE(w.result->error().httpStatus, 502);
        QCOMPARE(f.network.requests().size(), 1);
    }

    void resetMidBodyIsAFailureNotAPartialSuccess() {
        ClientFixture f;
        f.network.setHandler([](const FakeRequest& r) {
            FakeResponse response = route(r);
            response.mode = FakeResponse::Mode::ResetMidBody;
            return response;
        });
        Waiter<FundsResult> write;
        f.client.addFunds(5, FundsRequest{10, *Money::parse(QStringLiteral("5")), {}, {}}, nullptr, write.callback());
        QTRY_VERIFY(write.done());
        QCOMPARE(write.result->error().kind, ErrorKind::OutcomeUnknown);
        QCOMPARE(f.network.requests().size(), 1);

        Waiter<Page<Cardholder>> read;
        f.client.listCardholders({}, nullptr, read.callback());
        QTRY_VERIFY(read.done());
        QCOMPARE(read.result->error().kind, ErrorKind::Network);
        QCOMPARE(f.network.countRequests(QStringLiteral("/cardholders")), 3); // retried, then reported
    }

    void malformedJsonAndWrongTypesAreReportedNotTrusted() {
        ClientFixture f;
        f.network.setHandler([](const FakeRequest& r) {
            if (r.url.path().endsWith(u"/cards"))
                return FakeResponse::json(200, R"({"success":true,"data":[{"cardId":1,"balance":)");
            return FakeResponse::ok(R"({"cardholderId":"five"})");
        });
        Waiter<QList<Card>> cards;
        Waiter<Cardholder> detail;
        f.client.listPartnerCards(nullptr, cards.callback());
        f.client.cardholderDetail(5, QString(), nullptr, detail.callback());
        QTRY_VERIFY(cards.done() && detail.done());
        QCOMPARE(cards.result->error().kind, ErrorKind::MalformedResponse);
        QCOMPARE(detail.result->error().kind, ErrorKind::MalformedResponse);
        QVERIFY(detail.result->error().technicalDetail.contains(u"cardholder.cardholderId"));
    }

    void tooManyRequestsHonoursRetryAfterForReadsOnly() {
        ClientFixture f;
        int reads = 0;
        QElapsedTimer clock;
        f.network.setHandler([&](const FakeRequest& r) {
            // Every write is limited; only the first read is, so a retried read gets through.
            const bool isRead = r.verb == "GET";
            if (isRead && ++reads > 1)
                return route(r);
            FakeResponse limited = FakeResponse::failure(429, "RATE_LIMITED", "slow down");
            limited.headers << std::pair<QByteArray, QByteArray>("Retry-After", "1");
            return limited;
        });
        clock.start();
        Waiter<QList<Card>> read;
        f.client.listPartnerCards(nullptr, read.callback());
        QTRY_VERIFY_WITH_TIMEOUT(read.done(), 5000);
        QVERIFY(read.result->ok());
        QVERIFY(clock.elapsed() >= 950); // waited the second the server asked for
        QCOMPARE(reads, 2);

        Waiter<Card> write;
        f.client.changeCardState(5, 10, CardAction::Unblock, QString(), nullptr, write.callback());
        QTRY_VERIFY(write.done());
        QCOMPARE(write.result->error().httpStatus, 429);
        QCOMPARE(write.result->error().retryAfterSeconds, std::optional<int>(1));
        QCOMPARE(f.network.countRequests(QStringLiteral("/unblock")), 1);
    }

    void plainHttpIsRefusedExceptToLoopback() {
        ClientFixture f;
        f.network.setHandler(route);
        ClientConfig config = f.client.config();
        config.baseUrl = QUrl(QStringLiteral("http://api.example.com/cms/rest"));
        f.client.setConfig(config);
        Waiter<QList<Card>> refused;
        f.client.listPartnerCards(nullptr, refused.callback());
        QTRY_VERIFY(refused.done());
        QCOMPARE(refused.result->error().kind, ErrorKind::InsecureUrl);
        QVERIFY(f.network.requests().isEmpty());

        for (const char* loopback :
             {"http://127.0.0.1:8080/cms/rest", "http://localhost:1/cms/rest", "http://[::1]:5/cms/rest"}) {
            config.baseUrl = QUrl(QString::fromLatin1(loopback));
            f.client.setConfig(config);
            Waiter<QList<Card>> allowed;
            f.client.listPartnerCards(nullptr, allowed.callback());
            QTRY_VERIFY(allowed.done());
            QVERIFY2(allowed.result->ok(), loopback);
        }
    }

    void destroyedContextCancelsTheCallAndDropsTheResult() {
        ClientFixture f;
        f.setTimeout(std::chrono::milliseconds(5000));
        f.network.setHandler([](const FakeRequest&) { return FakeResponse::hang(); });
        int calls = 0;
        auto* context = new QObject;
        f.client.listPartnerCards(context, [&calls](const Result<QList<Card>>&) { ++calls; });
        QTRY_COMPARE(f.network.requests().size(), 1);
        delete context; // e.g. the dialog was closed
        QTest::qWait(50);
        QCOMPARE(calls, 0);
        QVERIFY(f.client.findChildren<detail::Call*>().isEmpty());

        // The same while a large answer is being parsed on a worker thread.
        f.network.setHandler(route);
        ClientConfig config = f.client.config();
        config.offThreadParseBytes = 1; // every answer goes to the worker
        f.client.setConfig(config);
        auto* dialog = new QObject;
        f.client.listPartnerCards(dialog, [&calls](const Result<QList<Card>>&) { ++calls; });
        QTRY_COMPARE(f.network.requests().size(), 2);
        delete dialog;
        QTest::qWait(50);
        QCOMPARE(calls, 0);
    }

    void cancelStopsTheRequestSilently() {
        ClientFixture f;
        f.network.setHandler([](const FakeRequest&) { return FakeResponse::hang(); });
        int calls = 0;
        CallHandle handle = f.client.listPartnerCards(nullptr, [&calls](const Result<QList<Card>>&) { ++calls; });
        QVERIFY(handle.isRunning());
        QTRY_COMPARE(f.network.requests().size(), 1);
        handle.cancel();
        QTRY_VERIFY(!handle.isRunning());
        QTest::qWait(20);
        QCOMPARE(calls, 0);
        handle.cancel(); // harmless once finished
    }

    void largeListIsParsedOffTheGuiThread() {
        // 50,000 cards (~10 MB). An event posted when the reply finishes runs before the callback only if the
        // parse left the GUI thread; parsed inline, the callback would run inside the reply's finished() handler.
        QByteArray body = R"({"success":true,"data":[)";
        for (int i = 1; i <= 50000; ++i) {
            if (i > 1)
                body += ',';
            body += R"({"cardId":)" + QByteArray::number(i) +
                    R"(,"maskedPan":"411111******1234","alias":"x","type":"PHYSICAL","status":"ACTIVE","balance":)" +
                    QByteArray::number(i) + R"(.1234,"currency":"GTQ","cardholderId":1,"cardholderName":"Ana López"})";
        }
        body += "]}";
        QCOMPARE(parsedAfterPostedEvent(body), true);
        // A small answer is parsed at once, on the GUI thread: the check above can tell the difference.
        QCOMPARE(parsedAfterPostedEvent("{\"success\":true,\"data\":[" + cardJson + "]}"), false);
    }

private:
    /// Whether an event posted at the reply's finish ran before the operation's callback.
    bool parsedAfterPostedEvent(const QByteArray& body) {
        ClientFixture f;
        f.network.setHandler([&body](const FakeRequest&) { return FakeResponse::json(200, body); });
        bool posted = false;
        bool postedBeforeCallback = false;
        Waiter<QList<Card>> w;
        connect(&f.network, &FakeNetworkAccessManager::replyCreated, this, [&posted](FakeReply* reply) {
            connect(reply, &QNetworkReply::finished, reply,
                    [&posted] { QTimer::singleShot(0, QCoreApplication::instance(), [&posted] { posted = true; }); });
        });
        f.client.listPartnerCards(nullptr, [&](const Result<QList<Card>>& result) {
            postedBeforeCallback = posted;
            w.callback()(result);
        });
        if (!QTest::qWaitFor([&] { return w.done(); }, 30000))
            return false;
        if (!w.result->ok() || w.result->value().isEmpty())
            qFatal("the card list did not parse");
        return postedBeforeCallback;
    }
};

QTEST_GUILESS_MAIN(TestCmsClient)
#include "tst_cmsclient.moc"
