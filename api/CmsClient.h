#pragma once

#include "Call.h"
#include "Envelope.h"
#include "Parsers.h"
#include "Result.h"
#include "Types.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>
#include <functional>
#include <utility>

class QNetworkAccessManager;
class QNetworkRequest;

namespace migo::api {

/// Where and how the client talks to the CMS (ref §1).
struct ClientConfig {
    QUrl baseUrl;                                     ///< e.g. productionBaseUrl(); paths are appended to its path
    qint64 partnerId = 0;                             ///< the partner every CMS path is scoped to
    std::chrono::milliseconds transferTimeout{30000}; ///< inactivity limit of an ordinary call
    std::chrono::milliseconds reportTimeout{120000};  ///< inactivity limit of a report download
    int maxReadRetries = 2;                           ///< extra attempts of an idempotent read
    std::chrono::milliseconds retryBackoff{500};      ///< n-th retry waits n times this
    std::chrono::milliseconds maxRetryAfter{30000};   ///< a longer Retry-After is reported, not waited for
    qsizetype offThreadParseBytes = 256 * 1024;       ///< bodies at least this large are parsed on a worker thread
    int maxBulkCardIds = 1000;                        ///< contract §8: cards per bulk call
};

QUrl productionBaseUrl(); ///< https://api.ali.app/cms/rest
QUrl qaBaseUrl();         ///< https://ali-qa.ali.app/cms/rest

/// Lets a caller cancel one operation. Copyable; harmless once the operation has finished.
class CallHandle {
public:
    CallHandle() = default;
    explicit CallHandle(detail::Call* call)
        : m_call(call) {}
    /// Aborts the request; its callback is not called.
    void cancel();
    bool isRunning() const { return !m_call.isNull(); }

private:
    friend class CmsClient;
    QPointer<detail::Call> m_call;
};

/// The Migo CMS Backoffice REST client (seed 002; ref §2 for auth).
///
/// Every operation is asynchronous and returns at once. Its callback runs on the client's thread with a typed
/// Result, unless `context` was destroyed first, in which case the request is aborted and nothing is called.
/// Every request carries `Authorization: Bearer <app token>` and `x-user-token: Bearer <operator token>`.
/// Reads are retried on connection failure, 502/503/504 and 429 (at most ClientConfig::maxReadRetries times);
/// writes never are. A 401 triggers one shared refresh of the operator token; reads are then replayed once, writes
/// fail with ErrorKind::NotResentAfterRefresh. Plain http:// is refused except to loopback.
class CmsClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CmsClient)

