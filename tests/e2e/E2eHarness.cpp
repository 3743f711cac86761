#include "E2eHarness.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

namespace migo::e2e {

namespace {

constexpr int kStartLimitMs = 60000;

/// Terminates `process` (by its own PID, through QProcess) and waits; kills it when it does not stop in time.
void stopProcess(std::unique_ptr<QProcess>& process) {
    if (!process)
        return;
    if (process->state() != QProcess::NotRunning) {
        process->terminate();
        if (!process->waitForFinished(10000)) {
            process->kill();
            process->waitForFinished(10000);
        }
    }
    process.reset();
}

/// A TCP port on 127.0.0.1 that was free a moment ago.
quint16 freePort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0))
        return 0;
    return probe.serverPort();
}

bool acceptsConnections(quint16 port) {
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QStringLiteral("127.0.0.1")), port);
    return socket.waitForConnected(500);
}

} // namespace

bool proxiedByPrism() {
    return qEnvironmentVariable("MIGO_E2E_PROXY") == u"prism";
}

E2eServer::E2eServer() = default;

E2eServer::~E2eServer() {
    stop();
}

bool E2eServer::start(const QStringList& extraArguments, QString* error) {
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    m_sandbox = std::make_unique<QProcess>();
    m_sandbox->setProcessChannelMode(QProcess::SeparateChannels);
    m_sandbox->setStandardErrorFile(m_dir.filePath(QStringLiteral("sandbox.stderr")));
    QStringList arguments{
        QStringLiteral("--port"),    QStringLiteral("0"),         QStringLiteral("--host"),
        QStringLiteral("127.0.0.1"), QStringLiteral("--db"),      m_dir.filePath(QStringLiteral("db.sqlite")),
        QStringLiteral("--demo"),    QStringLiteral("200"),       QStringLiteral("--seed"),
        QStringLiteral("7"),         QStringLiteral("--otp-log"), m_dir.filePath(QStringLiteral("otp.jsonl"))};
    // No step-up window unless a test asks for one (contract §16): the tests written before it expect a code for
    // each operation of an operator subject to OTP. A later --step-up-window in extraArguments wins.
    arguments << QStringLiteral("--step-up-window") << QStringLiteral("0");
    arguments << extraArguments;
    m_sandbox->start(QStringLiteral(MIGO_SANDBOX_EXECUTABLE), arguments);
    if (!m_sandbox->waitForStarted(10000)) {
        *error = QStringLiteral("migo-cms-sandbox did not start: ") + m_sandbox->errorString();
        return false;
    }
    QDeadlineTimer deadline(kStartLimitMs);
    while (!deadline.hasExpired() && m_ready.isEmpty()) {
        if (!m_sandbox->canReadLine() && !m_sandbox->waitForReadyRead(1000)) {
            if (m_sandbox->state() != QProcess::Running) {
                *error = QStringLiteral("migo-cms-sandbox exited: ") + sandboxErrors();
                return false;
            }
            continue;
        }
        while (m_sandbox->canReadLine()) {
            const QJsonObject line = QJsonDocument::fromJson(m_sandbox->readLine()).object();
            if (line.value(QStringLiteral("event")).toString() == u"ready") {
                m_ready = line;
                break;
            }
        }
    }
    if (m_ready.isEmpty()) {
        *error = QStringLiteral("no ready line from migo-cms-sandbox: ") + sandboxErrors();
        return false;
    }
    // Later stdout lines (one per issued OTP) are not needed: drain them so the pipe never fills.
    QObject::connect(m_sandbox.get(), &QProcess::readyReadStandardOutput, m_sandbox.get(),
                     [this] { m_sandbox->readAllStandardOutput(); });
    m_sandboxBaseUrl = QUrl(m_ready.value(QStringLiteral("baseUrl")).toString());
    if (m_sandboxBaseUrl.host() != u"127.0.0.1") {
        *error = QStringLiteral("the sandbox is not on 127.0.0.1: ") + m_sandboxBaseUrl.toString();
        return false;
    }
    if (proxiedByPrism())
        return startPrism(error);
    return true;
}

