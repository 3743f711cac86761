#pragma once

#include <QList>
#include <QString>

namespace migo::core {

/// One country of birth as offered to the operator.
struct Country {
    QString code; ///< ISO 3166-1 alpha-2, upper case ("GT"): what the server receives (seed 002, countryOfBirth)
    QString name; ///< translated name for display ("Guatemala")
};

/// The 249 officially assigned ISO 3166-1 alpha-2 countries (the sandbox accepts the same set): Guatemala first,
/// then the rest sorted by translated name in the current locale. Names are translated in the "CountryList" context.
QList<Country> countryList();

/// True when `code` is one of the countryList() codes (exact, upper case).
bool isCountryCode(const QString& code);

} // namespace migo::core
