#pragma once

// Helpers shared by AuthService.cpp (application tokens, token checks) and OperatorSessions.cpp (operator login,
// refresh, logout).

#include "ApiError.h"
#include "JsonSupport.h"
#include "Validation.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QString>

namespace auth_support {

inline constexpr int kPasswordIterations = 20000;
inline constexpr int kTokenBytes = 32;

inline QByteArray randomBytes(int count) {
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes;
}

inline QByteArray derivePassword(const QString& password, const QByteArray& salt, int iterations) {
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, iterations, 32);
}

inline qint64 now() {
    return QDateTime::currentSecsSinceEpoch();
}

/// A 401 naming, as its `field`, the header whose token failed (contract §4): "Authorization" for the application
/// token, "x-user-token" for the operator's, none for a refused login or refresh.
[[noreturn]] inline void unauthorized(const char* code, const std::string& message, const char* field = "") {
    throw ApiError(401, code, message, field);
}

/// A required non-empty string field of at most 4096 characters; 400 7000 naming the field otherwise.
inline std::string stringField(const Json& body, const char* field) {
    FieldErrors errors;
    const std::optional<std::string> value = validation::requiredString(body, field, 1, 4096, errors);
    errors.throwIfAny();
    return *value;
}

} // namespace auth_support
