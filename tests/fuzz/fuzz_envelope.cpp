// libFuzzer target: the CMS envelope decoder and its error decoding (api/Envelope.h, api/ApiError.h), the streamed
// decoding of lists (api/Parsers.h: decodeEnvelopeStreaming, streamedList) and Retry-After.
// Input: an optional first line "<3-digit HTTP status>[ <Retry-After value>]", then the body; without that line
// the whole input is the body of a 200.
#include "Envelope.h"
#include "FuzzCheck.h"
#include "Parsers.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

using namespace migo::api;
using json::Json;

namespace {

struct Answer {
    int status = 200;
    QByteArray retryAfter;
    QByteArrayView body;
};

Answer split(const char* data, std::size_t size) {
    Answer answer;
    answer.body = QByteArrayView(data, qsizetype(size));
    const auto* end = static_cast<const char*>(std::memchr(data, '\n', size));
    if (!end)
        return answer;
    const std::size_t length = std::size_t(end - data);
    if (length < 3 || (length > 3 && data[3] != ' '))
        return answer;
    int status = 0;
    for (int i = 0; i < 3; ++i) {
        if (data[i] < '0' || data[i] > '9')
            return answer;
        status = status * 10 + (data[i] - '0');
    }
    answer.status = status;
    if (length > 4)
        answer.retryAfter = QByteArray(data + 4, qsizetype(length - 4));
    answer.body = QByteArrayView(end + 1, qsizetype(size - length - 1));
    return answer;
}

bool isSuccessStatus(int status) {
    return status >= 200 && status < 300;
}

/// Streams every array below `data` that exactParse() offers, keeping the elements and where each array was, so
/// that the tree can be put back together and compared with the unstreamed decode.
class RecordingStream final : public json::ArrayStream {
public:
    int select(const std::vector<std::string>& keys) override {
        MIGO_FUZZ_CHECK(!keys.empty(), "an array below the root object has a key");
        if (keys.front() != "data")
            return -1; // errors[] and the rest stay in the tree: the envelope itself reads them
        m_streams.push_back({keys, {}, false});
        return int(m_streams.size() - 1);
    }
    void begin(int stream) override {
        MIGO_FUZZ_CHECK(stream >= 0 && std::size_t(stream) < m_streams.size(), "begin() of a selected stream");
        MIGO_FUZZ_CHECK(!m_streams[std::size_t(stream)].begun, "a stream begins once per selection");
        m_streams[std::size_t(stream)].begun = true;
    }
    void element(int stream, Json&& element) override {
        MIGO_FUZZ_CHECK(stream >= 0 && std::size_t(stream) < m_streams.size(), "element() of a selected stream");
        MIGO_FUZZ_CHECK(m_streams[std::size_t(stream)].begun, "elements come after begin()");
        m_streams[std::size_t(stream)].elements.push_back(std::move(element));
    }

