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

    /// Starts the server; ready() or failed() follows. `demoCardholders` sizes a new demo world; `operatorEmail`
    /// picks the demo operator to sign in as (empty: the agent).
    void start(int demoCardholders = 2000, const QString& operatorEmail = QString());

Q_SIGNALS:
    void ready(const migo::app::SandboxInfo& info);
    void failed(const QString& reason);
    /// The sandbox "sent" a one-time password (it prints each one instead of e-mailing it). Training only: the app
    /// shows it on screen so a trainee can complete a step-up; it is never logged.
    void otpIssued(const QString& operatorEmail, const QString& code);

private:
    void readStdout();

    QProcess m_process;
    QByteArray m_buffer;
    bool m_ready = false;
    QString m_operatorEmail;
};

/// Reads a ready line; picks the operator named `operatorEmail`, or else the first "agent" (then "supervisor").
std::optional<SandboxInfo> parseSandboxReadyLine(const QByteArray& line, const QString& operatorEmail = QString());
/// Reads a sandbox OTP line (`{"event":"otp","email":…,"code":…}`): the e-mail and the code, or nothing.
std::optional<std::pair<QString, QString>> parseSandboxOtpLine(const QByteArray& line);

} // namespace migo::app
