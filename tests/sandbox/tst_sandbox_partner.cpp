// The partner's balance and the operator's permissions (contract §14; issue 13), and the application token
// lifetimes set by --app-token-ttl / --app-refresh-ttl, over raw HTTP.
#include "SandboxHarness.h"

#include <QTest>
#include <QThread>

namespace {

const QString kAgent = QStringLiteral("agent@migo.test");
const QString kSupport = QStringLiteral("support@migo.test");
const QString kOther = QStringLiteral("other@migo.test");

const QStringList kShortTtls = {QStringLiteral("--app-token-ttl"), QStringLiteral("2"),
                                QStringLiteral("--app-refresh-ttl"), QStringLiteral("5")};
// Expiry is kept in whole seconds and a token is refused once the clock has passed it: waiting TTL + 1.2 s is
// always past it.

QString permissionsPath(qint64 userId, qint64 partnerId) {
    return QStringLiteral("/app/users/%1/partners/%2/permissions").arg(userId).arg(partnerId);
}

/// "resource:action" for each {resource, action} of a permissions answer.
QStringList pairs(const HttpAnswer& answer) {
    QStringList result;
    const QJsonArray list = answer.data().toObject().value(QStringLiteral("permissions")).toArray();
    for (const QJsonValue& entry : list)
        result << entry.toObject().value(QStringLiteral("resource")).toString() + u':' +
                      entry.toObject().value(QStringLiteral("action")).toString();
    return result;
}

} // namespace

class SandboxPartnerTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_sandbox.start(20), m_sandbox.errorOutput().constData()); }

    void balanceHasTheDocumentedShape() {
        SandboxClient agent(m_sandbox.baseUrl());
        QVERIFY(agent.login(kAgent, QStringLiteral("Agent#2026")));
        const HttpAnswer answer = agent.send("GET", QStringLiteral("/app/partners/1/balance"));
        QCOMPARE(answer.status, 200);
        const QJsonObject balance = answer.data().toObject();
        QCOMPARE(balance.value(QStringLiteral("id")).toInteger(), 1);
        QCOMPARE(balance.value(QStringLiteral("clientId")).toInteger(), 1);
        QCOMPARE(balance.value(QStringLiteral("currency")).toString(), QStringLiteral("GTQ"));
        QVERIFY(balance.value(QStringLiteral("available")).isDouble());
        QVERIFY(QDateTime::fromString(balance.value(QStringLiteral("updatedAt")).toString(), Qt::ISODate).isValid());
        QVERIFY(QDateTime::fromString(balance.value(QStringLiteral("createdAt")).toString(), Qt::ISODate).isValid());
    }

    void balanceOfAnotherPartnerIsForbidden() {
        SandboxClient agent(m_sandbox.baseUrl());
        QVERIFY(agent.login(kAgent, QStringLiteral("Agent#2026")));
        const HttpAnswer answer = agent.send("GET", QStringLiteral("/app/partners/2/balance"));
        QCOMPARE(answer.status, 403);
        QCOMPARE(answer.errorCode(), QStringLiteral("FORBIDDEN"));
        QVERIFY(answer.isValidEnvelope());
        SandboxClient other(m_sandbox.baseUrl());
        QVERIFY(other.login(kOther, QStringLiteral("Other#2026")));
        QCOMPARE(other.send("GET", QStringLiteral("/app/partners/2/balance")).status, 200);
    }

    void fundsComeOutOfThePartnerBalanceAndGoBack() {
        SandboxClient agent(m_sandbox.baseUrl());
        QVERIFY(agent.login(kAgent, QStringLiteral("Agent#2026")));
        const QList<qint64> cards = activateCardholderOneCards(agent);
        QVERIFY(!cards.isEmpty());
        const auto available = [&agent] {
            return toUnits(
                agent.send("GET", QStringLiteral("/app/partners/1/balance")).data().toObject().value(u"available"));
        };
        const qint64 before = available();
        const QString funds = QStringLiteral("/app/partners/1/cardholders/1/cards/funds/");
        const QByteArray card = QByteArray::number(cards.at(0));
        const HttpAnswer added =
            agent.send("POST", funds + u"add", QByteArray("{\"cardId\":" + card + ",\"amount\":125.5}"));
        QCOMPARE(added.status, 200);
        QCOMPARE(available(), before - 1255000);
        const HttpAnswer withdrawn =
            agent.send("POST", funds + u"withdraw", QByteArray("{\"cardId\":" + card + ",\"amount\":25.25}"));
        QCOMPARE(withdrawn.status, 200);
        QCOMPARE(available(), before - 1255000 + 252500);
    }

    void topUpLargerThanThePartnerBalanceIsRefused() {
        SandboxClient other(m_sandbox.baseUrl());
        QVERIFY(other.login(kOther, QStringLiteral("Other#2026")));
        // Partner 2 holds Q 750,000.00: a card top-up of a million cannot come out of it.
        const HttpAnswer cardholders = other.send("GET", QStringLiteral("/app/partners/2/cardholders?limit=1"));
        QCOMPARE(cardholders.status, 200);
        const QJsonArray list = cardholders.data().isArray()
                                    ? cardholders.data().toArray()
                                    : cardholders.data().toObject().value(QStringLiteral("items")).toArray();
        QVERIFY(!list.isEmpty());
        const qint64 holder = list.at(0).toObject().value(QStringLiteral("cardholderId")).toInteger();
        const HttpAnswer cards = other.send("GET", QStringLiteral("/app/partners/2/cardholders/%1/cards").arg(holder));
        qint64 active = 0;
        const QJsonArray cardList =
            cards.data().isArray() ? cards.data().toArray() : cards.data().toObject().value(u"items").toArray();
        for (const QJsonValue& card : cardList)
            if (card.toObject().value(QStringLiteral("status")).toString() == u"ACTIVE")
                active = card.toObject().value(QStringLiteral("cardId")).toInteger();
        QVERIFY2(active > 0, "the demo world gives partner 2 an active card");
        const qint64 before =
            toUnits(other.send("GET", QStringLiteral("/app/partners/2/balance")).data().toObject().value(u"available"));
        const QByteArray body = "{\"cardId\":" + QByteArray::number(active) + ",\"amount\":1000000}";
        const HttpAnswer refused =
            other.send("POST", QStringLiteral("/app/partners/2/cardholders/%1/cards/funds/add").arg(holder), body);
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), QStringLiteral("7303"));
        QCOMPARE(
            toUnits(other.send("GET", QStringLiteral("/app/partners/2/balance")).data().toObject().value(u"available")),
            before);
    }

    void permissionsAreResourceActionPairsOfTheRole() {
        SandboxClient support(m_sandbox.baseUrl());
        QVERIFY(support.login(kSupport, QStringLiteral("Support#2026")));
        const HttpAnswer answer = support.send("GET", permissionsPath(support.operatorId, 1));
        QCOMPARE(answer.status, 200);
        const QJsonObject data = answer.data().toObject();
        QCOMPARE(data.value(QStringLiteral("cmsUserId")).toInteger(), support.operatorId);
        QCOMPARE(data.value(QStringLiteral("partnerId")).toInteger(), 1);
        QCOMPARE(data.value(QStringLiteral("role")).toString(), QStringLiteral("support"));
        const QStringList held = pairs(answer);
        QVERIFY(held.contains(QStringLiteral("cardholders:list")));
        QVERIFY(held.contains(QStringLiteral("card-movements:list")));
        QVERIFY(!held.contains(QStringLiteral("cards-admin:block")));    // read-only support
        QVERIFY(!held.contains(QStringLiteral("cards-admin:addFunds"))); // no money

        SandboxClient supervisor(m_sandbox.baseUrl());
        QVERIFY(supervisor.login(QStringLiteral("supervisor@migo.test"), QStringLiteral("Supervisor#2026")));
        const QStringList elevated = pairs(supervisor.send("GET", permissionsPath(supervisor.operatorId, 1)));
        QVERIFY(elevated.contains(QStringLiteral("cards-admin:otp")));
        QVERIFY(elevated.contains(QStringLiteral("cards-admin:block")));
    }

    void permissionsOfAnotherPartnerOrUserAreForbidden() {
        SandboxClient agent(m_sandbox.baseUrl());
        QVERIFY(agent.login(kAgent, QStringLiteral("Agent#2026")));
        const HttpAnswer partner = agent.send("GET", permissionsPath(agent.operatorId, 2));
        QCOMPARE(partner.status, 403);
        QCOMPARE(partner.errorCode(), QStringLiteral("FORBIDDEN"));
        SandboxClient support(m_sandbox.baseUrl());
        QVERIFY(support.login(kSupport, QStringLiteral("Support#2026")));
        const HttpAnswer user = agent.send("GET", permissionsPath(support.operatorId, 1));
        QCOMPARE(user.status, 403);
        QVERIFY(user.isValidEnvelope());
        agent.operatorToken.clear();
        QCOMPARE(agent.send("GET", permissionsPath(agent.operatorId, 1)).status, 401);
    }

    void appTokenLivesAppTokenTtlAndRefreshesWithinAppRefreshTtl() {
        SandboxProcess shortLived;
        QVERIFY2(shortLived.start(5, kShortTtls), shortLived.errorOutput().constData());
        SandboxClient agent(shortLived.baseUrl());
        QVERIFY(agent.login(kAgent, QStringLiteral("Agent#2026")));
        QThread::msleep(3200); // --app-token-ttl 2
        const HttpAnswer expired = agent.send("GET", QStringLiteral("/app/partners/1/cardholders?limit=1"));
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.errorCode(), QStringLiteral("TOKEN_EXPIRED"));
        const HttpAnswer refreshed = agent.send("POST", QStringLiteral("/app/auth/refresh"),
                                                QJsonObject{{QStringLiteral("refreshToken"), agent.appRefreshToken}});
        QCOMPARE(refreshed.status, 200);
        agent.appToken = refreshed.data().toObject().value(QStringLiteral("accessToken")).toString();
        QCOMPARE(agent.send("GET", QStringLiteral("/app/partners/1/cardholders?limit=1")).status, 200);
    }

    void appRefreshTokenDiesAfterAppRefreshTtl() {
        SandboxProcess shortLived;
        QVERIFY2(shortLived.start(5, kShortTtls), shortLived.errorOutput().constData());
        SandboxClient agent(shortLived.baseUrl());
        QVERIFY(agent.login(kAgent, QStringLiteral("Agent#2026")));
        QThread::msleep(6200); // --app-refresh-ttl 5
        const HttpAnswer refused = agent.send("POST", QStringLiteral("/app/auth/refresh"),
                                              QJsonObject{{QStringLiteral("refreshToken"), agent.appRefreshToken}});
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.errorCode(), QStringLiteral("REFRESH_TOKEN_INVALID"));
    }

private:
    SandboxProcess m_sandbox;
};

QTEST_GUILESS_MAIN(SandboxPartnerTest)
#include "tst_sandbox_partner.moc"
