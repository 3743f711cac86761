#pragma once

#include "ApiError.h"
#include "JsonSupport.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>

class HttpRequest;

/// Field validators for request bodies and queries. Each one records a problem in a FieldErrors (400, 7000,
/// with the field name) instead of throwing, so a request reports all its problems at once (contract §2, §8).
namespace validation {

/// Largest amount accepted in a request: 999,999,999,999.9999 in units of 1/10000 (contract §8, Funds).
inline constexpr qint64 kMaxAmountUnits = 9'999'999'999'999'999LL;

/// A required string of `minLength`–`maxLength` characters (after trimming); absent, non-string or blank →
/// error. Returns the trimmed text.
std::optional<std::string> requiredString(const Json& body, const std::string& field, int minLength, int maxLength,
                                          FieldErrors& errors);
/// An optional string of at most `maxLength` characters; null or absent → empty.
std::string optionalString(const Json& body, const std::string& field, int maxLength, FieldErrors& errors);
/// A required positive integer id (a JSON integer; strings, fractions and zero are refused).
std::optional<qint64> requiredId(const Json& body, const std::string& field, FieldErrors& errors);
/// True for a JSON integer (not a fraction, not text) that is > 0.
std::optional<qint64> positiveInteger(const Json& value);

/// Reads `amount` exactly from its JSON text and returns units of 1/10000. Throws ApiError 400: 7000 when
/// missing, 7001 when zero or negative, 7002 when not a number, with an exponent, more than 4 decimals or
/// above kMaxAmountUnits.
qint64 requiredAmount(const Json& body, const std::string& field);

/// The 6-digit OTP string from a body, nullopt when absent or null; a malformed one → ApiError 400 7000.
std::optional<std::string> optionalOtp(const Json& body);

bool isEmail(const std::string& text);
bool isCountryAlpha2(const std::string& text);
/// Parses a real calendar date written exactly YYYY-MM-DD; invalid QDate otherwise.
QDate parseIsoDate(const std::string& text);

/// Paging, sorting: `page` ≥ 1 (default 1), `limit` 1–200 (default 50), `sortBy` one of `sortKeys` (default the
/// first), `sortOrder` asc|desc (default desc) — contract §6.
struct PageRequest {
    int page = 1;
    int limit = 50;
    QString sortBy;
    bool ascending = false;
    [[nodiscard]] qint64 offset() const { return qint64(page - 1) * limit; }
};
PageRequest readPaging(const HttpRequest& request, const QStringList& sortKeys, FieldErrors& errors);

/// A required YYYY-MM-DD query parameter (contract §8, Movements).
QDate requiredDateParameter(const HttpRequest& request, const QString& name, FieldErrors& errors);

} // namespace validation
