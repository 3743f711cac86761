#include "ApiError.h"

#include <QCoreApplication>
#include <QLocale>

namespace migo::api {

namespace {

struct CodeSentence {
    const char* code;
    const char* sentence;
};

// Catalogue: ref §7 (7000-7014 general, 71xx users, 72xx cards, 73xx transfers; seed 000 for 7222/7223) and the
// textual codes decided in docs/api-contract.md §3.
constexpr CodeSentence codeSentences[] = {
    {"7000", QT_TRANSLATE_NOOP("ApiError", "Some of the data sent is not valid. Check the marked fields.")},
    {"7001", QT_TRANSLATE_NOOP("ApiError", "The amount must be greater than zero.")},
    {"7002", QT_TRANSLATE_NOOP("ApiError", "The amount is not correctly written: use at most 4 decimal places.")},
    {"7003", QT_TRANSLATE_NOOP("ApiError", "The operation could not be completed. Contact Migo support.")},
    {"7004", QT_TRANSLATE_NOOP("ApiError", "A service needed for this operation is not available. Try again later.")},
    {"7005",
     QT_TRANSLATE_NOOP("ApiError", "The payment processor for this program was not found. Contact Migo support.")},
    {"7006", QT_TRANSLATE_NOOP("ApiError", "This record already exists (the same identifier is already registered).")},
    {"7007", QT_TRANSLATE_NOOP("ApiError", "The available actions could not be retrieved. Try again later.")},
    {"7008", QT_TRANSLATE_NOOP("ApiError", "The date is not valid: it must be within the last 6 months.")},
    {"7009", QT_TRANSLATE_NOOP("ApiError", "The invoicing parameters are not valid. Contact Migo support.")},
    {"7010", QT_TRANSLATE_NOOP("ApiError", "What was requested was not found.")},
    {"7011", QT_TRANSLATE_NOOP("ApiError", "The terminal processor could not be created. Contact Migo support.")},
    {"7012", QT_TRANSLATE_NOOP("ApiError", "The terminal processor could not be updated. Contact Migo support.")},
    {"7013", QT_TRANSLATE_NOOP("ApiError", "The terminal processor was not found.")},
    {"7014", QT_TRANSLATE_NOOP("ApiError", "The terminal has no terminal processor configured.")},
    {"7100", QT_TRANSLATE_NOOP("ApiError", "The cardholder was not found.")},
    {"7200", QT_TRANSLATE_NOOP("ApiError", "The card was not found.")},
    {"7205", QT_TRANSLATE_NOOP("ApiError", "The PIN is not correct.")},
    {"7210", QT_TRANSLATE_NOOP("ApiError", "The card could not be updated. Try again later.")},
    {"7213", QT_TRANSLATE_NOOP("ApiError", "The card's current status does not allow this operation.")},
    {"7220", QT_TRANSLATE_NOOP("ApiError", "No card matches that owner e-mail and those last four digits.")},
    {"7221", QT_TRANSLATE_NOOP("ApiError", "The card could not be linked. Try again later.")},
    {"7222", QT_TRANSLATE_NOOP("ApiError", "That card is already linked to this cardholder.")},
    {"7223",
     QT_TRANSLATE_NOOP("ApiError", "That card already belongs to this cardholder; it does not need to be linked.")},
    {"7300", QT_TRANSLATE_NOOP("ApiError", "The transfer could not be created. No money was moved.")},
    {"7301", QT_TRANSLATE_NOOP("ApiError", "The transfer could not be updated. Check the card's movements.")},
    {"7303", QT_TRANSLATE_NOOP("ApiError", "The card does not have enough funds for this amount.")},
    {"TOKEN_MISSING", QT_TRANSLATE_NOOP("ApiError", "The session is not valid. Sign in again.")},
    {"TOKEN_INVALID", QT_TRANSLATE_NOOP("ApiError", "The session is not valid. Sign in again.")},
    {"TOKEN_EXPIRED", QT_TRANSLATE_NOOP("ApiError", "The session has expired. Sign in again.")},
    {"REFRESH_TOKEN_INVALID", QT_TRANSLATE_NOOP("ApiError", "The session has expired. Sign in again.")},
    {"INVALID_CREDENTIALS", QT_TRANSLATE_NOOP("ApiError", "The e-mail or the password is not correct.")},
    {"MERCHANT_NOT_FOUND", QT_TRANSLATE_NOOP("ApiError", "The merchant id is not known in this environment.")},
    {"FORBIDDEN", QT_TRANSLATE_NOOP("ApiError", "Your user is not assigned to this partner.")},
    {"PERMISSION_DENIED", QT_TRANSLATE_NOOP("ApiError", "Your user does not have permission for this operation.")},
    {"OTP_REQUIRED", QT_TRANSLATE_NOOP("ApiError", "This operation needs a one-time password.")},
    {"OTP_INVALID", QT_TRANSLATE_NOOP("ApiError", "The one-time password is not correct.")},
    {"OTP_EXPIRED", QT_TRANSLATE_NOOP("ApiError", "The one-time password has expired. Request a new one.")},
    {"OTP_LOCKED",
     QT_TRANSLATE_NOOP("ApiError",
                       "Too many wrong codes: this one-time password is no longer valid. Request a new one.")},
    {"PAYLOAD_TOO_LARGE", QT_TRANSLATE_NOOP("ApiError", "The request is too large. Send fewer items at once.")},
    {"RATE_LIMITED", QT_TRANSLATE_NOOP("ApiError", "Too many requests in a short time. Wait a moment and try again.")},
};

ErrorKind kindForCodes(const QList<ErrorDetail>& details) {
    for (const ErrorDetail& detail : details) {
        if (detail.code == u"OTP_REQUIRED")
            return ErrorKind::OtpRequired;
        if (detail.code == u"OTP_INVALID")
            return ErrorKind::OtpInvalid;
        if (detail.code == u"OTP_EXPIRED")
            return ErrorKind::OtpExpired;
        if (detail.code == u"OTP_LOCKED")
            return ErrorKind::OtpLocked;
    }
    return ErrorKind::Server;
}

} // namespace

QStringList ApiError::codes() const {
    QStringList result;
    for (const ErrorDetail& detail : details)
        result << detail.code;
    return result;
}

bool ApiError::hasCode(QStringView code) const {
    for (const ErrorDetail& detail : details)
        if (detail.code == code)
            return true;
    return false;
}

QString ApiError::messageForField(QStringView field) const {
    for (const ErrorDetail& detail : details)
        if (detail.field == field)
            return detail.message;
    return {};
}

bool ApiError::isStepUp() const {
    return kind == ErrorKind::OtpRequired || kind == ErrorKind::OtpInvalid || kind == ErrorKind::OtpExpired ||
           kind == ErrorKind::OtpLocked;
}

bool ApiError::worthRetrying() const {
    switch (kind) {
    case ErrorKind::Network:
    case ErrorKind::Timeout:
    case ErrorKind::MalformedResponse:
    case ErrorKind::SessionExpired:
    case ErrorKind::NotResentAfterRefresh:
        return true;
    case ErrorKind::Server:
        return httpStatus >= 500 || httpStatus == 429 || httpStatus == 0;
    default:
        return false;
    }
}

namespace errors {

QString sentenceForCode(const QString& code) {
    for (const CodeSentence& entry : codeSentences)
        if (code == QLatin1String(entry.code))
            return QCoreApplication::translate("ApiError", entry.sentence);
    return {};
}

QString sentenceForStatus(int httpStatus) {
    switch (httpStatus) {
    case 400:
        return QCoreApplication::translate("ApiError", "Some of the data sent is not valid.");
    case 401:
        return QCoreApplication::translate("ApiError", "The session is not valid or has expired. Sign in again.");
    case 403:
        return QCoreApplication::translate("ApiError", "You are not allowed to do this.");
    case 404:
        return QCoreApplication::translate("ApiError", "What was requested was not found.");
    case 409:
        return QCoreApplication::translate(
            "ApiError", "The operation conflicts with the current state. Refresh and check before trying again.");
    case 413:
        return QCoreApplication::translate("ApiError", "The request is too large. Send fewer items at once.");
    case 422:
        return QCoreApplication::translate(
            "ApiError", "The request was understood but cannot be carried out (for example, an expired card).");
    case 429:
        return QCoreApplication::translate("ApiError",
                                           "Too many requests in a short time. Wait a moment and try again.");
    case 502:
    case 504:
        return QCoreApplication::translate("ApiError",
                                           "Migo's card processor did not answer. Try again in a few minutes.");
    case 503:
        return QCoreApplication::translate("ApiError", "The service is under maintenance. Try again in a few minutes.");
    default:
        if (httpStatus >= 500)
            return QCoreApplication::translate(
                "ApiError", "The server failed to process the request. If it keeps happening, contact Migo support.");
        return QCoreApplication::translate("ApiError", "The server refused the request (HTTP %1).").arg(httpStatus);
    }
}

ApiError fromServer(int httpStatus, QList<ErrorDetail> details, QString serverMessage) {
    ApiError error;
    error.httpStatus = httpStatus;
    error.details = std::move(details);
    error.serverMessage = std::move(serverMessage);
    error.kind = kindForCodes(error.details);
    for (const ErrorDetail& detail : error.details) {
        error.userMessage = sentenceForCode(detail.code);
        if (!error.userMessage.isEmpty())
            break;
    }
    if (error.userMessage.isEmpty())
        error.userMessage = sentenceForStatus(httpStatus);
    return error;
}

bool isNothingSent(QNetworkReply::NetworkError error) {
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::NetworkSessionFailedError:
        return true;
    default:
        return false;
    }
}

ApiError fromNetwork(QNetworkReply::NetworkError networkError, bool stateChanging, const QString& technicalDetail) {
    ApiError error;
    error.networkError = networkError;
    error.technicalDetail = technicalDetail;
    error.kind = ErrorKind::Network;
    switch (networkError) {
    case QNetworkReply::ConnectionRefusedError:
        error.userMessage = QCoreApplication::translate(
            "ApiError", "The server refused the connection. Check the environment and that the service is running.");
        break;
    case QNetworkReply::HostNotFoundError:
        error.userMessage = QCoreApplication::translate(
            "ApiError", "The server's address could not be found. Check the network connection.");
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.kind = ErrorKind::Tls;
        error.userMessage = QCoreApplication::translate(
            "ApiError", "A secure connection could not be established: the server's certificate was not "
                        "accepted. Nothing was sent. Contact IT support.");
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        error.userMessage = QCoreApplication::translate(
            "ApiError", "The network proxy could not be used. Check the system's proxy settings.");
        break;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    default:
        error.userMessage = QCoreApplication::translate(
            "ApiError", "The connection to the server was interrupted. Check the network connection.");
        break;
    }
    if (stateChanging && !isNothingSent(networkError)) {
        error.kind = ErrorKind::OutcomeUnknown;
        error.userMessage = QCoreApplication::translate(
            "ApiError", "The connection was lost before the server answered, so it is not known whether "
                        "the operation was carried out. Check the card's movements or status before trying "
                        "again.");
    }
    return error;
}

ApiError timeout(bool stateChanging) {
    ApiError error;
    error.networkError = QNetworkReply::TimeoutError;
    if (stateChanging) {
        error.kind = ErrorKind::OutcomeUnknown;
        error.userMessage = QCoreApplication::translate(
            "ApiError", "The server did not answer in time, so it is not known whether the operation was "
                        "carried out. Check the card's movements or status before trying again.");
    } else {
        error.kind = ErrorKind::Timeout;
        error.userMessage = QCoreApplication::translate("ApiError", "The server did not answer in time. Try again.");
    }
    return error;
}

ApiError malformed(int httpStatus, const QString& technicalDetail) {
    ApiError error;
    error.kind = ErrorKind::MalformedResponse;
    error.httpStatus = httpStatus;
    error.technicalDetail = technicalDetail;
    error.userMessage = QCoreApplication::translate(
        "ApiError", "The server's answer could not be understood. If it keeps happening, contact Migo "
                    "support.");
    return error;
}

ApiError insecureUrl(const QString& host) {
    ApiError error;
    error.kind = ErrorKind::InsecureUrl;
    error.technicalDetail = host;
    error.userMessage =
        QCoreApplication::translate("ApiError", "The connection to %1 would not be encrypted. Use an https:// address.")
            .arg(host);
    return error;
}

ApiError answerTooLarge(qint64 limit) {
    ApiError error;
    error.kind = ErrorKind::MalformedResponse;
    error.technicalDetail = QStringLiteral("answer larger than %1 bytes").arg(limit);
    error.userMessage = QCoreApplication::translate("ApiError", "The server's answer is larger than %1, so it was not "
                                                                "read. If it keeps happening, contact Migo support.")
                            .arg(QLocale().formattedDataSize(limit));
    return error;
}

ApiError redirectRefused(const QString& host, bool stateChanging) {
    ApiError error;
    error.technicalDetail = QStringLiteral("redirect to ") + host;
    if (stateChanging) {
        error.kind = ErrorKind::OutcomeUnknown;
        error.userMessage =
            QCoreApplication::translate(
                "ApiError", "The server sent the operation on to another address (%1); the app did not follow. It is "
                            "not known whether the operation was carried out. Check the card's movements or status "
                            "before trying again.")
                .arg(host);
    } else {
        error.kind = ErrorKind::InsecureUrl;
        error.userMessage =
            QCoreApplication::translate(
                "ApiError",
                "The server sent the request on to another address (%1); the app did not follow, so nothing "
                "was sent there. Contact IT support.")
                .arg(host);
    }
    return error;
}

ApiError sessionExpired() {
    ApiError error;
    error.kind = ErrorKind::SessionExpired;
    error.httpStatus = 401;
    error.userMessage = QCoreApplication::translate("ApiError", "Your session has expired. Sign in again to continue.");
    return error;
}

ApiError notResentAfterRefresh() {
    ApiError error;
    error.kind = ErrorKind::NotResentAfterRefresh;
    error.httpStatus = 401;
    error.userMessage = QCoreApplication::translate(
        "ApiError", "The session had expired and was renewed. The operation was not carried out and nothing "
                    "was sent twice: do it again.");
    return error;
}

ApiError invalidRequest(const QString& userMessage) {
    ApiError error;
    error.kind = ErrorKind::InvalidRequest;
    error.userMessage = userMessage;
    return error;
}

} // namespace errors
} // namespace migo::api
