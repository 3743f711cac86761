#pragma once

#include <QByteArray>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <functional>
#include <memory>

/// Runs the built migo-cms-sandbox binary on a free port with a database in a temporary directory and reads
/// its ready line.
class SandboxProcess final {
public:
    SandboxProcess();
    ~SandboxProcess();

    /// Starts the sandbox with `--port 0 --db <dir>/x.sqlite --seed 7 --demo <demo> --otp-log <dir>/otp.log`
    /// plus `extraArguments`; waits up to 60 s for the ready line. Reuses the database of a previous start.
    bool start(int demoCardholders, const QStringList& extraArguments = {});
    /// SIGKILL, as a crash would.
    void kill();
    /// SIGTERM and wait.
    void stop();

    QString baseUrl() const { return m_baseUrl; }
    QJsonObject ready() const { return m_ready; }
    QString otpLogPath() const { return m_dir.filePath(QStringLiteral("otp.log")); }
    QString databasePath() const { return m_dir.filePath(QStringLiteral("x.sqlite")); }
    /// Everything the sandbox wrote on stderr so far (for failure messages).
    QByteArray errorOutput();

    /// The most recent OTP code issued to `email` according to the --otp-log file (empty when none).
    QString lastOtp(const QString& email) const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QString m_baseUrl;
    QJsonObject m_ready;
};

/// The answer to one HTTP request.
struct HttpAnswer {
    int status = 0; ///< HTTP status; 0 when the connection failed
    QByteArray body;
    QByteArray contentType;
    QJsonObject json; ///< the envelope when the body is a JSON object
    bool isJsonObject = false;
    QByteArray header(const QByteArray& name) const;
    QList<QPair<QByteArray, QByteArray>> headers;

    QJsonValue data() const { return json.value(QStringLiteral("data")); }
    /// The Retry-After header in seconds; -1 when absent or not a number.
    int retryAfter() const;
    /// errors[0].code of an error envelope (empty when none).
    QString errorCode() const;
    /// True when the body is an envelope as the contract (§2) says: success bool; on failure a non-empty errors
    /// array of {code: string, message: string}.
    bool isValidEnvelope() const;
};

/// Blocking raw-HTTP client with the two Migo auth headers.
class SandboxClient final {
public:
    explicit SandboxClient(QString baseUrl);

    /// Sends `method path` (path relative to the base URL) and waits for the answer (30 s timeout).
    HttpAnswer send(const QByteArray& method, const QString& path, const QByteArray& body = {},
                    const QList<QPair<QByteArray, QByteArray>>& extraHeaders = {}, bool withAuth = true);
    HttpAnswer send(const QByteArray& method, const QString& path, const QJsonObject& body);

    /// POST /app/auth/login then /app/users/login; returns false when either fails.
    bool login(const QString& email, const QString& password, const QString& merchant = QStringLiteral("migo-sandbox"));

    QString appToken;
    QString appRefreshToken;
    QString operatorToken;
    QString operatorRefreshToken;
    qint64 operatorId = 0; ///< the signed-in operator's id (cmsUserId), from the login answer
    QNetworkAccessManager& network() { return m_network; }
    QNetworkRequest request(const QString& path, bool withAuth = true) const;

private:
    QString m_baseUrl;
    QNetworkAccessManager m_network;
};

/// One HTTP exchange over a plain QTcpSocket, for what QNetworkAccessManager cannot send (a Content-Length that
/// does not match the body, a chunked body left unfinished, pipelined requests).
class RawConnection final {
public:
    /// Connects to the host and port of `baseUrl` (an http://host:port/... URL); false when it cannot.
    bool open(const QString& baseUrl, int timeoutMs = 5000);
    /// Writes `bytes` as they are; false when the connection is gone.
    bool write(const QByteArray& bytes);
    /// Waits up to `timeoutMs` for one complete answer (head and Content-Length body) and parses it; status 0 when
    /// none arrived in time. Bytes after that answer stay for the next call.
    HttpAnswer readAnswer(int timeoutMs);
    /// True once the server closed the connection (waits up to `timeoutMs`).
    bool waitForClose(int timeoutMs);

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

/// Money as units of 1/10000 from an envelope number (exact for the magnitudes tests use).
qint64 toUnits(const QJsonValue& amount);
/// Today's UTC date as YYYY-MM-DD.
QString todayUtc();
/// Makes all three cards of demo cardholder 1 ACTIVE for a money load (the demo world starts them ACTIVE, ACTIVE and
/// BLOCKED) and returns their ids; empty when the unblock is refused.
QList<qint64> activateCardholderOneCards(SandboxClient& agent);

/// One money movement acknowledged by a 200 answer.
struct AckedMovement {
    qint64 cardId = 0;
    qint64 transferId = 0;
    qint64 amountUnits = 0;
    qint64 balanceAfterUnits = 0;
};

/// Random add/withdraw/transfer load on the cards of one cardholder from several QNetworkAccessManagers at once,
/// each keeping a few requests in flight. Records what the server acknowledged.
class MoneyLoad final {
public:
    struct Settings {
        QString baseUrl;
        QString appToken;
        QString operatorToken;
        qint64 partnerId = 1;
        qint64 cardholderId = 1;
        QList<qint64> cardIds;
        int clients = 4;
        int inFlightPerClient = 2;
        int totalOperations = 2000;
        quint32 seed = 7;
    };
    explicit MoneyLoad(Settings settings);
    ~MoneyLoad();

    /// Runs until every operation answered, `stopWhen()` returns true (checked after each answer) or
    /// `timeoutMs` passed. Returns false on timeout.
    bool run(const std::function<bool(const MoneyLoad&)>& stopWhen, int timeoutMs);

    qint64 addedUnits = 0;     ///< sum of acknowledged add-funds amounts
    qint64 withdrawnUnits = 0; ///< sum of acknowledged withdrawals
    int acknowledged = 0;
    int insufficientFunds = 0; ///< 409 7303 answers (expected under random load)
    int unexpected = 0;        ///< any other answer
    QStringList unexpectedSamples;
    std::vector<AckedMovement> movements;

private:
    void sendNext(int client);
    void handle(QNetworkReply* reply, int kind, qint64 amountUnits, int client);

    Settings m_settings;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_networks;
    int m_sent = 0;
    int m_answered = 0;
    bool m_stopped = false;
    quint32 m_state;
    QEventLoop* m_loop = nullptr;
    std::function<bool(const MoneyLoad&)> m_stopWhen;
};
