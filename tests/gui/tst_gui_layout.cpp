// Layouts that fit their text (issue 14): the real app, through the real composition root against a real
// migo-cms-sandbox, on a 1280×720 screen, in English and in Spanish (the app's own translations from :/i18n). Every
// dialog and page an agent meets is visited and walked (LayoutCheck.h): no label, button, tab, column header, group
// box title or read-only field may show less than its whole text, and no window may be larger than the screen.
#include "AboutDialog.h"
#include "AppController.h"
#include "AppUnderTest.h"
#include "AssociateCardDialog.h"
#include "AssociationsView.h"
#include "BulkCardDialog.h"
#include "CardFilterProxyModel.h"
#include "CardListModel.h"
#include "CardholderDetailView.h"
#include "CardholderListModel.h"
#include "CardholderListPage.h"
#include "CardsView.h"
#include "CreateCardholderDialog.h"
#include "E2eHarness.h"
#include "FundsDialog.h"
#include "HelpDialog.h"
#include "LayoutCheck.h"
#include "MainWindow.h"
#include "MovementListModel.h"
#include "MovementsView.h"
#include "OtpSteps.h"
#include "TransferDialog.h"
#include "WidgetLookup.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace migo;
using views::CardsView;
using views::MainWindow;

namespace {

constexpr int kLimitMs = 20000;
const QString kAgent = QStringLiteral("agent@migo.test");
constexpr QSize kScreen(1280, 720);

/// Every translation context of the views, to find a widget by its accessible name in the language shown.
const char* const kContexts[] = {
    "migo::views::AboutDialog",
    "migo::views::AmountEdit",
    "migo::views::AssociateCardDialog",
    "migo::views::AssociationsView",
    "migo::views::BulkCardDialog",
    "migo::views::BulkCardDialogIdsPage",
    "migo::views::BulkCardDialogReviewPage",
    "migo::views::CardholderDetailView",
    "migo::views::CardholderListPage",
    "migo::views::CardsView",
    "migo::views::CreateCardholderDialog",
    "migo::views::FundsDialog",
    "migo::views::LockScreen",
    "migo::views::MainWindow",
    "migo::views::MoneyDialog",
    "migo::views::MovementsView",
    "migo::views::OtpDialog",
    "migo::views::SignInDialog",
    "migo::views::TransferDialog",
    "migo::views::detail::ConfirmPage",
    "migo::views::detail::OutcomePage",
};

/// The visible widget of type T under `root` whose accessible name is `english` in the language shown.
template <typename T>
T* named(QWidget* root, const char* english) {
    QStringList names{QString::fromUtf8(english)};
    for (const char* context : kContexts)
        names << QCoreApplication::translate(context, english);
    const QList<T*> all = root->findChildren<T*>();
    for (T* widget : all)
        if (widget->isVisible() && names.contains(widget->accessibleName()))
            return widget;
    return nullptr;
}

/// The menu bar action whose text is `english` (in the language shown).
QAction* menuAction(MainWindow* window, const char* english) {
    const QString text = QCoreApplication::translate("migo::views::MainWindow", english);
    const QList<QAction*> actions = window->menuBar()->findChildren<QAction*>();
    for (QAction* action : actions)
        if (action->text() == text)
            return action;
    return nullptr;
}

/// The visible top-level window of type T; nullptr when there is none.
template <typename T>
T* visibleWindow() {
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows)
        if (auto* found = qobject_cast<T*>(window); found && found->isVisible())
            return found;
    return nullptr;
}

template <typename T>
T* waitForWindow() {
    T* found = nullptr;
    const bool shown = QTest::qWaitFor([&found] { return (found = visibleWindow<T>()) != nullptr; }, kLimitMs);
    return shown ? found : nullptr;
}

/// The app's translation for `language` ("en" or "es", as app/main.cpp loads it for the system locale) installed,
/// and the locale its formats follow, until destroyed.
class Language {
public:
    explicit Language(const QString& language)
        : m_previous(QLocale()) {
        const QLocale locale =
            language == u"es" ? QLocale(QLocale::Spanish, QLocale::Guatemala) : QLocale(QLocale::English);
        QLocale::setDefault(locale);
        m_loaded = m_app.load(locale, QStringLiteral("migo-backoffice"), QStringLiteral("_"), QStringLiteral(":/i18n"));
        if (m_loaded)
            QApplication::installTranslator(&m_app);
        if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(&m_qt);
    }
    ~Language() {
        QApplication::removeTranslator(&m_qt);
        QApplication::removeTranslator(&m_app);
        QLocale::setDefault(m_previous);
    }
    Language(const Language&) = delete;
    Language& operator=(const Language&) = delete;
    bool loaded() const { return m_loaded; }

private:
    QLocale m_previous;
    QTranslator m_app;
    QTranslator m_qt;
    bool m_loaded = false;
};

