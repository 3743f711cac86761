#pragma once

// Shared pieces of the end-to-end benchmarks (bench/README.md): the sandbox process, the reference `curl`, resident
// memory and the statistics every figure is reduced to.

#include "CmsClient.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

namespace migo::bench {

using Clock = std::chrono::steady_clock;

/// Milliseconds between two steady_clock points, with sub-millisecond precision.
inline double millisecondsBetween(Clock::time_point from, Clock::time_point to) {
    return std::chrono::duration<double, std::milli>(to - from).count();
}

/// Median, worst (largest) and p99 (nearest rank) of `samples`; all 0 when empty.
struct Summary {
    double median = 0;
    double worst = 0;
    double best = 0;
    double p99 = 0;
};
Summary summarize(std::vector<double> samples);

/// Resident memory of this process from /proc/self/status, in bytes (VmRSS and the peak VmHWM).
qint64 residentBytes();
qint64 peakResidentBytes();
/// Resets the kernel's peak (VmHWM) to the current resident size (/proc/self/clear_refs "5"); false when refused.
bool resetPeakResident();

/// One migo-cms-sandbox process on 127.0.0.1 with a fixed seed, its database and OTP log in a temporary folder.
/// Stopped (by its own PID, through QProcess) when destroyed.
class Sandbox final {
public:
    Sandbox() = default;
    ~Sandbox();
    Sandbox(const Sandbox&) = delete;
    Sandbox& operator=(const Sandbox&) = delete;

    /// Starts `executable --port 0 --db <tmp> --otp-log <tmp> <arguments>` and waits (up to `limitMs`) for its ready
    /// line. On failure returns false with the reason in `error`.
    bool start(const QString& executable, const QStringList& arguments, int limitMs, QString* error);
    void stop();

    QUrl baseUrl() const { return m_baseUrl; }
    const QJsonObject& ready() const { return m_ready; }
    QString passwordOf(const QString& email) const;
    /// Number of OTP lines written so far for `email`, and the newest code (empty when none).
    int otpCount(const QString& email, QString* newestCode) const;
    /// Waits (busy-polling the log, at most `limitMs`) for the OTP issued after `previousCount` codes.
    QString waitForOtp(const QString& email, int previousCount, int limitMs) const;
    QString temporaryPath(const QString& name) const { return m_dir.filePath(name); }
    QString errors() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QUrl m_baseUrl;
    QJsonObject m_ready;
};

/// A plain QNetworkAccessManager that notes when the last reply's headers reached this thread (diagnostics only:
/// it hands every request to the base class unchanged).
class TimingNetwork final : public QNetworkAccessManager {
public:
    Clock::time_point lastHeaders;

protected:
    QNetworkReply* createRequest(Operation operation, const QNetworkRequest& request, QIODevice* outgoingData) override;
};

/// A CmsClient on its own QNetworkAccessManager, signed in to a Sandbox as one demo operator.
class SignedInClient final {
public:
    explicit SignedInClient(const Sandbox& sandbox, qint64 partnerId = 1);
    /// App login then operator login; false with the reason in `error`.
    bool signIn(const QString& merchant, const QString& email, const QString& password, QString* error);

    /// The two headers every CMS call carries, as `curl -H` values.
    QStringList curlHeaders() const;

    TimingNetwork network;
    api::CmsClient client{&network};
};

/// Runs one asynchronous CmsClient call to its end in a local event loop (at most `limitMs`); nothing on timeout.
template <typename T, typename Start>
std::optional<api::Result<T>> await(Start start, int limitMs = 120000);

/// What one `curl` process reported: its exit code, its stdout (the `-w` lines) and its wall time.
struct CurlRun {
    int exitCode = -1;
    QByteArray output;
    QByteArray errors;
    double wallMs = 0;
};

/// Runs `curl -K <config>` (every option in the config file, so tokens never appear on a command line) with
/// `--no-progress-meter`. `config` holds one transfer after another: one process, one connection re-used for
/// sequential URLs to the same host.
CurlRun runCurl(const QString& config, const QString& configPath);

/// Quotes `text` for a curl config file (double quotes, backslash escapes).
QString curlQuoted(const QString& text);

/// Each line of a `-w` output split on spaces, read as numbers (seconds from curl are turned into ms by the caller).
std::vector<std::vector<double>> curlNumbers(const QByteArray& output);

/// The machine in one line: CPU model, core count (online), kernel.
QString machineDescription();
int onlineCores();

} // namespace migo::bench

#include <QEventLoop>
#include <QTimer>

namespace migo::bench {

template <typename T, typename Start>
std::optional<api::Result<T>> await(Start start, int limitMs) {
    QObject context;
    std::optional<api::Result<T>> result;
    QEventLoop loop;
    start(&context, [&result, &loop](const api::Result<T>& r) {
        result = r;
        loop.quit();
    });
    if (!result) {
        QTimer::singleShot(limitMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return result;
}

} // namespace migo::bench
