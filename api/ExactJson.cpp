#include "ExactJson.h"

#include <QList>
#include <QTimeZone>

#include <charconv>
#include <vector>

namespace migo::api::json {

namespace {

/// SAX handler that builds a Json tree like nlohmann's own DOM parser, but keeps non-integer number texts and hands
/// the elements of the arrays an ArrayStream selects to it instead of keeping them.
class ExactDomBuilder {
public:
    using number_integer_t = Json::number_integer_t;
    using number_unsigned_t = Json::number_unsigned_t;
    using number_float_t = Json::number_float_t;
    using string_t = Json::string_t;
    using binary_t = Json::binary_t;

    ExactDomBuilder(Json& root, ArrayStream* stream)
        : m_root(root)
        , m_stream(stream) {}

    bool null() { return scalar(Json(nullptr)); }
    bool boolean(bool value) { return scalar(Json(value)); }
    bool number_integer(number_integer_t value) { return scalar(Json(value)); }
    bool number_unsigned(number_unsigned_t value) { return scalar(Json(value)); }
    bool number_float(number_float_t, const string_t& text) {
        return scalar(Json::binary(binary_t::container_type(text.begin(), text.end()), decimalTextSubtype));
    }
    bool string(string_t& value) { return scalar(Json(std::move(value))); }
    bool binary(binary_t& value) { return scalar(Json::binary(std::move(value))); }
    bool start_object(std::size_t) {
        push(Json::object(), false);
        return true;
    }
    bool key(string_t& key) {
        m_key = std::move(key);
        return true;
    }
    bool end_object() { return pop(); }
    bool start_array(std::size_t) {
        push(Json::array(), true);
        return true;
    }
    bool end_array() { return pop(); }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) {
        m_error = QStringLiteral("malformed JSON at byte %1: %2").arg(position).arg(QString::fromUtf8(ex.what()));
        return false;
    }

    const QString& error() const { return m_error; }

private:
    struct Frame {
        Json* node;
        bool inArray; ///< this value or one enclosing it is an array element: never streamed
    };

    bool atStreamedElement() const { return m_streamSlot >= 0 && m_stack.size() == m_streamDepth; }

    bool scalar(Json&& value) {
        put(std::move(value));
        if (atStreamedElement())
            m_stream->element(m_streamSlot, std::move(m_element));
        return true;
    }

    void push(Json&& container, bool isArray) {
        const bool parentIsArray = !m_stack.empty() && m_stack.back().node->is_array();
        const bool inArray = parentIsArray || (!m_stack.empty() && m_stack.back().inArray);
        int slot = -1;
        if (isArray && m_stream && m_streamSlot < 0 && !m_stack.empty() && !inArray) {
            m_keys.push_back(m_key);
            slot = m_stream->select(m_keys);
            m_keys.pop_back();
        }
        Json* node = put(std::move(container));
        m_stack.push_back({node, inArray});
        if (!isArray && !inArray && m_stack.size() > 1) // the root object has no key
            m_keys.push_back(m_key);
        if (slot >= 0) {
            m_streamSlot = slot;
            m_streamDepth = m_stack.size();
            m_stream->begin(slot);
        }
    }

    bool pop() {
        const Frame frame = m_stack.back();
        m_stack.pop_back();
        if (!frame.node->is_array() && !frame.inArray && !m_stack.empty())
            m_keys.pop_back();
        if (atStreamedElement())
            m_stream->element(m_streamSlot, std::move(m_element));
        else if (m_streamSlot >= 0 && m_stack.size() < m_streamDepth)
            m_streamSlot = -1; // the streamed array itself ended
        return true;
    }

    Json* put(Json&& value) {
        if (m_stack.empty()) {
            m_root = std::move(value);
            return &m_root;
        }
        if (atStreamedElement()) { // an element of a streamed array is built aside, then handed over
            m_element = std::move(value);
            return &m_element;
        }
        Json& parent = *m_stack.back().node;
        if (parent.is_array()) {
            parent.push_back(std::move(value));
            return &parent.back();
        }
        Json& slot = parent[m_key];
        slot = std::move(value);
        return &slot;
    }

