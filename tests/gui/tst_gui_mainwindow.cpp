// The main window and the session around it, through the real composition root (AppController) against a real
// migo-cms-sandbox: sign in and its failures, silent refresh, the lock screen (idle and session ended), paging to
// the end of a 2,000-cardholder world, search and sort (the query sent and the rows shown), copy, CSV export, opening
// a cardholder, continuing a remembered session, and sign out.
#include "AppController.h"
#include "AppUnderTest.h"
#include "BulkCardDialog.h"
#include "BulkResultModel.h"
#include "CardFilterProxyModel.h"
#include "CardListModel.h"
#include "CardholderDetailView.h"
#include "CardholderListModel.h"
#include "CardholderListPage.h"
#include "CardsView.h"
#include "CreateCardholderDialog.h"
#include "E2eHarness.h"
#include "Format.h"
#include "FundsDialog.h"
#include "HoldingRelay.h"
#include "IdleMonitor.h"
#include "MainWindow.h"
#include "MovementsView.h"
#include "OtpSteps.h"
#include "Palette.h"
#include "ReportDownloadPanel.h"
#include "SearchHighlightDelegate.h"
#include "Settings.h"
#include "SignInDialog.h"
#include "TokenStore.h"
#include "WidgetLookup.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrlQuery>

using namespace migo;
using models::CardholderListModel;

namespace {

using migo::e2e::byName;
using migo::e2e::labelText;

/// Every message any part of the app logged during the run (all categories, all levels, see main()).
QStringList& capturedLog() {
    static QStringList lines;
    return lines;
}

constexpr int kLimitMs = 20000;
const QString kAgent = QStringLiteral("agent@migo.test");

/// The Cards section's partner list of `window`, once its cards arrived; nullptr when they do not.
views::CardsView* partnerCardsOf(views::MainWindow* window) {
    views::CardsView* cards = nullptr;
    for (views::CardsView* view : window->findChildren<views::CardsView*>())
        if (view->mode() == views::CardsView::Mode::Partner)
            cards = view;
    if (!cards || !QTest::qWaitFor([cards] { return cards->proxy()->rowCount() > 0; }, kLimitMs))
        return nullptr;
    return cards;
}

/// Every name, value and description in the accessibility tree under `node`, as a screen reader would read them.
QStringList accessibleTexts(QAccessibleInterface* node, int depth = 0) {
    QStringList texts;
    if (!node || depth > 64)
        return texts;
    for (const QAccessible::Text which : {QAccessible::Name, QAccessible::Value, QAccessible::Description})
        if (const QString text = node->text(which); !text.isEmpty())
            texts << text;
    for (int i = 0; i < node->childCount(); ++i)
        texts << accessibleTexts(node->child(i), depth + 1);
    return texts;
}

/// The first active card held by a cardholder in the Cards section of `cards`; -1 when there is none.
int activeHeldCardRow(views::CardsView* cards) {
    for (int row = 0; row < cards->proxy()->rowCount(); ++row)
        if (cards->proxy()->index(row, 0).data(models::CardListModel::CardholderIdRole).isValid() &&
            cards->proxy()->index(row, models::CardListModel::Status).data().toString() == u"Active")
            return row;
    return -1;
}

/// The app as an agent starts it, recording every finished request.
struct App : e2e::AppUnderTest {
    QList<QUrl> requests; ///< every finished request's URL, in order

    App(const views::SignInProfile& profile, std::unique_ptr<core::MemoryTokenStore> tokens = nullptr)
        : AppUnderTest(profile, std::move(tokens)) {
        auto* network = controller->findChild<QNetworkAccessManager*>();
        QObject::connect(network, &QNetworkAccessManager::finished, controller.get(),
                         [this](QNetworkReply* reply) { requests << reply->url(); });
        start();
    }

    QString signInStatus() const { return byName<QLabel>(dialog(), QStringLiteral("Sign-in status"))->text(); }
    void watchModel() {
        tester =
            std::make_unique<QAbstractItemModelTester>(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    /// A parameter (decoded) of the newest request to the cardholder list.
    QString lastListParameter(const QString& name) const {
        for (qsizetype i = requests.size() - 1; i >= 0; --i)
            if (requests.at(i).path().endsWith(u"/cardholders"))
                return QUrlQuery(requests.at(i)).queryItemValue(name, QUrl::FullyDecoded);
        return {};
    }
};

} // namespace

class TestGuiMainWindow : public QObject {
    Q_OBJECT

    e2e::E2eServer m_server;
    QTemporaryDir m_config;

    views::SignInProfile profile(const QUrl& url = {}, const QString& merchant = {}) const {
        views::SignInProfile p;
        p.environment = views::SignInProfile::Environment::Custom;
        p.customUrl = url.isEmpty() ? m_server.sandboxBaseUrl() : url;
        p.merchant = merchant.isEmpty() ? m_server.ready().value(QStringLiteral("merchant")).toString() : merchant;
        p.email = kAgent;
        p.partnerId = 1;
        return p;
    }
    QString agentPassword() const { return m_server.passwordOf(kAgent); }

    /// Signs the agent in through the sign-in window and waits for the first page of the list.
    std::unique_ptr<App> signedIn() {
        auto app = std::make_unique<App>(profile());
        app->typePasswordAndSignIn(agentPassword());
        if (!app->waitForList())
            return nullptr;
        app->watchModel();
        return app;
    }

private Q_SLOTS:
    void initTestCase() {
        // Every category at every level, kept for noSecretReachesSettingsOrLogs (installed here: QTest::qExec
        // installs its own handler first, which this one forwards warnings to).
        QLoggingCategory::setFilterRules(QStringLiteral("*=true\nqt.*.debug=false\nqt.*.info=false"));
        static QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
                capturedLog() << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
                if (type != QtDebugMsg && type != QtInfoMsg)
                    previous(type, context, message);
            });
        QString error;
        // 2,000 cardholders, and operator access tokens that live 4 s so a refresh happens during the tests.
        QVERIFY2(m_server.start({QStringLiteral("--demo"), QStringLiteral("2000"), QStringLiteral("--token-ttl"),
                                 QStringLiteral("4")},
                                &error),
                 qPrintable(error));
    }

    void signInShowsTheListAndTheSession() {
        auto app = signedIn();
        QVERIFY(app);
        QVERIFY(!app->window()->isLocked());
        QCOMPARE(byName<QLabel>(app->window(), QStringLiteral("Environment"))->text().trimmed(),
                 QStringLiteral("CUSTOM"));
        QVERIFY(byName<QLabel>(app->window(), QStringLiteral("Operator"))->text().contains(kAgent));
        QVERIFY(byName<QToolButton>(app->window(), QStringLiteral("Partner"))->text().contains(u"1"));
        QCOMPARE(byName<QLabel>(app->window(), QStringLiteral("Connection"))->text(), QStringLiteral("● Connected"));
        QCOMPARE(app->model()->totalCount(), qint64(2000));
        QCOMPARE(app->model()->rowCount(), 50);
        QCOMPARE(app->lastListParameter(QStringLiteral("page")), QStringLiteral("1"));
        QCOMPARE(app->lastListParameter(QStringLiteral("sortBy")), QStringLiteral("createdAt"));
        QCOMPARE(app->lastListParameter(QStringLiteral("sortOrder")), QStringLiteral("desc"));
        // The refresh token is remembered in the token store, never in settings.
        QVERIFY(!app->storedToken(core::TokenStore::keyFor(m_server.sandboxBaseUrl(), profile().merchant, kAgent))
                     .isEmpty());
    }

