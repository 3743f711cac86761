#pragma once

#include "ApiError.h"

#include <variant>

namespace migo::api {

/// The outcome of one asynchronous operation: a typed value or an ApiError, never both.
template <typename T>
class Result {
public:
    /// A placeholder so the type can travel through QFuture; holds a MalformedResponse error.
    Result()
        : m_value(ApiError{ErrorKind::MalformedResponse, 0, {}, {}, {}, {}, {}, {}, {}}) {}
    Result(T value)
        : m_value(std::move(value)) {}
    Result(ApiError error)
        : m_value(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }
    /// The value; only when ok().
    const T& value() const { return std::get<T>(m_value); }
    T& value() { return std::get<T>(m_value); }
    /// The error; only when !ok().
    const ApiError& error() const { return std::get<ApiError>(m_value); }

private:
    std::variant<T, ApiError> m_value;
};

/// The value of an operation that answers no data.
struct NoData {};

} // namespace migo::api
