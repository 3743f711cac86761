// Issue 15 (contract §15): operator logins throttled per e-mail and per client address, OTP code requests rate
// limited, wrong codes capped across codes, and codes bound to their purpose — over raw HTTP.
#include "SandboxHarness.h"

#include <QTest>
#include <QThread>

namespace {

const QString kAgent = QStringLiteral("agent@migo.test");
const QString kSupervisor = QStringLiteral("supervisor@migo.test");
const QString kSupervisorPassword = QStringLiteral("Supervisor#2026");
const QString kDetail = QStringLiteral("/app/partners/1/cardholders/1");

/// POST /app/users/login with the client's app token (the client keeps its operator tokens).
HttpAnswer operatorLogin(SandboxClient& client, const QString& email, const QString& password) {
    return client.send("POST", QStringLiteral("/app/users/login"),
                       QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
}

/// A client holding only an app token.
std::unique_ptr<SandboxClient> appClient(const SandboxProcess& sandbox) {
    auto client = std::make_unique<SandboxClient>(sandbox.baseUrl());
    const HttpAnswer app = client->send("POST", QStringLiteral("/app/auth/login"),
                                        QJsonObject{{QStringLiteral("merchant"), QStringLiteral("migo-sandbox")}});
    client->appToken = app.data().toObject().value(QStringLiteral("accessToken")).toString();
    return client;
}

HttpAnswer requestCode(SandboxClient& client, const QString& email, const QString& purpose) {
    return client.send("POST", QStringLiteral("/app/users/auth/otp"),
                       QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("purpose"), purpose}});
}

QByteArray otpBody(const QString& code, const QByteArray& rest = {}) {
    return "{\"otp\":\"" + code.toLatin1() + '"' + rest + '}';
}

QString wrongCode(const QString& code) {
    return QStringLiteral("%1").arg((code.toInt() + 1) % 1000000, 6, 10, QLatin1Char('0'));
}

/// A 429 RATE_LIMITED envelope with a Retry-After of 1..`maxSeconds` seconds, also given as data.retryAfter.
bool isRateLimited(const HttpAnswer& answer, int maxSeconds) {
    return answer.status == 429 && answer.isValidEnvelope() && answer.errorCode() == QStringLiteral("RATE_LIMITED") &&
           answer.retryAfter() >= 1 && answer.retryAfter() <= maxSeconds &&
           answer.data().toObject().value(QStringLiteral("retryAfter")).toInt() == answer.retryAfter();
}

QByteArray describe(const HttpAnswer& answer) {
    return QByteArray::number(answer.status) + " Retry-After=" + answer.header("Retry-After") + ' ' +
           answer.body.left(300);
}

} // namespace

