#include "Money.h"

#include <QCoreApplication>
#include <QLocale>

namespace migo::api {

namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

std::optional<Money> fail(MoneyError reason, MoneyError* error) {
    if (error)
        *error = reason;
    return std::nullopt;
}

} // namespace

std::optional<Money> Money::parse(std::string_view text, MoneyError* error) {
    if (error)
        *error = MoneyError::None;
    if (text.empty())
        return fail(MoneyError::Empty, error);
    if (text.front() == '-')
        return fail(MoneyError::Negative, error);
    if (text.find_first_of("eE") != std::string_view::npos)
        return fail(MoneyError::Exponent, error);

    const std::size_t dot = text.find('.');
    const std::string_view whole = text.substr(0, dot);
    const std::string_view fraction = dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
    if (whole.empty() || (dot != std::string_view::npos && fraction.empty()))
        return fail(MoneyError::NotANumber, error);
    for (char c : whole)
        if (!isDigit(c))
            return fail(MoneyError::NotANumber, error);
    for (char c : fraction)
        if (!isDigit(c))
            return fail(MoneyError::NotANumber, error);
    for (std::size_t i = decimals; i < fraction.size(); ++i)
        if (fraction[i] != '0')
            return fail(MoneyError::TooManyDecimals, error);

    std::int64_t units = 0;
    for (char c : whole) {
        if (__builtin_mul_overflow(units, 10, &units) || __builtin_add_overflow(units, c - '0', &units))
            return fail(MoneyError::Overflow, error);
    }
    if (__builtin_mul_overflow(units, unitsPerWhole, &units))
        return fail(MoneyError::Overflow, error);
    std::int64_t scale = unitsPerWhole / 10;
    for (std::size_t i = 0; i < fraction.size() && i < std::size_t(decimals); ++i, scale /= 10) {
        if (__builtin_add_overflow(units, std::int64_t(fraction[i] - '0') * scale, &units))
            return fail(MoneyError::Overflow, error);
    }
    return Money(units);
}

std::optional<Money> Money::parse(const QString& text, MoneyError* error) {
    const QByteArray utf8 = text.toUtf8();
    return parse(std::string_view(utf8.constData(), std::size_t(utf8.size())), error);
}

std::optional<Money> Money::fromLocaleText(const QString& text, const QLocale& locale, MoneyError* error) {
    QString normalized;
    normalized.reserve(text.size());
    const QString group = locale.groupSeparator();
    const QString decimal = locale.decimalPoint();
    const QString trimmed = text.trimmed();
    for (qsizetype i = 0; i < trimmed.size();) {
        if (!decimal.isEmpty() && QStringView(trimmed).sliced(i).startsWith(decimal)) {
            normalized += u'.';
            i += decimal.size();
        } else if (!group.isEmpty() && QStringView(trimmed).sliced(i).startsWith(group)) {
            i += group.size(); // grouping is optional for a person typing
        } else if (trimmed.at(i) == u'-' || trimmed.at(i) == locale.negativeSign().front()) {
            normalized += u'-';
            ++i;
        } else {
            normalized += trimmed.at(i);
            ++i;
        }
    }
    return parse(normalized, error);
}

QString Money::toString() const {
    return QString::fromStdString(toJsonNumber());
}

std::string Money::toJsonNumber() const {
    std::string text = std::to_string(m_units / unitsPerWhole);
    std::int64_t fraction = m_units % unitsPerWhole;
    if (fraction != 0) {
        std::string digits = std::to_string(fraction);
        digits.insert(0, std::size_t(decimals) - digits.size(), '0');
        while (digits.back() == '0')
            digits.pop_back();
        text += '.';
        text += digits;
    }
    return text;
}

QString Money::toLocaleString(const QLocale& locale, int minDecimals) const {
    minDecimals = std::clamp(minDecimals, 0, decimals);
    QString whole = locale.toString(qlonglong(m_units / unitsPerWhole)); // grouped by the locale
    std::int64_t fraction = m_units % unitsPerWhole;
    QString digits = QString::number(fraction).rightJustified(decimals, u'0');
    while (digits.size() > minDecimals && digits.endsWith(u'0'))
        digits.chop(1);
    return digits.isEmpty() ? whole : whole + locale.decimalPoint() + digits;
}

std::optional<Money> Money::checkedAdd(Money a, Money b) {
    std::int64_t sum = 0;
    if (__builtin_add_overflow(a.m_units, b.m_units, &sum))
        return std::nullopt;
    return Money(sum);
}

std::optional<Money> Money::checkedSubtract(Money a, Money b) {
    if (b.m_units > a.m_units)
        return std::nullopt;
    return Money(a.m_units - b.m_units);
}

QString moneyErrorText(MoneyError error) {
    switch (error) {
    case MoneyError::None:
        return {};
    case MoneyError::Empty:
        return QCoreApplication::translate("Money", "Enter an amount.");
    case MoneyError::NotANumber:
        return QCoreApplication::translate("Money", "The amount must be a number, for example 150.25.");
    case MoneyError::Negative:
        return QCoreApplication::translate("Money", "The amount cannot be negative.");
    case MoneyError::Exponent:
        return QCoreApplication::translate("Money", "Write the amount in full digits, without an exponent.");
    case MoneyError::TooManyDecimals:
        return QCoreApplication::translate("Money", "The amount can have at most 4 decimal places.");
    case MoneyError::Overflow:
        return QCoreApplication::translate("Money", "The amount is too large.");
    }
    return {};
}

} // namespace migo::api
