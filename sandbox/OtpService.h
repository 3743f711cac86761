#pragma once

#include "JsonSupport.h"
#include "RateLimiter.h"

#include <QHash>
#include <QString>

#include <chrono>

class Database;
struct OperatorSession;
struct SandboxOptions;

/// The OTP purposes of contract §5 that open elevated calls: a code opens only the calls of the purpose it was
/// requested for (contract §15).
namespace otp_purpose {
inline constexpr char kCardholderDetail[] = "cardholder_detail"; ///< POST …/cardholders/{c}
inline constexpr char kCardholderUpdate[] = "cardholder_update"; ///< PATCH …/cardholders/{c}
inline constexpr char kCardAction[] = "card_action";             ///< PATCH …/cards/{card}/activate|block|unblock
inline constexpr char kFundsAdd[] = "funds_add";                 ///< POST …/cards/funds/add
inline constexpr char kFundsWithdraw[] = "funds_withdraw";       ///< POST …/cards/funds/withdraw
inline constexpr char kTransfer[] = "transfer";                  ///< POST …/cards/transfers
inline constexpr char kBulkBlock[] = "bulk_block";               ///< PATCH …/cardholders/cards/block
inline constexpr char kBulkUnblock[] = "bulk_unblock";           ///< PATCH …/cardholders/cards/unblock
inline constexpr char kProcessRequest[] = "process_request"; ///< POST …/process-request (contract §17; no window)
inline constexpr char kBulkUpload[] = "bulk_upload"; ///< POST …/cardholders/upload, …/cards/upload (contract §18)
} // namespace otp_purpose

/// OTP step-up (contract §5, §15): 6-digit codes valid `--otp-ttl` seconds, one live code per operator (a new
/// request replaces it), bound to the purpose it was requested for, 5 wrong attempts burn it, codes compared in
/// constant time, reusable until they expire. Per operator, at most `--otp-requests-per-minute` code requests in
/// any 60 s, and `--otp-max-failures` wrong codes (across codes) in `--otp-failure-window` seconds lock step-up
/// until the oldest of them leaves the window (429 RATE_LIMITED with Retry-After). Issued codes are printed to
/// stdout as {"event":"otp",...} and appended to `--otp-log` (the e-mail stand-in).
///
/// Step-up window (contract §16): a code checked successfully for a purpose that allows it keeps that purpose open
/// for `--step-up-window` seconds for the operator's login (token family): its elevated calls then pass without an
/// `otp`. Bulk purposes never get one. Windows live in memory (a restart forgets them) and do not apply while the
/// operator's wrong codes lock step-up.
class OtpService final {
public:
    OtpService(Database& db, const SandboxOptions& options);

    /// POST /app/users/auth/otp `{email, purpose}` → `{sentTo, channel, expiresAt, expiresIn, resendAfter,
    /// stepUpWindow}` (stepUpWindow: the seconds a verified code of this purpose keeps it open; 0 for none).
    /// `email` must be the signed-in operator's (else 400 7000); 429 when rate limited or locked out.
    Json issue(const OperatorSession& session, const Json& body);
    /// PUT /app/users/auth/otp `{email, otp, purpose?}` → `{valid: true, expiresAt, stepUpValidUntil}`; does not
    /// consume the code. With a `purpose`, the code must have been requested for it, and a purpose that allows a
    /// window opens it (stepUpValidUntil: its end, else null).
    Json verify(const OperatorSession& session, const Json& body);

    /// Demands in `body` a valid `otp` requested for `purpose`: 403 OTP_REQUIRED / OTP_INVALID (data.attemptsLeft)
    /// / OTP_EXPIRED / OTP_LOCKED, 429 RATE_LIMITED while locked out. A malformed code → 400 7000.
    void require(const OperatorSession& session, const Json& body, const char* purpose);
    /// Calls require() only when the operator holds `otpPermission` (e.g. "cards-admin:otp"); a call without `otp`
    /// passes while the login's window for `purpose` is open, and a code that passes opens it (contract §16).
    void requireIfSubject(const OperatorSession& session, const Json& body, const QString& otpPermission,
                          const char* purpose);

    static constexpr int kMaxAttempts = 5;
    static constexpr int kResendAfterSeconds = 30;

private:
    /// Checks `code` against the operator's live code and, unless `purpose` is empty, the purpose it was requested
    /// for; a mismatch of either counts as a wrong attempt. Returns the expiry (epoch s).
    qint64 check(qint64 operatorId, const std::string& code, const std::string& purpose);
    /// 429 while the operator's wrong codes lock step-up.
    void requireNotLockedOut(qint64 operatorId);
    /// The seconds a verified code of `purpose` keeps it open: the option for single calls, 0 for bulk and others.
    int windowSecondsFor(const std::string& purpose) const;
    /// Opens (or restarts) the window of `loginId` for `purpose`; returns its end (epoch s), 0 when none opens.
    qint64 openWindow(qint64 loginId, const std::string& purpose);
    /// True while the window of `loginId` for `purpose` is open.
    bool windowOpen(qint64 loginId, const std::string& purpose) const;

    Database& m_db;
    const SandboxOptions& m_options;
    SlidingWindowCounter m_failures; ///< wrong codes per operator, across codes
    SlidingWindowCounter m_requests; ///< code requests per operator in the last minute
    /// Open step-up windows: "loginId/purpose" → when it closes (steady clock).
    QHash<QString, std::chrono::steady_clock::time_point> m_windows;
};
