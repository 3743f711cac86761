// The movements view (issue 6) against a real migo-cms-sandbox: period presets, paging through a year of movements,
// totals, server-side sorting, the movement detail panel with Ctrl+C, CSV export, and local days mapped onto the
// server's UTC days. Every list assertion is checked against the server's own answer to the same question.
// Demo facts (tests/e2e): cardholder 1 owns cards 1 and 2 (ACTIVE, each with up to a year of movements).
#include "E2eHarness.h"
#include "Format.h"
#include "MovementDetailPanel.h"
#include "MovementListModel.h"
#include "MovementsView.h"
#include "WidgetLookup.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>
#include <string_view>

using namespace migo;
using api::CmsClient;
using api::Money;
using e2e::E2eClient;
using e2e::E2eServer;
using e2e::sync;
using models::MovementListModel;
using views::MovementDetailPanel;
using views::MovementsView;

namespace {

using migo::e2e::byName;
using migo::e2e::labelText;

constexpr int kLimitMs = 20000;
const QString kSupport = QStringLiteral("support@migo.test"); // read-only: what a first-line agent has
const QString kAgent = QStringLiteral("agent@migo.test");

/// One view on a signed-in client, shown as the card screens show it, with the model under a tester.
struct Screen {
    E2eClient client;
    MovementsView view;
    QAbstractItemModelTester tester;
    bool signedIn = false;

    explicit Screen(const E2eServer& server)
        : client(server)
        , view(&client.client)
        , tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest) {
        QString error;
        signedIn = e2e::signIn(client, server, kSupport, &error);
        if (!signedIn)
            qWarning("sign-in failed: %s", qPrintable(error));
        view.setTimeZone(QTimeZone::utc()); // the server's days: its answers can be compared one to one
        view.resize(1100, 600);
        view.show();
    }

    MovementListModel& model() { return *view.model(); }
    QTableView* table() { return byName<QTableView>(&view, QStringLiteral("Movements")); }
    bool waitIdle() {
        return QTest::qWaitFor([this] { return model().state() == MovementListModel::State::Idle; }, kLimitMs);
    }
    bool waitComplete() {
        return QTest::qWaitFor(
            [this] { return model().state() == MovementListModel::State::Idle && model().isComplete(); }, kLimitMs);
    }
    QList<qint64> transferIds() {
        QList<qint64> ids;
        for (int row = 0; row < model().rowCount(); ++row)
            ids << model().movementAt(row).transferId;
        return ids;
    }
};

} // namespace

class TestGuiMovements final : public QObject {
    Q_OBJECT

private:
    E2eServer m_server;
    std::unique_ptr<E2eClient> m_reader;
    api::Card m_card; ///< cardholder 1's card 1, as the server lists it

    /// Every movement of card 1 in [from, to] (UTC days), newest first, straight from the server.
    QList<api::Movement> serverMovements(QDate from, QDate to) {
        QList<api::Movement> all;
        api::MovementQuery query;
        query.from = from;
        query.to = to;
        query.limit = 200;
        for (query.page = 1;; ++query.page) {
            const auto page = sync(**m_reader, &CmsClient::listMovements, qint64(1), m_card.id, query);
            if (!page.ok()) {
                qWarning("listMovements: %s", e2e::describe(page).constData());
                return {};
            }
            all += page.value().items;
            if (!page.value().hasMore())
                return all;
        }
    }

    static QList<qint64> idsOf(const QList<api::Movement>& movements) {
        QList<qint64> ids;
        for (const api::Movement& m : movements)
            ids << m.transferId;
        return ids;
    }

private Q_SLOTS:
    void initTestCase() {
        qRegisterMetaType<api::Card>();
        QString error;
        QVERIFY2(m_server.start({}, &error), qPrintable(error));
        m_reader = std::make_unique<E2eClient>(m_server);
        QVERIFY2(e2e::signIn(*m_reader, m_server, kSupport, &error), qPrintable(error));
        const auto cards = sync(**m_reader, &CmsClient::listCardholderCards, qint64(1));
        E2E_OK(cards);
        for (const api::Card& card : cards.value())
            if (card.id == 1)
                m_card = card;
        QCOMPARE(m_card.id, qint64(1));
        QVERIFY(m_card.cardholderId.has_value());
        QCOMPARE(m_card.currency, QStringLiteral("GTQ"));
    }

