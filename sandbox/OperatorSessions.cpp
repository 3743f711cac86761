// Operator login, refresh and logout (contract §4, §15): every token pair descends from one login, the family
// that a replayed refresh token or a logout ends as a whole; failed logins are throttled.

#include "ApiError.h"
#include "AuthService.h"
#include "AuthSupport.h"
#include "ConstantTime.h"
#include "Database.h"
#include "HttpRouter.h"
#include "SandboxContext.h"

#include <QSqlQuery>

using namespace auth_support;

namespace {

/// The login (family) that refresh token `hash` belongs to, whether it is the current one or one already rotated;
/// 0 when it is unknown.
qint64 loginOfRefreshToken(Database& db, const QByteArray& hash) {
    const QVariant live =
        db.scalar(QStringLiteral("SELECT login_id FROM operator_sessions WHERE refresh_hash = ?"), {hash});
    if (live.isValid()) {
        return live.toLongLong();
    }
    return db.scalar(QStringLiteral("SELECT login_id FROM operator_rotated_refresh WHERE refresh_hash = ?"), {hash})
        .toLongLong();
}

} // namespace

AuthService::TokenPair AuthService::storeOperatorSession(qint64 operatorId, qint64 loginId) {
    TokenPair tokens = newTokenPair();
    tokens.accessExpires = now() + m_options.tokenTtlSeconds;
    tokens.refreshExpires = now() + kOperatorRefreshTtlSeconds;
    m_db.run(QStringLiteral("INSERT INTO operator_sessions(operator_id, login_id, access_hash, refresh_hash,"
                            " access_expires, refresh_expires) VALUES(?,?,?,?,?,?)"),
             {operatorId, loginId, tokenHash(tokens.access), tokenHash(tokens.refresh), tokens.accessExpires,
              tokens.refreshExpires});
    return tokens;
}

void AuthService::revokeLogin(qint64 loginId) {
    m_db.run(QStringLiteral("DELETE FROM operator_sessions WHERE login_id = ?"), {loginId});
    m_db.run(QStringLiteral("UPDATE operator_logins SET ended_at = ? WHERE id = ? AND ended_at IS NULL"),
             {now(), loginId});
}

void AuthService::checkLoginThrottle(const QString& emailKey, const QString& addressKey) {
    const int wait = qMax(m_loginFailuresByEmail.secondsUntilAllowed(emailKey),
                          m_loginFailuresByAddress.secondsUntilAllowed(addressKey));
    if (wait > 0) {
        throw rateLimited(wait, "Too many failed sign-ins: wait " + std::to_string(wait) +
                                    " seconds before signing in again");
    }
}

Json AuthService::operatorLogin(HttpRequest& request) {
    requireAppToken(request);
    FieldErrors errors;
    const auto email = validation::requiredString(request.body(), "email", 1, 254, errors);
    const auto password = validation::requiredString(request.body(), "password", 1, 256, errors);
    errors.throwIfAny();
    // Checked before the password, so a throttled request costs no key derivation and even the right password is
    // refused until the window has passed.
    const QString emailKey = toQt(*email).toLower();
    checkLoginThrottle(emailKey, request.remoteAddress());
    QSqlQuery found = m_db.run(QStringLiteral("SELECT id, password_salt, password_hash, password_iterations"
                                              " FROM operators WHERE email = ?"),
                               {toQt(*email)});
    // Derive a key even for an unknown e-mail so that timing does not reveal which e-mails exist.
    const bool known = found.next();
    const QByteArray salt = known ? found.value(1).toByteArray() : QByteArray("unknown-operator");
    const int iterations = known ? found.value(3).toInt() : kPasswordIterations;
    const QByteArray derived = derivePassword(toQt(*password), salt, iterations);
    if (!known || !constantTimeEquals(derived, found.value(2).toByteArray())) {
        m_loginFailuresByEmail.record(emailKey);
        m_loginFailuresByAddress.record(request.remoteAddress());
        unauthorized("INVALID_CREDENTIALS", "Wrong e-mail or password");
    }
    m_loginFailuresByEmail.clear(emailKey); // the address keeps its count: one good account must not reset it
    const qint64 operatorId = found.value(0).toLongLong();
    SqlTransaction transaction(m_db);
    const qint64 loginId = m_db.run(QStringLiteral("INSERT INTO operator_logins(operator_id, created_at) VALUES(?,?)"),
                                    {operatorId, now()})
                               .lastInsertId()
                               .toLongLong();
    const TokenPair tokens = storeOperatorSession(operatorId, loginId);
    transaction.commit();
    Json data = operatorProfile(operatorId);
    data["accessToken"] = tokens.access.toStdString();
    data["refreshToken"] = tokens.refresh.toStdString();
    data["expiresIn"] = m_options.tokenTtlSeconds;
    return data;
}

Json AuthService::operatorRefresh(HttpRequest& request) {
    requireAppToken(request);
    const QByteArray hash = tokenHash(QByteArray::fromStdString(stringField(request.body(), "refreshToken")));
    SqlTransaction transaction(m_db);
    QSqlQuery found = m_db.run(QStringLiteral("SELECT id, operator_id, login_id, refresh_expires"
                                              " FROM operator_sessions WHERE refresh_hash = ?"),
                               {hash});
    if (!found.next()) {
        const QVariant replayed =
            m_db.scalar(QStringLiteral("SELECT login_id FROM operator_rotated_refresh WHERE refresh_hash = ?"), {hash});
        if (replayed.isValid()) {
            // A rotated refresh token came back: it was copied. Nobody can tell the thief from the holder, so the
            // whole login ends, the legitimate holder's current tokens included (contract §15).
            revokeLogin(replayed.toLongLong());
            transaction.commit();
            qInfo("sandbox: a rotated refresh token was replayed; login %lld ended", replayed.toLongLong());
        }
        unauthorized("REFRESH_TOKEN_INVALID", "The refresh token is unknown, expired or already used");
    }
    if (found.value(3).toLongLong() < now()) {
        unauthorized("REFRESH_TOKEN_INVALID", "The refresh token is unknown, expired or already used");
    }
    const qint64 operatorId = found.value(1).toLongLong();
    const qint64 loginId = found.value(2).toLongLong();
    m_db.run(QStringLiteral("DELETE FROM operator_sessions WHERE id = ?"), {found.value(0)});
    // Remembered until it would have expired anyway, so that a replay is recognised.
    m_db.run(QStringLiteral("DELETE FROM operator_rotated_refresh WHERE expires < ?"), {now()});
    m_db.run(QStringLiteral("INSERT INTO operator_rotated_refresh(refresh_hash, login_id, expires) VALUES(?,?,?)"),
             {hash, loginId, found.value(3)});
    const TokenPair tokens = storeOperatorSession(operatorId, loginId);
    transaction.commit();
    Json data = Json::object();
    data["accessToken"] = tokens.access.toStdString();
    data["refreshToken"] = tokens.refresh.toStdString();
    data["expiresIn"] = m_options.tokenTtlSeconds;
    return data;
}

Json AuthService::operatorLogout(HttpRequest& request) {
    const OperatorSession session = requireOperator(request);
    const QByteArray hash = tokenHash(QByteArray::fromStdString(stringField(request.body(), "refreshToken")));
    SqlTransaction transaction(m_db);
    if (loginOfRefreshToken(m_db, hash) != session.loginId) {
        throw ApiError(401, "REFRESH_TOKEN_INVALID", "The refresh token is not one of this login's", "refreshToken");
    }
    revokeLogin(session.loginId);
    transaction.commit();
    return Json::object();
}
