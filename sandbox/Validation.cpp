#include "Validation.h"

#include "HttpRouter.h"

#include <QRegularExpression>

#include <limits>

namespace validation {

namespace {

std::string typeName(const Json& value) {
    if (isDecimalText(value)) {
        return "number";
    }
    return value.type_name();
}

} // namespace

std::optional<std::string> requiredString(const Json& body, const std::string& field, int minLength, int maxLength,
                                          FieldErrors& errors) {
    const auto found = body.find(field);
    if (found == body.end() || found->is_null()) {
        errors.add(field, field + " is required");
        return std::nullopt;
    }
    if (!found->is_string()) {
        errors.add(field, field + " must be a string, not " + typeName(*found));
        return std::nullopt;
    }
    const QString text = toQt(found->get<std::string>()).trimmed();
    if (text.size() < minLength || text.size() > maxLength) {
        errors.add(field, field + " must have " + std::to_string(minLength) + " to " + std::to_string(maxLength) +
                              " characters");
        return std::nullopt;
    }
    return toStd(text);
}

std::string optionalString(const Json& body, const std::string& field, int maxLength, FieldErrors& errors) {
    const auto found = body.find(field);
    if (found == body.end() || found->is_null()) {
        return {};
    }
    if (!found->is_string()) {
        errors.add(field, field + " must be a string");
        return {};
    }
    const QString text = toQt(found->get<std::string>()).trimmed();
    if (text.size() > maxLength) {
        errors.add(field, field + " must have at most " + std::to_string(maxLength) + " characters");
        return {};
    }
    return toStd(text);
}

std::optional<qint64> positiveInteger(const Json& value) {
    if (value.is_number_unsigned()) {
        const auto number = value.get<std::uint64_t>();
        if (number > 0 && number <= std::uint64_t(std::numeric_limits<qint64>::max())) {
            return qint64(number);
        }
        return std::nullopt;
    }
    if (value.is_number_integer()) {
        const auto number = value.get<std::int64_t>();
        if (number > 0) {
            return qint64(number);
        }
    }
    return std::nullopt;
}

std::optional<qint64> requiredId(const Json& body, const std::string& field, FieldErrors& errors) {
    const auto found = body.find(field);
    if (found == body.end() || found->is_null()) {
        errors.add(field, field + " is required");
        return std::nullopt;
    }
    std::optional<qint64> id = positiveInteger(*found);
    if (!id) {
        errors.add(field, field + " must be a positive integer");
    }
    return id;
}

qint64 requiredAmount(const Json& body, const std::string& field) {
    const auto found = body.find(field);
    if (found == body.end() || found->is_null()) {
        throw ApiError(400, "7000", field + " is required", field);
    }
    const ApiError notPositive(400, "7001", field + " must be greater than zero", field);
    const ApiError badFormat(400, "7002",
                             field + " must be a JSON number with at most 4 decimals, no exponent, at most "
                                     "999999999999.9999",
                             field);
    if (found->is_number_integer() && !found->is_number_unsigned()) {
        const auto number = found->get<std::int64_t>();
        if (number <= 0) {
            throw notPositive;
        }
    }
    std::string text;
    if (found->is_number_integer()) {
        text = found->dump();
    } else if (isDecimalText(*found)) {
        text = decimalText(*found);
    } else {
        throw badFormat;
    }
    static const QRegularExpression shape(QStringLiteral("^(-?)([0-9]+)(?:\\.([0-9]+))?$"));
    const QRegularExpressionMatch match = shape.match(toQt(text));
    if (!match.hasMatch()) {
        throw badFormat; // exponent
    }
    QString integerPart = match.captured(2);
    const QString fractionPart = match.captured(3);
    while (integerPart.size() > 1 && integerPart.startsWith(QLatin1Char('0'))) {
        integerPart.remove(0, 1);
    }
    const bool negative = !match.captured(1).isEmpty();
    const bool zero =
        integerPart == QStringLiteral("0") && !fractionPart.contains(QRegularExpression(QStringLiteral("[1-9]")));
    if (negative || zero) {
        throw notPositive;
    }
    if (fractionPart.size() > 4 || integerPart.size() > 12) {
        throw badFormat;
    }
    const qint64 units =
        integerPart.toLongLong() * 10000 + QString(fractionPart + QStringLiteral("0000")).left(4).toLongLong();
    if (units > kMaxAmountUnits) {
        throw badFormat;
    }
    return units;
}

std::optional<std::string> optionalOtp(const Json& body) {
    const auto found = body.find("otp");
    if (found == body.end() || found->is_null()) {
        return std::nullopt;
    }
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    if (!found->is_string() || !sixDigits.match(toQt(found->get<std::string>())).hasMatch()) {
        throw ApiError(400, "7000", "otp must be a string of 6 digits", "otp");
    }
    return found->get<std::string>();
}

bool isEmail(const std::string& text) {
    static const QRegularExpression shape(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"));
    return text.size() <= 254 && shape.match(toQt(text)).hasMatch();
}

QDate parseIsoDate(const std::string& text) {
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QString value = toQt(text);
    if (!shape.match(value).hasMatch()) {
        return {};
    }
    return QDate::fromString(value, QStringLiteral("yyyy-MM-dd"));
}

namespace {

std::optional<int> boundedInteger(const HttpRequest& request, const QString& name, int defaultValue, int minimum,
                                  int maximum, FieldErrors& errors) {
    const std::optional<QString> text = request.query(name);
    if (!text) {
        return defaultValue;
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
    if (!digits.match(*text).hasMatch() || text->toInt() < minimum || text->toInt() > maximum) {
        errors.add(toStd(name), toStd(name) + " must be an integer from " + std::to_string(minimum) + " to " +
                                    std::to_string(maximum));
        return std::nullopt;
    }
    return text->toInt();
}

} // namespace

PageRequest readPaging(const HttpRequest& request, const QStringList& sortKeys, FieldErrors& errors) {
    PageRequest paging;
    paging.page = boundedInteger(request, QStringLiteral("page"), 1, 1, 1'000'000, errors).value_or(1);
    paging.limit = boundedInteger(request, QStringLiteral("limit"), 50, 1, 200, errors).value_or(50);
    paging.sortBy = request.query(QStringLiteral("sortBy")).value_or(sortKeys.front());
    if (!sortKeys.contains(paging.sortBy)) {
        errors.add("sortBy", "sortBy must be one of " + toStd(sortKeys.join(QStringLiteral(", "))));
    }
    const QString order = request.query(QStringLiteral("sortOrder")).value_or(QStringLiteral("desc"));
    if (order != QStringLiteral("asc") && order != QStringLiteral("desc")) {
        errors.add("sortOrder", "sortOrder must be asc or desc");
    }
    paging.ascending = order == QStringLiteral("asc");
    return paging;
}

QDate requiredDateParameter(const HttpRequest& request, const QString& name, FieldErrors& errors) {
    const std::optional<QString> text = request.query(name);
    if (!text) {
        errors.add(toStd(name), toStd(name) + " is required (YYYY-MM-DD)");
        return {};
    }
    const QDate date = parseIsoDate(toStd(*text));
    if (!date.isValid()) {
        errors.add(toStd(name), toStd(name) + " must be a real date written YYYY-MM-DD");
    }
    return date;
}

} // namespace validation
