// migo-screenshot-tour: drives the real app on a sandbox under Xvfb and saves README screenshots with xwd.
// Run by scripts/screenshots.sh (xvfb-run; xwd | xwdtopnm | pnmtopng). Not a test: it asserts nothing.
#include "AppController.h"
#include "CardFilterProxyModel.h"
#include "CardListModel.h"
#include "CardholderListModel.h"
#include "CardholderListPage.h"
#include "CardsView.h"
#include "MainWindow.h"
#include "SandboxLauncher.h"
#include "TokenStore.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QLocale>
#include <QProcess>
#include <QTableView>
#include <QTest>
#include <QTranslator>

#include <cstdio>

using namespace migo;

namespace {

/// Saves the whole X screen as PNG (the real pixels the X server shows, not a widget grab).
bool shoot(const QString& path) {
    QProcess shell;
    shell.start(QStringLiteral("bash"), {QStringLiteral("-c"),
                                         QStringLiteral("set -o pipefail; xwd -root -silent | xwdtopnm 2>/dev/null | "
                                                        "pnmtopng > \"$0\""),
                                         path});
    const bool ok = shell.waitForFinished(30000) && shell.exitCode() == 0;
    std::fprintf(stderr, "%s %s\n", ok ? "saved" : "FAILED", qPrintable(path));
    return ok;
}

template <typename Predicate>
bool waitFor(Predicate predicate, const char* what) {
    if (QTest::qWaitFor(predicate, 60000))
        return true;
    std::fprintf(stderr, "timed out waiting for %s\n", what);
    return false;
}

QWidget* visibleTopLevel(const char* className) {
    const QList<QWidget*> windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows)
        if (window->isVisible() && window->inherits(className))
            return window;
    return nullptr;
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Migo"));
    QApplication::setApplicationName(QStringLiteral("Migo Backoffice screenshot tour"));
    // The language of LANG, as the app itself loads it (app/main.cpp): the tour runs once per language.
    QTranslator translator;
    // The .qm files the app's build compiles into migo-backoffice, read from the build folder.
    if (translator.load(QLocale(), QStringLiteral("migo-backoffice"), QStringLiteral("_"), QStringLiteral(MIGO_QM_DIR)))
        QApplication::installTranslator(&translator);
    const QDir out(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots"));
    out.mkpath(QStringLiteral("."));

    app::AppController controller(std::make_unique<core::MemoryTokenStore>());
    QString otp;
    controller.start({QStringLiteral("tour"), QStringLiteral("--sandbox"), QStringLiteral("--demo"),
                      QStringLiteral("2000"), QStringLiteral("--operator"), QStringLiteral("supervisor@migo.test")});
    if (auto* launcher = controller.findChild<app::SandboxLauncher*>())
        QObject::connect(launcher, &app::SandboxLauncher::otpIssued, &controller,
                         [&otp](const QString&, const QString& code) { otp = code; });
    if (!waitFor([&] { return controller.mainWindow() != nullptr; }, "the main window"))
        return 1;
    views::MainWindow* window = controller.mainWindow();
    window->setGeometry(0, 0, 1280, 760); // the default size an agent first sees
    QTableView* table = window->cardholderList()->table();
    if (!waitFor([&] { return table->model()->rowCount() >= 50; }, "the cardholder list"))
        return 1;
    // The list as an agent first sees it: nothing selected, so the whole width is the list's.
    table->setFocus();
    QTest::qWait(800);
    bool ok = shoot(out.filePath(QStringLiteral("main-window.png")));

    table->selectRow(2); // selecting opens the detail: the supervisor needs a one-time password
    if (!waitFor([&] { return visibleTopLevel("migo::views::OtpDialog") && !otp.isEmpty(); }, "the OTP dialog"))
        return 1;
    QWidget* dialog = visibleTopLevel("migo::views::OtpDialog");
    dialog->move(window->width() / 2 - dialog->width() / 2, 220);
    QTest::qWait(500);
    ok = shoot(out.filePath(QStringLiteral("otp-dialog.png"))) && ok;

    auto* code = dialog->findChild<QLineEdit*>();
    QTest::keyClicks(code, otp);
    if (!waitFor([&] { return !visibleTopLevel("migo::views::OtpDialog"); }, "the detail after the OTP"))
        return 1;
    QTest::qWait(800);
    ok = shoot(out.filePath(QStringLiteral("cardholder-detail.png"))) && ok;

    // The partner's cards, with one card selected (its legal actions enabled), then its movements.
    window->showSection(views::MainWindow::Section::Cards);
    views::CardsView* cards = nullptr;
    for (views::CardsView* view : window->findChildren<views::CardsView*>())
        if (view->mode() == views::CardsView::Mode::Partner)
            cards = view;
    if (!cards || !waitFor([&] { return cards->proxy()->rowCount() >= 50; }, "the card list"))
        return 1;
    cards->table()->setFocus();
    cards->table()->selectRow(1);
    QTest::qWait(800);
    ok = shoot(out.filePath(QStringLiteral("cards.png"))) && ok;

    cards->action(views::CardsView::Action::Movements)->trigger(); // Ctrl+M; Xvfb has no window manager to focus
    QTest::qWait(1500);
    ok = shoot(out.filePath(QStringLiteral("movements.png"))) && ok;

    // Bulk block of a selection: the review step before the one-time password.
    window->showSection(views::MainWindow::Section::Cards);
    cards->table()->setFocus();
    cards->table()->selectionModel()->clearSelection();
    for (int row = 0; row < 12; ++row)
        cards->table()->selectionModel()->select(cards->proxy()->index(row, 0),
                                                 QItemSelectionModel::Select | QItemSelectionModel::Rows);
    cards->action(views::CardsView::Action::BlockSelected)->trigger();
    if (!waitFor([&] { return visibleTopLevel("migo::views::BulkCardDialog") != nullptr; }, "the bulk dialog"))
        return 1;
    QTest::qWait(800);
    ok = shoot(out.filePath(QStringLiteral("bulk-review.png"))) && ok;
    return ok ? 0 : 1;
}
