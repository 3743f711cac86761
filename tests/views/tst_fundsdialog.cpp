// The money dialogs (issue 5) against a fake network: a hung reply (outcome unknown, never a second send), closing
// while in flight, an answer without the card (the balance is read again), and step-up through the OTP dialog.
#include "../api/ClientFixture.h"
#include "FundsDialog.h"
#include "OtpDialog.h"
#include "TransferDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>

using namespace migo;
using namespace migo::test;
using views::FundsDialog;
using views::TransferDialog;

namespace {

const QString kAddPath = QStringLiteral("/cardholders/5/cards/funds/add");
const QString kWithdrawPath = QStringLiteral("/cardholders/5/cards/funds/withdraw");
const QString kTransferPath = QStringLiteral("/cardholders/5/cards/transfers");

/// Card 10 of cardholder 5, as in ClientFixture's cardJson (Q 150.25).
api::Card card10() {
    api::Card card;
    card.id = 10;
    card.maskedPan = QStringLiteral("411111******1234");
    card.alias = QStringLiteral("Principal");
    card.type = api::CardType::Physical;
    card.status = api::CardStatus::Active;
    card.balance = *api::Money::parse(std::string_view("150.25"));
    card.currency = QStringLiteral("GTQ");
    card.cardholderId = 5;
    return card;
}

api::Card card11() {
    api::Card card = card10();
    card.id = 11;
    card.maskedPan = QStringLiteral("411111******5678");
    card.alias = QStringLiteral("Ahorro");
    card.balance = *api::Money::parse(std::string_view("20"));
    return card;
}

template <typename T>
T* byName(QWidget* root, const QString& name) {
    const QList<T*> all = root->findChildren<T*>();
    for (T* widget : all)
        if (widget->accessibleName() == name && widget->isVisible())
            return widget;
    for (T* widget : all)
        if (widget->accessibleName() == name)
            return widget;
    return nullptr;
}

QString labelText(QWidget* root, const QString& name) {
    QLabel* label = byName<QLabel>(root, name);
    return label ? label->text() : QString();
}

void fillAndConfirm(QWidget* dialog, const QString& amount) {
    QTest::keyClicks(byName<QLineEdit>(dialog, QStringLiteral("Amount")), amount);
    QTest::mouseClick(byName<QPushButton>(dialog, QStringLiteral("Continue")), Qt::LeftButton);
    QTest::mouseClick(byName<QPushButton>(dialog, QStringLiteral("Confirm")), Qt::LeftButton);
}

} // namespace

class TestFundsDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void hungReplyShowsOutcomeUnknownAndSendsOnce() {
        ClientFixture f;
        f.setTimeout(std::chrono::milliseconds(300));
        f.network.setHandler([](const FakeRequest&) { return FakeResponse::hang(); });
        FundsDialog dialog({&f.client, nullptr, nullptr, QStringLiteral("agent@migo.test")}, card10(),
                           FundsDialog::Kind::Add);
        QSignalSpy movements(&dialog, &FundsDialog::movementsRequested);
        QSignalSpy changed(&dialog, &FundsDialog::cardChanged);
        dialog.show();
        fillAndConfirm(&dialog, QStringLiteral("20"));
        QTRY_COMPARE_WITH_TIMEOUT(labelText(&dialog, QStringLiteral("Outcome")), QStringLiteral("Outcome unknown"),
                                  20000);
        QCOMPARE(labelText(&dialog, QStringLiteral("Outcome details")),
                 QStringLiteral("Outcome unknown — the funds may or may not have moved. Check the card's movements "
                                "before trying again."));
        QCOMPARE(f.network.countRequests(kAddPath), 1);
        QCOMPARE(f.network.requests().constFirst().body, QByteArray(R"({"cardId":10,"amount":20})"));
        QVERIFY(changed.isEmpty());
        // No way to send again from here: no Back, no Confirm on screen.
        QVERIFY(!byName<QPushButton>(&dialog, QStringLiteral("Back to the form"))->isVisible());
        QVERIFY(!byName<QPushButton>(&dialog, QStringLiteral("Confirm"))->isVisible());
        // Absence check, not synchronisation: three more timeouts pass without a second request.
        QTest::qWait(900);
        QCOMPARE(f.network.countRequests(kAddPath), 1);

