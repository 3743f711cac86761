#include "ActivationLink.h"

#include <QUrlQuery>

namespace migo::views {

QUrl productionActivationSite() {
    return QUrl(QStringLiteral("https://web.migopayments.com/card-activation"));
}

QUrl sandboxActivationSite() {
    return QUrl(QStringLiteral("https://sandbox.migopayments.com/card-activation"));
}

QUrl activationPageUrl(const QUrl& site, const QString& clientSlug, qint64 userId) {
    if (!site.isValid() || site.isEmpty() || userId <= 0)
        return {};
    QUrl url = site;
    QUrlQuery query(site);
    const QString slug = clientSlug.trimmed();
    if (!slug.isEmpty())
        query.addQueryItem(QStringLiteral("client"), QString::fromLatin1(QUrl::toPercentEncoding(slug)));
    query.addQueryItem(QStringLiteral("userId"), QString::number(userId));
    url.setQuery(query);
    return url;
}

} // namespace migo::views
