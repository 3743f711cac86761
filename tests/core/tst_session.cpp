// core::Session without widgets (ref §2.1-2.3, contract §4): sign-in, resume from a remembered refresh token,
// unlock, the reaction to a session that cannot be renewed, sign-out, and the remembered token kept up to date in the
// token store; never a password or token in a log message.
#include "../api/ClientFixture.h"
#include "CardStore.h"
#include "PartnerBalance.h"
#include "Session.h"
#include "StepUpWindows.h"
#include "TokenStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>

using namespace migo;
using namespace migo::test;
using core::Session;

namespace {

const QString kPassword = QStringLiteral("right-pa55word");
const QString kEmail = QStringLiteral("agent@migo.test");

/// Every message logged while the tests run (all categories, all levels: see initTestCase()).
QStringList& capturedLog() {
    static QStringList lines;
    return lines;
}

/// The authentication endpoints of a CMS, with single-use operator refresh tokens it can also refuse, and a read
/// (the cardholder's associations) that can answer 401 TOKEN_EXPIRED to make the client refresh.
struct AuthServer {
    int issued = 0;
    QString liveRefresh; ///< the one operator refresh token the server accepts
    bool refuseRefresh = false;
    int expiredReads = 0; ///< reads still to answer with 401 TOKEN_EXPIRED
    QStringList secrets;  ///< every token handed out
    QHash<QString, QString> balances{{QStringLiteral("7"), QStringLiteral("2500000.1234")},
                                     {QStringLiteral("8"), QStringLiteral("750000")}}; ///< by partner, JSON text

    QString issue(const QString& prefix) {
        const QString token = prefix + QString::number(++issued) + QStringLiteral("-s3cr3t");
        secrets << token;
        return token;
    }
    QByteArray tokenPairJson(const QString& access, const QString& refresh) const {
        return QStringLiteral(R"("accessToken":"%1","refreshToken":"%2")").arg(access, refresh).toUtf8();
    }

    FakeResponse answer(const FakeRequest& r) {
        const QString path = r.url.path();
        if (path.endsWith(u"/app/auth/login")) {
            if (!r.body.contains("\"merchant\":\"demo\""))
                return FakeResponse::failure(401, "MERCHANT_NOT_FOUND", "unknown merchant");
            return FakeResponse::ok(
                '{' + tokenPairJson(issue(QStringLiteral("app-a")), issue(QStringLiteral("app-r"))) + '}');
        }
        if (path.endsWith(u"/app/users/login")) {
            if (!r.body.contains(QByteArray(QByteArray("\"password\":\"") + kPassword.toUtf8() + '"')))
                return FakeResponse::failure(401, "INVALID_CREDENTIALS", "bad credentials");
            liveRefresh = issue(QStringLiteral("op-r"));
            return FakeResponse::ok(
                R"({"id":3,)" + tokenPairJson(issue(QStringLiteral("op-a")), liveRefresh) +
                R"(,"email":"agent@migo.test","name":"Agent Smith",)"
                R"("partners":[{"partnerId":7,"name":"Banco Demo"},{"partnerId":8,"name":"Coop Ocho"}],)"
                R"("expiresIn":900})");
        }
        if (path.endsWith(u"/app/users/refresh")) {
            const bool live = !liveRefresh.isEmpty() && r.body.contains(liveRefresh.toUtf8());
            if (refuseRefresh || !live)
                return FakeResponse::failure(401, "REFRESH_TOKEN_INVALID", "unknown or used");
            liveRefresh = issue(QStringLiteral("op-r"));
            return FakeResponse::ok('{' + tokenPairJson(issue(QStringLiteral("op-a")), liveRefresh) +
                                    R"(,"expiresIn":900})");
        }
        if (path.endsWith(u"/app/users/3/partners/7/permissions"))
            return FakeResponse::ok(R"({"cmsUserId":3,"partnerId":7,"role":"support","permissions":)"
                                    R"([{"resource":"cardholders","action":"list"}]})");
        if (path.endsWith(u"/app/users/3/partners/8/permissions"))
            return FakeResponse::ok(R"({"cmsUserId":3,"partnerId":8,"role":"agent","permissions":)"
                                    R"([{"resource":"cards-admin","action":"block"}]})");
        if (path.endsWith(u"/app/partners/7/balance") || path.endsWith(u"/app/partners/8/balance"))
            return FakeResponse::ok(QStringLiteral(R"({"id":1,"clientId":%1,"available":%2,"currency":"GTQ",)"
                                                   R"("updatedAt":"2026-12-03T10:00:00Z"})")
                                        .arg(path.section(u'/', -2, -2), balances.value(path.section(u'/', -2, -2)))
                                        .toUtf8());
        if (path.endsWith(u"/cards/association")) {
            if (expiredReads > 0) {
                --expiredReads;
                return FakeResponse::failure(401, "TOKEN_EXPIRED", "expired");
            }
            return FakeResponse::ok("[]");
        }
        return FakeResponse::failure(404, "7010", "not found");
    }
};

/// A keyring that refuses every write (no Secret Service). Answers later, as every store does.
class RefusingTokenStore final : public core::TokenStore {
public:
    void read(const QString&, QObject*, ReadDone done) override {
        QMetaObject::invokeMethod(
            this, [done] { done({}, {}); }, Qt::QueuedConnection);
    }
    void write(const QString&, const QString&, QObject*, WriteDone done) override {
        QMetaObject::invokeMethod(
            this, [done] { done(QStringLiteral("No keyring is available.")); }, Qt::QueuedConnection);
    }
    void remove(const QString&, QObject*, WriteDone done) override {
        QMetaObject::invokeMethod(
            this, [done] { done({}); }, Qt::QueuedConnection);
    }
};

/// A session over the fake network, with an empty client and a memory token store.
struct SessionFixture : ClientFixture {
    AuthServer server;
    core::MemoryTokenStore* store = nullptr;
    Session session{&client};
    core::SignInTarget target;

