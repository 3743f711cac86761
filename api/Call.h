#pragma once

#include "ApiError.h"
#include "ConnectionInfo.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <variant>

class QNetworkAccessManager;

namespace migo::api::detail {

class ClientCore;

/// How a request may be repeated (DEVELOPERS.md: money-moving and state-changing calls are never retried).
enum class Access {
    Read, ///< idempotent (GET, cardholder detail POST): retried on connection failure/502/503/504/429, replayed after a
          ///< refresh
    Write, ///< state-changing: never retried or replayed; a lost answer is an unknown outcome
    Auth,  ///< login and refresh calls: no operator token, no refresh on 401, not retried; a lost answer is a
           ///< plain network error (signing in again is harmless)
};

/// Everything needed to send (and resend) one request.
struct RequestSpec {
    QByteArray verb = QByteArrayLiteral("GET");
    QString path;                   ///< relative to the base URL, e.g. "/app/partners/1/cardholders"
    QByteArray encodedQuery;        ///< already percent-encoded, without '?'
    std::optional<QByteArray> body; ///< JSON, unless contentType says otherwise
    QByteArray contentType;         ///< of `body`; empty = application/json (e.g. MultipartForm::contentType())
    QByteArray accept;              ///< the Accept header; empty = JSON or PDF (e.g. "text/event-stream")
    QByteArray lastEventId;         ///< the Last-Event-ID header of a resumed progress stream (contract §18)
    Access access = Access::Read;
    bool sendAppToken = true;
    bool sendUserToken = true;
    std::chrono::milliseconds timeout{30000};
    const char* operation = ""; ///< name for the log
    /// Tokens taken when the call was made, sent instead of the client's current ones; such a call also outlives
    /// CmsClient::clearSession() (the sign-out's logout, which ends the session it is sent for).
    QString fixedAppToken;
    QString fixedUserToken;
};

/// An HTTP answer as received (any status).
struct RawReply {
    int httpStatus = 0;
    QByteArray body; ///< empty for a streamed 2xx
    QByteArray retryAfter;
    QByteArray contentDisposition;
    QByteArray location; ///< of a 3xx, which is never followed (contract §11)
};

/// Receives a 2xx body as it arrives instead of buffering it (downloads). Errors abort the transfer.
class ReplySink {
public:
    virtual ~ReplySink() = default;
    /// Called once the headers of a 2xx answer arrived; `contentType` as sent, `expectedBytes` -1 when unknown.
    virtual std::optional<ApiError> begin(const QByteArray& contentType, qint64 expectedBytes) = 0;
    virtual std::optional<ApiError> write(QByteArrayView chunk) = 0;
    /// Called after the last byte of a complete 2xx answer.
    virtual std::optional<ApiError> finish() = 0;
    /// Drops whatever was written (a failed, cancelled or refused transfer leaves nothing behind).
    virtual void discard() = 0;
    virtual bool hasStarted() const = 0;
    /// True while the sink holds all it can take for now: the call then stops reading (the network applies
    /// back-pressure) until `wake` (see setWakeUp()) runs. Bytes left when the answer ends are written anyway.
    virtual bool isFull() const { return false; }
    /// Called once by Call::setSink(): the sink runs `wake` on the call's thread (context: the call) when it can
    /// take bytes again after isFull().
    virtual void setWakeUp(QObject* context, std::function<void()> wake) {
        Q_UNUSED(context);
        Q_UNUSED(wake);
    }
};

using Outcome = std::variant<RawReply, ApiError>;

/// One logical request: sends it, enforces an inactivity timeout, retries reads within policy, hands a 401 to the
/// client for the shared refresh, streams into a sink, and reports one Outcome. Deletes itself after delivery or
/// cancellation; a destroyed context cancels it.
class Call final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Call)

public:
    using OutcomeHandler = std::function<void(Call*, Outcome)>;
    using ProgressHandler = std::function<void(qint64 received, qint64 total)>;

    /// A child of `core`'s CmsClient.
    Call(ClientCore* core, RequestSpec spec, QObject* context, OutcomeHandler onOutcome);
    ~Call() override;

    void setSink(std::unique_ptr<ReplySink> sink);
    void setProgressHandler(ProgressHandler handler);
    /// Reports the body's bytes sent so far and its size as they go out (uploads); not called once answered.
    void setUploadProgressHandler(ProgressHandler handler);

    void start();
    /// Aborts the request; no outcome is reported.
    void cancel();
    /// Runs `deliver` if the context is still alive, then deletes this call.
    void finishWith(const std::function<void()>& deliver);
    /// finishWith() before the answer ended (its decoder already failed): stops the transfer, reports nothing else.
    void endEarlyWith(const std::function<void()>& deliver);
    /// False once the context this call was made for is destroyed (then nothing may be delivered to it).
    bool contextAlive() const { return !m_hasContext || m_context; }

    const RequestSpec& spec() const { return m_spec; }
    ReplySink* sink() const { return m_sink.get(); }
    /// The operator and application token generations this call was last sent with.
    int tokenGeneration() const { return m_tokenGeneration; }
    int appTokenGeneration() const { return m_appTokenGeneration; }
    /// Which renewal a read was last sent again after.
    enum class Renewal { None, App, Operator };
    /// How many times this read was sent again after a renewal (bounded by the client), and after which last.
    int replays() const { return m_replays; }
    Renewal lastReplay() const { return m_lastReplay; }
    /// Called by the client once a shared renewal of `kind` succeeded, or when the token this read carried has
    /// been replaced since: resends the read with the current tokens.
    void replayAfter(Renewal kind);
    /// Called by the client: reports `error` as the outcome.
    void fail(const ApiError& error);

private:
    void send();
    void onMetaDataChanged();
    /// Reads what arrived; `drainAll`: also when the sink is full (the answer has ended).
    void onReadyRead(bool drainAll = false);
    void onFinished();
    void onInactivity();
    bool retryLater(std::chrono::milliseconds delay);
    void report(Outcome outcome);
    void dropReply();

    ClientCore* m_core;
    RequestSpec m_spec;
    QPointer<QObject> m_context;
    bool m_hasContext;
    OutcomeHandler m_onOutcome;
    ProgressHandler m_onProgress;
    ProgressHandler m_onUploadProgress;
    std::unique_ptr<ReplySink> m_sink;
    QPointer<QNetworkReply> m_reply;
    QTimer m_inactivity;
    QElapsedTimer m_clock;
    QByteArray m_body;
    std::optional<ApiError> m_stopError; ///< why this side stopped the transfer (sink refused, answer too large)
    bool m_streaming = false;
    /// The TLS of this reply's connection, read while the session is up (QNetworkReply::encrypted).
    std::optional<TransportSecurity> m_security;
    bool m_timedOut = false;
    int m_replays = 0;
    Renewal m_lastReplay = Renewal::None;
    bool m_reported = false;
    int m_retries = 0;
    int m_tokenGeneration = 0;
    int m_appTokenGeneration = 0;
};

} // namespace migo::api::detail
