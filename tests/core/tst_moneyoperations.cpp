// The money operations (issue 5, issue 12) without widgets: add funds, withdraw funds and transfer against the fake
// network. Each ends Done / Refused / Unknown by classifyFailure, is sent once per start(), publishes the changed
// cards to the CardStore after Done (read again when the answer lacks them) and asks for a code through StepUp.
#include "CoreFixture.h"
#include "MoneyOperations.h"

#include <QSignalSpy>

#include <memory>

using namespace migo;
using namespace migo::test;
using core::FundsMovement;
using core::MoneyOperation;
using core::Outcome;

namespace {

api::Money money(std::string_view text) {
    return *api::Money::parse(text);
}

/// Card 10 of cardholder 5, as in ClientFixture's cardJson (Q 150.25).
api::Card card10() {
    api::Card card;
    card.id = 10;
    card.maskedPan = QStringLiteral("411111******1234");
    card.alias = QStringLiteral("Principal");
    card.type = api::CardType::Physical;
    card.status = api::CardStatus::Active;
    card.balance = money("150.25");
    card.currency = QStringLiteral("GTQ");
    card.cardholderId = 5;
    return card;
}

api::Card card11() {
    api::Card card = card10();
    card.id = 11;
    card.maskedPan = QStringLiteral("411111******5678");
    card.alias = QStringLiteral("Ahorro");
    card.balance = money("20");
    return card;
}

/// cardJson with another id and balance.
QByteArray cardJsonWith(qint64 id, const QByteArray& balance) {
    return QByteArray(cardJson)
        .replace(QByteArray("\"cardId\":10"), QByteArray("\"cardId\":" + QByteArray::number(id)))
        .replace("150.2500", balance);
}

/// One of the three operations, started the same way by every test.
struct Operation {
    QString name;
    std::unique_ptr<MoneyOperation> object;
    QString path;
    QByteArray purpose;

    Operation(const QString& which, const core::OperationContext& context)
        : name(which) {
        if (which == u"transfer") {
            object = std::make_unique<core::Transfer>(context);
            path = QStringLiteral("/cardholders/5/cards/transfers");
            purpose = "transfer";
        } else {
            object = std::make_unique<FundsMovement>(context);
            path = QStringLiteral("/cardholders/5/cards/funds/") + which;
            purpose = which == u"add" ? "funds_add" : "funds_withdraw";
        }
    }
    bool isTransfer() const { return name == u"transfer"; }
    /// Moves `amount` (card 10 → 11 for a transfer).
    bool start(const api::Money& amount) {
        if (auto* transfer = qobject_cast<core::Transfer*>(object.get()))
            return transfer->start(5, card10(), card11(), amount, QString());
        return static_cast<FundsMovement*>(object.get())
            ->start(name == u"add" ? FundsMovement::Kind::Add : FundsMovement::Kind::Withdraw, card10(), amount,
                    QString());
    }
    /// A success answer carrying the changed cards (card 10 at Q 130.25, card 11 at Q 40.00), or none of them.
    QByteArray answer(bool withCards) const {
        QByteArray body = isTransfer() ? QByteArray("{\"debit\":" + movementJson + ",\"credit\":" + movementJson)
                                       : QByteArray("{\"movement\":" + movementJson);
        if (withCards && isTransfer())
            body += ",\"fromCard\":" + cardJsonWith(10, "130.2500") + ",\"toCard\":" + cardJsonWith(11, "40.0000");
        else if (withCards)
            body += ",\"card\":" + cardJsonWith(10, "130.2500");
        return body + "}";
    }
    /// The ids a Done publishes, in order.
    QList<qint64> changedIds() const { return isTransfer() ? QList<qint64>{10, 11} : QList<qint64>{10}; }
};

struct Fixture : CoreFixture {
    Operation operation;
    QSignalSpy finished;
    QSignalSpy published;
    QSignalSpy stored;
    QSignalSpy unreadable;
    QSignalSpy fundsMoved; ///< the partner's balance is read again after these

    explicit Fixture(const QString& which)
        : operation(which, context())
        , finished(operation.object.get(), &MoneyOperation::finished)
        , published(operation.object.get(), &MoneyOperation::cardPublished)
        , stored(&cardStore, &core::CardStore::cardChanged)
        , unreadable(operation.object.get(), &MoneyOperation::cardsUnreadable)
        , fundsMoved(&cardStore, &core::CardStore::fundsMoved) {}
    /// Funds added or withdrawn move the partner's balance; a transfer stays among its cards.
    int expectedBalanceReads() const { return qobject_cast<core::Transfer*>(operation.object.get()) ? 0 : 1; }

