// The OTP step-up dialog (ref §2.4, contract §5) against a fake server guarding a cardholder detail.
#include "../api/ClientFixture.h"
#include "OtpDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace migo;
using namespace migo::test;
using views::OtpDialog;

namespace {

/// A server whose cardholder detail needs the code "123456"; the first `wrongAnswers` attempts get `wrongCode`.
struct GuardedServer {
    int otpRequests = 0;
    int resendAfter = 30;
    QByteArray wrongCode = "OTP_INVALID";
    int wrongAnswers = 0;
    int attemptsLeft = 4;

    FakeResponse operator()(const FakeRequest& r) {
        if (r.url.path().endsWith(u"/app/users/auth/otp")) {
            ++otpRequests;
            return FakeResponse::ok(R"({"sentTo":"a***@migo.test","channel":"email","expiresIn":300,"resendAfter":)" +
                                    QByteArray::number(resendAfter) + "}");
        }
        if (!r.body.contains("\"otp\""))
            return FakeResponse::failure(403, "OTP_REQUIRED", "otp required");
        if (wrongAnswers > 0) {
            --wrongAnswers;
            FakeResponse wrong = FakeResponse::failure(403, wrongCode, "bad code");
            wrong.body = R"({"success":false,"data":{"attemptsLeft":)" + QByteArray::number(attemptsLeft) +
                         R"(},"errors":[{"code":")" + wrongCode + R"(","message":"bad code"}]})";
            return wrong;
        }
        if (!r.body.contains("\"otp\":\"123456\""))
            return FakeResponse::failure(403, "OTP_INVALID", "bad code");
        return FakeResponse::ok(cardholderJson);
    }
};

/// The dialog as the prompt of a step-up guarding cardholderDetail(5) that asks for the code first (as bulk does).
struct Fixture : core::OtpPrompter {
    ClientFixture f;
    GuardedServer server;
    std::optional<api::Cardholder> detail;
    std::unique_ptr<OtpDialog> dialog;
    core::StepUp stepUp{&f.client, this};

    Fixture() {
        f.network.setHandler([this](const FakeRequest& r) { return server(r); });
        stepUp.setOperatorEmail(QStringLiteral("agent@migo.test"));
        stepUp.run(
            api::OtpPurpose::CardholderDetail,
            [this](const QString& otp, QObject* context, const core::StepUp::AttemptDone& done) {
                return f.client.cardholderDetail(5, otp, context, [this, done](const api::Result<api::Cardholder>& r) {
                    if (r.ok())
                        detail = r.value();
                    done(r.ok() ? std::nullopt : std::optional<api::ApiError>(r.error()));
                });
            },
            core::StepUp::Start::CodeFirst);
    }
    void prompt(core::StepUp* guarded) override { dialog = std::make_unique<OtpDialog>(guarded); }
    QLineEdit* code() { return dialog->findChild<QLineEdit*>(); }
    QString label(const char* accessibleName) {
        const QList<QLabel*> labels = dialog->findChildren<QLabel*>();
        for (QLabel* l : labels)
            if (l->accessibleName() == QLatin1String(accessibleName))
                return l->text();
        return {};
    }
    QPushButton* resend() {
        const QList<QPushButton*> buttons = dialog->findChildren<QPushButton*>();
        for (QPushButton* b : buttons)
            if (b->accessibleName() == u"Send a new code")
                return b;
        return nullptr;
    }
    qsizetype detailRequests() const { return f.network.countRequests(QStringLiteral("/cardholders/5")); }
    void openAndWaitForCode() {
        dialog->show();
        QTRY_VERIFY(label("Where the code was sent").contains(u"a***@migo.test"));
        QTRY_VERIFY(code()->isEnabled());
    }
};

} // namespace

class TestOtpDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rightCodeSubmitsOnTheSixthDigit() {
        Fixture x;
        x.openAndWaitForCode();
        QCOMPARE(x.server.otpRequests, 1);
        const FakeRequest otpRequest = x.f.network.requests().constFirst();
        QCOMPARE(otpRequest.body, QByteArray(R"({"email":"agent@migo.test","purpose":"cardholder_detail"})"));
        QVERIFY(x.label("Code validity").contains(u"4:5") || x.label("Code validity").contains(u"5:00"));
        QTest::keyClicks(x.code(), QStringLiteral("12345"));
        QTest::qWait(20);
        QCOMPARE(x.detailRequests(), 0); // five digits are not enough
        QTest::keyClicks(x.code(), QStringLiteral("6"));
        QTRY_COMPARE(x.dialog->result(), int(QDialog::Accepted));
        QCOMPARE(x.detailRequests(), 1);
        QCOMPARE(x.f.network.requests().constLast().body, QByteArray(R"({"otp":"123456"})"));
        QCOMPARE(x.detail->email, QStringLiteral("maria@example.com"));
        QVERIFY(x.code()->text().isEmpty()); // the code does not stay in the dialog
    }

    void wrongCodeShowsAttemptsLeftThenRightCode() {
        Fixture x;
        x.server.wrongAnswers = 1;
        x.openAndWaitForCode();
        QTest::keyClicks(x.code(), QStringLiteral("111111"));
        QTRY_VERIFY(x.label("One-time password status").contains(u"4"));
        QVERIFY(x.dialog->isVisible());
        QCOMPARE(x.dialog->result(), int(QDialog::Rejected)); // not finished
        QTRY_VERIFY(x.code()->isEnabled());
        QVERIFY(x.code()->text().isEmpty());
        QTest::keyClicks(x.code(), QStringLiteral("123456"));
        QTRY_COMPARE(x.dialog->result(), int(QDialog::Accepted));
        QCOMPARE(x.detailRequests(), 2);
    }

    void pastedCodeWithSpacesIsAccepted() {
        Fixture x;
        x.openAndWaitForCode();
        x.code()->setFocus();
        x.code()->insert(QStringLiteral("123 456")); // as if pasted from the e-mail
        Q_EMIT x.code()->textEdited(x.code()->text());
        QTRY_COMPARE(x.dialog->result(), int(QDialog::Accepted));
        QCOMPARE(x.f.network.requests().constLast().body, QByteArray(R"({"otp":"123456"})"));
    }

    void expiredCodeOffersANewOne() {
        Fixture x;
        x.server.wrongAnswers = 1;
        x.server.wrongCode = "OTP_EXPIRED";
        x.openAndWaitForCode();
        QVERIFY(!x.resend()->isEnabled()); // cooldown of 30 s
        QTest::keyClicks(x.code(), QStringLiteral("123456"));
        QTRY_COMPARE(x.label("One-time password status"), api::errors::sentenceForCode(QStringLiteral("OTP_EXPIRED")));
        QTRY_VERIFY(x.resend()->isEnabled());
        QTest::mouseClick(x.resend(), Qt::LeftButton);
        QTRY_COMPARE(x.server.otpRequests, 2);
        QTRY_VERIFY(x.code()->isEnabled());
        QTest::keyClicks(x.code(), QStringLiteral("123456"));
        QTRY_COMPARE(x.dialog->result(), int(QDialog::Accepted));
    }

    void resendWaitsForTheCooldown() {
        Fixture x;
        x.server.resendAfter = 1;
        x.openAndWaitForCode();
        QVERIFY(!x.resend()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(x.resend()->isEnabled(), 3000);
        QTest::mouseClick(x.resend(), Qt::LeftButton);
        QTRY_COMPARE(x.server.otpRequests, 2);
    }

    void cancelSendsNothing() {
        Fixture x;
        x.openAndWaitForCode();
        QTest::keyClicks(x.code(), QStringLiteral("12"));
        QTest::keyClick(x.dialog.get(), Qt::Key_Escape);
        QCOMPARE(x.dialog->result(), int(QDialog::Rejected));
        QVERIFY(!x.dialog->finalError());
        QCOMPARE(x.detailRequests(), 0);
    }

    void anErrorNotAboutTheCodeEndsTheDialog() {
        Fixture x;
        x.f.network.setHandler([&x](const FakeRequest& r) {
            if (r.url.path().endsWith(u"/cardholders/5"))
                return FakeResponse::failure(403, "PERMISSION_DENIED", "cardholders:detail");
            return x.server(r);
        });
        x.openAndWaitForCode();
        QTest::keyClicks(x.code(), QStringLiteral("123456"));
        QTRY_VERIFY(!x.dialog->isVisible());
        QCOMPARE(x.dialog->result(), int(QDialog::Rejected));
        QVERIFY(x.dialog->finalError());
        QVERIFY(x.dialog->finalError()->hasCode(u"PERMISSION_DENIED"));
    }
};

QTEST_MAIN(TestOtpDialog)
#include "tst_otpdialog.moc"