/// The first row of the partner's cards that is active, held by a cardholder with another active card, and has
/// money (add, withdraw and a transfer's review all reachable); else the first active held card; -1 when none.
int usableCardRow(CardsView* cards) {
    const QAbstractItemModel* proxy = cards->proxy();
    QHash<qint64, int> activeCards;
    const auto active = [proxy](int row) {
        return proxy->index(row, 0).data(models::CardListModel::StatusRole).toInt() == int(api::CardStatus::Active) &&
               proxy->index(row, 0).data(models::CardListModel::CardholderIdRole).isValid();
    };
    for (int row = 0; row < proxy->rowCount(); ++row)
        if (active(row))
            ++activeCards[proxy->index(row, 0).data(models::CardListModel::CardholderIdRole).toLongLong()];
    int fallback = -1;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (!active(row))
            continue;
        if (fallback < 0)
            fallback = row;
        const qint64 holder = proxy->index(row, 0).data(models::CardListModel::CardholderIdRole).toLongLong();
        const qint64 balance =
            proxy->index(row, models::CardListModel::Balance).data(models::CardListModel::SortRole).toLongLong();
        if (activeCards.value(holder) >= 2 && balance > 10000)
            return row;
    }
    return fallback;
}

class TestGuiLayout : public QObject {
    Q_OBJECT

    e2e::E2eServer m_server;
    QStringList m_problems;
    QString m_language;

    views::SignInProfile profile() const {
        views::SignInProfile p;
        p.environment = views::SignInProfile::Environment::Custom;
        p.customUrl = m_server.sandboxBaseUrl();
        p.merchant = m_server.ready().value(QStringLiteral("merchant")).toString();
        p.email = kAgent;
        p.partnerId = 1;
        return p;
    }

    /// Walks `root` (see LayoutCheck.h) and keeps what it finds, named "<language> › <screen>".
    void check(QWidget* root, const QString& screen) {
        m_problems << e2e::layoutProblems(root, m_language + QStringLiteral(" › ") + screen, kScreen);
    }

    /// Clicks `button` (found by its English accessible name under `root`); false when it is not there.
    static bool press(QWidget* root, const char* english) {
        auto* button = named<QPushButton>(root, english);
        if (!button || !button->isEnabled())
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        return true;
    }

