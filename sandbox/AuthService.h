#pragma once

#include "JsonSupport.h"
#include "RateLimiter.h"

#include <QByteArray>
#include <QSet>
#include <QString>

class Database;
class HttpRequest;
struct SandboxOptions;

/// The signed-in operator behind an `x-user-token`, with the partners they are assigned to and their
/// `resource:action` permissions (ref §4.3).
struct OperatorSession {
    qint64 operatorId = 0;
    qint64 loginId = 0; ///< the login (token family) the access token descends from (contract §15)
    QString email;
    QString name;
    QSet<qint64> partners;
    QSet<QString> permissions;
    [[nodiscard]] bool holds(const QString& permission) const { return permissions.contains(permission); }
};

/// App and operator authentication (contract §4, §15): random opaque tokens (32 bytes, base64url) stored as
/// SHA-256 hashes with their expiry; single-use refresh tokens that rotate both tokens; PBKDF2-SHA256 salted
/// passwords. Every operator token descends from one login (its family): replaying a rotated refresh token or
/// logging out ends the whole login. Failed operator logins are throttled per e-mail and per client address.
class AuthService final {
public:
    AuthService(Database& db, const SandboxOptions& options);

    /// POST /app/auth/login `{merchant}` → `{accessToken, refreshToken, expirationToken, expirationRefreshToken}`
    /// (epoch seconds). Unknown merchant → 401 MERCHANT_NOT_FOUND.
    Json appLogin(HttpRequest& request);
    /// POST /app/auth/refresh `{refreshToken}` with `Authorization: Bearer <app access token>` of the same app
    /// session (expired or not: 401 TOKEN_MISSING / TOKEN_INVALID); a used/unknown/expired refresh token or one of
    /// another app session → 401 REFRESH_TOKEN_INVALID.
    Json appRefresh(HttpRequest& request);
    /// POST /app/users/login `{email, password}` (app token required) → operator profile and tokens;
    /// wrong credentials → 401 INVALID_CREDENTIALS; too many failures for the e-mail or the client address in the
    /// window → 429 RATE_LIMITED with Retry-After, whatever the password.
    Json operatorLogin(HttpRequest& request);
    /// POST /app/users/refresh `{refreshToken}` (app token required): both tokens rotate, the old pair dies. A
    /// refresh token already rotated ends its whole login (every token of it) and answers 401
    /// REFRESH_TOKEN_INVALID.
    Json operatorRefresh(HttpRequest& request);
    /// POST /app/users/logout `{refreshToken}` (both tokens required): ends the login of the access token, whose
    /// refresh token (current or rotated) the body must name (else 401 REFRESH_TOKEN_INVALID) → `{}`.
    Json operatorLogout(HttpRequest& request);

    /// Checks `Authorization: Bearer <app token>`: 401 TOKEN_MISSING / TOKEN_INVALID / TOKEN_EXPIRED.
    void requireAppToken(const HttpRequest& request);
    /// Checks both tokens and returns the operator (401 as above).
    OperatorSession requireOperator(const HttpRequest& request);
    /// Both tokens, then partner assignment (403 FORBIDDEN), then `permission` (403 PERMISSION_DENIED) —
    /// the order of contract §8.
    OperatorSession requirePartnerPermission(const HttpRequest& request, qint64 partnerId, const QString& permission);

    /// The operator's role ("agent", "supervisor", "support"…), empty for an unknown id.
    QString roleOf(qint64 operatorId);
    /// Creates an operator with a salted PBKDF2 password hash; returns its id.
    qint64 createOperator(const QString& email, const QString& password, const QString& name, const QString& role);

    static constexpr int kOperatorRefreshTtlSeconds = 12 * 3600;

private:
    /// A new application session of `merchantId`: stored, and its `{accessToken, refreshToken, expirationToken,
    /// expirationRefreshToken}` answer (contract §4). Runs inside the caller's transaction, if any.
    Json openAppSession(const QVariant& merchantId);
    struct TokenPair {
        QByteArray access;
        QByteArray refresh;
        qint64 accessExpires = 0;  ///< epoch seconds, set when stored
        qint64 refreshExpires = 0; ///< epoch seconds, set when stored
    };
    static TokenPair newTokenPair();
    static QByteArray tokenHash(const QByteArray& token);
    /// Stores a new operator session of login `loginId` (access for --token-ttl, refresh for 12 h).
    TokenPair storeOperatorSession(qint64 operatorId, qint64 loginId);
    /// Ends login `loginId`: every access and refresh token of it stops working.
    void revokeLogin(qint64 loginId);
    /// 429 while the e-mail or the client address has too many recent failed logins.
    void checkLoginThrottle(const QString& emailKey, const QString& addressKey);
    static QByteArray bearerToken(const HttpRequest& request, const QByteArray& header);
    Json operatorProfile(qint64 operatorId);
    OperatorSession loadOperator(qint64 operatorId);

    Database& m_db;
    const SandboxOptions& m_options;
    SlidingWindowCounter m_loginFailuresByEmail;
    SlidingWindowCounter m_loginFailuresByAddress;
};