class SandboxThrottleTest final : public QObject {
    Q_OBJECT

private slots:
    void loginIsThrottledPerEmail() {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(5), sandbox.errorOutput().constData());
        auto client = appClient(sandbox);
        for (int attempt = 1; attempt <= 5; ++attempt) {
            const HttpAnswer wrong = operatorLogin(*client, kAgent, QStringLiteral("wrong"));
            QCOMPARE(wrong.status, 401);
            QCOMPARE(wrong.errorCode(), QStringLiteral("INVALID_CREDENTIALS"));
        }
        // Throttled now, even with the right password (and the e-mail's case does not matter).
        const HttpAnswer right =
            operatorLogin(*client, QStringLiteral("Agent@Migo.test"), QStringLiteral("Agent#2026"));
        QVERIFY2(isRateLimited(right, 900), describe(right).constData());
        QVERIFY(right.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("accessToken")).isUndefined());
        // Another operator from the same address is not.
        QCOMPARE(operatorLogin(*client, kSupervisor, kSupervisorPassword).status, 200);
    }

    void loginThrottleLiftsAfterItsWindow() {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(5, {QStringLiteral("--login-window"), QStringLiteral("2")}),
                 sandbox.errorOutput().constData());
        auto client = appClient(sandbox);
        for (int attempt = 1; attempt <= 5; ++attempt) {
            QCOMPARE(operatorLogin(*client, kAgent, QStringLiteral("wrong")).status, 401);
        }
        const HttpAnswer throttled = operatorLogin(*client, kAgent, QStringLiteral("Agent#2026"));
        QVERIFY2(isRateLimited(throttled, 2), describe(throttled).constData());
        QThread::msleep(2200);
        QCOMPARE(operatorLogin(*client, kAgent, QStringLiteral("Agent#2026")).status, 200);
    }

    void loginIsThrottledPerClientAddress() {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(5), sandbox.errorOutput().constData());
        auto client = appClient(sandbox);
        // Twenty e-mails, one wrong password each: no e-mail is throttled, the address is.
        for (int attempt = 1; attempt <= 20; ++attempt) {
            const HttpAnswer wrong = operatorLogin(*client, QStringLiteral("guess%1@migo.test").arg(attempt),
                                                   QStringLiteral("Password#2026"));
            QCOMPARE(wrong.status, 401);
        }
        const HttpAnswer right = operatorLogin(*client, kSupervisor, kSupervisorPassword);
        QVERIFY2(isRateLimited(right, 900), describe(right).constData());
    }

    void codeRequestsAreRateLimitedPerOperator() {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(5), sandbox.errorOutput().constData());
        SandboxClient supervisor(sandbox.baseUrl());
        QVERIFY(supervisor.login(kSupervisor, kSupervisorPassword));
        for (int request = 1; request <= 20; ++request) {
            QCOMPARE(requestCode(supervisor, kSupervisor, QStringLiteral("cardholder_detail")).status, 200);
        }
        const QString last = sandbox.lastOtp(kSupervisor);
        const HttpAnswer limited = requestCode(supervisor, kSupervisor, QStringLiteral("cardholder_detail"));
        QVERIFY2(isRateLimited(limited, 60), describe(limited).constData());
        QCOMPARE(sandbox.lastOtp(kSupervisor), last); // nothing was sent
        // The code already sent still works, and another operator may still ask for one.
        QCOMPARE(supervisor.send("POST", kDetail, otpBody(last)).status, 200);
        SandboxClient agent(sandbox.baseUrl());
        QVERIFY(agent.login(kAgent, QStringLiteral("Agent#2026")));
        QCOMPARE(requestCode(agent, kAgent, QStringLiteral("bulk_block")).status, 200);
    }

    void wrongCodesAcrossCodesLockTheOperatorOut() {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(5), sandbox.errorOutput().constData());
        SandboxClient supervisor(sandbox.baseUrl());
        QVERIFY(supervisor.login(kSupervisor, kSupervisorPassword));
        int wrongSoFar = 0;
        QString code;
        // Four wrong codes on each of two codes (a new code resets its own attempts, not the operator's count)…
        for (int round = 0; round < 2; ++round) {
            QCOMPARE(requestCode(supervisor, kSupervisor, QStringLiteral("cardholder_detail")).status, 200);
            code = sandbox.lastOtp(kSupervisor);
            for (int expectedLeft = 4; expectedLeft >= 1; --expectedLeft) {
                const HttpAnswer wrong = supervisor.send("POST", kDetail, otpBody(wrongCode(code)));
                QCOMPARE(wrong.errorCode(), QStringLiteral("OTP_INVALID"));
                QCOMPARE(wrong.data().toObject().value(QStringLiteral("attemptsLeft")).toInt(), expectedLeft);
                ++wrongSoFar;
            }
        }
        // …then a third code: its second wrong attempt is the tenth wrong code of the operator.
        QCOMPARE(requestCode(supervisor, kSupervisor, QStringLiteral("cardholder_detail")).status, 200);
        code = sandbox.lastOtp(kSupervisor);
        const HttpAnswer ninth = supervisor.send("POST", kDetail, otpBody(wrongCode(code)));
        QCOMPARE(ninth.errorCode(), QStringLiteral("OTP_INVALID"));
        QCOMPARE(++wrongSoFar, 9);
        const HttpAnswer tenth =
            supervisor.send("PUT", QStringLiteral("/app/users/auth/otp"),
                            QJsonObject{{QStringLiteral("email"), kSupervisor},
                                        {QStringLiteral("otp"), wrongCode(code)},
                                        {QStringLiteral("purpose"), QStringLiteral("cardholder_detail")}});
        QVERIFY2(isRateLimited(tenth, 1800), describe(tenth).constData());
        QVERIFY(tenth.retryAfter() > 1700);

        // Locked out of step-up: the right code, a new code and a check all answer 429…
        QVERIFY(isRateLimited(supervisor.send("POST", kDetail, otpBody(code)), 1800));
        QVERIFY(isRateLimited(requestCode(supervisor, kSupervisor, QStringLiteral("cardholder_detail")), 1800));
        QVERIFY(isRateLimited(supervisor.send("PATCH", QStringLiteral("/app/partners/1/cardholders/cards/block"),
                                              otpBody(code, ",\"cardIds\":[1]")),
                              1800));
        // …a call without a code is still told that it needs one…
        QCOMPARE(supervisor.send("POST", kDetail, QByteArray()).errorCode(), QStringLiteral("OTP_REQUIRED"));
        // …and other operators are not affected.
        SandboxClient lead(sandbox.baseUrl());
        QVERIFY(lead.login(QStringLiteral("lead@migo.test"), QStringLiteral("Lead#2026")));
        QCOMPARE(requestCode(lead, QStringLiteral("lead@migo.test"), QStringLiteral("bulk_block")).status, 200);
        QCOMPARE(lead.send("PATCH", QStringLiteral("/app/partners/1/cardholders/cards/block"),
                           otpBody(sandbox.lastOtp(QStringLiteral("lead@migo.test")), ",\"cardIds\":[1]"))
                     .status,
                 200);
    }

    void lockoutEndsWithItsWindow() {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(5, {QStringLiteral("--otp-max-failures"), QStringLiteral("3"),
                                   QStringLiteral("--otp-failure-window"), QStringLiteral("2")}),
                 sandbox.errorOutput().constData());
        SandboxClient supervisor(sandbox.baseUrl());
        QVERIFY(supervisor.login(kSupervisor, kSupervisorPassword));
        QCOMPARE(requestCode(supervisor, kSupervisor, QStringLiteral("cardholder_detail")).status, 200);
        const QString code = sandbox.lastOtp(kSupervisor);
        QCOMPARE(supervisor.send("POST", kDetail, otpBody(wrongCode(code))).errorCode(), QStringLiteral("OTP_INVALID"));
        QCOMPARE(supervisor.send("POST", kDetail, otpBody(wrongCode(code))).errorCode(), QStringLiteral("OTP_INVALID"));
        const HttpAnswer third = supervisor.send("POST", kDetail, otpBody(wrongCode(code)));
        QVERIFY2(isRateLimited(third, 2), describe(third).constData());
        QThread::msleep(2200);
        // The burnt code stays burnt; a new one works.
        QCOMPARE(supervisor.send("POST", kDetail, otpBody(code)).errorCode(), QStringLiteral("OTP_LOCKED"));
        QCOMPARE(requestCode(supervisor, kSupervisor, QStringLiteral("cardholder_detail")).status, 200);
        QCOMPARE(supervisor.send("POST", kDetail, otpBody(sandbox.lastOtp(kSupervisor))).status, 200);
    }

    void codeOpensOnlyTheOperationsOfItsPurpose() {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(5), sandbox.errorOutput().constData());
        SandboxClient supervisor(sandbox.baseUrl());
        QVERIFY(supervisor.login(kSupervisor, kSupervisorPassword));

        QCOMPARE(requestCode(supervisor, kSupervisor, QStringLiteral("card_action")).status, 200);
        const QString cardCode = sandbox.lastOtp(kSupervisor);
        const HttpAnswer detail = supervisor.send("POST", kDetail, otpBody(cardCode));
        QCOMPARE(detail.status, 403);
        QCOMPARE(detail.errorCode(), QStringLiteral("OTP_INVALID"));
        QCOMPARE(detail.data().toObject().value(QStringLiteral("attemptsLeft")).toInt(), 4);
        const HttpAnswer verifyOther =
            supervisor.send("PUT", QStringLiteral("/app/users/auth/otp"),
                            QJsonObject{{QStringLiteral("email"), kSupervisor},
                                        {QStringLiteral("otp"), cardCode},
                                        {QStringLiteral("purpose"), QStringLiteral("cardholder_detail")}});
        QCOMPARE(verifyOther.errorCode(), QStringLiteral("OTP_INVALID"));
        const HttpAnswer verifyOwn =
            supervisor.send("PUT", QStringLiteral("/app/users/auth/otp"),
                            QJsonObject{{QStringLiteral("email"), kSupervisor},
                                        {QStringLiteral("otp"), cardCode},
                                        {QStringLiteral("purpose"), QStringLiteral("card_action")}});
        QCOMPARE(verifyOwn.status, 200);
        const HttpAnswer block =
            supervisor.send("PATCH", QStringLiteral("/app/partners/1/cardholders/1/cards/1/block"), otpBody(cardCode));
        QCOMPARE(block.status, 200);
        const HttpAnswer funds =
            supervisor.send("POST", QStringLiteral("/app/partners/1/cardholders/1/cards/funds/add"),
                            otpBody(cardCode, ",\"cardId\":2,\"amount\":1"));
        QCOMPARE(funds.errorCode(), QStringLiteral("OTP_INVALID"));

        // A bulk block code does not unblock.
        QCOMPARE(requestCode(supervisor, kSupervisor, QStringLiteral("bulk_block")).status, 200);
        const QString bulkCode = sandbox.lastOtp(kSupervisor);
        const HttpAnswer unblock = supervisor.send("PATCH", QStringLiteral("/app/partners/1/cardholders/cards/unblock"),
                                                   otpBody(bulkCode, ",\"cardIds\":[1]"));
        QCOMPARE(unblock.errorCode(), QStringLiteral("OTP_INVALID"));
        const HttpAnswer bulkBlock = supervisor.send("PATCH", QStringLiteral("/app/partners/1/cardholders/cards/block"),
                                                     otpBody(bulkCode, ",\"cardIds\":[2]"));
        QCOMPARE(bulkBlock.status, 200);
        QCOMPARE(bulkBlock.data().toObject().value(QStringLiteral("done")).toInt(), 1);
        // Each purpose opens its own operations.
        QCOMPARE(requestCode(supervisor, kSupervisor, QStringLiteral("cardholder_detail")).status, 200);
        QCOMPARE(supervisor.send("POST", kDetail, otpBody(sandbox.lastOtp(kSupervisor))).status, 200);
        QCOMPARE(requestCode(supervisor, kSupervisor, QStringLiteral("funds_add")).status, 200);
        QCOMPARE(supervisor
                     .send("POST", QStringLiteral("/app/partners/1/cardholders/1/cards/funds/add"),
                           otpBody(sandbox.lastOtp(kSupervisor), ",\"cardId\":1,\"amount\":1"))
                     .errorCode(),
                 QStringLiteral("7213")); // past the code: card 1 is blocked now
    }
};

QTEST_GUILESS_MAIN(SandboxThrottleTest)
#include "tst_sandbox_throttle.moc"
