// `migo-backoffice --sandbox`: the launcher starts the real migo-cms-sandbox beside it, learns how to sign in from its
// ready line, and stops it when the app goes.
#include "SandboxLauncher.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace migo::app;

class TestSandboxLauncher : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // keep the demo database out of $HOME

    void readsTheReadyLine() {
        const QByteArray line =
            R"({"event":"ready","baseUrl":"http://127.0.0.1:4321/cms/rest","merchant":"demo-merchant","operators":[)"
            R"({"email":"support@migo.test","password":"s","role":"support","partners":[1]},)"
            R"({"email":"supervisor@migo.test","password":"p","role":"supervisor","partners":[1]},)"
            R"({"email":"agent@migo.test","password":"a","name":"Andrés","role":"agent","partners":[1,2]}]})";
        const std::optional<SandboxInfo> info = parseSandboxReadyLine(line);
        QVERIFY(info);
        QCOMPARE(info->baseUrl, QUrl(QStringLiteral("http://127.0.0.1:4321/cms/rest")));
        QCOMPARE(info->merchant, QStringLiteral("demo-merchant"));
        QCOMPARE(info->operatorEmail, QStringLiteral("agent@migo.test")); // the full-permission agent, not support
        QCOMPARE(info->operatorPassword, QStringLiteral("a"));
        QCOMPARE(info->partnerId, qint64(1));
        QVERIFY(!parseSandboxReadyLine(R"({"event":"otp","code":"123456"})"));
        QVERIFY(!parseSandboxReadyLine("not json"));

        // --operator picks a demo operator by e-mail (any case), e.g. the supervisor to practise step-up.
        const std::optional<SandboxInfo> supervisor =
            parseSandboxReadyLine(line, QStringLiteral("Supervisor@migo.test"));
        QVERIFY(supervisor);
        QCOMPARE(supervisor->operatorEmail, QStringLiteral("supervisor@migo.test"));
        QCOMPARE(supervisor->operatorPassword, QStringLiteral("p"));
        QVERIFY(!parseSandboxReadyLine(line, QStringLiteral("nobody@migo.test")));
    }

    void readsTheIssuedOtpLines() {
        const auto otp = parseSandboxOtpLine(
            R"({"event":"otp","email":"supervisor@migo.test","purpose":"bulk_block","code":"042133"})");
        QVERIFY(otp);
        QCOMPARE(otp->first, QStringLiteral("supervisor@migo.test"));
        QCOMPARE(otp->second, QStringLiteral("042133"));
        QVERIFY(!parseSandboxOtpLine(R"({"event":"ready","email":"a@b.c","code":"1"})"));
        QVERIFY(!parseSandboxOtpLine(R"({"event":"otp","email":"a@b.c"})"));
        QVERIFY(!parseSandboxOtpLine("{"));
    }

    void startsTheRealSandboxAndStopsItWithTheApp() {
        auto* launcher = new SandboxLauncher;
        QSignalSpy ready(launcher, &SandboxLauncher::ready);
        QSignalSpy failed(launcher, &SandboxLauncher::failed);
        launcher->start(50);
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        const SandboxInfo info = ready.first().first().value<SandboxInfo>();
        QCOMPARE(info.baseUrl.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(info.baseUrl.port() > 0);
        QVERIFY(!info.operatorPassword.isEmpty());

        // The server answers (an unknown path gets its 7010 envelope)...
        QNetworkAccessManager network;
        const QUrl probe(info.baseUrl.toString() + u"/nowhere");
        QNetworkReply* alive = network.get(QNetworkRequest(probe));
        QTRY_VERIFY(alive->isFinished());
        QCOMPARE(alive->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        QVERIFY(alive->readAll().contains("7010"));
        delete alive;

        // ...and is gone once the app's launcher is.
        delete launcher;
        QNetworkReply* dead = network.get(QNetworkRequest(probe));
        QTRY_VERIFY(dead->isFinished());
        QCOMPARE(dead->error(), QNetworkReply::ConnectionRefusedError);
        delete dead;
    }
};

QTEST_GUILESS_MAIN(TestSandboxLauncher)
#include "tst_sandboxlauncher.moc"
