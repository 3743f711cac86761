#pragma once

#include <QString>
#include <QUrl>

namespace migo::views {

/// Migo's hosted card-activation page in production (seeds 001, 003): https://web.migopayments.com/card-activation
QUrl productionActivationSite();
/// The same page on the sandbox host, for testing: https://sandbox.migopayments.com/card-activation
QUrl sandboxActivationSite();

/// The link a cardholder opens to activate their card themselves (seed 001 "Option A", seed 003 step 4):
/// `<site>?client=<clientSlug>&userId=<userId>`. `client` is an optional branding hint, left out when `clientSlug`
/// is empty; `userId` is the cardholder's id (the card's owner). A query already in `site` is kept. Returns an
/// invalid QUrl when `site` is invalid or `userId` is not positive.
QUrl activationPageUrl(const QUrl& site, const QString& clientSlug, qint64 userId);

} // namespace migo::views
