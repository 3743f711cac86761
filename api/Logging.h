#pragma once

#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QUrl>

namespace migo::api {

/// "migo.api": one line per request (method, path, status, size, time). Never tokens, OTPs, passwords or bodies.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
/// "migo.api.wire": request headers, with credentials redacted, and query keys with their values hidden.
Q_DECLARE_LOGGING_CATEGORY(lcApiWire)

/// The request's headers as "Name: value" lines, with Authorization, x-user-token, Cookie and any header whose
/// name mentions token, otp or password replaced by "<redacted>".
QString redactedHeaders(const QNetworkRequest& request);
/// The URL without its query values (keys kept), user info or fragment: safe for a log.
QString redactedUrl(const QUrl& url);

} // namespace migo::api