    /// Puts the streamed elements back into `data`, the EnvelopeData::data of the streamed decode.
    void restore(Json& data) const {
        std::vector<std::pair<Json*, const Streamed*>> targets;
        for (const Streamed& streamed : m_streams) {
            Json* node = &data;
            for (std::size_t i = 1; i < streamed.keys.size() && node; ++i) {
                const auto it = node->is_object() ? node->find(streamed.keys[i]) : node->end();
                node = it == node->end() ? nullptr : &*it;
            }
            if (node && node->is_array()) {
                MIGO_FUZZ_CHECK(node->empty(), "a streamed array stays empty in the tree");
                targets.emplace_back(node, &streamed);
            }
        }
        for (const auto& [node, streamed] : targets) // in document order: a repeated key's last array wins
            *node = Json(streamed->elements);
    }

private:
    struct Streamed {
        std::vector<std::string> keys;
        std::vector<Json> elements;
        bool begun;
    };
    std::vector<Streamed> m_streams;
};

void checkError(const ApiError& error, const Answer& answer) {
    MIGO_FUZZ_CHECK(!error.userMessage.isEmpty(), "every decoded error has a sentence for the operator");
    MIGO_FUZZ_CHECK(error.httpStatus == answer.status || (isSuccessStatus(answer.status) && error.httpStatus == 400),
                    "the error keeps the HTTP status (400 for a 2xx refusal)");
    MIGO_FUZZ_CHECK(!error.retryAfterSeconds || answer.status == 429 || answer.status == 503,
                    "Retry-After is read for 429 and 503 only");
    MIGO_FUZZ_CHECK(!error.retryAfterSeconds || *error.retryAfterSeconds >= 0, "Retry-After is never negative");
}

void checkSameError(const ApiError& a, const ApiError& b) {
    MIGO_FUZZ_CHECK(a.kind == b.kind && a.httpStatus == b.httpStatus, "same error kind and status");
    MIGO_FUZZ_CHECK(a.serverMessage == b.serverMessage && a.userMessage == b.userMessage, "same error texts");
    MIGO_FUZZ_CHECK(a.technicalDetail == b.technicalDetail, "same technical detail");
    MIGO_FUZZ_CHECK(a.attemptsLeft == b.attemptsLeft, "same attemptsLeft");
    MIGO_FUZZ_CHECK(a.retryAfterSeconds.has_value() == b.retryAfterSeconds.has_value(), "same Retry-After");
    MIGO_FUZZ_CHECK(a.details.size() == b.details.size(), "same error details");
    for (qsizetype i = 0; i < a.details.size(); ++i) {
        MIGO_FUZZ_CHECK(a.details[i].code == b.details[i].code && a.details[i].message == b.details[i].message &&
                            a.details[i].field == b.details[i].field,
                        "same error detail");
    }
}

bool sameCard(const Card& a, const Card& b) {
    return a.id == b.id && a.maskedPan == b.maskedPan && a.alias == b.alias && a.type == b.type &&
           a.typeWire == b.typeWire && a.status == b.status && a.statusWire == b.statusWire && a.balance == b.balance &&
           a.currency == b.currency && a.cardholderId == b.cardholderId && a.cardholderName == b.cardholderName;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const Answer answer = split(reinterpret_cast<const char*>(data), size);

    if (const std::optional<int> seconds = parseRetryAfter(answer.retryAfter))
        MIGO_FUZZ_CHECK(*seconds >= 0, "parseRetryAfter is never negative");

    auto plain = decodeEnvelope(answer.status, answer.body, answer.retryAfter);
    if (const ApiError* error = std::get_if<ApiError>(&plain))
        checkError(*error, answer);
    else
        MIGO_FUZZ_CHECK(isSuccessStatus(answer.status), "only a 2xx answer gives data");

    // Streaming the arrays below `data` changes nothing but where their elements go.
    RecordingStream recorder;
    auto streamed = decodeEnvelopeStreaming(answer.status, answer.body, recorder, answer.retryAfter);
    MIGO_FUZZ_CHECK(plain.index() == streamed.index(), "streaming decodes to the same outcome");
    if (const ApiError* error = std::get_if<ApiError>(&plain)) {
        checkSameError(*error, std::get<ApiError>(streamed));
    } else {
        EnvelopeData& streamedData = std::get<EnvelopeData>(streamed);
        MIGO_FUZZ_CHECK(std::get<EnvelopeData>(plain).message == streamedData.message, "same message");
        recorder.restore(streamedData.data);
        MIGO_FUZZ_CHECK(std::get<EnvelopeData>(plain).data == streamedData.data, "same data once put back");
    }

    // streamedList(): "same results, tolerance and error texts as the two steps" (decodeEnvelope, then list()).
    const parse::PooledItemParser<Card> pooledCard = parse::pooledCard;
    const Result<QList<Card>> list =
        parse::streamedList<Card>(answer.status, answer.body.toByteArray(), pooledCard, answer.retryAfter);
    if (const ApiError* error = std::get_if<ApiError>(&plain)) {
        MIGO_FUZZ_CHECK(!list.ok(), "streamedList fails where the envelope fails");
        checkSameError(*error, list.error());
        return 0;
    }
    QString problem;
    const std::optional<QList<Card>> cards =
        parse::list<Card>(std::get<EnvelopeData>(plain).data, problem, parse::card);
    MIGO_FUZZ_CHECK(list.ok() == cards.has_value(), "streamedList reads the list the two steps read");
    if (!cards) {
        MIGO_FUZZ_CHECK(list.error().kind == ErrorKind::MalformedResponse, "a bad list is a malformed answer");
        MIGO_FUZZ_CHECK(list.error().technicalDetail == problem, "the same problem text");
        return 0;
    }
    MIGO_FUZZ_CHECK(list.value().size() == cards->size(), "the same number of cards");
    for (qsizetype i = 0; i < cards->size(); ++i)
        MIGO_FUZZ_CHECK(sameCard(list.value()[i], cards->at(i)), "the same cards");
    return 0;
}
