#pragma once

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

/// The JSON value type of the sandbox. Object members keep their insertion order in responses.
using Json = nlohmann::ordered_json;

/// Parses a request body without ever turning a number into binary floating point: a number with a fraction or
/// an exponent (or an integer too large for 64 bits) is kept as its own text, readable with decimalText().
/// Returns nullopt when the text is not JSON or nests deeper than 64 levels.
std::optional<Json> parseJsonExact(const QByteArray& bytes);

/// True when `value` is a JSON number that was kept as text by parseJsonExact() or made by exactDecimal().
bool isDecimalText(const Json& value);
/// The text of a number kept by parseJsonExact(); empty when `value` is not one.
std::string decimalText(const Json& value);

/// A JSON number for a money amount given in units of 1/10000 (e.g. 1505000 → 150.50): at least two and at
/// most four decimals, written exactly (contract §7).
Json exactDecimal(qint64 units);
/// The same amount as text, e.g. "150.50" (used in the PDF report).
std::string formatUnits(qint64 units);

/// Serializes `value` compactly; numbers made by exactDecimal() are written as their own text, and invalid
/// UTF-8 in strings is replaced rather than thrown.
QByteArray serializeJson(const Json& value);

/// Converts between Qt strings and the UTF-8 std::string the JSON values hold.
inline std::string toStd(const QString& text) {
    return text.toStdString();
}
inline QString toQt(const std::string& text) {
    return QString::fromStdString(text);
}
