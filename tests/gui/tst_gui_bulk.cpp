// Bulk block / unblock (issue 5) against a real migo-cms-sandbox: 500 selected cards with the right OTP, a wrong
// then right code, cancel at the OTP, per-card outcomes (already blocked, inactive, unknown ids), a pasted list with
// junk lines, a CSV import, batches sharing one code, a failed batch that does not hide the others, Stop between
// batches, row removal in the review, and the CSV export. The server's card states are checked after each action,
// and the bulk requests are counted on the client's network manager.
#include "BulkCardDialog.h"
#include "BulkResultModel.h"
#include "CardListModel.h"
#include "E2eHarness.h"
#include "OtpDialog.h"
#include "OtpSteps.h"
#include "WidgetLookup.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace migo;
using api::CardStatus;
using api::CmsClient;
using e2e::E2eClient;
using e2e::E2eServer;
using e2e::sync;
using models::BulkResultModel;
using models::CardListModel;
using views::BulkCardDialog;
using views::OtpDialog;
using Outcome = BulkResultModel::Outcome;

namespace {

using migo::e2e::byName;
using migo::e2e::codeField;
using migo::e2e::labelText;
using migo::e2e::visibleOtpDialog;
using migo::e2e::waitForOtpDialog;
using migo::e2e::wrongCode;

constexpr int kLimitMs = 20000;
const QString kSupervisor = QStringLiteral("supervisor@migo.test");
constexpr qint64 kUnknownBase = 900000000; // far above every sandbox card id

bool isShown(QWidget* root, const QString& accessibleName) {
    QWidget* widget = byName<QWidget>(root, accessibleName);
    return widget && widget->isVisible();
}

/// Counts every OtpDialog that is shown, the way an operator would count them.
class OtpDialogCounter final : public QObject {
public:
    int shown = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Show && qobject_cast<OtpDialog*>(watched))
            ++shown;
        return false;
    }
};

/// Counts the bulk block/unblock requests that got an answer (or failed) on `network`.
struct BulkRequestCounter {
    int count = 0;
    QObject context;
    explicit BulkRequestCounter(QNetworkAccessManager& network) {
        QObject::connect(&network, &QNetworkAccessManager::finished, &context, [this](QNetworkReply* reply) {
            const QString path = reply->request().url().path();
            if (path.endsWith(u"/cardholders/cards/block") || path.endsWith(u"/cardholders/cards/unblock"))
                ++count;
        });
    }
};

/// One dialog on the screen, with a model tester over its result model.
struct Screen {
    std::unique_ptr<BulkCardDialog> dialog;
    std::unique_ptr<QAbstractItemModelTester> tester;
    std::unique_ptr<QSignalSpy> finished;

    Screen(CmsClient* client, const CardListModel* known, api::BulkCardAction action, const QList<qint64>& ids)
        : dialog(std::make_unique<BulkCardDialog>(core::OperationContext{client, nullptr, nullptr, kSupervisor}, known,
                                                  action, ids)) {
        tester = std::make_unique<QAbstractItemModelTester>(dialog->resultModel(),
                                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        finished = std::make_unique<QSignalSpy>(dialog.get(), &BulkCardDialog::operationFinished);
        dialog->show();
    }

    BulkResultModel* model() const { return dialog->resultModel(); }
    QPushButton* button(const QString& name) const { return byName<QPushButton>(dialog.get(), name); }
    QString label(const QString& name) const { return labelText(dialog.get(), name); }
    bool resultsShown() const { return isShown(dialog.get(), QStringLiteral("Per-card results")); }
    bool reviewShown() const { return isShown(dialog.get(), QStringLiteral("Review summary")); }
    bool waitForResults() const {
        return QTest::qWaitFor([this] { return resultsShown(); }, 3 * kLimitMs);
    }
    /// The outcome of `cardId` in the result model.
    Outcome outcomeOf(qint64 cardId) const {
        const int row = model()->rowOfCard(cardId);
        return row < 0 ? Outcome::Pending : model()->entryAt(row).outcome;
    }
    QString codeOf(qint64 cardId) const {
        const int row = model()->rowOfCard(cardId);
        return row < 0 ? QStringLiteral("<no row>") : model()->entryAt(row).code;
    }
    int countOf(const QList<qint64>& ids, Outcome outcome) const {
        return int(std::count_if(ids.cbegin(), ids.cend(), [&](qint64 id) { return outcomeOf(id) == outcome; }));
    }
};

QList<qint64> unknownIds(int count, int offset) {
    QList<qint64> ids;
    for (int i = 0; i < count; ++i)
        ids << kUnknownBase + offset + i;
    return ids;
}

} // namespace