    int posts() const { return network.countRequests(operation.path); }
    Outcome outcome() const { return finished.constLast().constFirst().value<Outcome>(); }
    QList<qint64> storedIds() const {
        QList<qint64> ids;
        for (const QList<QVariant>& args : stored)
            ids << args.constFirst().value<api::Card>().id;
        return ids;
    }
};

} // namespace

class TestMoneyOperations : public QObject {
    Q_OBJECT

    static void operations() {
        QTest::addColumn<QString>("which");
        QTest::newRow("add funds") << QStringLiteral("add");
        QTest::newRow("withdraw funds") << QStringLiteral("withdraw");
        QTest::newRow("transfer") << QStringLiteral("transfer");
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void doneHoldsTheValueAndPublishesOnce_data() { operations(); }
    void doneHoldsTheValueAndPublishesOnce() {
        QFETCH(QString, which);
        Fixture x(which);
        x.network.setHandler([&x](const FakeRequest&) { return FakeResponse::ok(x.operation.answer(true)); });
        QVERIFY(x.operation.start(money("20")));
        QVERIFY(x.operation.object->isRunning());
        QTRY_COMPARE(x.finished.size(), 1);
        QCOMPARE(x.outcome(), Outcome::Done);
        QVERIFY(!x.operation.object->isRunning());
        QVERIFY(!x.operation.object->error());
        if (auto* transfer = qobject_cast<core::Transfer*>(x.operation.object.get())) {
            QVERIFY(transfer->value());
            QCOMPARE(transfer->value()->debit->transferId, 77);
        } else {
            auto* funds = static_cast<FundsMovement*>(x.operation.object.get());
            QVERIFY(funds->value());
            QCOMPARE(funds->value()->movement.transferId, 77);
        }
        // Published once each on the store, the source first; the balance is the server's.
        QCOMPARE(x.storedIds(), x.operation.changedIds());
        QCOMPARE(x.stored.constFirst().constFirst().value<api::Card>().balance, money("130.25"));
        QCOMPARE(x.published.size(), x.stored.size());
        QCOMPARE(x.operation.object->changedCards().size(), x.stored.size());
        QVERIFY(!x.operation.object->isReadingCards());
        QVERIFY(x.unreadable.isEmpty());
        QCOMPARE(x.posts(), 1);
        QCOMPARE(x.network.requests().size(), 1); // nothing read again: the answer carried the cards
        QCOMPARE(x.fundsMoved.size(), x.expectedBalanceReads());
        const QString message = x.operation.object->message();
        QVERIFY2(message.contains(u"Q\u00a020.00") && message.contains(u"Q\u00a0130.25"), qPrintable(message));
    }

    void insufficientFundsIsRefused_data() { operations(); }
    void insufficientFundsIsRefused() {
        QFETCH(QString, which);
        Fixture x(which);
        x.network.setHandler(
            [](const FakeRequest&) { return FakeResponse::failure(400, "7303", "insufficient funds"); });
        // More than the balance: the client does not compare, the server decides.
        QVERIFY(x.operation.start(money("1000")));
        QTRY_COMPARE(x.finished.size(), 1);
        QCOMPARE(x.outcome(), Outcome::Refused);
        QVERIFY(x.operation.object->error());
        QVERIFY(x.operation.object->error()->hasCode(api::BusinessCode::InsufficientFunds));
        QVERIFY(x.stored.isEmpty());
        QVERIFY(x.published.isEmpty());
        QCOMPARE(x.posts(), 1);
        QTest::qWait(50);
        QCOMPARE(x.network.requests().size(), 1); // no card read after a refusal
        QCOMPARE(x.fundsMoved.size(), 0);         // nor of the partner's balance
        // The sentence names the balance the agent saw (card 10's, the source of a transfer).
        QVERIFY2(x.operation.object->message().contains(u"Q\u00a0150.25"), qPrintable(x.operation.object->message()));
    }

    void zeroAmountIsRefusedBeforeSending_data() { operations(); }
    void zeroAmountIsRefusedBeforeSending() {
        QFETCH(QString, which);
        Fixture x(which);
        x.network.setHandler([&x](const FakeRequest&) { return FakeResponse::ok(x.operation.answer(true)); });
        QVERIFY(x.operation.start(api::Money::fromUnits(0)));
        QTRY_COMPARE(x.finished.size(), 1);
        QCOMPARE(x.outcome(), Outcome::Refused);
        QCOMPARE(x.operation.object->error()->kind, api::ErrorKind::InvalidRequest);
        QVERIFY(x.network.requests().isEmpty());
        QVERIFY(x.stored.isEmpty());
    }

    void transferToTheSameCardIsRefusedBeforeSending() {
        Fixture x(QStringLiteral("transfer"));
        x.network.setHandler([&x](const FakeRequest&) { return FakeResponse::ok(x.operation.answer(true)); });
        auto* transfer = qobject_cast<core::Transfer*>(x.operation.object.get());
        QVERIFY(transfer->start(5, card10(), card10(), money("1"), QString()));
        QTRY_COMPARE(x.finished.size(), 1);
        QCOMPARE(x.outcome(), Outcome::Refused);
        QCOMPARE(transfer->error()->kind, api::ErrorKind::InvalidRequest);
        QVERIFY(!transfer->value());
        QVERIFY(x.network.requests().isEmpty());
    }

    void hungReplyIsUnknownAndSentOnce_data() { operations(); }
    void hungReplyIsUnknownAndSentOnce() {
        QFETCH(QString, which);
        Fixture x(which);
        x.setTimeout(std::chrono::milliseconds(300));
        x.network.setHandler([](const FakeRequest&) { return FakeResponse::hang(); });
        QVERIFY(x.operation.start(money("20")));
        QTRY_COMPARE(x.posts(), 1);
        QVERIFY(!x.operation.object->canCancel()); // the write is on its way
        QTRY_COMPARE_WITH_TIMEOUT(x.finished.size(), 1, 10000);
        QCOMPARE(x.outcome(), Outcome::Unknown);
        QVERIFY(x.operation.object->message().contains(u"Check the card's movements"));
        // Absence check, not synchronisation: three more timeouts pass without a second request.
        QTest::qWait(900);
        QCOMPARE(x.posts(), 1);
        QCOMPARE(x.network.requests().size(), 1);
        QVERIFY(x.stored.isEmpty());
    }

    void gatewayErrorIsUnknown_data() { operations(); }
    void gatewayErrorIsUnknown() {
        QFETCH(QString, which);
        Fixture x(which);
        x.network.setHandler([](const FakeRequest&) { return FakeResponse::failure(502, "BAD_GATEWAY"); });
        QVERIFY(x.operation.start(money("20")));
        QTRY_COMPARE(x.finished.size(), 1);
        QCOMPARE(x.outcome(), Outcome::Unknown);                 // the gateway may have passed it on: never "not done"
        QCOMPARE(x.fundsMoved.size(), x.expectedBalanceReads()); // the partner's balance helps to check
        QCOMPARE(x.operation.object->error()->httpStatus, 502);
        QTest::qWait(50);
        QCOMPARE(x.posts(), 1);
        QVERIFY(x.stored.isEmpty());
    }

    void unreadableSuccessIsUnknown_data() { operations(); }
    void unreadableSuccessIsUnknown() {
        QFETCH(QString, which);
        Fixture x(which);
        x.network.setHandler([](const FakeRequest&) { return FakeResponse::ok("\"moved\""); });
        QVERIFY(x.operation.start(money("20")));
        QTRY_COMPARE(x.finished.size(), 1);
        QCOMPARE(x.outcome(), Outcome::Unknown); // a 2xx the client cannot read may mean it was done
        QCOMPARE(x.operation.object->error()->httpStatus, 200);
        QCOMPARE(x.posts(), 1);
        QVERIFY(x.stored.isEmpty());
    }

    void stepUpSendsTheCodeOnlyInTheResend_data() { operations(); }
    void stepUpSendsTheCodeOnlyInTheResend() {
        QFETCH(QString, which);
        Fixture x(which);
        x.network.setHandler(
            [&x](const FakeRequest& r) { return guardedBy(r, "123456", FakeResponse::ok(x.operation.answer(true))); });
        QVERIFY(x.operation.start(money("0.1")));
        QTRY_COMPARE(x.prompter.prompts, 1);
        QVERIFY(x.prompter.type(QStringLiteral("123456")));
        QTRY_COMPARE(x.finished.size(), 1);
        QCOMPARE(x.outcome(), Outcome::Done);
        QCOMPARE(x.posts(), 2); // without, then with the code
        const QList<FakeRequest> requests = x.network.requests();
        QCOMPARE(requests.size(), 3);
        QVERIFY(!requests.at(0).body.contains("otp"));
        QCOMPARE(requests.at(1).body,
                 QByteArray(R"({"email":"agent@migo.test","purpose":")") + x.operation.purpose + "\"}");
        QVERIFY(requests.at(2).body.contains(R"("otp":"123456")"));
        QCOMPARE(x.storedIds(), x.operation.changedIds());
    }

    void cancelledStepUpMovesNothing() {
        Fixture x(QStringLiteral("withdraw"));
        x.network.setHandler(
            [&x](const FakeRequest& r) { return guardedBy(r, "123456", FakeResponse::ok(x.operation.answer(true))); });
        QVERIFY(x.operation.start(money("1")));
        QTRY_VERIFY(x.prompter.current && x.prompter.current->phase() == core::StepUp::Phase::WaitingForCode);
        QVERIFY(x.prompter.current->cancel());
        QCOMPARE(x.finished.size(), 1);
        QCOMPARE(x.outcome(), Outcome::Cancelled);
        QVERIFY(x.operation.object->message().contains(u"nothing was done"));
        QCOMPARE(x.posts(), 1); // the refused first send only
        QVERIFY(x.stored.isEmpty());
    }

    void doubleStartSendsOnce_data() { operations(); }
    void doubleStartSendsOnce() {
        QFETCH(QString, which);
        Fixture x(which);
        x.network.setHandler([&x](const FakeRequest&) { return FakeResponse::ok(x.operation.answer(true)); });
        QVERIFY(x.operation.start(money("3.33")));
        QVERIFY(!x.operation.start(money("3.33")));
        QTRY_COMPARE(x.finished.size(), 1);
        QTest::qWait(50);
        QCOMPARE(x.finished.size(), 1);
        QCOMPARE(x.posts(), 1);
        QCOMPARE(x.storedIds(), x.operation.changedIds());
    }

    void answerWithoutTheCardsReadsThemAgain_data() { operations(); }
    void answerWithoutTheCardsReadsThemAgain() {
        QFETCH(QString, which);
        Fixture x(which);
        x.network.setHandler([&x](const FakeRequest& r) {
            if (r.url.path().endsWith(x.operation.path))
                return FakeResponse::ok(x.operation.answer(false));
            if (r.url.path().endsWith(u"/cardholders/5/cards"))
                return FakeResponse::ok("[" + cardJsonWith(11, "40.0000") + "," + cardJsonWith(10, "130.2500") + "]");
            return FakeResponse::failure(404, "7010");
        });
        // What the owner sees when finished() arrives: Done, and the balances on their way.
        bool readingAtFinish = false;
        QString messageAtFinish;
        int storedAtFinish = -1;
        MoneyOperation* object = x.operation.object.get();
        connect(object, &MoneyOperation::finished, object, [&] {
            readingAtFinish = object->isReadingCards();
            messageAtFinish = object->message();
            storedAtFinish = int(x.stored.size());
        });
        QVERIFY(x.operation.start(money("20")));
        QTRY_COMPARE(x.finished.size(), 1);
        QCOMPARE(x.outcome(), Outcome::Done);
        QVERIFY(readingAtFinish);
        QVERIFY2(messageAtFinish.contains(u"Reading the new balance"), qPrintable(messageAtFinish));
        QCOMPARE(storedAtFinish, 0);
        QTRY_COMPARE(x.stored.size(), x.operation.changedIds().size());
        QCOMPARE(x.storedIds(), x.operation.changedIds()); // in the operation's order, not the list's
        QCOMPARE(x.stored.constFirst().constFirst().value<api::Card>().balance, money("130.25"));
        QCOMPARE(x.published.size(), x.stored.size());
        QVERIFY(x.unreadable.isEmpty());
        QVERIFY(x.operation.object->message().contains(u"Q\u00a0130.25"));
        QCOMPARE(x.posts(), 1); // a read, never a resend
        QCOMPARE(x.network.countRequests(QStringLiteral("/cardholders/5/cards")), 1);
        QCOMPARE(x.network.requests().constLast().verb, QByteArray("GET"));
    }

    void unreadableCardsAreSaid() {
        Fixture x(QStringLiteral("add"));
        x.network.setHandler([&x](const FakeRequest& r) {
            if (r.url.path().endsWith(x.operation.path))
                return FakeResponse::ok(x.operation.answer(false));
            return FakeResponse::failure(404, "7100", "cardholder not found");
        });
        QVERIFY(x.operation.start(money("20")));
        QTRY_COMPARE(x.unreadable.size(), 1);
        QCOMPARE(x.outcome(), Outcome::Done); // the funds moved: only the new balance is missing
        QVERIFY(x.stored.isEmpty());
        QVERIFY2(x.operation.object->message().contains(u"The new balance could not be read"),
                 qPrintable(x.operation.object->message()));
        QCOMPARE(x.posts(), 1);
    }

    void abandonAbortsWithoutAReport() {
        Fixture x(QStringLiteral("add"));
        x.network.setHandler([](const FakeRequest&) { return FakeResponse::hang(); });
        QVERIFY(x.operation.start(money("20")));
        QTRY_COMPARE(x.posts(), 1);
        x.operation.object->abandon();
        QVERIFY(!x.operation.object->isRunning());
        QTest::qWait(50);
        QVERIFY(x.finished.isEmpty());
        QCOMPARE(x.posts(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMoneyOperations)
#include "tst_moneyoperations.moc"