    void presetsProduceTheirPeriods() {
        Screen screen(m_server);
        QVERIFY(screen.signedIn);
        MovementsView& view = screen.view;
        view.setToday(QDate(2026, 3, 15));
        const QList<std::tuple<MovementsView::Preset, QDate, QDate>> cases = {
            {MovementsView::Preset::Today, QDate(2026, 3, 15), QDate(2026, 3, 15)},
            {MovementsView::Preset::ThisMonth, QDate(2026, 3, 1), QDate(2026, 3, 15)},
            {MovementsView::Preset::LastMonth, QDate(2026, 2, 1), QDate(2026, 2, 28)},
            {MovementsView::Preset::Last90Days, QDate(2025, 12, 16), QDate(2026, 3, 15)}};
        for (const auto& [preset, from, to] : cases) {
            view.setPreset(preset);
            QCOMPARE(view.from(), from);
            QCOMPARE(view.to(), to);
        }
        // Month and year edges: a leap February, and January's "last month" in the year before.
        view.setToday(QDate(2024, 3, 31));
        view.setPreset(MovementsView::Preset::LastMonth);
        QCOMPARE(view.from(), QDate(2024, 2, 1));
        QCOMPARE(view.to(), QDate(2024, 2, 29));
        view.setToday(QDate(2026, 1, 10));
        QCOMPARE(view.from(), QDate(2025, 12, 1)); // a new "today" re-applies the preset
        QCOMPARE(view.to(), QDate(2025, 12, 31));

        // By keyboard: the period box, one step down from "Today" is "This month".
        auto* combo = byName<QComboBox>(&view, QStringLiteral("Period"));
        QVERIFY(combo);
        view.setPreset(MovementsView::Preset::Today);
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentText(), QStringLiteral("This month"));
        QCOMPARE(view.from(), QDate(2026, 1, 1));
        QCOMPARE(view.to(), QDate(2026, 1, 10));

        // The request: with a card shown, the model asks for exactly the preset's days and lists what the server
        // has in them (real today: the demo world's movements end an hour before today's UTC midnight).
        view.setToday(QDate());
        view.showCard(m_card);
        QCOMPARE(view.from(), QDate(QDateTime::currentDateTimeUtc().date().year(),
                                    QDateTime::currentDateTimeUtc().date().month(), 1)); // default: this month
        view.setPreset(MovementsView::Preset::Last90Days);
        QCOMPARE(screen.model().from(), view.from());
        QCOMPARE(screen.model().to(), view.to());
        QCOMPARE(view.to(), QDateTime::currentDateTimeUtc().date());
        QCOMPARE(view.from(), view.to().addDays(-89));
        QVERIFY(screen.waitIdle());
        QCOMPARE(byName<QPushButton>(&view, QStringLiteral("Load all"))->isEnabled(), screen.model().canFetchMore());
        if (screen.model().canFetchMore())
            byName<QPushButton>(&view, QStringLiteral("Load all"))->click();
        QVERIFY(screen.waitComplete());
        const QList<api::Movement> expected = serverMovements(view.from(), view.to());
        QVERIFY(!expected.isEmpty());
        QCOMPARE(screen.transferIds(), idsOf(expected));
        for (int row = 0; row < screen.model().rowCount(); ++row) {
            const QDate day = screen.model().movementAt(row).createdAt.toUTC().date();
            QVERIFY(day >= view.from() && day <= view.to());
        }

