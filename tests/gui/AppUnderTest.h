#pragma once
// The real app as an agent starts it, for the GUI tests that drive the whole composition root (AppController).

#include "AppController.h"
#include "CardholderListModel.h"
#include "CardholderListPage.h"
#include "MainWindow.h"
#include "Settings.h"
#include "SignInDialog.h"
#include "TokenStore.h"
#include "WidgetLookup.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <memory>

namespace migo::e2e {

/// A profile remembered in settings, a token store standing in for the keychain, the real controller. A test's own
/// driver derives from it, connects what it records, then calls start(). GUI thread only.
struct AppUnderTest {
    static constexpr int kWaitMs = 20000;

    core::MemoryTokenStore* store = nullptr;
    std::unique_ptr<app::AppController> controller;
    std::unique_ptr<QAbstractItemModelTester> tester; ///< on the cardholder list, once a test asks for it

    /// Remembers `profile` and builds the controller on `tokens` (a new, empty store when null); nothing runs yet.
    explicit AppUnderTest(const views::SignInProfile& profile, std::unique_ptr<core::MemoryTokenStore> tokens) {
        app::Settings().setLastProfile(profile);
        if (!tokens)
            tokens = std::make_unique<core::MemoryTokenStore>();
        store = tokens.get();
        controller = std::make_unique<app::AppController>(std::move(tokens));
    }
    ~AppUnderTest() {
        tester.reset(); // before the model it watches
        controller.reset();
    }
    AppUnderTest(const AppUnderTest&) = delete;
    AppUnderTest& operator=(const AppUnderTest&) = delete;

    /// Starts the app as `migo-backoffice` without options: the sign-in window, or a remembered session.
    void start() { controller->start({QStringLiteral("migo-backoffice")}); }

    views::SignInDialog* dialog() const { return controller->signInDialog(); }
    void typePasswordAndSignIn(const QString& password) {
        byName<QLineEdit>(dialog(), QStringLiteral("Password"))->setText(password);
        dialog()->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    }
    views::MainWindow* window() const { return controller->mainWindow(); }
    models::CardholderListModel* model() const {
        return qobject_cast<models::CardholderListModel*>(window()->cardholderList()->table()->model());
    }
    /// Waits for the main window and the first page of its cardholder list.
    bool waitForList() {
        return QTest::qWaitFor(
            [this] {
                return window() && model()->state() == models::CardholderListModel::State::Idle &&
                       model()->rowCount() > 0;
            },
            kWaitMs);
    }
    /// What the token store holds under `key` (waits for its answer).
    QString storedToken(const QString& key) const {
        QString secret;
        bool done = false;
        store->read(key, controller.get(), [&](const QString& s, const QString&) {
            secret = s;
            done = true;
        });
        if (!QTest::qWaitFor([&done] { return done; }, kWaitMs))
            return QStringLiteral("(the token store did not answer)");
        return secret;
    }
};

} // namespace migo::e2e
