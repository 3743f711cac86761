// Tokens, passwords and OTPs never reach the log (DEVELOPERS.md; ref §1 security), even with every category on.
#include "ClientFixture.h"

#include <QLoggingCategory>
#include <QMutex>

using namespace migo::api;
using namespace migo::test;

namespace {

QMutex logMutex;
QStringList capturedLog;

void captureMessage(QtMsgType, const QMessageLogContext& context, const QString& message) {
    QMutexLocker lock(&logMutex);
    capturedLog << QString::fromLatin1(context.category ? context.category : "") + u": " + message;
}

} // namespace

class TestLogRedaction : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fullSessionLeavesNoSecretInTheLog() {
        QLoggingCategory::setFilterRules(QStringLiteral("migo.*=true\nqt.network.*=true"));
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);

        const QString appToken = QStringLiteral("APPTOKEN-7f3a9c");
        const QString appRefresh = QStringLiteral("APPREFRESH-1b2c");
        const QString userToken = QStringLiteral("USERTOKEN-c0ffee");
        const QString userRefresh = QStringLiteral("USERREFRESH-beef");
        const QString rotatedToken = QStringLiteral("ROTATEDTOKEN-d00d");
        const QString rotatedRefresh = QStringLiteral("ROTATEDREFRESH-f00d");
        const QString password = QStringLiteral("S3cret-Passw0rd!");
        const QString otp = QStringLiteral("493817");

        FakeNetworkAccessManager network;
        CmsClient client(&network);
        ClientConfig config;
        config.baseUrl = QUrl(QStringLiteral("https://cms.test/cms/rest"));
        config.partnerId = 7;
        client.setConfig(config);
        int bulkCalls = 0;
        network.setHandler([&](const FakeRequest& r) {
            const QString path = r.url.path();
            if (path.endsWith(u"/app/auth/login"))
                return FakeResponse::ok(R"({"accessToken":")" + appToken.toLatin1() + R"(","refreshToken":")" +
                                        appRefresh.toLatin1() + R"("})");
            if (path.endsWith(u"/app/users/login"))
                return FakeResponse::ok(R"({"id":1,"accessToken":")" + userToken.toLatin1() + R"(","refreshToken":")" +
                                        userRefresh.toLatin1() + R"(","email":"agent@migo.test","name":"Agent"})");
            if (path.endsWith(u"/app/users/refresh"))
                return FakeResponse::ok(R"({"accessToken":")" + rotatedToken.toLatin1() + R"(","refreshToken":")" +
                                        rotatedRefresh.toLatin1() + R"("})");
            if (path.endsWith(u"/app/users/auth/otp"))
                return FakeResponse::ok(R"({"sentTo":"a***@migo.test","expiresIn":300})");
            if (path.endsWith(u"/cardholders/cards/block")) {
                // The first bulk call meets an expired token; the session is refreshed; the agent sends again.
                if (++bulkCalls == 1)
                    return FakeResponse::failure(401, "TOKEN_EXPIRED", "expired");
                return FakeResponse::ok(R"({"results":[{"cardId":1,"outcome":"DONE"}]})");
            }
            return FakeResponse::failure(404, "7010", "not found");
        });

        Waiter<AppSession> app;
        client.appLogin(QStringLiteral("merchant-1"), nullptr, app.callback());
        QTRY_VERIFY(app.done());
        Waiter<OperatorSession> login;
        client.operatorLogin(QStringLiteral("agent@migo.test"), password, nullptr, login.callback());
        QTRY_VERIFY(login.done());
        QVERIFY(login.result->ok());
        Waiter<OtpChallenge> challenge;
        client.requestOtp(QStringLiteral("agent@migo.test"), OtpPurpose::BulkBlock, nullptr, challenge.callback());
        QTRY_VERIFY(challenge.done());
        Waiter<OtpVerification> verified;
        client.verifyOtp(QStringLiteral("agent@migo.test"), otp, OtpPurpose::BulkBlock, nullptr, verified.callback());
        QTRY_VERIFY(verified.done());
        Waiter<BulkResult> first;
        client.bulkChangeCardState(BulkCardAction::Block, {1}, otp, nullptr, first.callback());
        QTRY_VERIFY(first.done());
        QCOMPARE(first.result->error().kind, ErrorKind::NotResentAfterRefresh);
        Waiter<BulkResult> second;
        client.bulkChangeCardState(BulkCardAction::Block, {1}, otp, nullptr, second.callback());
        QTRY_VERIFY(second.done());
        QVERIFY(second.result->ok());

        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        const QString log = capturedLog.join(u'\n');
        // The log is really on: it names the calls and shows (redacted) headers.
        QVERIFY(log.contains(u"bulkChangeCardState"));
        QVERIFY(log.contains(u"operatorLogin"));
        QVERIFY(log.contains(u"x-user-token: <redacted>"));
        QVERIFY(log.contains(u"Authorization: <redacted>"));
        // The secrets, sent and received, are not.
        for (const QString& secret :
             {appToken, appRefresh, userToken, userRefresh, rotatedToken, rotatedRefresh, password, otp})
            QVERIFY2(!log.contains(secret), qPrintable(u"leaked: " + secret));
    }
};

QTEST_GUILESS_MAIN(TestLogRedaction)
#include "tst_logredaction.moc"