        // A start after the end is refused at the field; nothing is sent and the rows stay.
        const QList<qint64> before = screen.transferIds();
        auto* fromEdit = byName<QDateEdit>(&view, QStringLiteral("From date"));
        QVERIFY(fromEdit);
        fromEdit->setDate(view.to().addDays(3));
        QTRY_VERIFY_WITH_TIMEOUT(byName<QLabel>(&view, QStringLiteral("Period problem"))->isVisible(), kLimitMs);
        QVERIFY(labelText(&view, QStringLiteral("Period problem")).contains(u"start date is after the end date"));
        QCOMPARE(combo->currentText(), QStringLiteral("Custom"));
        QCOMPARE(screen.model().state(), MovementListModel::State::Idle);
        QCOMPARE(screen.model().from(), view.to().addDays(-89));
        QCOMPARE(screen.transferIds(), before);
    }

    void pagesToTheEndOfAYearOfMovementsAndSortsOnTheServer() {
        Screen screen(m_server);
        QVERIFY(screen.signedIn);
        screen.model().setPageSize(10); // the demo card has up to 48 movements a year: several pages of 10
        screen.view.resize(1100, 320);  // ten rows overflow the list, so it asks for more only when scrolled
        screen.view.showCard(m_card);
        const QDate today = QDateTime::currentDateTimeUtc().date();
        screen.view.setCustomPeriod(today.addYears(-1), today);
        QCOMPARE(screen.model().from(), today.addYears(-1));
        const QList<api::Movement> expected = serverMovements(today.addYears(-1), today);
        QVERIFY2(expected.size() > 20, qPrintable(QString::number(expected.size())));
        QVERIFY(screen.waitIdle());
        QCOMPARE(screen.model().rowCount(), 10);
        QVERIFY(screen.model().canFetchMore());
        QVERIFY(labelText(&screen.view, QStringLiteral("Totals")).contains(u"Load all"));

        // Scrolling to the end of the list asks for the next page (the view calls fetchMore).
        screen.table()->setFocus();
        screen.table()->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(screen.model().rowCount() >= 20, kLimitMs);
        // "Load all" pages on to the end.
        QVERIFY(screen.waitIdle());
        byName<QPushButton>(&screen.view, QStringLiteral("Load all"))->click();
        QVERIFY(screen.waitComplete());
        QCOMPARE(screen.model().rowCount(), int(expected.size()));
        QCOMPARE(screen.transferIds(), idsOf(expected)); // newest first, same order and rows as the server's
        QVERIFY(!screen.model().canFetchMore());
        QVERIFY(!byName<QPushButton>(&screen.view, QStringLiteral("Load all"))->isEnabled());
        QVERIFY(!labelText(&screen.view, QStringLiteral("Totals")).contains(u"Load all"));
        for (int row = 1; row < screen.model().rowCount(); ++row)
            QVERIFY(screen.model().movementAt(row - 1).createdAt >= screen.model().movementAt(row).createdAt);

        // Oldest first, from the sort box (keyboard users) and from the Date header.
        auto* sort = byName<QComboBox>(&screen.view, QStringLiteral("Sort order"));
        QVERIFY(sort);
        sort->setFocus();
        QTest::keyClick(sort, Qt::Key_Down); // "Newest first" → "Oldest first"
        QCOMPARE(sort->currentText(), QStringLiteral("Oldest first"));
        QVERIFY(screen.waitIdle());
        QCOMPARE(screen.model().rowCount(), 10); // back to page 1 of the new order
        QCOMPARE(screen.model().movementAt(0).transferId, expected.last().transferId);
        QHeaderView* header = screen.table()->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), int(MovementListModel::Date));
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);

        // By amount, largest first, with mouse clicks on the Debit header; the server sorts debits and credits
        // together.
        const auto clickDebitHeader = [header] {
            const int x = header->sectionViewportPosition(MovementListModel::Debit) +
                          header->sectionSize(MovementListModel::Debit) / 2;
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        };
        clickDebitHeader();
        QCOMPARE(header->sortIndicatorSection(), int(MovementListModel::Debit));
        if (header->sortIndicatorOrder() == Qt::AscendingOrder) {
            QVERIFY(screen.waitIdle());
            QCOMPARE(sort->currentText(), QStringLiteral("Smallest amount first"));
            clickDebitHeader();
        }
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QVERIFY(screen.waitIdle());
        QCOMPARE(sort->currentText(), QStringLiteral("Largest amount first"));
        Money largest;
        for (const api::Movement& m : expected)
            largest = std::max(largest, m.amount);
        QCOMPARE(screen.model().movementAt(0).amount, largest);
        for (int row = 1; row < screen.model().rowCount(); ++row)
            QVERIFY(screen.model().movementAt(row - 1).amount >= screen.model().movementAt(row).amount);

        // The Type column cannot be sorted by the server: the indicator stays where the list really is sorted.
        const QList<qint64> rows = screen.transferIds();
        header->setSortIndicator(MovementListModel::Type, Qt::AscendingOrder);
        QCOMPARE(header->sortIndicatorSection(), int(MovementListModel::Debit));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(screen.model().state(), MovementListModel::State::Idle);
        QCOMPARE(screen.transferIds(), rows);
    }

    void totalsEqualTheSumOfTheRows() {
        Screen screen(m_server);
        QVERIFY(screen.signedIn);
        screen.view.showCard(m_card);
        const QDate today = QDateTime::currentDateTimeUtc().date();
        screen.view.setCustomPeriod(today.addYears(-1), today);
        QVERIFY(screen.waitIdle());
        if (screen.model().canFetchMore())
            byName<QPushButton>(&screen.view, QStringLiteral("Load all"))->click();
        QVERIFY(screen.waitComplete());

        // The rows' own amounts (as the cells give them) add up to the totals shown.
        MovementListModel& model = screen.model();
        Money debits;
        Money credits;
        int debitRows = 0;
        int creditRows = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString debit =
                model.index(row, MovementListModel::Debit).data(MovementListModel::AmountRole).toString();
            const QString credit =
                model.index(row, MovementListModel::Credit).data(MovementListModel::AmountRole).toString();
            QVERIFY2(debit.isEmpty() != credit.isEmpty(), qPrintable(debit + u'|' + credit)); // one side per row
            if (!debit.isEmpty()) {
                debits = *Money::checkedAdd(debits, *Money::parse(debit));
                ++debitRows;
            } else {
                credits = *Money::checkedAdd(credits, *Money::parse(credit));
                ++creditRows;
            }
        }
        QVERIFY(debitRows > 0 && creditRows > 0);
        QCOMPARE(model.totalDebits(), debits);
        QCOMPARE(model.totalCredits(), credits);

        // The same sums from the server's own list, and on screen with the currency.
        Money serverDebits;
        Money serverCredits;
        for (const api::Movement& m : serverMovements(today.addYears(-1), today)) {
            Money& sum = m.direction == api::MovementDirection::Debit ? serverDebits : serverCredits;
            sum = *Money::checkedAdd(sum, m.amount);
        }
        QCOMPARE(debits, serverDebits);
        QCOMPARE(credits, serverCredits);
        const QString totals = labelText(&screen.view, QStringLiteral("Totals"));
        QVERIFY2(totals.contains(core::Format::money(debits, QStringLiteral("GTQ"))), qPrintable(totals));
        QVERIFY2(totals.contains(core::Format::money(credits, QStringLiteral("GTQ"))), qPrintable(totals));
        QVERIFY2(totals.contains(QString::number(model.rowCount())), qPrintable(totals));
        // The newest movement's balance after equals the card's balance (demo world: no later movement).
        QCOMPARE(model.movementAt(0).balanceAfter.value_or(Money::max()), m_card.balance);
    }

    void selectingAMovementShowsItsDetailAndCtrlCCopiesIt() {
        Screen screen(m_server);
        QVERIFY(screen.signedIn);
        QApplication::setActiveWindow(&screen.view);
        QVERIFY(QTest::qWaitForWindowActive(&screen.view));
        screen.view.showCard(m_card);
        screen.view.setPreset(MovementsView::Preset::Last90Days);
        QVERIFY(screen.waitIdle());
        QVERIFY(screen.model().rowCount() >= 2);

        // Keyboard: into the list, Down selects the first movement, Down again the second.
        QTableView* table = screen.table();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Down);
        if (table->currentIndex().row() != 1)
            QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), 1);
        const qint64 transferId = screen.model().movementAt(1).transferId;
        auto* panel = screen.view.findChild<MovementDetailPanel*>();
        QVERIFY(panel);
        QTRY_VERIFY_WITH_TIMEOUT(panel->movement().has_value(), kLimitMs);
        QCOMPARE(panel->movement()->transferId, transferId);

        // Every field, compared with the server's own detail of that movement.
        const auto detail = sync(**m_reader, &CmsClient::movement, qint64(1), m_card.id, transferId);
        E2E_OK(detail);
        const api::Movement& m = detail.value();
        QCOMPARE(labelText(panel, QStringLiteral("Transfer id")), QString::number(transferId));
        QCOMPARE(labelText(panel, QStringLiteral("Card")), QStringLiteral("%1 (card 1)").arg(m_card.maskedPan));
        QCOMPARE(labelText(panel, QStringLiteral("Direction")),
                 m.direction == api::MovementDirection::Debit ? QStringLiteral("Debit") : QStringLiteral("Credit"));
        QVERIFY(labelText(panel, QStringLiteral("Type")).contains(m.type));
        QCOMPARE(labelText(panel, QStringLiteral("Description")), m.description);
        QCOMPARE(labelText(panel, QStringLiteral("Amount")), core::Format::money(m.amount, QStringLiteral("GTQ")));
        QCOMPARE(labelText(panel, QStringLiteral("Balance after")),
                 core::Format::money(*m.balanceAfter, QStringLiteral("GTQ")));
        QCOMPARE(labelText(panel, QStringLiteral("Currency")), QStringLiteral("GTQ"));
        QCOMPARE(labelText(panel, QStringLiteral("Channel")), m.channel);
        QCOMPARE(labelText(panel, QStringLiteral("UTC date and time")),
                 m.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC"));
        QCOMPARE(labelText(panel, QStringLiteral("Local date and time (UTC)")),
                 MovementListModel::localText(m.createdAt, QTimeZone::utc()));
        QCOMPARE(labelText(panel, QStringLiteral("Observations")),
                 m.observations.isEmpty() ? QStringLiteral("(none)") : m.observations);
        QCOMPARE(labelText(panel, QStringLiteral("Operator id")),
                 m.operatorId ? QString::number(*m.operatorId) : QStringLiteral("(none: not made in the CMS)"));

        // Ctrl+C in the list copies "Label: value" lines of that movement.
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!QGuiApplication::clipboard()->text().isEmpty(), kLimitMs);
        const QString copied = QGuiApplication::clipboard()->text();
        QCOMPARE(copied, MovementDetailPanel::text(m, m_card, QTimeZone::utc()));
        QVERIFY(copied.contains(QStringLiteral("Transfer id: %1\n").arg(transferId)));
        QVERIFY(copied.contains(QStringLiteral("Amount: ") + core::Format::money(m.amount, QStringLiteral("GTQ"))));
        QCOMPARE(copied.count(u'\n'), 12); // thirteen fields

        // Ctrl+C from inside the panel copies the same.
        QGuiApplication::clipboard()->clear();
        auto* value = byName<QLabel>(panel, QStringLiteral("Transfer id"));
        value->setFocus();
        QTest::keyClick(value, Qt::Key_C, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(), copied, kLimitMs);

        // A movement the server does not know: the panel says so; a 404 offers no pointless Retry.
        panel->showMovement(m_card, 999999999);
        QTRY_VERIFY_WITH_TIMEOUT(!labelText(panel, QStringLiteral("Movement detail status")).startsWith(u"Loading"),
                                 kLimitMs);
        QVERIFY(!panel->movement());
        QVERIFY(!labelText(panel, QStringLiteral("Movement detail status")).isEmpty());
        QVERIFY(!byName<QPushButton>(panel, QStringLiteral("Retry loading the movement"))->isVisible());
    }

    void clickingAMovementShowsItsDetail() {
        Screen screen(m_server);
        QVERIFY(screen.signedIn);
        screen.view.showCard(m_card);
        screen.view.setPreset(MovementsView::Preset::Last90Days);
        QVERIFY(screen.waitIdle());
        QVERIFY(screen.model().rowCount() >= 3);
        auto* panel = screen.view.findChild<MovementDetailPanel*>();
        QVERIFY(panel);
        QTableView* table = screen.table();
        const auto clickRow = [table](int row) {
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                              table->visualRect(table->model()->index(row, MovementListModel::Description)).center());
        };

        // One click (the mouse, not the keyboard) on a movement shows its detail; a click on another follows.
        for (const int row : {2, 0}) {
            clickRow(row);
            const qint64 transferId = screen.model().movementAt(row).transferId;
            QCOMPARE(panel->transferId(), transferId);
            QTRY_VERIFY_WITH_TIMEOUT(panel->movement().has_value(), kLimitMs);
            QCOMPARE(panel->movement()->transferId, transferId);
            QCOMPARE(labelText(panel, QStringLiteral("Transfer id")), QString::number(transferId));
            QVERIFY(byName<QPushButton>(&screen.view, QStringLiteral("Copy movement"))->isEnabled());
        }
    }

    void theSortArrowPointsTheWayTheListIsSorted() {
        Screen screen(m_server);
        QVERIFY(screen.signedIn);
        screen.view.showCard(m_card);
        screen.view.setPreset(MovementsView::Preset::Last90Days);
        QVERIFY(screen.waitIdle());
        QVERIFY(screen.model().rowCount() >= 2);
        QCOMPARE(byName<QComboBox>(&screen.view, QStringLiteral("Sort order"))->currentText(),
                 QStringLiteral("Newest first"));
        for (int row = 1; row < screen.model().rowCount(); ++row)
            QVERIFY(screen.model().movementAt(row - 1).createdAt >= screen.model().movementAt(row).createdAt);
        QHeaderView* header = screen.table()->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), int(MovementListModel::Date));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);

        // The Date header as drawn now (newest first), and as it would be drawn for oldest first (the list is not
        // asked to sort again). Where the two differ is the arrow: the descending one must point down (▼, its ink
        // at the top of the arrow's box), as agents read it in file managers and spreadsheets.
        const QRect section(header->sectionViewportPosition(MovementListModel::Date), 0,
                            header->sectionSize(MovementListModel::Date), header->height());
        const QImage descending = header->viewport()->grab(section).toImage();
        QImage ascending;
        {
            const QSignalBlocker quiet(header);
            header->setSortIndicator(MovementListModel::Date, Qt::AscendingOrder);
            ascending = header->viewport()->grab(section).toImage();
            header->setSortIndicator(MovementListModel::Date, Qt::DescendingOrder);
        }
        double descendingInkY = 0;
        double ascendingInkY = 0;
        int descendingInk = 0;
        int ascendingInk = 0;
        for (int y = 0; y < descending.height(); ++y)
            for (int x = 0; x < descending.width(); ++x) {
                const int d = qGray(descending.pixel(x, y));
                const int a = qGray(ascending.pixel(x, y));
                if (d < a) { // darker: the descending arrow's ink
                    descendingInkY += y;
                    ++descendingInk;
                } else if (a < d) {
                    ascendingInkY += y;
                    ++ascendingInk;
                }
            }
        QVERIFY2(descendingInk > 0 && ascendingInk > 0, "the header draws no sort arrow");
        QVERIFY2(descendingInkY / descendingInk < ascendingInkY / ascendingInk,
                 qPrintable(QStringLiteral("newest first is drawn pointing up (ink at y %1, oldest first's at %2)")
                                .arg(descendingInkY / descendingInk)
                                .arg(ascendingInkY / ascendingInk)));
    }

    void exportsTheLoadedRowsAsCsv() {
        Screen screen(m_server);
        QVERIFY(screen.signedIn);
        screen.view.showCard(m_card);
        screen.view.setPreset(MovementsView::Preset::Last90Days);
        QVERIFY(screen.waitIdle());
        if (screen.model().canFetchMore())
            byName<QPushButton>(&screen.view, QStringLiteral("Load all"))->click();
        QVERIFY(screen.waitComplete());
        const int rows = screen.model().rowCount();
        QVERIFY(rows > 0);

        auto* exportButton = byName<QPushButton>(&screen.view, QStringLiteral("Export CSV"));
        QVERIFY(exportButton && exportButton->isEnabled());
        exportButton->click();
        QFileDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = screen.view.findChild<QFileDialog*>()) && dialog->isVisible(), kLimitMs);
        QVERIFY(dialog->selectedFiles().value(0).endsWith(QStringLiteral("movements_%1_%2_%3.csv")
                                                              .arg(m_card.lastFour(),
                                                                   screen.view.from().toString(Qt::ISODate),
                                                                   screen.view.to().toString(Qt::ISODate))));
        const QString path = m_server.temporaryPath(QStringLiteral("export.csv"));
        dialog->selectFile(path);
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept() is protected; the Save button calls it
        QTRY_VERIFY_WITH_TIMEOUT(byName<QLabel>(&screen.view, QStringLiteral("Export status"))->isVisible(), kLimitMs);
        QVERIFY2(labelText(&screen.view, QStringLiteral("Export status")).contains(QString::number(rows)),
                 qPrintable(labelText(&screen.view, QStringLiteral("Export status"))));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList lines = QString::fromUtf8(file.readAll().mid(3)).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.takeLast(), QString()); // the last line ends with CRLF too
        QCOMPARE(lines.size(), rows + 1);
        QCOMPARE(lines.first(), QStringLiteral("Date and time,Transfer id,Type,Description,Observations,Debit,Credit,"
                                               "Balance after,Currency,Channel,Operator id"));
        // Every row against the server's own list: ISO-8601 with the offset, exact amounts, one side filled.
        const QList<api::Movement> expected = serverMovements(screen.view.from(), screen.view.to());
        QCOMPARE(int(expected.size()), rows);
        for (int row = 0; row < rows; ++row) {
            const api::Movement& m = expected.at(row);
            const QStringList fields = lines.at(row + 1).split(u',');
            QVERIFY2(fields.size() == 11, qPrintable(lines.at(row + 1))); // demo descriptions hold no comma
            QCOMPARE(fields[0],
                     m.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("+00:00"));
            QCOMPARE(fields[1], QString::number(m.transferId));
            QCOMPARE(fields[3], m.description);
            const bool debit = m.direction == api::MovementDirection::Debit;
            QCOMPARE(fields[5], debit ? m.amount.toString() : QString());
            QCOMPARE(fields[6], debit ? QString() : m.amount.toString());
            QCOMPARE(fields[7], m.balanceAfter->toString());
            QCOMPARE(fields[8], QStringLiteral("GTQ"));
            QCOMPARE(fields[9], m.channel);
        }
    }

    void anUnknownCardShowsTheErrorAndRetry() {
        Screen screen(m_server);
        QVERIFY(screen.signedIn);
        api::Card stranger = m_card;
        stranger.id = 999999; // not cardholder 1's: 404 7200
        screen.view.showCard(stranger);
        QTRY_COMPARE_WITH_TIMEOUT(screen.model().state(), MovementListModel::State::Error, kLimitMs);
        QVERIFY(labelText(&screen.view, QStringLiteral("Movements status")).startsWith(u"The movements could not be"));
        auto* retry = byName<QPushButton>(&screen.view, QStringLiteral("Retry"));
        QVERIFY(retry && retry->isVisible() && retry->isEnabled());
        retry->click();
        QTRY_COMPARE_WITH_TIMEOUT(screen.model().state(), MovementListModel::State::Error, kLimitMs);
        QCOMPARE(screen.model().rowCount(), 0);

        // The report button hands the card and the period to whoever downloads reports.
        screen.view.showCard(m_card);
        QSignalSpy report(&screen.view, &MovementsView::reportRequested);
        byName<QPushButton>(&screen.view, QStringLiteral("Download report"))->click();
        QCOMPARE(report.size(), 1);
        QCOMPARE(report.first().at(0).value<api::Card>().id, m_card.id);
        QCOMPARE(report.first().at(1).toDate(), screen.view.from());
        QCOMPARE(report.first().at(2).toDate(), screen.view.to());
    }

    void aMovementMadeNowIsTodaysInAnyTimeZone() {
        // A top-up made now belongs to "today" of the workstation, whatever its UTC day: the model asks for the
        // UTC days that cover the local day. Zones at both ends of the map make the local and UTC dates differ.
        E2eClient agent(m_server);
        QString error;
        QVERIFY2(e2e::signIn(agent, m_server, kAgent, &error), qPrintable(error));
        api::FundsRequest request;
        request.cardId = m_card.id;
        request.amount = *Money::parse(std::string_view("12.3456"));
        request.observations = QStringLiteral("movements view test");
        const auto added = sync(*agent, &CmsClient::addFunds, qint64(1), request);
        E2E_OK(added);
        const qint64 transferId = added.value().movement.transferId;

        for (const int offsetHours : {14, -12, 0}) {
            Screen screen(m_server);
            QVERIFY(screen.signedIn);
            screen.view.setTimeZone(QTimeZone(offsetHours * 3600));
            screen.view.showCard(m_card);
            screen.view.setPreset(MovementsView::Preset::Today);
            QCOMPARE(screen.view.from(), QDateTime::currentDateTimeUtc().toOffsetFromUtc(offsetHours * 3600).date());
            QVERIFY(screen.waitIdle());
            QCOMPARE(screen.model().rowOf(transferId), 0); // newest first
            const QModelIndex credit = screen.model().index(0, MovementListModel::Credit);
            QCOMPARE(credit.data(MovementListModel::AmountRole).toString(), QStringLiteral("12.3456"));
            QCOMPARE(credit.data().toString(), core::Format::money(request.amount, QStringLiteral("GTQ")));
            // Only today's rows: the demo world's movements all lie before today's UTC midnight, at least an hour.
            for (int row = 0; row < screen.model().rowCount(); ++row)
                QCOMPARE(screen.model().movementAt(row).createdAt.toOffsetFromUtc(offsetHours * 3600).date(),
                         screen.view.from());
        }
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    TestGuiMovements test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_movements.moc"
