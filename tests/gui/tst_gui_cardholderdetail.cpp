// The cardholder detail view (issue 4) against a real migo-cms-sandbox: the plain detail POST for an operator
// without step-up, and the OTP dialog paths for one with it (right code, wrong then right, expired, cancel).
#include "CardholderDetailView.h"
#include "E2eHarness.h"
#include "OtpDialog.h"
#include "OtpSteps.h"
#include "WidgetLookup.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace migo;
using api::CmsClient;
using e2e::E2eClient;
using e2e::E2eServer;
using e2e::sync;
using views::CardholderDetailView;
using views::OtpDialog;

namespace {

using migo::e2e::byName;
using migo::e2e::codeField;
using migo::e2e::labelText;
using migo::e2e::visibleOtpDialog;
using migo::e2e::waitForOtpDialog;
using migo::e2e::wrongCode;

constexpr int kLimitMs = 20000;
const QString kAgent = QStringLiteral("agent@migo.test");
const QString kSupervisor = QStringLiteral("supervisor@migo.test");
const QString kOther = QStringLiteral("other@migo.test");
const QString kCancelled = QStringLiteral("No one-time password was entered. The profile was not opened.");

/// The --otp-log lines the sandbox wrote for `email` (one per issued code).
QList<QJsonObject> otpLog(const E2eServer& server, const QString& email) {
    QList<QJsonObject> lines;
    QFile log(server.temporaryPath(QStringLiteral("otp.jsonl")));
    if (!log.open(QIODevice::ReadOnly))
        return lines;
    while (!log.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(log.readLine()).object();
        if (line.value(QStringLiteral("email")).toString() == email)
            lines << line;
    }
    return lines;
}

/// The translated labels the profile must show for the wire values (seed 002 enums), written out independently.
QString expectedDocumentType(const QString& wire) {
    static const QHash<QString, QString> labels{{QStringLiteral("DPI"), QStringLiteral("DPI (Guatemalan ID)")},
                                                {QStringLiteral("NIT"), QStringLiteral("NIT (tax ID)")},
                                                {QStringLiteral("PASSPORT"), QStringLiteral("Passport")},
                                                {QStringLiteral("LEGAL_ID"), QStringLiteral("Legal ID")},
                                                {QStringLiteral("PERSONAL_ID"), QStringLiteral("Personal ID")},
                                                {QStringLiteral("RESIDENCE_ID"), QStringLiteral("Residence ID")}};
    return labels.value(wire, wire);
}

QString expectedMaritalStatus(const QString& wire) {
    static const QHash<QString, QString> labels{{QStringLiteral("soltero"), QStringLiteral("Single")},
                                                {QStringLiteral("casado"), QStringLiteral("Married")},
                                                {QStringLiteral("viudo"), QStringLiteral("Widowed")},
                                                {QStringLiteral("divorciado"), QStringLiteral("Divorced")},
                                                {QStringLiteral("separado"), QStringLiteral("Separated")}};
    return labels.value(wire, wire);
}

QString expectedGender(const QString& wire) {
    static const QHash<QString, QString> labels{{QStringLiteral("F"), QStringLiteral("Female")},
                                                {QStringLiteral("M"), QStringLiteral("Male")},
                                                {QStringLiteral("OTHER"), QStringLiteral("Other")}};
    return labels.value(wire, wire);
}

/// One view on a signed-in client, shown like the Cardholders page shows it.
struct Screen {
    E2eClient client;
    CardholderDetailView view;
    QSignalSpy loaded;
    QSignalSpy cleared;

    Screen(const E2eServer& server, const QString& email)
        : client(server)
        , view(core::OperationContext{.client = &client.client, .operatorEmail = email})
        , loaded(&view, &CardholderDetailView::cardholderLoaded)
        , cleared(&view, &CardholderDetailView::cardholderCleared) {
        view.resize(700, 600);
        view.show();
    }

    QString status() { return labelText(&view, QStringLiteral("Cardholder detail status")); }
    QPushButton* action(const QString& name) {
        QPushButton* button = byName<QPushButton>(&view, name);
        return button && button->isVisible() && button->isEnabled() ? button : nullptr;
    }
    bool waitForProfile() {
        return QTest::qWaitFor([this] { return view.cardholder().has_value(); }, kLimitMs);
    }
};

} // namespace