class TestGuiBulk : public QObject {
    Q_OBJECT

private:
    E2eServer m_server;
    std::unique_ptr<E2eClient> m_client;
    std::unique_ptr<CardListModel> m_known;
    std::unique_ptr<QAbstractItemModelTester> m_knownTester;
    OtpDialogCounter m_otpDialogs;
    QList<qint64> m_active;   ///< ACTIVE cards not used by a test yet
    QList<qint64> m_blocked;  ///< BLOCKED cards not used yet
    QList<qint64> m_inactive; ///< INACTIVE cards not used yet

    /// Takes `count` unused cards of `pool`.
    static QList<qint64> take(QList<qint64>& pool, int count) {
        const QList<qint64> taken = pool.mid(0, count);
        pool.remove(0, std::min<qsizetype>(count, pool.size()));
        return taken;
    }

    /// The status of every partner card, as the server says now.
    QHash<qint64, CardStatus> serverStatuses() {
        QHash<qint64, CardStatus> statuses;
        const auto cards = sync(**m_client, &CmsClient::listPartnerCards);
        if (!cards.ok()) {
            qWarning("listPartnerCards: %s", e2e::describe(cards).constData());
            return statuses;
        }
        for (const api::Card& card : cards.value())
            statuses.insert(card.id, card.status);
        return statuses;
    }

    static int countWithStatus(const QHash<qint64, CardStatus>& statuses, const QList<qint64>& ids, CardStatus status) {
        return int(std::count_if(ids.cbegin(), ids.cend(),
                                 [&](qint64 id) { return statuses.value(id, CardStatus::Unknown) == status; }));
    }

    void setMaxBulkCardIds(int max) {
        api::ClientConfig config = (*m_client)->config();
        config.maxBulkCardIds = max;
        (*m_client)->setConfig(config);
    }

