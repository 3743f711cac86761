#include "JsonSupport.h"

#include <cstdint>
#include <vector>

namespace {

/// Binary-subtype tag marking "a JSON number kept as its own text" (a body parsed from text never holds binary).
constexpr std::uint64_t kDecimalSubtype = 0x4E;
constexpr std::size_t kMaxDepth = 64;

/// SAX handler that builds a Json tree like nlohmann's DOM parser, except that floating-point numbers are kept
/// as their source text.
class ExactDomBuilder final : public nlohmann::json_sax<Json> {
public:
    explicit ExactDomBuilder(Json& root)
        : m_root(root) {}

    bool null() override { return store(Json(nullptr)) != nullptr; }
    bool boolean(bool value) override { return store(Json(value)) != nullptr; }
    bool number_integer(number_integer_t value) override { return store(Json(value)) != nullptr; }
    bool number_unsigned(number_unsigned_t value) override { return store(Json(value)) != nullptr; }
    bool number_float(number_float_t /*binaryValue*/, const string_t& text) override {
        return store(Json::binary(std::vector<std::uint8_t>(text.begin(), text.end()), kDecimalSubtype)) != nullptr;
    }
    bool string(string_t& value) override { return store(Json(std::move(value))) != nullptr; }
    bool binary(binary_t& value) override { return store(Json(std::move(value))) != nullptr; }
    bool start_object(std::size_t /*elements*/) override { return open(Json::object()); }
    bool key(string_t& name) override {
        m_pendingMember = &(*m_stack.back())[name];
        return true;
    }
    bool end_object() override {
        m_stack.pop_back();
        return true;
    }
    bool start_array(std::size_t /*elements*/) override { return open(Json::array()); }
    bool end_array() override {
        m_stack.pop_back();
        return true;
    }
    bool parse_error(std::size_t /*position*/, const std::string& /*token*/,
                     const nlohmann::detail::exception& /*error*/) override {
        return false;
    }

private:
    bool open(Json container) {
        if (m_stack.size() >= kMaxDepth) {
            return false;
        }
        Json* slot = store(std::move(container));
        m_stack.push_back(slot);
        return true;
    }

    Json* store(Json value) {
        if (m_stack.empty()) {
            m_root = std::move(value);
            return &m_root;
        }
        Json& parent = *m_stack.back();
        if (parent.is_array()) {
            parent.push_back(std::move(value));
            return &parent.back();
        }
        *m_pendingMember = std::move(value);
        return m_pendingMember;
    }

    Json& m_root;
    std::vector<Json*> m_stack;
    Json* m_pendingMember = nullptr;
};

void appendQuoted(std::string& out, const std::string& text) {
    out += Json(text).dump(-1, ' ', false, Json::error_handler_t::replace);
}

void appendValue(std::string& out, const Json& value) {
    switch (value.type()) {
    case Json::value_t::object: {
        out += '{';
        bool first = true;
        for (const auto& [name, member] : value.items()) {
            if (!first) {
                out += ',';
            }
            first = false;
            appendQuoted(out, name);
            out += ':';
            appendValue(out, member);
        }
        out += '}';
        break;
    }
    case Json::value_t::array: {
        out += '[';
        bool first = true;
        for (const Json& element : value) {
            if (!first) {
                out += ',';
            }
            first = false;
            appendValue(out, element);
        }
        out += ']';
        break;
    }
    case Json::value_t::string:
        appendQuoted(out, value.get_ref<const std::string&>());
        break;
    case Json::value_t::binary:
        out += decimalText(value);
        break;
    default:
        out += value.dump(-1, ' ', false, Json::error_handler_t::replace);
        break;
    }
}

} // namespace

std::optional<Json> parseJsonExact(const QByteArray& bytes) {
    Json root;
    ExactDomBuilder builder(root);
    const bool ok = Json::sax_parse(bytes.cbegin(), bytes.cend(), &builder, nlohmann::detail::input_format_t::json,
                                    /*strict=*/true, /*ignore_comments=*/false);
    if (!ok) {
        return std::nullopt;
    }
    return root;
}

bool isDecimalText(const Json& value) {
    return value.is_binary() && value.get_binary().has_subtype() && value.get_binary().subtype() == kDecimalSubtype;
}

std::string decimalText(const Json& value) {
    if (!isDecimalText(value)) {
        return {};
    }
    const auto& bytes = value.get_binary();
    return std::string(bytes.begin(), bytes.end());
}

std::string formatUnits(qint64 units) {
    const bool negative = units < 0;
    const quint64 magnitude = negative ? quint64(-(units + 1)) + 1 : quint64(units);
    std::string fraction = std::to_string(magnitude % 10000);
    fraction.insert(0, 4 - fraction.size(), '0');
    while (fraction.size() > 2 && fraction.back() == '0') {
        fraction.pop_back();
    }
    return (negative ? "-" : "") + std::to_string(magnitude / 10000) + "." + fraction;
}

Json exactDecimal(qint64 units) {
    const std::string text = formatUnits(units);
    return Json::binary(std::vector<std::uint8_t>(text.begin(), text.end()), kDecimalSubtype);
}

QByteArray serializeJson(const Json& value) {
    std::string out;
    appendValue(out, value);
    return QByteArray::fromStdString(out);
}
