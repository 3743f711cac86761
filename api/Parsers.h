#pragma once

#include "ExactJson.h"
#include "Types.h"

#include <functional>

namespace migo::api::parse {

/// Each parser reads one `data` value of the contract (§7) into its typed value; on a missing required field or a
/// wrong type it returns nothing and sets `problem` (for the log and ApiError::technicalDetail).
std::optional<Cardholder> cardholder(const json::Json& value, QString& problem);
std::optional<Card> card(const json::Json& value, QString& problem);
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

} // namespace migo::api::parse
