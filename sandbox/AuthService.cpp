#include "AuthService.h"

#include "ApiError.h"
#include "AuthSupport.h"
#include "Database.h"
#include "HttpRouter.h"
#include "SandboxContext.h"

#include <QSqlQuery>

using namespace auth_support;

AuthService::AuthService(Database& db, const SandboxOptions& options)
    : m_db(db)
    , m_options(options)
    , m_loginFailuresByEmail(options.loginMaxFailures, std::chrono::seconds(options.loginWindowSeconds))
    , m_loginFailuresByAddress(options.loginMaxFailuresPerAddress, std::chrono::seconds(options.loginWindowSeconds)) {}

AuthService::TokenPair AuthService::newTokenPair() {
    const auto encode = [] {
        return randomBytes(kTokenBytes).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return TokenPair{encode(), encode()};
}

QByteArray AuthService::tokenHash(const QByteArray& token) {
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

QByteArray AuthService::bearerToken(const HttpRequest& request, const QByteArray& header) {
    const QByteArray value = request.header(header);
    if (!value.startsWith("Bearer ") || value.size() <= 7) {
        unauthorized("TOKEN_MISSING", "Header " + header.toStdString() + " must be 'Bearer <token>'",
                     header.constData());
    }
    return value.mid(7).trimmed();
}

Json AuthService::appLogin(HttpRequest& request) {
    const std::string merchant = stringField(request.body(), "merchant");
    const QVariant merchantId =
        m_db.scalar(QStringLiteral("SELECT id FROM merchants WHERE name = ?"), {toQt(merchant)});
    if (!merchantId.isValid()) {
        unauthorized("MERCHANT_NOT_FOUND", "Unknown merchant");
    }
    return openAppSession(merchantId);
}

Json AuthService::openAppSession(const QVariant& merchantId) {
    const TokenPair tokens = newTokenPair();
    const qint64 accessExpires = now() + m_options.appTokenTtlSeconds;
    const qint64 refreshExpires = now() + m_options.appRefreshTtlSeconds;
    m_db.run(QStringLiteral("INSERT INTO app_sessions(merchant_id, access_hash, refresh_hash, access_expires,"
                            " refresh_expires) VALUES(?,?,?,?,?)"),
             {merchantId, tokenHash(tokens.access), tokenHash(tokens.refresh), accessExpires, refreshExpires});
    Json data = Json::object();
    data["accessToken"] = tokens.access.toStdString();
    data["refreshToken"] = tokens.refresh.toStdString();
    data["expirationToken"] = accessExpires;
    data["expirationRefreshToken"] = refreshExpires;
    return data;
}

Json AuthService::appRefresh(HttpRequest& request) {
    // The app token of the session being refreshed (contract §9, §15). Its expiry is not checked: an expired access
    // token is the usual reason to refresh.
    const QByteArray access = bearerToken(request, "Authorization");
    const QVariant sessionId =
        m_db.scalar(QStringLiteral("SELECT id FROM app_sessions WHERE access_hash = ?"), {tokenHash(access)});
    if (!sessionId.isValid()) {
        unauthorized("TOKEN_INVALID", "The application token is unknown or revoked", "Authorization");
    }
    const std::string refreshToken = stringField(request.body(), "refreshToken");
    SqlTransaction transaction(m_db);
    QSqlQuery found =
        m_db.run(QStringLiteral("SELECT id, merchant_id, refresh_expires FROM app_sessions WHERE refresh_hash = ?"),
                 {tokenHash(QByteArray::fromStdString(refreshToken))});
    if (!found.next() || found.value(2).toLongLong() < now() || found.value(0).toLongLong() != sessionId.toLongLong()) {
        unauthorized("REFRESH_TOKEN_INVALID",
                     "The refresh token is unknown, expired, already used or not this application session's");
    }
    const qint64 merchantId = found.value(1).toLongLong();
    m_db.run(QStringLiteral("DELETE FROM app_sessions WHERE id = ?"), {sessionId});
    Json data = openAppSession(merchantId);
    transaction.commit();
    return data;
}

void AuthService::requireAppToken(const HttpRequest& request) {
    const QByteArray token = bearerToken(request, "Authorization");
    QSqlQuery found =
        m_db.run(QStringLiteral("SELECT access_expires FROM app_sessions WHERE access_hash = ?"), {tokenHash(token)});
    if (!found.next()) {
        unauthorized("TOKEN_INVALID", "The application token is unknown or revoked", "Authorization");
    }
    if (found.value(0).toLongLong() < now()) {
        unauthorized("TOKEN_EXPIRED", "The application token expired: refresh it", "Authorization");
    }
}

OperatorSession AuthService::requireOperator(const HttpRequest& request) {
    requireAppToken(request);
    const QByteArray token = bearerToken(request, "x-user-token");
    QSqlQuery found = m_db.run(
        QStringLiteral("SELECT operator_id, access_expires, login_id FROM operator_sessions WHERE access_hash = ?"),
        {tokenHash(token)});
    if (!found.next()) {
        unauthorized("TOKEN_INVALID", "The operator token is unknown or revoked", "x-user-token");
    }
    if (found.value(1).toLongLong() < now()) {
        unauthorized("TOKEN_EXPIRED", "The operator token expired: refresh it", "x-user-token");
    }
    OperatorSession session = loadOperator(found.value(0).toLongLong());
    session.loginId = found.value(2).toLongLong();
    return session;
}

OperatorSession AuthService::requirePartnerPermission(const HttpRequest& request, qint64 partnerId,
                                                      const QString& permission) {
    OperatorSession session = requireOperator(request);
    if (!session.partners.contains(partnerId)) {
        throw ApiError(403, "FORBIDDEN", "The operator is not assigned to partner " + std::to_string(partnerId));
    }
    if (!session.holds(permission)) {
        throw ApiError(403, "PERMISSION_DENIED", "Missing permission " + toStd(permission));
    }
    return session;
}

OperatorSession AuthService::loadOperator(qint64 operatorId) {
    OperatorSession session;
    session.operatorId = operatorId;
    QSqlQuery row = m_db.run(QStringLiteral("SELECT email, name FROM operators WHERE id = ?"), {operatorId});
    if (!row.next()) {
        unauthorized("TOKEN_INVALID", "The operator no longer exists", "x-user-token");
    }
    session.email = row.value(0).toString();
    session.name = row.value(1).toString();
    QSqlQuery partners =
        m_db.run(QStringLiteral("SELECT partner_id FROM operator_partners WHERE operator_id = ?"), {operatorId});
    while (partners.next()) {
        session.partners.insert(partners.value(0).toLongLong());
    }
    QSqlQuery permissions =
        m_db.run(QStringLiteral("SELECT permission FROM operator_permissions WHERE operator_id = ?"), {operatorId});
    while (permissions.next()) {
        session.permissions.insert(permissions.value(0).toString());
    }
    return session;
}

Json AuthService::operatorProfile(qint64 operatorId) {
    const OperatorSession session = loadOperator(operatorId);
    Json data = Json::object();
    data["id"] = operatorId;
    data["email"] = toStd(session.email);
    data["name"] = toStd(session.name);
    Json partners = Json::array();
    QSqlQuery rows = m_db.run(QStringLiteral("SELECT p.id, p.name FROM partners p JOIN operator_partners op"
                                             " ON op.partner_id = p.id WHERE op.operator_id = ? ORDER BY p.id"),
                              {operatorId});
    while (rows.next()) {
        Json partner = Json::object();
        partner["partnerId"] = rows.value(0).toLongLong();
        partner["name"] = toStd(rows.value(1).toString());
        partners.push_back(std::move(partner));
    }
    data["partners"] = std::move(partners);
    QStringList permissions(session.permissions.begin(), session.permissions.end());
    permissions.sort();
    Json permissionList = Json::array();
    for (const QString& permission : permissions) {
        permissionList.push_back(toStd(permission));
    }
    data["permissions"] = std::move(permissionList);
    return data;
}

QString AuthService::roleOf(qint64 operatorId) {
    return m_db.scalar(QStringLiteral("SELECT role FROM operators WHERE id = ?"), {operatorId}).toString();
}

qint64 AuthService::createOperator(const QString& email, const QString& password, const QString& name,
                                   const QString& role) {
    const QByteArray salt = randomBytes(16);
    QSqlQuery inserted =
        m_db.run(QStringLiteral("INSERT INTO operators(email, name, role, password_salt, password_hash,"
                                " password_iterations) VALUES(?,?,?,?,?,?)"),
                 {email, name, role, salt, derivePassword(password, salt, kPasswordIterations), kPasswordIterations});
    return inserted.lastInsertId().toLongLong();
}
