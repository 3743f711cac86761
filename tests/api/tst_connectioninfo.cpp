// What Help › Connection shows of the line to the server (issue 18), read off a real TLS handshake: a QSslServer
// on loopback with a certificate made for this run (openssl), trusted by the client through the default TLS
// configuration as a CA deployed by IT would be.
#include "ClientFixture.h"
#include "CmsClient.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace migo;

namespace {

constexpr int kLimitMs = 10000;

/// Answers every request on every connection with one app-login envelope, then closes.
class TlsEnvelopeServer final : public QObject {
public:
    bool start(const QSslCertificate& certificate, const QSslKey& key) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(certificate);
        configuration.setPrivateKey(key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(configuration);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    const QByteArray body =
                        R"({"success":true,"data":{"accessToken":"a","refreshToken":"r","expirationToken":4102444800,)"
                        R"("expirationRefreshToken":4102444800}})";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                                  "Content-Length: " +
                                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QSslServer m_server;
};

} // namespace

class TestConnectionInfo final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(QSslSocket::supportsSsl());
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost/O=Migo Test CA"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost"),
                       QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                       m_dir.filePath(QStringLiteral("cert.pem"))});
        QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0, openssl.readAllStandardError().constData());
        m_certificate = QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("cert.pem"))).value(0);
        QFile keyFile(m_dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        m_key = QSslKey(&keyFile, QSsl::Rsa);
        QVERIFY(!m_certificate.isNull() && !m_key.isNull());
        // Trusted the way a CA deployed by IT is: in the default configuration every connection starts from.
        QSslConfiguration trusted = QSslConfiguration::defaultConfiguration();
        trusted.addCaCertificate(m_certificate);
        QSslConfiguration::setDefaultConfiguration(trusted);
    }

    void theConnectionPanelShowsTheTlsOfTheLastAnswer() {
        // The answer's app token lives until 2100: its renewal must still be scheduled (QTimer takes an int).
        QTest::failOnWarning(QRegularExpression(QStringLiteral("negative intervals")));
        TlsEnvelopeServer server;
        QVERIFY(server.start(m_certificate, m_key));
        QNetworkAccessManager network;
        api::CmsClient client(&network);
        api::ClientConfig config;
        config.baseUrl = QUrl(QStringLiteral("https://localhost:%1/cms/rest").arg(server.port()));
        client.setConfig(config);

        api::ConnectionInfo before = client.connectionInfo();
        QCOMPARE(before.server, config.baseUrl);
        QVERIFY(!before.answered); // nothing seen yet: the panel says "not known yet", not "not encrypted"
        QVERIFY(!before.security.encrypted);
        QVERIFY(before.proxy.isEmpty());

        test::Waiter<api::AppSession> login;
        client.appLogin(QStringLiteral("migo-sandbox"), nullptr, login.callback());
        QTRY_VERIFY_WITH_TIMEOUT(login.done(), kLimitMs);
        QVERIFY2(login.result->ok(), login.result->ok() ? "" : qPrintable(login.result->error().technicalDetail));

        const api::ConnectionInfo info = client.connectionInfo();
        QVERIFY(info.answered);
        QVERIFY(info.security.encrypted);
        QVERIFY2(info.security.protocol == u"TLS 1.3" || info.security.protocol == u"TLS 1.2",
                 qPrintable(info.security.protocol));
        QVERIFY(!info.security.cipher.isEmpty());
        QCOMPARE(info.security.subject, QStringLiteral("localhost"));
        QCOMPARE(info.security.issuer, QStringLiteral("localhost")); // self-signed
        QCOMPARE(info.security.notAfter, m_certificate.expiryDate().toUTC());
        const QByteArray digest = m_certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
        QCOMPARE(info.security.sha256Fingerprint.size(), 32 * 3 - 1); // 32 hex pairs joined by ":"
        QCOMPARE(QString(info.security.sha256Fingerprint).remove(QLatin1Char(':')), QString::fromLatin1(digest));

        // Another server: what was seen of this one says nothing of it.
        config.baseUrl = QUrl(QStringLiteral("https://cms.elsewhere.test/cms/rest"));
        client.setConfig(config);
        QVERIFY(!client.connectionInfo().answered);
        QVERIFY(!client.connectionInfo().security.encrypted);
    }

private:
    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

QTEST_GUILESS_MAIN(TestConnectionInfo)
#include "tst_connectioninfo.moc"
