#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

namespace migo::app {

/// What a started migo-cms-sandbox announced on its first stdout line (contract: the sandbox's ready line).
struct SandboxInfo {
    QUrl baseUrl;
    QString merchant;
    QString operatorEmail;
    QString operatorPassword;
    QString operatorName;
    qint64 partnerId = 0;
};

/// Starts a local migo-cms-sandbox with demo data on a free loopback port and stops it when destroyed, so quitting
/// the app stops the server. Looks for the executable next to this program.
class SandboxLauncher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxLauncher)

public:
    explicit SandboxLauncher(QObject* parent = nullptr);
    ~SandboxLauncher() override;

    /// Starts the server; ready() or failed() follows. `demoCardholders` sizes a new demo world.
    void start(int demoCardholders = 2000);

Q_SIGNALS:
    void ready(const migo::app::SandboxInfo& info);
    void failed(const QString& reason);

private:
    void readStdout();

    QProcess m_process;
    QByteArray m_buffer;
    bool m_ready = false;
};

/// Reads a ready line; picks the first operator with every permission (role "supervisor" or "agent").
std::optional<SandboxInfo> parseSandboxReadyLine(const QByteArray& line);

} // namespace migo::app
