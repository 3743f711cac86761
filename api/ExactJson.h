#pragma once

#include "Money.h"

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <initializer_list>
#include <istream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace migo::api::json {

using Json = nlohmann::json;

/// The binary subtype under which exactParse() keeps a non-integer number's own text.
inline constexpr std::uint64_t decimalTextSubtype = 0x4D; // 'M'

/// Parses JSON like nlohmann::json::parse, except that every non-integer number (and every integer too large for
/// 64 bits) is kept as its exact source text, stored as a binary value with subtype decimalTextSubtype, instead of
/// being rounded to a double. Integers stay integers. Returns nothing and sets `error` on malformed input.
std::optional<Json> exactParse(QByteArrayView bytes, QString* error = nullptr);

/// Receives the elements of chosen arrays one by one while exactParse() reads, so a long list never exists as one
/// tree (a partner's 200,000-card list). Called on the parsing thread.
class ArrayStream {
public:
    virtual ~ArrayStream() = default;
    /// The stream (>= 0) for the array found under `keys` (the object keys below the root object, the array's own
    /// key last: {"data"}, {"data", "items"}; asked only when no enclosing value is an array), or -1 to keep that
    /// array in the tree as usual.
    virtual int select(const std::vector<std::string>& keys) = 0;
    /// The array of `stream` starts (again, when a key repeats: then forget its earlier elements).
    virtual void begin(int stream) = 0;
    /// One complete element of the array of `stream`, in document order.
    virtual void element(int stream, Json&& element) = 0;
};

/// exactParse() that hands every element of each array `stream` selects to it as soon as the element is complete;
/// such an array stays in the tree, empty. Same results and errors otherwise.
std::optional<Json> exactParse(QByteArrayView bytes, ArrayStream& stream, QString* error = nullptr);
/// exactParse(bytes, stream) reading from `input` as its bytes become available (a body still arriving, see
/// detail::ByteFeed): elements reach `stream` while later bytes are still on their way. Runs on the caller's thread
/// and blocks as `input` does; use it on a worker.
std::optional<Json> exactParse(std::istream& input, ArrayStream& stream, QString* error = nullptr);

/// The exact text of a number read by exactParse() ("12.50", "1e400", "18446744073709551616"), or of an integer.
std::optional<std::string> numberText(const Json& value);

/// Reads the fields of one JSON object with tolerance for documented variants (several accepted key names, ids as
/// numbers or numeric strings, amounts as numbers or decimal strings) and records the first problem (a missing
/// required field or a wrong type) instead of throwing.
class FieldReader {
public:
    /// `what` names the object in problem texts, e.g. "card".
    FieldReader(const Json& object, const char* what);

    QString text(std::initializer_list<const char*> keys, bool required = false);
    std::optional<qint64> optionalInteger(std::initializer_list<const char*> keys);
    qint64 integer(std::initializer_list<const char*> keys, bool required = true);
    Money money(std::initializer_list<const char*> keys, bool required = true);
    std::optional<Money> optionalMoney(std::initializer_list<const char*> keys);
    bool boolean(std::initializer_list<const char*> keys, bool fallback);
    /// ISO-8601 date-time with offset (or 'Z'); naive times are read as UTC.
    QDateTime timestamp(std::initializer_list<const char*> keys, bool required = false);
    QDate date(std::initializer_list<const char*> keys, bool required = false);
    const Json* child(std::initializer_list<const char*> keys) const;

    bool ok() const { return m_problem.isEmpty(); }
    /// The first problem met, e.g. "card.balance: expected a number"; empty when ok().
    const QString& problem() const { return m_problem; }
    void fail(const QString& problem);

private:
    const Json* find(std::initializer_list<const char*> keys, const char** foundKey) const;
    void missing(std::initializer_list<const char*> keys);
    void wrongType(const char* key, const char* expected);

    const Json& m_object;
    const char* m_what;
    QString m_problem;
};

/// Builds a small JSON object text in insertion order, with amounts written as exact JSON numbers (never through a
/// double), strings escaped by nlohmann.
class ObjectWriter {
public:
    ObjectWriter& add(const char* key, const QString& value);
    ObjectWriter& add(const char* key, qint64 value);
    ObjectWriter& add(const char* key, Money value);
    ObjectWriter& add(const char* key, const QList<qint64>& values);
    /// Adds the key only when `value` is not empty.
    ObjectWriter& addIfNotEmpty(const char* key, const QString& value);
    QByteArray toJson() const;

private:
    void addRaw(const char* key, const std::string& jsonText);
    std::string m_text;
};

} // namespace migo::api::json
