#include "OtpService.h"

#include "ApiError.h"
#include "AuthService.h"
#include "ConstantTime.h"
#include "Database.h"
#include "Representations.h"
#include "SandboxContext.h"
#include "Validation.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <cstdio>

namespace {

QByteArray codeHash(const std::string& code) {
    return QCryptographicHash::hash(QByteArray::fromStdString(code), QCryptographicHash::Sha256);
}

std::string maskEmail(const QString& email) {
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at <= 0) {
        return "***";
    }
    return toStd(email.left(1) + QStringLiteral("***") + email.mid(at));
}

void checkEmailIsOwn(const OperatorSession& session, const Json& body, FieldErrors& errors) {
    const auto email = validation::requiredString(body, "email", 1, 254, errors);
    if (email && toQt(*email).compare(session.email, Qt::CaseInsensitive) != 0) {
        errors.add("email", "email must be the signed-in operator's e-mail");
    }
}

ApiError otpError(const char* code, const std::string& message, int attemptsLeft) {
    ApiError error(403, code, message);
    error.data = Json::object();
    error.data["attemptsLeft"] = attemptsLeft;
    return error;
}

QString operatorKey(qint64 operatorId) {
    return QString::number(operatorId);
}

QString windowKey(qint64 loginId, const std::string& purpose) {
    return QString::number(loginId) + QLatin1Char('/') + toQt(purpose);
}

} // namespace

OtpService::OtpService(Database& db, const SandboxOptions& options)
    : m_db(db)
    , m_options(options)
    , m_failures(options.otpMaxFailures, std::chrono::seconds(options.otpFailureWindowSeconds))
    , m_requests(options.otpRequestsPerMinute, std::chrono::seconds(60)) {}

void OtpService::requireNotLockedOut(qint64 operatorId) {
    const int wait = m_failures.secondsUntilAllowed(operatorKey(operatorId));
    if (wait > 0) {
        throw rateLimited(wait, "Too many wrong one-time passwords: step-up is locked for " + std::to_string(wait) +
                                    " seconds");
    }
}

Json OtpService::issue(const OperatorSession& session, const Json& body) {
    FieldErrors errors;
    checkEmailIsOwn(session, body, errors);
    const auto purpose = validation::requiredString(body, "purpose", 1, 64, errors);
    errors.throwIfAny();
    requireNotLockedOut(session.operatorId);
    const int wait = m_requests.secondsUntilAllowed(operatorKey(session.operatorId));
    if (wait > 0) {
        throw rateLimited(wait, "Too many one-time password requests: wait " + std::to_string(wait) + " seconds");
    }
    m_requests.record(operatorKey(session.operatorId));

    const std::string code =
        QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(1000000), 6, 10, QLatin1Char('0')).toStdString();
    const qint64 expiresAt = QDateTime::currentSecsSinceEpoch() + m_options.otpTtlSeconds;
    m_db.run(QStringLiteral("INSERT OR REPLACE INTO otp_codes(operator_id, code_hash, purpose, expires_at,"
                            " attempts_left) VALUES(?,?,?,?,?)"),
             {session.operatorId, codeHash(code), toQt(*purpose), expiresAt, kMaxAttempts});

    Json line = Json::object();
    line["email"] = toStd(session.email);
    line["purpose"] = *purpose;
    line["code"] = code;
    line["expiresAt"] = toStd(isoUtcFromEpoch(expiresAt));
    if (!m_options.otpLogPath.isEmpty()) {
        QFile log(m_options.otpLogPath);
        if (log.open(QIODevice::Append | QIODevice::WriteOnly)) {
            log.write(serializeJson(line) + '\n');
        }
    }
    Json event = Json::object();
    event["event"] = "otp";
    event.update(line);
    const QByteArray printed = serializeJson(event) + '\n';
    std::fwrite(printed.constData(), 1, size_t(printed.size()), stdout);
    std::fflush(stdout);

    Json data = Json::object();
    data["sentTo"] = maskEmail(session.email);
    data["channel"] = "email";
    data["expiresAt"] = toStd(isoUtcFromEpoch(expiresAt));
    data["expiresIn"] = m_options.otpTtlSeconds;
    data["resendAfter"] = kResendAfterSeconds;
    data["stepUpWindow"] = windowSecondsFor(*purpose);
    return data;
}

Json OtpService::verify(const OperatorSession& session, const Json& body) {
    FieldErrors errors;
    checkEmailIsOwn(session, body, errors);
    const std::string purpose = validation::optionalString(body, "purpose", 64, errors);
    errors.throwIfAny();
    const std::optional<std::string> code = validation::optionalOtp(body);
    if (!code) {
        throw ApiError(400, "7000", "otp is required", "otp");
    }
    const qint64 expiresAt = check(session.operatorId, *code, purpose);
    Json data = Json::object();
    data["valid"] = true;
    data["expiresAt"] = toStd(isoUtcFromEpoch(expiresAt));
    const qint64 windowEnd = purpose.empty() ? 0 : openWindow(session.loginId, purpose);
    data["stepUpValidUntil"] = windowEnd > 0 ? Json(toStd(isoUtcFromEpoch(windowEnd))) : Json(nullptr);
    return data;
}

