// The sign-in dialog (ref §2.1-2.2): progress, one-sentence failures, and never two sign-ins at once.
#include "../api/ClientFixture.h"
#include "SignInDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace migo;
using namespace migo::test;
using views::SignInDialog;
using views::SignInProfile;

namespace {

FakeResponse signInServer(const FakeRequest& r) {
    const QString path = r.url.path();
    if (path.endsWith(u"/app/auth/login")) {
        if (!r.body.contains("\"merchant\":\"demo\""))
            return FakeResponse::failure(401, "MERCHANT_NOT_FOUND", "unknown merchant");
        return FakeResponse::ok(R"({"accessToken":"app","refreshToken":"app-r"})");
    }
    if (path.endsWith(u"/app/users/login")) {
        if (!r.body.contains("\"password\":\"right\""))
            return FakeResponse::failure(401, "INVALID_CREDENTIALS", "bad credentials");
        if (r.body.contains("lead@"))
            return FakeResponse::ok(R"({"id":4,"accessToken":"op","refreshToken":"op-r","email":"lead@migo.test",)"
                                    R"("name":"Lucía","partners":[{"partnerId":7,"name":"Banco Demo"},)"
                                    R"({"partnerId":8,"name":"Coop Ocho"}]})");
        return FakeResponse::ok(R"({"id":3,"accessToken":"op","refreshToken":"op-r","email":"agent@migo.test",)"
                                R"("name":"Agent Smith"})");
    }
    if (path.contains(u"/permissions"))
        return FakeResponse::ok(R"({"permissions":[]})");
    return FakeResponse::failure(404, "7010", "not found");
}

struct Form {
    core::Session session;
    SignInDialog dialog;
    explicit Form(api::CmsClient* client, const QString& merchant, const QString& password,
                  const QString& email = QStringLiteral("agent@migo.test"), qint64 partnerId = 7)
        : session(client)
        , dialog(&session) {
        SignInProfile profile;
        profile.environment = SignInProfile::Environment::Custom;
        profile.customUrl = QUrl(QStringLiteral("https://cms.test/cms/rest"));
        profile.merchant = merchant;
        profile.email = email;
        profile.partnerId = partnerId;
        dialog.setProfile(profile);
        dialog.setPassword(password);
        dialog.show();
    }
    QPushButton* signInButton() { return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok); }
    QString status() {
        const QList<QLabel*> labels = dialog.findChildren<QLabel*>();
        for (QLabel* label : labels)
            if (label->accessibleName() == u"Sign-in status")
                return label->text();
        return {};
    }
};

} // namespace

class TestSignInDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void signsInWithAppThenOperatorLogin() {
        ClientFixture f;
        f.client.setAppTokens({});
        f.client.setOperatorTokens({});
        f.network.setHandler(signInServer);
        Form form(&f.client, QStringLiteral("demo"), QStringLiteral("right"));
        QTest::mouseClick(form.signInButton(), Qt::LeftButton);
        QTRY_COMPARE(form.dialog.result(), int(QDialog::Accepted));
        QCOMPARE(form.dialog.session()->operatorName(), QStringLiteral("Agent Smith"));
        QCOMPARE(f.client.config().partnerId, qint64(7));
        QCOMPARE(f.client.config().baseUrl, QUrl(QStringLiteral("https://cms.test/cms/rest")));
        QVERIFY(f.client.hasOperatorSession());
        QCOMPARE(f.network.requests().size(), 3); // app login, operator login, the operator's permissions
        QVERIFY(f.network.requests().at(2).url.path().endsWith(u"/permissions"));
        // The password does not linger in the form once used.
        QLineEdit* passwordField = nullptr;
        const QList<QLineEdit*> fields = form.dialog.findChildren<QLineEdit*>();
        for (QLineEdit* field : fields)
            if (field->accessibleName() == u"Password")
                passwordField = field;
        QVERIFY(passwordField);
        QVERIFY(passwordField->text().isEmpty());
    }

    void theOperatorsPartnersAreChosenByName() {
        ClientFixture f;
        f.client.setAppTokens({});
        f.client.setOperatorTokens({});
        f.network.setHandler(signInServer);
        // Partner 9 as typed the first time: not one of the operator's, so the form asks for one of theirs.
        Form form(&f.client, QStringLiteral("demo"), QStringLiteral("right"), QStringLiteral("lead@migo.test"), 9);
        QComboBox* partner = nullptr;
        const QList<QComboBox*> combos = form.dialog.findChildren<QComboBox*>();
        for (QComboBox* combo : combos)
            if (combo->accessibleName() == u"Partner")
                partner = combo;
        QCOMPARE(partner->currentText(), QStringLiteral("9"));
        QTest::mouseClick(form.signInButton(), Qt::LeftButton);
        QTRY_VERIFY(form.status().contains(u"Choose one of your partners"));
        QCOMPARE(form.dialog.result(), 0); // not accepted: every list of partner 9 would be refused
        QCOMPARE(partner->count(), 2);
        QCOMPARE(partner->itemText(1), QStringLiteral("Coop Ocho (8)"));
        QCOMPARE(form.signInButton()->text(), QStringLiteral("&Continue"));
        partner->setCurrentIndex(1);
        f.network.clearRequests();
        QTest::mouseClick(form.signInButton(), Qt::LeftButton);
        QTRY_COMPARE(form.dialog.result(), int(QDialog::Accepted));
        QCOMPARE(f.client.config().partnerId, qint64(8));
        QCOMPARE(f.network.requests().size(), 1); // no second sign-in: the operator's permissions for partner 8
        QVERIFY(f.network.requests().at(0).url.path().endsWith(u"/users/4/partners/8/permissions"));
        // The next start lists them by name.
        const SignInProfile kept = form.dialog.profile();
        QCOMPARE(kept.partnerId, qint64(8));
        QCOMPARE(kept.knownPartners.size(), 2);
        QCOMPARE(kept.knownPartners.at(0).name, QStringLiteral("Banco Demo"));
    }

    void eachFailureIsOneClearSentence_data() {
        QTest::addColumn<QString>("merchant");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("networkError");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong password") << QStringLiteral("demo") << QStringLiteral("wrong") << 0
                                        << api::errors::sentenceForCode(QStringLiteral("INVALID_CREDENTIALS"));
        QTest::newRow("unknown merchant") << QStringLiteral("nobody") << QStringLiteral("right") << 0
                                          << api::errors::sentenceForCode(QStringLiteral("MERCHANT_NOT_FOUND"));
        QTest::newRow("server unreachable")
            << QStringLiteral("demo") << QStringLiteral("right") << int(QNetworkReply::ConnectionRefusedError)
            << api::errors::fromNetwork(QNetworkReply::ConnectionRefusedError, false, {}).userMessage;
        QTest::newRow("tls problem")
            << QStringLiteral("demo") << QStringLiteral("right") << int(QNetworkReply::SslHandshakeFailedError)
            << api::errors::fromNetwork(QNetworkReply::SslHandshakeFailedError, false, {}).userMessage;
    }
    void eachFailureIsOneClearSentence() {
        QFETCH(QString, merchant);
        QFETCH(QString, password);
        QFETCH(int, networkError);
        QFETCH(QString, expected);
        ClientFixture f;
        f.network.setHandler([networkError](const FakeRequest& r) {
            if (networkError)
                return FakeResponse::networkError(QNetworkReply::NetworkError(networkError));
            return signInServer(r);
        });
        Form form(&f.client, merchant, password);
        QTest::mouseClick(form.signInButton(), Qt::LeftButton);
        QTRY_COMPARE(form.status(), expected);
        QVERIFY(!expected.isEmpty());
        QVERIFY(form.dialog.isVisible());
        QVERIFY(form.signInButton()->isEnabled()); // the agent can correct and try again
    }

    void doubleClickSignsInOnce() {
        ClientFixture f;
        f.network.setHandler([](const FakeRequest&) { return FakeResponse::hang(); });
        Form form(&f.client, QStringLiteral("demo"), QStringLiteral("right"));
        QTest::mouseClick(form.signInButton(), Qt::LeftButton);
        QTest::mouseDClick(form.signInButton(), Qt::LeftButton);
        form.dialog.signIn(); // also a programmatic second attempt
        QTest::qWait(50);
        QCOMPARE(f.network.requests().size(), 1);
        QVERIFY(!form.signInButton()->isEnabled());
    }

    void missingFieldsAreNamedBeforeSending() {
        ClientFixture f;
        f.network.setHandler(signInServer);
        Form form(&f.client, QString(), QStringLiteral("right"));
        QTest::mouseClick(form.signInButton(), Qt::LeftButton);
        QVERIFY(form.status().contains(u"merchant"));
        QTest::qWait(20);
        QVERIFY(f.network.requests().isEmpty());
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