class TestGuiCardholderDetail : public QObject {
    Q_OBJECT

private:
    E2eServer m_server;
    api::Cardholder m_expected; ///< cardholder 1 as the detail says

    /// Nothing of cardholder 1 is on any label of the view (visible or not).
    void verifyNoCardholderData(CardholderDetailView& view) {
        const QList<QLabel*> labels = view.findChildren<QLabel*>();
        for (QLabel* label : labels) {
            for (const QString& secret : {m_expected.email, m_expected.documentNumber, m_expected.phoneNumber,
                                          m_expected.lastName, m_expected.address})
                QVERIFY2(!label->text().contains(secret), qPrintable(label->accessibleName() + u": " + label->text()));
        }
        QVERIFY(!view.cardholder());
        QVERIFY(!byName<QTabWidget>(&view, QStringLiteral("Cardholder sections"))->isVisible());
    }

    void verifyProfileOfCardholderOne(Screen& screen) {
        QCOMPARE(screen.view.cardholder()->id, 1);
        QCOMPARE(screen.view.cardholderId(), 1);
        QCOMPARE(screen.loaded.size(), 1);
        QCOMPARE(screen.loaded.constFirst().constFirst().value<api::Cardholder>().email, m_expected.email);
        QVERIFY(byName<QTabWidget>(&screen.view, QStringLiteral("Cardholder sections"))->isVisible());
        QCOMPARE(labelText(&screen.view, QStringLiteral("E-mail")), m_expected.email);
        QCOMPARE(labelText(&screen.view, QStringLiteral("Document number")), m_expected.documentNumber);
        QVERIFY(!visibleOtpDialog());
    }

private Q_SLOTS:
    void initTestCase() {
        qRegisterMetaType<api::Cardholder>();
        QString error;
        QVERIFY2(m_server.start({}, &error), qPrintable(error));
        E2eClient agent(m_server);
        QVERIFY2(e2e::signIn(agent, m_server, kAgent, &error), qPrintable(error));
        // List items carry the list columns only (contract §15): the whole profile comes from the detail, which the
        // agent reads without a code.
        const auto detail = sync(*agent, &CmsClient::cardholderDetail, qint64(1), QString());
        QVERIFY2(detail.ok(), e2e::describe(detail).constData());
        m_expected = detail.value();
        QVERIFY(!m_expected.email.isEmpty() && !m_expected.documentNumber.isEmpty());
        QVERIFY(m_expected.dateOfBirth.isValid() && m_expected.createdAt.isValid());
    }

