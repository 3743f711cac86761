#pragma once

// Private to migo_api: included by api/*.cpp (and the api tests) only, never by a public header. It brings in
// nlohmann (through Envelope.h/Parsers.h) and QtConcurrent, which CmsClient.h keeps away from its users.

#include "Call.h"
#include "CmsClient.h"
#include "Envelope.h"
#include "Parsers.h"
#include "StreamedList.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QList>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <optional>
#include <utility>

class QNetworkAccessManager;
class QNetworkRequest;
class QTimer;

namespace migo::api::detail {

/// What stands behind a CmsClient (its d-pointer): configuration, both token pairs, the shared refresh of the operator
/// session, the reachability flag, and the templates that send a RequestSpec and deliver its typed Result.
///
/// Threads: the client's thread only, like CmsClient; only the decoding of a large body runs on a worker.
/// Contract: every detail::Call it starts is a child of the client, so CmsClient::clearSession() finds and cancels it.
class ClientCore {
public:
    template <typename T>
    using Callback = CmsClient::Callback<T>;
    template <typename T>
    using DataParser = std::function<std::optional<T>(const json::Json&, QString&)>;

    ClientCore(CmsClient* client, QNetworkAccessManager* network);

    CmsClient* client() const { return m_client; }

    // ---- Used by detail::Call ----
    QNetworkAccessManager* network() const { return m_network; }
    const ClientConfig& config() const { return m_config; }
    /// Fills `request` for `spec` (URL, headers) and the token generations it is sent with; returns an error when
    /// the request must not be sent.
    std::optional<ApiError> prepareRequest(const RequestSpec& spec, QNetworkRequest& request, int& tokenGeneration,
                                           int& appTokenGeneration) const;
    /// A 401 (`error`) of `call`: replays it, fails it, or parks it behind one shared renewal of the token it names
    /// (the application token when the answer names `Authorization` or the app token's expiry has passed, else the
    /// operator's).
    void handleUnauthorized(Call* call, const ApiError& error);
    /// Records whether the last finished request got an HTTP answer (any status) or none (network error, timeout).
    void noteReachability(bool answered);
    /// Records the TLS of an answered request (CmsClient::connectionInfo()).
    void noteTransport(const TransportSecurity& security);

    // ---- Used by CmsClient ----
    /// Sends `spec` and delivers its `data` decoded by `parser` to `done` (rules: CmsClient's class comment).
    template <typename T>
    CallHandle start(RequestSpec spec, QObject* context, DataParser<T> parser, Callback<T> done);
    /// start() for an answer whose `data` is a list: decoded by parse::streamedList() (no JSON tree of the list).
    template <typename T>
    CallHandle startList(RequestSpec spec, QObject* context, parse::PooledItemParser<T> item, Callback<QList<T>> done);
    /// startList() that hands the elements to `onBatch` in batches while the answer still arrives, decoded on a
    /// worker from a ByteFeed (no whole body is ever held), then the element count to `done`. A failure after
    /// batches were handed over (broken JSON, a bad element, `success: false`) still ends in an error: the
    /// receiver must drop what it got. Contract §6 (issue 19).
    template <typename T>
    CallHandle startStreamedList(RequestSpec spec, QObject* context, parse::PooledItemParser<T> item,
                                 std::function<void(QList<T>)> onBatch, Callback<qsizetype> done);
    /// Sends `spec` and delivers `decode(reply)` to `done`, on a worker for large bodies. `decode` may take the body.
    template <typename T>
    CallHandle startDecoded(RequestSpec spec, QObject* context, std::function<Result<T>(RawReply&)> decode,
                            Callback<T> done);
    /// Creates the call and starts it from the event loop (a caller never gets its callback before the handle).
    Call* startRaw(RequestSpec spec, QObject* context, Call::OutcomeHandler onOutcome);

