#include "Outcome.h"

namespace migo::core {

Outcome classifyFailure(const api::ApiError& error) {
    using api::ErrorKind;
    switch (error.kind) {
    case ErrorKind::InvalidRequest:
    case ErrorKind::InsecureUrl:
    case ErrorKind::Tls:
    case ErrorKind::Network: // the client reports Network for a write only when nothing can have reached the server
    case ErrorKind::NotResentAfterRefresh:
    case ErrorKind::SessionExpired:
    case ErrorKind::OtpRequired:
    case ErrorKind::OtpInvalid:
    case ErrorKind::OtpExpired:
    case ErrorKind::OtpLocked:
        return Outcome::Refused;
    case ErrorKind::Server:
        return error.httpStatus >= 400 && error.httpStatus < 500 ? Outcome::Refused : Outcome::Unknown;
    case ErrorKind::MalformedResponse: // a 4xx the client cannot read is still a refusal; a 2xx may have been done
        return error.httpStatus >= 400 && error.httpStatus < 500 ? Outcome::Refused : Outcome::Unknown;
    case ErrorKind::OutcomeUnknown:
    case ErrorKind::Timeout:
    case ErrorKind::UnexpectedContent:
    case ErrorKind::FileError:
        break;
    }
    return Outcome::Unknown;
}

} // namespace migo::core