    explicit SessionFixture(const QString& merchant = QStringLiteral("demo")) {
        client.clearSession();
        network.setHandler([this](const FakeRequest& r) { return server.answer(r); });
        auto memory = std::make_unique<core::MemoryTokenStore>();
        store = memory.get();
        session.setTokenStore(std::move(memory));
        target.baseUrl = QUrl(QStringLiteral("https://cms.test/cms/rest"));
        target.merchant = merchant;
        target.operatorEmail = kEmail;
        target.partnerId = 7;
    }
    /// The refresh token in what the token store holds (the entry also names the operator and partners).
    QString rememberedToken() {
        const QString entry = remembered();
        const QJsonObject record = QJsonDocument::fromJson(entry.toUtf8()).object();
        return record.isEmpty() ? entry : record.value(u"refreshToken").toString();
    }
    QString key() const { return core::TokenStore::keyFor(target.baseUrl, target.merchant, target.operatorEmail); }
    /// What the token store holds for the target (waits for its answer).
    QString remembered() {
        std::optional<QString> secret;
        store->read(key(), nullptr, [&secret](const QString& s, const QString&) { secret = s; });
        if (!QTest::qWaitFor([&secret] { return secret.has_value(); }, 3000))
            return QStringLiteral("(no answer)");
        return *secret;
    }
    bool signedIn() {
        QSignalSpy done(&session, &Session::signedIn);
        return session.signIn(target, kPassword) && done.wait(3000) && session.state() == Session::State::SignedIn;
    }
    /// Reads the cardholder's associations once (a read the client refreshes for on 401); false without an answer.
    bool read() {
        Waiter<QList<api::Association>> waiter;
        client.listAssociations(5, nullptr, waiter.callback());
        return QTest::qWaitFor([&waiter] { return waiter.done(); }, 3000);
    }
    QStringList paths() const {
        QStringList all;
        for (const FakeRequest& r : network.requests())
            all << r.url.path().section(QStringLiteral("/cms/rest"), 1);
        return all;
    }
};

} // namespace