    void agentSeesTheProfileWithoutOtp() {
        QString error;
        Screen screen(m_server, kAgent);
        QVERIFY2(e2e::signIn(screen.client, m_server, kAgent, &error), qPrintable(error));
        QCOMPARE(screen.status(), QStringLiteral("Open a cardholder to see their profile."));
        QCOMPARE(screen.view.cardholderId(), 0);

        screen.view.showCardholder(1, QStringLiteral("Listed Name"));
        QCOMPARE(screen.status(), QStringLiteral("Opening Listed Name…")); // the list's name while loading
        QVERIFY2(screen.waitForProfile(), qPrintable(screen.status()));
        verifyProfileOfCardholderOne(screen);
        QVERIFY(!visibleOtpDialog()); // the agent has no step-up
        QVERIFY(otpLog(m_server, kAgent).isEmpty());

        QWidget* v = &screen.view;
        const api::Cardholder& c = m_expected;
        QCOMPARE(labelText(v, QStringLiteral("Cardholder name")), c.name + u' ' + c.lastName);
        QCOMPARE(labelText(v, QStringLiteral("Cardholder id")), QStringLiteral("1"));
        QCOMPARE(labelText(v, QStringLiteral("Name")), c.name);
        QCOMPARE(labelText(v, QStringLiteral("Last name")), c.lastName);
        QCOMPARE(labelText(v, QStringLiteral("Phone number")), c.phoneNumber);
        QCOMPARE(labelText(v, QStringLiteral("Address")), c.address);
        QCOMPARE(labelText(v, QStringLiteral("Document type")), expectedDocumentType(c.documentType));
        QCOMPARE(labelText(v, QStringLiteral("Marital status")), expectedMaritalStatus(c.maritalStatus));
        QCOMPARE(labelText(v, QStringLiteral("Gender")), expectedGender(c.gender));
        QVERIFY2(labelText(v, QStringLiteral("Country of birth")).endsWith(u" (" + c.countryOfBirth + u')'),
                 qPrintable(labelText(v, QStringLiteral("Country of birth"))));
        if (c.countryOfBirth == u"GT")
            QCOMPARE(labelText(v, QStringLiteral("Country of birth")), QStringLiteral("Guatemala (GT)"));
        // en_US (set in main): month/day/four-digit year.
        QCOMPARE(labelText(v, QStringLiteral("Date of birth")), c.dateOfBirth.toString(u"M/d/yyyy"));
        // TZ is America/Guatemala (UTC-6, set in main): the creation time is shown in local time, not UTC, and the
        // zone is named (issue 14).
        const QDateTime local = c.createdAt.toOffsetFromUtc(-6 * 3600);
        const QString created = labelText(v, QStringLiteral("Created"));
        QVERIFY2(created.startsWith(local.toString(u"M/d/yyyy ")) &&
                     created.endsWith(local.toString(u"h:mm AP") + QStringLiteral(" CST")),
                 qPrintable(created + u" vs " + local.toString(Qt::ISODate)));

        // Values are selectable by keyboard, so Tab reaches them.
        QLabel* email = byName<QLabel>(v, QStringLiteral("E-mail"));
        QVERIFY(email->textInteractionFlags().testFlag(Qt::TextSelectableByKeyboard));
        QCOMPARE(email->textFormat(), Qt::PlainText);

        // Placeholders, not fake data, until the cards and associations issues land.
        QVERIFY(labelText(v, QStringLiteral("Cards not available yet")).startsWith(u"Not available yet: "));
        QVERIFY(labelText(v, QStringLiteral("Associations not available yet")).startsWith(u"Not available yet: "));

        // Ctrl+Shift+C copies the profile as text.
        QApplication::clipboard()->clear();
        v->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(v));
        email->setFocus();
        QTest::keyClick(email, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.contains(u"E-mail: " + c.email), qPrintable(copied));
        QVERIFY2(copied.contains(u"Document type: " + expectedDocumentType(c.documentType)), qPrintable(copied));
        QCOMPARE(copied.count(u'\n'), 12); // 13 fields

        // A later widget replaces the placeholder in its tab.
        auto* cards = new QLabel(QStringLiteral("real cards widget"));
        screen.view.setCardsWidget(cards);
        auto* tabs = byName<QTabWidget>(v, QStringLiteral("Cardholder sections"));
        QCOMPARE(tabs->widget(1), cards);
        QCOMPARE(tabs->tabText(1), QStringLiteral("Cards"));
        QVERIFY(!byName<QLabel>(v, QStringLiteral("Cards not available yet")));