    void signInFailuresSayWhatIsWrong_data() {
        QTest::addColumn<int>("failure");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong password") << 0 << QStringLiteral("The e-mail or the password is not correct.");
        QTest::newRow("unknown merchant") << 1 << QStringLiteral("The merchant id is not known in this environment.");
        QTest::newRow("server unreachable") << 2 << QStringLiteral("The server refused the connection.");
    }
    void signInFailuresSayWhatIsWrong() {
        QFETCH(int, failure);
        QFETCH(QString, expected);
        QUrl url = m_server.sandboxBaseUrl();
        QString merchant;
        QString password = agentPassword();
        switch (failure) {
        case 0:
            password = QStringLiteral("not-the-password");
            break;
        case 1:
            merchant = QStringLiteral("no-such-merchant");
            break;
        case 2:
            url.setPort(1); // nothing listens there
            break;
        }
        App app(profile(url, merchant));
        app.typePasswordAndSignIn(password);
        QTRY_VERIFY2_WITH_TIMEOUT(app.signInStatus().contains(expected), qPrintable(app.signInStatus()), kLimitMs);
        QVERIFY(!app.window());
        QVERIFY(app.dialog()->isVisible());
        // The form is usable again for a second try.
        QVERIFY(byName<QLineEdit>(app.dialog(), QStringLiteral("Password"))->isEnabled());
    }

    void tokensRefreshSilentlyDuringUse() {
        auto app = signedIn();
        QVERIFY(app);
        const QString firstAccess = app->controller->client()->operatorTokens().accessToken;
        QTest::qWait(5500); // the access token's 4 s life runs out while the agent reads
        app->window()->cardholderList()->search(QStringLiteral("gmail"));
        QTRY_VERIFY_WITH_TIMEOUT(app->model()->state() == CardholderListModel::State::Idle &&
                                     app->lastListParameter(QStringLiteral("searchText")) == u"gmail",
                                 kLimitMs);
        QVERIFY(app->model()->rowCount() > 0);
        QVERIFY(app->controller->client()->operatorTokens().accessToken != firstAccess);
        QVERIFY(!app->window()->isLocked());
        qsizetype refreshes = 0;
        for (const QUrl& url : std::as_const(app->requests))
            refreshes += url.path().endsWith(u"/app/users/refresh");
        QCOMPARE(refreshes, qsizetype(1));
    }

    void listPagesToTheEndOfTheDemoWorld() {
        auto app = signedIn();
        QVERIFY(app);
        QTableView* table = app->window()->cardholderList()->table();
        // Scroll as an agent would (End), letting the view ask for the next page each time it reaches the bottom.
        QDeadlineTimer deadline(120000);
        while (app->model()->rowCount() < 2000 && !deadline.hasExpired()) {
            table->scrollToBottom();
            QTest::qWait(20);
        }
        QTRY_VERIFY_WITH_TIMEOUT(app->model()->state() == CardholderListModel::State::Idle, kLimitMs);
        QCOMPARE(app->model()->rowCount(), 2000);
        QVERIFY(!app->model()->canFetchMore({}));
        QSet<qint64> ids;
        for (int row = 0; row < app->model()->rowCount(); ++row)
            ids.insert(app->model()->cardholderAt(row).id);
        QCOMPARE(ids.size(), qsizetype(2000)); // every cardholder once: no page repeated or skipped
        QCOMPARE(app->lastListParameter(QStringLiteral("page")), QStringLiteral("40"));
        QVERIFY(byName<QLabel>(app->window(), QStringLiteral("List status"))->text().contains(u"2000 of 2000"));
    }

    void searchAsYouTypeSendsOneQueryAndShowsOnlyMatches() {
        auto app = signedIn();
        QVERIFY(app);
        const CardholderListModel* model = app->model();
        const QString wanted = model->cardholderAt(7).email;
        const qsizetype before = app->requests.size();
        QLineEdit* search = app->window()->cardholderList()->searchField();
        search->setFocus();
        QTest::keyClicks(search, wanted, Qt::NoModifier, 10); // faster than the debounce: one request at the end
        QTRY_VERIFY_WITH_TIMEOUT(model->state() == CardholderListModel::State::Idle && model->searchText() == wanted,
                                 kLimitMs);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, kLimitMs);
        QCOMPARE(model->cardholderAt(0).email, wanted);
        qsizetype searches = 0;
        for (qsizetype i = before; i < app->requests.size(); ++i)
            searches += app->requests.at(i).path().endsWith(u"/cardholders") &&
                        QUrlQuery(app->requests.at(i)).hasQueryItem(QStringLiteral("searchText"));
        QCOMPARE(searches, qsizetype(1));
        QCOMPARE(app->lastListParameter(QStringLiteral("searchText")), wanted);

