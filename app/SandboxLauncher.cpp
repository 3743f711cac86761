#include "SandboxLauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <nlohmann/json.hpp>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace migo::app {

namespace {

QString sandboxExecutable() {
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString& candidate : {here.filePath(QStringLiteral("migo-cms-sandbox")),
                                     here.filePath(QStringLiteral("../sandbox/migo-cms-sandbox"))})
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    return QStandardPaths::findExecutable(QStringLiteral("migo-cms-sandbox"));
}

QString text(const nlohmann::json& object, const char* key) {
    auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

} // namespace

std::optional<SandboxInfo> parseSandboxReadyLine(const QByteArray& line, const QString& operatorEmail) {
    const nlohmann::json doc = nlohmann::json::parse(line.toStdString(), nullptr, false);
    if (!doc.is_object() || text(doc, "event") != u"ready")
        return std::nullopt;
    SandboxInfo info;
    info.baseUrl = QUrl(text(doc, "baseUrl"));
    info.merchant = text(doc, "merchant");
    auto operators = doc.find("operators");
    if (operators == doc.end() || !operators->is_array())
        return std::nullopt;
    for (const char* role : {"agent", "supervisor"}) {
        for (const auto& op : *operators) {
            if (!op.is_object())
                continue;
            if (operatorEmail.isEmpty() ? text(op, "role") != QLatin1String(role)
                                        : text(op, "email").compare(operatorEmail, Qt::CaseInsensitive) != 0)
                continue;
            info.operatorEmail = text(op, "email");
            info.operatorPassword = text(op, "password");
            info.operatorName = text(op, "name");
            auto partners = op.find("partners");
            if (partners != op.end() && partners->is_array() && !partners->empty() && partners->front().is_number())
                info.partnerId = partners->front().get<qint64>();
            break;
        }
        if (!info.operatorEmail.isEmpty())
            break;
    }
    if (!info.baseUrl.isValid() || info.operatorEmail.isEmpty())
        return std::nullopt;
    return info;
}

std::optional<std::pair<QString, QString>> parseSandboxOtpLine(const QByteArray& line) {
    const nlohmann::json doc = nlohmann::json::parse(line.toStdString(), nullptr, false);
    if (!doc.is_object() || text(doc, "event") != u"otp")
        return std::nullopt;
    const QString email = text(doc, "email");
    const QString code = text(doc, "code");
    if (email.isEmpty() || code.isEmpty())
        return std::nullopt;
    return std::pair{email, code};
}

SandboxLauncher::SandboxLauncher(QObject* parent)
    : QObject(parent) {
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SandboxLauncher::readStdout);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        if (!m_ready)
            Q_EMIT failed(tr("The local sandbox could not be started: %1").arg(m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode) {
        if (!m_ready)
            Q_EMIT failed(tr("The local sandbox stopped before it was ready (exit code %1): %2")
                              .arg(exitCode)
                              .arg(QString::fromLocal8Bit(m_process.readAllStandardError()).trimmed()));
    });
}

SandboxLauncher::~SandboxLauncher() {
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
    }
}

void SandboxLauncher::start(int demoCardholders, const QString& operatorEmail) {
    m_operatorEmail = operatorEmail;
    const QString program = sandboxExecutable();
    if (program.isEmpty()) {
        Q_EMIT failed(tr("migo-cms-sandbox was not found next to this program."));
        return;
    }
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(dataDir);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
    // If the app dies without quitting (crash, kill), the kernel stops the sandbox too: no orphaned server.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process.start(program, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"),
                              QDir(dataDir).filePath(QStringLiteral("sandbox-demo.sqlite")), QStringLiteral("--demo"),
                              QString::number(demoCardholders), QStringLiteral("--seed"), QStringLiteral("1")});
}

void SandboxLauncher::readStdout() {
    m_buffer += m_process.readAllStandardOutput();
    qsizetype newline = -1;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(newline).trimmed();
        m_buffer.remove(0, newline + 1);
        if (m_ready) {
            if (const auto otp = parseSandboxOtpLine(line))
                Q_EMIT otpIssued(otp->first, otp->second);
            continue;
        }
        if (std::optional<SandboxInfo> info = parseSandboxReadyLine(line, m_operatorEmail)) {
            m_ready = true;
            Q_EMIT ready(*info);
        }
    }
}

} // namespace migo::app