        screen.view.clear();
        QCOMPARE(screen.cleared.size(), 1);
        QCOMPARE(screen.status(), QStringLiteral("Open a cardholder to see their profile."));
        QCOMPARE(screen.view.cardholderId(), 0);
        verifyNoCardholderData(screen.view);
    }

    void supervisorRightCode() {
        QString error;
        Screen screen(m_server, kSupervisor);
        QVERIFY2(e2e::signIn(screen.client, m_server, kSupervisor, &error), qPrintable(error));
        const qsizetype codesBefore = otpLog(m_server, kSupervisor).size();

        screen.view.showCardholder(1);
        OtpDialog* dialog = waitForOtpDialog(kLimitMs, u"s***@migo.test");
        QVERIFY(dialog);
        QCOMPARE(screen.status(), QStringLiteral("Waiting for the one-time password…"));
        QVERIFY(!screen.view.cardholder());
        QVERIFY(labelText(dialog, QStringLiteral("Code validity")).startsWith(u"The code is valid for "));
        const QPointer<OtpDialog> watched(dialog);

        QTest::keyClicks(codeField(dialog), m_server.lastOtp(kSupervisor)); // the sixth digit submits
        QVERIFY2(screen.waitForProfile(), qPrintable(screen.status()));
        verifyProfileOfCardholderOne(screen);
        QCOMPARE(otpLog(m_server, kSupervisor).size(), codesBefore + 1);             // exactly one OTP request
        QVERIFY(QTest::qWaitFor([&watched] { return watched.isNull(); }, kLimitMs)); // the code's dialog is gone
    }

    void supervisorWrongThenRightCode() {
        QString error;
        Screen screen(m_server, kSupervisor);
        QVERIFY2(e2e::signIn(screen.client, m_server, kSupervisor, &error), qPrintable(error));
        const qsizetype codesBefore = otpLog(m_server, kSupervisor).size();

        screen.view.showCardholder(1);
        OtpDialog* dialog = waitForOtpDialog(kLimitMs, u"s***@migo.test");
        QVERIFY(dialog);
        const QString code = m_server.lastOtp(kSupervisor);
        QTest::keyClicks(codeField(dialog), wrongCode(code));
        QVERIFY(QTest::qWaitFor(
            [dialog] {
                return labelText(dialog, QStringLiteral("One-time password status")) ==
                       QStringLiteral("The code is not correct. 4 attempt(s) left.");
            },
            kLimitMs));
        QVERIFY(dialog->isVisible());
        QVERIFY(!screen.view.cardholder());
        QVERIFY(QTest::qWaitFor([dialog] { return codeField(dialog)->isEnabled(); }, kLimitMs));
        QVERIFY(codeField(dialog)->text().isEmpty());

        QTest::keyClicks(codeField(dialog), code);
        QVERIFY2(screen.waitForProfile(), qPrintable(screen.status()));
        verifyProfileOfCardholderOne(screen);
        QCOMPARE(otpLog(m_server, kSupervisor).size(), codesBefore + 1);
    }

    void supervisorExpiredCodeThenNewCode() {
        E2eServer server;
        QString error;
        QVERIFY2(server.start({QStringLiteral("--otp-ttl"), QStringLiteral("3")}, &error), qPrintable(error));
        Screen screen(server, kSupervisor);
        QVERIFY2(e2e::signIn(screen.client, server, kSupervisor, &error), qPrintable(error));

        screen.view.showCardholder(1);
        OtpDialog* dialog = waitForOtpDialog(kLimitMs, u"s***@migo.test");
        QVERIFY(dialog);
        const QList<QJsonObject> issued = otpLog(server, kSupervisor);
        QCOMPARE(issued.size(), 1);
        const QDateTime expiresAt =
            QDateTime::fromString(issued.constLast().value(QStringLiteral("expiresAt")).toString(), Qt::ISODate);
        QVERIFY(expiresAt.isValid());
        // The dialog counts down to "expired"; the sandbox compares whole seconds, so also wait until it agrees.
        QVERIFY(QTest::qWaitFor(
            [dialog, expiresAt] {
                return labelText(dialog, QStringLiteral("Code validity")) ==
                           QStringLiteral("The code has expired. Send a new one.") &&
                       QDateTime::currentDateTimeUtc() > expiresAt.addSecs(1);
            },
            kLimitMs));

        QTest::keyClicks(codeField(dialog), server.lastOtp(kSupervisor));
        QVERIFY(QTest::qWaitFor(
            [dialog] {
                return labelText(dialog, QStringLiteral("One-time password status")) ==
                       api::errors::sentenceForCode(QStringLiteral("OTP_EXPIRED"));
            },
            kLimitMs));
        QVERIFY(!screen.view.cardholder());

        QPushButton* resend = byName<QPushButton>(dialog, QStringLiteral("Send a new code"));
        QVERIFY(QTest::qWaitFor([resend] { return resend->isEnabled(); }, kLimitMs));
        QTest::mouseClick(resend, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [&server, dialog] { return otpLog(server, kSupervisor).size() == 2 && codeField(dialog)->isEnabled(); },
            kLimitMs));
        QTest::keyClicks(codeField(dialog), server.lastOtp(kSupervisor));
        QVERIFY2(screen.waitForProfile(), qPrintable(screen.status()));
        verifyProfileOfCardholderOne(screen);
    }

    void supervisorCancelsThenOpensAgain() {
        QString error;
        Screen screen(m_server, kSupervisor);
        QVERIFY2(e2e::signIn(screen.client, m_server, kSupervisor, &error), qPrintable(error));
        const qsizetype codesBefore = otpLog(m_server, kSupervisor).size();

        screen.view.showCardholder(1, m_expected.name + u' ' + m_expected.lastName);
        OtpDialog* dialog = waitForOtpDialog(kLimitMs, u"s***@migo.test");
        QVERIFY(dialog);
        QTest::keyClicks(codeField(dialog), m_server.lastOtp(kSupervisor).left(2));
        QTest::keyClick(dialog, Qt::Key_Escape);

        QVERIFY(QTest::qWaitFor([&screen] { return screen.status() == kCancelled; }, kLimitMs));
        QVERIFY(!visibleOtpDialog());
        QVERIFY(screen.action(QStringLiteral("Open again")));
        QCOMPARE(screen.loaded.size(), 0);
        QCOMPARE(screen.view.cardholderId(), 1);
        verifyNoCardholderData(screen.view);
        for (QLabel* label : screen.view.findChildren<QLabel*>()) // not even the list's name
            QVERIFY2(!label->text().contains(m_expected.lastName), qPrintable(label->text()));

        // "Open again" starts over: a new step-up, a new code.
        QTest::mouseClick(screen.action(QStringLiteral("Open again")), Qt::LeftButton);
        dialog = waitForOtpDialog(kLimitMs, u"s***@migo.test");
        QVERIFY(dialog);
        QCOMPARE(otpLog(m_server, kSupervisor).size(), codesBefore + 2);
        QTest::keyClicks(codeField(dialog), m_server.lastOtp(kSupervisor));
        QVERIFY2(screen.waitForProfile(), qPrintable(screen.status()));
        verifyProfileOfCardholderOne(screen);
    }

    void anotherCardholderClosesTheOpenDialog() {
        QString error;
        Screen screen(m_server, kSupervisor);
        QVERIFY2(e2e::signIn(screen.client, m_server, kSupervisor, &error), qPrintable(error));

        screen.view.showCardholder(1);
        const QPointer<OtpDialog> first = waitForOtpDialog(kLimitMs, u"s***@migo.test");
        QVERIFY(first);
        screen.view.showCardholder(2);
        QVERIFY(QTest::qWaitFor([&first] { return first.isNull(); }, kLimitMs));
        OtpDialog* second = waitForOtpDialog(kLimitMs, u"s***@migo.test");
        QVERIFY(second);
        QTest::keyClicks(codeField(second), m_server.lastOtp(kSupervisor));
        QVERIFY2(screen.waitForProfile(), qPrintable(screen.status()));
        QCOMPARE(screen.view.cardholder()->id, 2);
        QCOMPARE(screen.loaded.size(), 1); // cardholder 1 never appeared
        QCOMPARE(screen.cleared.size(), 0);
    }

    void permissionErrorIsWorded() {
        QString error;
        Screen screen(m_server, kOther); // an operator of partner 2, asking about partner 1
        QVERIFY2(e2e::signIn(screen.client, m_server, kOther, &error), qPrintable(error));
        screen.view.showCardholder(1);
        const QString sentence = api::errors::sentenceForCode(QStringLiteral("FORBIDDEN"));
        QVERIFY(QTest::qWaitFor([&] { return screen.status() == sentence; }, kLimitMs));
        QVERIFY(!screen.action(QStringLiteral("Retry"))); // trying again cannot help
        QVERIFY(!visibleOtpDialog());
        verifyNoCardholderData(screen.view);
    }

    void networkErrorOffersRetry() {
        E2eServer server;
        QString error;
        QVERIFY2(server.start({}, &error), qPrintable(error));
        Screen screen(server, kAgent);
        QVERIFY2(e2e::signIn(screen.client, server, kAgent, &error), qPrintable(error));
        server.stop();

        screen.view.showCardholder(1);
        QVERIFY(QTest::qWaitFor([&] { return screen.action(QStringLiteral("Retry")) != nullptr; }, kLimitMs));
        QVERIFY(!screen.status().isEmpty());
        QVERIFY(!screen.status().startsWith(u"Opening"));
        QVERIFY(!screen.view.cardholder());

        QTest::mouseClick(screen.action(QStringLiteral("Retry")), Qt::LeftButton);
        QCOMPARE(screen.status(), QStringLiteral("Opening cardholder 1…")); // sent again, once
        QVERIFY(!screen.action(QStringLiteral("Retry")));
        QVERIFY(QTest::qWaitFor([&] { return screen.action(QStringLiteral("Retry")) != nullptr; }, kLimitMs));
    }
};

int main(int argc, char** argv) {
    // Local time differs from UTC here, so "created at in local time" is observable.
    qputenv("TZ", "America/Guatemala");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    TestGuiCardholderDetail test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_cardholderdetail.moc"
