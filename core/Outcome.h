#pragma once

#include "ApiError.h"

#include <QString>

#include <optional>

namespace migo::core {

/// How a user-level operation ended (DEVELOPERS.md: "only an answer that proves nothing changed is a refusal").
enum class Outcome {
    Done,      ///< the server answered that it did it
    Refused,   ///< the server (or the client, before sending) proved nothing changed
    Unknown,   ///< the request may have reached the server and no answer proves either way: check, never resend
    Cancelled, ///< the agent cancelled before anything was sent (a confirmation or the step-up)
};

/// Classifies the failure of a state-changing call (the one rule every money screen and the bulk table use).
///
/// Refused: refused by the client before sending (invalid request, insecure URL, TLS, nothing sent on the network),
/// a session that had to be renewed before anything was sent twice, the step-up kinds, and any 4xx answer (a
/// business code or a validation error: the server looked and did nothing). Unknown: a lost answer
/// (OutcomeUnknown, Timeout), any 5xx or status-less server failure (a 500 with 7301, a 502/504 from a gateway),
/// and an answer that could not be read (MalformedResponse: even a 2xx the client cannot read may mean it was done).
Outcome classifyFailure(const api::ApiError& error);

/// A finished operation's outcome with its value (Done) or the error that ended it (Refused, Unknown).
template <typename T>
struct OperationResult {
    Outcome outcome = Outcome::Cancelled;
    std::optional<T> value;             ///< Done only
    std::optional<api::ApiError> error; ///< Refused or Unknown (absent when the client refused on its own)
    QString message;                    ///< a translated sentence about the outcome for the agent

    bool done() const { return outcome == Outcome::Done; }
};

} // namespace migo::core