    Json& m_root;
    ArrayStream* m_stream;
    std::vector<Frame> m_stack;
    std::vector<std::string> m_keys; ///< keys of the enclosing objects below the root, outside any array
    string_t m_key;
    Json m_element;
    int m_streamSlot = -1;         ///< the stream of the array being streamed, or -1
    std::size_t m_streamDepth = 0; ///< m_stack's size while the streamed array is the innermost container
    QString m_error;
};

/// `parse(builder)` runs nlohmann's SAX parser over some input with `builder`; the tree or the first error.
template <typename Parse>
std::optional<Json> parseWith(ArrayStream* stream, QString* error, Parse parse) {
    Json root;
    ExactDomBuilder builder(root, stream);
    const bool ok = parse(builder);
    if (!ok) {
        if (error)
            *error = builder.error().isEmpty() ? QStringLiteral("malformed JSON") : builder.error();
        return std::nullopt;
    }
    return root;
}

bool isDecimalText(const Json& value) {
    return value.is_binary() && value.get_binary().has_subtype() && value.get_binary().subtype() == decimalTextSubtype;
}

QString keyList(std::initializer_list<const char*> keys) {
    QStringList names;
    for (const char* key : keys)
        names << QString::fromUtf8(key);
    return names.join(u'|');
}

} // namespace

namespace {

std::optional<Json> parseBytes(QByteArrayView bytes, ArrayStream* stream, QString* error) {
    return parseWith(stream, error, [bytes](ExactDomBuilder& builder) {
        const char* begin = bytes.data();
        return Json::sax_parse(begin, begin + bytes.size(), &builder, nlohmann::detail::input_format_t::json, true);
    });
}

} // namespace

std::optional<Json> exactParse(QByteArrayView bytes, QString* error) {
    return parseBytes(bytes, nullptr, error);
}

std::optional<Json> exactParse(QByteArrayView bytes, ArrayStream& stream, QString* error) {
    return parseBytes(bytes, &stream, error);
}

std::optional<Json> exactParse(std::istream& input, ArrayStream& stream, QString* error) {
    return parseWith(&stream, error, [&input](ExactDomBuilder& builder) {
        return Json::sax_parse(input, &builder, nlohmann::detail::input_format_t::json, true);
    });
}

std::optional<std::string> numberText(const Json& value) {
    if (isDecimalText(value)) {
        const auto& bytes = value.get_binary();
        return std::string(bytes.begin(), bytes.end());
    }
    if (value.is_number_unsigned())
        return std::to_string(value.get<Json::number_unsigned_t>());
    if (value.is_number_integer())
        return std::to_string(value.get<Json::number_integer_t>());
    return std::nullopt;
}

FieldReader::FieldReader(const Json& object, const char* what)
    : m_object(object)
    , m_what(what) {
    if (!object.is_object())
        fail(QStringLiteral("%1: expected an object").arg(QString::fromUtf8(what)));
}

const Json* FieldReader::find(std::initializer_list<const char*> keys, const char** foundKey) const {
    if (!m_object.is_object())
        return nullptr;
    for (const char* key : keys) {
        auto it = m_object.find(key);
        if (it != m_object.end() && !it->is_null()) {
            if (foundKey)
                *foundKey = key;
            return &*it;
        }
    }
    return nullptr;
}

const Json* FieldReader::child(std::initializer_list<const char*> keys) const {
    return find(keys, nullptr);
}

void FieldReader::fail(const QString& problem) {
    if (m_problem.isEmpty())
        m_problem = problem;
}

void FieldReader::missing(std::initializer_list<const char*> keys) {
    fail(QStringLiteral("%1.%2: missing").arg(QString::fromUtf8(m_what), keyList(keys)));
}

void FieldReader::wrongType(const char* key, const char* expected) {
    fail(QStringLiteral("%1.%2: expected %3")
             .arg(QString::fromUtf8(m_what), QString::fromUtf8(key), QString::fromUtf8(expected)));
}

QString FieldReader::text(std::initializer_list<const char*> keys, bool required) {
    const char* key = nullptr;
    const Json* value = find(keys, &key);
    if (!value) {
        if (required)
            missing(keys);
        return {};
    }
    if (value->is_string())
        return QString::fromStdString(value->get_ref<const std::string&>());
    if (auto number = numberText(*value)) // tolerated: a number where text was expected (ids, phone numbers)
        return QString::fromStdString(*number);
    wrongType(key, "a string");
    return {};
}

