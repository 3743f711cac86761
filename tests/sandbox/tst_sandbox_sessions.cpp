// Issue 15 (contract §15): the app refresh needs the app token, a reused operator refresh token revokes its whole
// login, and POST /app/users/logout ends a login — over raw HTTP.
#include "SandboxHarness.h"

#include <QTest>

namespace {

const QString kAgent = QStringLiteral("agent@migo.test");
const QString kAgentPassword = QStringLiteral("Agent#2026");
const QString kCardholders = QStringLiteral("/app/partners/1/cardholders?limit=1");

QJsonObject refreshBody(const QString& refreshToken) {
    return QJsonObject{{QStringLiteral("refreshToken"), refreshToken}};
}

/// POST /app/users/refresh with `refreshToken`; on 200 the client holds the new pair.
HttpAnswer refreshOperator(SandboxClient& client, const QString& refreshToken) {
    const HttpAnswer answer = client.send("POST", QStringLiteral("/app/users/refresh"), refreshBody(refreshToken));
    if (answer.status == 200) {
        client.operatorToken = answer.data().toObject().value(QStringLiteral("accessToken")).toString();
        client.operatorRefreshToken = answer.data().toObject().value(QStringLiteral("refreshToken")).toString();
    }
    return answer;
}

} // namespace

class SandboxSessionsTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_sandbox.start(5), m_sandbox.errorOutput().constData()); }

    void appRefreshNeedsTheAppTokenOfItsSession() {
        SandboxClient client(m_sandbox.baseUrl());
        QVERIFY(client.login(kAgent, kAgentPassword));
        const QString refresh = client.appRefreshToken;

        const HttpAnswer none = client.send("POST", QStringLiteral("/app/auth/refresh"),
                                            QJsonDocument(refreshBody(refresh)).toJson(), {}, /*withAuth=*/false);
        QCOMPARE(none.status, 401);
        QVERIFY(none.isValidEnvelope());
        QCOMPARE(none.errorCode(), QStringLiteral("TOKEN_MISSING"));
        const HttpAnswer bare =
            client.send("POST", QStringLiteral("/app/auth/refresh"), QJsonDocument(refreshBody(refresh)).toJson(),
                        {{"Authorization", client.appToken.toLatin1()}}, false);
        QCOMPARE(bare.status, 401);
        QCOMPARE(bare.errorCode(), QStringLiteral("TOKEN_MISSING"));
        const HttpAnswer unknown =
            client.send("POST", QStringLiteral("/app/auth/refresh"), QJsonDocument(refreshBody(refresh)).toJson(),
                        {{"Authorization", "Bearer not-a-token"}}, false);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(unknown.errorCode(), QStringLiteral("TOKEN_INVALID"));
        // Another application session's token does not refresh this one.
        SandboxClient other(m_sandbox.baseUrl());
        QVERIFY(other.login(kAgent, kAgentPassword));
        const HttpAnswer foreign =
            client.send("POST", QStringLiteral("/app/auth/refresh"), QJsonDocument(refreshBody(refresh)).toJson(),
                        {{"Authorization", "Bearer " + other.appToken.toLatin1()}}, false);
        QCOMPARE(foreign.status, 401);
        QCOMPARE(foreign.errorCode(), QStringLiteral("REFRESH_TOKEN_INVALID"));

        // Nothing above used the refresh token up: with its own app token it still works.
        const HttpAnswer refreshed = client.send("POST", QStringLiteral("/app/auth/refresh"), refreshBody(refresh));
        QCOMPARE(refreshed.status, 200);
        client.appToken = refreshed.data().toObject().value(QStringLiteral("accessToken")).toString();
        QCOMPARE(client.send("GET", kCardholders).status, 200);
    }

    void reusedRefreshTokenRevokesTheWholeLogin() {
        SandboxClient holder(m_sandbox.baseUrl());
        QVERIFY(holder.login(kAgent, kAgentPassword));
        SandboxClient otherLogin(m_sandbox.baseUrl());
        QVERIFY(otherLogin.login(kAgent, kAgentPassword));
        const QString stolen = holder.operatorRefreshToken;
        QCOMPARE(refreshOperator(holder, stolen).status, 200);
        QCOMPARE(refreshOperator(holder, holder.operatorRefreshToken).status, 200);
        QCOMPARE(holder.send("GET", kCardholders).status, 200);

        // Someone replays the first, already rotated, refresh token.
        SandboxClient thief(m_sandbox.baseUrl());
        thief.appToken = holder.appToken;
        const HttpAnswer replay = thief.send("POST", QStringLiteral("/app/users/refresh"), refreshBody(stolen));
        QCOMPARE(replay.status, 401);
        QCOMPARE(replay.errorCode(), QStringLiteral("REFRESH_TOKEN_INVALID"));

        // Every token descended from that login is dead now, the legitimate holder's included…
        const HttpAnswer access = holder.send("GET", kCardholders);
        QCOMPARE(access.status, 401);
        QCOMPARE(access.errorCode(), QStringLiteral("TOKEN_INVALID"));
        const HttpAnswer next = refreshOperator(holder, holder.operatorRefreshToken);
        QCOMPARE(next.status, 401);
        QCOMPARE(next.errorCode(), QStringLiteral("REFRESH_TOKEN_INVALID"));
        // …while another login of the same operator goes on.
        QCOMPARE(otherLogin.send("GET", kCardholders).status, 200);
        QCOMPARE(refreshOperator(otherLogin, otherLogin.operatorRefreshToken).status, 200);
        // The operator signs in again as usual.
        QVERIFY(holder.login(kAgent, kAgentPassword));
        QCOMPARE(holder.send("GET", kCardholders).status, 200);
    }

    void logoutEndsTheLogin() {
        SandboxClient client(m_sandbox.baseUrl());
        QVERIFY(client.login(kAgent, kAgentPassword));
        SandboxClient otherLogin(m_sandbox.baseUrl());
        QVERIFY(otherLogin.login(kAgent, kAgentPassword));
        const QString firstAccess = client.operatorToken;
        QCOMPARE(refreshOperator(client, client.operatorRefreshToken).status, 200);

        const HttpAnswer bye =
            client.send("POST", QStringLiteral("/app/users/logout"), refreshBody(client.operatorRefreshToken));
        QCOMPARE(bye.status, 200);
        QVERIFY(bye.isValidEnvelope());
        QVERIFY(bye.data().isObject());
        QVERIFY(bye.data().toObject().isEmpty());

        const HttpAnswer access = client.send("GET", kCardholders);
        QCOMPARE(access.status, 401);
        QCOMPARE(access.errorCode(), QStringLiteral("TOKEN_INVALID"));
        client.operatorToken = firstAccess;
        QCOMPARE(client.send("GET", kCardholders).status, 401);
        const HttpAnswer refresh = refreshOperator(client, client.operatorRefreshToken);
        QCOMPARE(refresh.status, 401);
        QCOMPARE(refresh.errorCode(), QStringLiteral("REFRESH_TOKEN_INVALID"));
        // The operator's other login is untouched.
        QCOMPARE(otherLogin.send("GET", kCardholders).status, 200);
    }

    void logoutChecksTokensThenBody() {
        SandboxClient client(m_sandbox.baseUrl());
        QVERIFY(client.login(kAgent, kAgentPassword));
        SandboxClient otherLogin(m_sandbox.baseUrl());
        QVERIFY(otherLogin.login(kAgent, kAgentPassword));

        const QByteArray body = QJsonDocument(refreshBody(client.operatorRefreshToken)).toJson();
        const HttpAnswer noOperator = client.send("POST", QStringLiteral("/app/users/logout"), body,
                                                  {{"Authorization", "Bearer " + client.appToken.toLatin1()}}, false);
        QCOMPARE(noOperator.status, 401);
        QCOMPARE(noOperator.errorCode(), QStringLiteral("TOKEN_MISSING"));
        const HttpAnswer noToken = client.send("POST", QStringLiteral("/app/users/logout"), QByteArray("{}"));
        QCOMPARE(noToken.status, 400);
        QCOMPARE(noToken.errorCode(), QStringLiteral("7000"));
        QCOMPARE(noToken.json.value(QStringLiteral("errors"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("refreshToken"));
        // Another login's refresh token is not this login's: refused, and both logins go on.
        const HttpAnswer foreign =
            client.send("POST", QStringLiteral("/app/users/logout"), refreshBody(otherLogin.operatorRefreshToken));
        QCOMPARE(foreign.status, 401);
        QCOMPARE(foreign.errorCode(), QStringLiteral("REFRESH_TOKEN_INVALID"));
        QCOMPARE(client.send("GET", kCardholders).status, 200);
        QCOMPARE(otherLogin.send("GET", kCardholders).status, 200);
        QCOMPARE(client.send("GET", QStringLiteral("/app/users/logout")).errorCode(), QStringLiteral("7010"));
    }

private:
    SandboxProcess m_sandbox;
};

QTEST_GUILESS_MAIN(SandboxSessionsTest)
#include "tst_sandbox_sessions.moc"
