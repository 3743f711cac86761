#include "AuthService.h"

#include "ApiError.h"
#include "ConstantTime.h"
#include "Database.h"
#include "HttpRouter.h"
#include "SandboxContext.h"
#include "Validation.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace {

constexpr int kPasswordIterations = 20000;
constexpr int kTokenBytes = 32;

QByteArray randomBytes(int count) {
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes;
}

QByteArray derivePassword(const QString& password, const QByteArray& salt, int iterations) {
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, iterations, 32);
}

qint64 now() {
    return QDateTime::currentSecsSinceEpoch();
}

/// A 401 naming, as its `field`, the header whose token failed (contract §4): "Authorization" for the application
/// token, "x-user-token" for the operator's, none for a refused login or refresh.
[[noreturn]] void unauthorized(const char* code, const std::string& message, const char* header = "") {
    throw ApiError(401, code, message, header);
}

std::string stringField(const Json& body, const char* field) {
    FieldErrors errors;
    const std::optional<std::string> value = validation::requiredString(body, field, 1, 4096, errors);
    errors.throwIfAny();
    return *value;
}

} // namespace

AuthService::AuthService(Database& db, const SandboxOptions& options)
    : m_db(db)
    , m_options(options) {}

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
    const TokenPair tokens = rotateSession({"app_sessions", "merchant_id"}, stringField(request.body(), "refreshToken"),
                                           m_options.appTokenTtlSeconds, m_options.appRefreshTtlSeconds);
    Json data = Json::object();
    data["accessToken"] = tokens.access.toStdString();
    data["refreshToken"] = tokens.refresh.toStdString();
    data["expirationToken"] = tokens.accessExpires;
    data["expirationRefreshToken"] = tokens.refreshExpires;
    return data;
}

AuthService::TokenPair AuthService::rotateSession(const SessionTable& sessions, const std::string& refreshToken,
                                                  qint64 accessTtl, qint64 refreshTtl) {
    const QString table = QString::fromLatin1(sessions.table);
    const QString owner = QString::fromLatin1(sessions.ownerColumn);
    SqlTransaction transaction(m_db);
    QSqlQuery found = m_db.run(u"SELECT id, " + owner + u", refresh_expires FROM " + table + u" WHERE refresh_hash = ?",
                               {tokenHash(QByteArray::fromStdString(refreshToken))});
    if (!found.next() || found.value(2).toLongLong() < now()) {
        unauthorized("REFRESH_TOKEN_INVALID", "The refresh token is unknown, expired or already used");
    }
    const qint64 sessionId = found.value(0).toLongLong();
    const qint64 ownerId = found.value(1).toLongLong();
    m_db.run(u"DELETE FROM " + table + u" WHERE id = ?", {sessionId});
    TokenPair tokens = newTokenPair();
    tokens.accessExpires = now() + accessTtl;
    tokens.refreshExpires = now() + refreshTtl;
    m_db.run(
        u"INSERT INTO " + table + u"(" + owner +
            u", access_hash, refresh_hash, access_expires, refresh_expires) VALUES(?,?,?,?,?)",
        {ownerId, tokenHash(tokens.access), tokenHash(tokens.refresh), tokens.accessExpires, tokens.refreshExpires});
    transaction.commit();
    return tokens;
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

Json AuthService::operatorLogin(HttpRequest& request) {
    requireAppToken(request);
    FieldErrors errors;
    const auto email = validation::requiredString(request.body(), "email", 1, 254, errors);
    const auto password = validation::requiredString(request.body(), "password", 1, 256, errors);
    errors.throwIfAny();
    QSqlQuery found = m_db.run(QStringLiteral("SELECT id, password_salt, password_hash, password_iterations"
                                              " FROM operators WHERE email = ?"),
                               {toQt(*email)});
    // Derive a key even for an unknown e-mail so that timing does not reveal which e-mails exist.
    const bool known = found.next();
    const QByteArray salt = known ? found.value(1).toByteArray() : QByteArray("unknown-operator");
    const int iterations = known ? found.value(3).toInt() : kPasswordIterations;
    const QByteArray derived = derivePassword(toQt(*password), salt, iterations);
    if (!known || !constantTimeEquals(derived, found.value(2).toByteArray())) {
        unauthorized("INVALID_CREDENTIALS", "Wrong e-mail or password");
    }
    const qint64 operatorId = found.value(0).toLongLong();
    const TokenPair tokens = newTokenPair();
    m_db.run(QStringLiteral("INSERT INTO operator_sessions(operator_id, access_hash, refresh_hash, access_expires,"
                            " refresh_expires) VALUES(?,?,?,?,?)"),
             {operatorId, tokenHash(tokens.access), tokenHash(tokens.refresh), now() + m_options.tokenTtlSeconds,
              now() + kOperatorRefreshTtlSeconds});
    Json data = operatorProfile(operatorId);
    data["accessToken"] = tokens.access.toStdString();
    data["refreshToken"] = tokens.refresh.toStdString();
    data["expiresIn"] = m_options.tokenTtlSeconds;
    return data;
}

Json AuthService::operatorRefresh(HttpRequest& request) {
    requireAppToken(request);
    const TokenPair tokens =
        rotateSession({"operator_sessions", "operator_id"}, stringField(request.body(), "refreshToken"),
                      m_options.tokenTtlSeconds, kOperatorRefreshTtlSeconds);
    Json data = Json::object();
    data["accessToken"] = tokens.access.toStdString();
    data["refreshToken"] = tokens.refresh.toStdString();
    data["expiresIn"] = m_options.tokenTtlSeconds;
    return data;
}

OperatorSession AuthService::requireOperator(const HttpRequest& request) {
    requireAppToken(request);
    const QByteArray token = bearerToken(request, "x-user-token");
    QSqlQuery found =
        m_db.run(QStringLiteral("SELECT operator_id, access_expires FROM operator_sessions WHERE access_hash = ?"),
                 {tokenHash(token)});
    if (!found.next()) {
        unauthorized("TOKEN_INVALID", "The operator token is unknown or revoked", "x-user-token");
    }
    if (found.value(1).toLongLong() < now()) {
        unauthorized("TOKEN_EXPIRED", "The operator token expired: refresh it", "x-user-token");
    }
    return loadOperator(found.value(0).toLongLong());
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
