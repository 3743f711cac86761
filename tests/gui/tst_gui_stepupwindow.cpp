// The step-up window (issue 14, contract §16) with the real money dialogs, the real OTP dialog and the status-bar
// countdown against a real migo-cms-sandbox, as supervisor@migo.test, who holds the otp actions: the client asks for
// the code before the first call (contract §14) — six times before this window. Codes are counted in the sandbox's
// --otp-log (one line per code sent). Demo facts (tests/e2e): cardholder 1 owns cards 1 and 2 (ACTIVE).
#include "E2eHarness.h"
#include "Format.h"
#include "FundsDialog.h"
#include "OtpSteps.h"
#include "StepUpCountdown.h"
#include "StepUpWindows.h"
#include "TransferDialog.h"
#include "WidgetLookup.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QWidget>

#include <memory>
#include <string_view>

using namespace migo;
using api::CmsClient;
using api::Money;
using e2e::byName;
using e2e::labelText;
using e2e::sync;
using views::FundsDialog;

namespace {

constexpr int kWaitMs = 20000;
const QString kSupervisor = QStringLiteral("supervisor@migo.test");

/// The supervisor signed in to one sandbox, with the permissions the app reads and the session's windows.
struct Supervisor {
    e2e::E2eServer server;
    std::unique_ptr<e2e::E2eClient> client;
    std::shared_ptr<core::OperatorAccess> access = std::make_shared<core::OperatorAccess>();
    core::StepUpWindows windows;

    /// Starts a sandbox whose step-up window is `windowSeconds` and signs in; false (with `error`) on failure.
    bool start(int windowSeconds, QString* error) {
        if (!server.start({QStringLiteral("--demo"), QStringLiteral("20"), QStringLiteral("--step-up-window"),
                           QString::number(windowSeconds)},
                          error))
            return false;
        client = std::make_unique<e2e::E2eClient>(server);
        api::OperatorSession session;
        if (!e2e::signIn(*client, server, kSupervisor, error, &session))
            return false;
        const auto permissions = sync(**client, &CmsClient::operatorPermissions, session.id);
        if (!permissions.ok() || !permissions.value().holds(QStringLiteral("cards-admin"), u"otp")) {
            *error = QStringLiteral("the supervisor's permissions: ") + QString::fromUtf8(e2e::describe(permissions));
            return false;
        }
        access->current = std::make_shared<const api::OperatorPermissions>(permissions.value());
        return true;
    }
    core::OperationContext context() {
        return core::OperationContext{&**client, nullptr, nullptr, kSupervisor, access, &windows};
    }
    std::optional<api::Card> card(qint64 cardId) {
        const auto cards = sync(**client, &CmsClient::listCardholderCards, qint64(1));
        if (cards.ok())
            for (const api::Card& c : cards.value())
                if (c.id == cardId)
                    return c;
        return std::nullopt;
    }
    QList<api::Card> cards() {
        const auto cards = sync(**client, &CmsClient::listCardholderCards, qint64(1));
        return cards.ok() ? cards.value() : QList<api::Card>();
    }
};

void fillAndContinue(QWidget* dialog, const QString& amount) {
    auto* edit = byName<QLineEdit>(dialog, QStringLiteral("Amount"));
    edit->clear();
    QTest::keyClicks(edit, amount);
    QTest::mouseClick(byName<QPushButton>(dialog, QStringLiteral("Continue")), Qt::LeftButton);
}

bool onConfirmPage(QWidget* dialog) {
    QPushButton* confirm = byName<QPushButton>(dialog, QStringLiteral("Confirm"));
    return confirm && confirm->isVisible();
}

/// Adds Q 1.00 to card 2 through a new FundsDialog, typing the code when the OTP dialog asks for one. Returns
/// whether the dialog asked; fails the test when the addition does not end Done.
bool addOneQuetzal(Supervisor& s, bool* asked) {
    *asked = false;
    const std::optional<api::Card> card = s.card(2);
    if (!card)
        return false;
    FundsDialog dialog(s.context(), *card, FundsDialog::Kind::Add);
    dialog.show();
    fillAndContinue(&dialog, QStringLiteral("1.00"));
    if (!onConfirmPage(&dialog))
        return false;
    QTest::mouseClick(byName<QPushButton>(&dialog, QStringLiteral("Confirm")), Qt::LeftButton);
    const auto finished = [&dialog] { return !labelText(&dialog, QStringLiteral("Outcome")).isEmpty(); };
    if (!QTest::qWaitFor([&] { return finished() || e2e::visibleOtpDialog(); }, kWaitMs))
        return false;
    if (!finished()) {
        *asked = true;
        views::OtpDialog* otp = e2e::waitForOtpDialog(kWaitMs);
        if (!otp || !QTest::qWaitFor([&s] { return !s.server.lastOtp(kSupervisor).isEmpty(); }, kWaitMs))
            return false;
        QTest::keyClicks(e2e::codeField(otp), s.server.lastOtp(kSupervisor)); // the sixth digit submits
    }
    const bool ended = QTest::qWaitFor(finished, kWaitMs);
    return ended && labelText(&dialog, QStringLiteral("Outcome")) == QStringLiteral("Done");
}

} // namespace

