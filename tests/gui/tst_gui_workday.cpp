// A compressed working day (issue 13): the real main window, through the real AppController, against a sandbox whose
// application tokens live 8 s and operator tokens 5 s, so that 90 s of work meet a dozen expiries of each. The agent
// keeps working (searching, opening cardholders, paging, the Cards section, movements) and, in between, adds funds
// once and blocks 300 pasted cards once, each confirmed at the moment its operator token has just died, on purpose:
// the case where a write could be lost or sent twice. The test shows that the tokens are renewed under the agent's
// feet and the window never locks; that a write meeting the dead token is refused whole and, done again as the app
// asks, happens exactly once (the server's movements, balances and card states; each write request counted in the
// app and on the wire, through a pass-through relay); that the remembered (keychain) session still opens the app
// without a password at the end of the day; and that the log records the application session renewals.
#include "AppController.h"
#include "AppUnderTest.h"
#include "BulkCardChange.h"
#include "BulkCardDialog.h"
#include "BulkResultModel.h"
#include "CardFilterProxyModel.h"
#include "CardListModel.h"
#include "CardholderDetailView.h"
#include "CardholderListModel.h"
#include "CardholderListPage.h"
#include "CardsView.h"
#include "E2eHarness.h"
#include "FundsDialog.h"
#include "HoldingRelay.h"
#include "MainWindow.h"
#include "MovementListModel.h"
#include "MovementsView.h"
#include "OtpSteps.h"
#include "Settings.h"
#include "SignInDialog.h"
#include "TokenStore.h"
#include "WidgetLookup.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <memory>

using namespace migo;
using models::CardholderListModel;
using models::CardListModel;
using views::CardsView;
using views::MainWindow;

namespace {

using e2e::byName;
using e2e::labelText;
using e2e::sync;

constexpr int kLimitMs = 20000;
const QString kAgent = QStringLiteral("agent@migo.test");
constexpr qint64 kWorkdayMs = 90000; ///< the agent's own activity, not counting the two waits for a dead token
constexpr qint64 kFundsAtMs = 30000;
constexpr qint64 kBulkAtMs = 55000;
constexpr int kBulkCards = 300;
constexpr int kBatchSize = 100; ///< as a server taking 100 ids per call: three bulk requests, back to back
// The sandbox keeps expiry in whole seconds: an operator token issued at t is refused from floor(t) + 6 s at the
// latest. Measured from when its answer arrived (after t), 6.3 s is past that.
constexpr qint64 kOperatorTokenDeadMs = 6300;
// The app renews its 7–8 s application token a fifth of its life before expiry, so renewals are at least 5.6 s apart:
// one at most 2.5 s ago leaves 3 s before the next, enough for a refused write, the operator refresh and the redo.
constexpr qint64 kAppRenewedRecentlyMs = 2500;

Q_LOGGING_CATEGORY(lcWorkday, "migo.test.workday")

QElapsedTimer& runClock() {
    static QElapsedTimer clock;
    return clock;
}

qint64 now() {
    return runClock().elapsed();
}

struct LogLine {
    qint64 at;
    QString text;
};

/// Every message any part of the app logged during the run (all categories, all levels, see initTestCase()).
QList<LogLine>& capturedLog() {
    static QList<LogLine> lines;
    return lines;
}

int logCount(QStringView text, qint64 from = 0, qint64 to = std::numeric_limits<qint64>::max()) {
    return int(std::count_if(capturedLog().cbegin(), capturedLog().cend(), [&](const LogLine& line) {
        return line.at >= from && line.at <= to && line.text.contains(text);
    }));
}

/// The newest `most` lines logged since `since` (ms on the run's clock), each with its time.
QString loggedSince(qint64 since, int most = 60) {
    QStringList lines;
    for (const LogLine& line : capturedLog())
        if (line.at >= since)
            lines << QStringLiteral("%1 ms %2").arg(line.at).arg(line.text);
    return lines.mid(std::max<qsizetype>(0, lines.size() - most)).join(u'\n');
}

/// What a failed step was waiting for, with what the app logged since the step began.
QString stepReport(const QString& step, qint64 since) {
    return step + QStringLiteral("; logged since the step began:\n") + loggedSince(since);
}

/// One request the app's network manager finished (answered, failed or aborted).
struct Sent {
    qint64 at;
    QByteArray verb;
    QString path;
    int status; ///< HTTP status, 0 when there was no answer
};

/// The app as an agent starts it: a profile remembered in settings, a token store, the real controller; every request
/// it sends recorded, every operator token rotation and every lock noted.
struct App : e2e::AppUnderTest {
    QList<Sent> requests;
    qint64 operatorTokenAt = -1; ///< when the newest operator token arrived (password sign-in or refresh)
    int operatorRotations = 0;
    qint64 appTokenRenewedAt = -1; ///< when the newest renewal of the application token was answered
    int appRenewals = 0;
    QStringList locks; ///< every lock screen shown and every session end, with when

