#include "BenchSupport.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <unistd.h>

namespace migo::bench {

Summary summarize(std::vector<double> samples) {
    Summary summary;
    if (samples.empty())
        return summary;
    std::sort(samples.begin(), samples.end());
    const std::size_t count = samples.size();
    summary.best = samples.front();
    summary.worst = samples.back();
    summary.median = count % 2 ? samples[count / 2] : (samples[count / 2 - 1] + samples[count / 2]) / 2;
    const auto rank = std::size_t(std::ceil(0.99 * double(count)));
    summary.p99 = samples[std::clamp<std::size_t>(rank, 1, count) - 1];
    return summary;
}

namespace {

qint64 statusField(const char* name) {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(name) + ':';
    // /proc files report size 0: read them whole rather than line by line until atEnd().
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith(prefix)) // "VmRSS:	  123456 kB"
            return line.mid(prefix.size()).trimmed().split(' ').constFirst().toLongLong() * 1024;
    }
    return -1;
}

} // namespace

qint64 residentBytes() {
    return statusField("VmRSS");
}

qint64 peakResidentBytes() {
    return statusField("VmHWM");
}

bool resetPeakResident() {
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

Sandbox::~Sandbox() {
    stop();
}

bool Sandbox::start(const QString& executable, const QStringList& arguments, int limitMs, QString* error) {
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setStandardErrorFile(m_dir.filePath(QStringLiteral("sandbox.stderr")));
    QStringList all{QStringLiteral("--port"),    QStringLiteral("0"),
                    QStringLiteral("--host"),    QStringLiteral("127.0.0.1"),
                    QStringLiteral("--db"),      m_dir.filePath(QStringLiteral("db.sqlite")),
                    QStringLiteral("--otp-log"), m_dir.filePath(QStringLiteral("otp.jsonl"))};
    all << arguments;
    m_process->start(executable, all);
    if (!m_process->waitForStarted(10000)) {
        *error = executable + QStringLiteral(" did not start: ") + m_process->errorString();
        return false;
    }
    QDeadlineTimer deadline(limitMs);
    while (m_ready.isEmpty() && !deadline.hasExpired()) {
        if (!m_process->canReadLine() && !m_process->waitForReadyRead(1000)) {
            if (m_process->state() != QProcess::Running) {
                *error = QStringLiteral("the sandbox exited: ") + errors();
                return false;
            }
            continue;
        }
        while (m_process->canReadLine()) {
            const QJsonObject line = QJsonDocument::fromJson(m_process->readLine()).object();
            if (line.value(QStringLiteral("event")).toString() == u"ready") {
                m_ready = line;
                break;
            }
        }
    }
    if (m_ready.isEmpty()) {
        *error = QStringLiteral("no ready line from the sandbox: ") + errors();
        return false;
    }
    // Later lines (one per OTP) are not needed: drain them so the pipe never fills.
    QObject::connect(m_process.get(), &QProcess::readyReadStandardOutput, m_process.get(),
                     [this] { m_process->readAllStandardOutput(); });
    m_baseUrl = QUrl(m_ready.value(QStringLiteral("baseUrl")).toString());
    return true;
}

void Sandbox::stop() {
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(10000);
        }
    }
    m_process.reset();
}

QString Sandbox::passwordOf(const QString& email) const {
    const QJsonArray operators = m_ready.value(QStringLiteral("operators")).toArray();
    for (const QJsonValue& entry : operators) {
        if (entry.toObject().value(QStringLiteral("email")).toString() == email)
            return entry.toObject().value(QStringLiteral("password")).toString();
    }
    return {};
}

int Sandbox::otpCount(const QString& email, QString* newestCode) const {
    QFile log(m_dir.filePath(QStringLiteral("otp.jsonl")));
    int count = 0;
    if (!log.open(QIODevice::ReadOnly))
        return 0;
    while (!log.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(log.readLine()).object();
        if (line.value(QStringLiteral("email")).toString() == email) {
            ++count;
            if (newestCode)
                *newestCode = line.value(QStringLiteral("code")).toString();
        }
    }
    return count;
}

