#pragma once

#include "ApiError.h"
#include "JsonSupport.h"
#include "Multipart.h"

#include <QByteArray>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QRegularExpression>
#include <QUrlQuery>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

/// Largest accepted request body (contract §1): 1 MiB; larger → 413 PAYLOAD_TOO_LARGE.
inline constexpr qint64 kMaxBodyBytes = 1024 * 1024;
/// Largest evidence file of a funding request (ref §4.7: 10 MB, read as 10 MiB; contract §17).
inline constexpr qint64 kMaxEvidenceBytes = 10 * 1024 * 1024;
/// Largest workbook of a bulk upload (ref §4.8: 16 MB, read as 16 MiB; contract §18).
inline constexpr qint64 kMaxWorkbookBytes = 16 * 1024 * 1024;
/// What a multipart body may add to its file (boundaries, part headers, the other fields).
inline constexpr qint64 kMultipartAllowance = 256 * 1024;

/// The largest body accepted for a request, from its request line: `method` (e.g. "POST") and `target` (the path as
/// sent, a query allowed). The multipart uploads (POST …/process-request, …/cardholders/upload, …/cards/upload) take
/// their file's limit plus kMultipartAllowance; everything else kMaxBodyBytes. Used by the request guard (before the
/// body is read) and by HttpRouter::dispatch(). Thread-safe.
qint64 maxBodyBytesFor(QByteArrayView method, QByteArrayView target);
/// "1 MiB", "10 MiB", "16 MiB": a limit as the 413 message names it (the allowance not counted).
std::string describeLimit(qint64 maxBodyBytes);

/// The part of an HTTP request a route handler sees: numeric path ids, query, headers and the JSON body.
class HttpRequest final {
public:
    HttpRequest(QHttpServerRequest::Method method, std::vector<qint64> ids, const QHttpServerRequest& raw);

    QHttpServerRequest::Method method() const { return m_method; }
    /// The `{id}` path segments in order, e.g. {partnerId, cardholderId, cardId}.
    qint64 id(std::size_t index) const { return m_ids.at(index); }
    /// Header value by case-insensitive name; empty when absent.
    QByteArray header(const QByteArray& name) const;
    /// Decoded query parameter; nullopt when absent.
    std::optional<QString> query(const QString& name) const;
    /// The body as a JSON object. An empty body is `{}`. Broken JSON or a non-object → 400 7000.
    const Json& body();
    /// The body as received (any content type).
    const QByteArray& rawBody() const { return m_rawBody; }
    /// The parts of a `multipart/form-data` body (sandbox/Multipart.h); another content type or a malformed body →
    /// 400 7000. Parsed on first use.
    const std::vector<FormPart>& formParts();
    /// The client's IP address as text (an IPv4-mapped IPv6 address as plain IPv4), for per-address throttles.
    const QString& remoteAddress() const { return m_remoteAddress; }

private:
    QHttpServerRequest::Method m_method;
    std::vector<qint64> m_ids;
    QString m_remoteAddress;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QUrlQuery m_query;
    QByteArray m_rawBody;
    std::optional<Json> m_body;
    std::optional<std::vector<FormPart>> m_formParts;
};

/// What a handler answers: a status, a content type, bytes and extra headers — or, for long work, a job.
struct HttpResponse {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    std::vector<std::pair<QByteArray, QByteArray>> headers;
    /// When set, the answer is what this job returns, run on a worker thread so that other requests are answered
    /// meanwhile (contract §15); the fields above are then unused. The job must not touch the main thread's
    /// database connection (Database::forThisThread() gives it its own). Its exceptions answer as in dispatch().
    std::function<HttpResponse()> deferred;
    /// When set, the handler keeps the connection: the server hands it the responder instead of writing an answer
    /// (a progress stream of unknown length, contract §18); the fields above are then unused. Answering thread.
    std::function<void(QHttpServerResponder&&)> takeOver;

    /// A success envelope `{success: true, message, data}` (contract §2).
    static HttpResponse ok(const Json& data, const std::string& message = "ok");
    /// An error envelope `{success: false, message, data?, errors}` with the error's HTTP status.
    static HttpResponse failure(const ApiError& error);
};

/// Routes `/cms/rest/...` requests to handlers by method and path pattern. Unknown paths and known paths with
/// another method answer 404 code 7010; bodies over 1 MiB answer 413; an unexpected exception answers 500 7003.
class HttpRouter final {
public:
    using Handler = std::function<HttpResponse(HttpRequest&)>;

    /// Registers `handler` for `method` on `pattern` (relative to /cms/rest); each `{name}` segment matches a
    /// positive integer id (1–18 digits) handed to the handler in order.
    void add(QHttpServerRequest::Method method, const QString& pattern, Handler handler);

    HttpResponse dispatch(const QHttpServerRequest& request) const;
    /// Runs `work` and turns an ApiError into its envelope and any other exception into 500 7003.
    static HttpResponse guarded(const std::function<HttpResponse()>& work);

    static constexpr const char* kBasePath = "/cms/rest";

private:
    struct Route {
        QHttpServerRequest::Method method;
        QRegularExpression pattern;
        Handler handler;
    };
    std::vector<Route> m_routes;
};
