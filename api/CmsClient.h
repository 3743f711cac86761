#pragma once

#include "ApiError.h"
#include "BatchProgress.h"
#include "Codes.h"
#include "ConnectionInfo.h"
#include "ProcessRequests.h"
#include "Result.h"
#include "Types.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace migo::api {

namespace detail {
class Call;
class ClientCore;
} // namespace detail

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
    /// A JSON answer larger than this is not read (issue 15): a 200,000-card list is about 40 MB.
    qint64 maxAnswerBytes = 512LL << 20;
    /// A report larger than this is not saved (issue 15); neither is one larger than the folder's free space.
    qint64 maxReportBytes = 256LL << 20;
    /// Inactivity limit of a bulk upload's progress stream (contract §18: the server writes at least every 15 s).
    std::chrono::milliseconds streamTimeout{60000};
};

QUrl productionBaseUrl(); ///< https://api.ali.app/cms/rest
QUrl qaBaseUrl();         ///< https://ali-qa.ali.app/cms/rest
/// Whether the client talks to `baseUrl` at all (contract §1): https anywhere, plain http only to this computer
/// (127.0.0.0/8, ::1, localhost). Pure; any thread.
bool isTransportAllowed(const QUrl& baseUrl);

/// Lets a caller cancel one operation. Copyable; harmless once the operation has finished.
class CallHandle {
public:
    CallHandle() = default;
    /// Aborts the request; its callback is not called.
    void cancel();
    bool isRunning() const { return !m_call.isNull(); }

private:
    friend class CmsClient;
    friend class detail::ClientCore;
    explicit CallHandle(detail::Call* call);

    QPointer<QObject> m_call; ///< the detail::Call; null once it finished or was cancelled
};

