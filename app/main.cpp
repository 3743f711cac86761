// Migo Backoffice: a thin entry point; AppController is the composition root.
#include "AppController.h"
#include "MigoVersion.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Migo"));
    QApplication::setApplicationName(QStringLiteral("Migo Backoffice"));
    QApplication::setApplicationVersion(QStringLiteral(MIGO_VERSION " (" MIGO_BUILD_ID ")"));
    // The desktop entry and icon the package installs (packaging/): window managers match windows to it.
    QGuiApplication::setDesktopFileName(QStringLiteral("app.migo.backoffice"));

    // The system locale's translation (Spanish and English ship), then Qt's own for standard dialogs.
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("migo-backoffice"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    migo::app::AppController controller;
    if (!controller.start(QApplication::arguments()))
        return 1;
    return QApplication::exec();
}
