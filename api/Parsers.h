#pragma once

#include "Envelope.h"
#include "ExactJson.h"
#include "ProcessRequests.h"
#include "Result.h"
#include "Types.h"

#include <QSet>

#include <array>
#include <functional>
#include <vector>

namespace migo::api::parse {

/// Each parser reads one `data` value of the contract (§7) into its typed value; on a missing required field or a
/// wrong type it returns nothing and sets `problem` (for the log and ApiError::technicalDetail).
std::optional<Cardholder> cardholder(const json::Json& value, QString& problem);
std::optional<Card> card(const json::Json& value, QString& problem);

/// Makes equal texts of many decoded values share one buffer (implicit sharing): a 200,000-card list holds a
/// handful of distinct type, status, currency and alias texts, and each cardholder's name once. Not thread-safe:
/// one pool per decode.
class StringPool {
public:
    /// Replaces `text` with the pooled copy of an equal text, or pools it.
    void intern(QString& text);

private:
    QSet<QString> m_texts;
};

/// card() with its repeated texts (alias, type, status, currency, cardholder name) shared through `pool`.
std::optional<Card> pooledCard(const json::Json& value, QString& problem, StringPool& pool);
std::optional<Movement> movement(const json::Json& value, QString& problem);
std::optional<Association> association(const json::Json& value, QString& problem);
std::optional<BulkResult> bulkResult(const json::Json& value, QString& problem);
std::optional<FundsResult> fundsResult(const json::Json& value, QString& problem);
std::optional<TransferResult> transferResult(const json::Json& value, QString& problem);
std::optional<AppSession> appSession(const json::Json& value, QString& problem);
std::optional<OperatorSession> operatorSession(const json::Json& value, QString& problem);
std::optional<TokenPair> tokenPair(const json::Json& value, QString& problem);
std::optional<OtpChallenge> otpChallenge(const json::Json& value, QString& problem);
std::optional<OtpVerification> otpVerification(const json::Json& value, QString& problem);
std::optional<PartnerBalance> partnerBalance(const json::Json& value, QString& problem);
/// Tolerant (contract §17): the id as id/processRequestId/requestId, the status in any case, the amount as a number or
/// a decimal string, requestedBy/decidedBy as `{operatorId|id, name}` or a bare id, evidence optional.
std::optional<ProcessRequest> processRequest(const json::Json& value, QString& problem);
/// Tolerant (contract §14): `{permissions: [...]}` with cmsUserId/partnerId/role, or a bare list; each entry a
/// `{resource, action}` object or a "resource:action" text.
std::optional<OperatorPermissions> operatorPermissions(const json::Json& value, QString& problem);

/// Finds the list in a `data` value: a bare array, or an object holding it under items/data/results/rows/content;
/// `total` gets total/totalItems/count/totalCount/meta.total when present (contract §6).
const json::Json* findList(const json::Json& data, std::optional<qint64>* total);

/// Reads a list of T from `data` with `item`, in either shape findList() accepts.
template <typename T>
std::optional<QList<T>> list(const json::Json& data, QString& problem,
                             const std::function<std::optional<T>(const json::Json&, QString&)>& item,
                             std::optional<qint64>* total = nullptr) {
    const json::Json* array = findList(data, total);
    if (!array) {
        problem = QStringLiteral("data: expected a list");
        return std::nullopt;
    }
    QList<T> result;
    result.reserve(qsizetype(array->size()));
    for (const json::Json& element : *array) {
        std::optional<T> parsed = item(element, problem);
        if (!parsed)
            return std::nullopt;
        result.push_back(std::move(*parsed));
    }
    return result;
}

/// Reads a page of T: items as list() does, plus page/limit/total; `requested*` fill what the server omits.
template <typename T>
std::optional<Page<T>> page(const json::Json& data, QString& problem, int requestedPage, int requestedLimit,
                            const std::function<std::optional<T>(const json::Json&, QString&)>& item) {
    Page<T> result;
    std::optional<QList<T>> items = list<T>(data, problem, item, &result.total);
    if (!items)
        return std::nullopt;
    result.items = std::move(*items);
    result.page = requestedPage;
    result.limit = requestedLimit;
    if (data.is_object()) {
        json::FieldReader reader(data, "page");
        result.page = int(reader.optionalInteger({"page", "currentPage"}).value_or(requestedPage));
        result.limit = int(reader.optionalInteger({"limit", "pageSize", "perPage"}).value_or(requestedLimit));
        if (!reader.ok()) {
            problem = reader.problem();
            return std::nullopt;
        }
    }
    return result;
}

/// Reads one list element; may share texts through the pool (see pooledCard()).
template <typename T>
using PooledItemParser = std::function<std::optional<T>(const json::Json&, QString&, StringPool&)>;

namespace detail {

/// Keys under `data` whose array findList() may pick, in its order of preference.
inline constexpr std::array<const char*, 5> listWrapperKeys{"items", "data", "results", "rows", "content"};

/// For json::ArrayStream::select(): 0 for `data` itself, 1 + the index in listWrapperKeys for `data.<key>`, -1 for
/// any other array.
int listStreamOf(const std::vector<std::string>& keys);

/// The stream (as listStreamOf() numbers them) of the array findList() picks in `data`, or -1 when it finds none.
int pickedListStream(const json::Json& data);

/// Decodes the elements of every array findList() may pick (data, data.items|data|results|rows|content) as they are
/// read, in chunks, so neither the tree of the list nor a half-empty QList of twice its size ever exists.
template <typename T>
class ListStream final : public json::ArrayStream {
public:
    explicit ListStream(const PooledItemParser<T>& item)
        : m_item(item) {}