/// The Migo CMS Backoffice REST client (seed 002; ref §2 for auth).
///
/// Every operation is asynchronous and returns at once. Its callback runs on the client's thread with a typed
/// Result, unless `context` was destroyed first, in which case the request is aborted and nothing is called.
/// Every request carries `Authorization: Bearer <app token>` and `x-user-token: Bearer <operator token>`.
/// Reads are retried on connection failure, 502/503/504 and 429 (at most ClientConfig::maxReadRetries times);
/// writes never are. A 401 triggers one shared renewal of the token it concerns — the application token when the
/// answer names the `Authorization` header (contract §4) or its expiry has passed, else the operator token; reads are
/// then replayed once, writes fail with ErrorKind::NotResentAfterRefresh. The application token is also renewed on a
/// timer a fifth of its life (1 s – 2 min) before it expires, so a working day never meets its 30-minute limit (ref
/// §2.3). A refresh token is kept until the server has answered its refresh. Plain http:// is refused except to
/// loopback.
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
    const ClientConfig& config() const;
    void setPartnerId(qint64 partnerId);

    void setAppTokens(const TokenPair& tokens);
    void setOperatorTokens(const TokenPair& tokens);
    const TokenPair& operatorTokens() const;
    const TokenPair& appTokens() const;
    bool hasOperatorSession() const;
    /// Forgets every token and cancels every running call (sign out).
    void clearSession();

    // ---- Authentication and OTP (ref §2) ----
    /// POST /app/auth/login {merchant}; stores the app tokens on success, remembers the merchant (not a secret) and
    /// schedules the app token's renewal before `expirationToken`.
    CallHandle appLogin(const QString& merchant, QObject* context, Callback<AppSession> done);
    /// POST /app/auth/refresh {refreshToken}; stores the rotated app tokens. Concurrent callers (and the timed
    /// renewal) share one request; when the refresh is refused and the merchant is known, a fresh app login follows.
    CallHandle refreshAppSession(QObject* context, Callback<AppSession> done);
    /// POST /app/users/login {email, password} with the app token; stores the operator tokens.
    CallHandle operatorLogin(const QString& email, const QString& password, QObject* context,
                             Callback<OperatorSession> done);
    /// POST /app/users/refresh: rotates both operator tokens (the old refresh token is forgotten once the server
    /// answered). Concurrent callers share one request.
    CallHandle refreshOperatorSession(QObject* context, Callback<TokenPair> done);
    /// POST /app/users/logout {refreshToken} (contract §15, decided): ends the operator's session on the server, so a
    /// stolen refresh token dies with the sign-out. Sent with the tokens held now and not cancelled by
    /// clearSession(), which may follow at once; `done` (may be null) hears whether the server confirmed. Never
    /// retried, never refreshed on 401. Does nothing (null handle) without an operator session.
    CallHandle logout(QObject* context, Callback<bool> done);
    /// POST /app/users/auth/otp {email, purpose}: the server sends a 6-digit code (contract §5).
    CallHandle requestOtp(const QString& email, OtpPurpose purpose, QObject* context, Callback<OtpChallenge> done);
    /// PUT /app/users/auth/otp {email, otp, purpose}: checks a code without using it up.
    CallHandle verifyOtp(const QString& email, const QString& otp, OtpPurpose purpose, QObject* context,
                         Callback<OtpVerification> done);

    // ---- Partner and operator (ref §4.2, §4.3, §4.7; contract §14) ----
    /// GET /app/partners/{partnerId}/balance for the configured partner: its available balance.
    CallHandle partnerBalance(QObject* context, Callback<PartnerBalance> done);
    /// GET /app/users/{cmsUserId}/partners/{partnerId}/permissions for the configured partner.
    CallHandle operatorPermissions(qint64 cmsUserId, QObject* context, Callback<OperatorPermissions> done);

    // ---- Cardholders (seed 002) ----
    CallHandle listCardholders(const CardholderQuery& query, QObject* context, Callback<Page<Cardholder>> done);
    CallHandle createCardholder(const NewCardholder& cardholder, QObject* context, Callback<Cardholder> done);
    /// POST .../cardholders/{id}, with `{otp}` when `otp` is not empty (step-up).
    CallHandle cardholderDetail(qint64 cardholderId, const QString& otp, QObject* context, Callback<Cardholder> done);
    /// PATCH .../cardholders/{id} with the fields set in `changes` and `{otp}` when not empty (contract §8, Edit
    /// cardholder): `data` is the whole cardholder as it now is. A write: never retried, never replayed after a
    /// refresh, sent as a one-shot body (§11). Errors: 400 7000 naming the field, 403 PERMISSION_DENIED without
    /// cardholders:update, 403 OTP_* (purpose cardholder_update), 404 7100, 409 7006 (e-mail taken). Empty
    /// `changes` are refused before sending (ErrorKind::InvalidRequest).
    CallHandle updateCardholder(qint64 cardholderId, const CardholderChanges& changes, QObject* context,
                                Callback<Cardholder> done);

    // ---- Cards (seed 002) ----
    /// GET .../cards: every card of the partner, unpaged (may be 100,000+; parsed off the GUI thread).
    CallHandle listPartnerCards(QObject* context, Callback<QList<Card>> done);
    /// The same list narrowed by the sandbox-documented `assigned` and `status` filters (contract §10).
    CallHandle listPartnerCardsMatching(const PartnerCardQuery& query, QObject* context, Callback<QList<Card>> done);
    /// listPartnerCardsMatching() that hands the cards to `onCards` in server order while the answer is still
    /// arriving (a first batch of 256, then up to 4,096; decoded on a worker, never holding the whole body), then
    /// the number of cards to `done`. When `done` gets an error after cards were handed over (the answer broke off
    /// or turned out malformed), the receiver must drop them: the list is not the server's. Contract §6 (issue 19).
    CallHandle streamPartnerCards(const PartnerCardQuery& query, QObject* context,
                                  std::function<void(QList<Card> batch)> onCards, Callback<qsizetype> done);
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

    // ---- Process requests: partner funding with a second operator's approval (ref §4.7; contract §17) ----
    /// POST …/process-request as multipart/form-data (`evidence`, `requestedAmount`, `observations`, `otp`): a write,
    /// sent once as a one-shot body, never retried. `uploadProgress(sent, total)` follows the upload (may be null);
    /// cancelling the handle aborts it (the server then creates nothing, contract §17). `data`: the new request.
    /// Errors: 400 7000/7001/7002 or UNSUPPORTED_EVIDENCE naming the field, 413 PAYLOAD_TOO_LARGE, 403 OTP_* (purpose
    /// process_request) or PERMISSION_DENIED. The caller checks the evidence first (type and size,
    /// core::RequestFunding).
    CallHandle createProcessRequest(const NewProcessRequest& request, QObject* context, ProgressCallback uploadProgress,
                                    Callback<ProcessRequest> done);
    /// GET …/process-requests?page&limit: one page, newest first.
    CallHandle listProcessRequests(int page, int limit, QObject* context, Callback<Page<ProcessRequest>> done);
    /// GET …/process-request: every request of the partner, unpaged.
    CallHandle allProcessRequests(QObject* context, Callback<QList<ProcessRequest>> done);
    /// GET …/process-requests/{id}.
    CallHandle processRequest(qint64 id, QObject* context, Callback<ProcessRequest> done);
    /// GET …/process-requests/{id}/evidence streamed into `destinationPath` through a QSaveFile: the file appears only
    /// when a complete PDF, JPEG, PNG or WEBP arrived (first bytes checked); otherwise nothing is left.
    CallHandle downloadEvidence(qint64 id, const QString& destinationPath, QObject* context, ProgressCallback progress,
                                Callback<DownloadedFile> done);
    /// PATCH …/process-requests/{id}/approve|reject|cancel `{comment}` (a write: never retried). `data`: the request
    /// as decided. Errors: 403 SELF_APPROVAL / NOT_REQUEST_MAKER / PERMISSION_DENIED, 404 7010, 409
    /// REQUEST_NOT_PENDING, 400 7000 (reject without a comment).
    CallHandle decideProcessRequest(qint64 id, ProcessDecision decision, const QString& comment, QObject* context,
                                    Callback<ProcessRequest> done);

    // ---- Bulk uploads (contract §18; api/BulkUploadCalls.cpp) ----
    /// POST …/cardholders/upload (file field `users`) or …/cards/upload (`cards`), multipart with the workbook and
    /// `otp` when not empty. A write: a one-shot body, never retried or replayed (a lost answer is an unknown
    /// outcome: the batch may exist). `uploadProgress(sent, total)` follows the body out. `data.id` → BatchTicket.
    /// The caller checks the file (kind, size) before.
    CallHandle uploadBulk(BulkUploadKind kind, const QString& fileName, const QByteArray& workbook, const QString& otp,
                          QObject* context, ProgressCallback uploadProgress, Callback<BatchTicket> done);
    /// One progress stream, GET …/cardholders/batch/{batchId}/progress (`Accept: text/event-stream`, and
    /// `Last-Event-ID: afterSeq` when > 0): every frame numbered above `afterSeq` goes to `onFrame` as it arrives
    /// (parsed on arrival, no polling); `done` says how the stream ended. Inactivity limit config().streamTimeout.
    /// Not reconnected here: BatchProgressFollower reconnects once.
    CallHandle streamBatchProgress(const QString& batchId, int afterSeq, QObject* context,
                                   std::function<void(const BatchProgress&)> onFrame, Callback<BatchStreamEnd> done);
    /// GET …/cardholders/batch/{batchId}/result: the batch's whole result as kept by the server.
    CallHandle batchResult(const QString& batchId, QObject* context, Callback<BatchProgress> done);

    // ---- Connection state ----
    /// False after a request got no answer, true again after the next one that did (the status bar's indicator).
    bool isServerReachable() const;
    /// The configured server, the proxy the workstation's configuration picks for it, and the TLS version and
    /// certificate of the last answer from it (issue 18, About › Connection). Cheap; GUI thread.
    ConnectionInfo connectionInfo() const;

Q_SIGNALS:
    /// The operator tokens were rotated by a refresh: persist the new refresh token (the old one is dead).
    void operatorTokensChanged();
    /// The operator session could not be renewed; the GUI should ask for the password again.
    void sessionExpired();
    /// The server went from answering to not answering, or back (see isServerReachable()).
    void reachabilityChanged(bool reachable);

private:
    friend class detail::ClientCore;
    /// Configuration, tokens, the shared refresh and the request machinery (api/ClientCore_p.h).
    std::unique_ptr<detail::ClientCore> d;
};

} // namespace migo::api