    void visitCardholder(e2e::AppUnderTest& app) {
        MainWindow* window = app.window();
        QTableView* table = window->cardholderList()->table();
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Return);
        auto* detail = window->findChild<views::CardholderDetailView*>();
        QVERIFY(detail);
        QTRY_VERIFY_WITH_TIMEOUT(detail->cardholder().has_value(), kLimitMs);
        auto* tabs = detail->findChild<QTabWidget*>();
        QVERIFY(tabs);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            if (auto* cards = tabs->currentWidget()->findChild<CardsView*>();
                cards && !QTest::qWaitFor([cards] { return cards->proxy()->rowCount() > 0; }, kLimitMs))
                qInfo("The cardholder's cards did not arrive; their tab is checked without rows");
            check(window, QStringLiteral("Cardholders, tab ") + tabs->tabText(tab));
        }
        // The association dialog, from the Associations tab.
        auto* associations = detail->findChild<views::AssociationsView*>();
        QVERIFY(associations);
        tabs->setCurrentWidget(tabs->widget(tabs->count() - 1));
        for (int tab = 0; tab < tabs->count(); ++tab)
            if (tabs->widget(tab)->isAncestorOf(associations))
                tabs->setCurrentIndex(tab);
        QTRY_VERIFY_WITH_TIMEOUT(press(associations, "Associate a card"), kLimitMs);
        auto* associate = waitForWindow<views::AssociateCardDialog>();
        QVERIFY(associate);
        check(associate, QStringLiteral("Associate a card"));
        associate->reject();
        tabs->setCurrentIndex(0);
    }

    void visitCreateCardholder(e2e::AppUnderTest& app) {
        app.window()->showSection(MainWindow::Section::Cardholders);
        app.window()->cardholderList()->newCardholderAction()->trigger();
        auto* form = waitForWindow<views::CreateCardholderDialog>();
        QVERIFY(form);
        check(form, QStringLiteral("New cardholder"));
        form->reject();
    }

    /// Add funds, withdraw funds and transfer on the card at `row`: the form and its review.
    void visitMoneyDialogs(CardsView* cards, int row) {
        const std::pair<CardsView::Action, QString> kinds[] = {
            {CardsView::Action::AddFunds, QStringLiteral("Add funds")},
            {CardsView::Action::WithdrawFunds, QStringLiteral("Withdraw funds")},
            {CardsView::Action::Transfer, QStringLiteral("Transfer")}};
        for (const auto& [action, title] : kinds) {
            cards->table()->setFocus();
            cards->table()->setCurrentIndex(cards->proxy()->index(row, 0));
            QVERIFY2(cards->action(action)->isEnabled(), qPrintable(title + u": " + cards->action(action)->toolTip()));
            cards->action(action)->trigger();
            QDialog* dialog = action == CardsView::Action::Transfer
                                  ? static_cast<QDialog*>(waitForWindow<views::TransferDialog>())
                                  : static_cast<QDialog*>(waitForWindow<views::FundsDialog>());
            QVERIFY2(dialog, qPrintable(title));
            if (auto* to = named<QComboBox>(dialog, "To card"); to && to->currentIndex() < 0 && to->count() > 0)
                to->setCurrentIndex(0);
            check(dialog, title + QStringLiteral(", form"));
            auto* amount = named<QLineEdit>(dialog, "Amount");
            QVERIFY(amount);
            amount->setFocus();
            QTest::keyClicks(amount, QStringLiteral("1"));
            if (press(dialog, "Continue")) {
                QTRY_VERIFY_WITH_TIMEOUT(named<QPushButton>(dialog, "Confirm"), kLimitMs);
                check(dialog, title + QStringLiteral(", review"));
            } else {
                m_problems << m_language + QStringLiteral(" › ") + title + QStringLiteral(": no review reached");
            }
            dialog->reject();
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), kLimitMs);
        }
    }

    void visitMovements(MainWindow* window, CardsView* cards, int row) {
        cards->table()->setFocus();
        cards->table()->setCurrentIndex(cards->proxy()->index(row, 0));
        cards->action(CardsView::Action::Movements)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window->currentSection() == MainWindow::Section::Movements, kLimitMs);
        auto* movements = window->findChild<views::MovementsView*>();
        QVERIFY(movements);
        movements->setPreset(views::MovementsView::Preset::Last90Days);
        QTRY_VERIFY_WITH_TIMEOUT(movements->model()->rowCount() > 0, kLimitMs);
        auto* table = movements->findChild<QTableView*>();
        QVERIFY(table);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        table->selectRow(0);
        check(window, QStringLiteral("Movements with a movement's detail"));
    }

    void visitBulkAndOtp(MainWindow* window) {
        QAction* fromList = menuAction(window, "Bulk &block from a list…");
        QVERIFY(fromList);
        fromList->trigger();
        auto* dialog = waitForWindow<views::BulkCardDialog>();
        QVERIFY(dialog);
        check(dialog, QStringLiteral("Bulk block, ids"));
        auto* paste = named<QPlainTextEdit>(dialog, "Card ids");
        QVERIFY(paste);
        paste->setPlainText(QStringLiteral("1\n2\n3\n900000001"));
        QVERIFY(press(dialog, "Next"));
        QTRY_VERIFY_WITH_TIMEOUT(named<QPushButton>(dialog, "Confirm"), kLimitMs);
        QTRY_VERIFY_WITH_TIMEOUT(named<QPushButton>(dialog, "Confirm")->isEnabled(), kLimitMs);
        check(dialog, QStringLiteral("Bulk block, review"));
        QVERIFY(press(dialog, "Confirm"));
        views::OtpDialog* otp = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((otp = e2e::visibleOtpDialog()) &&
                                     named<QLineEdit>(otp, "One-time password, six digits") &&
                                     named<QLineEdit>(otp, "One-time password, six digits")->isEnabled(),
                                 kLimitMs);
        check(otp, QStringLiteral("One-time password"));
        otp->reject();
        QTRY_VERIFY_WITH_TIMEOUT(!otp->isVisible(), kLimitMs);
        dialog->close();
    }

    void visitLockHelpAbout(MainWindow* window) {
        window->lock(views::LockScreen::Reason::Manual);
        QTRY_VERIFY_WITH_TIMEOUT(window->lockScreen()->isVisible(), kLimitMs);
        check(window, QStringLiteral("Lock screen"));
        auto* password = named<QLineEdit>(window->lockScreen(), "Password");
        QVERIFY(password);
        QTest::keyClicks(password, m_server.passwordOf(kAgent));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!window->isLocked(), kLimitMs);

        window->showHelp();
        auto* help = waitForWindow<views::HelpDialog>();
        QVERIFY(help);
        check(help, QStringLiteral("Help"));
        help->close();

        QAction* about = menuAction(window, "&About Migo Backoffice");
        QVERIFY(about);
        about->trigger();
        auto* dialog = waitForWindow<views::AboutDialog>();
        QVERIFY(dialog);
        auto* tabs = dialog->findChild<QTabWidget*>();
        QVERIFY(tabs);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            check(dialog, QStringLiteral("About, tab ") + tabs->tabText(tab));
        }
        dialog->close();
    }