    int select(const std::vector<std::string>& keys) override { return listStreamOf(keys); }
    void begin(int stream) override { m_streams[std::size_t(stream)] = Collected(); }
    void element(int stream, json::Json&& element) override {
        Collected& collected = m_streams[std::size_t(stream)];
        if (collected.failed)
            return; // as list(): the first bad element decides
        std::optional<T> parsed = m_item(element, collected.problem, m_pool);
        if (!parsed) {
            collected.failed = true;
            return;
        }
        if (collected.chunks.empty() || collected.chunks.back().size() == chunkSize) {
            collected.chunks.emplace_back();
            collected.chunks.back().reserve(chunkSize);
        }
        collected.chunks.back().push_back(std::move(*parsed));
        ++collected.count;
    }

    /// The list findList() picks in `data` (whose streamed arrays are empty), as list() would give it.
    std::optional<QList<T>> take(const json::Json& data, QString& problem) {
        const int picked = pickedListStream(data);
        if (picked < 0) {
            problem = QStringLiteral("data: expected a list");
            return std::nullopt;
        }
        Collected& collected = m_streams[std::size_t(picked)];
        if (collected.failed) {
            problem = collected.problem;
            return std::nullopt;
        }
        QList<T> result;
        result.reserve(collected.count);
        for (QList<T>& chunk : collected.chunks) {
            for (T& value : chunk)
                result.push_back(std::move(value));
            chunk = QList<T>(); // freed at once: the peak is the list plus one chunk
        }
        return result;
    }

private:
    static constexpr qsizetype chunkSize = 4096;
    struct Collected {
        std::vector<QList<T>> chunks;
        qsizetype count = 0;
        bool failed = false;
        QString problem;
    };

    const PooledItemParser<T>& m_item;
    StringPool m_pool;
    std::array<Collected, listWrapperKeys.size() + 1> m_streams;
};

} // namespace detail

/// decodeEnvelope() then list() in one pass that never holds the list's JSON tree: each element of the list is
/// decoded by `item` as soon as its text has been read, and `body` is released before the list is assembled (move
/// the body in). Same results, tolerance and error texts as the two steps.
template <typename T>
Result<QList<T>> streamedList(int httpStatus, QByteArray body, const PooledItemParser<T>& item,
                              QByteArrayView retryAfter = {}) {
    detail::ListStream<T> stream(item);
    auto envelope = decodeEnvelopeStreaming(httpStatus, body, stream, retryAfter);
    body = QByteArray();
    if (ApiError* error = std::get_if<ApiError>(&envelope))
        return std::move(*error);
    QString problem;
    std::optional<QList<T>> value = stream.take(std::get<EnvelopeData>(envelope).data, problem);
    if (!value)
        return errors::malformed(httpStatus, problem);
    return std::move(*value);
}

} // namespace migo::api::parse
