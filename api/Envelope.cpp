#include "Envelope.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cctype>
#include <limits>

namespace migo::api {

using json::Json;

namespace {

bool isSuccessStatus(int httpStatus) {
    return httpStatus >= 200 && httpStatus < 300;
}

QString jsonText(const Json& value) {
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (auto number = json::numberText(value))
        return QString::fromStdString(*number);
    return {};
}

/// Reads `errors[]`; returns false when present with a wrong shape.
bool readDetails(const Json& root, QList<ErrorDetail>& details) {
    auto errorsIt = root.find("errors");
    if (errorsIt != root.end() && !errorsIt->is_null()) {
        if (!errorsIt->is_array())
            return false;
        for (const Json& item : *errorsIt) {
            ErrorDetail detail;
            if (item.is_object()) {
                if (auto code = item.find("code"); code != item.end())
                    detail.code = jsonText(*code);
                if (auto message = item.find("message"); message != item.end())
                    detail.message = jsonText(*message);
                if (auto field = item.find("field"); field != item.end())
                    detail.field = jsonText(*field);
            } else if (item.is_string()) { // tolerated: ["some message"]
                detail.message = jsonText(item);
            } else {
                return false;
            }
            details << detail;
        }
    } else if (auto code = root.find("code"); code != root.end()) { // tolerated: a single top-level code
        details << ErrorDetail{jsonText(*code), {}, {}};
    }
    return true;
}

} // namespace

std::optional<int> parseRetryAfter(QByteArrayView value) {
    const QByteArray trimmed = value.toByteArray().trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int seconds = trimmed.toInt(&ok);
    if (ok)
        return seconds >= 0 ? std::optional<int>(seconds) : std::nullopt;
    const QDateTime when =
        QLocale::c().toDateTime(QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    QDateTime utcWhen = when;
    utcWhen.setTimeZone(QTimeZone::utc());
    // A date centuries ahead is still a (very long) wait, never a negative one: clamp before narrowing.
    const qint64 wait = QDateTime::currentDateTimeUtc().secsTo(utcWhen);
    return int(std::clamp<qint64>(wait, 0, std::numeric_limits<int>::max()));
}

namespace {

/// The envelope in `root` (nullopt: the body was not JSON, `parseError` says why); `empty`: the body held nothing
/// but white space.
std::variant<EnvelopeData, ApiError> interpret(int httpStatus, bool empty, std::optional<Json> root,
                                               const QString& parseError, QByteArrayView retryAfter) {
    auto withRetryAfter = [&](ApiError error) {
        if (httpStatus == 429 || httpStatus == 503)
            error.retryAfterSeconds = parseRetryAfter(retryAfter);
        if (httpStatus == 429 && error.retryAfterSeconds && *error.retryAfterSeconds > 0) {
            // A locked-out step-up or sign-in can last half an hour: say how long, not "a moment".
            const int seconds = *error.retryAfterSeconds;
            const int minutes = (seconds + 59) / 60;
            QString wait;
            if (seconds < 120)
                wait = QCoreApplication::translate("ApiError", "You can try again in %n second(s).", nullptr, seconds);
            else
                wait = QCoreApplication::translate("ApiError", "You can try again in %n minute(s).", nullptr, minutes);
            error.userMessage += u' ' + wait;
        }
        return error;
    };

    if (empty) {
        if (isSuccessStatus(httpStatus))
            return EnvelopeData{}; // 204 or an empty 200: success without data
        return withRetryAfter(errors::fromServer(httpStatus, {}, {}));
    }

    if (!root || !root->is_object()) {
        if (isSuccessStatus(httpStatus))
            return errors::malformed(httpStatus, root ? QStringLiteral("the answer is not a JSON object") : parseError);
        ApiError error = errors::fromServer(httpStatus, {}, {});
        error.technicalDetail = QStringLiteral("non-JSON error body");
        return withRetryAfter(error);
    }

    bool success = isSuccessStatus(httpStatus);
    if (auto it = root->find("success"); it != root->end()) {
        if (!it->is_boolean())
            return errors::malformed(httpStatus, QStringLiteral("envelope.success: expected true or false"));
        success = it->get<bool>() && isSuccessStatus(httpStatus);
    } else if (auto status = root->find("statusCode"); status != root->end()) { // Quick Start variant
        if (!status->is_number_integer())
            return errors::malformed(httpStatus, QStringLiteral("envelope.statusCode: expected an integer"));
        success = isSuccessStatus(status->get<int>()) && isSuccessStatus(httpStatus);
    }

    QString message;
    if (auto it = root->find("message"); it != root->end() && !it->is_null()) {
        if (!it->is_string())
            return errors::malformed(httpStatus, QStringLiteral("envelope.message: expected a string"));
        message = jsonText(*it);
    }

    Json data;
    if (auto it = root->find("data"); it != root->end())
        data = std::move(*it);

    if (success)
        return EnvelopeData{std::move(data), message};

    QList<ErrorDetail> details;
    if (!readDetails(*root, details))
        return errors::malformed(httpStatus, QStringLiteral("envelope.errors: expected a list"));
    // A 2xx that says success:false is still a refusal; 400 is the closest status for the catalogue.
    ApiError error = errors::fromServer(isSuccessStatus(httpStatus) ? 400 : httpStatus, std::move(details), message);
    if (data.is_object()) {
        if (auto attempts = data.find("attemptsLeft"); attempts != data.end() && attempts->is_number_integer())
            error.attemptsLeft = attempts->get<int>();
    }
    return withRetryAfter(error);
}

std::variant<EnvelopeData, ApiError> decode(int httpStatus, QByteArrayView body, json::ArrayStream* stream,
                                            QByteArrayView retryAfter) {
    if (body.trimmed().isEmpty())
        return interpret(httpStatus, true, std::nullopt, {}, retryAfter);
    QString parseError;
    std::optional<Json> root =
        stream ? json::exactParse(body, *stream, &parseError) : json::exactParse(body, &parseError);
    return interpret(httpStatus, false, std::move(root), parseError, retryAfter);
}

} // namespace

std::variant<EnvelopeData, ApiError> decodeEnvelope(int httpStatus, QByteArrayView body, QByteArrayView retryAfter) {
    return decode(httpStatus, body, nullptr, retryAfter);
}

std::variant<EnvelopeData, ApiError> decodeEnvelopeStreaming(int httpStatus, QByteArrayView body,
                                                             json::ArrayStream& stream, QByteArrayView retryAfter) {
    return decode(httpStatus, body, &stream, retryAfter);
}

std::variant<EnvelopeData, ApiError> decodeEnvelopeStreaming(int httpStatus, std::istream& body,
                                                             json::ArrayStream& stream) {
    while (body.peek() != std::char_traits<char>::eof() && std::isspace(body.peek()))
        body.get();
    if (body.peek() == std::char_traits<char>::eof())
        return interpret(httpStatus, true, std::nullopt, {}, {});
    QString parseError;
    std::optional<Json> root = json::exactParse(body, stream, &parseError);
    return interpret(httpStatus, false, std::move(root), parseError, {});
}

} // namespace migo::api
