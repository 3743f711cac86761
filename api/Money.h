#pragma once

#include <QString>

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

class QLocale;

namespace migo::api {

/// Why a text could not be read as an amount.
enum class MoneyError {
    None,
    Empty,           ///< nothing to read
    NotANumber,      ///< not of the form digits[.digits]
    Negative,        ///< a leading minus: amounts are never negative (direction is carried separately)
    Exponent,        ///< "1e3": exponents are refused so that no value is silently rounded
    TooManyDecimals, ///< a non-zero digit after the 4th decimal place
    Overflow,        ///< larger than Money::max()
};

/// An exact, non-negative amount of money with 4 decimal places (ref §11: "decimal with up to 4 places").
///
/// Stored as an integer count of 1/10000 of the currency unit; never converted to or from binary floating point.
/// Read from the JSON number's own text and written back as a JSON number, so "0.1" stays 0.1 and
/// "12345678.9999" keeps every digit. The largest value is 922,337,203,685,477.5807 (the int64 range).
class Money {
public:
    static constexpr int decimals = 4;
    static constexpr std::int64_t unitsPerWhole = 10000;

    constexpr Money() = default;

    /// An amount of `units` ten-thousandths; `units` must be >= 0.
    static constexpr Money fromUnits(std::int64_t units) { return Money(units); }

    /// Reads "123", "0.1", "12345678.9999" (and trailing zeros past the 4th place, "1.50000").
    /// Refuses signs, exponents, spaces, more than 4 significant decimals and values beyond max(); `error`
    /// (optional) tells why.
    static std::optional<Money> parse(std::string_view text, MoneyError* error = nullptr);
    static std::optional<Money> parse(const QString& text, MoneyError* error = nullptr);

    /// Reads an amount typed by a person in `locale` ("1.234,56" in es_GT-like locales, "1,234.56" in en),
    /// group separators optional. Same refusals as parse().
    static std::optional<Money> fromLocaleText(const QString& text, const QLocale& locale, MoneyError* error = nullptr);

    static constexpr Money max() { return Money(INT64_MAX); }

    constexpr std::int64_t units() const { return m_units; }
    constexpr bool isZero() const { return m_units == 0; }

    /// The shortest exact decimal text: "0.1", "150", "12345678.9999". Valid as a JSON number.
    QString toString() const;
    std::string toJsonNumber() const;

    /// For display: group separators and at least `minDecimals` (0..4) decimal places in `locale`.
    QString toLocaleString(const QLocale& locale, int minDecimals = 2) const;

    /// a + b, or nothing on overflow.
    static std::optional<Money> checkedAdd(Money a, Money b);
    /// a - b, or nothing when b > a (money is never negative).
    static std::optional<Money> checkedSubtract(Money a, Money b);

    constexpr auto operator<=>(const Money&) const = default;

private:
    constexpr explicit Money(std::int64_t units)
        : m_units(units) {}
    std::int64_t m_units = 0;
};

/// A translated sentence for a MoneyError, for the field the amount was typed in.
QString moneyErrorText(MoneyError error);

} // namespace migo::api