public:
    template <typename T>
    using Callback = std::function<void(const Result<T>&)>;
    using ProgressCallback = std::function<void(qint64 receivedBytes, qint64 totalBytes)>;

    /// `network` must outlive the client (tests pass a fake one).
    explicit CmsClient(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~CmsClient() override;

    void setConfig(const ClientConfig& config);
    const ClientConfig& config() const { return m_config; }
    void setPartnerId(qint64 partnerId) { m_config.partnerId = partnerId; }

    void setAppTokens(const TokenPair& tokens);
    void setOperatorTokens(const TokenPair& tokens);
    const TokenPair& operatorTokens() const { return m_operatorTokens; }
    const TokenPair& appTokens() const { return m_appTokens; }
    bool hasOperatorSession() const { return !m_operatorTokens.accessToken.isEmpty(); }
    /// Forgets every token and cancels every running call (sign out).
    void clearSession();

    // ---- Authentication and OTP (ref §2) ----
    /// POST /app/auth/login {merchant}; stores the app tokens on success.
    CallHandle appLogin(const QString& merchant, QObject* context, Callback<AppSession> done);
    /// POST /app/auth/refresh {refreshToken}; stores the rotated app tokens.
    CallHandle refreshAppSession(QObject* context, Callback<AppSession> done);
    /// POST /app/users/login {email, password} with the app token; stores the operator tokens.
    CallHandle operatorLogin(const QString& email, const QString& password, QObject* context,
                             Callback<OperatorSession> done);
    /// POST /app/users/refresh: rotates both operator tokens (the old refresh token is discarded). Concurrent callers
    /// share one request.
    CallHandle refreshOperatorSession(QObject* context, Callback<TokenPair> done);
    /// POST /app/users/auth/otp {email, purpose}: the server sends a 6-digit code (contract §5).
    CallHandle requestOtp(const QString& email, OtpPurpose purpose, QObject* context, Callback<OtpChallenge> done);
    /// PUT /app/users/auth/otp {email, otp, purpose}: checks a code without using it up.
    CallHandle verifyOtp(const QString& email, const QString& otp, OtpPurpose purpose, QObject* context,
                         Callback<OtpVerification> done);

    // ---- Cardholders (seed 002) ----
    CallHandle listCardholders(const CardholderQuery& query, QObject* context, Callback<Page<Cardholder>> done);
    CallHandle createCardholder(const NewCardholder& cardholder, QObject* context, Callback<Cardholder> done);
    /// POST .../cardholders/{id}, with `{otp}` when `otp` is not empty (step-up).
    CallHandle cardholderDetail(qint64 cardholderId, const QString& otp, QObject* context, Callback<Cardholder> done);

    // ---- Cards (seed 002) ----
    /// GET .../cards: every card of the partner, unpaged (may be 100,000+; parsed off the GUI thread).
    CallHandle listPartnerCards(QObject* context, Callback<QList<Card>> done);
    /// The same list narrowed by the sandbox-documented `assigned` and `status` filters (contract §10).
    CallHandle listPartnerCardsMatching(const PartnerCardQuery& query, QObject* context, Callback<QList<Card>> done);
    /// GET .../cardholders/{id}/cards: owned and linked cards.
    CallHandle listCardholderCards(qint64 cardholderId, QObject* context, Callback<QList<Card>> done);
    /// PATCH .../cards/{cardId}/activate|block|unblock, with `{otp}` when not empty.
    CallHandle changeCardState(qint64 cardholderId, qint64 cardId, CardAction action, const QString& otp,
                               QObject* context, Callback<Card> done);
    /// PATCH .../cardholders/cards/block|unblock {cardIds, otp}: one call of at most config().maxBulkCardIds cards.
    CallHandle bulkChangeCardState(BulkCardAction action, const QList<qint64>& cardIds, const QString& otp,
                                   QObject* context, Callback<BulkResult> done);

    // ---- Funds and transfers (seed 002) ----
    CallHandle addFunds(qint64 cardholderId, const FundsRequest& request, QObject* context, Callback<FundsResult> done);
    CallHandle withdrawFunds(qint64 cardholderId, const FundsRequest& request, QObject* context,
                             Callback<FundsResult> done);
    CallHandle transfer(qint64 cardholderId, const TransferRequest& request, QObject* context,
                        Callback<TransferResult> done);

    // ---- Movements and report (seed 002) ----
    CallHandle listMovements(qint64 cardholderId, qint64 cardId, const MovementQuery& query, QObject* context,
                             Callback<Page<Movement>> done);
    CallHandle movement(qint64 cardholderId, qint64 cardId, qint64 transferId, QObject* context,
                        Callback<Movement> done);
    /// GET .../movements/report?from&to streamed into `destinationPath` through a QSaveFile: the file appears only
    /// when a complete PDF arrived (Content-Type and "%PDF-" checked); on any failure or cancel nothing is left.
    CallHandle downloadMovementReport(qint64 cardholderId, qint64 cardId, QDate from, QDate to,
                                      const QString& destinationPath, QObject* context, ProgressCallback progress,
                                      Callback<DownloadedFile> done);

    // ---- Third-party card associations (seed 000, 002) ----
    CallHandle associateCard(qint64 cardholderId, const AssociationRequest& request, QObject* context,
                             Callback<Association> done);
    CallHandle listAssociations(qint64 cardholderId, QObject* context, Callback<QList<Association>> done);

    // ---- Used by detail::Call ----
    QNetworkAccessManager* network() const { return m_network; }
    /// Fills `request` for `spec` (URL, headers); returns an error when the request must not be sent.
    std::optional<ApiError> prepareRequest(const detail::RequestSpec& spec, QNetworkRequest& request,
                                           int& tokenGeneration) const;
    void handleUnauthorized(detail::Call* call);
    /// Records whether the last finished request got an HTTP answer (any status) or none (network error, timeout).
    void noteReachability(bool answered);
    /// False after a request got no answer, true again after the next one that did (the status bar's indicator).
    bool isServerReachable() const { return m_serverReachable; }

Q_SIGNALS:
    /// The operator tokens were rotated by a refresh: persist the new refresh token (the old one is dead).
    void operatorTokensChanged();
    /// The operator session could not be renewed; the GUI should ask for the password again.
    void sessionExpired();
    /// The server went from answering to not answering, or back (see isServerReachable()).
    void reachabilityChanged(bool reachable);
    /// A card as the server answered it after a successful changeCardState, addFunds or withdrawFunds, or each
    /// card of a successful transfer (source, then destination): every card list updates its row (issue 5).
    /// Emitted just before the operation's own callback.
    void cardChanged(const migo::api::Card& card);
    /// The DONE and ALREADY_IN_STATE items of a successful bulk call (block → Blocked, unblock → Active), before its
    /// callback.
    void cardStatusesChanged(const QList<qint64>& cardIds, migo::api::CardStatus status);

private:
    template <typename T>
    using DataParser = std::function<std::optional<T>(const json::Json&, QString&)>;

    /// Sends `spec` and delivers its `data` decoded by `parser` to `done` (see class comment for the rules).
    template <typename T>
    CallHandle start(detail::RequestSpec spec, QObject* context, DataParser<T> parser, Callback<T> done);
    /// start() for an answer whose `data` is a list: decoded by parse::streamedList() (no JSON tree of the list).
    template <typename T>
    CallHandle startList(detail::RequestSpec spec, QObject* context, parse::PooledItemParser<T> item,
                         Callback<QList<T>> done);
    /// Sends `spec` and delivers `decode(reply)` to `done`, on a worker for large bodies. `decode` may take the body.
    template <typename T>
    CallHandle startDecoded(detail::RequestSpec spec, QObject* context,
                            std::function<Result<T>(detail::RawReply&)> decode, Callback<T> done);
    detail::Call* startRaw(detail::RequestSpec spec, QObject* context, detail::Call::OutcomeHandler onOutcome);

    detail::RequestSpec cmsRequest(const char* operation, QByteArray verb, const QString& pathAfterPartner,
                                   detail::Access access) const;
    /// A POST to a login or refresh path: no operator token, never refreshed on 401.
    detail::RequestSpec authRequest(const char* operation, const QString& path, QByteArray body) const;
    CallHandle startAppSession(detail::RequestSpec spec, QObject* context, Callback<AppSession> done);
    CallHandle moveFunds(const char* operation, const QString& pathSuffix, qint64 cardholderId,
                         const FundsRequest& request, QObject* context, Callback<FundsResult> done);
    void finishRefresh(const Result<TokenPair>& result);

    QNetworkAccessManager* m_network;
    ClientConfig m_config;
    TokenPair m_appTokens;
    TokenPair m_operatorTokens;
    int m_tokenGeneration = 0;
    bool m_serverReachable = true;
    QPointer<detail::Call> m_refreshCall;
    QList<QPointer<detail::Call>> m_waitingForRefresh;
    QList<Callback<TokenPair>> m_refreshListeners;
};

