#pragma once

#include "ConnectionInfo.h"

#include <QDialog>
#include <QList>

class QTabWidget;

namespace migo::views {

/// A library the product uses, with its licence (SPDX identifier), for About.
struct LibraryLicence {
    QString name;
    QString version; ///< may be empty when the library does not say
    QString licence; ///< e.g. "LGPL-3.0-only"
};

/// What About says of the product itself; the composition root fills it from the build (MigoVersion.h).
struct AboutInfo {
    QString version;     ///< e.g. "0.1.0"
    QString build;       ///< the commit the build was configured at, e.g. "27517f4a1c"
    QString releaseDate; ///< ISO date of the version
    QList<LibraryLicence> libraries;
};

/// About Migo Backoffice (issue 18): a "Migo Backoffice" tab (version, build, Qt version, the libraries and their
/// licences) and a "Connection" tab (the server, the proxy the workstation's configuration uses for it, and the TLS
/// version and certificate of the last answer, or why there is none). Every value is plain text.
class AboutDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    enum class Tab { Product, Connection };

    AboutDialog(const AboutInfo& about, const api::ConnectionInfo& connection, QWidget* parent = nullptr);

    void showTab(Tab tab);
    QTabWidget* tabs() const { return m_tabs; }

private:
    QWidget* productPage(const AboutInfo& about);
    QWidget* connectionPage(const api::ConnectionInfo& connection);

    QTabWidget* m_tabs;
};

} // namespace migo::views