void OtpService::require(const OperatorSession& session, const Json& body, const char* purpose) {
    const std::optional<std::string> code = validation::optionalOtp(body);
    if (!code) {
        throw otpError("OTP_REQUIRED",
                       "This operation needs an OTP requested for \"" + std::string(purpose) +
                           "\": request one and send it as \"otp\"",
                       kMaxAttempts);
    }
    check(session.operatorId, *code, purpose);
}

void OtpService::requireIfSubject(const OperatorSession& session, const Json& body, const QString& otpPermission,
                                  const char* purpose) {
    if (!session.holds(otpPermission)) {
        return;
    }
    // Inside the window a call needs no code; one that carries a code has it checked all the same. A lockout closes
    // every window: calls without a code are then asked for one (and a code answers 429).
    if (!validation::optionalOtp(body) && windowOpen(session.loginId, purpose) &&
        m_failures.secondsUntilAllowed(operatorKey(session.operatorId)) == 0) {
        return;
    }
    require(session, body, purpose);
    openWindow(session.loginId, purpose);
}

int OtpService::windowSecondsFor(const std::string& purpose) const {
    using namespace otp_purpose;
    for (const char* open : {kCardholderDetail, kCardholderUpdate, kCardAction, kFundsAdd, kFundsWithdraw, kTransfer}) {
        if (purpose == open) {
            return m_options.stepUpWindowSeconds;
        }
    }
    return 0;
}

qint64 OtpService::openWindow(qint64 loginId, const std::string& purpose) {
    const int seconds = windowSecondsFor(purpose);
    if (seconds <= 0) {
        return 0;
    }
    const auto now = std::chrono::steady_clock::now();
    m_windows.removeIf([now](const auto& window) { return window.value() <= now; }); // bounded by open windows
    m_windows.insert(windowKey(loginId, purpose), now + std::chrono::seconds(seconds));
    return QDateTime::currentSecsSinceEpoch() + seconds;
}

bool OtpService::windowOpen(qint64 loginId, const std::string& purpose) const {
    const auto found = m_windows.constFind(windowKey(loginId, purpose));
    return found != m_windows.cend() && std::chrono::steady_clock::now() < *found;
}

qint64 OtpService::check(qint64 operatorId, const std::string& code, const std::string& purpose) {
    requireNotLockedOut(operatorId);
    QSqlQuery found = m_db.run(
        QStringLiteral("SELECT code_hash, expires_at, attempts_left, purpose FROM otp_codes WHERE operator_id = ?"),
        {operatorId});
    if (!found.next()) {
        throw otpError("OTP_INVALID", "No OTP was issued to this operator: request one", 0);
    }
    const QByteArray expected = found.value(0).toByteArray();
    const qint64 expiresAt = found.value(1).toLongLong();
    const int attemptsLeft = found.value(2).toInt();
    if (attemptsLeft <= 0) {
        throw otpError("OTP_LOCKED", "Too many wrong attempts burnt this OTP: request a new one", 0);
    }
    if (expiresAt < QDateTime::currentSecsSinceEpoch()) {
        throw otpError("OTP_EXPIRED", "The OTP expired: request a new one", attemptsLeft);
    }
    // Neither a code nor a purpose that is wrong for this operation tells which of the two was wrong.
    const bool rightCode = constantTimeEquals(codeHash(code), expected);
    const bool rightPurpose = purpose.empty() || toStd(found.value(3).toString()) == purpose;
    if (rightCode && rightPurpose) {
        return expiresAt;
    }
    const int lockedFor = m_failures.record(operatorKey(operatorId));
    if (lockedFor > 0) {
        // The operator's wrong codes reached the cap: this code is burnt and step-up is locked.
        m_db.run(QStringLiteral("UPDATE otp_codes SET attempts_left = 0 WHERE operator_id = ?"), {operatorId});
        throw rateLimited(lockedFor, "Too many wrong one-time passwords: step-up is locked for " +
                                         std::to_string(lockedFor) + " seconds");
    }
    const int remaining = attemptsLeft - 1;
    m_db.run(QStringLiteral("UPDATE otp_codes SET attempts_left = ? WHERE operator_id = ?"), {remaining, operatorId});
    if (remaining == 0) {
        throw otpError("OTP_LOCKED", "Too many wrong attempts burnt this OTP: request a new one", 0);
    }
    throw otpError("OTP_INVALID", "Wrong OTP for this operation", remaining);
}
