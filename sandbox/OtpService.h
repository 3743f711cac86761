#pragma once

#include "JsonSupport.h"

class Database;
struct OperatorSession;
struct SandboxOptions;

/// OTP step-up (contract §5): 6-digit codes valid `--otp-ttl` seconds, one live code per operator (a new request
/// replaces it), 5 wrong attempts burn it, codes compared in constant time, reusable until they expire.
/// Issued codes are printed to stdout as {"event":"otp",...} and appended to `--otp-log` (the e-mail stand-in).
class OtpService final {
public:
    OtpService(Database& db, const SandboxOptions& options);

    /// POST /app/users/auth/otp `{email, purpose}` → `{sentTo, channel, expiresAt, expiresIn, resendAfter}`.
    /// `email` must be the signed-in operator's (else 400 7000).
    Json issue(const OperatorSession& session, const Json& body);
    /// PUT /app/users/auth/otp `{email, otp, purpose}` → `{valid: true, expiresAt}`; does not consume the code.
    Json verify(const OperatorSession& session, const Json& body);

    /// Demands a valid `otp` in `body`: 403 OTP_REQUIRED / OTP_INVALID (data.attemptsLeft) / OTP_EXPIRED /
    /// OTP_LOCKED. A malformed code → 400 7000.
    void require(const OperatorSession& session, const Json& body);
    /// Calls require() only when the operator holds `otpPermission` (e.g. "cards-admin:otp").
    void requireIfSubject(const OperatorSession& session, const Json& body, const QString& otpPermission);

    static constexpr int kMaxAttempts = 5;
    static constexpr int kResendAfterSeconds = 30;

private:
    /// Checks `code` against the operator's live code; counts a wrong attempt. Returns the expiry (epoch s).
    qint64 check(qint64 operatorId, const std::string& code);

    Database& m_db;
    const SandboxOptions& m_options;
};
