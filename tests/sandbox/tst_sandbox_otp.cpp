// OTP step-up properties of migo-cms-sandbox (contract §5, §15, and the step-up window of §16).
#include "SandboxHarness.h"

#include <QDateTime>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

const QString kSupervisor = QStringLiteral("supervisor@migo.test");

QJsonObject otpRequest(const QString& email, const QString& purpose) {
    return QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("purpose"), purpose}};
}

QString wrongCode(const QString& code) {
    return QStringLiteral("%1").arg((code.toInt() + 1) % 1000000, 6, 10, QLatin1Char('0'));
}

} // namespace

class SandboxOtpTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY2(m_sandbox.start(30), m_sandbox.errorOutput().constData());
        m_client = std::make_unique<SandboxClient>(m_sandbox.baseUrl());
        QVERIFY(m_client->login(kSupervisor, QStringLiteral("Supervisor#2026")));
    }

    void detailWithoutCodeIsOtpRequired() {
        const HttpAnswer answer = m_client->send("POST", QStringLiteral("/app/partners/1/cardholders/1"), QByteArray());
        QCOMPARE(answer.status, 403);
        QCOMPARE(answer.errorCode(), QStringLiteral("OTP_REQUIRED"));
    }

    void issuedCodeIsLoggedAndDescribed() {
        const HttpAnswer issued = m_client->send("POST", QStringLiteral("/app/users/auth/otp"),
                                                 otpRequest(kSupervisor, QStringLiteral("login")));
        QCOMPARE(issued.status, 200);
        const QJsonObject data = issued.data().toObject();
        QCOMPARE(data.value(QStringLiteral("channel")).toString(), QStringLiteral("email"));
        QCOMPARE(data.value(QStringLiteral("expiresIn")).toInt(), 300);
        QVERIFY(data.value(QStringLiteral("sentTo")).toString().contains(QStringLiteral("***")));
        const QString code = m_sandbox.lastOtp(kSupervisor);
        QCOMPARE(code.size(), 6);
        const HttpAnswer otherEmail =
            m_client->send("POST", QStringLiteral("/app/users/auth/otp"),
                           otpRequest(QStringLiteral("agent@migo.test"), QStringLiteral("x")));
        QCOMPARE(otherEmail.status, 400);
    }

    void wrongCodesCountDownThenBurnTheCode() {
        QCOMPARE(m_client
                     ->send("POST", QStringLiteral("/app/users/auth/otp"),
                            otpRequest(kSupervisor, QStringLiteral("cardholder_detail")))
                     .status,
                 200);
        const QString code = m_sandbox.lastOtp(kSupervisor);
        const QByteArray wrongBody = "{\"otp\":\"" + wrongCode(code).toLatin1() + "\"}";
        for (int expectedLeft = 4; expectedLeft >= 1; --expectedLeft) {
            const HttpAnswer answer =
                m_client->send("POST", QStringLiteral("/app/partners/1/cardholders/1"), wrongBody);
            QCOMPARE(answer.status, 403);
            QCOMPARE(answer.errorCode(), QStringLiteral("OTP_INVALID"));
            QCOMPARE(answer.data().toObject().value(QStringLiteral("attemptsLeft")).toInt(), expectedLeft);
        }
        const HttpAnswer fifth = m_client->send("POST", QStringLiteral("/app/partners/1/cardholders/1"), wrongBody);
        QCOMPARE(fifth.errorCode(), QStringLiteral("OTP_LOCKED"));
        // Even the right code is refused once burnt.
        const HttpAnswer right = m_client->send("POST", QStringLiteral("/app/partners/1/cardholders/1"),
                                                "{\"otp\":\"" + code.toLatin1() + "\"}");
        QCOMPARE(right.status, 403);
        QCOMPARE(right.errorCode(), QStringLiteral("OTP_LOCKED"));
    }

    void rightCodeCoversSeveralCallsAndVerifyDoesNotConsume() {
        QCOMPARE(m_client
                     ->send("POST", QStringLiteral("/app/users/auth/otp"),
                            otpRequest(kSupervisor, QStringLiteral("cardholder_detail")))
                     .status,
                 200);
        const QString code = m_sandbox.lastOtp(kSupervisor);
        const HttpAnswer verified =
            m_client->send("PUT", QStringLiteral("/app/users/auth/otp"),
                           QJsonObject{{QStringLiteral("email"), kSupervisor},
                                       {QStringLiteral("otp"), code},
                                       {QStringLiteral("purpose"), QStringLiteral("cardholder_detail")}});
        QCOMPARE(verified.status, 200);
        QCOMPARE(verified.data().toObject().value(QStringLiteral("valid")).toBool(), true);
        const QByteArray withCode = "{\"otp\":\"" + code.toLatin1() + "\"}";
        for (int call = 0; call < 3; ++call) {
            const HttpAnswer detail = m_client->send("POST", QStringLiteral("/app/partners/1/cardholders/1"), withCode);
            QCOMPARE(detail.status, 200);
            QCOMPARE(detail.data().toObject().value(QStringLiteral("cardholderId")).toInt(), 1);
        }
        // The supervisor holds cards-admin:otp: single-card actions need a code too, one of their own purpose.
        const HttpAnswer blockWithout =
            m_client->send("PATCH", QStringLiteral("/app/partners/1/cardholders/1/cards/1/block"), QByteArray());
        QCOMPARE(blockWithout.errorCode(), QStringLiteral("OTP_REQUIRED"));
        QCOMPARE(m_client
                     ->send("POST", QStringLiteral("/app/users/auth/otp"),
                            otpRequest(kSupervisor, QStringLiteral("card_action")))
                     .status,
                 200);
        const QByteArray cardCode = "{\"otp\":\"" + m_sandbox.lastOtp(kSupervisor).toLatin1() + "\"}";
        const HttpAnswer block =
            m_client->send("PATCH", QStringLiteral("/app/partners/1/cardholders/1/cards/1/block"), cardCode);
        QCOMPARE(block.status, 200);
        QCOMPARE(block.data().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("BLOCKED"));
        // One bulk code covers every batch of its operation.
        QCOMPARE(m_client
                     ->send("POST", QStringLiteral("/app/users/auth/otp"),
                            otpRequest(kSupervisor, QStringLiteral("bulk_unblock")))
                     .status,
                 200);
        const QByteArray bulkCode = m_sandbox.lastOtp(kSupervisor).toLatin1();
        const HttpAnswer bulk = m_client->send("PATCH", QStringLiteral("/app/partners/1/cardholders/cards/unblock"),
                                               "{\"cardIds\":[1,3,999999],\"otp\":\"" + bulkCode + "\"}");
        QCOMPARE(bulk.status, 200);
        const QJsonObject result = bulk.data().toObject();
        QCOMPARE(result.value(QStringLiteral("done")).toInt(), 2);
        QCOMPARE(result.value(QStringLiteral("refused")).toInt(), 1);
        QCOMPARE(
            result.value(QStringLiteral("results")).toArray().at(2).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("7200"));
        const HttpAnswer nextBatch =
            m_client->send("PATCH", QStringLiteral("/app/partners/1/cardholders/cards/unblock"),
                           "{\"cardIds\":[1],\"otp\":\"" + bulkCode + "\"}");
        QCOMPARE(nextBatch.status, 200);
        QCOMPARE(nextBatch.data().toObject().value(QStringLiteral("alreadyInState")).toInt(), 1);
    }

    void newRequestReplacesThePreviousCode() {
        m_client->send("POST", QStringLiteral("/app/users/auth/otp"),
                       otpRequest(kSupervisor, QStringLiteral("cardholder_detail")));
        const QString first = m_sandbox.lastOtp(kSupervisor);
        m_client->send("POST", QStringLiteral("/app/users/auth/otp"),
                       otpRequest(kSupervisor, QStringLiteral("cardholder_detail")));
        const QString second = m_sandbox.lastOtp(kSupervisor);
        if (first != second) {
            const HttpAnswer old = m_client->send("POST", QStringLiteral("/app/partners/1/cardholders/1"),
                                                  "{\"otp\":\"" + first.toLatin1() + "\"}");
            QCOMPARE(old.errorCode(), QStringLiteral("OTP_INVALID"));
        }
        QCOMPARE(m_client
                     ->send("POST", QStringLiteral("/app/partners/1/cardholders/1"),
                            "{\"otp\":\"" + second.toLatin1() + "\"}")
                     .status,
                 200);
    }

    void malformedCodeIsAValidationError() {
        const HttpAnswer answer =
            m_client->send("POST", QStringLiteral("/app/partners/1/cardholders/1"), QByteArray("{\"otp\":\"12ab\"}"));
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.errorCode(), QStringLiteral("7000"));
        QCOMPARE(answer.json.value(QStringLiteral("errors"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("otp"));
    }

    void operatorWithoutOtpPermissionSkipsItExceptForBulk() {
        SandboxClient agent(m_sandbox.baseUrl());
        QVERIFY(agent.login(QStringLiteral("agent@migo.test"), QStringLiteral("Agent#2026")));
        QCOMPARE(agent.send("POST", QStringLiteral("/app/partners/1/cardholders/1"), QByteArray()).status, 200);
        const HttpAnswer bulk = agent.send("PATCH", QStringLiteral("/app/partners/1/cardholders/cards/block"),
                                           QByteArray("{\"cardIds\":[1]}"));
        QCOMPARE(bulk.status, 403);
        QCOMPARE(bulk.errorCode(), QStringLiteral("OTP_REQUIRED"));
    }

    // ---- The step-up window (contract §16) ----

    void codeRequestStatesTheWindowOfItsPurpose() {
        const auto windowOf = [this](const char* purpose) {
            const HttpAnswer issued = m_client->send("POST", QStringLiteral("/app/users/auth/otp"),
                                                     otpRequest(kSupervisor, QString::fromLatin1(purpose)));
            return issued.status == 200 ? issued.data().toObject().value(QStringLiteral("stepUpWindow")).toInt(-1) : -2;
        };
        QCOMPARE(windowOf("card_action"), 300); // the default policy
        QCOMPARE(windowOf("funds_withdraw"), 300);
        QCOMPARE(windowOf("cardholder_update"), 300); // editing a cardholder is one operation like the others
        QCOMPARE(windowOf("bulk_block"), 0);          // a bulk operation always carries its code
        QCOMPARE(windowOf("login"), 0);
    }

    void verifiedCodeKeepsItsPurposeOpenForTheWindow() {
        SandboxProcess quick;
        QVERIFY(quick.start(5, {QStringLiteral("--step-up-window"), QStringLiteral("3")}));
        SandboxClient client(quick.baseUrl());
        QVERIFY(client.login(kSupervisor, QStringLiteral("Supervisor#2026")));
        const QString cards = QStringLiteral("/app/partners/1/cardholders/1/cards/2/");
        QCOMPARE(client.send("PATCH", cards + u"block"_s).errorCode(), QStringLiteral("OTP_REQUIRED"));
        const HttpAnswer issued =
            client.send("POST", QStringLiteral("/app/users/auth/otp"), otpRequest(kSupervisor, u"card_action"_s));
        QCOMPARE(issued.data().toObject().value(QStringLiteral("stepUpWindow")).toInt(), 3);
        const QByteArray withCode = "{\"otp\":\"" + quick.lastOtp(kSupervisor).toLatin1() + "\"}";
        QCOMPARE(client.send("PATCH", cards + u"block"_s, withCode).status, 200);

        // Inside the window: the same purpose passes without a code, as often as needed.
        QCOMPARE(client.send("PATCH", cards + u"unblock"_s).status, 200);
        QCOMPARE(client.send("PATCH", cards + u"block"_s).status, 200);
        QCOMPARE(client.send("PATCH", cards + u"unblock"_s).status, 200);
        // A code sent inside the window is still checked.
        QCOMPARE(client
                     .send("PATCH", cards + u"block"_s,
                           "{\"otp\":\"" + wrongCode(quick.lastOtp(kSupervisor)).toLatin1() + "\"}")
                     .errorCode(),
                 QStringLiteral("OTP_INVALID"));
        // Only that purpose, only that login, never bulk.
        const QByteArray funds = R"({"cardId":2,"amount":1})";
        QCOMPARE(
            client.send("POST", QStringLiteral("/app/partners/1/cardholders/1/cards/funds/add"), funds).errorCode(),
            QStringLiteral("OTP_REQUIRED"));
        QCOMPARE(client.send("PATCH", QStringLiteral("/app/partners/1/cardholders/cards/block"), R"({"cardIds":[2]})")
                     .errorCode(),
                 QStringLiteral("OTP_REQUIRED"));
        SandboxClient otherLogin(quick.baseUrl());
        QVERIFY(otherLogin.login(kSupervisor, QStringLiteral("Supervisor#2026")));
        QCOMPARE(otherLogin.send("PATCH", cards + u"block"_s).errorCode(), QStringLiteral("OTP_REQUIRED"));

        // The window is not extended by the calls it let through: it ends 3 s after the code was accepted.
        QThread::msleep(3200);
        const HttpAnswer after = client.send("PATCH", cards + u"block"_s);
        QCOMPARE(after.status, 403);
        QCOMPARE(after.errorCode(), QStringLiteral("OTP_REQUIRED"));
    }

    void verifyWithAPurposeOpensTheWindowAndSaysUntilWhen() {
        SandboxProcess quick;
        QVERIFY(quick.start(5, {QStringLiteral("--step-up-window"), QStringLiteral("60")}));
        SandboxClient client(quick.baseUrl());
        QVERIFY(client.login(kSupervisor, QStringLiteral("Supervisor#2026")));
        client.send("POST", QStringLiteral("/app/users/auth/otp"), otpRequest(kSupervisor, u"cardholder_detail"_s));
        const QString code = quick.lastOtp(kSupervisor);
        const HttpAnswer withoutPurpose =
            client.send("PUT", QStringLiteral("/app/users/auth/otp"),
                        QJsonObject{{QStringLiteral("email"), kSupervisor}, {QStringLiteral("otp"), code}});
        QCOMPARE(withoutPurpose.status, 200);
        QVERIFY(withoutPurpose.data().toObject().value(QStringLiteral("stepUpValidUntil")).isNull());
        QCOMPARE(client.send("POST", QStringLiteral("/app/partners/1/cardholders/1")).errorCode(),
                 QStringLiteral("OTP_REQUIRED"));
        const HttpAnswer verified = client.send("PUT", QStringLiteral("/app/users/auth/otp"),
                                                QJsonObject{{QStringLiteral("email"), kSupervisor},
                                                            {QStringLiteral("otp"), code},
                                                            {QStringLiteral("purpose"), u"cardholder_detail"_s}});
        QCOMPARE(verified.status, 200);
        const QDateTime until = QDateTime::fromString(
            verified.data().toObject().value(QStringLiteral("stepUpValidUntil")).toString(), Qt::ISODate);
        QVERIFY(until.isValid());
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(until);
        QVERIFY2(left >= 58 && left <= 61, qPrintable(QString::number(left)));
        QCOMPARE(client.send("POST", QStringLiteral("/app/partners/1/cardholders/1")).status, 200);
    }

    void windowZeroAsksForEveryCall() {
        SandboxProcess off;
        QVERIFY(off.start(5, {QStringLiteral("--step-up-window"), QStringLiteral("0")}));
        SandboxClient client(off.baseUrl());
        QVERIFY(client.login(kSupervisor, QStringLiteral("Supervisor#2026")));
        const HttpAnswer issued =
            client.send("POST", QStringLiteral("/app/users/auth/otp"), otpRequest(kSupervisor, u"card_action"_s));
        QCOMPARE(issued.data().toObject().value(QStringLiteral("stepUpWindow")).toInt(), 0);
        const QByteArray withCode = "{\"otp\":\"" + off.lastOtp(kSupervisor).toLatin1() + "\"}";
        const QString cards = QStringLiteral("/app/partners/1/cardholders/1/cards/2/");
        QCOMPARE(client.send("PATCH", cards + u"block"_s, withCode).status, 200);
        QCOMPARE(client.send("PATCH", cards + u"unblock"_s).errorCode(), QStringLiteral("OTP_REQUIRED"));
    }

    void expiredCodeIsOtpExpired() {
        SandboxProcess quick;
        QVERIFY(quick.start(5, {QStringLiteral("--otp-ttl"), QStringLiteral("1")}));
        SandboxClient client(quick.baseUrl());
        QVERIFY(client.login(kSupervisor, QStringLiteral("Supervisor#2026")));
        QCOMPARE(client
                     .send("POST", QStringLiteral("/app/users/auth/otp"),
                           otpRequest(kSupervisor, QStringLiteral("cardholder_detail")))
                     .status,
                 200);
        const QString code = quick.lastOtp(kSupervisor);
        QThread::msleep(2200);
        const HttpAnswer answer = client.send("POST", QStringLiteral("/app/partners/1/cardholders/1"),
                                              "{\"otp\":\"" + code.toLatin1() + "\"}");
        QCOMPARE(answer.status, 403);
        QCOMPARE(answer.errorCode(), QStringLiteral("OTP_EXPIRED"));
    }

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
};

QTEST_GUILESS_MAIN(SandboxOtpTest)
#include "tst_sandbox_otp.moc"