class TestSession : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        // Every category at every level, so the no-secret check sees everything the session and client say.
        QLoggingCategory::setFilterRules(QStringLiteral("*=true\nqt.*.debug=false\nqt.*.info=false"));
        static QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
                capturedLog() << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
                if (type != QtDebugMsg && type != QtInfoMsg)
                    previous(type, context, message);
            });
    }

    void signInReadsTheOperatorsPermissionsForTheOperations() {
        SessionFixture f;
        QVERIFY(f.signedIn());
        const std::shared_ptr<const api::OperatorPermissions> held = f.session.permissions();
        QVERIFY(held);
        QCOMPARE(held->role, QStringLiteral("support"));
        QVERIFY(held->holds(u"cardholders", u"list"));
        QVERIFY(!held->holds(u"cards-admin", u"block"));
        const core::OperationContext context = f.session.operationContext();
        QCOMPARE(context.permissions(), held.get()); // every view's operations see them
        f.session.signOut();
        QVERIFY(!f.session.permissions());
        QVERIFY(!context.permissions()); // a context kept by a view follows the session
    }

    void signInSendsAppThenOperatorLogin() {
        SessionFixture f;
        QSignalSpy progress(&f.session, &Session::progress);
        QVERIFY(f.signedIn());
        QCOMPARE(f.paths(), QStringList({QStringLiteral("/app/auth/login"), QStringLiteral("/app/users/login"),
                                         QStringLiteral("/app/users/3/partners/7/permissions")}));
        QVERIFY(f.network.requests().at(0).body.contains("\"merchant\":\"demo\""));
        QVERIFY(f.network.requests().at(1).body.contains("\"email\":\"agent@migo.test\""));
        // The client holds both sessions, pointed at the chosen server and partner.
        QVERIFY(f.client.hasOperatorSession());
        QCOMPARE(f.client.operatorTokens().refreshToken, f.server.liveRefresh);
        QVERIFY(!f.client.appTokens().accessToken.isEmpty());
        QCOMPARE(f.client.config().baseUrl, f.target.baseUrl);
        QCOMPARE(f.client.config().partnerId, qint64(7));
        // Who is signed in.
        QCOMPARE(f.session.operatorId(), qint64(3));
        QCOMPARE(f.session.operatorName(), QStringLiteral("Agent Smith"));
        QCOMPARE(f.session.operatorEmail(), kEmail);
        QCOMPARE(f.session.partners().size(), qsizetype(2));
        QCOMPARE(f.session.partnerName(), QStringLiteral("Banco Demo"));
        QVERIFY(progress.count() >= 2); // "Connecting…", "Signing in…"
        // What operations get.
        const core::OperationContext context = f.session.operationContext();
        QCOMPARE(context.client, &f.client);
        QVERIFY(context.cardStore);
        QCOMPARE(context.cardStore, f.session.cardStore());
        QVERIFY(!context.prompter); // views use their own OtpDialogPrompter
        QCOMPARE(context.operatorEmail, kEmail);
        // The refresh token is remembered for the next start.
        QCOMPARE(f.rememberedToken(), f.server.liveRefresh);
    }

    void wrongPasswordIsOneSentenceAndNothingIsRemembered() {
        SessionFixture f;
        QSignalSpy failed(&f.session, &Session::signInFailed);
        QSignalSpy signedIn(&f.session, &Session::signedIn);
        QVERIFY(f.session.signIn(f.target, QStringLiteral("wrong")));
        QVERIFY(failed.wait(3000));
        QCOMPARE(failed.at(0).at(0).toString(), api::errors::sentenceForCode(QStringLiteral("INVALID_CREDENTIALS")));
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
        QCOMPARE(signedIn.count(), 0);
        QCOMPARE(f.session.state(), Session::State::SignedOut);
        QVERIFY(!f.client.hasOperatorSession());
        QVERIFY(f.remembered().isEmpty());
        // The operator can correct the password and try again.
        QVERIFY(f.signedIn());
    }

    void unknownMerchantStopsAtTheAppLogin() {
        SessionFixture f(QStringLiteral("nobody"));
        QSignalSpy failed(&f.session, &Session::signInFailed);
        QVERIFY(f.session.signIn(f.target, kPassword));
        QVERIFY(failed.wait(3000));
        QCOMPARE(failed.at(0).at(0).toString(), api::errors::sentenceForCode(QStringLiteral("MERCHANT_NOT_FOUND")));
        QCOMPARE(f.paths(), QStringList({QStringLiteral("/app/auth/login")})); // the password was never sent
        QCOMPARE(f.session.state(), Session::State::SignedOut);
        QVERIFY(f.remembered().isEmpty());
    }

    void oneSignInAtATimeAndCancelSendsNoMore() {
        SessionFixture f;
        f.network.setHandler([](const FakeRequest&) { return FakeResponse::hang(); });
        QSignalSpy failed(&f.session, &Session::signInFailed);
        QSignalSpy signedIn(&f.session, &Session::signedIn);
        QVERIFY(f.session.signIn(f.target, kPassword));
        QVERIFY(f.session.isBusy());
        QVERIFY(!f.session.signIn(f.target, kPassword));
        QVERIFY(!f.session.resume(f.target));
        QTest::qWait(50);
        QCOMPARE(f.network.requests().size(), 1);
        f.session.cancel(); // the sign-in window was closed
        QCOMPARE(f.session.state(), Session::State::SignedOut);
        QTest::qWait(50);
        QCOMPARE(f.network.requests().size(), 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(signedIn.count(), 0);
        QVERIFY(!f.client.hasOperatorSession());
    }

    void aRememberedTokenContinuesTheSessionAndIsRotated() {
        SessionFixture f;
        QVERIFY(f.signedIn());
        const QString remembered = f.remembered();
        QVERIFY(!remembered.isEmpty());
        // The next start: a new client and session, the same token store contents.
        SessionFixture next;
        next.server = f.server;
        next.store->write(next.key(), remembered, nullptr, [](const QString&) {});
        QSignalSpy signedIn(&next.session, &Session::signedIn);
        QSignalSpy refused(&next.session, &Session::resumeRefused);
        QVERIFY(next.session.resume(next.target));
        QVERIFY(signedIn.wait(3000));
        QCOMPARE(refused.count(), 0);
        // The entry names the operator (a refresh answer does not): their permissions are read as after a password.
        QCOMPARE(next.paths(), QStringList({QStringLiteral("/app/auth/login"), QStringLiteral("/app/users/refresh"),
                                            QStringLiteral("/app/users/3/partners/7/permissions")}));
        QVERIFY(next.network.requests().at(1).body.contains(f.rememberedToken().toUtf8()));
        QCOMPARE(next.session.operatorName(), QStringLiteral("Agent Smith"));
        QCOMPARE(next.session.partnerName(), QStringLiteral("Banco Demo"));
        QVERIFY(next.session.permissions());
        QCOMPARE(next.session.permissions()->role, QStringLiteral("support"));
        QVERIFY(next.client.hasOperatorSession());
        QCOMPARE(next.session.state(), Session::State::SignedIn);
        QCOMPARE(next.session.operatorEmail(), kEmail);
        // The old token is single-use: the rotated one is remembered in its place.
        QTRY_COMPARE(next.rememberedToken(), next.server.liveRefresh);
        QVERIFY(next.rememberedToken() != f.rememberedToken());
        QCOMPARE(next.client.operatorTokens().refreshToken, next.server.liveRefresh);
    }

    void nothingRememberedSendsNothing() {
        SessionFixture f;
        QSignalSpy states(&f.session, &Session::stateChanged);
        QSignalSpy refused(&f.session, &Session::resumeRefused);
        QVERIFY(f.session.resume(f.target));
        QTest::qWait(50);
        QVERIFY(f.network.requests().isEmpty());
        QCOMPARE(states.count(), 0);
        QCOMPARE(refused.count(), 0);
        QCOMPARE(f.session.state(), Session::State::SignedOut);
    }

    void aRefusedResumeForgetsTheToken() {
        SessionFixture f;
        f.store->write(f.key(), QStringLiteral("used-or-revoked"), nullptr, [](const QString&) {});
        QSignalSpy refused(&f.session, &Session::resumeRefused);
        QSignalSpy signedIn(&f.session, &Session::signedIn);
        QSignalSpy expired(&f.session, &Session::expired);
        QVERIFY(f.session.resume(f.target));
        QVERIFY(refused.wait(3000));
        QCOMPARE(refused.at(0).at(0).toString(), api::errors::sentenceForCode(QStringLiteral("REFRESH_TOKEN_INVALID")));
        QCOMPARE(signedIn.count(), 0);
        QCOMPARE(expired.count(), 0); // nothing to lock: the sign-in form asks for the password
        QCOMPARE(f.session.state(), Session::State::SignedOut);
        QVERIFY(!f.client.hasOperatorSession());
        QTRY_VERIFY(f.remembered().isEmpty());
        // A password sign-in still works.
        QVERIFY(f.signedIn());
    }

    void unlockChecksThePasswordWithTheServer() {
        SessionFixture f;
        QVERIFY(f.signedIn());
        f.network.clearRequests();
        QSignalSpy failed(&f.session, &Session::unlockFailed);
        QSignalSpy unlocked(&f.session, &Session::unlocked);
        QVERIFY(f.session.unlock(QStringLiteral("wrong")));
        QVERIFY(f.session.isUnlocking());
        QVERIFY(!f.session.unlock(kPassword)); // one check at a time
        QVERIFY(failed.wait(3000));
        QCOMPARE(failed.at(0).at(0).toString(), api::errors::sentenceForCode(QStringLiteral("INVALID_CREDENTIALS")));
        QCOMPARE(unlocked.count(), 0);
        QCOMPARE(f.session.state(), Session::State::SignedIn);
        QVERIFY(!f.session.isUnlocking());

        f.network.clearRequests();
        QVERIFY(f.session.unlock(kPassword));
        QVERIFY(unlocked.wait(3000));
        QCOMPARE(f.paths(), QStringList({QStringLiteral("/app/auth/login"), QStringLiteral("/app/users/login"),
                                         QStringLiteral("/app/users/3/partners/7/permissions")}));
        QCOMPARE(f.session.state(), Session::State::SignedIn);
        QCOMPARE(f.client.operatorTokens().refreshToken, f.server.liveRefresh);
        QTRY_COMPARE(f.rememberedToken(), f.server.liveRefresh); // the new login's token replaces the old one
    }

    void aSessionThatCannotBeRenewedForgetsTheTokenAndLocks() {
        SessionFixture f;
        QVERIFY(f.signedIn());
        QVERIFY(!f.remembered().isEmpty());
        QSignalSpy expired(&f.session, &Session::expired);
        f.server.refuseRefresh = true; // e.g. revoked on the server
        f.server.expiredReads = 1;
        QVERIFY(f.read());
        QTRY_COMPARE(expired.count(), 1);
        QCOMPARE(f.session.state(), Session::State::Expired);
        QTRY_VERIFY(f.remembered().isEmpty());
        // The password continues the same session.
        f.server.refuseRefresh = false;
        QSignalSpy unlocked(&f.session, &Session::unlocked);
        QVERIFY(f.session.unlock(kPassword));
        QVERIFY(unlocked.wait(3000));
        QCOMPARE(f.session.state(), Session::State::SignedIn);
        QTRY_COMPARE(f.rememberedToken(), f.server.liveRefresh);
    }

    void aRotatedRefreshTokenIsWrittenToTheStore() {
        SessionFixture f;
        QVERIFY(f.signedIn());
        const QString first = f.remembered();
        f.server.expiredReads = 1; // the access token ran out: the client refreshes and replays the read
        QVERIFY(f.read());
        QVERIFY(f.paths().contains(QStringLiteral("/app/users/refresh")));
        QVERIFY(f.server.liveRefresh != first);
        QTRY_COMPARE(f.rememberedToken(), f.server.liveRefresh);
        QCOMPARE(f.session.state(), Session::State::SignedIn);
    }

    void aKeyringThatCannotKeepTheTokenSaysSo() {
        SessionFixture f;
        f.session.setTokenStore(std::make_unique<RefusingTokenStore>());
        QSignalSpy notice(&f.session, &Session::notice);
        QVERIFY(f.signedIn());
        QTRY_COMPARE(notice.count(), 1);
        QVERIFY(notice.at(0).at(0).toString().contains(u"keyring"));
    }

    void signOutForgetsTokensAndTheRememberedOne() {
        SessionFixture f;
        QVERIFY(f.signedIn());
        QVERIFY(!f.remembered().isEmpty());
        const api::TokenPair held = f.client.operatorTokens();
        QSignalSpy signedOut(&f.session, &Session::signedOut);
        f.network.clearRequests();
        f.session.signOut();
        // The server is told too (a copied refresh token dies with the session), with the tokens of that session
        // although the client forgets them at once.
        QTRY_COMPARE(f.network.countRequests(QStringLiteral("/app/users/logout")), 1);
        const FakeRequest logout = f.network.requests().constFirst();
        QCOMPARE(logout.verb, QByteArray("POST"));
        QVERIFY(logout.body.contains(held.refreshToken.toUtf8()));
        QCOMPARE(logout.header("x-user-token"), "Bearer " + held.accessToken.toUtf8());
        QCOMPARE(signedOut.count(), 1);
        QCOMPARE(f.session.state(), Session::State::SignedOut);
        QVERIFY(!f.client.hasOperatorSession());
        QVERIFY(f.client.operatorTokens().refreshToken.isEmpty());
        QVERIFY(f.client.appTokens().accessToken.isEmpty());
        QVERIFY(f.session.operatorName().isEmpty());
        QVERIFY(f.remembered().isEmpty());
        QVERIFY(!f.session.unlock(kPassword)); // nothing to unlock any more
    }

    void anEntryOfAnOlderVersionStillContinuesTheSession() {
        SessionFixture f;
        QVERIFY(f.signedIn());
        const QString bareToken = f.rememberedToken();
        SessionFixture next;
        next.server = f.server;
        next.store->write(next.key(), bareToken, nullptr, [](const QString&) {});
        QSignalSpy signedIn(&next.session, &Session::signedIn);
        QVERIFY(next.session.resume(next.target));
        QVERIFY(signedIn.wait(3000));
        QVERIFY(!next.session.permissions()); // no operator id: nothing is disabled, the server decides
        QTRY_COMPARE(next.rememberedToken(), next.server.liveRefresh);
    }

    void aLockedSessionIsNotRememberedUntilThePasswordIsTyped() {
        SessionFixture f;
        QVERIFY(f.signedIn());
        QVERIFY(!f.rememberedToken().isEmpty());
        f.session.lock();
        QVERIFY(f.session.isLocked());
        QTRY_VERIFY(f.remembered().isEmpty()); // a restart now asks for the password
        // A running download refreshes the token while locked: the rotated one is not written either.
        f.server.expiredReads = 1;
        QVERIFY(f.read());
        QVERIFY(f.paths().contains(QStringLiteral("/app/users/refresh")));
        QTest::qWait(50);
        QVERIFY(f.remembered().isEmpty());
        QVERIFY(!f.session.switchPartner(8)); // nothing changes behind the lock screen

        QSignalSpy failed(&f.session, &Session::unlockFailed);
        QVERIFY(f.session.unlock(QStringLiteral("wrong")));
        QVERIFY(failed.wait(3000));
        QVERIFY(f.session.isLocked());
        QVERIFY(f.remembered().isEmpty());
        QSignalSpy unlocked(&f.session, &Session::unlocked);
        QVERIFY(f.session.unlock(kPassword));
        QVERIFY(unlocked.wait(3000));
        QVERIFY(!f.session.isLocked());
        QTRY_COMPARE(f.rememberedToken(), f.server.liveRefresh);
    }

    void switchingPartnerReadsItsPermissionsAndNamesItInEveryPath() {
        SessionFixture f;
        QVERIFY(f.signedIn());
        QCOMPARE(f.session.partners().size(), 2);
        const core::OperationContext context = f.session.operationContext();
        QCOMPARE(context.permissions()->role, QStringLiteral("support"));
        QVERIFY(!f.session.switchPartner(9)); // not one of the operator's partners
        QCOMPARE(f.client.config().partnerId, 7);

        QSignalSpy switched(&f.session, &Session::partnerSwitched);
        f.network.clearRequests();
        QVERIFY(f.session.switchPartner(8));
        QVERIFY(switched.wait(3000));
        QCOMPARE(switched.at(0).at(0).toLongLong(), 8);
        QCOMPARE(f.paths(), QStringList{QStringLiteral("/app/users/3/partners/8/permissions")});
        QCOMPARE(f.session.partnerId(), 8);
        QCOMPARE(f.session.partnerName(), QStringLiteral("Coop Ocho"));
        QCOMPARE(context.permissions()->role, QStringLiteral("agent")); // views keep their context
        QVERIFY(context.permissions()->holds(u"cards-admin", u"block"));
        f.network.clearRequests();
        QVERIFY(f.read());
        QVERIFY2(f.paths().constFirst().startsWith(u"/app/partners/8/"), qPrintable(f.paths().constFirst()));
        QVERIFY(f.client.hasOperatorSession()); // no new sign-in
    }

    void stepUpWindowsEndAtLockPartnerSwitchAndSignOut() {
        SessionFixture f;
        QVERIFY(f.signedIn());
        core::StepUpWindows* windows = f.session.stepUpWindows();
        QCOMPARE(f.session.operationContext().stepUpWindows, windows); // every operation shares the session's
        const auto openOne = [windows] { windows->open(api::OtpPurpose::CardAction, std::chrono::minutes(5)); };
        openOne();
        QVERIFY(windows->isOpen(api::OtpPurpose::CardAction));
        QVERIFY(f.session.switchPartner(8));
        QVERIFY(!windows->isOpen(api::OtpPurpose::CardAction)); // a code again for the new partner's work
        QSignalSpy switched(&f.session, &Session::partnerSwitched);
        QVERIFY(switched.wait(3000));
        openOne();
        f.session.lock();
        QVERIFY(!windows->isOpen(api::OtpPurpose::CardAction)); // whoever unlocks types a code again
        QSignalSpy unlocked(&f.session, &Session::unlocked);
        QVERIFY(f.session.unlock(kPassword));
        QVERIFY(unlocked.wait(3000));
        openOne();
        f.session.signOut();
        QVERIFY(!windows->isOpen(api::OtpPurpose::CardAction));
    }

    void fundsMovedReadsThePartnersBalanceAgain() {
        SessionFixture f;
        QVERIFY(f.signedIn());
        core::PartnerBalance* balance = f.session.partnerBalance();
        QVERIFY(!balance->balance());
        QSignalSpy changed(balance, &core::PartnerBalance::changed);
        f.network.clearRequests();
        f.session.cardStore()->noteFundsMoved();
        f.session.cardStore()->noteFundsMoved(); // one read answers both
        QTRY_VERIFY(balance->balance().has_value());
        QCOMPARE(f.network.countRequests(QStringLiteral("/app/partners/7/balance")), 1);
        QCOMPARE(balance->balance()->available, api::Money::parse(QStringLiteral("2500000.1234")).value());
        QVERIFY(balance->readAt().isValid());
        QVERIFY(balance->problem().isEmpty());

        // Another partner: its balance, never the previous one.
        QSignalSpy switched(&f.session, &Session::partnerSwitched);
        QVERIFY(f.session.switchPartner(8));
        QVERIFY(!balance->balance()); // forgotten at once
        QVERIFY(switched.wait(3000));
        balance->refresh();
        QTRY_VERIFY(balance->balance().has_value());
        QCOMPARE(balance->balance()->clientId, 8);
        f.session.signOut();
        QVERIFY(!balance->balance());
    }

    void noPasswordOrTokenInAnyLogMessage() {
        capturedLog().clear();
        SessionFixture f;
        QVERIFY(f.session.signIn(f.target, QStringLiteral("wrong-pa55word")));
        QSignalSpy failed(&f.session, &Session::signInFailed);
        QVERIFY(failed.wait(3000));
        QVERIFY(f.signedIn());
        f.server.expiredReads = 1;
        QVERIFY(f.read()); // a silent refresh
        QSignalSpy unlocked(&f.session, &Session::unlocked);
        QVERIFY(f.session.unlock(kPassword));
        QVERIFY(unlocked.wait(3000));
        const QString remembered = f.remembered();
        // Resume in a second session, then sign out.
        SessionFixture next;
        next.server = f.server;
        next.store->write(next.key(), remembered, nullptr, [](const QString&) {});
        QSignalSpy resumed(&next.session, &Session::signedIn);
        QVERIFY(next.session.resume(next.target));
        QVERIFY(resumed.wait(3000));
        next.session.signOut();

        const QString log = capturedLog().join(u'\n');
        QVERIFY2(log.contains(u"migo.session"), qPrintable(log.left(600))); // the session's steps were captured
        QStringList secrets = f.server.secrets + next.server.secrets;
        secrets << kPassword << QStringLiteral("wrong-pa55word");
        QVERIFY(secrets.size() >= 10);
        for (const QString& secret : std::as_const(secrets))
            QVERIFY2(!log.contains(secret), qPrintable(u"logged: " + secret.left(4) + u"…"));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
