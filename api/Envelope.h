#pragma once

#include "ApiError.h"
#include "ExactJson.h"

#include <istream>
#include <variant>

namespace migo::api {

/// The successful part of a CMS answer: `data` (null when absent) and `message`.
struct EnvelopeData {
    json::Json data;
    QString message;
};

/// Decodes a CMS answer `{success, message?, data?, errors?[{code, message, field?}]}` (ref §3.1, contract §2).
///
/// Tolerates the documented variants: `statusCode` instead of `success`, codes as numbers, a missing `message`, a
/// failure without `errors` (the HTTP status then decides), a non-JSON error body (a proxy's HTML page). A 2xx
/// whose body is not an envelope is MalformedResponse. `retryAfter` is the Retry-After header value (seconds or an
/// HTTP date), copied into the error for 429 and 503.
std::variant<EnvelopeData, ApiError> decodeEnvelope(int httpStatus, QByteArrayView body,
                                                    QByteArrayView retryAfter = {});

/// decodeEnvelope() that reads the body with json::exactParse(body, stream): the elements of the arrays `stream`
/// selects go to it while the body is read and stay out of EnvelopeData::data (those arrays are left empty).
/// Same errors as decodeEnvelope(); `stream` may have received elements even when an error is returned.
std::variant<EnvelopeData, ApiError> decodeEnvelopeStreaming(int httpStatus, QByteArrayView body,
                                                             json::ArrayStream& stream, QByteArrayView retryAfter = {});

/// decodeEnvelopeStreaming() reading `body` as it arrives (a 2xx answer streamed to a worker, see
/// detail::ByteFeed); blocks as `body` does. Same results and errors as for the same bytes in one piece.
std::variant<EnvelopeData, ApiError> decodeEnvelopeStreaming(int httpStatus, std::istream& body,
                                                             json::ArrayStream& stream);

/// Seconds to wait from a Retry-After value ("120" or an HTTP date; a past date is 0, a date beyond int range is
/// INT_MAX); nothing when absent or unreadable.
std::optional<int> parseRetryAfter(QByteArrayView value);

} // namespace migo::api