private Q_SLOTS:
    void initTestCase() {
        if (QGuiApplication::platformName() == u"offscreen")
            QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), kScreen);
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo"), QStringLiteral("200")}, &error), qPrintable(error));
    }

    void everyScreenFitsItsText_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Spanish") << QStringLiteral("es");
    }
    void everyScreenFitsItsText() {
        QFETCH(QString, language);
        m_language = language;
        m_problems.clear();
        const Language shown(language);
        QVERIFY2(shown.loaded(), "the app's translation is not in :/i18n");

        e2e::AppUnderTest app(profile(), nullptr);
        app.start();
        QTRY_VERIFY_WITH_TIMEOUT(app.dialog() && app.dialog()->isVisible(), kLimitMs);
        check(app.dialog(), QStringLiteral("Sign in"));
        auto* password = named<QLineEdit>(app.dialog(), "Password");
        QVERIFY(password);
        password->setText(m_server.passwordOf(kAgent));
        app.dialog()->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(app.waitForList());
        MainWindow* window = app.window();
        QTRY_VERIFY_WITH_TIMEOUT(window->isVisible(), kLimitMs);
        check(window, QStringLiteral("Cardholders"));

        visitCardholder(app);
        if (QTest::currentTestFailed())
            return;
        visitCreateCardholder(app);
        if (QTest::currentTestFailed())
            return;

        window->showSection(MainWindow::Section::Cards);
        CardsView* cards = nullptr;
        for (CardsView* view : window->findChildren<CardsView*>())
            if (view->mode() == CardsView::Mode::Partner)
                cards = view;
        QVERIFY(cards);
        QTRY_VERIFY_WITH_TIMEOUT(cards->proxy()->rowCount() > 0, kLimitMs);
        check(window, QStringLiteral("Cards"));
        const int row = usableCardRow(cards);
        QVERIFY(row >= 0);
        visitMoneyDialogs(cards, row);
        if (QTest::currentTestFailed())
            return;
        visitMovements(window, cards, row);
        if (QTest::currentTestFailed())
            return;
        visitBulkAndOtp(window);
        if (QTest::currentTestFailed())
            return;
        visitLockHelpAbout(window);
        if (QTest::currentTestFailed())
            return;

        m_problems.removeDuplicates();
        for (const QString& problem : std::as_const(m_problems))
            qWarning("%s", qPrintable(problem)); // QTest shortens a long failure message
        QVERIFY2(m_problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 clipped:\n").arg(m_problems.size()) + m_problems.join(u'\n')));
    }
};

} // namespace

int main(int argc, char* argv[]) {
    // Settings of this run go to a folder of its own, never the developer's.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", config.path().toLocal8Bit());
    // The screen an agent's laptop has: 1280×720 (Qt 6.4's offscreen platform reads its screens from a JSON file
    // named by the "configfile" platform argument). Another platform is left as it is.
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (platform.isEmpty() || platform == "offscreen") {
        const QString path = config.filePath(QStringLiteral("offscreen.json"));
        QFile file(path);
        const QJsonObject screen{{QStringLiteral("name"), QStringLiteral("laptop")},
                                 {QStringLiteral("x"), 0},
                                 {QStringLiteral("y"), 0},
                                 {QStringLiteral("width"), kScreen.width()},
                                 {QStringLiteral("height"), kScreen.height()},
                                 {QStringLiteral("logicalDpi"), 96},
                                 {QStringLiteral("logicalBaseDpi"), 96},
                                 {QStringLiteral("dpr"), 1.0}};
        // No fake window frame: a window's size is what the app gave it.
        const QJsonObject configuration{{QStringLiteral("windowFrameMargins"), false},
                                        {QStringLiteral("screens"), QJsonArray{screen}}};
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(configuration).toJson()) < 0)
            return 2;
        file.close();
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(path));
    }
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MigoTest"));
    QApplication::setApplicationName(QStringLiteral("tst_gui_layout"));
    TestGuiLayout test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_layout.moc"
