// libFuzzer target: the exact JSON reader (api/ExactJson.h: exactParse, numberText, FieldReader::money,
// ObjectWriter) and the money reader (api/Money.h). The input is read both as JSON and as an amount text.
#include "ExactJson.h"
#include "FuzzCheck.h"
#include "Money.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using migo::api::Money;
using migo::api::json::Json;
namespace json = migo::api::json;

namespace {

bool allDigits(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// What Money::parse must give, worked out independently of it: digits[.digits], non-zero digits only in the first
/// 4 decimals, at most INT64_MAX ten-thousandths. `canonical` is the text toJsonNumber() must write for it.
std::optional<std::pair<std::int64_t, std::string>> expectedMoney(std::string_view text) {
    const std::size_t dot = text.find('.');
    std::string_view whole = text.substr(0, dot);
    const std::string_view fraction = dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
    if (whole.empty() || !allDigits(whole) ||
        (dot != std::string_view::npos && (fraction.empty() || !allDigits(fraction))))
        return std::nullopt;
    if (fraction.size() > 4 && !std::all_of(fraction.begin() + 4, fraction.end(), [](char c) { return c == '0'; }))
        return std::nullopt;
    while (whole.size() > 1 && whole.front() == '0')
        whole.remove_prefix(1);
    if (whole.size() > 15) // Money::max() is 922337203685477.5807
        return std::nullopt;
    std::string decimals(fraction.substr(0, 4));
    decimals.resize(4, '0');
    const __int128 units = __int128(std::stoll(std::string(whole))) * 10000 + std::stoll(decimals);
    if (units > INT64_MAX)
        return std::nullopt;
    while (!decimals.empty() && decimals.back() == '0')
        decimals.pop_back();
    std::string canonical(whole);
    if (!decimals.empty())
        canonical += '.' + decimals;
    return std::pair(std::int64_t(units), canonical);
}

const std::array<QLocale, 4>& locales() {
    static const std::array<QLocale, 4> all{QLocale::c(), QLocale(QLocale::English, QLocale::UnitedStates),
                                            QLocale(QLocale::Spanish, QLocale::Guatemala),
                                            QLocale(QLocale::Spanish, QLocale::Spain)};
    return all;
}

/// Money::parse(text) agrees with expectedMoney(), and an amount it reads survives every way the client writes it.
void checkAmountText(std::string_view text) {
    migo::api::MoneyError error = migo::api::MoneyError::None;
    const std::optional<Money> amount = Money::parse(text, &error);
    const auto expected = expectedMoney(text);
    MIGO_FUZZ_CHECK(amount.has_value() == expected.has_value(), "Money::parse accepts exactly digits[.digits]");
    MIGO_FUZZ_CHECK(amount.has_value() == (error == migo::api::MoneyError::None), "an error exactly on refusal");
    if (!amount)
        return;
    MIGO_FUZZ_CHECK(amount->units() == expected->first, "Money::parse reads the exact value");
    const std::string written = amount->toJsonNumber();
    MIGO_FUZZ_CHECK(written == expected->second, "toJsonNumber writes the shortest exact text");
    MIGO_FUZZ_CHECK(amount->toString() == QString::fromStdString(written), "toString is toJsonNumber");
    MIGO_FUZZ_CHECK(Money::parse(std::string_view(written)) == amount, "toJsonNumber reads back");
    for (const QLocale& locale : locales()) {
        const QString shown = amount->toLocaleString(locale, int(amount->units() % 5));
        MIGO_FUZZ_CHECK(Money::fromLocaleText(shown, locale) == amount, "toLocaleString reads back");
    }
    const QByteArray object = json::ObjectWriter().add("amount", *amount).toJson();
    const std::optional<Json> root = json::exactParse(object);
    MIGO_FUZZ_CHECK(root.has_value(), "ObjectWriter writes JSON");
    json::FieldReader reader(*root, "written");
    MIGO_FUZZ_CHECK(reader.money({"amount"}) == *amount && reader.ok(), "an amount written as JSON reads back");
}

bool isDecimalText(const Json& value) {
    return value.is_binary() && value.get_binary().has_subtype() &&
           value.get_binary().subtype() == json::decimalTextSubtype;
}

/// FieldReader::optionalMoney reads each value of `object` as Money::parse reads its text.
void checkFieldMoney(const Json& object) {
    int checked = 0;
    for (const auto& [key, value] : object.items()) {
        if (++checked > 8)
            break;
        if (key.find('\0') != std::string::npos)
            continue; // FieldReader takes keys as C strings
        json::FieldReader reader(object, "fuzz");
        const std::optional<Money> read = reader.optionalMoney({key.c_str()});
        std::optional<Money> expected;
        if (std::optional<std::string> text = json::numberText(value))
            expected = Money::parse(std::string_view(*text));
        else if (value.is_string())
            expected = Money::parse(std::string_view(value.get_ref<const std::string&>()));
        MIGO_FUZZ_CHECK(read == expected, "FieldReader::optionalMoney reads the number's own text");
        MIGO_FUZZ_CHECK(reader.ok() == (read.has_value() || value.is_null()), "FieldReader reports a bad amount");
    }
}

/// exactParse() builds the tree nlohmann::json::parse builds, except that non-integer numbers (and integers beyond
/// 64 bits) keep their own text; every such text is a JSON number of the same value.
void compareTrees(const Json& exactRoot, const Json& standardRoot) {
    std::vector<std::pair<const Json*, const Json*>> pending{{&exactRoot, &standardRoot}};
    while (!pending.empty()) {
        const auto [exact, standard] = pending.back();
        pending.pop_back();
        if (isDecimalText(*exact)) {
            const std::string text = *json::numberText(*exact);
            MIGO_FUZZ_CHECK(standard->is_number_float(), "a kept number text stands for a floating number");
            MIGO_FUZZ_CHECK(Json::accept(text) && Json::parse(text).is_number(), "a kept number text is a number");
            const double value = std::strtod(text.c_str(), nullptr);
            MIGO_FUZZ_CHECK(value == standard->get<double>(), "a kept number text has the parsed value");
            checkAmountText(text);
        } else if (exact->is_object()) {
            MIGO_FUZZ_CHECK(standard->is_object() && exact->size() == standard->size(), "same object");
            for (const auto& [key, value] : exact->items()) {
                const auto it = standard->find(key);
                MIGO_FUZZ_CHECK(it != standard->end(), "same keys");
                pending.emplace_back(&value, &*it);
            }
            checkFieldMoney(*exact);
        } else if (exact->is_array()) {
            MIGO_FUZZ_CHECK(standard->is_array() && exact->size() == standard->size(), "same array");
            for (std::size_t i = 0; i < exact->size(); ++i)
                pending.emplace_back(&(*exact)[i], &(*standard)[i]);
        } else {
            MIGO_FUZZ_CHECK(*exact == *standard, "same scalar");
            if (exact->is_number())
                checkAmountText(*json::numberText(*exact));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    checkAmountText(text);
    const QString asQString = QString::fromUtf8(text.data(), qsizetype(text.size()));
    const std::string_view bom = "\xEF\xBB\xBF"; // QString::fromUtf8 drops a leading byte-order mark
    const std::string_view asUtf8 = text.substr(text.starts_with(bom) ? bom.size() : 0);
    MIGO_FUZZ_CHECK(Money::parse(asQString) == Money::parse(asUtf8), "both Money::parse overloads agree");
    for (const QLocale& locale : locales()) {
        const std::optional<Money> typed = Money::fromLocaleText(asQString, locale);
        MIGO_FUZZ_CHECK(!typed || typed->units() >= 0, "a typed amount is never negative");
    }

    QString error;
    const std::optional<Json> exact = json::exactParse(QByteArrayView(text.data(), qsizetype(text.size())), &error);
    MIGO_FUZZ_CHECK(exact.has_value() == Json::accept(text), "exactParse accepts what nlohmann accepts");
    MIGO_FUZZ_CHECK(exact.has_value() || !error.isEmpty(), "a refusal says why");
    if (exact)
        compareTrees(*exact, Json::parse(text));
    return 0;
}