std::optional<qint64> FieldReader::optionalInteger(std::initializer_list<const char*> keys) {
    const char* key = nullptr;
    const Json* value = find(keys, &key);
    if (!value)
        return std::nullopt;
    if (value->is_number_integer() && !value->is_number_unsigned())
        return value->get<qint64>();
    if (value->is_number_unsigned() && value->get<Json::number_unsigned_t>() <= Json::number_unsigned_t(INT64_MAX))
        return qint64(value->get<Json::number_unsigned_t>());
    if (value->is_string()) { // tolerated: "42"
        const std::string& s = value->get_ref<const std::string&>();
        qint64 parsed = 0;
        auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), parsed);
        if (ec == std::errc() && end == s.data() + s.size() && !s.empty())
            return parsed;
    }
    wrongType(key, "an integer");
    return std::nullopt;
}

qint64 FieldReader::integer(std::initializer_list<const char*> keys, bool required) {
    const bool present = find(keys, nullptr) != nullptr;
    if (!present) {
        if (required)
            missing(keys);
        return 0;
    }
    return optionalInteger(keys).value_or(0);
}

std::optional<Money> FieldReader::optionalMoney(std::initializer_list<const char*> keys) {
    const char* key = nullptr;
    const Json* value = find(keys, &key);
    if (!value)
        return std::nullopt;
    std::optional<std::string> textValue = numberText(*value);
    if (!textValue && value->is_string()) // tolerated: "150.00"
        textValue = value->get<std::string>();
    if (!textValue) {
        wrongType(key, "an amount");
        return std::nullopt;
    }
    MoneyError error = MoneyError::None;
    std::optional<Money> amount = Money::parse(std::string_view(*textValue), &error);
    if (!amount)
        wrongType(key, "an amount with at most 4 decimals");
    return amount;
}

Money FieldReader::money(std::initializer_list<const char*> keys, bool required) {
    if (!find(keys, nullptr)) {
        if (required)
            missing(keys);
        return {};
    }
    return optionalMoney(keys).value_or(Money());
}

bool FieldReader::boolean(std::initializer_list<const char*> keys, bool fallback) {
    const char* key = nullptr;
    const Json* value = find(keys, &key);
    if (!value)
        return fallback;
    if (value->is_boolean())
        return value->get<bool>();
    wrongType(key, "true or false");
    return fallback;
}

QDateTime FieldReader::timestamp(std::initializer_list<const char*> keys, bool required) {
    const char* key = nullptr;
    const QString raw = text(keys, required);
    if (raw.isEmpty())
        return {};
    find(keys, &key);
    QDateTime parsed = QDateTime::fromString(raw, Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        wrongType(key, "an ISO-8601 date-time");
        return {};
    }
    if (parsed.timeSpec() == Qt::LocalTime) // no offset given: the contract says UTC
        parsed.setTimeZone(QTimeZone::utc());
    return parsed;
}

QDate FieldReader::date(std::initializer_list<const char*> keys, bool required) {
    const char* key = nullptr;
    const QString raw = text(keys, required);
    if (raw.isEmpty())
        return {};
    find(keys, &key);
    QDate parsed = QDate::fromString(raw.left(10), Qt::ISODate);
    if (!parsed.isValid())
        wrongType(key, "a YYYY-MM-DD date");
    return parsed;
}

void ObjectWriter::addRaw(const char* key, const std::string& jsonText) {
    m_text += m_text.empty() ? "{" : ",";
    m_text += Json(key).dump();
    m_text += ':';
    m_text += jsonText;
}

ObjectWriter& ObjectWriter::add(const char* key, const QString& value) {
    addRaw(key, Json(value.toStdString()).dump(-1, ' ', false, Json::error_handler_t::replace));
    return *this;
}

ObjectWriter& ObjectWriter::add(const char* key, qint64 value) {
    addRaw(key, std::to_string(value));
    return *this;
}

ObjectWriter& ObjectWriter::add(const char* key, Money value) {
    addRaw(key, value.toJsonNumber());
    return *this;
}

ObjectWriter& ObjectWriter::add(const char* key, const QList<qint64>& values) {
    std::string array = "[";
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            array += ',';
        array += std::to_string(values[i]);
    }
    array += ']';
    addRaw(key, array);
    return *this;
}

ObjectWriter& ObjectWriter::addIfNotEmpty(const char* key, const QString& value) {
    if (!value.isEmpty())
        add(key, value);
    return *this;
}

QByteArray ObjectWriter::toJson() const {
    if (m_text.empty())
        return QByteArrayLiteral("{}");
    return QByteArray::fromStdString(m_text + "}");
}

} // namespace migo::api::json
