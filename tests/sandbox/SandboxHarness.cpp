#include "SandboxHarness.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkReply>
#include <QTimer>

#include <cmath>

SandboxProcess::SandboxProcess() = default;

SandboxProcess::~SandboxProcess() {
    stop();
}

bool SandboxProcess::start(int demoCardholders, const QStringList& extraArguments) {
    m_process = std::make_unique<QProcess>();
    QStringList arguments{QStringLiteral("--port"),    QStringLiteral("0"),
                          QStringLiteral("--db"),      databasePath(),
                          QStringLiteral("--demo"),    QString::number(demoCardholders),
                          QStringLiteral("--seed"),    QStringLiteral("7"),
                          QStringLiteral("--otp-log"), otpLogPath()};
    arguments << extraArguments;
    m_process->start(QStringLiteral(MIGO_SANDBOX_EXECUTABLE), arguments);
    if (!m_process->waitForStarted(10000)) {
        return false;
    }
    QByteArray buffer;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000) {
        if (!m_process->canReadLine() && !m_process->waitForReadyRead(1000)) {
            if (m_process->state() != QProcess::Running) {
                return false;
            }
            continue;
        }
        while (m_process->canReadLine()) {
            const QJsonObject line = QJsonDocument::fromJson(m_process->readLine()).object();
            if (line.value(QStringLiteral("event")).toString() == QStringLiteral("ready")) {
                m_ready = line;
                m_baseUrl = line.value(QStringLiteral("baseUrl")).toString();
                return true;
            }
        }
    }
    return false;
}

void SandboxProcess::kill() {
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
}

void SandboxProcess::stop() {
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            kill();
        }
    }
}

QByteArray SandboxProcess::errorOutput() {
    return m_process ? m_process->readAllStandardError() : QByteArray();
}

QString SandboxProcess::lastOtp(const QString& email) const {
    QFile log(otpLogPath());
    if (!log.open(QIODevice::ReadOnly)) {
        return {};
    }
    QString code;
    while (!log.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(log.readLine()).object();
        if (line.value(QStringLiteral("email")).toString() == email) {
            code = line.value(QStringLiteral("code")).toString();
        }
    }
    return code;
}