    App(const views::SignInProfile& profile, std::unique_ptr<core::MemoryTokenStore> tokens = nullptr)
        : AppUnderTest(profile, std::move(tokens)) {
        auto* network = controller->findChild<QNetworkAccessManager*>();
        QObject::connect(network, &QNetworkAccessManager::finished, controller.get(), [this](QNetworkReply* reply) {
            const QByteArray verb =
                reply->operation() == QNetworkAccessManager::CustomOperation
                    ? reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray()
                    : (reply->operation() == QNetworkAccessManager::GetOperation ? QByteArrayLiteral("GET")
                                                                                 : QByteArrayLiteral("other"));
            const Sent sent{now(), verb, reply->url().path(),
                            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()};
            requests << sent;
            if (sent.path.endsWith(u"/app/auth/refresh") && sent.status >= 200 && sent.status < 300) {
                appTokenRenewedAt = sent.at;
                ++appRenewals;
            }
        });
        api::CmsClient* client = controller->client();
        QObject::connect(client, &api::CmsClient::operatorTokensChanged, controller.get(), [this] {
            operatorTokenAt = now();
            ++operatorRotations;
        });
        QObject::connect(client, &api::CmsClient::sessionExpired, controller.get(),
                         [this] { noteLock(QStringLiteral("the client gave the session up")); });
        start();
    }

    /// From now on: a model tester on the cardholder list, and a note whenever the lock screen shows.
    void watch() {
        tester =
            std::make_unique<QAbstractItemModelTester>(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        views::LockScreen* lockScreen = window()->lockScreen();
        auto* screens = qobject_cast<QStackedWidget*>(lockScreen->parentWidget());
        QObject::connect(screens, &QStackedWidget::currentChanged, controller.get(), [this, screens, lockScreen] {
            if (screens->currentWidget() == lockScreen)
                noteLock(QStringLiteral("the window locked"));
        });
    }
    /// Notes that `what` happened now, with the log lines that led to it.
    void noteLock(const QString& what) {
        locks << QStringLiteral("%1 at %2 ms; logged just before:\n%3")
                     .arg(what)
                     .arg(now())
                     .arg(loggedSince(now() - 5000, 80));
    }
    bool unlocked() const { return window() && !window()->isLocked() && locks.isEmpty(); }
    QString lockReport() const {
        return locks.isEmpty() ? QStringLiteral("locked, with no lock noted") : locks.join(u'\n');
    }

    /// Requests from index `from` on with this verb whose path ends with `pathSuffix`.
    QList<Sent> sent(qsizetype from, QByteArrayView verb, QStringView pathSuffix) const {
        QList<Sent> found;
        for (qsizetype i = from; i < requests.size(); ++i)
            if (requests.at(i).verb == verb && requests.at(i).path.endsWith(pathSuffix))
                found << requests.at(i);
        return found;
    }
    /// Whether a request from index `from` on with this verb and path suffix got a 2xx answer.
    bool answered(qsizetype from, QByteArrayView verb, QStringView pathSuffix) const {
        const QList<Sent> found = sent(from, verb, pathSuffix);
        return std::any_of(found.cbegin(), found.cend(),
                           [](const Sent& s) { return s.status >= 200 && s.status < 300; });
    }
    /// The answers to `requests` in order: "2xx" for a success, else the status ("401"; "0" for no answer).
    static QStringList answers(const QList<Sent>& requests) {
        QStringList list;
        for (const Sent& s : requests)
            list << (s.status >= 200 && s.status < 300 ? QStringLiteral("2xx") : QString::number(s.status));
        return list;
    }
};

/// The Cards section's partner list.
CardsView* partnerCardsOf(MainWindow* window) {
    for (CardsView* view : window->findChildren<CardsView*>())
        if (view->mode() == CardsView::Mode::Partner)
            return view;
    return nullptr;
}

/// The card list of the cardholder detail.
CardsView* holderCardsOf(MainWindow* window) {
    for (CardsView* view : window->findChildren<CardsView*>())
        if (view->mode() == CardsView::Mode::Cardholder)
            return view;
    return nullptr;
}

CardListModel* cardModelOf(CardsView* view) {
    return qobject_cast<CardListModel*>(view->proxy()->sourceModel());
}

/// The row of `view` showing card `cardId`, or -1.
int proxyRowOf(CardsView* view, qint64 cardId) {
    for (int row = 0; row < view->proxy()->rowCount(); ++row)
        if (view->proxy()->index(row, 0).data(CardListModel::CardIdRole).toLongLong() == cardId)
            return row;
    return -1;
}

/// Replaces the text of `field` by typing `text`, as an agent does (select all, type).
void retype(QLineEdit* field, const QString& text) {
    field->setFocus();
    field->selectAll();
    if (text.isEmpty())
        QTest::keyClick(field, Qt::Key_Backspace);
    else
        QTest::keyClicks(field, text, Qt::NoModifier, 5);
}

} // namespace

// QVERIFY, with `details` printed in full beside the failure (QTest cuts a failure message at 1 KB; a step's log is
// longer).
#define VERIFY_OR_TELL(condition, details)                                                                             \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            qCInfo(lcWorkday).noquote() << (details);                                                                  \
            QFAIL("'" #condition "' is false: see the lines above");                                                   \
        }                                                                                                              \
    } while (false)

