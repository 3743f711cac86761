#pragma once

#include "LockScreen.h"
#include "Types.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <chrono>

class QActionGroup;
class QCloseEvent;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class QToolButton;

namespace migo::core {
class StepUpWindows;
}

namespace migo::models {
class CardholderListModel;
}

namespace migo::views {

class CardholderListPage;
class ReportDownloadPanel;

/// The main window (issues 4–6, 13): a navigation (Cardholders, Cards, Movements), the cardholder list beside the
/// cardholder detail in a splitter, a "Downloads" dock for PDF reports, a status bar with the environment badge, the
/// operator, the partner (a switcher when the operator has several: also Session › Switch partner), the partner's
/// balance (click to read it again), a connection indicator, and a lock screen. While locked the workspace and the
/// downloads are taken out of the window (so neither the screen nor the accessibility tree exposes cardholder data),
/// dialogs are hidden, and the status bar shows no notice.
///
/// Owns no network objects: the composition root gives it the models and the section widgets.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Section { Cardholders, Cards, Movements };

    explicit MainWindow(models::CardholderListModel* cardholders, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// `environmentBadge` e.g. "SANDBOX" (a badge at the left of the status bar); `operatorName` may be empty.
    void setSessionInfo(const QString& environmentBadge, const QString& operatorName, const QString& operatorEmail,
                        qint64 partnerId, const QString& partnerName);
    /// The partners the switcher offers (contract §4) and the one in use; one partner or none: no switcher.
    void setPartners(const QList<api::PartnerRef>& partners, qint64 current);
    /// The status bar's partner balance: `text` e.g. "Balance Q 2,500,000.00 · 14:02", `toolTip` its details.
    void setPartnerBalance(const QString& text, const QString& toolTip);
    /// The connection indicator: whether the server answered the last request.
    void setServerReachable(bool reachable);
    /// Shows in the status bar, left of the connection indicator, what a verified one-time password keeps open and
    /// for how long (contract §16; views::StepUpCountdown). `windows` belongs to the session.
    void setStepUpWindows(core::StepUpWindows* windows);
    /// Shows a one-line notice in the status bar until the next one (e.g. "the session cannot be remembered").
    /// The notice goes away after `lifetime` (default noticeLifetime()), so the bar never shows a stale sentence
    /// (issue 14).
    void showNotice(const QString& text, std::chrono::milliseconds lifetime = std::chrono::milliseconds::zero());
    /// How long a notice stays by default: 20 s (tests shorten it).
    std::chrono::milliseconds noticeLifetime() const { return m_noticeLifetime; }
    void setNoticeLifetime(std::chrono::milliseconds lifetime) { m_noticeLifetime = lifetime; }

    CardholderListPage* cardholderList() const { return m_cardholderList; }
    /// Puts `detail` on the right of the cardholder list (the window takes ownership).
    void setCardholderDetail(QWidget* detail);
    /// Shows the cardholder detail beside the list, or hides it so the list has the whole width while no cardholder
    /// is open (issue 14); shown again at the widths it had.
    void setCardholderDetailShown(bool shown);
    bool isCardholderDetailShown() const;
    /// QSplitter::saveState of the list | detail splitter, with the detail's open widths even while it is hidden.
    QByteArray cardholderSplitterState() const;
    /// Replaces a section's "not available yet" page (the window takes ownership).
    void setSectionWidget(Section section, QWidget* widget);
    void showSection(Section section);
    /// Puts the report downloads in a bottom dock, hidden until showDownloads() (the window takes ownership). While
    /// a download runs, closing the window asks first (ReportDownloadPanel::requestClose).
    void setDownloadsPanel(ReportDownloadPanel* panel);
    void showDownloads();
    /// Opens the F1 help (HelpDialog) beside the window, or raises it.
    void showHelp();
    QDockWidget* downloadsDock() const { return m_downloadsDock; }
    Section currentSection() const;
    QSplitter* cardholderSplitter() const { return m_splitter; }

    /// Hides all cardholder data (and any open dialog of this window) behind the lock screen.
    void lock(LockScreen::Reason reason);
    /// Back to exactly the view the agent left: same section, selection, dialogs and focus.
    void unlock();
    bool isLocked() const;
    LockScreen* lockScreen() const { return m_lockScreen; }

Q_SIGNALS:
    /// The lock screen asks to unlock with this password (core::Session::unlock() checks it with the server).
    void unlockRequested(const QString& password);
    /// The agent went to another section (navigation list, Go menu or showSection()).
    void sectionShown(migo::views::MainWindow::Section section);
    void signOutRequested();
    /// The window locked (idle, manual or session ended): core::Session::lock() keeps it locked across a restart.
    void locked();
    /// The agent chose another of their partners (status bar or Session › Switch partner).
    void partnerSwitchRequested(qint64 partnerId);
    /// The agent asked to read the partner's balance again.
    void partnerBalanceRefreshRequested();
    /// Cards › Bulk block/unblock from a list…: the bulk dialog on a paste or a file, without loading the partner's
    /// card list (issue 13).
    void bulkFromListRequested(migo::api::BulkCardAction action);
    /// Cardholders › Bulk onboarding from a workbook… (Ctrl+Shift+U; issue 17).
    void bulkOnboardingRequested();
    /// Help › About or Help › Connection: the composition root opens AboutDialog with what it knows of the build
    /// and the connection (`connection` true: on its Connection tab).
    void aboutRequested(bool connection);
    /// Session › Funding requests… (Ctrl+Shift+R): the partner's funding requests (issue 17).
    void fundingRequestsRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    static QWidget* notAvailableYet(const QString& what, QWidget* parent);

    models::CardholderListModel* m_cardholders;
    QStackedWidget* m_screens;
    QListWidget* m_navigation;
    QStackedWidget* m_sections;
    QSplitter* m_splitter;
    CardholderListPage* m_cardholderList;
    LockScreen* m_lockScreen;
    QLabel* m_environment;
    QLabel* m_operator;
    QToolButton* m_partner;
    QToolButton* m_balance;
    QMenu* m_partnerMenu;
    QActionGroup* m_partnerGroup; ///< one checked partner in m_partnerMenu
    QWidget* m_workspace; ///< taken out of the window while locked (then without parent; deleted with the window)
    QLabel* m_connection;
    QString m_operatorEmail;
    QDockWidget* m_downloadsDock;
    QPointer<ReportDownloadPanel> m_downloads;
    QMenu* m_viewMenu = nullptr;
    QPointer<QWidget> m_help; ///< the F1 help, one per window
    QList<int> m_detailSizes; ///< the list | detail widths while the detail was last shown
    std::chrono::milliseconds m_noticeLifetime{20000};
    QList<QPointer<QWidget>> m_hiddenByLock;
    QPointer<QWidget> m_focusBeforeLock;
    QPointer<QWidget> m_downloadsWhileLocked; ///< the dock's panel, taken out while locked
};

} // namespace migo::views