QByteArray HttpAnswer::header(const QByteArray& name) const {
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

int HttpAnswer::retryAfter() const {
    bool ok = false;
    const int seconds = header("Retry-After").trimmed().toInt(&ok);
    return ok ? seconds : -1;
}

QString HttpAnswer::errorCode() const {
    return json.value(QStringLiteral("errors")).toArray().at(0).toObject().value(QStringLiteral("code")).toString();
}

bool HttpAnswer::isValidEnvelope() const {
    if (!isJsonObject || !json.value(QStringLiteral("success")).isBool()) {
        return false;
    }
    if (json.value(QStringLiteral("success")).toBool()) {
        return status == 200;
    }
    const QJsonArray errors = json.value(QStringLiteral("errors")).toArray();
    if (errors.isEmpty()) {
        return false;
    }
    for (const QJsonValue& error : errors) {
        if (!error.toObject().value(QStringLiteral("code")).isString() ||
            !error.toObject().value(QStringLiteral("message")).isString()) {
            return false;
        }
    }
    return status >= 400;
}

SandboxClient::SandboxClient(QString baseUrl)
    : m_baseUrl(std::move(baseUrl)) {}

QNetworkRequest SandboxClient::request(const QString& path, bool withAuth) const {
    QNetworkRequest request(QUrl(m_baseUrl + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(30000);
    if (withAuth) {
        if (!appToken.isEmpty()) {
            request.setRawHeader("Authorization", "Bearer " + appToken.toLatin1());
        }
        if (!operatorToken.isEmpty()) {
            request.setRawHeader("x-user-token", "Bearer " + operatorToken.toLatin1());
        }
    }
    return request;
}

HttpAnswer SandboxClient::send(const QByteArray& method, const QString& path, const QByteArray& body,
                               const QList<QPair<QByteArray, QByteArray>>& extraHeaders, bool withAuth) {
    QNetworkRequest request = this->request(path, withAuth);
    for (const auto& [name, value] : extraHeaders) {
        request.setRawHeader(name, value);
    }
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    answer.headers = reply->rawHeaderPairs();
    const QJsonDocument document = QJsonDocument::fromJson(answer.body);
    answer.isJsonObject = document.isObject();
    answer.json = document.object();
    reply->deleteLater();
    return answer;
}

HttpAnswer SandboxClient::send(const QByteArray& method, const QString& path, const QJsonObject& body) {
    return send(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

bool SandboxClient::login(const QString& email, const QString& password, const QString& merchant) {
    appToken.clear();
    operatorToken.clear();
    const HttpAnswer app =
        send("POST", QStringLiteral("/app/auth/login"), QJsonObject{{QStringLiteral("merchant"), merchant}});
    if (app.status != 200) {
        return false;
    }
    appToken = app.data().toObject().value(QStringLiteral("accessToken")).toString();
    appRefreshToken = app.data().toObject().value(QStringLiteral("refreshToken")).toString();
    const HttpAnswer user = send("POST", QStringLiteral("/app/users/login"),
                                 QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
    if (user.status != 200) {
        return false;
    }
    operatorToken = user.data().toObject().value(QStringLiteral("accessToken")).toString();
    operatorRefreshToken = user.data().toObject().value(QStringLiteral("refreshToken")).toString();
    operatorId = user.data().toObject().value(QStringLiteral("id")).toInteger();
    return !operatorToken.isEmpty();
}

bool RawConnection::open(const QString& baseUrl, int timeoutMs) {
    const QUrl url(baseUrl);
    m_socket.connectToHost(url.host(), quint16(url.port()));
    return m_socket.waitForConnected(timeoutMs);
}

bool RawConnection::write(const QByteArray& bytes) {
    if (m_socket.state() != QAbstractSocket::ConnectedState) {
        return false;
    }
    m_socket.write(bytes);
    QElapsedTimer timer;
    timer.start();
    while (m_socket.bytesToWrite() > 0 && m_socket.state() == QAbstractSocket::ConnectedState &&
           timer.elapsed() < 10000) {
        m_socket.waitForBytesWritten(100);
        m_buffer += m_socket.readAll(); // an early answer must not be lost while writing
    }
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

HttpAnswer RawConnection::readAnswer(int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    HttpAnswer answer;
    while (true) {
        m_buffer += m_socket.readAll();
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
            QList<QPair<QByteArray, QByteArray>> headers;
            qint64 length = 0;
            for (qsizetype index = 1; index < lines.size(); ++index) {
                const qsizetype colon = lines[index].indexOf(':');
                if (colon > 0) {
                    const QByteArray name = lines[index].left(colon).trimmed();
                    const QByteArray value = lines[index].mid(colon + 1).trimmed();
                    headers.append({name, value});
                    if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
                        length = value.toLongLong();
                    }
                }
            }
            if (m_buffer.size() >= headEnd + 4 + length) {
                const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
                answer.status = statusLine.value(1).toInt();
                answer.headers = headers;
                answer.contentType = answer.header("Content-Type");
                answer.body = m_buffer.mid(headEnd + 4, length);
                m_buffer.remove(0, headEnd + 4 + length);
                const QJsonDocument document = QJsonDocument::fromJson(answer.body);
                answer.isJsonObject = document.isObject();
                answer.json = document.object();
                return answer;
            }
        }
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0 || (m_socket.state() != QAbstractSocket::ConnectedState && m_socket.bytesAvailable() == 0)) {
            return answer;
        }
        m_socket.waitForReadyRead(int(qMin<qint64>(left, 100)));
    }
}

bool RawConnection::waitForClose(int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    while (m_socket.state() != QAbstractSocket::UnconnectedState && timer.elapsed() < timeoutMs) {
        m_socket.waitForReadyRead(100);
        m_buffer += m_socket.readAll();
    }
    return m_socket.state() == QAbstractSocket::UnconnectedState;
}

qint64 toUnits(const QJsonValue& amount) {
    return std::llround(amount.toDouble() * 10000.0);
}

QString todayUtc() {
    return QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
}

QList<qint64> activateCardholderOneCards(SandboxClient& agent) {
    const HttpAnswer unblocked =
        agent.send("PATCH", QStringLiteral("/app/partners/1/cardholders/1/cards/3/unblock"), QByteArray());
    return unblocked.status == 200 ? QList<qint64>{1, 2, 3} : QList<qint64>();
}

namespace {

enum OperationKind { AddFunds = 0, WithdrawFunds = 1, Transfer = 2 };

QByteArray unitsText(qint64 units) {
    return QByteArray::number(units / 10000) + '.' + QByteArray::number(units % 10000).rightJustified(4, '0');
}

AckedMovement ackedFrom(const QJsonObject& movement) {
    return AckedMovement{
        movement.value(QStringLiteral("cardId")).toInteger(), movement.value(QStringLiteral("transferId")).toInteger(),
        toUnits(movement.value(QStringLiteral("amount"))), toUnits(movement.value(QStringLiteral("balanceAfter")))};
}

} // namespace

MoneyLoad::MoneyLoad(Settings settings)
    : m_settings(std::move(settings))
    , m_state(m_settings.seed) {
    for (int client = 0; client < m_settings.clients; ++client) {
        m_networks.push_back(std::make_unique<QNetworkAccessManager>());
    }
}

MoneyLoad::~MoneyLoad() = default;

bool MoneyLoad::run(const std::function<bool(const MoneyLoad&)>& stopWhen, int timeoutMs) {
    m_stopWhen = stopWhen;
    QEventLoop loop;
    m_loop = &loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&loop, &timedOut] {
        timedOut = true;
        loop.quit();
    });
    timeout.start(timeoutMs);
    for (int client = 0; client < m_settings.clients; ++client) {
        for (int slot = 0; slot < m_settings.inFlightPerClient; ++slot) {
            sendNext(client);
        }
    }
    if (m_answered < m_settings.totalOperations && !m_stopped) {
        loop.exec();
    }
    m_loop = nullptr;
    m_stopped = true;
    return !timedOut;
}

void MoneyLoad::sendNext(int client) {
    if (m_stopped || m_sent >= m_settings.totalOperations) {
        return;
    }
    ++m_sent;
    const auto random = [this](quint32 bound) {
        m_state = m_state * 1664525u + 1013904223u; // deterministic LCG
        return (m_state >> 8) % bound;
    };
    const int kind = int(random(3));
    const qint64 amount = 1 + qint64(random(3'000'000)); // 0.0001 – 300.0000
    const QString base = QStringLiteral("/app/partners/") + QString::number(m_settings.partnerId) +
                         QStringLiteral("/cardholders/") + QString::number(m_settings.cardholderId) +
                         QStringLiteral("/cards/");
    QByteArray body;
    QString path;
    const qint64 card = m_settings.cardIds.at(int(random(quint32(m_settings.cardIds.size()))));
    if (kind == Transfer) {
        qint64 other = m_settings.cardIds.at(int(random(quint32(m_settings.cardIds.size()))));
        if (other == card) {
            other = m_settings.cardIds.at((m_settings.cardIds.indexOf(card) + 1) % m_settings.cardIds.size());
        }
        path = base + QStringLiteral("transfers");
        body = "{\"fromCardId\":" + QByteArray::number(card) + ",\"toCardId\":" + QByteArray::number(other) +
               ",\"amount\":" + unitsText(amount) + ",\"observations\":\"load\"}";
    } else {
        path = base + (kind == AddFunds ? QStringLiteral("funds/add") : QStringLiteral("funds/withdraw"));
        body = "{\"cardId\":" + QByteArray::number(card) + ",\"amount\":" + unitsText(amount) + "}";
    }
    QNetworkRequest request{QUrl(m_settings.baseUrl + path)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_settings.appToken.toLatin1());
    request.setRawHeader("x-user-token", "Bearer " + m_settings.operatorToken.toLatin1());
    request.setTransferTimeout(30000);
    QNetworkReply* reply = m_networks[std::size_t(client)]->post(request, body);
    QObject::connect(reply, &QNetworkReply::finished, reply,
                     [this, reply, kind, amount, client] { handle(reply, kind, amount, client); });
}

void MoneyLoad::handle(QNetworkReply* reply, int kind, qint64 amountUnits, int client) {
    reply->deleteLater();
    if (m_stopped) {
        return;
    }
    ++m_answered;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject envelope = QJsonDocument::fromJson(reply->readAll()).object();
    const QJsonObject data = envelope.value(QStringLiteral("data")).toObject();
    const QString code =
        envelope.value(QStringLiteral("errors")).toArray().at(0).toObject().value(QStringLiteral("code")).toString();
    if (status == 200) {
        ++acknowledged;
        if (kind == Transfer) {
            movements.push_back(ackedFrom(data.value(QStringLiteral("debit")).toObject()));
            movements.push_back(ackedFrom(data.value(QStringLiteral("credit")).toObject()));
        } else {
            movements.push_back(ackedFrom(data.value(QStringLiteral("movement")).toObject()));
            (kind == AddFunds ? addedUnits : withdrawnUnits) += amountUnits;
        }
    } else if (status == 409 && code == QStringLiteral("7303")) {
        ++insufficientFunds;
    } else {
        ++unexpected;
        if (unexpectedSamples.size() < 5) {
            unexpectedSamples << QString::number(status) + QLatin1Char(' ') + code + QLatin1Char(' ') +
                                     reply->errorString();
        }
    }
    if (m_stopWhen && m_stopWhen(*this)) {
        m_stopped = true;
        if (m_loop) {
            m_loop->quit();
        }
        return;
    }
    if (m_answered >= m_settings.totalOperations) {
        if (m_loop) {
            m_loop->quit();
        }
        return;
    }
    sendNext(client);
}