    /// Clicks the confirm button and types the right code into the one OTP dialog.
    void confirmWithRightCode(Screen& screen) {
        QPushButton* confirm = screen.button(QStringLiteral("Confirm"));
        QVERIFY(confirm && confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        OtpDialog* otp = waitForOtpDialog(kLimitMs, u"s***@migo.test");
        QVERIFY(otp);
        const QString code = m_server.lastOtp(kSupervisor);
        QCOMPARE(code.size(), 6);
        QTest::keyClicks(codeField(otp), code);
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo-cards"), QStringLiteral("4000")}, &error), qPrintable(error));
        m_client = std::make_unique<E2eClient>(m_server);
        QVERIFY2(e2e::signIn(*m_client, m_server, kSupervisor, &error), qPrintable(error));
        qApp->installEventFilter(&m_otpDialogs);

        m_known = std::make_unique<CardListModel>(&m_client->client);
        m_knownTester = std::make_unique<QAbstractItemModelTester>(
            m_known.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(m_known.get(), &CardListModel::loaded);
        m_known->loadPartnerCards();
        QVERIFY(QTest::qWaitFor([&loaded] { return loaded.size() == 1; }, 3 * kLimitMs));
        for (const api::Card& card : m_known->cards()) {
            if (card.status == CardStatus::Active)
                m_active << card.id;
            else if (card.status == CardStatus::Blocked)
                m_blocked << card.id;
            else if (card.status == CardStatus::Inactive)
                m_inactive << card.id;
        }
        QVERIFY2(m_active.size() >= 1500, qPrintable(QString::number(m_active.size())));
        QVERIFY(m_blocked.size() >= 10 && m_inactive.size() >= 10);
    }

    void init() { setMaxBulkCardIds(1000); }

    void blockFiveHundredSelectedCards() {
        const QList<qint64> ids = take(m_active, 500);
        BulkRequestCounter requests(m_client->network);
        const int dialogsBefore = m_otpDialogs.shown;
        Screen screen(&m_client->client, m_known.get(), api::BulkCardAction::Block, ids);
        QVERIFY(screen.reviewShown());
        QCOMPARE(screen.label(QStringLiteral("Review summary")),
                 QStringLiteral("500 card(s) · 0 already blocked · 0 state not known"));
        QCOMPARE(screen.model()->rowCount(), 500);
        // The review shows what the card list knows: masked PAN and status.
        const api::Card first = *m_known->cardById(ids.first());
        QCOMPARE(screen.model()->index(0, BulkResultModel::MaskedPanColumn).data().toString(), first.maskedPan);
        QCOMPARE(screen.model()->index(0, BulkResultModel::StatusColumn).data().toString(), QStringLiteral("Active"));

        confirmWithRightCode(screen);
        QVERIFY(screen.waitForResults());
        QCOMPARE(screen.model()->count(Outcome::Done), 500);
        QCOMPARE(screen.countOf(ids, Outcome::Done), 500);
        QCOMPARE(screen.label(QStringLiteral("Result summary")),
                 QStringLiteral("500 blocked · 0 already blocked · 0 refused"));
        QCOMPARE(screen.finished->size(), 1);
        QCOMPARE(screen.finished->constFirst().constFirst().toInt(), 500);
        QCOMPARE(m_otpDialogs.shown - dialogsBefore, 1);
        QCOMPARE(requests.count, 1);
        QCOMPARE(countWithStatus(serverStatuses(), ids, CardStatus::Blocked), 500);
    }

    void wrongThenRightCode() {
        const QList<qint64> ids = take(m_active, 30);
        BulkRequestCounter requests(m_client->network);
        const int dialogsBefore = m_otpDialogs.shown;
        Screen screen(&m_client->client, m_known.get(), api::BulkCardAction::Block, ids);
        QTest::mouseClick(screen.button(QStringLiteral("Confirm")), Qt::LeftButton);
        OtpDialog* otp = waitForOtpDialog(kLimitMs, u"s***@migo.test");
        QVERIFY(otp);
        const QString code = m_server.lastOtp(kSupervisor);
        QTest::keyClicks(codeField(otp), wrongCode(code));
        QVERIFY(QTest::qWaitFor(
            [otp] { return labelText(otp, QStringLiteral("One-time password status")).contains(u"not correct"); },
            kLimitMs));
        QVERIFY(labelText(otp, QStringLiteral("One-time password status")).contains(u"4 attempt"));
        // The same dialog asks again; the refused attempt changed nothing and sent nothing else.
        QCOMPARE(visibleOtpDialog(), otp);
        QVERIFY(!screen.resultsShown());
        QCOMPARE(requests.count, 1);
        QCOMPARE(countWithStatus(serverStatuses(), ids, CardStatus::Active), 30);
        QVERIFY(QTest::qWaitFor([otp] { return codeField(otp)->isEnabled(); }, kLimitMs));
        QTest::keyClicks(codeField(otp), code);
        QVERIFY(screen.waitForResults());
        QCOMPARE(screen.model()->count(Outcome::Done), 30);
        QCOMPARE(m_otpDialogs.shown - dialogsBefore, 1);
        QCOMPARE(requests.count, 2);
        QCOMPARE(countWithStatus(serverStatuses(), ids, CardStatus::Blocked), 30);
    }

    void cancelAtOtpSendsNothingAndDoubleClickOpensOneDialog() {
        const QList<qint64> ids = take(m_active, 10);
        BulkRequestCounter requests(m_client->network);
        const int dialogsBefore = m_otpDialogs.shown;
        Screen screen(&m_client->client, m_known.get(), api::BulkCardAction::Block, ids);
        QPushButton* confirm = screen.button(QStringLiteral("Confirm"));
        QCOMPARE(confirm->text(), QStringLiteral("&Block 10 card(s)…"));
        QTest::mouseDClick(confirm, Qt::LeftButton);
        QTest::mouseClick(confirm, Qt::LeftButton);
        OtpDialog* otp = waitForOtpDialog(kLimitMs, u"s***@migo.test");
        QVERIFY(otp);
        QCOMPARE(m_otpDialogs.shown - dialogsBefore, 1);
        QPushButton* cancel = nullptr;
        for (QPushButton* button : otp->findChildren<QPushButton*>())
            if (button->text() == QStringLiteral("Cancel"))
                cancel = button;
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([] { return !visibleOtpDialog(); }, kLimitMs));
        QVERIFY(screen.reviewShown());
        QCOMPARE(screen.label(QStringLiteral("Review status")),
                 QStringLiteral("No one-time password was entered. Nothing was sent."));
        QVERIFY(confirm->isEnabled());
        QCOMPARE(screen.model()->count(Outcome::Pending), 10);
        QCOMPARE(screen.finished->size(), 0);
        QCOMPARE(requests.count, 0);
        QCOMPARE(countWithStatus(serverStatuses(), ids, CardStatus::Active), 10);
    }

    void perCardResultsAndCsvExport() {
        const QList<qint64> active = take(m_active, 3);
        const QList<qint64> blocked = take(m_blocked, 2);
        const QList<qint64> inactive = take(m_inactive, 1);
        const QList<qint64> unknown = unknownIds(2, 1);
        const QList<qint64> ids = active + blocked + inactive + unknown;
        Screen screen(&m_client->client, m_known.get(), api::BulkCardAction::Block, ids);
        QCOMPARE(
            screen.label(QStringLiteral("Review summary")),
            QStringLiteral("8 card(s) · 2 already blocked · 2 state not known · 1 inactive (the server will refuse "
                           "them)"));
        const int unknownRow = screen.model()->rowOfCard(unknown.first());
        QCOMPARE(screen.model()->index(unknownRow, BulkResultModel::StatusColumn).data().toString(),
                 QStringLiteral("state not known"));
        // The button counts what will change: the two already blocked are left as they are.
        QCOMPARE(screen.button(QStringLiteral("Confirm"))->text(), QStringLiteral("&Block 6 card(s)…"));
        QCOMPARE(screen.model()->headerData(BulkResultModel::StatusColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Status before"));

        confirmWithRightCode(screen);
        QVERIFY(screen.waitForResults());
        QCOMPARE(screen.countOf(active, Outcome::Done), 3);
        QCOMPARE(screen.countOf(blocked, Outcome::AlreadyInState), 2);
        QCOMPARE(screen.outcomeOf(inactive.first()), Outcome::Refused);
        QCOMPARE(screen.codeOf(inactive.first()), QStringLiteral("7213"));
        // Before and now, and the reason in words (the code stays in the tooltip and the CSV).
        const auto cell = [&screen](qint64 id, int column) {
            return screen.model()->index(screen.model()->rowOfCard(id), column).data().toString();
        };
        QCOMPARE(cell(active.first(), BulkResultModel::StatusColumn), QStringLiteral("Active"));
        QCOMPARE(cell(active.first(), BulkResultModel::StatusNowColumn), QStringLiteral("Blocked"));
        QCOMPARE(cell(blocked.first(), BulkResultModel::StatusNowColumn), QStringLiteral("Blocked"));
        QCOMPARE(cell(inactive.first(), BulkResultModel::StatusNowColumn), QStringLiteral("Inactive"));
        QCOMPARE(cell(inactive.first(), BulkResultModel::MessageColumn),
                 QStringLiteral("The card's current status does not allow this operation."));
        QVERIFY(!cell(inactive.first(), BulkResultModel::MessageColumn).contains(QStringLiteral("7213")));
        QCOMPARE(screen.countOf(unknown, Outcome::Refused), 2);
        QCOMPARE(screen.codeOf(unknown.first()), QStringLiteral("7200"));
        QCOMPARE(screen.label(QStringLiteral("Result summary")),
                 QStringLiteral("3 blocked · 2 already blocked · 3 refused"));
        QCOMPARE(screen.finished->constFirst().constFirst().toInt(), 3);
        const auto statuses = serverStatuses();
        QCOMPARE(countWithStatus(statuses, active, CardStatus::Blocked), 3);
        QCOMPARE(countWithStatus(statuses, inactive, CardStatus::Inactive), 1);

        const QString path = m_server.temporaryPath(QStringLiteral("bulk-results.csv"));
        QVERIFY(screen.dialog->exportResults(path));
        QVERIFY(screen.label(QStringLiteral("Export status")).startsWith(u"Exported to"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 byte-order mark for spreadsheet programs
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), 1 + 8 + 1); // header, rows, empty after the last line end
        QCOMPARE(lines.at(0), QStringLiteral("Card id,Card number,Cardholder,Status before,Outcome,Status now,Reason,"
                                             "Code,Server message"));
        const api::Card done = *m_known->cardById(active.first());
        QCOMPARE(
            lines.at(1),
            QStringLiteral("%1,%2,%3,Active,Blocked,Blocked,,,").arg(done.id).arg(done.maskedPan, done.cardholderName));
        const api::Card already = *m_known->cardById(blocked.first());
        QCOMPARE(lines.at(4), QStringLiteral("%1,%2,%3,Blocked,Already blocked,Blocked,,,")
                                  .arg(already.id)
                                  .arg(already.maskedPan, already.cardholderName));
        QVERIFY2(
            lines.at(6).startsWith(
                QStringLiteral("%1,%2,").arg(inactive.first()).arg(m_known->cardById(inactive.first())->maskedPan)),
            qPrintable(lines.at(6)));
        QVERIFY2(lines.at(6).contains(u",Inactive,Refused,Inactive,The card's current status does not allow this "
                                      u"operation.,7213,"),
                 qPrintable(lines.at(6)));
        QCOMPARE(lines.at(7),
                 QStringLiteral("%1,,,state not known,Refused,state not known,The card was not found.,7200,"
                                "Card not found in the system.")
                     .arg(unknown.first()));
        QVERIFY(lines.at(9).isEmpty());
    }

    void pastedListWithJunkAndUnknownIds() {
        const QList<qint64> active = take(m_active, 2);
        const qint64 unknown = kUnknownBase + 10;
        Screen screen(&m_client->client, m_known.get(), api::BulkCardAction::Block, {});
        auto* paste = byName<QPlainTextEdit>(screen.dialog.get(), QStringLiteral("Card ids"));
        QVERIFY(paste && paste->isVisible());
        paste->setFocus();
        paste->insertPlainText(
            QStringLiteral("id\n%1\n\nabc\n%2\n%3\n12x\n%1\n").arg(active.at(0)).arg(active.at(1)).arg(unknown));
        QPushButton* next = screen.button(QStringLiteral("Next"));
        QTest::mouseClick(next, Qt::LeftButton);
        // Junk is reported at the field with its line numbers; nothing moves on yet.
        const QString problems = screen.label(QStringLiteral("Card id problems"));
        QVERIFY2(problems.contains(u"Line 4: “abc”") && problems.contains(u"Line 7: “12x”"), qPrintable(problems));
        QVERIFY(isShown(screen.dialog.get(), QStringLiteral("Card id problems")));
        QVERIFY(!screen.reviewShown());
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY(screen.reviewShown());
        QCOMPARE(screen.label(QStringLiteral("Review summary")),
                 QStringLiteral("3 card(s) · 0 already blocked · 1 state not known"));
        const QString leftOut = screen.label(QStringLiteral("Lines left out"));
        QVERIFY2(leftOut.contains(u"Line 4") && leftOut.contains(u"Line 7") && leftOut.contains(u"1 repeated"),
                 qPrintable(leftOut));
        QCOMPARE(screen.model()->cardIds(), (QList<qint64>{active.at(0), active.at(1), unknown}));

        confirmWithRightCode(screen);
        QVERIFY(screen.waitForResults());
        QCOMPARE(screen.countOf(active, Outcome::Done), 2);
        QCOMPARE(screen.outcomeOf(unknown), Outcome::Refused);
        QCOMPARE(screen.codeOf(unknown), QStringLiteral("7200"));
        QCOMPARE(countWithStatus(serverStatuses(), active, CardStatus::Blocked), 2);
    }

    void importCsvFile() {
        const QList<qint64> active = take(m_active, 2);
        const QString path = m_server.temporaryPath(QStringLiteral("ids.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("name;card_id;alias\n\"Pérez; Ana\";%1;x\nfoo;bar;baz\nLuis;%2;y\n")
                       .arg(active.at(0))
                       .arg(active.at(1))
                       .toUtf8());
        file.close();
        Screen screen(&m_client->client, m_known.get(), api::BulkCardAction::Block, {});
        QVERIFY(screen.dialog->importFile(path));
        QVERIFY(byName<QPlainTextEdit>(screen.dialog.get(), QStringLiteral("Card ids"))
                    ->toPlainText()
                    .startsWith(u"name;card_id;alias"));
        QPushButton* next = screen.button(QStringLiteral("Next"));
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY2(screen.label(QStringLiteral("Card id problems")).contains(u"Line 3: “bar”"),
                 qPrintable(screen.label(QStringLiteral("Card id problems"))));
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY(screen.reviewShown());
        QCOMPARE(screen.model()->cardIds(), active);

        QVERIFY(!screen.dialog->importFile(m_server.temporaryPath(QStringLiteral("missing.csv"))));
    }

    void removeRowsInReview() {
        const QList<qint64> ids = take(m_active, 5);
        BulkRequestCounter requests(m_client->network);
        Screen screen(&m_client->client, m_known.get(), api::BulkCardAction::Block, ids);
        auto* table = byName<QTableView>(screen.dialog.get(), QStringLiteral("Cards to block"));
        QVERIFY(table);
        screen.dialog->activateWindow(); // the Delete shortcut works where the keyboard focus is
        QVERIFY(QTest::qWaitForWindowActive(screen.dialog.get()));
        table->setFocus();
        table->selectRow(1);
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(screen.model()->cardIds(), (QList<qint64>{ids.at(0), ids.at(2), ids.at(3), ids.at(4)}));
        QCOMPARE(screen.label(QStringLiteral("Review summary")),
                 QStringLiteral("4 card(s) · 0 already blocked · 0 state not known"));
        table->selectRow(0);
        table->selectionModel()->select(table->model()->index(2, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QPushButton* remove = screen.button(QStringLiteral("Remove selected cards"));
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(screen.model()->cardIds(), (QList<qint64>{ids.at(2), ids.at(4)}));
        QCOMPARE(screen.button(QStringLiteral("Confirm"))->text(), QStringLiteral("&Block 2 card(s)…"));
        QTest::mouseClick(screen.button(QStringLiteral("Cancel")), Qt::LeftButton);
        QVERIFY(!screen.dialog->isVisible());
        QCOMPARE(requests.count, 0);
        m_active << ids; // never sent: still usable
    }

    void batchesShareOneCode() {
        setMaxBulkCardIds(200);
        const QList<qint64> ids = take(m_active, 450);
        BulkRequestCounter requests(m_client->network);
        const int dialogsBefore = m_otpDialogs.shown;
        Screen screen(&m_client->client, m_known.get(), api::BulkCardAction::Block, ids);
        confirmWithRightCode(screen);
        QVERIFY(screen.waitForResults());
        QCOMPARE(requests.count, 3);
        QCOMPARE(m_otpDialogs.shown - dialogsBefore, 1);
        auto* progress = byName<QProgressBar>(screen.dialog.get(), QStringLiteral("Batches answered"));
        QCOMPARE(progress->maximum(), 3);
        QCOMPARE(progress->value(), 3);
        QCOMPARE(screen.model()->count(Outcome::Done), 450);
        QCOMPARE(countWithStatus(serverStatuses(), ids, CardStatus::Blocked), 450);

        // Unblocking them again: one more code for the new operation, three batches again.
        const int dialogsBeforeUnblock = m_otpDialogs.shown;
        Screen unblock(&m_client->client, nullptr, api::BulkCardAction::Unblock, ids);
        QCOMPARE(unblock.label(QStringLiteral("Review summary")),
                 QStringLiteral("450 card(s) · 0 already active · 450 state not known"));
        confirmWithRightCode(unblock);
        QVERIFY(unblock.waitForResults());
        QCOMPARE(requests.count, 6);
        QCOMPARE(m_otpDialogs.shown - dialogsBeforeUnblock, 1);
        QCOMPARE(unblock.model()->count(Outcome::Done), 450);
        QCOMPARE(unblock.label(QStringLiteral("Result summary")),
                 QStringLiteral("450 unblocked · 0 already active · 0 refused"));
        QCOMPARE(countWithStatus(serverStatuses(), ids, CardStatus::Active), 450);
    }

    void failedBatchDoesNotHideOthers() {
        // 1,100 ids per call is more than the server takes (contract §8): the first batch is refused whole.
        setMaxBulkCardIds(1100);
        const QList<qint64> tooMany = unknownIds(1100, 100);
        const QList<qint64> active = take(m_active, 5);
        BulkRequestCounter requests(m_client->network);
        Screen screen(&m_client->client, m_known.get(), api::BulkCardAction::Block, tooMany + active);
        confirmWithRightCode(screen);
        QVERIFY(screen.waitForResults());
        QCOMPARE(requests.count, 2);
        QCOMPARE(screen.countOf(tooMany, Outcome::NotSent), 1100);
        QCOMPARE(screen.codeOf(tooMany.first()), QStringLiteral("7000"));
        QCOMPARE(screen.countOf(active, Outcome::Done), 5);
        QCOMPARE(screen.label(QStringLiteral("Result summary")),
                 QStringLiteral("5 blocked · 0 already blocked · 0 refused · 1100 not sent"));
        QCOMPARE(countWithStatus(serverStatuses(), active, CardStatus::Blocked), 5);
    }

    void stopWaitsForTheBatchInFlight() {
        setMaxBulkCardIds(100);
        const QList<qint64> ids = take(m_active, 300);
        BulkRequestCounter requests(m_client->network);
        Screen screen(&m_client->client, m_known.get(), api::BulkCardAction::Block, ids);
        auto* pages = screen.dialog->findChild<QStackedWidget*>();
        auto* progressPage =
            byName<QProgressBar>(screen.dialog.get(), QStringLiteral("Batches answered"))->parentWidget();
        QPushButton* stop = screen.button(QStringLiteral("Stop"));
        bool stopClicked = false;
        QObject context;
        // Stop as soon as the progress page shows (batch 2 is then on its way).
        connect(pages, &QStackedWidget::currentChanged, &context, [&](int) {
            if (pages->currentWidget() == progressPage && !stopClicked) {
                stopClicked = true;
                QTimer::singleShot(0, stop, [stop] { QTest::mouseClick(stop, Qt::LeftButton); });
            }
        });
        confirmWithRightCode(screen);
        QVERIFY(screen.waitForResults());
        QVERIFY(stopClicked);
        QCOMPARE(requests.count, 2);
        QCOMPARE(screen.countOf(ids.mid(0, 200), Outcome::Done), 200);
        QCOMPARE(screen.countOf(ids.mid(200), Outcome::NotSent), 100);
        QVERIFY(screen.label(QStringLiteral("Result notes")).contains(u"Stopped by the operator"));
        const auto statuses = serverStatuses();
        QCOMPARE(countWithStatus(statuses, ids.mid(0, 200), CardStatus::Blocked), 200);
        QCOMPARE(countWithStatus(statuses, ids.mid(200), CardStatus::Active), 100);
    }

    void cleanupTestCase() { qApp->removeEventFilter(&m_otpDialogs); }
};

QTEST_MAIN(TestGuiBulk)
#include "tst_gui_bulk.moc"
