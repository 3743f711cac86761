// Concurrent money operations keep every balance equal to the sum of its movements (contract §8, Funds).
#include "SandboxHarness.h"

#include <QTest>

namespace {

/// Balances (units) of the given cards of cardholder 1, read through the API.
QMap<qint64, qint64> balances(SandboxClient& client) {
    QMap<qint64, qint64> result;
    const HttpAnswer cards = client.send("GET", QStringLiteral("/app/partners/1/cardholders/1/cards"));
    for (const QJsonValue& card : cards.data().toArray()) {
        const QJsonObject object = card.toObject();
        if (object.value(QStringLiteral("type")).toString() == QStringLiteral("PHYSICAL")) {
            result.insert(object.value(QStringLiteral("cardId")).toInteger(),
                          toUnits(object.value(QStringLiteral("balance"))));
        }
    }
    return result;
}

/// Sum of credits minus debits over every movement of a card, paging through the list.
qint64 movementSum(SandboxClient& client, qint64 cardId, int* count) {
    qint64 sum = 0;
    *count = 0;
    for (int page = 1;; ++page) {
        const HttpAnswer answer =
            client.send("GET", QStringLiteral("/app/partners/1/cardholders/1/cards/") + QString::number(cardId) +
                                   QStringLiteral("/movements?from=2000-01-01&to=") + todayUtc() +
                                   QStringLiteral("&limit=200&page=") + QString::number(page));
        if (answer.status != 200) {
            return -1;
        }
        const QJsonObject data = answer.data().toObject();
        for (const QJsonValue& value : data.value(QStringLiteral("items")).toArray()) {
            const QJsonObject movement = value.toObject();
            const qint64 amount = toUnits(movement.value(QStringLiteral("amount")));
            sum += movement.value(QStringLiteral("movementType")).toString() == QStringLiteral("credit") ? amount
                                                                                                         : -amount;
            ++*count;
        }
        if (page >= data.value(QStringLiteral("totalPages")).toInt()) {
            return sum;
        }
    }
}

} // namespace

class SandboxConcurrencyTest final : public QObject {
    Q_OBJECT

private slots:
    void concurrentMoneyOperationsKeepTheBooksBalanced() {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(20), sandbox.errorOutput().constData());
        SandboxClient agent(sandbox.baseUrl());
        QVERIFY(agent.login(QStringLiteral("agent@migo.test"), QStringLiteral("Agent#2026")));
        const QList<qint64> cards = activateCardholderOneCards(agent);
        QCOMPARE(cards.size(), 3);
        const QMap<qint64, qint64> before = balances(agent);
        QCOMPARE(before.size(), 3);
        qint64 totalBefore = 0;
        for (const qint64 balance : before) {
            totalBefore += balance;
        }

        MoneyLoad load(
            MoneyLoad::Settings{sandbox.baseUrl(), agent.appToken, agent.operatorToken, 1, 1, cards, 4, 2, 2000, 11});
        QVERIFY(load.run({}, 100000));
        QVERIFY2(load.unexpected == 0, qPrintable(load.unexpectedSamples.join(QStringLiteral("; "))));
        QCOMPARE(load.acknowledged + load.insufficientFunds, 2000);
        QVERIFY(load.acknowledged > 1000);

        const QMap<qint64, qint64> after = balances(agent);
        qint64 totalAfter = 0;
        for (auto card = after.cbegin(); card != after.cend(); ++card) {
            QVERIFY(card.value() >= 0);
            int count = 0;
            QCOMPARE(movementSum(agent, card.key(), &count), card.value());
            QVERIFY(count > 0);
            totalAfter += card.value();
        }
        QCOMPARE(totalAfter, totalBefore + load.addedUnits - load.withdrawnUnits);
        // Every acknowledged movement carries a distinct id.
        QSet<qint64> ids;
        for (const AckedMovement& movement : load.movements) {
            ids.insert(movement.transferId);
        }
        QCOMPARE(qsizetype(ids.size()), qsizetype(load.movements.size()));
    }
};

QTEST_GUILESS_MAIN(SandboxConcurrencyTest)
#include "tst_sandbox_concurrency.moc"