        // No match: the empty state names the search and offers to clear it.
        app->window()->cardholderList()->search(QStringLiteral("zz-nobody-zz"));
        QTRY_VERIFY_WITH_TIMEOUT(model->state() == CardholderListModel::State::Idle && model->rowCount() == 0,
                                 kLimitMs);
        auto* state = byName<QLabel>(app->window(), QStringLiteral("Cardholder list state"));
        QVERIFY(state->isVisible());
        QVERIFY(state->text().contains(u"zz-nobody-zz"));
        auto* clear = byName<QPushButton>(app->window(), QStringLiteral("Cardholder list state action"));
        QVERIFY(clear->isVisible());
        clear->click();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 50, kLimitMs);
        QVERIFY(search->text().isEmpty());
    }

    void onAFreshProfileTheListShowsEveryValueInFullAndTheEmptyDetailTakesNoRoom() {
        // A fresh profile: no window, column or splitter state of the agent's own (issue 14).
        QSettings settings;
        for (const char* key :
             {"window/geometry", "window/state", "window/cardholderColumns", "window/cardholderSplitter"})
            settings.remove(QString::fromLatin1(key));
        auto app = signedIn();
        QVERIFY(app);
        views::MainWindow* window = app->window();
        QCOMPARE(window->size(), QSize(1280, 760));
        QTableView* table = window->cardholderList()->table();
        QTRY_VERIFY_WITH_TIMEOUT(table->isVisible(), kLimitMs);
        // No cardholder open: no empty half-screen detail.
        QVERIFY(!window->isCardholderDetailShown());
        QVERIFY2(table->width() > 1000, qPrintable(QString::number(table->width())));
        // Every value of the first rows is shown whole (the document's number too), with no horizontal scrolling.
        QHeaderView* header = table->horizontalHeader();
        const QFontMetrics metrics(table->font());
        for (int row = 0; row < 20; ++row)
            for (const int column :
                 {CardholderListModel::Name, CardholderListModel::LastName, CardholderListModel::Document,
                  CardholderListModel::Email, CardholderListModel::Phone, CardholderListModel::Created}) {
                const QString text = app->model()->index(row, column).data().toString();
                QVERIFY2(metrics.horizontalAdvance(text) + 6 <= header->sectionSize(column),
                         qPrintable(QStringLiteral("%1 in %2 px").arg(text).arg(header->sectionSize(column))));
            }
        // Dates with four-digit years and their zone named ("3/12/2026 16:45 CST").
        const QString created = app->model()->index(0, CardholderListModel::Created).data().toString();
        const QDateTime moment = app->model()->cardholderAt(0).createdAt.toLocalTime();
        QVERIFY2(created.contains(QString::number(moment.date().year())), qPrintable(created));
        QVERIFY2(created.endsWith(u' ' + moment.timeZoneAbbreviation()), qPrintable(created));
        QVERIFY2(header->length() <= table->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(header->length()).arg(table->viewport()->width())));
        // Selecting a cardholder opens the detail beside the list; clearing the selection gives the room back.
        table->selectRow(1);
        QTRY_VERIFY_WITH_TIMEOUT(window->isCardholderDetailShown(), kLimitMs);
        table->clearSelection();
        QTRY_VERIFY_WITH_TIMEOUT(!window->isCardholderDetailShown(), kLimitMs);
    }

    void aNoticeGoesAwayInsteadOfGoingStale() {
        auto app = signedIn();
        QVERIFY(app);
        views::MainWindow* window = app->window();
        QCOMPARE(window->noticeLifetime(), std::chrono::milliseconds(20000));
        window->setNoticeLifetime(std::chrono::milliseconds(50)); // the 20 s of a working day, shortened for the test
        window->showNotice(QStringLiteral("Cardholder Ana López created."));
        QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("Cardholder Ana López created."));
        QTRY_VERIFY_WITH_TIMEOUT(window->statusBar()->currentMessage().isEmpty(), kLimitMs);
    }

    void searchFindsTheDocumentAsWrittenTheFullNameAndWordsWithoutAccents() {
        auto app = signedIn();
        QVERIFY(app);
        CardholderListModel* model = app->model();
        // A cardholder whose name carries an accent, from the list as loaded.
        int row = -1;
        for (int i = 0; i < model->rowCount() && row < 0; ++i) {
            const QString fullName = model->cardholderAt(i).name + model->cardholderAt(i).lastName;
            if (model->cardholderAt(i).documentType == u"DPI" &&
                fullName.normalized(QString::NormalizationForm_D) != fullName)
                row = i;
        }
        QVERIFY2(row >= 0, "no cardholder with an accented name and a DPI on the first page");
        const api::Cardholder wanted = model->cardholderAt(row);
        const auto plain = [](const QString& text) {
            QString folded;
            for (const QChar c : text.normalized(QString::NormalizationForm_D))
                if (c.category() != QChar::Mark_NonSpacing)
                    folded += c;
            return folded.toLower();
        };
        // As the list writes the document ("DPI 3010…"), the full name in lower case without accents, and last name
        // first: each finds the cardholder.
        const QString document = model->data(model->index(row, CardholderListModel::Document)).toString();
        const QStringList queries{document, plain(wanted.name + u' ' + wanted.lastName),
                                  wanted.lastName + u' ' + wanted.name};
        for (const QString& query : queries) {
            app->window()->cardholderList()->search(query);
            QTRY_VERIFY_WITH_TIMEOUT(
                model->state() == CardholderListModel::State::Idle && model->searchText() == query.trimmed(), kLimitMs);
            int foundRow = -1;
            for (int i = 0; i < model->rowCount(); ++i)
                if (model->cardholderAt(i).id == wanted.id)
                    foundRow = i;
            QVERIFY2(foundRow >= 0, qPrintable(query));
            // The row shows where it matched: the words are marked in the cells that hold them.
            QTableView* table = app->window()->cardholderList()->table();
            const int column = query == document ? int(CardholderListModel::Document) : int(CardholderListModel::Name);
            table->scrollTo(model->index(foundRow, column));
            QTRY_VERIFY_WITH_TIMEOUT(table->isVisible(), kLimitMs);
            const QRect cell = table->visualRect(model->index(foundRow, column));
            const QImage image = table->viewport()->grab(cell).toImage();
            bool marked = false;
            for (int y = 0; y < image.height() && !marked; ++y)
                for (int x = 0; x < image.width() && !marked; ++x)
                    marked = (image.pixel(x, y) & 0xffffffu) == core::palette::searchMatch;
            QVERIFY2(marked, qPrintable(QStringLiteral("no search marker in the cell of \"%1\"").arg(query)));
        }
        QCOMPARE(views::SearchHighlightDelegate::matchRanges(QStringLiteral("Raúl Morales"), {QStringLiteral("raul")}),
                 (QList<std::pair<qsizetype, qsizetype>>{{0, 4}}));
    }

    void clickingAHeaderSortsOnTheServer() {
        auto app = signedIn();
        QVERIFY(app);
        QTableView* table = app->window()->cardholderList()->table();
        QHeaderView* header = table->horizontalHeader();
        const int x = header->sectionViewportPosition(CardholderListModel::LastName) + 5;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QTRY_VERIFY_WITH_TIMEOUT(app->lastListParameter(QStringLiteral("sortBy")) == u"lastName" &&
                                     app->model()->state() == CardholderListModel::State::Idle &&
                                     app->model()->rowCount() == 50,
                                 kLimitMs);
        const QString order = app->lastListParameter(QStringLiteral("sortOrder"));
        QVERIFY(order == u"asc" || order == u"desc");
        QStringList lastNames;
        for (int row = 0; row < app->model()->rowCount(); ++row)
            lastNames << app->model()->cardholderAt(row).lastName;
        QStringList sorted = lastNames;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString& a, const QString& b) { return QString::compare(a, b, Qt::CaseInsensitive) < 0; });
        if (order == u"desc")
            std::reverse(sorted.begin(), sorted.end());
        for (int i = 1; i < lastNames.size(); ++i) // the server's collation may differ on ties and accents only
            QVERIFY2(QString::compare(lastNames.at(i - 1).left(1), lastNames.at(i).left(1), Qt::CaseInsensitive) *
                             (order == u"asc" ? 1 : -1) <=
                         0,
                     qPrintable(lastNames.join(u',')));
        // Clicking again reverses the order.
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QTRY_VERIFY_WITH_TIMEOUT(app->lastListParameter(QStringLiteral("sortOrder")) != order, kLimitMs);
    }

    void copyAndExportTheLoadedRows() {
        auto app = signedIn();
        QVERIFY(app);
        views::CardholderListPage* page = app->window()->cardholderList();
        QTableView* table = page->table();
        const api::Cardholder first = app->model()->cardholderAt(0);
        const api::Cardholder second = app->model()->cardholderAt(1);
        table->setFocus();
        table->setCurrentIndex(app->model()->index(0, CardholderListModel::Email));
        QTest::keySequence(table, QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(), first.email); // one cell
        table->setCurrentIndex(app->model()->index(1, 0));
        table->selectionModel()->select(QItemSelection(app->model()->index(0, 0), app->model()->index(1, 0)),
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::keySequence(table, QKeySequence::Copy);
        const QStringList lines = QApplication::clipboard()->text().split(u'\n');
        QCOMPARE(lines.size(), 2); // two rows, tab-separated, in screen order
        QVERIFY(lines.at(0).startsWith(first.name + u'\t' + first.lastName));
        QVERIFY(lines.at(1).contains(second.email));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cardholders.csv"));
        QString error;
        QVERIFY2(page->exportCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QStringList rows = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 51); // header and the 50 loaded rows
        QCOMPARE(rows.at(0), QStringLiteral("Name,Last name,Document type,Document number,E-mail,Phone,Created,"
                                            "Cardholder id"));
        const QStringList fields = rows.at(1).split(u',');
        QCOMPARE(fields.at(4), first.email);
        QCOMPARE(fields.at(7), QString::number(first.id));
        QCOMPARE(QDateTime::fromString(fields.at(6), Qt::ISODate), first.createdAt);
        QVERIFY(fields.at(6).contains(u'Z') || fields.at(6).contains(u'+') || fields.at(6).count(u'-') > 2);
    }

    void enterOpensTheCardholderDetail() {
        auto app = signedIn();
        QVERIFY(app);
        QTableView* table = app->window()->cardholderList()->table();
        const api::Cardholder third = app->model()->cardholderAt(2);
        table->setFocus();
        table->setCurrentIndex(app->model()->index(2, 0));
        QTest::keyClick(table, Qt::Key_Return);
        auto* title = byName<QLabel>(app->window(), QStringLiteral("Cardholder name"));
        QVERIFY(title);
        QTRY_VERIFY_WITH_TIMEOUT(title->isVisible() && title->text().contains(third.lastName), kLimitMs);
        QVERIFY(std::any_of(app->requests.cbegin(), app->requests.cend(), [&third](const QUrl& url) {
            return url.path().endsWith(QStringLiteral("/cardholders/%1").arg(third.id));
        }));
    }

    void selectingARowOpensItAndTheDetailFollowsTheSelection() {
        auto app = signedIn();
        QVERIFY(app);
        QTableView* table = app->window()->cardholderList()->table();
        auto* detail = app->window()->findChild<views::CardholderDetailView*>();
        QVERIFY(detail);
        auto* title = byName<QLabel>(app->window(), QStringLiteral("Cardholder name"));
        QVERIFY(title);
        const auto detailRequests = [&app](qint64 id) {
            return std::count_if(app->requests.cbegin(), app->requests.cend(), [id](const QUrl& url) {
                return url.path().endsWith(QStringLiteral("/cardholders/%1").arg(id));
            });
        };
        const auto clickRow = [table](int row, Qt::KeyboardModifiers modifiers = {}) {
            const QRect cell = table->visualRect(table->model()->index(row, 1));
            QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, cell.center());
        };

        // One click on a row: its cardholder opens, no Enter needed.
        const api::Cardholder second = app->model()->cardholderAt(1);
        clickRow(1);
        QTRY_VERIFY_WITH_TIMEOUT(title->isVisible() && title->text().contains(second.lastName), kLimitMs);
        QCOMPARE(detail->cardholderId(), second.id);
        QCOMPARE(detail->cardholder()->id, second.id);

        // Another click: the detail follows (the first one is not left on screen).
        const api::Cardholder fourth = app->model()->cardholderAt(3);
        clickRow(3);
        QCOMPARE(detail->cardholderId(), second.id); // still settling: nothing asked yet
        QTRY_COMPARE_WITH_TIMEOUT(detail->cardholderId(), fourth.id, kLimitMs);
        QTRY_VERIFY_WITH_TIMEOUT(title->isVisible() && title->text().contains(fourth.lastName), kLimitMs);

        // Arrow keys through the list: only the row the agent stops on is asked for.
        table->setFocus();
        const QList<api::Cardholder> passed{app->model()->cardholderAt(4), app->model()->cardholderAt(5),
                                            app->model()->cardholderAt(6)};
        const api::Cardholder stop = app->model()->cardholderAt(7);
        for (int step = 0; step < 4; ++step)
            QTest::keyClick(table, Qt::Key_Down);
        QTRY_COMPARE_WITH_TIMEOUT(detail->cardholderId(), stop.id, kLimitMs);
        QTRY_VERIFY_WITH_TIMEOUT(title->isVisible() && title->text().contains(stop.lastName), kLimitMs);
        for (const api::Cardholder& skipped : passed)
            QCOMPARE(detailRequests(skipped.id), 0);
        QCOMPARE(detailRequests(stop.id), 1);

        // Ctrl+click takes the row out of the selection: nothing selected, nothing shown.
        clickRow(7, Qt::ControlModifier);
        QVERIFY(!table->selectionModel()->hasSelection());
        QTRY_COMPARE_WITH_TIMEOUT(detail->cardholderId(), qint64(0), kLimitMs);
        QVERIFY(!detail->cardholder());
        QVERIFY(!title->isVisible());
        QCOMPARE(labelText(detail, QStringLiteral("Cardholder detail status")),
                 QStringLiteral("Open a cardholder to see their profile."));

        // Several rows selected: none of them is shown as if it were the one.
        clickRow(2);
        QTRY_COMPARE_WITH_TIMEOUT(detail->cardholderId(), app->model()->cardholderAt(2).id, kLimitMs);
        clickRow(4, Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(detail->cardholderId(), qint64(0), kLimitMs);
        const QString several = labelText(detail, QStringLiteral("Cardholder detail status"));
        QVERIFY2(several.startsWith(u"3 cardholder") && several.contains(u"Select one"), qPrintable(several));

        // A search that no longer lists the open cardholder clears the detail; one that does selects its row again.
        clickRow(0);
        const api::Cardholder first = app->model()->cardholderAt(0);
        QTRY_VERIFY_WITH_TIMEOUT(detail->cardholder() && detail->cardholder()->id == first.id, kLimitMs);
        app->window()->cardholderList()->search(first.email);
        QTRY_VERIFY_WITH_TIMEOUT(
            table->selectionModel()->isRowSelected(0, {}) && app->model()->cardholderAt(0).id == first.id, kLimitMs);
        QCOMPARE(detail->cardholderId(), first.id);
        app->window()->cardholderList()->search(QStringLiteral("nobody-matches-this@example.invalid"));
        QTRY_COMPARE_WITH_TIMEOUT(detail->cardholderId(), qint64(0), kLimitMs);
    }

    void theCardholderDetailListsTheirAssociations() {
        auto app = signedIn();
        QVERIFY(app);
        QTableView* table = app->window()->cardholderList()->table();
        const api::Cardholder first = app->model()->cardholderAt(0);
        table->setFocus();
        table->setCurrentIndex(app->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        auto* associations = byName<QTableView>(app->window(), QStringLiteral("Associated cards"));
        QVERIFY(associations);
        const QString path = QStringLiteral("/cardholders/%1/cards/association").arg(first.id);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(app->requests.cbegin(), app->requests.cend(),
                                             [&path](const QUrl& url) { return url.path().endsWith(path); }),
                                 kLimitMs);
        auto* status = byName<QLabel>(app->window(), QStringLiteral("Associations status"));
        QVERIFY(status);
        // Loaded: the table, or the sentence for a cardholder without associations; never an error.
        QTRY_VERIFY_WITH_TIMEOUT(status->text().isEmpty() || status->text().contains(u"No third-party"), kLimitMs);
        QVERIFY(byName<QPushButton>(app->window(), QStringLiteral("Associate a card"))->isEnabled());
    }

    void fromTheCardsSectionToAMovementsReportOnDisk() {
        auto app = signedIn();
        QVERIFY(app);
        views::MainWindow* window = app->window();
        // Ctrl+2 opens the Cards section, whose partner list is loaded the first time it is shown.
        QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window->currentSection(), views::MainWindow::Section::Cards);
        views::CardsView* cards = partnerCardsOf(window);
        QVERIFY(cards);
        QAbstractItemModelTester proxyTester(cards->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Find (Ctrl+F) filters the cards here instead of searching cardholders.
        cards->table()->setFocus();
        QTest::keyClick(cards->table(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(window->currentSection(), views::MainWindow::Section::Cards);
        QTRY_VERIFY_WITH_TIMEOUT(cards->filterField()->hasFocus(), kLimitMs);

        // A card held by a cardholder: Ctrl+M shows its movements in the Movements section.
        int row = 0;
        while (row < cards->proxy()->rowCount() &&
               !cards->proxy()->index(row, 0).data(models::CardListModel::CardholderIdRole).isValid())
            ++row;
        QVERIFY(row < cards->proxy()->rowCount());
        cards->table()->setFocus();
        cards->table()->setCurrentIndex(cards->proxy()->index(row, 0));
        const api::Card card = *cards->currentCard();
        QTest::keyClick(cards->table(), Qt::Key_M, Qt::ControlModifier);
        QCOMPARE(window->currentSection(), views::MainWindow::Section::Movements);
        auto* movements = window->findChild<views::MovementsView*>();
        QVERIFY(movements);
        QCOMPARE(movements->card().id, card.id);

        // "Download report…" asks where to save, then the Downloads dock shows the download until the file is there.
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        auto* report = byName<QPushButton>(movements, QStringLiteral("Download report"));
        QVERIFY(report);
        QTRY_VERIFY_WITH_TIMEOUT(report->isEnabled(), kLimitMs);
        QTest::mouseClick(report, Qt::LeftButton);
        auto* save = window->findChild<QFileDialog*>();
        QVERIFY(save);
        QTRY_VERIFY_WITH_TIMEOUT(save->isVisible(), kLimitMs);
        const QString path = QDir(folder.path()).filePath(QFileInfo(save->selectedFiles().value(0)).fileName());
        QVERIFY(path.endsWith(QStringLiteral("_%1.pdf").arg(movements->to().toString(Qt::ISODate))));
        save->selectFile(path);
        static_cast<QDialog*>(save)->accept(); // as the Save button does
        QTRY_VERIFY_WITH_TIMEOUT(window->downloadsDock()->isVisible(), kLimitMs);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > 0, kLimitMs);
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        // The folder is remembered for the next report.
        QCOMPARE(QDir(app::Settings().lastReportFolder()).canonicalPath(), QDir(folder.path()).canonicalPath());

        // The dock shows where reports are: once the report is done, not over the cardholders or the cards; back
        // in the Movements section with the finished report listed.
        auto* downloads = window->findChild<views::ReportDownloadPanel*>();
        QVERIFY(downloads);
        QTRY_COMPARE_WITH_TIMEOUT(downloads->runningCount(), 0, kLimitMs);
        using Section = views::MainWindow::Section;
        window->showSection(Section::Cardholders); // as Ctrl+1 does
        QVERIFY(!window->downloadsDock()->isVisible());
        window->showSection(Section::Cards);
        QVERIFY(!window->downloadsDock()->isVisible());
        window->showSection(Section::Movements);
        QVERIFY(window->downloadsDock()->isVisible());
        // Ctrl+J (View › Downloads) still shows it anywhere.
        window->showSection(Section::Cardholders);
        QVERIFY(!window->downloadsDock()->isVisible());
        window->downloadsDock()->toggleViewAction()->trigger();
        QVERIFY(window->downloadsDock()->isVisible());
    }

    void idleLockHidesTheDataAndThePasswordRestoresTheView() {
        auto app = signedIn();
        QVERIFY(app);
        views::MainWindow* window = app->window();
        views::CardholderListPage* page = window->cardholderList();
        page->search(QStringLiteral("outlook"));
        QTRY_VERIFY_WITH_TIMEOUT(app->model()->state() == CardholderListModel::State::Idle &&
                                     app->model()->searchText() == u"outlook" && app->model()->rowCount() > 3,
                                 kLimitMs);
        page->table()->setFocus();
        page->table()->setCurrentIndex(app->model()->index(3, 1));
        // A half-filled new-cardholder form is open (Ctrl+N); a second Ctrl+N does not open another one.
        QTest::keySequence(page->table(), QKeySequence::New);
        QTest::keySequence(page->table(), QKeySequence::New);
        QCOMPARE(window->findChildren<views::CreateCardholderDialog*>().size(), qsizetype(1));
        auto* form = window->findChild<views::CreateCardholderDialog*>();
        QVERIFY(form->isVisible());
        byName<QLineEdit>(form, QStringLiteral("Name"))->setText(QStringLiteral("Half-typed"));

        app->controller->idleMonitor()->setTimeout(std::chrono::milliseconds(300));
        QTRY_VERIFY_WITH_TIMEOUT(window->isLocked(), 5000);
        QVERIFY(!page->isVisible()); // no cardholder data on screen
        QVERIFY(!page->table()->isVisible());
        QVERIFY(!form->isVisible()); // nor in an open dialog
        QVERIFY(window->lockScreen()->isVisible());

        auto* password = byName<QLineEdit>(window->lockScreen(), QStringLiteral("Password"));
        auto* error = byName<QLabel>(window->lockScreen(), QStringLiteral("Unlock error"));
        QTest::keyClicks(password, QStringLiteral("wrong-password"));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(error->text().contains(u"not correct"), kLimitMs);
        QVERIFY(window->isLocked());
        QVERIFY(password->text().isEmpty()); // a password never stays in a field after use

        QTest::keyClicks(password, agentPassword());
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!window->isLocked(), kLimitMs);
        // The same view: search, rows and current cell as the agent left them.
        QVERIFY(page->isVisible());
        QCOMPARE(page->searchField()->text(), QStringLiteral("outlook"));
        QCOMPARE(app->model()->searchText(), QStringLiteral("outlook"));
        QCOMPARE(page->table()->currentIndex(), app->model()->index(3, 1));
        QVERIFY(form->isVisible()); // the form is back with what was typed
        QCOMPARE(byName<QLineEdit>(form, QStringLiteral("Name"))->text(), QStringLiteral("Half-typed"));
        form->reject();
        app->controller->idleMonitor()->setTimeout(std::chrono::minutes(15));
    }

    void aSessionThatCannotBeRenewedLocksAndThePasswordContinues() {
        auto app = signedIn();
        QVERIFY(app);
        views::MainWindow* window = app->window();
        window->showSection(views::MainWindow::Section::Cardholders);
        // The server forgets the session (e.g. revoked): both tokens are now dead.
        app->controller->client()->setOperatorTokens({QStringLiteral("revoked"), QStringLiteral("revoked")});
        window->cardholderList()->refreshAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window->isLocked(), kLimitMs);
        QCOMPARE(window->lockScreen()->reason(), views::LockScreen::Reason::SessionExpired);
        QVERIFY(byName<QLabel>(window->lockScreen(), QStringLiteral("Lock explanation"))->text().contains(kAgent));
        auto* password = byName<QLineEdit>(window->lockScreen(), QStringLiteral("Password"));
        QTest::keyClicks(password, agentPassword());
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!window->isLocked(), kLimitMs);
        // What failed while the session was gone is loaded again.
        QTRY_VERIFY_WITH_TIMEOUT(
            app->model()->state() == CardholderListModel::State::Idle && app->model()->rowCount() == 50, kLimitMs);
    }

    void aRememberedSessionContinuesWithoutThePassword() {
        const QString key = core::TokenStore::keyFor(m_server.sandboxBaseUrl(), profile().merchant, kAgent);
        QString remembered;
        {
            auto first = signedIn();
            QVERIFY(first);
            remembered = first->storedToken(key);
            QVERIFY(!remembered.isEmpty());
        } // the app quits without signing out
        auto store = std::make_unique<core::MemoryTokenStore>();
        store->write(key, remembered, nullptr, [](const QString&) {});
        App second(profile(), std::move(store));
        QVERIFY(second.waitForList()); // no password typed
        QVERIFY(!second.storedToken(key).isEmpty());
        QVERIFY(second.storedToken(key) != remembered); // rotated: the old one is single-use

        // A dead remembered token: the sign-in form asks for the password and the token is forgotten.
        auto deadStore = std::make_unique<core::MemoryTokenStore>();
        deadStore->write(key, remembered, nullptr, [](const QString&) {}); // already used above
        App third(profile(), std::move(deadStore));
        QTRY_VERIFY_WITH_TIMEOUT(third.signInStatus().contains(u"Enter your password"), kLimitMs);
        QVERIFY(!third.window());
        QTRY_VERIFY_WITH_TIMEOUT(third.storedToken(key).isEmpty(), kLimitMs);
    }

    void noSecretReachesSettingsOrLogs() {
        // A full session of a supervisor: sign in, silent refresh, a detail behind a one-time password, lock and
        // unlock, sign out. Then neither the settings file nor anything logged may hold a secret of it.
        const QString supervisor = QStringLiteral("supervisor@migo.test");
        const QString password = m_server.passwordOf(supervisor);
        views::SignInProfile p = profile();
        p.email = supervisor;
        App app(p);
        QStringList secrets{password};
        auto* client = app.controller->client();
        auto collect = [client, &secrets] {
            for (const QString& token : {client->operatorTokens().accessToken, client->operatorTokens().refreshToken,
                                         client->appTokens().accessToken, client->appTokens().refreshToken})
                if (!token.isEmpty() && !secrets.contains(token))
                    secrets << token;
        };
        QObject::connect(client, &api::CmsClient::operatorTokensChanged, app.controller.get(), collect);
        app.typePasswordAndSignIn(password);
        QVERIFY(app.waitForList());
        collect();
        QTest::qWait(5500); // past the access token's life: the next call refreshes
        QTableView* table = app.window()->cardholderList()->table();
        table->setFocus();
        table->setCurrentIndex(app.model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QWidget* otpDialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((otpDialog =
                                      [] {
                                          for (QWidget* w : QApplication::topLevelWidgets())
                                              if (w->isVisible() && w->inherits("migo::views::OtpDialog"))
                                                  return w;
                                          return static_cast<QWidget*>(nullptr);
                                      }()) != nullptr &&
                                     !m_server.lastOtp(supervisor).isEmpty(),
                                 kLimitMs);
        // Type only once the dialog has the server's answer (it says where the code went).
        auto codeWasSent = [otpDialog] {
            const QList<QLabel*> labels = otpDialog->findChildren<QLabel*>();
            return std::any_of(labels.cbegin(), labels.cend(),
                               [](const QLabel* label) { return label->text().contains(u"was sent"); });
        };
        QTRY_VERIFY_WITH_TIMEOUT(codeWasSent() && otpDialog->findChild<QLineEdit*>()->isEnabled(), kLimitMs);
        const QString otp = m_server.lastOtp(supervisor);
        secrets << otp;
        QTest::keyClicks(otpDialog->findChild<QLineEdit*>(), otp);
        auto* title = byName<QLabel>(app.window(), QStringLiteral("Cardholder name"));
        auto* detailStatus = byName<QLabel>(app.window(), QStringLiteral("Cardholder detail status"));
        QTRY_VERIFY2_WITH_TIMEOUT(title->isVisible() && !title->text().isEmpty(), qPrintable(detailStatus->text()),
                                  kLimitMs);
        collect();
        app.window()->lock(views::LockScreen::Reason::Manual);
        auto* lockPassword = byName<QLineEdit>(app.window()->lockScreen(), QStringLiteral("Password"));
        QTest::keyClicks(lockPassword, password);
        QTest::keyClick(lockPassword, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!app.window()->isLocked(), kLimitMs);
        collect();
        QVERIFY(secrets.size() >= 6); // the password, the OTP and at least two generations of tokens
        app.controller->signOut();
        QSettings().sync();

        QFile settingsFile(QSettings().fileName());
        QVERIFY2(settingsFile.open(QIODevice::ReadOnly), qPrintable(QSettings().fileName()));
        const QString settingsText = QString::fromUtf8(settingsFile.readAll());
        QVERIFY(settingsText.contains(supervisor)); // the profile is there: the file is the right one
        const QString log = capturedLog().join(u'\n');
        QVERIFY2(log.contains(u"cardholderDetail"), qPrintable(log.right(600))); // the client's log was captured
        for (const QString& secret : std::as_const(secrets)) {
            QVERIFY2(!settingsText.contains(secret), "a secret is in the settings file");
            QVERIFY2(!log.contains(secret), "a secret is in the log");
        }
    }

    void lockAndSignOutClearWhatTheAppCopied() {
        // Issue 13: a copied cardholder row must not outlive the lock or the session.
        auto app = signedIn();
        QVERIFY(app);
        QTableView* table = app->window()->cardholderList()->table();
        table->setFocus();
        table->setCurrentIndex(app->model()->index(0, CardholderListModel::Email));
        QTest::keySequence(table, QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(), app->model()->cardholderAt(0).email);
        app->window()->lock(views::LockScreen::Reason::Manual);
        QVERIFY(QApplication::clipboard()->text().isEmpty());

        // What the agent copied from another program is theirs: the lock leaves it.
        auto* password = byName<QLineEdit>(app->window()->lockScreen(), QStringLiteral("Password"));
        password->setText(agentPassword());
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!app->window()->isLocked(), kLimitMs);
        QApplication::clipboard()->setText(QStringLiteral("a note from another program"));
        app->window()->lock(views::LockScreen::Reason::Manual);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("a note from another program"));
        password->setText(agentPassword());
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!app->window()->isLocked(), kLimitMs);

        table->setFocus();
        table->setCurrentIndex(app->model()->index(1, CardholderListModel::Email));
        QTest::keySequence(table, QKeySequence::Copy);
        QVERIFY(!QApplication::clipboard()->text().isEmpty());
        app->tester.reset();
        app->controller->signOut();
        QVERIFY(QApplication::clipboard()->text().isEmpty());
    }

    void aReadOnlyOperatorSeesActionsDisabledWithThePermissionNamed() {
        // Issue 13: the support operator may read, not act; a 403 must never be the first sign of it.
        views::SignInProfile support = profile();
        support.email = QStringLiteral("support@migo.test");
        App app(support);
        app.typePasswordAndSignIn(m_server.passwordOf(support.email));
        QVERIFY(app.waitForList());
        views::MainWindow* window = app.window();
        QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
        views::CardsView* cards = partnerCardsOf(window);
        QVERIFY(cards);
        int row = 0; // an active card held by a cardholder: only the role stands in the way
        while (row < cards->proxy()->rowCount() &&
               !(cards->proxy()->index(row, 0).data(models::CardListModel::CardholderIdRole).isValid() &&
                 cards->proxy()->index(row, models::CardListModel::Status).data().toString() == u"Active"))
            ++row;
        QVERIFY(row < cards->proxy()->rowCount());
        // The row selected, as a click selects it (single-card actions need a selected row).
        cards->table()->selectionModel()->setCurrentIndex(
            cards->proxy()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        using Action = views::CardsView::Action;
        const std::pair<Action, const char*> expected[] = {{Action::Block, "cards-admin:block"},
                                                           {Action::AddFunds, "cards-admin:addFunds"},
                                                           {Action::WithdrawFunds, "cards-admin:withdrawFunds"},
                                                           {Action::Transfer, "cards-admin:transfer"},
                                                           {Action::BlockSelected, "cards-admin:block"},
                                                           {Action::UnblockSelected, "cards-admin:unblock"}};
        for (const auto& [which, permission] : expected) {
            QAction* action = cards->action(which);
            QVERIFY2(!action->isEnabled(), permission);
            QVERIFY2(action->toolTip().contains(QLatin1String(permission)) &&
                         action->toolTip().startsWith(u"Your role does not allow"),
                     qPrintable(action->toolTip()));
        }
        QVERIFY(cards->action(Action::Movements)->isEnabled());          // reading stays open
        QTest::keyClick(cards->table(), Qt::Key_B, Qt::ControlModifier); // the shortcut follows the action
        QTest::qWait(200);
        for (const QUrl& url : std::as_const(app.requests))
            QVERIFY2(!url.path().endsWith(u"/block"), qPrintable(url.toString()));
    }

    void bulkUnblockFromAPastedListLoadsNoPartnerCards() {
        // Issue 13: after a fraud report the agent has ids, not a selection; the partner's card list stays unloaded.
        auto app = signedIn();
        QVERIFY(app);
        QAction* fromList = nullptr;
        const QList<QAction*> actions = app->window()->menuBar()->findChildren<QAction*>();
        for (QAction* action : actions)
            if (action->text() == u"Bulk &unblock from a list…")
                fromList = action;
        QVERIFY(fromList);
        fromList->trigger();
        views::BulkCardDialog* dialog = nullptr;
        QVERIFY(
            QTest::qWaitFor([&] { return (dialog = app->window()->findChild<views::BulkCardDialog*>()); }, kLimitMs));
        QStringList lines;
        for (int id = 1; id <= 490; ++id)
            lines << QString::number(id);
        for (int id = 0; id < 10; ++id)
            lines << QString::number(900000001 + id); // no such card
        auto* paste = byName<QPlainTextEdit>(dialog, QStringLiteral("Card ids"));
        QVERIFY(paste && paste->isVisible());
        paste->setPlainText(lines.join(u'\n'));
        QTest::mouseClick(byName<QPushButton>(dialog, QStringLiteral("Next")), Qt::LeftButton);
        QTRY_COMPARE(labelText(dialog, QStringLiteral("Review summary")),
                     QStringLiteral("500 card(s) · 0 already active · 500 state not known"));
        QTest::mouseClick(byName<QPushButton>(dialog, QStringLiteral("Confirm")), Qt::LeftButton);
        views::OtpDialog* otp = e2e::waitForOtpDialog(kLimitMs);
        QVERIFY(otp);
        QTest::keyClicks(e2e::codeField(otp), m_server.lastOtp(kAgent));
        models::BulkResultModel* results = dialog->resultModel();
        QVERIFY(
            QTest::qWaitFor([&] { return results->count(models::BulkResultModel::Outcome::Pending) == 0; }, kLimitMs));
        QCOMPARE(results->count(models::BulkResultModel::Outcome::Refused) +
                     results->count(models::BulkResultModel::Outcome::Done) +
                     results->count(models::BulkResultModel::Outcome::AlreadyInState),
                 500);
        QVERIFY(results->count(models::BulkResultModel::Outcome::AlreadyInState) > 0); // the active ones
        for (const QUrl& url : std::as_const(app->requests))
            QVERIFY2(!url.path().endsWith(u"/partners/1/cards"), qPrintable(url.toString()));
        dialog->close();
    }

    void aLockHoldsAcrossQuitAndRestart() {
        // Issue 13: closing a locked window and starting again must not skip the password, and nothing of a
        // cardholder may be read behind the lock screen: not on screen, not by a screen reader, not in a notice.
        const QString key = core::TokenStore::keyFor(m_server.sandboxBaseUrl(), profile().merchant, kAgent);
        QString keptAtQuit;
        {
            auto app = signedIn();
            QVERIFY(app);
            views::MainWindow* window = app->window();
            const api::Cardholder shown = app->model()->cardholderAt(0);
            QAccessibleInterface* tree = QAccessible::queryAccessibleInterface(window);
            QVERIFY(accessibleTexts(tree).join(u'\n').contains(shown.email)); // what a screen reader reads now
            QVERIFY(!app->storedToken(key).isEmpty());

            QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier); // Session › Lock
            QVERIFY(window->isLocked());
            const QString exposed = accessibleTexts(QAccessible::queryAccessibleInterface(window)).join(u'\n');
            QVERIFY2(!exposed.contains(shown.email) && !exposed.contains(shown.lastName), qPrintable(exposed));
            window->showNotice(QStringLiteral("Sandbox: the one-time password sent to x is 123456"));
            QVERIFY(window->statusBar()->currentMessage().isEmpty());
            QTRY_VERIFY_WITH_TIMEOUT(app->storedToken(key).isEmpty(), kLimitMs);
            keptAtQuit = app->storedToken(key);
            app->tester.reset();
        } // the agent quits while locked (or the machine restarts)

        auto store = std::make_unique<core::MemoryTokenStore>();
        if (!keptAtQuit.isEmpty())
            store->write(key, keptAtQuit, nullptr, [](const QString&) {});
        App next(profile(), std::move(store));
        QTRY_VERIFY_WITH_TIMEOUT(next.dialog() && next.dialog()->isVisible(), kLimitMs);
        QTest::qWait(300); // absence check: a resume would have asked the server by now
        QVERIFY(!next.window());
        for (const QUrl& url : std::as_const(next.requests))
            QVERIFY2(!url.path().contains(u"/cardholders"), qPrintable(url.toString()));
        next.typePasswordAndSignIn(agentPassword());
        QVERIFY(next.waitForList());
    }

    void switchingPartnerReloadsItsListsAndKeepsADownload() {
        // Issue 13: an operator of two partners switches without signing out; a report on its way keeps going.
        const QString lead = QStringLiteral("lead@migo.test");
        e2e::HoldingRelay relay(quint16(m_server.sandboxBaseUrl().port()));
        QVERIFY(relay.listen());
        QUrl throughRelay = m_server.sandboxBaseUrl();
        throughRelay.setPort(relay.port());
        views::SignInProfile leadProfile = profile(throughRelay);
        leadProfile.email = lead;
        App app(leadProfile);
        app.typePasswordAndSignIn(m_server.passwordOf(lead));
        QVERIFY(app.waitForList());
        views::MainWindow* window = app.window();
        auto* partner = byName<QToolButton>(window, QStringLiteral("Partner"));
        QVERIFY(partner->text().contains(u"Migo Demo Guatemala"));
        QVERIFY(partner->menu());
        const qint64 firstPartnerHolder = app.model()->cardholderAt(0).id;

        // A report of partner 1 on its way: the relay keeps its answer back until released.
        QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
        views::CardsView* cards = partnerCardsOf(window);
        QVERIFY(cards);
        const int row = activeHeldCardRow(cards);
        QVERIFY(row >= 0);
        cards->table()->setFocus();
        cards->table()->setCurrentIndex(cards->proxy()->index(row, 0));
        QTest::keyClick(cards->table(), Qt::Key_M, Qt::ControlModifier);
        auto* movements = window->findChild<views::MovementsView*>();
        auto* report = byName<QPushButton>(movements, QStringLiteral("Download report"));
        QTRY_VERIFY_WITH_TIMEOUT(report->isEnabled(), kLimitMs);
        relay.holdAnswersTo("/movements/report");
        QTemporaryDir folder;
        QTest::mouseClick(report, Qt::LeftButton);
        auto* save = window->findChild<QFileDialog*>();
        QVERIFY(save);
        const QString path = QDir(folder.path()).filePath(QStringLiteral("partner-one-report.pdf"));
        save->selectFile(path);
        static_cast<QDialog*>(save)->accept();
        auto* downloads = window->findChild<views::ReportDownloadPanel*>();
        QTRY_COMPARE_WITH_TIMEOUT(downloads->runningCount(), 1, kLimitMs);
        QTRY_COMPARE_WITH_TIMEOUT(relay.requestCount("GET", "/movements/report"), 1, kLimitMs);
        QTRY_COMPARE_WITH_TIMEOUT(relay.requestCount("GET", "/movements"), 1, kLimitMs);

        // Switch in the status bar to the second partner.
        QAction* second = nullptr;
        for (QAction* action : partner->menu()->actions())
            if (action->text().contains(u"Cooperativa Quetzal"))
                second = action;
        QVERIFY(second);
        const qsizetype before = relay.requestLines().size(); // what reaches the wire from here on
        second->trigger();
        QCOMPARE(app.model()->rowCount(), 0); // nothing of partner 1 stays on screen while partner 2 loads
        QCOMPARE(movements->card().id, qint64(0));
        QTRY_VERIFY_WITH_TIMEOUT(partner->text().contains(u"Cooperativa Quetzal"), kLimitMs);
        QVERIFY(app.waitForList());
        QVERIFY(app.model()->cardholderAt(0).id != firstPartnerHolder);
        window->activateWindow(); // back from the file dialog
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
        QVERIFY(partnerCardsOf(window));
        QStringList after;
        const QList<QByteArray> lines = relay.requestLines();
        for (qsizetype i = before; i < lines.size(); ++i) // "GET /cms/rest/app/partners/2/cards?… HTTP/1.1"
            after << QString::fromLatin1(lines.at(i))
                         .section(u' ', 1, 1)
                         .section(u'?', 0, 0)
                         .section(QStringLiteral("/cms/rest"), 1);
        QVERIFY2(after.contains(u"/app/partners/2/cardholders") && after.contains(u"/app/partners/2/cards") &&
                     after.contains(u"/app/partners/2/balance"),
                 qPrintable(after.join(u' ')));
        QVERIFY2(
            std::none_of(after.cbegin(), after.cend(), [](const QString& p) { return p.contains(u"/partners/1/"); }),
            qPrintable(after.join(u' ')));
        QVERIFY(!app.controller->session()->permissions() || app.controller->session()->permissions()->partnerId == 2);

        // The report of partner 1 was never cut off: released, it completes on disk.
        QCOMPARE(downloads->runningCount(), 1);
        relay.release();
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > 0, kLimitMs);
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
    }

    void thePartnerBalanceFollowsAnAddFunds() {
        // Issue 13: the status bar's balance is the sandbox's own after the agent adds funds to a card.
        auto app = signedIn();
        QVERIFY(app);
        views::MainWindow* window = app->window();
        auto* balance = byName<QToolButton>(window, QStringLiteral("Partner balance"));
        e2e::E2eClient server(m_server);
        QString error;
        QVERIFY2(e2e::signIn(server, m_server, kAgent, &error), qPrintable(error));
        const auto serverBalance = [&server]() -> QString {
            const auto read = e2e::sync(*server, &api::CmsClient::partnerBalance);
            return read.ok() ? core::Format::money(read.value().available, read.value().currency)
                             : read.error().userMessage;
        };
        QTRY_VERIFY_WITH_TIMEOUT(balance->text().contains(serverBalance()), kLimitMs);
        const QString opening = balance->text();

        QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
        views::CardsView* cards = partnerCardsOf(window);
        QVERIFY(cards);
        const int row = activeHeldCardRow(cards);
        QVERIFY(row >= 0);
        cards->table()->setFocus();
        cards->table()->setCurrentIndex(cards->proxy()->index(row, 0));
        cards->action(views::CardsView::Action::AddFunds)->trigger();
        views::FundsDialog* dialog = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (dialog = window->findChild<views::FundsDialog*>()); }, kLimitMs));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), kLimitMs);
        auto* amount = byName<QLineEdit>(dialog, QStringLiteral("Amount"));
        QTest::keyClicks(amount, QStringLiteral("1234.5"));
        QTest::mouseClick(byName<QPushButton>(dialog, QStringLiteral("Continue")), Qt::LeftButton);
        QTest::mouseClick(byName<QPushButton>(dialog, QStringLiteral("Confirm")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(labelText(dialog, QStringLiteral("Outcome")), QStringLiteral("Done"), kLimitMs);
        // Read again by the app on its own, and equal to what the sandbox says now.
        QTRY_VERIFY_WITH_TIMEOUT(balance->text() != opening, kLimitMs);
        QVERIFY2(balance->text().contains(serverBalance()), qPrintable(balance->text() + u" / " + serverBalance()));
        dialog->close();
    }

    void signOutForgetsTokensAndRows() {
        auto app = signedIn();
        QVERIFY(app);
        const QString key = core::TokenStore::keyFor(m_server.sandboxBaseUrl(), profile().merchant, kAgent);
        QVERIFY(!app->storedToken(key).isEmpty());
        CardholderListModel* model = app->model();
        app->tester.reset();
        QPointer<views::MainWindow> window = app->window();
        app->controller->signOut();
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(!app->controller->client()->hasOperatorSession());
        QTRY_VERIFY_WITH_TIMEOUT(!window, kLimitMs); // the window and everything it showed are gone
        QVERIFY(app->storedToken(key).isEmpty());
        QVERIFY(app->dialog() && app->dialog()->isVisible());
        QVERIFY(byName<QLineEdit>(app->dialog(), QStringLiteral("Password"))->text().isEmpty());
    }
};

int main(int argc, char* argv[]) {
    // Settings of this run go to a folder of its own, never the developer's.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", config.path().toLocal8Bit());
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MigoTest"));
    QApplication::setApplicationName(QStringLiteral("tst_gui_mainwindow"));
    TestGuiMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_mainwindow.moc"