        QPushButton* check = byName<QPushButton>(&dialog, QStringLiteral("Check the movements"));
        QVERIFY(check->isVisible());
        QTest::mouseClick(check, Qt::LeftButton);
        QCOMPARE(movements.size(), 1);
        QCOMPARE(movements.at(0).at(0).toLongLong(), 10);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(f.network.requests().size(), 1);
    }

    void hungTransferPointsToTheSourceMovements() {
        ClientFixture f;
        f.setTimeout(std::chrono::milliseconds(300));
        f.network.setHandler([](const FakeRequest&) { return FakeResponse::hang(); });
        TransferDialog dialog({&f.client, nullptr, nullptr, QStringLiteral("agent@migo.test")}, 5, {card10(), card11()},
                              11);
        QSignalSpy movements(&dialog, &TransferDialog::movementsRequested);
        dialog.show();
        fillAndConfirm(&dialog, QStringLiteral("7.25"));
        QTRY_COMPARE_WITH_TIMEOUT(labelText(&dialog, QStringLiteral("Outcome")), QStringLiteral("Outcome unknown"),
                                  20000);
        QCOMPARE(f.network.countRequests(kTransferPath), 1);
        QCOMPARE(f.network.requests().constFirst().body,
                 QByteArray(R"({"fromCardId":11,"toCardId":10,"amount":7.25})"));
        QTest::mouseClick(byName<QPushButton>(&dialog, QStringLiteral("Check the movements")), Qt::LeftButton);
        QCOMPARE(movements.size(), 1);
        QCOMPARE(movements.at(0).at(0).toLongLong(), 11);
    }

    void closingWhileSendingCancelsTheRequest() {
        ClientFixture f;
        f.network.setHandler([](const FakeRequest&) { return FakeResponse::hang(); });
        QObject watcher;
        std::optional<QNetworkReply::NetworkError> ended;
        connect(&f.network, &FakeNetworkAccessManager::replyCreated, &watcher, [&](FakeReply* reply) {
            connect(reply, &QNetworkReply::finished, &watcher, [&ended, reply] { ended = reply->error(); });
        });
        FundsDialog dialog({&f.client, nullptr, nullptr, QStringLiteral("agent@migo.test")}, card10(),
                           FundsDialog::Kind::Withdraw);
        dialog.show();
        fillAndConfirm(&dialog, QStringLiteral("1"));
        QTRY_COMPARE(f.network.countRequests(kWithdrawPath), 1);
        QVERIFY(!ended);
        QVERIFY(!byName<QPushButton>(&dialog, QStringLiteral("Confirm"))->isEnabled()); // in flight
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(ended, std::optional(QNetworkReply::OperationCanceledError));
        QCOMPARE(f.network.requests().size(), 1);
    }

    void answerWithoutTheCardReadsTheBalanceAgain() {
        ClientFixture f;
        f.network.setHandler([](const FakeRequest& r) {
            if (r.url.path().endsWith(kWithdrawPath))
                return FakeResponse::ok("{\"movement\":" + movementJson + "}");
            if (r.url.path().endsWith(u"/cardholders/5/cards"))
                return FakeResponse::ok("[" + QByteArray(cardJson).replace("150.2500", "130.2500") + "]");
            return FakeResponse::failure(404, "7010");
        });
        FundsDialog dialog({&f.client, nullptr, nullptr, QStringLiteral("agent@migo.test")}, card10(),
                           FundsDialog::Kind::Withdraw);
        QSignalSpy changed(&dialog, &FundsDialog::cardChanged);
        dialog.show();
        QTest::keyClicks(byName<QLineEdit>(&dialog, QStringLiteral("Observations")), QStringLiteral("Retiro"));
        fillAndConfirm(&dialog, QStringLiteral("20"));
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<api::Card>().balance, *api::Money::parse(std::string_view("130.25")));
        QCOMPARE(labelText(&dialog, QStringLiteral("Outcome")), QStringLiteral("Done"));
        QVERIFY(labelText(&dialog, QStringLiteral("Outcome details")).contains(u"New balance: Q\u00a0130.25"));
        QCOMPARE(f.network.requests().constFirst().body,
                 QByteArray(R"({"cardId":10,"amount":20,"observations":"Retiro"})"));
        QCOMPARE(f.network.countRequests(kWithdrawPath), 1);
    }

    void stepUpResendsOnlyWithTheAgentsCode() {
        ClientFixture f;
        f.network.setHandler([](const FakeRequest& r) {
            if (r.url.path().endsWith(u"/app/users/auth/otp"))
                return FakeResponse::ok(
                    R"({"sentTo":"s***@migo.test","channel":"email","expiresIn":300,"resendAfter":30})");
            if (!r.body.contains("\"otp\""))
                return FakeResponse::failure(403, "OTP_REQUIRED", "otp required");
            return FakeResponse::ok("{\"movement\":" + movementJson + ",\"card\":" + cardJson + "}");
        });
        FundsDialog dialog({&f.client, nullptr, nullptr, QStringLiteral("supervisor@migo.test")}, card10(),
                           FundsDialog::Kind::Add);
        dialog.show();
        fillAndConfirm(&dialog, QStringLiteral("0.1"));
        views::OtpDialog* otp = nullptr;
        QTRY_VERIFY((otp = dialog.findChild<views::OtpDialog*>()) && otp->isVisible());
        QLineEdit* code = otp->findChild<QLineEdit*>();
        QTRY_VERIFY(code->isEnabled());
        QCOMPARE(f.network.requests().at(1).body,
                 QByteArray(R"({"email":"supervisor@migo.test","purpose":"funds_add"})"));
        QCOMPARE(f.network.countRequests(kAddPath), 1); // the refused first send only

        // Cancelling the OTP sends nothing more and allows a new, deliberate Confirm.
        QTest::keyClick(otp, Qt::Key_Escape);
        QTRY_VERIFY(labelText(&dialog, QStringLiteral("Sending status")).contains(u"nothing was done"));
        QCOMPARE(f.network.countRequests(kAddPath), 1);
        QPushButton* confirm = byName<QPushButton>(&dialog, QStringLiteral("Confirm"));
        QVERIFY(confirm->isEnabled());

        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_VERIFY((otp = dialog.findChild<views::OtpDialog*>()) && otp->isVisible());
        code = otp->findChild<QLineEdit*>();
        QTRY_VERIFY(code->isEnabled());
        QCOMPARE(f.network.countRequests(kAddPath), 2);
        QTest::keyClicks(code, QStringLiteral("123456"));
        QTRY_COMPARE(labelText(&dialog, QStringLiteral("Outcome")), QStringLiteral("Done"));
        QCOMPARE(f.network.countRequests(kAddPath), 3);
        QCOMPARE(f.network.requests().constLast().body, QByteArray(R"({"cardId":10,"amount":0.1,"otp":"123456"})"));
    }
};

QTEST_MAIN(TestFundsDialog)
#include "tst_fundsdialog.moc"