// Stops the test function when a helper failed, and checks the window after every step.
#define STEP(app, call)                                                                                                \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
        VERIFY_OR_TELL((app).unlocked(), (app).lockReport());                                                          \
    } while (false)

// Waits up to kLimitMs for `condition` like QTRY_VERIFY, but stops as soon as the window locks: the step cannot
// succeed then, and the lock, with the log lines that led to it, is the failure to report.
#define WAIT_FOR(app, condition, report)                                                                               \
    do {                                                                                                               \
        const bool reached = QTest::qWaitFor([&] { return (condition) || !(app).unlocked(); }, kLimitMs);              \
        VERIFY_OR_TELL((app).unlocked(), (app).lockReport());                                                          \
        VERIFY_OR_TELL(reached && (condition), report);                                                                \
    } while (false)

class TestGuiWorkday : public QObject {
    Q_OBJECT

    e2e::E2eServer m_server;
    std::unique_ptr<e2e::HoldingRelay> m_wire; ///< between the app and the sandbox: counts request lines
    api::Cardholder m_fundsHolder;
    qint64 m_fundsCard = 0;
    QList<qint64> m_bulkIds;
    qint64 m_pausedMs = 0; ///< time spent waiting for a token to die, not counted as activity

    QUrl appBaseUrl() const {
        QUrl url = m_server.sandboxBaseUrl();
        url.setPort(m_wire->port());
        return url;
    }
    views::SignInProfile profile() const {
        views::SignInProfile p;
        p.environment = views::SignInProfile::Environment::Custom;
        p.customUrl = appBaseUrl();
        p.merchant = m_server.ready().value(QStringLiteral("merchant")).toString();
        p.email = kAgent;
        p.partnerId = 1;
        return p;
    }
    QString tokenKey() const { return core::TokenStore::keyFor(appBaseUrl(), profile().merchant, kAgent); }

    // ---- The server's side, each time through a session of its own (short-lived: its own token renewals never mix
    // with the app's in the log) ----
    std::unique_ptr<e2e::E2eClient> checker() const {
        auto client = std::make_unique<e2e::E2eClient>(m_server);
        QString error;
        if (!e2e::signIn(*client, m_server, kAgent, &error)) {
            qWarning("checker: %s", qPrintable(error));
            return nullptr;
        }
        return client;
    }
    std::optional<api::Card> serverCard(qint64 holderId, qint64 cardId) {
        const auto checking = checker();
        if (!checking)
            return std::nullopt;
        const auto cards = sync(**checking, &api::CmsClient::listCardholderCards, holderId);
        if (cards.ok())
            for (const api::Card& card : cards.value())
                if (card.id == cardId)
                    return card;
        return std::nullopt;
    }
    /// How many movements the server holds for the card around today (UTC); -1 when it cannot be read.
    qint64 movementCount(qint64 holderId, qint64 cardId) {
        api::MovementQuery query;
        const QDate today = QDateTime::currentDateTimeUtc().date();
        query.from = today.addDays(-1);
        query.to = today.addDays(1);
        query.limit = 1;
        const auto checking = checker();
        if (!checking)
            return -1;
        const auto page = sync(**checking, &api::CmsClient::listMovements, holderId, cardId, query);
        return page.ok() && page.value().total ? *page.value().total : -1;
    }
    std::optional<api::Money> partnerAvailable() {
        const auto checking = checker();
        if (!checking)
            return std::nullopt;
        const auto balance = sync(**checking, &api::CmsClient::partnerBalance);
        return balance.ok() ? std::optional<api::Money>(balance.value().available) : std::nullopt;
    }
    int serverCountWithStatus(const QList<qint64>& ids, api::CardStatus status) {
        const auto checking = checker();
        if (!checking)
            return -1;
        const auto cards = sync(**checking, &api::CmsClient::listPartnerCards);
        if (!cards.ok())
            return -1;
        QHash<qint64, api::CardStatus> statuses;
        for (const api::Card& card : cards.value())
            statuses.insert(card.id, card.status);
        return int(std::count_if(ids.cbegin(), ids.cend(), [&](qint64 id) { return statuses.value(id) == status; }));
    }
    /// One-time passwords the sandbox issued to `email` so far.
    int codesIssuedTo(const QString& email) const {
        QFile log(m_server.temporaryPath(QStringLiteral("otp.jsonl")));
        if (!log.open(QIODevice::ReadOnly))
            return 0;
        int count = 0;
        while (!log.atEnd())
            count +=
                QJsonDocument::fromJson(log.readLine()).object().value(QStringLiteral("email")).toString() == email;
        return count;
    }

    /// The agent reads a confirmation until the operator token is dead, confirming just after an application renewal
    /// so that the write meets the operator expiry alone. Not counted as activity.
    bool waitForADeadOperatorToken(const App& app, qint64 appRenewedAfter = -1) {
        const qint64 from = now();
        const bool ready = QTest::qWaitFor(
            [&] {
                return now() - app.operatorTokenAt >= kOperatorTokenDeadMs && app.appTokenRenewedAt > appRenewedAfter &&
                       now() - app.appTokenRenewedAt <= kAppRenewedRecentlyMs;
            },
            kLimitMs);
        m_pausedMs += now() - from;
        return ready;
    }

