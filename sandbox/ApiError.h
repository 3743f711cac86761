#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

/// One entry of the envelope's `errors` array (contract §2): a string code, a message, optionally the field.
struct ErrorItem {
    std::string code;
    std::string message;
    std::string field; ///< dotted request field (e.g. "cardIds.3"); empty when the error is not about a field
};

/// A failure that a route handler throws; the router turns it into an error envelope with `httpStatus`.
/// `data` (may be null) carries details such as `attemptsLeft` for OTP errors (contract §2, §3).
struct ApiError {
    int httpStatus = 400;
    std::vector<ErrorItem> errors;
    std::string message;
    nlohmann::ordered_json data;
    int retryAfterSeconds = 0; ///< > 0: sent as the Retry-After header and as data.retryAfter (429, contract §15)

    ApiError(int status, std::string code, std::string text, std::string field = {})
        : httpStatus(status)
        , message(text) {
        errors.push_back(ErrorItem{std::move(code), std::move(text), std::move(field)});
    }
};

/// 429 RATE_LIMITED (contract §3, §15): wait `retryAfterSeconds` (at least 1) before trying again.
inline ApiError rateLimited(int retryAfterSeconds, std::string message) {
    ApiError error(429, "RATE_LIMITED", std::move(message));
    error.retryAfterSeconds = retryAfterSeconds < 1 ? 1 : retryAfterSeconds;
    return error;
}

/// Collects validation problems of one request so that all are reported at once (400, code 7000 by default).
class FieldErrors {
public:
    void add(std::string field, std::string message, std::string code = "7000") {
        m_items.push_back(ErrorItem{std::move(code), std::move(message), std::move(field)});
    }
    [[nodiscard]] bool empty() const { return m_items.empty(); }
    /// Throws a 400 ApiError holding every collected item; does nothing when there is none.
    void throwIfAny() const {
        if (m_items.empty()) {
            return;
        }
        ApiError error(400, m_items.front().code, m_items.front().message, m_items.front().field);
        error.errors = m_items;
        error.message = m_items.size() == 1 ? m_items.front().message : std::string("Validation failed");
        throw error;
    }

private:
    std::vector<ErrorItem> m_items;
};
