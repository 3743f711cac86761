// Funding requests in the real app (issue 17): the agent asks for a top-up with a PDF and sees it pending, with the
// decisions that are not theirs to take disabled; another operator (lead@, in the app) approves it after a
// confirmation, and the status bar's partner balance follows to the server's new value. Against a real sandbox.
#include "AppUnderTest.h"
#include "E2eHarness.h"
#include "Format.h"
#include "FundingRequestsDialog.h"
#include "MainWindow.h"
#include "NewFundingRequestDialog.h"
#include "WidgetLookup.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace migo;
using e2e::byName;
using e2e::labelText;

namespace {

constexpr int kLimitMs = 20000;
const QString kAgent = QStringLiteral("agent@migo.test");
const QString kLead = QStringLiteral("lead@migo.test");

/// Answers the next modal message box with Yes, as the agent would.
void answerYesToTheNextQuestion() {
    QTimer::singleShot(0, [] {
        if (!QTest::qWaitFor([] { return qobject_cast<QMessageBox*>(QApplication::activeModalWidget()); }, kLimitMs))
            return;
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        box->button(QMessageBox::Yes)->click();
    });
}

} // namespace

class TestGuiFundingRequests final : public QObject {
    Q_OBJECT

    e2e::E2eServer m_server;
    QTemporaryDir m_files;

    views::SignInProfile profile(const QString& email) const {
        views::SignInProfile p;
        p.environment = views::SignInProfile::Environment::Custom;
        p.customUrl = m_server.sandboxBaseUrl();
        p.merchant = m_server.ready().value(QStringLiteral("merchant")).toString();
        p.email = email;
        p.partnerId = 1;
        return p;
    }

    /// The app signed in as `email`, its list loaded.
    std::unique_ptr<e2e::AppUnderTest> signedIn(const QString& email) {
        auto app = std::make_unique<e2e::AppUnderTest>(profile(email), nullptr);
        app->start();
        app->typePasswordAndSignIn(m_server.passwordOf(email));
        return app->waitForList() ? std::move(app) : nullptr;
    }

    /// Opens Session › Funding requests… with its shortcut and waits for its list.
    static views::FundingRequestsDialog* openRequests(views::MainWindow* window) {
        window->activateWindow();
        QTest::keyClick(window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        views::FundingRequestsDialog* dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = window->findChild<views::FundingRequestsDialog*>()); }, kLimitMs))
            return nullptr;
        return QTest::qWaitFor([dialog] { return !dialog->requests().isEmpty(); }, kLimitMs) ? dialog : nullptr;
    }

    static int rowOf(views::FundingRequestsDialog* dialog, qint64 id) {
        for (int row = 0; row < dialog->requests().size(); ++row)
            if (dialog->requests().at(row).id == id)
                return row;
        return -1;
    }

    qint64 m_requestId = 0;

private Q_SLOTS:
    void initTestCase() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_files.isValid());
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo"), QStringLiteral("20")}, &error), qPrintable(error));
    }

    void agentAsksWithAPdfAndSeesItPending() {
        auto app = signedIn(kAgent);
        QVERIFY(app);
        views::FundingRequestsDialog* requests = openRequests(app->window());
        QVERIFY(requests);
        const qsizetype before = requests->requests().size();

        QTest::keyClick(requests, Qt::Key_N, Qt::ControlModifier);
        views::NewFundingRequestDialog* form = nullptr;
        QVERIFY(
            QTest::qWaitFor([&] { return (form = requests->findChild<views::NewFundingRequestDialog*>()); }, kLimitMs));
        QTest::keyClicks(byName<QLineEdit>(form, QStringLiteral("Amount")), QStringLiteral("2500.75"));
        const QString pdf = m_files.filePath(QStringLiteral("receipt.pdf"));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.7\n% a receipt for the GUI test\n");
        file.close();
        form->setEvidencePath(pdf);
        QTest::mouseClick(byName<QPushButton>(form, QStringLiteral("Send request")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(labelText(form, QStringLiteral("Request status")).contains(u"was sent"), kLimitMs);
        form->close();

        QTRY_COMPARE_WITH_TIMEOUT(requests->requests().size(), before + 1, kLimitMs);
        const api::ProcessRequest& newest = requests->requests().constFirst();
        m_requestId = newest.id;
        QCOMPARE(requests->table()->item(0, 2)->text(), QStringLiteral("Pending"));
        QCOMPARE(requests->table()->item(0, 1)->text(),
                 core::Format::money(*api::Money::parse(std::string_view("2500.75")), QStringLiteral("GTQ")));
        requests->table()->selectRow(0);
        // Four eyes: the maker may cancel, never approve or reject their own request.
        QVERIFY(!requests->approveButton()->isEnabled());
        QVERIFY(!requests->rejectButton()->isEnabled());
        QVERIFY(requests->cancelButton()->isEnabled());
        QVERIFY(!requests->approveButton()->toolTip().isEmpty());
    }

    void anotherOperatorApprovesAndTheBalanceFollows() {
        QVERIFY(m_requestId > 0);
        auto app = signedIn(kLead);
        QVERIFY(app);
        views::MainWindow* window = app->window();
        auto* balance = byName<QToolButton>(window, QStringLiteral("Partner balance"));
        e2e::E2eClient server(m_server);
        QString error;
        QVERIFY2(e2e::signIn(server, m_server, kLead, &error), qPrintable(error));
        const auto serverBalance = [&server]() -> QString {
            const auto read = e2e::sync(*server, &api::CmsClient::partnerBalance);
            return read.ok() ? core::Format::money(read.value().available, read.value().currency) : QString();
        };
        const QString opening = serverBalance();
        QTRY_VERIFY_WITH_TIMEOUT(balance->text().contains(opening), kLimitMs);

        views::FundingRequestsDialog* requests = openRequests(window);
        QVERIFY(requests);
        const int row = rowOf(requests, m_requestId);
        QVERIFY(row >= 0);
        requests->table()->selectRow(row);
        QVERIFY(!requests->cancelButton()->isEnabled()); // not lead@'s request
        QVERIFY(requests->approveButton()->isEnabled());
        answerYesToTheNextQuestion();
        QTest::mouseClick(requests->approveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(labelText(requests, QStringLiteral("Funding requests status")).contains(u"approved"),
                                 kLimitMs);
        // The status bar follows: read again by the app, equal to the server's new balance, 2,500.75 more.
        QTRY_VERIFY_WITH_TIMEOUT(!balance->text().contains(opening), kLimitMs);
        QVERIFY2(balance->text().contains(serverBalance()), qPrintable(balance->text() + u" / " + serverBalance()));
        QTRY_COMPARE_WITH_TIMEOUT(requests->table()->item(rowOf(requests, m_requestId), 2)->text(),
                                  QStringLiteral("Approved"), kLimitMs);
        QVERIFY(!requests->approveButton()->isEnabled()); // decided: nothing more to decide
        QVERIFY(!requests->rejectButton()->isEnabled());
    }
};

QTEST_MAIN(TestGuiFundingRequests)
#include "tst_gui_fundingrequests.moc"
