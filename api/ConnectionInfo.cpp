#include "ConnectionInfo.h"

#include <QCryptographicHash>
#include <QNetworkProxyFactory>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>

namespace migo::api {

namespace {

QString protocolName(QSsl::SslProtocol protocol) {
    switch (protocol) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    case QSsl::DtlsV1_2:
        return QStringLiteral("DTLS 1.2");
    default:
        return QStringLiteral("TLS"); // read after the session closed, or a version Qt does not name
    }
}

QString nameOf(const QStringList& commonNames, const QString& whole) {
    return commonNames.isEmpty() ? whole : commonNames.join(QStringLiteral(", "));
}

} // namespace

TransportSecurity transportSecurityOf(const QSslConfiguration& configuration) {
    TransportSecurity security;
    const QSslCertificate certificate = configuration.peerCertificate();
    if (configuration.isNull() || certificate.isNull())
        return security;
    security.encrypted = true;
    security.protocol = protocolName(configuration.sessionProtocol());
    security.cipher = configuration.sessionCipher().name();
    security.subject = nameOf(certificate.subjectInfo(QSslCertificate::CommonName), certificate.subjectDisplayName());
    security.issuer = nameOf(certificate.issuerInfo(QSslCertificate::CommonName), certificate.issuerDisplayName());
    security.notBefore = certificate.effectiveDate().toUTC();
    security.notAfter = certificate.expiryDate().toUTC();
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < digest.size(); i += 2)
        pairs.append(QString::fromLatin1(digest.mid(i, 2)));
    security.sha256Fingerprint = pairs.join(QLatin1Char(':'));
    return security;
}

void describeProxyFor(const QUrl& url, ConnectionInfo& info) {
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    info.proxy.clear();
    info.proxyType.clear();
    if (proxies.isEmpty())
        return;
    const QNetworkProxy& proxy = proxies.constFirst();
    switch (proxy.type()) {
    case QNetworkProxy::HttpProxy:
    case QNetworkProxy::HttpCachingProxy:
        info.proxyType = QStringLiteral("HTTP");
        break;
    case QNetworkProxy::Socks5Proxy:
        info.proxyType = QStringLiteral("SOCKS5");
        break;
    default:
        return; // NoProxy, DefaultProxy: direct
    }
    info.proxy = proxy.hostName() + QLatin1Char(':') + QString::number(proxy.port());
}

} // namespace migo::api