    /// A request to `/app/partners/{partnerId}` + `pathAfterPartner`.
    RequestSpec cmsRequest(const char* operation, QByteArray verb, const QString& pathAfterPartner,
                           Access access) const;
    /// A POST to a login or refresh path: no operator token, never refreshed on 401.
    RequestSpec authRequest(const char* operation, const QString& path, QByteArray body) const;

    /// CmsClient::refreshOperatorSession(): joins the running refresh or starts one.
    CallHandle refreshOperatorSession(QObject* context, Callback<TokenPair> done);
    /// CmsClient::appLogin(): remembers the merchant (not a secret) so the app session can always be renewed.
    CallHandle appLogin(const QString& merchant, QObject* context, Callback<AppSession> done);
    /// CmsClient::refreshAppSession(): joins the running renewal or starts one. A renewal is POST /app/auth/refresh;
    /// when that is refused and the merchant is known, a fresh app login (ref §2.1: the merchant is all it needs).
    CallHandle renewAppSession(QObject* context, Callback<AppSession> done);
    /// Forgets the app session's merchant and expiry and stops the timed renewal (sign out).
    void forgetAppSession();

    // ---- State (CmsClient's getters and setters read and write it directly) ----
    QNetworkAccessManager* m_network;
    ClientConfig m_config;
    TokenPair m_appTokens;
    TokenPair m_operatorTokens;
    int m_tokenGeneration = 0;
    bool m_serverReachable = true;
    bool m_answered = false;
    TransportSecurity m_lastSecurity;
    QPointer<Call> m_refreshCall;
    /// The operator refresh met a refused app token: it waits for the app renewal, then is sent once more.
    bool m_refreshWaitsForApp = false;
    QList<QPointer<Call>> m_waitingForRefresh;
    QList<Callback<TokenPair>> m_refreshListeners;
    int m_appTokenGeneration = 0;
    QString m_merchant;
    QDateTime m_appAccessExpiresAt;
    QTimer* m_appRenewalTimer;
    QPointer<Call> m_appRenewalCall;
    QList<QPointer<Call>> m_waitingForApp;
    QList<Callback<AppSession>> m_appListeners;

private:
    void finishRefresh(const Result<TokenPair>& result);
    /// Sends POST /app/users/refresh with the current refresh token for the shared refresh.
    void sendOperatorRefresh(bool afterAppRenewal);
    /// A read of `call` sent again after a renewal of `kind` (bounded), or a write reported as not sent.
    void sendAgainOrFail(Call* call, Call::Renewal kind);
    bool concernsAppToken(const ApiError& error) const;
    /// Sends the app refresh, or (when `loginInstead`) the app login, for the shared renewal.
    void sendAppRenewal(bool loginInstead);
    void finishAppRenewal(const Result<AppSession>& result);
    /// Stores a new app session and schedules its renewal before it expires.
    void adoptAppSession(const AppSession& session);
    /// Re-sends, fails or keeps waiting the calls parked behind a renewal.
    void releaseWaiting(QList<QPointer<Call>>& waiting, bool renewed, Call::Renewal kind);

