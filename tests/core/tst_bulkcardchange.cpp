// Bulk block / unblock (contract §5, §8; issue 12) without widgets: one code for every batch, batch 1 is the
// step-up's attempt, a failed batch does not hide the others unless the code or the session failed, Stop before the
// next batch, cancel at the prompt sends nothing, and the card store hears the new statuses.
#include "BulkCardChange.h"
#include "CoreFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

using namespace migo;
using namespace migo::test;
using core::BulkCardChange;
using core::BulkCardOutcome;
using core::BulkCardResult;
using core::Outcome;
using core::StepUp;

namespace {

const QByteArray kCode = "123456";

bool isBulk(const FakeRequest& r) {
    return r.url.path().endsWith(u"/cardholders/cards/block") || r.url.path().endsWith(u"/cardholders/cards/unblock");
}

QList<qint64> cardIdsOf(const FakeRequest& r) {
    QList<qint64> ids;
    const QJsonArray array = QJsonDocument::fromJson(r.body).object().value(u"cardIds").toArray();
    for (const QJsonValue& value : array)
        ids << value.toInteger();
    return ids;
}

/// A BulkResult answering DONE for every id of `r`, except the ids in `already` (ALREADY_IN_STATE) and `refused`
/// (REFUSED 7213).
FakeResponse bulkAnswer(const FakeRequest& r, const QList<qint64>& already = {}, const QList<qint64>& refused = {}) {
    QJsonArray results;
    for (qint64 id : cardIdsOf(r)) {
        QJsonObject item{{QStringLiteral("cardId"), id}};
        if (already.contains(id)) {
            item.insert(QStringLiteral("outcome"), QStringLiteral("ALREADY_IN_STATE"));
        } else if (refused.contains(id)) {
            item.insert(QStringLiteral("outcome"), QStringLiteral("REFUSED"));
            item.insert(QStringLiteral("code"), QStringLiteral("7213"));
            item.insert(QStringLiteral("message"), QStringLiteral("Illegal transition."));
        } else {
            item.insert(QStringLiteral("outcome"), QStringLiteral("DONE"));
        }
        results << item;
    }
    return FakeResponse::ok(
        QJsonDocument(QJsonObject{{QStringLiteral("results"), results}}).toJson(QJsonDocument::Compact));
}

/// Bulk calls guarded by kCode, each answered by `answer` (DONE for all by default); `hook` may replace the answer
/// of the n-th bulk call carrying the right code (0-based).
struct Server {
    int codeRequests = 0;
    int bulkRequests = 0;
    int acceptedBatches = 0;
    std::function<std::optional<FakeResponse>(int batch, const FakeRequest&)> hook;
    FakeResponse operator()(const FakeRequest& r) {
        if (r.url.path().endsWith(u"/app/users/auth/otp"))
            ++codeRequests;
        else if (isBulk(r))
            ++bulkRequests;
        FakeResponse answer = bulkAnswer(r);
        if (isBulk(r) && r.body.contains(QByteArray(QByteArray("\"otp\":\"") + kCode + '"'))) {
            const int batch = acceptedBatches++;
            if (hook)
                if (std::optional<FakeResponse> replaced = hook(batch, r))
                    answer = *replaced;
        }
        return guardedBy(r, kCode, answer);
    }
};

struct Fixture : CoreFixture {
    Server server;
    BulkCardChange change{context()};
    QSignalSpy finished{&change, &BulkCardChange::finished};
    QSignalSpy answered{&change, &BulkCardChange::batchAnswered};
    QSignalSpy failed{&change, &BulkCardChange::batchFailed};
    QSignalSpy notSent{&change, &BulkCardChange::cardsNotSent};
    QHash<qint64, BulkCardResult> cards; ///< every card result the operation reported

