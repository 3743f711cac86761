#include "ProductInfo.h"

#include "MigoVersion.h"

#include <QtGlobal>

#include <csv.h>
#include <nlohmann/json_fwd.hpp>

namespace migo::app {

views::AboutInfo aboutThisBuild() {
    views::AboutInfo about;
    about.version = QStringLiteral(MIGO_VERSION);
    about.build = QStringLiteral(MIGO_BUILD_ID);
    about.releaseDate = QStringLiteral(MIGO_RELEASE_DATE);
    const auto version = [](int major, int minor, int patch) {
        return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
    };
    about.libraries = {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only")},
        {QStringLiteral("PDFium (in Qt PDF)"), QString(), QStringLiteral("BSD-3-Clause")},
        {QStringLiteral("QtKeychain"), QString(), QStringLiteral("BSD-3-Clause")},
        {QStringLiteral("nlohmann/json"),
         version(NLOHMANN_JSON_VERSION_MAJOR, NLOHMANN_JSON_VERSION_MINOR, NLOHMANN_JSON_VERSION_PATCH),
         QStringLiteral("MIT")},
        {QStringLiteral("libcsv"), QStringLiteral("%1.%2").arg(CSV_MAJOR).arg(CSV_MINOR),
         QStringLiteral("LGPL-2.1-or-later")},
    };
    return about;
}

} // namespace migo::app