QString Sandbox::waitForOtp(const QString& email, int previousCount, int limitMs) const {
    QDeadlineTimer deadline(limitMs);
    while (!deadline.hasExpired()) {
        QString code;
        if (otpCount(email, &code) > previousCount)
            return code;
        QThread::usleep(200);
    }
    return {};
}

QString Sandbox::errors() const {
    QFile file(m_dir.filePath(QStringLiteral("sandbox.stderr")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QNetworkReply* TimingNetwork::createRequest(Operation operation, const QNetworkRequest& request,
                                            QIODevice* outgoingData) {
    QNetworkReply* reply = QNetworkAccessManager::createRequest(operation, request, outgoingData);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] { lastHeaders = Clock::now(); });
    return reply;
}

SignedInClient::SignedInClient(const Sandbox& sandbox, qint64 partnerId) {
    api::ClientConfig config;
    config.baseUrl = sandbox.baseUrl();
    config.partnerId = partnerId;
    client.setConfig(config);
}

bool SignedInClient::signIn(const QString& merchant, const QString& email, const QString& password, QString* error) {
    const auto app =
        await<api::AppSession>([&](QObject* context, auto done) { client.appLogin(merchant, context, done); });
    if (!app || !app->ok()) {
        *error = QStringLiteral("app login failed");
        return false;
    }
    const auto login = await<api::OperatorSession>(
        [&](QObject* context, auto done) { client.operatorLogin(email, password, context, done); });
    if (!login || !login->ok()) {
        *error = QStringLiteral("operator login failed");
        return false;
    }
    return true;
}

QStringList SignedInClient::curlHeaders() const {
    return {QStringLiteral("Authorization: Bearer ") + client.appTokens().accessToken,
            QStringLiteral("x-user-token: Bearer ") + client.operatorTokens().accessToken};
}

CurlRun runCurl(const QString& config, const QString& configPath) {
    CurlRun run;
    QFile file(configPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        run.errors = "cannot write the curl config";
        return run;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // it holds tokens
    file.write(config.toUtf8());
    file.close();
    QProcess curl;
    const Clock::time_point started = Clock::now();
    curl.start(QStringLiteral("curl"), {QStringLiteral("--no-progress-meter"), QStringLiteral("-K"), configPath});
    if (!curl.waitForStarted(10000)) {
        run.errors = curl.errorString().toUtf8();
        return run;
    }
    curl.waitForFinished(600000);
    run.wallMs = millisecondsBetween(started, Clock::now());
    run.exitCode = curl.exitStatus() == QProcess::NormalExit ? curl.exitCode() : -1;
    run.output = curl.readAllStandardOutput();
    run.errors = curl.readAllStandardError();
    QFile::remove(configPath);
    return run;
}

QString curlQuoted(const QString& text) {
    QString quoted = text;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

std::vector<std::vector<double>> curlNumbers(const QByteArray& output) {
    std::vector<std::vector<double>> lines;
    for (const QByteArray& line : output.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        std::vector<double> numbers;
        for (const QByteArray& field : trimmed.split(' '))
            numbers.push_back(field.toDouble());
        lines.push_back(std::move(numbers));
    }
    return lines;
}

int onlineCores() {
    const long cores = sysconf(_SC_NPROCESSORS_ONLN);
    return cores > 0 ? int(cores) : QThread::idealThreadCount();
}

QString machineDescription() {
    QString model;
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = cpuinfo.readAll().split('\n');
        for (const QByteArray& line : lines) {
            if (line.startsWith("model name")) {
                model = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
        }
    }
    return model + QStringLiteral(", ") + QString::number(onlineCores()) + QStringLiteral(" cores online, ") +
           QSysInfo::prettyProductName() + QStringLiteral(", kernel ") + QSysInfo::kernelVersion();
}

} // namespace migo::bench
