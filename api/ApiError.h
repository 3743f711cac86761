#pragma once

#include "Codes.h"

#include <QList>
#include <QNetworkReply>
#include <QString>
#include <QStringList>

#include <optional>

namespace migo::api {

/// What kind of failure an ApiError is; the GUI decides what to offer from this (retry, OTP, sign in, check).
enum class ErrorKind {
    Server,                ///< the server answered with an error envelope or an error status (see httpStatus, codes)
    Network,               ///< no usable answer; for a state-changing call: nothing reached the server
    Timeout,               ///< no byte within the transfer timeout on a read
    OutcomeUnknown,        ///< a state-changing call was sent but its answer was lost: check before doing it again
    Tls,                   ///< the TLS handshake or certificate failed; never ignored
    InsecureUrl,           ///< plain http:// to a host that is not loopback: refused before sending
    MalformedResponse,     ///< the answer is not the documented envelope or has wrong types
    SessionExpired,        ///< the operator session could not be refreshed: sign in again
    NotResentAfterRefresh, ///< a state-changing call met an expired session; the session was renewed, nothing was sent
                           ///< twice
    OtpRequired,           ///< step-up: ask for a one-time password and resend with `otp`
    OtpInvalid,            ///< step-up: wrong code (attemptsLeft tells how many tries remain)
    OtpExpired,            ///< step-up: the code is too old; request a new one
    OtpLocked,             ///< step-up: too many wrong codes burnt it; request a new one
    InvalidRequest,        ///< refused by the client before sending (e.g. an amount of zero)
    UnexpectedContent,     ///< a download answered something other than a PDF; nothing was saved
    FileError,             ///< a download could not be written to disk; nothing was saved
};

/// One business error from the envelope's `errors[]` (ref §3.1), with the field it concerns when the server names
/// one (contract §2).
struct ErrorDetail {
    QString code;    ///< "7303", "OTP_INVALID"…: always text, even when the server sent a number
    QString message; ///< the server's own words
    QString field;   ///< request field, e.g. "email"; empty when not given
};

/// A failed call, as one value: HTTP status, every business code, the server's words, and a translated sentence
/// for the operator (userMessage). Produced by the envelope decoder and the client; never thrown.
struct ApiError {
    ErrorKind kind = ErrorKind::Server;
    int httpStatus = 0; ///< 0 when no HTTP answer was received
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QList<ErrorDetail> details;
    QString serverMessage;                ///< the envelope's `message`, if any
    QString userMessage;                  ///< translated, one or two sentences an operator can act on
    QString technicalDetail;              ///< for the log and a "details" expander; never holds secrets
    std::optional<int> attemptsLeft;      ///< OTP_INVALID only
    std::optional<int> retryAfterSeconds; ///< from Retry-After on 429/503

    QStringList codes() const;
    bool hasCode(QStringView code) const;
    bool hasCode(BusinessCode code) const { return hasCode(codeText(code)); }
    /// The server's message for `field` (first match), empty when none.
    QString messageForField(QStringView field) const;
    /// True for the OTP kinds: the GUI should show the OTP dialog and resend the same operation with the code.
    bool isStepUp() const;
    /// True when asking again may help and a "Retry" is worth offering: transport trouble, a malformed or 5xx/429
    /// answer, or a session renewed since. False for refusals (4xx business codes, permissions, not found), which the
    /// same request would get again, and for an unknown outcome: a write that may be done is checked, never resent.
    bool worthRetrying() const;
};

/// Builds ApiError values and their translated sentences (error catalogue: ref §7 plus contract §3).
namespace errors {

/// Classifies business codes into a kind (OTP codes → step-up kinds) and fills userMessage.
ApiError fromServer(int httpStatus, QList<ErrorDetail> details, QString serverMessage);
/// A transport failure. `stateChanging` decides between Network and OutcomeUnknown for failures after sending.
ApiError fromNetwork(QNetworkReply::NetworkError error, bool stateChanging, const QString& technicalDetail);
ApiError timeout(bool stateChanging);
ApiError malformed(int httpStatus, const QString& technicalDetail);
ApiError insecureUrl(const QString& host);
/// The answer is larger than `limit` bytes (ClientConfig::maxAnswerBytes): not read, kind MalformedResponse.
ApiError answerTooLarge(qint64 limit);
/// The server sent the request on to `host` (another origin, or any redirect of a state-changing call), which the
/// client refuses (contract §11): kind InsecureUrl for a read; OutcomeUnknown for a write (it reached the server).
ApiError redirectRefused(const QString& host, bool stateChanging);
ApiError sessionExpired();
ApiError notResentAfterRefresh();
ApiError invalidRequest(const QString& userMessage);

/// The translated sentence for one business code, or an empty string when the code is not in the catalogue.
QString sentenceForCode(const QString& code);
/// The translated sentence for an HTTP status without a known code.
QString sentenceForStatus(int httpStatus);
/// True when a network error means the request cannot have reached the server (refused, host not found, TLS).
bool isNothingSent(QNetworkReply::NetworkError error);

} // namespace errors
} // namespace migo::api
