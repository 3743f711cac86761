#include "HttpRouter.h"

#include <QDebug>
#include <QHostAddress>
#include <QRegularExpression>

#include <exception>

HttpRequest::HttpRequest(QHttpServerRequest::Method method, std::vector<qint64> ids, const QHttpServerRequest& raw)
    : m_method(method)
    , m_ids(std::move(ids))
    , m_headers(raw.headers())
    // A '+' in a query means a space (HTML form encoding, which gateways such as Prism use); QUrlQuery keeps it as
    // a plus. A literal plus arrives as %2B and is unaffected.
    , m_query(raw.url().query(QUrl::FullyEncoded).replace(u'+', QStringLiteral("%20")))
    , m_rawBody(raw.body()) {
    const QHostAddress remote = raw.remoteAddress();
    bool mapped = false;
    const quint32 ipv4 = remote.toIPv4Address(&mapped);
    m_remoteAddress = mapped ? QHostAddress(ipv4).toString() : remote.toString();
}

QByteArray HttpRequest::header(const QByteArray& name) const {
    for (const auto& [key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

std::optional<QString> HttpRequest::query(const QString& name) const {
    if (!m_query.hasQueryItem(name)) {
        return std::nullopt;
    }
    return m_query.queryItemValue(name, QUrl::FullyDecoded);
}

const Json& HttpRequest::body() {
    if (!m_body) {
        if (m_rawBody.trimmed().isEmpty()) {
            m_body = Json::object();
        } else {
            std::optional<Json> parsed = parseJsonExact(m_rawBody);
            if (!parsed) {
                throw ApiError(400, "7000", "The request body is not valid JSON");
            }
            if (!parsed->is_object()) {
                throw ApiError(400, "7000", "The request body must be a JSON object");
            }
            m_body = std::move(*parsed);
        }
    }
    return *m_body;
}

const std::vector<FormPart>& HttpRequest::formParts() {
    if (!m_formParts) {
        m_formParts = parseMultipartForm(header("content-type"), m_rawBody);
    }
    return *m_formParts;
}

qint64 maxBodyBytesFor(QByteArrayView method, QByteArrayView target) {
    if (method != "POST") {
        return kMaxBodyBytes;
    }
    static const QRegularExpression uploads(QStringLiteral(
        "^/cms/rest/app/partners/[1-9][0-9]{0,17}/(process-request|cardholders/upload|cards/upload)/?(\\?.*)?$"));
    const QRegularExpressionMatch match = uploads.match(QString::fromLatin1(target));
    if (!match.hasMatch()) {
        return kMaxBodyBytes;
    }
    const bool evidence = match.capturedView(1) == QLatin1String("process-request");
    return (evidence ? kMaxEvidenceBytes : kMaxWorkbookBytes) + kMultipartAllowance;
}

std::string describeLimit(qint64 maxBodyBytes) {
    return std::to_string(maxBodyBytes / (1024 * 1024)) + " MiB";
}

HttpResponse HttpResponse::ok(const Json& data, const std::string& message) {
    Json envelope = Json::object();
    envelope["success"] = true;
    envelope["message"] = message;
    envelope["data"] = data;
    HttpResponse response;
    response.body = serializeJson(envelope);
    return response;
}

HttpResponse HttpResponse::failure(const ApiError& error) {
    Json envelope = Json::object();
    envelope["success"] = false;
    envelope["message"] = error.message;
    Json data = error.data;
    if (error.retryAfterSeconds > 0) {
        if (!data.is_object()) {
            data = Json::object();
        }
        data["retryAfter"] = error.retryAfterSeconds;
    }
    if (!data.is_null()) {
        envelope["data"] = std::move(data);
    }
    Json items = Json::array();
    for (const ErrorItem& item : error.errors) {
        Json entry = Json::object();
        entry["code"] = item.code;
        entry["message"] = item.message;
        if (!item.field.empty()) {
            entry["field"] = item.field;
        }
        items.push_back(std::move(entry));
    }
    envelope["errors"] = std::move(items);
    HttpResponse response;
    response.status = error.httpStatus;
    response.body = serializeJson(envelope);
    if (error.retryAfterSeconds > 0) {
        response.headers.emplace_back("Retry-After", QByteArray::number(error.retryAfterSeconds));
    }
    return response;
}

void HttpRouter::add(QHttpServerRequest::Method method, const QString& pattern, Handler handler) {
    QString regex = QRegularExpression::escape(pattern);
    // escape() turned "{id}" into "\{id\}"; replace those with a positive-integer capture.
    regex.replace(QRegularExpression(QStringLiteral("\\\\\\{[A-Za-z]+\\\\\\}")), QStringLiteral("([1-9][0-9]{0,17})"));
    m_routes.push_back(
        Route{method, QRegularExpression(QLatin1Char('^') + regex + QLatin1Char('$')), std::move(handler)});
}

HttpResponse HttpRouter::guarded(const std::function<HttpResponse()>& work) {
    try {
        return work();
    } catch (const ApiError& error) {
        return HttpResponse::failure(error);
    } catch (const std::exception& failure) {
        qWarning("sandbox: internal error: %s", failure.what());
        return HttpResponse::failure(ApiError(500, "7003", "Internal error: consult with support"));
    }
}

HttpResponse HttpRouter::dispatch(const QHttpServerRequest& request) const {
    return guarded([this, &request]() -> HttpResponse {
        // Bodies announced over the limit never get here (RequestGuard refuses them from their head); this catches
        // what the head could not tell (a chunked body decoded to just over the limit).
        const qint64 limit = maxBodyBytesFor(request.method() == QHttpServerRequest::Method::Post ? "POST" : "",
                                             request.url().path(QUrl::FullyEncoded).toLatin1());
        if (request.body().size() > limit) {
            throw ApiError(413, "PAYLOAD_TOO_LARGE", "The request body is larger than " + describeLimit(limit));
        }
        const QString fullPath = request.url().path();
        const QString base = QString::fromLatin1(kBasePath);
        if (!fullPath.startsWith(base + QLatin1Char('/'))) {
            throw ApiError(404, "7010", "Not found: check the endpoint");
        }
        const QString path = fullPath.mid(base.size());
        for (const Route& route : m_routes) {
            if (route.method != request.method()) {
                continue;
            }
            const QRegularExpressionMatch match = route.pattern.match(path);
            if (!match.hasMatch()) {
                continue;
            }
            std::vector<qint64> ids;
            for (int group = 1; group <= match.lastCapturedIndex(); ++group) {
                ids.push_back(match.captured(group).toLongLong());
            }
            HttpRequest wrapped(request.method(), std::move(ids), request);
            return route.handler(wrapped);
        }
        throw ApiError(404, "7010", "Not found: check the endpoint and the method");
    });
}