    CmsClient* m_client;
};

template <typename T>
CallHandle ClientCore::start(RequestSpec spec, QObject* context, DataParser<T> parser, Callback<T> done) {
    auto decode = [parser](RawReply& raw) -> Result<T> {
        auto envelope = decodeEnvelope(raw.httpStatus, raw.body, raw.retryAfter);
        raw.body = QByteArray(); // the tree holds what is needed now
        if (ApiError* error = std::get_if<ApiError>(&envelope))
            return std::move(*error);
        QString problem;
        std::optional<T> value = parser(std::get<EnvelopeData>(envelope).data, problem);
        if (!value)
            return errors::malformed(raw.httpStatus, problem);
        return std::move(*value);
    };
    return startDecoded<T>(std::move(spec), context, std::move(decode), std::move(done));
}

template <typename T>
CallHandle ClientCore::startList(RequestSpec spec, QObject* context, parse::PooledItemParser<T> item,
                                 Callback<QList<T>> done) {
    auto decode = [item](RawReply& raw) -> Result<QList<T>> {
        return parse::streamedList<T>(raw.httpStatus, std::exchange(raw.body, QByteArray()), item, raw.retryAfter);
    };
    return startDecoded<QList<T>>(std::move(spec), context, std::move(decode), std::move(done));
}

template <typename T>
CallHandle ClientCore::startDecoded(RequestSpec spec, QObject* context, std::function<Result<T>(RawReply&)> decode,
                                    Callback<T> done) {
    const qsizetype offThreadBytes = m_config.offThreadParseBytes;
    auto onOutcome = [decode, done, offThreadBytes](Call* call, Outcome outcome) {
        if (ApiError* error = std::get_if<ApiError>(&outcome)) {
            call->finishWith([&] { done(Result<T>(std::move(*error))); });
            return;
        }
        auto raw = std::make_shared<RawReply>(std::get<RawReply>(std::move(outcome)));
        if (raw->body.size() < offThreadBytes) {
            Result<T> result = decode(*raw);
            call->finishWith([&] { done(result); });
            return;
        }
        // Large answers (a partner's whole card list) are parsed on a worker so the GUI thread never waits.
        auto* watcher = new QFutureWatcher<Result<T>>(call);
        QObject::connect(watcher, &QFutureWatcher<Result<T>>::finished, call, [call, watcher, done] {
            const Result<T> result = watcher->result();
            call->finishWith([&] { done(result); });
        });
        watcher->setFuture(QtConcurrent::run([decode, raw] { return decode(*raw); }));
    };
    return CallHandle(startRaw(std::move(spec), context, std::move(onOutcome)));
}

template <typename T>
CallHandle ClientCore::startStreamedList(RequestSpec spec, QObject* context, parse::PooledItemParser<T> item,
                                         std::function<void(QList<T>)> onBatch, Callback<qsizetype> done) {
    auto state = std::make_shared<StreamedListState<T>>();
    auto sink = std::make_unique<StreamedListSink<T>>(state, std::move(item));
    StreamedListSink<T>* sinkPtr = sink.get();
    // Batches and the decoder's end arrive through state->signal; the transport's end through onOutcome. The call
    // ends when both did, or at once when the decoder failed first.
    auto deliverReady = [state, onBatch, done](Call* call) {
        if (state->delivered)
            return;
        std::optional<Result<qsizetype>> ending;
        std::vector<QList<T>> batches = state->takeBatches(ending);
        for (QList<T>& batch : batches) {
            if (call->contextAlive())
                onBatch(std::move(batch));
        }
        if (!ending || (ending->ok() && !state->transportEnded))
            return;
        state->delivered = true;
        if (state->transportEnded)
            call->finishWith([&] { done(*ending); });
        else
            call->endEarlyWith([&] { done(*ending); });
    };
    auto onOutcome = [state, sinkPtr, deliverReady, done](Call* call, Outcome outcome) {
        if (ApiError* error = std::get_if<ApiError>(&outcome)) {
            state->delivered = true;
            call->finishWith([&] { done(Result<qsizetype>(std::move(*error))); });
            return;
        }
        const RawReply& raw = std::get<RawReply>(outcome);
        if (!sinkPtr->hasStarted()) { // not a streamed 2xx: an error envelope, buffered
            auto decoded = decodeEnvelope(raw.httpStatus, raw.body, raw.retryAfter);
            ApiError error = std::holds_alternative<ApiError>(decoded)
                                 ? std::get<ApiError>(decoded)
                                 : errors::malformed(raw.httpStatus, QStringLiteral("data: expected a list"));
            state->delivered = true;
            call->finishWith([&] { done(Result<qsizetype>(error)); });
            return;
        }
        state->transportEnded = true;
        deliverReady(call);
    };
    Call* call = startRaw(std::move(spec), context, std::move(onOutcome));
    call->setSink(std::move(sink));
    QObject::connect(state->signal.get(), &StreamSignal::ready, call, [call, deliverReady] { deliverReady(call); });
    return CallHandle(call);
}

} // namespace migo::api::detail