    // ---- The agent's steps ----
    /// Goes to `section` with its shortcut (Ctrl+1…3), in the main window as the active window, as the agent's keys
    /// are.
    bool openSection(App& app, MainWindow::Section section) {
        MainWindow* window = app.window();
        if (QApplication::activeWindow() != window) {
            window->activateWindow();
            if (!QTest::qWaitForWindowActive(window))
                return false;
        }
        QTest::keyClick(window, Qt::Key(Qt::Key_1 + int(section)), Qt::ControlModifier);
        return window->currentSection() == section;
    }

    /// Types `term` into the cardholder search, waits for the matches, opens the row showing `openEmail` (or the first
    /// row) with Enter and waits for the detail and the cardholder's cards.
    void searchAndOpen(App& app, const QString& term, const QString& openEmail = {}) {
        const qint64 since = now();
        QVERIFY(openSection(app, MainWindow::Section::Cardholders));
        CardholderListModel* model = app.model();
        retype(app.window()->cardholderList()->searchField(), term);
        WAIT_FOR(app,
                 model->state() == CardholderListModel::State::Idle && model->searchText() == term &&
                     model->rowCount() > 0,
                 stepReport(listReport(app, QStringLiteral("the matches of “%1”").arg(term)), since));
        int row = 0;
        while (!openEmail.isEmpty() && row < model->rowCount() && model->cardholderAt(row).email != openEmail)
            ++row;
        QVERIFY2(row < model->rowCount(), qPrintable(openEmail));
        const api::Cardholder chosen = model->cardholderAt(row);
        const qsizetype before = app.requests.size();
        QTableView* table = app.window()->cardholderList()->table();
        table->setFocus();
        table->setCurrentIndex(model->index(row, 0));
        QTest::keyClick(table, Qt::Key_Return);
        auto* detail = app.window()->findChild<views::CardholderDetailView*>();
        QVERIFY(detail);
        CardsView* cards = holderCardsOf(app.window());
        QVERIFY(cards);
        const QString cardsPath = QStringLiteral("/cardholders/%1/cards").arg(chosen.id);
        WAIT_FOR(app,
                 detail->cardholder() && detail->cardholder()->id == chosen.id &&
                     app.answered(before, "GET", cardsPath) &&
                     cardModelOf(cards)->state() == CardListModel::State::Idle && cardModelOf(cards)->rowCount() > 0,
                 stepReport(QStringLiteral("the detail and cards of cardholder %1 (detail: %2)")
                                .arg(chosen.id)
                                .arg(labelText(app.window(), QStringLiteral("Cardholder detail status"))),
                            since));
        QVERIFY(byName<QLabel>(app.window(), QStringLiteral("Cardholder name"))->text().contains(chosen.lastName));
    }

    /// `step`, and what the cardholder list shows.
    static QString listReport(const App& app, const QString& step) {
        const CardholderListModel* model = app.model();
        return QStringLiteral("%1 (search field “%2”, list search “%3”, state %4, %5 rows, list state “%6”)")
            .arg(step, app.window()->cardholderList()->searchField()->text(), model->searchText())
            .arg(int(model->state()))
            .arg(model->rowCount())
            .arg(labelText(app.window(), QStringLiteral("Cardholder list state")));
    }

    /// Clears the search and scrolls the list down until `pages` more pages have arrived.
    void pageTheList(App& app, int pages) {
        const qint64 since = now();
        QVERIFY(openSection(app, MainWindow::Section::Cardholders));
        CardholderListModel* model = app.model();
        retype(app.window()->cardholderList()->searchField(), QString());
        WAIT_FOR(app,
                 model->state() == CardholderListModel::State::Idle && model->searchText().isEmpty() &&
                     model->rowCount() >= 50,
                 stepReport(listReport(app, QStringLiteral("the first page")), since));
        const int wanted = int(std::min<qint64>(model->rowCount() + 50 * pages, model->totalCount()));
        QTableView* table = app.window()->cardholderList()->table();
        const auto scrolledDown = [&] {
            table->scrollToBottom(); // the view asks for the next page when it reaches the bottom
            return model->rowCount() >= wanted && model->state() == CardholderListModel::State::Idle;
        };
        WAIT_FOR(app, scrolledDown(), stepReport(listReport(app, QStringLiteral("%1 rows").arg(wanted)), since));
    }

