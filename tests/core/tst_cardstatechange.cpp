// One card's state change (seed 002, issue 12) without widgets: done, refused (7213, with the card read again),
// unknown (a hung PATCH: one PATCH on the wire, the card read again), step-up with a scripted code, cancel at the
// prompt, a double start and a start the card policy refuses.
#include "CardStateChange.h"
#include "CoreFixture.h"

#include <QSignalSpy>

#include <algorithm>

using namespace migo;
using namespace migo::test;
using core::CardStateChange;
using core::Outcome;

namespace {

/// Card 10 of cardholder 5 as the server answers it, in `status`.
QByteArray cardIn(const char* status) {
    QByteArray json = cardJson;
    const QByteArray wanted = QByteArray("\"status\":\"") + status + '"';
    json.replace(QByteArray("\"status\":\"ACTIVE\""), wanted);
    return json;
}

/// The card the agent sees on the row (active unless told).
api::Card rowCard(api::CardStatus status = api::CardStatus::Active) {
    api::Card card;
    card.id = 10;
    card.maskedPan = QStringLiteral("411111******1234");
    card.alias = QStringLiteral("Principal");
    card.type = api::CardType::Physical;
    card.status = status;
    card.statusWire = api::cardStatusWire(status);
    card.cardholderId = 5;
    card.cardholderName = QStringLiteral("María Ramírez");
    return card;
}

bool isPatch(const FakeRequest& r) {
    return r.verb == "PATCH";
}

struct Fixture : CoreFixture {
    CardStateChange change{context()};
    QSignalSpy finished{&change, &CardStateChange::finished};
    QSignalSpy reread{&change, &CardStateChange::cardReread};
    QSignalSpy rereadFailed{&change, &CardStateChange::rereadFailed};
    QSignalSpy published{&cardStore, &core::CardStore::cardChanged};

    Outcome outcome() const { return finished.constLast().constFirst().value<Outcome>(); }
    qsizetype patches() const {
        const QList<FakeRequest> requests = network.requests();
        return std::count_if(requests.cbegin(), requests.cend(), isPatch);
    }
    api::Card publishedCard(qsizetype i) const { return published.at(i).constFirst().value<api::Card>(); }
};

} // namespace