    explicit Fixture(int maxBulkCardIds = 2) {
        api::ClientConfig config = client.config();
        config.maxBulkCardIds = maxBulkCardIds;
        client.setConfig(config);
        network.setHandler([this](const FakeRequest& r) { return server(r); });
        const auto collect = [this](const QList<BulkCardResult>& results) {
            for (const BulkCardResult& card : results)
                cards.insert(card.cardId, card);
        };
        QObject::connect(&change, &BulkCardChange::batchAnswered, &change,
                         [collect](int, const QList<BulkCardResult>& results) { collect(results); });
        QObject::connect(
            &change, &BulkCardChange::batchFailed, &change,
            [collect](int, const api::ApiError&, const QList<BulkCardResult>& results) { collect(results); });
        QObject::connect(&change, &BulkCardChange::cardsNotSent, &change, collect);
    }
    QList<FakeRequest> bulkRequests() const {
        QList<FakeRequest> bulk;
        for (const FakeRequest& r : network.requests())
            if (isBulk(r))
                bulk << r;
        return bulk;
    }
    Outcome outcome() const { return finished.constLast().constFirst().value<Outcome>(); }
    BulkCardOutcome outcomeOf(qint64 id) const { return cards.value(id).outcome; }
    int countOf(const QList<qint64>& ids, BulkCardOutcome outcome) const {
        return int(std::count_if(ids.cbegin(), ids.cend(), [&](qint64 id) { return outcomeOf(id) == outcome; }));
    }
};

const QList<qint64> kFive{11, 12, 13, 14, 15}; // three batches of at most two

} // namespace