bool E2eServer::startPrism(QString* error) {
    const QString repo = QStringLiteral(MIGO_SOURCE_DIR);
    const QString prism = repo + QStringLiteral("/node_modules/.bin/prism");
    if (!QFileInfo::exists(prism)) {
        *error = QStringLiteral("Prism is not installed: run `npm ci` in ") + repo;
        return false;
    }
    const quint16 port = freePort();
    if (port == 0) {
        *error = QStringLiteral("no free port for Prism");
        return false;
    }
    m_prism = std::make_unique<QProcess>();
    m_prism->setProcessChannelMode(QProcess::MergedChannels);
    m_prism->setWorkingDirectory(repo);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    environment.insert(QStringLiteral("FORCE_COLOR"), QStringLiteral("0"));
    m_prism->setProcessEnvironment(environment);
    QObject::connect(m_prism.get(), &QProcess::readyReadStandardOutput, m_prism.get(),
                     [this] { m_prismLog += QString::fromUtf8(m_prism->readAllStandardOutput()); });
    // The upstream is the sandbox's base URL with its /cms/rest path: Prism appends the request path (/app/…),
    // which is what the OpenAPI paths match.
    // The .bin/prism script runs node itself, so this PID is Prism's own process.
    m_prism->start(prism, {QStringLiteral("proxy"), repo + QStringLiteral("/docs/openapi.yaml"),
                           m_sandboxBaseUrl.toString(), QStringLiteral("--errors"), QStringLiteral("--host"),
                           QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(port)});
    if (!m_prism->waitForStarted(10000)) {
        *error = QStringLiteral("Prism did not start: ") + m_prism->errorString();
        return false;
    }
    QDeadlineTimer deadline(kStartLimitMs);
    while (!deadline.hasExpired()) {
        QTest::qWait(200);
        if (m_prism->state() != QProcess::Running) {
            *error = QStringLiteral("Prism exited: ") + m_prismLog;
            return false;
        }
        if (m_prismLog.contains(QStringLiteral("Prism is listening")) && acceptsConnections(port)) {
            m_prismUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
            takePrismProblems(); // the start-up lines are not about traffic
            return true;
        }
    }
    *error = QStringLiteral("Prism did not listen within 60 s: ") + m_prismLog;
    return false;
}

void E2eServer::stop() {
    stopProcess(m_prism);
    stopProcess(m_sandbox);
}

QUrl E2eServer::clientBaseUrl() const {
    return m_prism ? m_prismUrl : m_sandboxBaseUrl;
}

QString E2eServer::sandboxErrors() const {
    QFile file(m_dir.filePath(QStringLiteral("sandbox.stderr")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString E2eServer::passwordOf(const QString& email) const {
    const QJsonArray operators = m_ready.value(QStringLiteral("operators")).toArray();
    for (const QJsonValue& entry : operators) {
        if (entry.toObject().value(QStringLiteral("email")).toString() == email)
            return entry.toObject().value(QStringLiteral("password")).toString();
    }
    return {};
}

int E2eServer::otpCount(const QString& email) const {
    QFile log(m_dir.filePath(QStringLiteral("otp.jsonl")));
    if (!log.open(QIODevice::ReadOnly))
        return 0;
    int count = 0;
    while (!log.atEnd())
        if (QJsonDocument::fromJson(log.readLine()).object().value(QStringLiteral("email")).toString() == email)
            ++count;
    return count;
}

QString E2eServer::lastOtp(const QString& email) const {
    QFile log(m_dir.filePath(QStringLiteral("otp.jsonl")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    QString code;
    while (!log.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(log.readLine()).object();
        if (line.value(QStringLiteral("email")).toString() == email)
            code = line.value(QStringLiteral("code")).toString();
    }
    return code;
}

QStringList E2eServer::takePrismProblems() {
    if (!m_prism)
        return {};
    m_prismLog += QString::fromUtf8(m_prism->readAllStandardOutput());
    const qsizetype end = m_prismLog.lastIndexOf(u'\n') + 1; // whole lines only
    if (end <= m_prismLogChecked)
        return {};
    const QString fresh = m_prismLog.mid(m_prismLogChecked, end - m_prismLogChecked);
    m_prismLogChecked = end;
    // Prism's levels: "info", "start", "note", "warning", "error", "fatal"; violations name themselves.
    static const QRegularExpression problem(QStringLiteral("violation|\\b(warn|warning|error|fatal)\\b|✖|⚠"),
                                            QRegularExpression::CaseInsensitiveOption);
    QStringList problems;
    const QStringList lines = fresh.split(u'\n', Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        if (problem.match(line).hasMatch())
            problems << line;
    }
    return problems;
}

E2eClient::E2eClient(const E2eServer& server, qint64 partnerId) {
    api::ClientConfig config;
    config.baseUrl = server.clientBaseUrl();
    config.partnerId = partnerId;
    config.retryBackoff = std::chrono::milliseconds(50);
    config.transferTimeout = std::chrono::milliseconds(20000);
    client.setConfig(config);
}

bool signIn(E2eClient& client, const E2eServer& server, const QString& email, QString* error,
            api::OperatorSession* session) {
    const api::Result<api::AppSession> app =
        sync(*client, &api::CmsClient::appLogin, server.ready().value(QStringLiteral("merchant")).toString());
    if (!app.ok()) {
        if (error)
            *error = QStringLiteral("app login: ") + describe(app.error());
        return false;
    }
    const api::Result<api::OperatorSession> login =
        sync(*client, &api::CmsClient::operatorLogin, email, server.passwordOf(email));
    if (!login.ok()) {
        if (error)
            *error = QStringLiteral("operator login: ") + describe(login.error());
        return false;
    }
    if (session)
        *session = login.value();
    return true;
}

QString describe(const api::ApiError& error) {
    return QStringLiteral("kind=%1 http=%2 codes=[%3] server=\"%4\" user=\"%5\" detail=\"%6\"")
        .arg(int(error.kind))
        .arg(error.httpStatus)
        .arg(error.codes().join(u','), error.serverMessage, error.userMessage, error.technicalDetail);
}

} // namespace migo::e2e