class TestCardStateChange : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        qRegisterMetaType<api::Card>();
        qRegisterMetaType<Outcome>();
    }

    void doneTellsEveryListThroughTheStore() {
        Fixture x;
        x.network.setHandler([](const FakeRequest&) { return FakeResponse::ok(cardIn("BLOCKED")); });
        QVERIFY(x.change.start(rowCard(), api::CardAction::Block));
        QVERIFY(x.change.isRunning());
        QTRY_COMPARE(x.finished.size(), 1);
        QCOMPARE(x.outcome(), Outcome::Done);
        QVERIFY(!x.change.isRunning());
        QCOMPARE(x.change.message(), QStringLiteral("Card 411111******1234 is now blocked."));
        QCOMPARE(x.published.size(), 1);
        QCOMPARE(x.publishedCard(0).status, api::CardStatus::Blocked);
        QVERIFY(x.change.changedCard());
        QCOMPARE(x.patches(), 1);
        const FakeRequest patch = x.network.requests().constFirst();
        QCOMPARE(patch.url.path(), QStringLiteral("/cms/rest/app/partners/7/cardholders/5/cards/10/block"));
        QCOMPARE(x.prompter.prompts, 0);
        QTest::qWait(20);
        QCOMPARE(x.reread.size(), 0); // nothing to read again after a clear answer
        QCOMPARE(x.network.requests().size(), 1);
    }

    void staleRowIsRefusedWith7213AndReadAgain() {
        Fixture x;
        x.network.setHandler([](const FakeRequest& r) {
            if (isPatch(r))
                return FakeResponse::failure(409, "7213", "invalid card status");
            return FakeResponse::ok("[" + cardIn("BLOCKED") + "]");
        });
        QVERIFY(x.change.start(rowCard(), api::CardAction::Block));
        QTRY_COMPARE(x.finished.size(), 1);
        QCOMPARE(x.outcome(), Outcome::Refused);
        QVERIFY(x.change.message().startsWith(QStringLiteral("The card was not blocked: ")));
        QVERIFY(x.change.error());
        QVERIFY(x.change.error()->hasCode(api::BusinessCode::InvalidCardStatus));
        QTRY_COMPARE(x.reread.size(), 1);
        QCOMPARE(x.reread.constFirst().at(1).toString(),
                 QStringLiteral("Card 411111******1234 is blocked on the server: the list was out of date."));
        QCOMPARE(x.published.size(), 1); // what the server now shows, for every list
        QCOMPARE(x.publishedCard(0).status, api::CardStatus::Blocked);
        QCOMPARE(x.patches(), 1); // read, never resent
        QCOMPARE(x.network.requests().constLast().verb, QByteArray("GET"));
        QCOMPARE(x.network.requests().constLast().url.path(),
                 QStringLiteral("/cms/rest/app/partners/7/cardholders/5/cards"));
    }

    void anotherRefusalIsNotReadAgain() {
        Fixture x;
        x.network.setHandler([](const FakeRequest&) { return FakeResponse::failure(403, "7100", "not allowed"); });
        QVERIFY(x.change.start(rowCard(), api::CardAction::Block));
        QTRY_COMPARE(x.finished.size(), 1);
        QCOMPARE(x.outcome(), Outcome::Refused);
        QTest::qWait(20);
        QCOMPARE(x.network.requests().size(), 1);
        QCOMPARE(x.published.size(), 0);
    }

    void hungPatchIsUnknownSentOnceAndReadAgain() {
        Fixture x;
        x.setTimeout(std::chrono::milliseconds(300));
        x.network.setHandler([](const FakeRequest& r) {
            if (isPatch(r))
                return FakeResponse::hang();
            return FakeResponse::ok("[" + cardIn("BLOCKED") + "]");
        });
        QVERIFY(x.change.start(rowCard(), api::CardAction::Block));
        QTRY_COMPARE_WITH_TIMEOUT(x.finished.size(), 1, 5000);
        QCOMPARE(x.outcome(), Outcome::Unknown);
        QCOMPARE(x.change.message(), QStringLiteral("Outcome unknown — the card is read again."));
        QTRY_COMPARE(x.reread.size(), 1);
        QCOMPARE(x.reread.constFirst().at(1).toString(),
                 QStringLiteral("The server now shows card 411111******1234 as blocked."));
        QCOMPARE(x.published.size(), 1);
        QCOMPARE(x.publishedCard(0).status, api::CardStatus::Blocked);
        QTest::qWait(100); // longer than the retry backoff: no second PATCH
        QCOMPARE(x.patches(), 1);
    }

    void unknownAndTheReadFailsToo() {
        Fixture x;
        x.network.setHandler([](const FakeRequest& r) {
            if (isPatch(r))
                return FakeResponse::failure(500, "7301", "internal");
            return FakeResponse::failure(403, "7100", "no");
        });
        QVERIFY(x.change.start(rowCard(), api::CardAction::Block));
        QTRY_COMPARE(x.finished.size(), 1);
        QCOMPARE(x.outcome(), Outcome::Unknown);
        QTRY_COMPARE(x.rereadFailed.size(), 1);
        QVERIFY(x.rereadFailed.constFirst().constFirst().toString().startsWith(
            QStringLiteral("Outcome unknown, and the card could not be read again: ")));
        QCOMPARE(x.published.size(), 0);
        QCOMPARE(x.patches(), 1);
    }

    void stepUpSendsTheCodeOnlyInTheResend() {
        Fixture x;
        x.network.setHandler(
            [](const FakeRequest& r) { return guardedBy(r, "123456", FakeResponse::ok(cardIn("BLOCKED"))); });
        QVERIFY(x.change.start(rowCard(), api::CardAction::Block));
        QTRY_COMPARE(x.prompter.prompts, 1);
        QVERIFY(x.prompter.type(QStringLiteral("123456")));
        QTRY_COMPARE(x.finished.size(), 1);
        QCOMPARE(x.outcome(), Outcome::Done);
        QCOMPARE(x.published.size(), 1);
        const QList<FakeRequest> requests = x.network.requests();
        QCOMPARE(requests.size(), 3); // PATCH, code request, PATCH with the code
        QVERIFY(!requests.at(0).body.contains("otp"));
        QCOMPARE(requests.at(1).body, QByteArray(R"({"email":"agent@migo.test","purpose":"card_action"})"));
        QVERIFY(requests.at(2).body.contains(R"("otp":"123456")"));
        QCOMPARE(x.patches(), 2);
    }

    void holdingTheOtpActionAsksForTheCodeBeforeTheFirstPatch() {
        // Issue 13: an operator subject to cards-admin:otp is asked first, never refused first.
        CoreFixture f;
        f.network.setHandler(
            [](const FakeRequest& r) { return guardedBy(r, "123456", FakeResponse::ok(cardIn("BLOCKED"))); });
        auto permissions = std::make_shared<api::OperatorPermissions>();
        permissions->permissions = {{QStringLiteral("cards-admin"), QStringLiteral("block")},
                                    {QStringLiteral("cards-admin"), QStringLiteral("otp")}};
        core::OperationContext context = f.context();
        context.access = std::make_shared<core::OperatorAccess>(core::OperatorAccess{permissions});
        CardStateChange change(context);
        QSignalSpy finished(&change, &CardStateChange::finished);
        QVERIFY(change.start(rowCard(), api::CardAction::Block));
        QCOMPARE(f.prompter.prompts, 1);
        QVERIFY(f.prompter.type(QStringLiteral("123456")));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().constFirst().value<Outcome>(), Outcome::Done);
        const QList<FakeRequest> requests = f.network.requests();
        QCOMPARE(requests.size(), 2); // the code request, then one PATCH with the code
        QVERIFY(requests.at(0).url.path().endsWith(u"/app/users/auth/otp"));
        QVERIFY(requests.at(1).body.contains(R"("otp":"123456")"));
    }

    void cancelAtThePromptSendsNothingMore() {
        Fixture x;
        x.network.setHandler(
            [](const FakeRequest& r) { return guardedBy(r, "123456", FakeResponse::ok(cardIn("ACTIVE"))); });
        QVERIFY(x.change.start(rowCard(api::CardStatus::Blocked), api::CardAction::Unblock));
        QTRY_VERIFY(x.prompter.current && x.prompter.current->phase() == core::StepUp::Phase::WaitingForCode);
        QVERIFY(x.change.canCancel());
        QVERIFY(x.prompter.current->cancel());
        QCOMPARE(x.finished.size(), 1);
        QCOMPARE(x.outcome(), Outcome::Cancelled);
        QCOMPARE(x.change.message(), QStringLiteral("No one-time password was entered: the card was not unblocked."));
        QTest::qWait(30);
        QCOMPARE(x.patches(), 1);
        QCOMPARE(x.published.size(), 0);
        QVERIFY(!x.change.isRunning());
    }

    void noCancelWhileThePatchIsOnItsWay() {
        Fixture x;
        x.network.setHandler([](const FakeRequest&) { return FakeResponse::hang(); });
        QVERIFY(x.change.start(rowCard(), api::CardAction::Block));
        QVERIFY(!x.change.canCancel());
        x.change.abandon(); // the owner closes: aborted, nothing reported
        QVERIFY(!x.change.isRunning());
        QTest::qWait(30);
        QCOMPARE(x.finished.size(), 0);
        QCOMPARE(x.patches(), 1);
    }

    void doubleStartSendsOnePatch() {
        Fixture x;
        x.network.setHandler([](const FakeRequest&) { return FakeResponse::ok(cardIn("ACTIVE")); });
        const api::Card blocked = rowCard(api::CardStatus::Blocked);
        QVERIFY(x.change.start(blocked, api::CardAction::Unblock));
        QVERIFY(!x.change.start(blocked, api::CardAction::Unblock));
        QTRY_COMPARE(x.finished.size(), 1);
        QTest::qWait(30);
        QCOMPARE(x.finished.size(), 1);
        QCOMPARE(x.patches(), 1);
        QCOMPARE(x.outcome(), Outcome::Done);
        QCOMPARE(x.change.message(), QStringLiteral("Card 411111******1234 is now active."));
    }

    void whatThePolicyRefusesIsNotStarted() {
        Fixture x;
        QSignalSpy running(&x.change, &CardStateChange::runningChanged);
        QVERIFY(!x.change.start(rowCard(api::CardStatus::Blocked), api::CardAction::Block)); // already blocked
        QVERIFY(!x.change.start(rowCard(api::CardStatus::Inactive), api::CardAction::Unblock));
        api::Card linked = rowCard();
        linked.type = api::CardType::Linked;
        QVERIFY(!x.change.start(linked, api::CardAction::Block)); // another cardholder's card
        api::Card unassigned = rowCard();
        unassigned.cardholderId.reset();
        QVERIFY(!x.change.start(unassigned, api::CardAction::Block));
        QVERIFY(!x.change.isRunning());
        QTest::qWait(20);
        QVERIFY(x.network.requests().isEmpty());
        QCOMPARE(x.finished.size(), 0);
        QCOMPARE(running.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCardStateChange)
#include "tst_cardstatechange.moc"
