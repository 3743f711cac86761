// Auth and error envelope properties of migo-cms-sandbox (contract §1–§4, §8).
#include "SandboxHarness.h"

#include <QTest>
#include <QThread>

class SandboxAuthTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_sandbox.start(30), m_sandbox.errorOutput().constData()); }

    void readyLineNamesOperatorsAndPartners() {
        const QJsonObject ready = m_sandbox.ready();
        QVERIFY(ready.value(QStringLiteral("port")).toInt() > 0);
        QVERIFY(m_sandbox.baseUrl().startsWith(QStringLiteral("http://127.0.0.1:")));
        QVERIFY(m_sandbox.baseUrl().endsWith(QStringLiteral("/cms/rest")));
        QCOMPARE(ready.value(QStringLiteral("operators")).toArray().size(), 5);
        QCOMPARE(ready.value(QStringLiteral("partners")).toArray().size(), 2);
    }

    void loginFlowReturnsProfileAndTokens() {
        SandboxClient client(m_sandbox.baseUrl());
        const HttpAnswer app = client.send("POST", QStringLiteral("/app/auth/login"),
                                           QJsonObject{{QStringLiteral("merchant"), QStringLiteral("migo-sandbox")}});
        QCOMPARE(app.status, 200);
        const QJsonObject tokens = app.data().toObject();
        QVERIFY(!tokens.value(QStringLiteral("accessToken")).toString().isEmpty());
        QVERIFY(tokens.value(QStringLiteral("expirationRefreshToken")).toInteger() >
                tokens.value(QStringLiteral("expirationToken")).toInteger());
        client.appToken = tokens.value(QStringLiteral("accessToken")).toString();
        const HttpAnswer user = client.send("POST", QStringLiteral("/app/users/login"),
                                            QJsonObject{{QStringLiteral("email"), QStringLiteral("agent@migo.test")},
                                                        {QStringLiteral("password"), QStringLiteral("Agent#2026")}});
        QCOMPARE(user.status, 200);
        const QJsonObject profile = user.data().toObject();
        QCOMPARE(profile.value(QStringLiteral("email")).toString(), QStringLiteral("agent@migo.test"));
        QCOMPARE(profile.value(QStringLiteral("expiresIn")).toInt(), 900);
        QCOMPARE(profile.value(QStringLiteral("partners"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("partnerId"))
                     .toInt(),
                 1);
        client.operatorToken = profile.value(QStringLiteral("accessToken")).toString();
        QCOMPARE(client.send("GET", QStringLiteral("/app/partners/1/cardholders")).status, 200);
    }

    void wrongCredentialsAreRefused() {
        SandboxClient client(m_sandbox.baseUrl());
        QVERIFY(!client.login(QStringLiteral("agent@migo.test"), QStringLiteral("wrong")));
        const HttpAnswer answer = client.send("POST", QStringLiteral("/app/users/login"),
                                              QJsonObject{{QStringLiteral("email"), QStringLiteral("agent@migo.test")},
                                                          {QStringLiteral("password"), QStringLiteral("wrong")}});
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.errorCode(), QStringLiteral("INVALID_CREDENTIALS"));
        const HttpAnswer merchant = client.send("POST", QStringLiteral("/app/auth/login"),
                                                QJsonObject{{QStringLiteral("merchant"), QStringLiteral("nobody")}});
        QCOMPARE(merchant.status, 401);
        QCOMPARE(merchant.errorCode(), QStringLiteral("MERCHANT_NOT_FOUND"));
    }

    void refreshRotatesBothTokensAndOldRefreshTokenIsDead() {
        SandboxClient client(m_sandbox.baseUrl());
        QVERIFY(client.login(QStringLiteral("agent@migo.test"), QStringLiteral("Agent#2026")));
        const QString oldAccess = client.operatorToken;
        const QString oldRefresh = client.operatorRefreshToken;
        const HttpAnswer refreshed = client.send("POST", QStringLiteral("/app/users/refresh"),
                                                 QJsonObject{{QStringLiteral("refreshToken"), oldRefresh}});
        QCOMPARE(refreshed.status, 200);
        const QString newAccess = refreshed.data().toObject().value(QStringLiteral("accessToken")).toString();
        const QString newRefresh = refreshed.data().toObject().value(QStringLiteral("refreshToken")).toString();
        QVERIFY(!newAccess.isEmpty() && newAccess != oldAccess);
        QVERIFY(!newRefresh.isEmpty() && newRefresh != oldRefresh);

        // The old access token died with its pair; the new one works.
        HttpAnswer old = client.send("GET", QStringLiteral("/app/partners/1/cardholders"));
        QCOMPARE(old.status, 401);
        QCOMPARE(old.errorCode(), QStringLiteral("TOKEN_INVALID"));
        client.operatorToken = newAccess;
        QCOMPARE(client.send("GET", QStringLiteral("/app/partners/1/cardholders")).status, 200);

        // The old refresh token is dead; sent again it is taken for a stolen copy and ends the whole login, the
        // new tokens included (contract §15).
        const HttpAnswer reused = client.send("POST", QStringLiteral("/app/users/refresh"),
                                              QJsonObject{{QStringLiteral("refreshToken"), oldRefresh}});
        QCOMPARE(reused.status, 401);
        QCOMPARE(reused.errorCode(), QStringLiteral("REFRESH_TOKEN_INVALID"));
        QCOMPARE(client.send("GET", QStringLiteral("/app/partners/1/cardholders")).errorCode(),
                 QStringLiteral("TOKEN_INVALID"));
        QCOMPARE(client
                     .send("POST", QStringLiteral("/app/users/refresh"),
                           QJsonObject{{QStringLiteral("refreshToken"), newRefresh}})
                     .errorCode(),
                 QStringLiteral("REFRESH_TOKEN_INVALID"));
    }

    void missingOrBareTokensAreTokenMissing() {
        SandboxClient client(m_sandbox.baseUrl());
        QVERIFY(client.login(QStringLiteral("agent@migo.test"), QStringLiteral("Agent#2026")));
        const HttpAnswer bare = client.send("GET", QStringLiteral("/app/partners/1/cardholders"), QByteArray(),
                                            {{"x-user-token", client.operatorToken.toLatin1()}});
        QCOMPARE(bare.status, 401);
        QCOMPARE(bare.errorCode(), QStringLiteral("TOKEN_MISSING"));
        const HttpAnswer none = client.send("GET", QStringLiteral("/app/partners/1/cardholders"), QByteArray(), {},
                                            /*withAuth=*/false);
        QCOMPARE(none.status, 401);
        QCOMPARE(none.errorCode(), QStringLiteral("TOKEN_MISSING"));
        const HttpAnswer unknown = client.send("GET", QStringLiteral("/app/partners/1/cardholders"), QByteArray(),
                                               {{"x-user-token", "Bearer not-a-token"}});
        QCOMPARE(unknown.status, 401);
        QCOMPARE(unknown.errorCode(), QStringLiteral("TOKEN_INVALID"));
    }

    void expiredTokenAnswersTokenExpiredAndRefreshRecovers() {
        SandboxProcess shortLived;
        QVERIFY(shortLived.start(5, {QStringLiteral("--token-ttl"), QStringLiteral("1")}));
        SandboxClient client(shortLived.baseUrl());
        QVERIFY(client.login(QStringLiteral("agent@migo.test"), QStringLiteral("Agent#2026")));
        QThread::msleep(2200);
        const HttpAnswer expired = client.send("GET", QStringLiteral("/app/partners/1/cardholders"));
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.errorCode(), QStringLiteral("TOKEN_EXPIRED"));
        const HttpAnswer refreshed =
            client.send("POST", QStringLiteral("/app/users/refresh"),
                        QJsonObject{{QStringLiteral("refreshToken"), client.operatorRefreshToken}});
        QCOMPARE(refreshed.status, 200);
        client.operatorToken = refreshed.data().toObject().value(QStringLiteral("accessToken")).toString();
        QCOMPARE(client.send("GET", QStringLiteral("/app/partners/1/cardholders")).status, 200);
    }

    void otherPartnerIsForbidden() {
        SandboxClient supervisor(m_sandbox.baseUrl());
        QVERIFY(supervisor.login(QStringLiteral("supervisor@migo.test"), QStringLiteral("Supervisor#2026")));
        const HttpAnswer answer = supervisor.send("GET", QStringLiteral("/app/partners/2/cardholders"));
        QCOMPARE(answer.status, 403);
        QCOMPARE(answer.errorCode(), QStringLiteral("FORBIDDEN"));
        SandboxClient other(m_sandbox.baseUrl());
        QVERIFY(other.login(QStringLiteral("other@migo.test"), QStringLiteral("Other#2026")));
        QCOMPARE(other.send("GET", QStringLiteral("/app/partners/2/cardholders")).status, 200);
        QCOMPARE(other.send("GET", QStringLiteral("/app/partners/1/cards")).errorCode(), QStringLiteral("FORBIDDEN"));
    }

    void supportOperatorLacksWritePermissions() {
        SandboxClient support(m_sandbox.baseUrl());
        QVERIFY(support.login(QStringLiteral("support@migo.test"), QStringLiteral("Support#2026")));
        QCOMPARE(support.send("GET", QStringLiteral("/app/partners/1/cardholders")).status, 200);
        const HttpAnswer add = support.send("POST", QStringLiteral("/app/partners/1/cardholders/1/cards/funds/add"),
                                            QByteArray("{\"cardId\":1,\"amount\":10}"));
        QCOMPARE(add.status, 403);
        QCOMPARE(add.errorCode(), QStringLiteral("PERMISSION_DENIED"));
        QVERIFY(add.json.value(QStringLiteral("message")).toString().contains(QStringLiteral("cards-admin:addFunds")));
        const HttpAnswer block =
            support.send("PATCH", QStringLiteral("/app/partners/1/cardholders/1/cards/1/block"), QByteArray());
        QCOMPARE(block.errorCode(), QStringLiteral("PERMISSION_DENIED"));
    }

    void unknownPathAndWrongMethodAnswer7010() {
        SandboxClient client(m_sandbox.baseUrl());
        QVERIFY(client.login(QStringLiteral("agent@migo.test"), QStringLiteral("Agent#2026")));
        const HttpAnswer unknown = client.send("GET", QStringLiteral("/app/nothing/here"));
        QCOMPARE(unknown.status, 404);
        QVERIFY(unknown.isValidEnvelope());
        QCOMPARE(unknown.errorCode(), QStringLiteral("7010"));
        const HttpAnswer wrongMethod = client.send("DELETE", QStringLiteral("/app/partners/1/cardholders"));
        QCOMPARE(wrongMethod.status, 404);
        QCOMPARE(wrongMethod.errorCode(), QStringLiteral("7010"));
        const HttpAnswer getLogin = client.send("GET", QStringLiteral("/app/auth/login"));
        QCOMPARE(getLogin.status, 404);
        QCOMPARE(getLogin.errorCode(), QStringLiteral("7010"));
        const HttpAnswer outside = client.send("GET", QStringLiteral("/../../etc/passwd"));
        QVERIFY(outside.isValidEnvelope());
        QCOMPARE(outside.status, 404);
    }

    void oversizedBodyAnswers413() {
        SandboxClient client(m_sandbox.baseUrl());
        QVERIFY(client.login(QStringLiteral("agent@migo.test"), QStringLiteral("Agent#2026")));
        const QByteArray huge = "{\"name\":\"" + QByteArray(1024 * 1024 + 10, 'a') + "\"}";
        const HttpAnswer answer = client.send("POST", QStringLiteral("/app/partners/1/cardholders"), huge);
        QCOMPARE(answer.status, 413);
        QVERIFY(answer.isValidEnvelope());
        QCOMPARE(answer.errorCode(), QStringLiteral("PAYLOAD_TOO_LARGE"));
        // Just under the limit is parsed (and refused for its content, not its size).
        const QByteArray large = "{\"name\":\"" + QByteArray(1000 * 1000, 'a') + "\"}";
        QCOMPARE(client.send("POST", QStringLiteral("/app/partners/1/cardholders"), large).status, 400);
    }

private:
    SandboxProcess m_sandbox;
};

QTEST_GUILESS_MAIN(SandboxAuthTest)
#include "tst_sandbox_auth.moc"