    /// The Cards section: filters the partner's cards, takes a held card and opens its movements (Ctrl+M).
    void cardsAndMovements(App& app, int round) {
        const qint64 since = now();
        QVERIFY(openSection(app, MainWindow::Section::Cards));
        CardsView* cards = partnerCardsOf(app.window());
        QVERIFY(cards);
        WAIT_FOR(app, cards->proxy()->rowCount() > 0, stepReport(QStringLiteral("the partner's cards"), since));
        static const QString kAliases[] = {QStringLiteral("Ahorro"), QStringLiteral("Compras"),
                                           QStringLiteral("Gastos"), QStringLiteral("Principal")};
        const QString filter = kAliases[round % 4];
        retype(cards->filterField(), filter);
        QTRY_VERIFY_WITH_TIMEOUT(cards->proxy()->filterText() == filter && cards->proxy()->rowCount() > 0, kLimitMs);
        int row = (round * 37) % cards->proxy()->rowCount();
        while (row < cards->proxy()->rowCount() &&
               !cards->proxy()->index(row, 0).data(CardListModel::CardholderIdRole).isValid())
            ++row;
        if (row == cards->proxy()->rowCount())
            row = 0;
        QVERIFY(cards->proxy()->index(row, 0).data(CardListModel::CardholderIdRole).isValid());
        cards->table()->setFocus();
        cards->table()->setCurrentIndex(cards->proxy()->index(row, 0));
        const api::Card card = *cards->currentCard();
        const qsizetype before = app.requests.size();
        QTest::keyClick(cards->table(), Qt::Key_M, Qt::ControlModifier);
        QCOMPARE(app.window()->currentSection(), MainWindow::Section::Movements);
        auto* movements = app.window()->findChild<views::MovementsView*>();
        QVERIFY(movements);
        QCOMPARE(movements->card().id, card.id);
        WAIT_FOR(app,
                 app.answered(before, "GET", QStringLiteral("/cards/%1/movements").arg(card.id)) &&
                     movements->model()->state() == models::MovementListModel::State::Idle,
                 stepReport(QStringLiteral("the movements of card %1 (state %2)")
                                .arg(card.id)
                                .arg(int(movements->model()->state())),
                            since));
        QVERIFY(openSection(app, MainWindow::Section::Cards));
        retype(cards->filterField(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(cards->proxy()->filterText().isEmpty(), kLimitMs);
    }

    /// Adds funds to one card from the cardholder's detail, confirming once the operator token has died: refused
    /// whole, done again from the form, done once.
    void addFundsAcrossAnExpiry(App& app) {
        const qint64 since = now();
        STEP(app, searchAndOpen(app, m_fundsHolder.email, m_fundsHolder.email));
        auto* sections = byName<QTabWidget>(app.window(), QStringLiteral("Cardholder sections"));
        QVERIFY(sections);
        CardsView* cards = holderCardsOf(app.window());
        sections->setCurrentWidget(cards);
        const int row = proxyRowOf(cards, m_fundsCard);
        QVERIFY(row >= 0);
        cards->table()->setCurrentIndex(cards->proxy()->index(row, 0));
        const std::optional<api::Card> before = serverCard(m_fundsHolder.id, m_fundsCard);
        QVERIFY(before);
        const qint64 movementsBefore = movementCount(m_fundsHolder.id, m_fundsCard);
        QVERIFY(movementsBefore >= 0);
        const std::optional<api::Money> partnerBefore = partnerAvailable();
        QVERIFY(partnerBefore);
        const QString fundsPath = QStringLiteral("/cardholders/%1/cards/funds/add").arg(m_fundsHolder.id);
        const int wireBefore = m_wire->requestCount("POST", fundsPath.toLatin1());
        const qsizetype sentBefore = app.requests.size();

        QAction* addFunds = cards->action(CardsView::Action::AddFunds);
        QVERIFY2(addFunds->isEnabled(), qPrintable(addFunds->toolTip()));
        addFunds->trigger();
        views::FundsDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = app.window()->findChild<views::FundsDialog*>()) && dialog->isVisible(),
                                 kLimitMs);
        const api::Money amount = *api::Money::parse(std::string_view("123.4567"));
        auto* field = byName<QLineEdit>(dialog, QStringLiteral("Amount"));
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("123.4567"));
        byName<QLineEdit>(dialog, QStringLiteral("Observations"))->insert(QStringLiteral("Workday top-up"));
        auto pressContinue = [dialog] {
            QTest::mouseClick(byName<QPushButton>(dialog, QStringLiteral("Continue")), Qt::LeftButton);
            QPushButton* confirm = byName<QPushButton>(dialog, QStringLiteral("Confirm"));
            return confirm && confirm->isVisible() && confirm->isEnabled();
        };
        QVERIFY(pressContinue());

        VERIFY_OR_TELL(waitForADeadOperatorToken(app), stepReport(QStringLiteral("a dead operator token"), since));
        QTest::mouseClick(byName<QPushButton>(dialog, QStringLiteral("Confirm")), Qt::LeftButton);
        const auto outcomeShown = [dialog] {
            QPushButton* close = byName<QPushButton>(dialog, QStringLiteral("Close"));
            return close && close->isVisible();
        };
        WAIT_FOR(app, outcomeShown(), stepReport(QStringLiteral("the outcome of the funds"), since));
        QCOMPARE(labelText(dialog, QStringLiteral("Outcome")), QStringLiteral("Not done"));
        QVERIFY2(labelText(dialog, QStringLiteral("Outcome details")).contains(u"nothing was sent twice"),
                 qPrintable(labelText(dialog, QStringLiteral("Outcome details"))));
        // Refused before anything moved: one request, answered 401, and the server unchanged.
        QCOMPARE(App::answers(app.sent(sentBefore, "POST", fundsPath)), QStringList{QStringLiteral("401")});
        QCOMPARE(m_wire->requestCount("POST", fundsPath.toLatin1()) - wireBefore, 1);
        QCOMPARE(movementCount(m_fundsHolder.id, m_fundsCard), movementsBefore);
        QCOMPARE(serverCard(m_fundsHolder.id, m_fundsCard)->balance, before->balance);
        QVERIFY(app.unlocked());

