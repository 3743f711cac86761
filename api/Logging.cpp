#include "Logging.h"

#include <QUrlQuery>

namespace migo::api {

Q_LOGGING_CATEGORY(lcApi, "migo.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcApiWire, "migo.api.wire", QtWarningMsg)

namespace {

bool isSecretHeader(const QByteArray& name) {
    const QByteArray lower = name.toLower();
    return lower == "authorization" || lower == "cookie" || lower.contains("token") || lower.contains("otp") ||
           lower.contains("password") || lower.contains("secret");
}

} // namespace

QString redactedHeaders(const QNetworkRequest& request) {
    QStringList lines;
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray& name : names) {
        const QString value =
            isSecretHeader(name) ? QStringLiteral("<redacted>") : QString::fromLatin1(request.rawHeader(name));
        lines << QString::fromLatin1(name) + u": " + value;
    }
    return lines.join(u"; ");
}

QString redactedUrl(const QUrl& url) {
    QUrl safe = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment | QUrl::RemoveQuery);
    QString text = safe.toString();
    const QUrlQuery query(url);
    QStringList keys;
    const auto items = query.queryItems();
    for (const auto& [key, value] : items)
        keys << key + u"=…";
    if (!keys.isEmpty())
        text += u'?' + keys.join(u'&');
    return text;
}

} // namespace migo::api
