// The one step-up runner (ref §2.4, contract §5; issue 12) without widgets: a scripted prompter types the codes.
#include "CoreFixture.h"
#include "StepUpWindows.h"

#include <QSignalSpy>

using namespace migo;
using namespace migo::test;
using core::StepUp;

namespace {

/// A cardholder detail guarded by the code "123456"; `expiredFirst` answers the first code with OTP_EXPIRED,
/// `burnt` answers every wrong code with OTP_LOCKED.
struct Server {
    bool expiredFirst = false;
    int detailRequests = 0;
    int codeRequests = 0;
    FakeResponse operator()(const FakeRequest& r) {
        if (r.url.path().endsWith(u"/app/users/auth/otp"))
            ++codeRequests;
        else
            ++detailRequests;
        if (expiredFirst && r.body.contains("\"otp\"")) {
            expiredFirst = false;
            return FakeResponse::failure(403, "OTP_EXPIRED", "expired");
        }
        return guardedBy(r, "123456", FakeResponse::ok(cardholderJson));
    }
};

struct Fixture : CoreFixture {
    Server server;
    StepUp stepUp{&client, &prompter};
    std::optional<api::Cardholder> detail;
    QSignalSpy finished{&stepUp, &StepUp::finished};
    QSignalSpy rejected{&stepUp, &StepUp::codeRejected};

    Fixture() {
        network.setHandler([this](const FakeRequest& r) { return server(r); });
        stepUp.setOperatorEmail(QStringLiteral("agent@migo.test"));
    }
    StepUp::Attempt attempt() {
        return [this](const QString& otp, QObject* context, const StepUp::AttemptDone& done) {
            return client.cardholderDetail(5, otp, context, [this, done](const api::Result<api::Cardholder>& r) {
                if (r.ok())
                    detail = r.value();
                done(r.ok() ? std::nullopt : std::optional<api::ApiError>(r.error()));
            });
        };
    }
    StepUp::Ending ending() const { return finished.constLast().constFirst().value<StepUp::Ending>(); }
};

/// A server with a step-up window (contract §16): a code request states `window` seconds; a call with the code
/// "123456" passes and opens the window, a call without a code passes while `open`, else OTP_REQUIRED.
struct WindowServer {
    int window = 60;
    bool open = false;
    int codeRequests = 0;
    int calls = 0;
    int callsWithoutCode = 0;
    FakeResponse operator()(const FakeRequest& r) {
        if (r.url.path().endsWith(u"/app/users/auth/otp")) {
            ++codeRequests;
            return FakeResponse::ok(QByteArray(R"({"sentTo":"a***@migo.test","channel":"email","expiresIn":300,)"
                                               R"("resendAfter":0,"stepUpWindow":)") +
                                    QByteArray::number(window) + '}');
        }
        ++calls;
        if (!r.body.contains("\"otp\"")) {
            ++callsWithoutCode;
            return open ? FakeResponse::ok(cardholderJson) : FakeResponse::failure(403, "OTP_REQUIRED", "otp required");
        }
        const FakeResponse answer = guardedBy(r, "123456", FakeResponse::ok(cardholderJson));
        open = open || (answer.status == 200 && window > 0);
        return answer;
    }
};

/// The Fixture's StepUp with the session's windows and a WindowServer.
struct WindowFixture : Fixture {
    WindowServer windowServer;
    core::StepUpWindows windows;

    WindowFixture() {
        network.setHandler([this](const FakeRequest& r) { return windowServer(r); });
        stepUp.setWindows(&windows);
    }
    /// One run of the detail as an operator who holds the otp action (CodeFirst); waits for its end.
    bool runToTheEnd(const QString& code = QStringLiteral("123456")) {
        const int before = int(finished.size());
        const int prompts = prompter.prompts;
        if (!stepUp.run(api::OtpPurpose::CardholderDetail, attempt(), StepUp::Start::CodeFirst))
            return false;
        if (!QTest::qWaitFor([&] { return finished.size() > before || prompter.prompts > prompts; }))
            return false;
        if (prompter.prompts > prompts)
            prompter.type(code);
        return QTest::qWaitFor([&] { return finished.size() > before; }) && ending() == StepUp::Ending::Succeeded;
    }
};

} // namespace