        // The agent does it again, as the dialog asks: the form kept the amount.
        QTest::mouseClick(byName<QPushButton>(dialog, QStringLiteral("Back to the form")), Qt::LeftButton);
        QCOMPARE(field->text(), QStringLiteral("123.4567"));
        QVERIFY(pressContinue());
        QTest::mouseClick(byName<QPushButton>(dialog, QStringLiteral("Confirm")), Qt::LeftButton);
        WAIT_FOR(app, outcomeShown(), stepReport(QStringLiteral("the outcome of the funds, done again"), since));
        QCOMPARE(labelText(dialog, QStringLiteral("Outcome")), QStringLiteral("Done"));
        QCOMPARE(App::answers(app.sent(sentBefore, "POST", fundsPath)),
                 (QStringList{QStringLiteral("401"), QStringLiteral("2xx")}));
        QCOMPARE(m_wire->requestCount("POST", fundsPath.toLatin1()) - wireBefore, 2);
        QCOMPARE(movementCount(m_fundsHolder.id, m_fundsCard), movementsBefore + 1);
        QCOMPARE(serverCard(m_fundsHolder.id, m_fundsCard)->balance, *api::Money::checkedAdd(before->balance, amount));
        const std::optional<api::Money> partnerAfter = partnerAvailable();
        QVERIFY(partnerAfter);
        QCOMPARE(*partnerAfter, *api::Money::checkedSubtract(*partnerBefore, amount)); // the program's money moved once
        QTest::mouseClick(byName<QPushButton>(dialog, QStringLiteral("Close")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!app.window()->findChild<views::FundsDialog*>(), kLimitMs);
    }

    /// Cards › Bulk block from a list…: 300 pasted ids, reviewed while an application renewal and an operator expiry
    /// go by, confirmed with the one-time password, sent in three batches.
    void bulkBlockAcrossExpiries(App& app) {
        QAction* fromList = nullptr;
        for (QAction* action : app.window()->menuBar()->findChildren<QAction*>())
            if (action->text() == u"Bulk &block from a list…")
                fromList = action;
        QVERIFY(fromList);
        const qsizetype sentBefore = app.requests.size();
        const int wireBefore = m_wire->requestCount("PATCH", "/cardholders/cards/block");
        const int codesBefore = codesIssuedTo(kAgent);
        const int operatorRotationsBefore = app.operatorRotations;
        const qint64 openedAt = now();
        fromList->trigger();
        views::BulkCardDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = app.window()->findChild<views::BulkCardDialog*>()) && dialog->isVisible(),
                                 kLimitMs);
        QStringList lines;
        for (qint64 id : std::as_const(m_bulkIds))
            lines << QString::number(id);
        auto* paste = byName<QPlainTextEdit>(dialog, QStringLiteral("Card ids"));
        QVERIFY(paste && paste->isVisible());
        paste->setPlainText(lines.join(u'\n'));
        QTest::mouseClick(byName<QPushButton>(dialog, QStringLiteral("Next")), Qt::LeftButton);
        // The Cards section loaded the partner's list earlier in the day: the review knows every card's state.
        QTRY_COMPARE_WITH_TIMEOUT(labelText(dialog, QStringLiteral("Review summary")),
                                  QStringLiteral("300 card(s) · 0 already blocked · 0 state not known"), kLimitMs);

        auto* change = dialog->findChild<core::BulkCardChange*>();
        QVERIFY(change);
        QList<int> sending;
        QObject::connect(change, &core::BulkCardChange::batchSending, dialog,
                         [&sending](int index) { sending << index; });
        VERIFY_OR_TELL(waitForADeadOperatorToken(app, openedAt),
                       stepReport(QStringLiteral("a dead operator token"), openedAt));
        QTest::mouseClick(byName<QPushButton>(dialog, QStringLiteral("Confirm")), Qt::LeftButton);
        views::OtpDialog* otp = e2e::waitForOtpDialog(kLimitMs);
        VERIFY_OR_TELL(app.unlocked(), app.lockReport());
        VERIFY_OR_TELL(otp, stepReport(QStringLiteral("the one-time password dialog"), openedAt));
        QTest::keyClicks(e2e::codeField(otp), m_server.lastOtp(kAgent));
        models::BulkResultModel* results = dialog->resultModel();
        WAIT_FOR(app, byName<QWidget>(dialog, QStringLiteral("Per-card results"))->isVisible(),
                 stepReport(QStringLiteral("the bulk results"), openedAt));
        const qint64 finishedAt = now();
        QCOMPARE(labelText(dialog, QStringLiteral("Result summary")),
                 QStringLiteral("300 blocked · 0 already blocked · 0 refused"));
        QCOMPARE(results->count(models::BulkResultModel::Outcome::Done), kBulkCards);

        // The code request met the dead token, was refused before any code went out, and was asked once more.
        QCOMPARE(App::answers(app.sent(sentBefore, "POST", u"/app/users/auth/otp")),
                 (QStringList{QStringLiteral("401"), QStringLiteral("2xx")}));
        QCOMPARE(codesIssuedTo(kAgent) - codesBefore, 1);
        // Each batch went out once, and the batches split the ids without overlap.
        QCOMPARE(change->batches().size(), qsizetype(kBulkCards / kBatchSize));
        QCOMPARE(sending, (QList<int>{0, 1, 2}));
        const QList<Sent> patches = app.sent(sentBefore, "PATCH", u"/cardholders/cards/block");
        QCOMPARE(App::answers(patches),
                 (QStringList{QStringLiteral("2xx"), QStringLiteral("2xx"), QStringLiteral("2xx")}));
        QCOMPARE(m_wire->requestCount("PATCH", "/cardholders/cards/block") - wireBefore, 3);
        QSet<qint64> batched;
        qsizetype total = 0;
        for (const QList<qint64>& batch : change->batches()) {
            total += batch.size();
            for (qint64 id : batch)
                batched.insert(id);
        }
        QCOMPARE(total, qsizetype(kBulkCards));
        QVERIFY(batched == QSet<qint64>(m_bulkIds.cbegin(), m_bulkIds.cend()));
        QCOMPARE(serverCountWithStatus(m_bulkIds, api::CardStatus::Blocked), kBulkCards);
        // The dialog was open across both kinds of expiry.
        QVERIFY(app.appTokenRenewedAt > openedAt && app.appTokenRenewedAt < finishedAt);
        QVERIFY(logCount(u"app session renewed", openedAt, finishedAt) >= 1);
        QVERIFY(app.operatorRotations > operatorRotationsBefore);
        QTest::mouseClick(byName<QPushButton>(dialog, QStringLiteral("Close")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!app.window()->findChild<views::BulkCardDialog*>(), kLimitMs);
    }