class TestGuiStepUpWindow final : public QObject {
    Q_OBJECT

private:
    Supervisor m_long; ///< a 300 s window, the default policy

private Q_SLOTS:
    void initTestCase() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QString error;
        QVERIFY2(m_long.start(300, &error), qPrintable(error));
    }

    void sixOperationsWithinTheWindowNeedOneCode() {
        QWidget statusBar; // where the main window puts it
        auto& countdown = *new views::StepUpCountdown(&m_long.windows, &statusBar);
        statusBar.show();
        QVERIFY(!countdown.isVisible()); // nothing verified yet
        const Money before = m_long.card(2)->balance;
        const int codes = m_long.server.otpCount(kSupervisor);
        int prompts = 0;
        for (int operation = 0; operation < 6; ++operation) {
            bool asked = false;
            QVERIFY2(addOneQuetzal(m_long, &asked), qPrintable(QStringLiteral("operation %1").arg(operation + 1)));
            prompts += asked ? 1 : 0;
        }
        QCOMPARE(prompts, 1);                                     // the first operation asked, the other five did not
        QCOMPARE(m_long.server.otpCount(kSupervisor), codes + 1); // one code sent in all
        QCOMPARE(m_long.card(2)->balance,
                 *Money::checkedAdd(before, *Money::parse(std::string_view("6.00")))); // each sent once
        // The status bar's countdown says what is open and for how long (the server's 300 s, less the way there).
        QVERIFY(countdown.isVisible());
        QVERIFY2(countdown.text().startsWith(QStringLiteral("Verified for adding funds · 4:")),
                 qPrintable(countdown.text()));
        QCOMPARE(countdown.accessibleName(), QStringLiteral("Verification"));
    }

    void aWithdrawalAboveTheBalanceAsksForNoCode() {
        const api::Card card = *m_long.card(2);
        const int codes = m_long.server.otpCount(kSupervisor);
        FundsDialog dialog(m_long.context(), card, FundsDialog::Kind::Withdraw);
        dialog.show();
        fillAndContinue(&dialog, Money::checkedAdd(card.balance, *Money::parse(std::string_view("0.01")))->toString());
        QVERIFY(!onConfirmPage(&dialog)); // stays at the form: nothing can be confirmed, so nothing is sent
        const QString problem = labelText(&dialog, QStringLiteral("Amount problem"));
        QVERIFY2(problem.contains(QStringLiteral("More than the card's balance, %1")
                                      .arg(core::Format::money(card.balance, card.currency))),
                 qPrintable(problem));
        QVERIFY(byName<QLabel>(&dialog, QStringLiteral("Amount problem"))->isVisible());
        QTest::qWait(300); // a code request would be on its way by now
        QVERIFY(!e2e::visibleOtpDialog());
        QCOMPARE(m_long.server.otpCount(kSupervisor), codes);
        QCOMPARE(m_long.card(2)->balance, card.balance);

        // The whole balance is allowed: the form moves on to the confirmation.
        fillAndContinue(&dialog, card.balance.toString());
        QVERIFY(onConfirmPage(&dialog));
    }

    void aTransferAboveTheBalanceAsksForNoCode() {
        const QList<api::Card> cards = m_long.cards();
        const api::Card from = *m_long.card(1);
        const int codes = m_long.server.otpCount(kSupervisor);
        views::TransferDialog dialog(m_long.context(), 1, cards, 1);
        dialog.show();
        fillAndContinue(&dialog, Money::checkedAdd(from.balance, *Money::parse(std::string_view("1")))->toString());
        QVERIFY(!onConfirmPage(&dialog));
        QVERIFY(labelText(&dialog, QStringLiteral("Amount problem")).startsWith(u"More than the card's balance"));
        QVERIFY(!e2e::visibleOtpDialog());
        QCOMPARE(m_long.server.otpCount(kSupervisor), codes);
    }

    void afterTheWindowACodeIsAskedAgain() {
        Supervisor quick; // a 6 s window: the client counts up to 4 s of it
        QString error;
        QVERIFY2(quick.start(6, &error), qPrintable(error));
        QWidget statusBar;
        auto& countdown = *new views::StepUpCountdown(&quick.windows, &statusBar);
        statusBar.show();
        bool asked = false;
        QVERIFY(addOneQuetzal(quick, &asked));
        QVERIFY(asked);
        QVERIFY(countdown.isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!countdown.isVisible(), kWaitMs); // the window ended: the countdown goes
        QVERIFY(addOneQuetzal(quick, &asked));
        QVERIFY(asked); // asked again, with a new code
        QCOMPARE(quick.server.otpCount(kSupervisor), 2);
    }
};

QTEST_MAIN(TestGuiStepUpWindow)
#include "tst_gui_stepupwindow.moc"