class TestStepUp : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void noCodeNeededNoPrompt() {
        Fixture x;
        x.network.setHandler([](const FakeRequest&) { return FakeResponse::ok(cardholderJson); });
        QVERIFY(x.stepUp.run(api::OtpPurpose::CardholderDetail, x.attempt()));
        QTRY_COMPARE(x.finished.size(), 1);
        QCOMPARE(x.ending(), StepUp::Ending::Succeeded);
        QCOMPARE(x.prompter.prompts, 0);
        QVERIFY(x.detail);
        QVERIFY(!x.stepUp.usedCode());
    }

    void happyPathSendsTheCodeOnlyInTheResend() {
        Fixture x;
        QVERIFY(x.stepUp.run(api::OtpPurpose::CardholderDetail, x.attempt()));
        QTRY_COMPARE(x.prompter.prompts, 1);
        QVERIFY(x.prompter.type(QStringLiteral("123456")));
        QTRY_COMPARE(x.finished.size(), 1);
        QCOMPARE(x.ending(), StepUp::Ending::Succeeded);
        QCOMPARE(x.server.detailRequests, 2); // without, then with the code: never more
        QCOMPARE(x.server.codeRequests, 1);
        const QList<FakeRequest> requests = x.network.requests();
        QCOMPARE(requests.at(1).body, QByteArray(R"({"email":"agent@migo.test","purpose":"cardholder_detail"})"));
        QVERIFY(!requests.at(0).body.contains("otp"));
        QVERIFY(requests.at(2).body.contains(R"("otp":"123456")"));
        QVERIFY(x.detail);
        QVERIFY(x.stepUp.usedCode());
    }

    void wrongThenRightCode() {
        Fixture x;
        x.stepUp.run(api::OtpPurpose::CardholderDetail, x.attempt());
        QVERIFY(x.prompter.type(QStringLiteral("111111")));
        QTRY_COMPARE(x.rejected.size(), 1);
        const auto error = x.rejected.constFirst().constFirst().value<api::ApiError>();
        QCOMPARE(error.kind, api::ErrorKind::OtpInvalid);
        QCOMPARE(error.attemptsLeft, std::optional<int>(4));
        QCOMPARE(x.stepUp.phase(), StepUp::Phase::WaitingForCode);
        QVERIFY(x.finished.isEmpty());
        QVERIFY(x.prompter.type(QStringLiteral("123456")));
        QTRY_COMPARE(x.finished.size(), 1);
        QCOMPARE(x.ending(), StepUp::Ending::Succeeded);
        QCOMPARE(x.server.codeRequests, 1); // a wrong code keeps the same challenge
        QCOMPARE(x.prompter.prompts, 1);
    }

    void expiredCodeOffersANewOneAtOnce() {
        Fixture x;
        x.server.expiredFirst = true;
        x.stepUp.run(api::OtpPurpose::CardholderDetail, x.attempt());
        QVERIFY(x.prompter.type(QStringLiteral("123456")));
        QTRY_COMPARE(x.rejected.size(), 1);
        QCOMPARE(x.rejected.constFirst().constFirst().value<api::ApiError>().kind, api::ErrorKind::OtpExpired);
        QVERIFY(!x.stepUp.challenge()); // the dead code's validity is not shown any more
        QVERIFY(x.stepUp.resendAllowedAt() <= QDateTime::currentDateTimeUtc());
        x.stepUp.requestNewCode();
        QVERIFY(x.prompter.type(QStringLiteral("123456")));
        QTRY_COMPARE(x.finished.size(), 1);
        QCOMPARE(x.ending(), StepUp::Ending::Succeeded);
        QCOMPARE(x.server.codeRequests, 2);
    }

    void burntCodeNeedsANewOne() {
        Fixture x;
        x.network.setHandler([&x](const FakeRequest& r) {
            if (r.body.contains("\"otp\":\"999999\""))
                return FakeResponse::failure(403, "OTP_LOCKED", "too many attempts");
            return x.server(r);
        });
        x.stepUp.run(api::OtpPurpose::CardholderDetail, x.attempt());
        QVERIFY(x.prompter.type(QStringLiteral("999999")));
        QTRY_COMPARE(x.rejected.size(), 1);
        QCOMPARE(x.rejected.constFirst().constFirst().value<api::ApiError>().kind, api::ErrorKind::OtpLocked);
        QVERIFY(!x.stepUp.challenge());
        x.stepUp.requestNewCode();
        QVERIFY(x.prompter.type(QStringLiteral("123456")));
        QTRY_COMPARE(x.finished.size(), 1);
        QCOMPARE(x.ending(), StepUp::Ending::Succeeded);
    }

    void resendWaitsForTheCooldown() {
        Fixture x;
        x.network.setHandler([&x](const FakeRequest& r) {
            if (r.url.path().endsWith(u"/app/users/auth/otp")) {
                ++x.server.codeRequests;
                return FakeResponse::ok(R"({"sentTo":"a***@migo.test","expiresIn":300,"resendAfter":30})");
            }
            return x.server(r);
        });
        x.stepUp.run(api::OtpPurpose::CardholderDetail, x.attempt());
        QTRY_COMPARE(x.stepUp.phase(), StepUp::Phase::WaitingForCode);
        x.stepUp.requestNewCode();
        QTest::qWait(50);
        QCOMPARE(x.server.codeRequests, 1);
    }

    void aThrottledCodeRequestHoldsTheResendForItsWait() {
        // Issue 15: after a 429 the server names its wait; "send a new code" is not offered before it has passed.
        Fixture x;
        x.network.setHandler([&x](const FakeRequest& r) {
            if (r.url.path().endsWith(u"/app/users/auth/otp")) {
                ++x.server.codeRequests;
                FakeResponse throttled = FakeResponse::failure(429, "RATE_LIMITED", "slow down");
                throttled.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "600"));
                return throttled;
            }
            return x.server(r);
        });
        QSignalSpy challengeFailed(&x.stepUp, &StepUp::challengeFailed);
        x.stepUp.run(api::OtpPurpose::CardholderDetail, x.attempt(), StepUp::Start::CodeFirst);
        QTRY_COMPARE(challengeFailed.size(), 1);
        QVERIFY(challengeFailed.at(0).at(0).value<api::ApiError>().userMessage.contains(u"10 minute"));
        const qint64 wait = QDateTime::currentDateTimeUtc().secsTo(x.stepUp.resendAllowedAt());
        QVERIFY2(wait >= 595 && wait <= 600, qPrintable(QString::number(wait)));
        x.stepUp.requestNewCode();
        QTest::qWait(50);
        QCOMPARE(x.server.codeRequests, 1);
    }

    void cancelBeforeAnyWriteSendsNothingMore() {
        Fixture x;
        x.stepUp.run(api::OtpPurpose::CardholderDetail, x.attempt());
        QTRY_COMPARE(x.stepUp.phase(), StepUp::Phase::WaitingForCode);
        QVERIFY(x.stepUp.canCancel());
        QVERIFY(x.stepUp.cancel());
        QCOMPARE(x.finished.size(), 1);
        QCOMPARE(x.ending(), StepUp::Ending::Cancelled);
        QTest::qWait(50);
        QCOMPARE(x.server.detailRequests, 1);
        QVERIFY(!x.detail);
    }

    void noCancelWhileTheOperationIsOnItsWay() {
        Fixture x;
        bool hang = false;
        x.network.setHandler([&](const FakeRequest& r) {
            if (hang && r.body.contains("\"otp\""))
                return FakeResponse::hang();
            return x.server(r);
        });
        x.stepUp.run(api::OtpPurpose::CardholderDetail, x.attempt());
        hang = true;
        QVERIFY(x.prompter.type(QStringLiteral("123456")));
        QCOMPARE(x.stepUp.phase(), StepUp::Phase::CheckingCode);
        QVERIFY(!x.stepUp.canCancel());
        QVERIFY(!x.stepUp.cancel()); // the write may be done: its answer is awaited
        QVERIFY(x.finished.isEmpty());
        QCOMPARE(x.stepUp.phase(), StepUp::Phase::CheckingCode);
        x.stepUp.submitCode(QStringLiteral("123456")); // and no second attempt meanwhile
        QTest::qWait(30);
        QCOMPARE(x.network.countRequests(QStringLiteral("/cardholders/5")), 2);
    }

    void codeFirstRequestsBeforeSending() {
        Fixture x;
        x.stepUp.run(api::OtpPurpose::BulkBlock, x.attempt(), StepUp::Start::CodeFirst);
        QCOMPARE(x.prompter.prompts, 1);
        QVERIFY(x.prompter.type(QStringLiteral("123456")));
        QTRY_COMPARE(x.finished.size(), 1);
        QCOMPARE(x.server.detailRequests, 1); // never sent without the code
        QVERIFY(x.network.requests().constFirst().body.contains(R"("purpose":"bulk_block")"));
    }

    void anErrorNotAboutTheCodeEndsTheRun() {
        Fixture x;
        x.network.setHandler([&x](const FakeRequest& r) {
            if (r.body.contains("\"otp\""))
                return FakeResponse::failure(403, "FORBIDDEN", "no permission");
            return x.server(r);
        });
        x.stepUp.run(api::OtpPurpose::CardholderDetail, x.attempt());
        QVERIFY(x.prompter.type(QStringLiteral("123456")));
        QTRY_COMPARE(x.finished.size(), 1);
        QCOMPARE(x.ending(), StepUp::Ending::Failed);
        QVERIFY(x.stepUp.error());
        QCOMPARE(x.stepUp.error()->httpStatus, 403);
    }

    void onlySixDigitsAreSubmitted() {
        Fixture x;
        x.stepUp.run(api::OtpPurpose::CardholderDetail, x.attempt());
        QTRY_COMPARE(x.stepUp.phase(), StepUp::Phase::WaitingForCode);
        x.stepUp.submitCode(QStringLiteral("12345"));
        x.stepUp.submitCode(QStringLiteral("12345a"));
        x.stepUp.submitCode(QStringLiteral("1234567"));
        QTest::qWait(30);
        QCOMPARE(x.server.detailRequests, 1);
        QCOMPARE(x.stepUp.phase(), StepUp::Phase::WaitingForCode);
    }

    void aCodeRequestThatMetASessionRenewalIsAskedOnceMore() {
        // The operator token expired under the code request: the client renews the session and does not resend the
        // write; nothing was sent, so the step-up asks once more (and only once) instead of showing an error.
        Fixture x;
        int expired = 0;
        x.network.setHandler([&x, &expired](const FakeRequest& r) {
            if (r.url.path().endsWith(u"/app/users/refresh"))
                return FakeResponse::ok(R"({"accessToken":"op-access-2","refreshToken":"op-refresh-2"})");
            if (r.url.path().endsWith(u"/app/users/auth/otp") && r.header("x-user-token") == "Bearer op-access-1") {
                ++expired;
                return FakeResponse::failure(401, "TOKEN_EXPIRED", "expired");
            }
            return x.server(r);
        });
        QSignalSpy challengeFailed(&x.stepUp, &StepUp::challengeFailed);
        x.stepUp.run(api::OtpPurpose::BulkBlock, x.attempt(), StepUp::Start::CodeFirst);
        QVERIFY(x.prompter.type(QStringLiteral("123456")));
        QTRY_COMPARE(x.finished.size(), 1);
        QCOMPARE(x.ending(), StepUp::Ending::Succeeded);
        QCOMPARE(expired, 1);
        QCOMPARE(x.server.codeRequests, 1); // one code reached the operator
        QVERIFY(challengeFailed.isEmpty());
    }

    // ---- The step-up window (contract §16) ----

    void aVerifiedCodeKeepsItsPurposeOpenWithoutPrompts() {
        WindowFixture x;
        QVERIFY(x.runToTheEnd());
        QCOMPARE(x.prompter.prompts, 1);
        QVERIFY(x.windows.isOpen(api::OtpPurpose::CardholderDetail));
        // The server's 60 s, counted from when the call was sent, less the way of the next call (2 s).
        QVERIFY(x.windows.remaining(api::OtpPurpose::CardholderDetail) <= std::chrono::seconds(58));
        QVERIFY(x.windows.remaining(api::OtpPurpose::CardholderDetail) > std::chrono::seconds(55));
        QVERIFY(!x.windows.isOpen(api::OtpPurpose::FundsWithdraw)); // one purpose only
        for (int run = 0; run < 5; ++run)
            QVERIFY(x.runToTheEnd());
        QCOMPARE(x.prompter.prompts, 1); // six operations, one code
        QCOMPARE(x.windowServer.codeRequests, 1);
        QCOMPARE(x.windowServer.calls, 6);
        QCOMPARE(x.windowServer.callsWithoutCode, 5);
        QVERIFY(!x.stepUp.usedCode());
    }

    void aWindowTheServerEndedAsksForACodeAndSendsOnceMore() {
        WindowFixture x;
        QVERIFY(x.runToTheEnd());
        x.windowServer.open = false; // e.g. the server restarted
        const int calls = x.windowServer.calls;
        QVERIFY(x.stepUp.run(api::OtpPurpose::CardholderDetail, x.attempt(), StepUp::Start::CodeFirst));
        QTRY_COMPARE(x.prompter.prompts, 2);
        QVERIFY(!x.windows.isOpen(api::OtpPurpose::CardholderDetail)); // forgotten at the refusal
        QVERIFY(x.prompter.type(QStringLiteral("123456")));
        QTRY_COMPARE(x.finished.size(), 2);
        QCOMPARE(x.ending(), StepUp::Ending::Succeeded);
        QCOMPARE(x.windowServer.calls, calls + 2); // refused without a code (nothing done), then once with it
        QCOMPARE(x.windowServer.codeRequests, 2);
        QVERIFY(x.windows.isOpen(api::OtpPurpose::CardholderDetail)); // the new code opened it again
    }

    void noWindowWhenTheServerStatesNone() {
        WindowFixture x;
        x.windowServer.window = 0;
        QVERIFY(x.runToTheEnd());
        QVERIFY(!x.windows.isOpen(api::OtpPurpose::CardholderDetail));
        QVERIFY(x.runToTheEnd());
        QCOMPARE(x.prompter.prompts, 2); // a code for each operation, as before
    }

    void aRefusedCodeOpensNoWindow() {
        WindowFixture x;
        QVERIFY(x.stepUp.run(api::OtpPurpose::CardholderDetail, x.attempt(), StepUp::Start::CodeFirst));
        QTRY_COMPARE(x.prompter.prompts, 1);
        QVERIFY(x.prompter.type(QStringLiteral("111111")));
        QTRY_COMPARE(x.rejected.size(), 1);
        QVERIFY(!x.windows.isOpen(api::OtpPurpose::CardholderDetail));
        QVERIFY(x.stepUp.cancel());
        QVERIFY(!x.windows.isOpen(api::OtpPurpose::CardholderDetail));
    }

    void windowsEndOnTheirTimeAndWhenCleared() {
        core::StepUpWindows windows;
        QSignalSpy changed(&windows, &core::StepUpWindows::changed);
        windows.open(api::OtpPurpose::CardAction, std::chrono::milliseconds(300));
        windows.open(api::OtpPurpose::FundsAdd, std::chrono::seconds(60));
        QCOMPARE(windows.openPurposes(),
                 (QList<api::OtpPurpose>{api::OtpPurpose::CardAction, api::OtpPurpose::FundsAdd}));
        QTRY_VERIFY(!windows.isOpen(api::OtpPurpose::CardAction));
        QTRY_COMPARE(changed.size(), 3); // two opened, one ended by itself
        QCOMPARE(windows.openPurposes(), QList<api::OtpPurpose>{api::OtpPurpose::FundsAdd});
        windows.clear();
        QVERIFY(!windows.isOpen(api::OtpPurpose::FundsAdd));
        QCOMPARE(changed.size(), 4);
        windows.open(api::OtpPurpose::Transfer, std::chrono::milliseconds(-5)); // nothing left: nothing opens
        QVERIFY(windows.openPurposes().isEmpty());
    }

    void abandonAbortsWithoutReporting() {
        Fixture x;
        x.network.setHandler([](const FakeRequest&) { return FakeResponse::hang(); });
        QSignalSpy ended(&x.stepUp, &StepUp::ended);
        x.stepUp.run(api::OtpPurpose::CardholderDetail, x.attempt());
        x.stepUp.abandon();
        QCOMPARE(ended.size(), 1);
        QVERIFY(x.finished.isEmpty());
        QVERIFY(!x.stepUp.isRunning());
        QVERIFY(x.stepUp.run(api::OtpPurpose::CardholderDetail, x.attempt())); // ready for the next one
    }
};

QTEST_GUILESS_MAIN(TestStepUp)
#include "tst_stepup.moc"
