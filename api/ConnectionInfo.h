#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

class QSslConfiguration;

namespace migo::api {

/// How the last answered request reached the server (issue 18: the About › Connection panel). Plain data, any
/// thread.
struct TransportSecurity {
    bool encrypted = false;    ///< false for plain http (the local sandbox) or before any answer
    QString protocol;          ///< the negotiated TLS version, e.g. "TLS 1.3"; empty when not encrypted
    QString cipher;            ///< e.g. "TLS_AES_256_GCM_SHA384"
    QString subject;           ///< the server certificate's subject common name (or its whole subject)
    QString issuer;            ///< the issuer's common name (or its whole issuer)
    QDateTime notBefore;       ///< the certificate's validity, UTC
    QDateTime notAfter;        ///< UTC
    QString sha256Fingerprint; ///< upper-case hex pairs separated by ":"
};

/// Where the client talks to and through what: the server, the proxy the workstation's configuration chooses for
/// it (QNetworkProxyFactory, system configuration: http_proxy / https_proxy / no_proxy on Linux), and the TLS of
/// the last answer.
struct ConnectionInfo {
    QUrl server;           ///< the configured base URL
    QString proxy;         ///< "host:port" of the proxy in use for `server`; empty when direct
    QString proxyType;     ///< "HTTP", "SOCKS5"; empty when direct
    bool answered = false; ///< a request to `server` has been answered since the client was configured
    TransportSecurity security;
};

/// The TLS facts of `configuration` (a QNetworkReply's sslConfiguration()); not encrypted when it has no session.
TransportSecurity transportSecurityOf(const QSslConfiguration& configuration);

/// The proxy the application's proxy factory picks for `url`, as ConnectionInfo::proxy / proxyType fill it.
void describeProxyFor(const QUrl& url, ConnectionInfo& info);

} // namespace migo::api
