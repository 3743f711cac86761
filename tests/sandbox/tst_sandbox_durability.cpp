// kill -9 in the middle of a money load loses no acknowledged operation (WAL + synchronous=FULL).
#include "SandboxHarness.h"

#include <QTest>

class SandboxDurabilityTest final : public QObject {
    Q_OBJECT

private slots:
    void acknowledgedOperationsSurviveSigkill() {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(20), sandbox.errorOutput().constData());
        SandboxClient agent(sandbox.baseUrl());
        QVERIFY(agent.login(QStringLiteral("agent@migo.test"), QStringLiteral("Agent#2026")));
        const QList<qint64> loadCards = activateCardholderOneCards(agent);
        QCOMPARE(loadCards.size(), 3);

        MoneyLoad load(MoneyLoad::Settings{sandbox.baseUrl(), agent.appToken, agent.operatorToken, 1, 1, loadCards, 4,
                                           3, 100000, 23});
        load.run([](const MoneyLoad& progress) { return progress.acknowledged >= 400; }, 100000);
        sandbox.kill(); // requests are still in flight
        QVERIFY(load.acknowledged >= 400);
        QVERIFY2(load.unexpected == 0, qPrintable(load.unexpectedSamples.join(QStringLiteral("; "))));

        QVERIFY2(sandbox.start(20), sandbox.errorOutput().constData());
        QCOMPARE(sandbox.ready().value(QStringLiteral("createdDemoWorld")).toBool(), false);
        SandboxClient again(sandbox.baseUrl());
        QVERIFY(again.login(QStringLiteral("agent@migo.test"), QStringLiteral("Agent#2026")));
        for (const AckedMovement& acked : load.movements) {
            const HttpAnswer answer = again.send(
                "GET", QStringLiteral("/app/partners/1/cardholders/1/cards/") + QString::number(acked.cardId) +
                           QStringLiteral("/movements/") + QString::number(acked.transferId));
            QCOMPARE(answer.status, 200);
            const QJsonObject movement = answer.data().toObject();
            QCOMPARE(toUnits(movement.value(QStringLiteral("amount"))), acked.amountUnits);
            QCOMPARE(toUnits(movement.value(QStringLiteral("balanceAfter"))), acked.balanceAfterUnits);
        }
        // The books still balance after the crash.
        const HttpAnswer cards = again.send("GET", QStringLiteral("/app/partners/1/cardholders/1/cards"));
        for (const QJsonValue& value : cards.data().toArray()) {
            const QJsonObject card = value.toObject();
            if (card.value(QStringLiteral("type")).toString() != QStringLiteral("PHYSICAL")) {
                continue;
            }
            const HttpAnswer last = again.send(
                "GET", QStringLiteral("/app/partners/1/cardholders/1/cards/") +
                           QString::number(card.value(QStringLiteral("cardId")).toInteger()) +
                           QStringLiteral("/movements?from=2000-01-01&to=") + todayUtc() + QStringLiteral("&limit=1"));
            QCOMPARE(last.status, 200);
            const QJsonObject newest = last.data().toObject().value(QStringLiteral("items")).toArray().at(0).toObject();
            QCOMPARE(toUnits(newest.value(QStringLiteral("balanceAfter"))),
                     toUnits(card.value(QStringLiteral("balance"))));
        }
    }
};

QTEST_GUILESS_MAIN(SandboxDurabilityTest)
#include "tst_sandbox_durability.moc"