template <typename T>
CallHandle CmsClient::start(detail::RequestSpec spec, QObject* context, DataParser<T> parser, Callback<T> done) {
    auto decode = [parser](detail::RawReply& raw) -> Result<T> {
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
CallHandle CmsClient::startList(detail::RequestSpec spec, QObject* context, parse::PooledItemParser<T> item,
                                Callback<QList<T>> done) {
    auto decode = [item](detail::RawReply& raw) -> Result<QList<T>> {
        return parse::streamedList<T>(raw.httpStatus, std::exchange(raw.body, QByteArray()), item, raw.retryAfter);
    };
    return startDecoded<QList<T>>(std::move(spec), context, std::move(decode), std::move(done));
}

template <typename T>
CallHandle CmsClient::startDecoded(detail::RequestSpec spec, QObject* context,
                                   std::function<Result<T>(detail::RawReply&)> decode, Callback<T> done) {
    const qsizetype offThreadBytes = m_config.offThreadParseBytes;
    auto onOutcome = [decode, done, offThreadBytes](detail::Call* call, detail::Outcome outcome) {
        if (ApiError* error = std::get_if<ApiError>(&outcome)) {
            call->finishWith([&] { done(Result<T>(std::move(*error))); });
            return;
        }
        auto raw = std::make_shared<detail::RawReply>(std::get<detail::RawReply>(std::move(outcome)));
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

} // namespace migo::api
