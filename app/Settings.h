#pragma once

#include "DeployedPolicy.h"
#include "SignInDialog.h"

#include <QByteArray>
#include <QSettings>

#include <chrono>
#include <memory>

namespace migo::app {

/// Everything the app remembers between runs, through one typed wrapper over QSettings (issue 4). Never a secret:
/// passwords are not stored at all and refresh tokens live in the TokenStore (the OS keychain).
class Settings {
public:
    /// Uses `backing` when given (tests), else the application's default QSettings.
    explicit Settings(QSettings* backing = nullptr);
    ~Settings();
    Q_DISABLE_COPY_MOVE(Settings)

    /// The connection profile used last: environment, custom URL, merchant, e-mail, partner.
    views::SignInProfile lastProfile() const;
    void setLastProfile(const views::SignInProfile& profile);

    /// What IT deployed (issue 18): it decides where the agent's own values count (idleLock()).
    void setPolicy(const DeployedPolicy& policy);
    const DeployedPolicy& policy() const { return m_policy; }

    /// Idle time before the window locks, kept within 1..240 minutes: the policy's when it locks it, else the
    /// agent's own, else the policy's default, else 15 minutes.
    std::chrono::minutes idleLock() const;
    void setIdleLock(std::chrono::minutes minutes);

    /// Opaque window and table-header states (QWidget::saveGeometry, QMainWindow::saveState, QHeaderView::saveState).
    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray& geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray& state);
    QByteArray cardholderColumns() const;
    void setCardholderColumns(const QByteArray& state);
    /// QSplitter::saveState of the cardholder list | detail splitter.
    QByteArray cardholderSplitter() const;
    void setCardholderSplitter(const QByteArray& state);
    /// The folder the last PDF report was saved in (issue 6); empty until one was saved.
    QString lastReportFolder() const;
    void setLastReportFolder(const QString& folder);

    /// Writes pending changes to disk now.
    void sync();

private:
    std::unique_ptr<QSettings> m_owned;
    QSettings* m_settings;
    DeployedPolicy m_policy;
};

} // namespace migo::app