class TestBulkCardChange : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void oneCodeForEveryBatch() {
        Fixture x;
        QVERIFY(x.change.start(api::BulkCardAction::Block, kFive));
        QCOMPARE(x.change.batches().size(), 3);
        QVERIFY(x.prompter.type(QString::fromLatin1(kCode)));
        QTRY_COMPARE(x.finished.size(), 1);
        QCOMPARE(x.outcome(), Outcome::Done);
        QCOMPARE(x.prompter.prompts, 1);
        QCOMPARE(x.server.codeRequests, 1);
        QVERIFY(x.network.requests().constFirst().body.contains(R"("purpose":"bulk_block")"));
        const QList<FakeRequest> bulk = x.bulkRequests();
        QCOMPARE(bulk.size(), 3);
        for (const FakeRequest& r : bulk) {
            QCOMPARE(r.verb, QByteArray("PATCH"));
            QVERIFY2(r.body.contains(R"("otp":"123456")"), r.body.constData());
        }
        QCOMPARE(cardIdsOf(bulk.at(0)), (QList<qint64>{11, 12}));
        QCOMPARE(cardIdsOf(bulk.at(1)), (QList<qint64>{13, 14}));
        QCOMPARE(cardIdsOf(bulk.at(2)), (QList<qint64>{15}));
        QCOMPARE(x.answered.size(), 3);
        QCOMPARE(x.countOf(kFive, BulkCardOutcome::Done), 5);
        QCOMPARE(x.change.cardCount(BulkCardOutcome::Done), 5);
        QCOMPARE(x.change.settledBatches(), 3);
        QCOMPARE(x.change.message(), QStringLiteral("5 blocked · 0 already blocked · 0 refused"));
        QVERIFY(!x.change.isRunning());
    }

    void unblockAsksForItsOwnPurpose() {
        Fixture x;
        QVERIFY(x.change.start(api::BulkCardAction::Unblock, {21}));
        QVERIFY(x.prompter.type(QString::fromLatin1(kCode)));
        QTRY_COMPARE(x.finished.size(), 1);
        QVERIFY(x.network.requests().constFirst().body.contains(R"("purpose":"bulk_unblock")"));
        QVERIFY(x.bulkRequests().constFirst().url.path().endsWith(u"/cardholders/cards/unblock"));
        QCOMPARE(x.change.message(), QStringLiteral("1 unblocked · 0 already active · 0 refused"));
    }

    void nothingIsSentBeforeTheCodeIsTyped() {
        Fixture x;
        x.change.start(api::BulkCardAction::Block, kFive);
        QCOMPARE(x.prompter.prompts, 1); // CodeFirst: the prompt opens at once
        QTRY_COMPARE(x.prompter.current->phase(), StepUp::Phase::WaitingForCode);
        QTest::qWait(30);
        QCOMPARE(x.bulkRequests().size(), 0);
        QVERIFY(x.change.canCancel());
        QVERIFY(x.prompter.type(QString::fromLatin1(kCode)));
        QVERIFY(!x.change.canCancel()); // batch 1 is on its way
        QTRY_COMPARE(x.finished.size(), 1);
        QVERIFY(!x.bulkRequests().constFirst().body.isEmpty());
    }

    void wrongThenRightCodeOnBatchOne() {
        Fixture x;
        QSignalSpy rejected(x.change.stepUp(), &StepUp::codeRejected);
        x.change.start(api::BulkCardAction::Block, kFive);
        QVERIFY(x.prompter.type(QStringLiteral("111111")));
        QTRY_COMPARE(rejected.size(), 1);
        QTest::qWait(30);
        // The refused attempt sent batch 1 only, and nothing else follows until the right code.
        QCOMPARE(x.bulkRequests().size(), 1);
        QVERIFY(x.finished.isEmpty());
        QVERIFY(x.answered.isEmpty() && x.failed.isEmpty());
        QVERIFY(x.prompter.type(QString::fromLatin1(kCode)));
        QTRY_COMPARE(x.finished.size(), 1);
        QCOMPARE(x.outcome(), Outcome::Done);
        const QList<FakeRequest> bulk = x.bulkRequests();
        QCOMPARE(bulk.size(), 4);
        QCOMPARE(cardIdsOf(bulk.at(1)), (QList<qint64>{11, 12})); // batch 1 again, with the right code
        for (int i = 1; i < 4; ++i)
            QVERIFY(bulk.at(i).body.contains(R"("otp":"123456")"));
        QCOMPARE(x.server.codeRequests, 1);
        QCOMPARE(x.prompter.prompts, 1);
        QCOMPARE(x.countOf(kFive, BulkCardOutcome::Done), 5);
    }

    void aLostMiddleBatchIsUnknownAndTheOthersStillRun() {
        Fixture x;
        x.server.hook = [](int batch, const FakeRequest&) -> std::optional<FakeResponse> {
            if (batch == 1)
                return FakeResponse::failure(500, "7301", "internal");
            return std::nullopt;
        };
        x.change.start(api::BulkCardAction::Block, kFive);
        QVERIFY(x.prompter.type(QString::fromLatin1(kCode)));
        QTRY_COMPARE(x.finished.size(), 1);
        QCOMPARE(x.bulkRequests().size(), 3);
        QCOMPARE(x.outcomeOf(13), BulkCardOutcome::OutcomeUnknown);
        QCOMPARE(x.outcomeOf(14), BulkCardOutcome::OutcomeUnknown);
        QCOMPARE(x.countOf({11, 12, 15}, BulkCardOutcome::Done), 3);
        QCOMPARE(x.failed.size(), 1);
        QCOMPARE(x.failed.constFirst().at(0).toInt(), 1);
        QCOMPARE(x.outcome(), Outcome::Unknown); // some cards may or may not have changed
        QCOMPARE(x.change.message(), QStringLiteral("3 blocked · 0 already blocked · 0 refused · 2 outcome unknown"));
        QVERIFY(x.change.stopReason().isEmpty());
    }

    void aConnectionLostMidBatchIsUnknown() {
        Fixture x;
        x.server.hook = [](int batch, const FakeRequest&) -> std::optional<FakeResponse> {
            if (batch == 0)
                return FakeResponse::networkError(QNetworkReply::RemoteHostClosedError);
            return std::nullopt;
        };
        x.change.start(api::BulkCardAction::Block, kFive);
        QVERIFY(x.prompter.type(QString::fromLatin1(kCode)));
        QTRY_COMPARE(x.finished.size(), 1);
        QCOMPARE(x.bulkRequests().size(), 3); // batch 1's fate is unknown; 2 and 3 still go with the code
        QCOMPARE(x.countOf({11, 12}, BulkCardOutcome::OutcomeUnknown), 2);
        QCOMPARE(x.countOf({13, 14, 15}, BulkCardOutcome::Done), 3);
        QCOMPARE(x.outcome(), Outcome::Unknown);
    }

    void aRefusedBatchIsNotSentAndTheOthersStillRun() {
        Fixture x;
        x.server.hook = [](int batch, const FakeRequest&) -> std::optional<FakeResponse> {
            if (batch == 1)
                return FakeResponse::failure(400, "7000", "too many ids");
            return std::nullopt;
        };
        x.change.start(api::BulkCardAction::Block, kFive);
        QVERIFY(x.prompter.type(QString::fromLatin1(kCode)));
        QTRY_COMPARE(x.finished.size(), 1);
        QCOMPARE(x.bulkRequests().size(), 3);
        QCOMPARE(x.countOf({13, 14}, BulkCardOutcome::NotSent), 2);
        QCOMPARE(x.cards.value(13).code, QStringLiteral("7000"));
        QVERIFY(!x.cards.value(13).message.isEmpty());
        QCOMPARE(x.countOf({11, 12, 15}, BulkCardOutcome::Done), 3);
        QCOMPARE(x.outcome(), Outcome::Done);
        QCOMPARE(x.change.message(), QStringLiteral("3 blocked · 0 already blocked · 0 refused · 2 not sent"));
    }

    void aRefusedFirstBatchDoesNotStopTheOthers() {
        // The step-up's attempt failed for a reason other than the code: the code stands for batches 2 and 3.
        Fixture x;
        x.server.hook = [](int batch, const FakeRequest&) -> std::optional<FakeResponse> {
            if (batch == 0)
                return FakeResponse::failure(400, "7000", "too many ids");
            return std::nullopt;
        };
        x.change.start(api::BulkCardAction::Block, kFive);
        QVERIFY(x.prompter.type(QString::fromLatin1(kCode)));
        QTRY_COMPARE(x.finished.size(), 1);
        QCOMPARE(x.bulkRequests().size(), 3);
        QCOMPARE(x.countOf({11, 12}, BulkCardOutcome::NotSent), 2);
        QCOMPARE(x.countOf({13, 14, 15}, BulkCardOutcome::Done), 3);
    }

    void aForbiddenSecondBatchStopsTheRest() {
        Fixture x;
        x.server.hook = [](int batch, const FakeRequest&) -> std::optional<FakeResponse> {
            if (batch == 1)
                return FakeResponse::failure(403, "PERMISSION_DENIED", "cards-admin:block");
            return std::nullopt;
        };
        x.change.start(api::BulkCardAction::Block, kFive);
        QVERIFY(x.prompter.type(QString::fromLatin1(kCode)));
        QTRY_COMPARE(x.finished.size(), 1);
        QTest::qWait(30);
        QCOMPARE(x.bulkRequests().size(), 2); // batch 3 would be refused the same way: never sent
        QCOMPARE(x.countOf({11, 12}, BulkCardOutcome::Done), 2);
        QCOMPARE(x.countOf({13, 14, 15}, BulkCardOutcome::NotSent), 3);
        QCOMPARE(x.cards.value(15).code, QStringLiteral("PERMISSION_DENIED"));
        QVERIFY(x.cards.value(15).message.startsWith(u"Not sent: "));
        QVERIFY(x.change.stopReason().startsWith(u"Stopped: "));
        QCOMPARE(x.notSent.size(), 1);
        QCOMPARE(x.outcome(), Outcome::Done); // batch 1 was done
    }

    void anExpiredCodeOnBatchTwoStopsTheRest() {
        Fixture x;
        x.server.hook = [](int batch, const FakeRequest&) -> std::optional<FakeResponse> {
            if (batch == 1)
                return FakeResponse::failure(403, "OTP_EXPIRED", "expired");
            return std::nullopt;
        };
        x.change.start(api::BulkCardAction::Block, kFive);
        QVERIFY(x.prompter.type(QString::fromLatin1(kCode)));
        QTRY_COMPARE(x.finished.size(), 1);
        QTest::qWait(30);
        QCOMPARE(x.bulkRequests().size(), 2);
        QCOMPARE(x.server.codeRequests, 1); // never a new code behind the agent's back
        QCOMPARE(x.countOf({13, 14, 15}, BulkCardOutcome::NotSent), 3);
        QCOMPARE(x.cards.value(13).code, QStringLiteral("OTP_EXPIRED"));
        QVERIFY(x.change.stopReason().startsWith(u"Stopped: "));
    }

    void anExpiredSessionStopsTheRest() {
        Fixture x;
        x.server.hook = [](int batch, const FakeRequest&) -> std::optional<FakeResponse> {
            if (batch == 0)
                return std::nullopt;
            return FakeResponse::failure(401, "TOKEN_EXPIRED", "expired");
        };
        x.network.setHandler([&x](const FakeRequest& r) {
            if (r.url.path().endsWith(u"/app/users/refresh"))
                return FakeResponse::failure(401, "REFRESH_TOKEN_INVALID", "used");
            return x.server(r);
        });
        x.change.start(api::BulkCardAction::Block, kFive);
        QVERIFY(x.prompter.type(QString::fromLatin1(kCode)));
        QTRY_COMPARE(x.finished.size(), 1);
        QCOMPARE(x.failed.size(), 1);
        QCOMPARE(x.failed.constFirst().at(1).value<api::ApiError>().kind, api::ErrorKind::SessionExpired);
        QCOMPARE(x.bulkRequests().size(), 2);
        QCOMPARE(x.countOf({11, 12}, BulkCardOutcome::Done), 2);
        QCOMPARE(x.countOf({13, 14, 15}, BulkCardOutcome::NotSent), 3);
        QVERIFY(x.change.stopReason().startsWith(u"Stopped: "));
    }

    void stopTakesEffectBeforeTheNextBatch() {
        Fixture x;
        QObject::connect(&x.change, &BulkCardChange::batchSending, &x.change, [&x](int index) {
            if (index == 1)
                x.change.requestStop(); // while batch 2 is on its way
        });
        x.change.start(api::BulkCardAction::Block, kFive);
        QVERIFY(x.prompter.type(QString::fromLatin1(kCode)));
        QTRY_COMPARE(x.finished.size(), 1);
        QTest::qWait(30);
        QCOMPARE(x.bulkRequests().size(), 2); // batch 2 was awaited, batch 3 never sent
        QCOMPARE(x.countOf({11, 12, 13, 14}, BulkCardOutcome::Done), 4);
        QCOMPARE(x.outcomeOf(15), BulkCardOutcome::NotSent);
        QCOMPARE(x.change.stopReason(), QStringLiteral("Stopped by the operator."));
        QCOMPARE(x.outcome(), Outcome::Done);
    }

    void aBatchOnItsWayIsAwaitedNotDropped() {
        Fixture x;
        x.setTimeout(std::chrono::milliseconds(400));
        bool hang = false;
        x.network.setHandler([&](const FakeRequest& r) {
            if (hang && isBulk(r))
                return FakeResponse::hang();
            return x.server(r);
        });
        QObject::connect(&x.change, &BulkCardChange::batchAnswered, &x.change, [&hang](int index) {
            if (index == 0)
                hang = true;
        });
        x.change.start(api::BulkCardAction::Block, kFive);
        QVERIFY(x.prompter.type(QString::fromLatin1(kCode)));
        QTRY_COMPARE(x.bulkRequests().size(), 2);
        x.change.requestStop();
        QVERIFY(!x.change.canCancel());
        QVERIFY(!x.change.cancel());
        QTest::qWait(50);
        QVERIFY(x.change.isRunning()); // still waiting for batch 2's answer
        QVERIFY(x.finished.isEmpty());
        // Its fate is reported when the client gives up on it: lost, so unknown; batch 3 is never sent.
        QTRY_COMPARE(x.finished.size(), 1);
        QCOMPARE(x.countOf({13, 14}, BulkCardOutcome::OutcomeUnknown), 2);
        QCOMPARE(x.outcomeOf(15), BulkCardOutcome::NotSent);
        QCOMPARE(x.bulkRequests().size(), 2);
        QCOMPARE(x.outcome(), Outcome::Unknown);
    }

    void cancelAtThePromptSendsNothing() {
        Fixture x;
        x.change.start(api::BulkCardAction::Block, kFive);
        QTRY_COMPARE(x.prompter.current->phase(), StepUp::Phase::WaitingForCode);
        QVERIFY(x.prompter.current->cancel()); // the prompt's Cancel
        QCOMPARE(x.finished.size(), 1);
        QCOMPARE(x.outcome(), Outcome::Cancelled);
        QCOMPARE(x.change.message(), QStringLiteral("No one-time password was entered. Nothing was sent."));
        QTest::qWait(30);
        QCOMPARE(x.bulkRequests().size(), 0);
        QVERIFY(x.cards.isEmpty());
        QVERIFY(!x.change.isRunning());

        // And the operation can be started again (back to the review, confirm again).
        QVERIFY(x.change.start(api::BulkCardAction::Block, kFive));
        QVERIFY(x.change.cancel());
        QCOMPARE(x.finished.size(), 2);
        QCOMPARE(x.outcome(), Outcome::Cancelled);
    }

    void doubleStartSendsOnce() {
        Fixture x(10);
        QVERIFY(x.change.start(api::BulkCardAction::Block, kFive));
        QVERIFY(!x.change.start(api::BulkCardAction::Block, kFive));
        QVERIFY(x.prompter.type(QString::fromLatin1(kCode)));
        QVERIFY(!x.change.start(api::BulkCardAction::Block, kFive)); // nor while batch 1 is on its way
        QTRY_COMPARE(x.finished.size(), 1);
        QTest::qWait(30);
        QCOMPARE(x.prompter.prompts, 1);
        QCOMPARE(x.server.codeRequests, 1);
        QCOMPARE(x.bulkRequests().size(), 1);
    }

    void repeatedIdsAreSentOnce() {
        Fixture x(10);
        x.change.start(api::BulkCardAction::Block, {11, 12, 11, 13, 12});
        QVERIFY(x.prompter.type(QString::fromLatin1(kCode)));
        QTRY_COMPARE(x.finished.size(), 1);
        QCOMPARE(cardIdsOf(x.bulkRequests().constFirst()), (QList<qint64>{11, 12, 13}));
        QVERIFY(!x.change.start(api::BulkCardAction::Block, {}));
    }

    void perCardOutcomesAndTheCardStore() {
        Fixture x(3);
        x.network.setHandler([](const FakeRequest& r) {
            FakeResponse answer = bulkAnswer(r, {12}, {13});
            if (isBulk(r) && cardIdsOf(r).contains(14)) {
                // The answer names a card that is not in the batch and forgets one that is.
                answer = FakeResponse::ok(R"({"results":[{"cardId":14,"outcome":"DONE"},)"
                                          R"({"cardId":99,"outcome":"DONE"}]})");
            }
            return guardedBy(r, kCode, answer);
        });
        QSignalSpy statuses(&x.cardStore, &core::CardStore::cardStatusesChanged);
        x.change.start(api::BulkCardAction::Block, kFive);
        QVERIFY(x.prompter.type(QString::fromLatin1(kCode)));
        QTRY_COMPARE(x.finished.size(), 1);
        QCOMPARE(x.outcomeOf(11), BulkCardOutcome::Done);
        QCOMPARE(x.outcomeOf(12), BulkCardOutcome::AlreadyInState);
        QCOMPARE(x.outcomeOf(13), BulkCardOutcome::Refused);
        QCOMPARE(x.cards.value(13).code, QStringLiteral("7213"));
        QCOMPARE(x.outcomeOf(14), BulkCardOutcome::Done);
        QCOMPARE(x.outcomeOf(15), BulkCardOutcome::OutcomeUnknown);
        QVERIFY(!x.cards.contains(99));
        QCOMPARE(x.outcome(), Outcome::Unknown);
        // After each answered batch: its DONE and ALREADY_IN_STATE cards are now blocked.
        QCOMPARE(statuses.size(), 2);
        QCOMPARE(statuses.at(0).at(0).value<QList<qint64>>(), (QList<qint64>{11, 12}));
        QCOMPARE(statuses.at(0).at(1).value<api::CardStatus>(), api::CardStatus::Blocked);
        QCOMPARE(statuses.at(1).at(0).value<QList<qint64>>(), (QList<qint64>{14}));
    }

    void unblockPublishesActive() {
        Fixture x;
        QSignalSpy statuses(&x.cardStore, &core::CardStore::cardStatusesChanged);
        x.change.start(api::BulkCardAction::Unblock, {11, 12, 13});
        QVERIFY(x.prompter.type(QString::fromLatin1(kCode)));
        QTRY_COMPARE(x.finished.size(), 1);
        QCOMPARE(statuses.size(), 2);
        QCOMPARE(statuses.at(1).at(0).value<QList<qint64>>(), (QList<qint64>{13}));
        QCOMPARE(statuses.at(1).at(1).value<api::CardStatus>(), api::CardStatus::Active);
    }

    void noCardStoreIsFine() {
        Fixture x;
        core::OperationContext context = x.context();
        context.cardStore = nullptr;
        BulkCardChange change(context);
        QSignalSpy finished(&change, &BulkCardChange::finished);
        change.start(api::BulkCardAction::Block, {11});
        QVERIFY(x.prompter.type(QString::fromLatin1(kCode)));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().constFirst().value<Outcome>(), Outcome::Done);
    }

    void abandonReportsNothing() {
        Fixture x;
        bool hang = false;
        x.network.setHandler([&](const FakeRequest& r) {
            if (hang && isBulk(r))
                return FakeResponse::hang();
            return x.server(r);
        });
        QObject::connect(&x.change, &BulkCardChange::batchAnswered, &x.change, [&hang] { hang = true; });
        x.change.start(api::BulkCardAction::Block, kFive);
        QVERIFY(x.prompter.type(QString::fromLatin1(kCode)));
        QTRY_COMPARE(x.bulkRequests().size(), 2);
        x.change.abandon();
        QVERIFY(!x.change.isRunning());
        QTest::qWait(50);
        QVERIFY(x.finished.isEmpty());
        QCOMPARE(x.bulkRequests().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestBulkCardChange)
#include "tst_bulkcardchange.moc"
