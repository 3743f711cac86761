#include "AboutDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace migo::views {

namespace {

/// A selectable plain-text value (a fingerprint or a URL is copied from here), named for screen readers.
QLabel* value(const QString& text, const QString& accessibleName, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    label->setAccessibleName(accessibleName);
    return label;
}

QString utcDate(const QDateTime& when) {
    return QLocale().toString(when.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

} // namespace

AboutDialog::AboutDialog(const AboutInfo& about, const api::ConnectionInfo& connection, QWidget* parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this)) {
    setWindowTitle(tr("About Migo Backoffice"));
    m_tabs->setAccessibleName(tr("About"));
    m_tabs->addTab(productPage(about), tr("&Migo Backoffice"));
    m_tabs->addTab(connectionPage(connection), tr("&Connection"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
}

void AboutDialog::showTab(Tab tab) {
    m_tabs->setCurrentIndex(int(tab));
}

QWidget* AboutDialog::productPage(const AboutInfo& about) {
    auto* page = new QWidget(this);
    auto* form = new QFormLayout;
    form->addRow(tr("Version:"), value(about.version, tr("Version"), page));
    form->addRow(tr("Build:"), value(tr("%1, released %2").arg(about.build, about.releaseDate), tr("Build"), page));
    form->addRow(tr("Qt:"),
                 value(tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
                       tr("Qt version"), page));
    auto* libraries = new QTableWidget(int(about.libraries.size()), 3, page);
    libraries->setHorizontalHeaderLabels({tr("Library"), tr("Version"), tr("Licence")});
    libraries->setAccessibleName(tr("Libraries and their licences"));
    libraries->setEditTriggers(QAbstractItemView::NoEditTriggers);
    libraries->verticalHeader()->hide();
    for (int row = 0; row < about.libraries.size(); ++row) {
        const LibraryLicence& library = about.libraries.at(row);
        libraries->setItem(row, 0, new QTableWidgetItem(library.name));
        libraries->setItem(row, 1, new QTableWidgetItem(library.version));
        libraries->setItem(row, 2, new QTableWidgetItem(library.licence));
    }
    libraries->resizeColumnsToContents();
    libraries->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Libraries used, under their own licences:"), page));
    layout->addWidget(libraries);
    return page;
}

QWidget* AboutDialog::connectionPage(const api::ConnectionInfo& connection) {
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->addRow(tr("Server:"), value(connection.server.toDisplayString(), tr("Server"), page));
    QString proxy = tr("Direct (no proxy)");
    if (!connection.proxy.isEmpty())
        proxy = tr("%1 proxy %2, from the workstation's settings").arg(connection.proxyType, connection.proxy);
    form->addRow(tr("Proxy:"), value(proxy, tr("Proxy"), page));

    const api::TransportSecurity& tls = connection.security;
    QString encryption;
    if (!connection.answered)
        encryption = tr("Not known yet: the server has not answered since sign-in.");
    else if (!tls.encrypted)
        encryption = tr("Not encrypted (plain HTTP, allowed only to this computer, e.g. the local sandbox).");
    else
        encryption = tr("%1, %2").arg(tls.protocol, tls.cipher);
    form->addRow(tr("Encryption:"), value(encryption, tr("Encryption"), page));
    if (tls.encrypted) {
        form->addRow(tr("Certificate:"), value(tls.subject, tr("Certificate subject"), page));
        form->addRow(tr("Issued by:"), value(tls.issuer, tr("Certificate issuer"), page));
        form->addRow(tr("Valid:"), value(tr("from %1 to %2").arg(utcDate(tls.notBefore), utcDate(tls.notAfter)),
                                         tr("Certificate validity"), page));
        form->addRow(tr("SHA-256:"), value(tls.sha256Fingerprint, tr("Certificate fingerprint"), page));
    }
    return page;
}

} // namespace migo::views