private Q_SLOTS:
    void initTestCase() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // Every category at every level (installed here: QTest::qExec installs its own handler first, which this one
        // forwards warnings to).
        QLoggingCategory::setFilterRules(QStringLiteral("*=true\nqt.*.debug=false\nqt.*.info=false"));
        static QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
                capturedLog() << LogLine{now(), QString::fromLatin1(context.category ? context.category : "") + u' ' +
                                                    message};
                if ((type != QtDebugMsg && type != QtInfoMsg) || qstrcmp(context.category, "migo.test.workday") == 0)
                    previous(type, context, message);
            });
        QString error;
        // Application tokens live 8 s, operator access tokens 5 s; 2,000 cardholders hold about 4,000 cards.
        QVERIFY2(m_server.start({QStringLiteral("--demo"), QStringLiteral("2000"), QStringLiteral("--app-token-ttl"),
                                 QStringLiteral("8"), QStringLiteral("--token-ttl"), QStringLiteral("5")},
                                &error),
                 qPrintable(error));
        m_wire = std::make_unique<e2e::HoldingRelay>(quint16(m_server.sandboxBaseUrl().port()));
        QVERIFY(m_wire->listen());
        const auto checking = checker();
        QVERIFY(checking);

        // Cardholder 1 holds two ACTIVE cards (demo fixture): the funds go to the first.
        const auto holder = sync(**checking, &api::CmsClient::cardholderDetail, qint64(1), QString());
        QVERIFY2(holder.ok(), e2e::describe(holder).constData());
        m_fundsHolder = holder.value();
        const std::optional<api::Card> fundsCard = serverCard(1, 1);
        QVERIFY(fundsCard && fundsCard->status == api::CardStatus::Active);
        m_fundsCard = fundsCard->id;

        // 300 ACTIVE held cards spread over the whole partner list, none of cardholder 1.
        api::PartnerCardQuery active;
        active.status = api::CardStatus::Active;
        const auto cards = sync(**checking, &api::CmsClient::listPartnerCardsMatching, active);
        QVERIFY2(cards.ok(), e2e::describe(cards).constData());
        QList<qint64> candidates;
        for (const api::Card& card : cards.value())
            if (card.cardholderId && *card.cardholderId != m_fundsHolder.id)
                candidates << card.id;
        QVERIFY2(candidates.size() >= 2 * kBulkCards, qPrintable(QString::number(candidates.size())));
        const qsizetype step = candidates.size() / kBulkCards;
        for (int i = 0; i < kBulkCards; ++i)
            m_bulkIds << candidates.at(i * step);
    }

    void aWorkingDayWithShortTokens() {
        auto app = std::make_unique<App>(profile());
        app->typePasswordAndSignIn(m_server.passwordOf(kAgent));
        QVERIFY(app->waitForList());
        app->operatorTokenAt = now();
        app->watch();
        const QString firstRemembered = app->storedToken(tokenKey());
        QVERIFY(!firstRemembered.isEmpty());
        api::ClientConfig config = app->controller->client()->config();
        config.maxBulkCardIds = kBatchSize;
        app->controller->client()->setConfig(config);

        // What the agent searches for: e-mails (one match) and last names (several) of the newest cardholders.
        // QTest types ASCII only.
        const auto typeable = [](const QString& text) {
            return !text.isEmpty() &&
                   std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 128; });
        };
        QStringList terms;
        for (int row = 0; row < app->model()->rowCount() && terms.size() < 24; ++row) {
            const api::Cardholder& holder = app->model()->cardholderAt(row);
            if (typeable(holder.email) && typeable(holder.lastName))
                terms << holder.email << holder.lastName;
        }
        QVERIFY(terms.size() >= 8);

        const qint64 dayStart = now();
        m_pausedMs = 0;
        const auto activeMs = [&] { return now() - dayStart - m_pausedMs; };
        bool fundsDone = false;
        bool bulkDone = false;
        int round = 0;
        while (activeMs() < kWorkdayMs || !fundsDone || !bulkDone) {
            const QString term = terms.at(round % terms.size());
            STEP(*app, searchAndOpen(*app, term, round % 2 == 0 ? term : QString()));
            if (!fundsDone && activeMs() >= kFundsAtMs) {
                STEP(*app, addFundsAcrossAnExpiry(*app));
                fundsDone = true;
            }
            STEP(*app, pageTheList(*app, 1 + round % 3));
            STEP(*app, cardsAndMovements(*app, round));
            if (!bulkDone && activeMs() >= kBulkAtMs) {
                STEP(*app, bulkBlockAcrossExpiries(*app));
                bulkDone = true;
            }
            ++round;
        }
        const qint64 dayEnd = now();
        qCInfo(lcWorkday,
               "%d rounds in %lld ms (%lld ms of activity); %d app renewals, %d operator refreshes, %lld "
               "requests",
               round, dayEnd - dayStart, activeMs(), app->appRenewals, app->operatorRotations,
               qint64(app->requests.size()));

        // Sessions renewed all day long, silently, and the log says so.
        VERIFY_OR_TELL(app->unlocked(), app->lockReport());
        QVERIFY(app->appRenewals >= 3);
        QVERIFY(app->operatorRotations >= 3);
        QVERIFY(logCount(u"app session renewed", dayStart, dayEnd) >= app->appRenewals);
        QVERIFY(logCount(u"operator session renewed", dayStart, dayEnd) >= app->operatorRotations);
        QCOMPARE(logCount(u"could not be renewed"), 0);
        QCOMPARE(logCount(u"app refresh refused"), 0);

        // Over the whole day, the only writes on the wire: the funds (refused, then done), the code requests (refused,
        // then sent) and the three bulk batches.
        static const QRegularExpression notWrites(
            QStringLiteral("^(GET .*|POST /cardholders/\\d+|POST /app/(auth|users)/(login|refresh))$"));
        QStringList writes;
        for (const QByteArray& line : m_wire->requestLines()) {
            const QStringList parts = QString::fromLatin1(line).split(u' ');
            const QString request = parts.value(0) + u' ' +
                                    parts.value(1)
                                        .section(u'?', 0, 0)
                                        .remove(QStringLiteral("/cms/rest"))
                                        .remove(QStringLiteral("/app/partners/1"));
            if (!notWrites.match(request).hasMatch())
                writes << request;
        }
        writes.sort();
        const QString funds = QStringLiteral("POST /cardholders/%1/cards/funds/add").arg(m_fundsHolder.id);
        const QString otp = QStringLiteral("POST /app/users/auth/otp");
        const QString block = QStringLiteral("PATCH /cardholders/cards/block");
        QStringList expected{funds, funds, otp, otp, block, block, block};
        expected.sort();
        QCOMPARE(writes, expected);

        // The keychain holds the newest refresh token, and it opens the app tomorrow without a password.
        const QString remembered = app->storedToken(tokenKey());
        QVERIFY(!remembered.isEmpty());
        QVERIFY(remembered != firstRemembered);
        // The keychain entry names the operator beside the token (contract §14).
        QCOMPARE(QJsonDocument::fromJson(remembered.toUtf8()).object().value(u"refreshToken").toString(),
                 app->controller->client()->operatorTokens().refreshToken);
        app.reset(); // the agent quits without signing out
        auto store = std::make_unique<core::MemoryTokenStore>();
        store->write(tokenKey(), remembered, nullptr, [](const QString&) {});
        App tomorrow(profile(), std::move(store));
        QVERIFY(tomorrow.waitForList()); // no password typed
        QVERIFY(!tomorrow.window()->isLocked());
        const QString rotated = tomorrow.storedToken(tokenKey());
        QVERIFY(!rotated.isEmpty());
        QVERIFY(rotated != remembered);
    }

    void cleanupTestCase() {
        m_wire.reset();
        m_server.stop();
    }
};

int main(int argc, char* argv[]) {
    runClock().start();
    // Settings of this run go to a folder of its own, never the developer's.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", config.path().toLocal8Bit());
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MigoTest"));
    QApplication::setApplicationName(QStringLiteral("tst_gui_workday"));
    TestGuiWorkday test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_workday.moc"
