// What reaches the wire when the network misbehaves (issue 15, contract §11): a state-changing request is sent once
// even when the server closes the connection after reading it (Qt 6.4 would send it again on its own), and a
// redirect is never followed: it never takes the tokens or the body to another origin.
#include "ClientFixture.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace migo;
using namespace migo::test;

namespace {

/// A change of the address only.
api::CardholderChanges addressChange(const QString& address) {
    api::CardholderChanges changes;
    changes.address = address;
    return changes;
}

/// A loopback HTTP/1.1 server that reads whole requests (headers, then Content-Length bytes of body) and answers
/// each with `answer`, or, when `answer` is empty, closes the connection without a word: a server that crashed
/// (or a proxy that dropped the line) after the request arrived.
class RawServer final : public QObject {
public:
    QByteArray answer;
    qint64 streamBytes = 0;     ///< after `answer` (headers only), this many body bytes, written as the client reads
    QList<QByteArray> requests; ///< request line and headers of each complete request
    QList<QByteArray> bodies;

    RawServer() {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    while (takeRequest(*buffer)) {
                        if (answer.isEmpty()) {
                            socket->abort(); // after the body: the client cannot know whether it was done
                            return;
                        }
                        socket->write(answer);
                        if (streamBytes > 0)
                            stream(socket);
                    }
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/cms/rest").arg(m_server.serverPort())); }
    quint16 port() const { return m_server.serverPort(); }

private:
    /// Writes `streamBytes` of filler 64 KiB at a time, only as the socket drains: the server's own memory stays flat.
    void stream(QTcpSocket* socket) {
        auto left = std::make_shared<qint64>(streamBytes);
        const auto more = [socket, left] {
            static const QByteArray chunk(64 * 1024, 'x');
            while (*left > 0 && socket->bytesToWrite() < 4 * chunk.size()) {
                const qint64 size = std::min<qint64>(*left, chunk.size());
                socket->write(chunk.constData(), size);
                *left -= size;
            }
            if (*left == 0)
                socket->disconnectFromHost(); // the end of a body without Content-Length
        };
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, more);
        more();
    }

    bool takeRequest(QByteArray& buffer) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return false;
        const QByteArray head = buffer.left(headerEnd);
        qsizetype length = 0;
        for (const QByteArray& line : head.split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return false;
        requests << head;
        bodies << buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        return true;
    }

    QTcpServer m_server;
};

/// Resident memory of this process in bytes (Linux /proc), 0 when unknown.
qint64 residentBytes() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong() * 1024;
    return 0;
}

/// A client on a real network stack, signed in with known tokens, pointed at `baseUrl`.
struct WireClient {
    QNetworkAccessManager network;
    api::CmsClient client{&network};

    explicit WireClient(const QUrl& baseUrl) {
        api::ClientConfig config;
        config.baseUrl = baseUrl;
        config.partnerId = 7;
        config.transferTimeout = std::chrono::milliseconds(5000);
        client.setConfig(config);
        client.setAppTokens({QStringLiteral("app-access"), QStringLiteral("app-refresh")});
        client.setOperatorTokens({QStringLiteral("op-access-1"), QStringLiteral("op-refresh-1")});
    }
};

api::Money money(const char* text) {
    return *api::Money::parse(QString::fromLatin1(text));
}

} // namespace

class TestWireSafety : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aDroppedConnectionNeverSendsAWriteTwice_data() {
        QTest::addColumn<QString>("which");
        QTest::newRow("add funds (POST with a body)") << QStringLiteral("add");
        QTest::newRow("block (PATCH without a body)") << QStringLiteral("block");
        QTest::newRow("edit a cardholder (PATCH with a body)") << QStringLiteral("edit");
        QTest::newRow("refresh (a single-use token)") << QStringLiteral("refresh");
    }
    void aDroppedConnectionNeverSendsAWriteTwice() {
        QFETCH(QString, which);
        RawServer server; // closes every connection once it has read the request
        WireClient wire(server.baseUrl());
        std::optional<api::ApiError> error;
        bool answered = false;
        const auto failed = [&](const auto& result) {
            answered = true;
            if (!result.ok())
                error = result.error();
        };
        if (which == u"add")
            wire.client.addFunds(5, api::FundsRequest{10, money("20"), QString(), QString()}, nullptr,
                                 [&](const api::Result<api::FundsResult>& r) { failed(r); });
        else if (which == u"edit")
            wire.client.updateCardholder(5, addressChange(QStringLiteral("Zona 10")), nullptr,
                                         [&](const api::Result<api::Cardholder>& r) { failed(r); });
        else if (which == u"block")
            wire.client.changeCardState(5, 10, api::CardAction::Block, QString(), nullptr,
                                        [&](const api::Result<api::Card>& r) { failed(r); });
        else
            wire.client.refreshOperatorSession(nullptr, [&](const api::Result<api::TokenPair>& r) { failed(r); });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QTest::qWait(300); // absence check: a second send would have arrived by now
        QCOMPARE(server.requests.size(), 1);
        QVERIFY(error);
        // A write whose answer was lost may have been done: never "not done" (contract §13).
        const api::ErrorKind expected = which == u"refresh" ? api::ErrorKind::Network : api::ErrorKind::OutcomeUnknown;
        QVERIFY2(error->kind == expected, qPrintable(error->technicalDetail));
        if (which == u"add")
            QVERIFY(server.bodies.constFirst().contains("\"amount\":20"));
    }

    void aRedirectToAnotherOriginIsNeverFollowed_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("which");
        for (const int status : {302, 307, 308}) {
            QTest::addRow("%d read", status) << status << QStringLiteral("read");
            QTest::addRow("%d add funds", status) << status << QStringLiteral("add");
        }
    }
    void aRedirectToAnotherOriginIsNeverFollowed() {
        QFETCH(int, status);
        QFETCH(QString, which);
        RawServer elsewhere; // another host name and port: where a hijacked or misconfigured server points
        elsewhere.answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n[]";
        RawServer server;
        server.answer = QStringLiteral("HTTP/1.1 %1 Moved\r\nLocation: http://localhost:%2/cms/rest/steal\r\n"
                                       "Content-Length: 0\r\n\r\n")
                            .arg(status)
                            .arg(elsewhere.port())
                            .toLatin1();
        WireClient wire(server.baseUrl());
        std::optional<api::ApiError> error;
        bool answered = false;
        if (which == u"read") {
            wire.client.listAssociations(5, nullptr, [&](const api::Result<QList<api::Association>>& r) {
                answered = true;
                if (!r.ok())
                    error = r.error();
            });
        } else {
            wire.client.addFunds(5, api::FundsRequest{10, money("20"), QString(), QString()}, nullptr,
                                 [&](const api::Result<api::FundsResult>& r) {
                                     answered = true;
                                     if (!r.ok())
                                         error = r.error();
                                 });
        }
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QTest::qWait(200); // absence check: a followed redirect would have arrived by now
        QCOMPARE(server.requests.size(), 1);
        QVERIFY2(elsewhere.requests.isEmpty(), elsewhere.requests.value(0).constData()); // no token, no body there
        QVERIFY(error);
        QVERIFY2(error->userMessage.contains(u"localhost"), qPrintable(error->userMessage));
        QCOMPARE(error->kind, which == u"read" ? api::ErrorKind::InsecureUrl : api::ErrorKind::OutcomeUnknown);
    }

    void noRedirectIsFollowedEvenWithinTheOrigin() {
        // The API has no redirects: one within the same server is not followed either, and says so.
        RawServer server;
        WireClient wire(server.baseUrl());
        server.answer =
            QStringLiteral("HTTP/1.1 302 Found\r\nLocation: /cms/rest/moved\r\nContent-Length: 0\r\n\r\n").toLatin1();
        std::optional<api::Result<QList<api::Association>>> result;
        wire.client.listAssociations(5, nullptr, [&](const api::Result<QList<api::Association>>& r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QTest::qWait(200);
        QCOMPARE(server.requests.size(), 1);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, api::ErrorKind::InsecureUrl);
        QVERIFY2(result->error().userMessage.contains(u"127.0.0.1"), qPrintable(result->error().userMessage));
    }

    void anAnswerAboveTheCeilingIsNotRead_data() {
        QTest::addColumn<bool>("announced");
        QTest::newRow("Content-Length above the ceiling") << true;
        QTest::newRow("no Content-Length, 200 MB streamed") << false;
    }
    void anAnswerAboveTheCeilingIsNotRead() {
        QFETCH(bool, announced);
        RawServer server;
        constexpr qint64 body = 200LL << 20;
        server.answer = announced
                            ? QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ") +
                                  QByteArray::number(body) + "\r\n\r\n"
                            : QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                         "Connection: close\r\n\r\n");
        server.streamBytes = body;
        WireClient wire(server.baseUrl());
        api::ClientConfig config = wire.client.config();
        config.maxAnswerBytes = 8LL << 20;
        wire.client.setConfig(config);
        const qint64 before = residentBytes();
        std::optional<api::Result<QList<api::Card>>> result;
        wire.client.listPartnerCards(nullptr, [&](const api::Result<QList<api::Card>>& r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
        QVERIFY(!result->ok());
        QVERIFY2(result->error().userMessage.contains(u"larger than"), qPrintable(result->error().userMessage));
        QCOMPARE(server.requests.size(), 1); // not asked again: the same answer would come
        // Memory stays near the ceiling, nowhere near the 200 MB on offer.
        QVERIFY2(residentBytes() - before < (48LL << 20),
                 qPrintable(QStringLiteral("grew by %1 bytes").arg(residentBytes() - before)));
    }

    void aReportAboveTheCeilingLeavesNoFile_data() {
        QTest::addColumn<bool>("announced");
        QTest::newRow("Content-Length above the ceiling") << true;
        QTest::newRow("no Content-Length") << false;
    }
    void aReportAboveTheCeilingLeavesNoFile() {
        QFETCH(bool, announced);
        RawServer server;
        constexpr qint64 body = 20LL << 20;
        server.answer = QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n") +
                        (announced ? "Content-Length: " + QByteArray::number(body + 5) + "\r\n\r\n%PDF-"
                                   : QByteArray("Connection: close\r\n\r\n%PDF-"));
        server.streamBytes = body;
        WireClient wire(server.baseUrl());
        api::ClientConfig config = wire.client.config();
        config.maxReportBytes = 4LL << 20;
        wire.client.setConfig(config);
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("report.pdf"));
        std::optional<api::Result<api::DownloadedFile>> result;
        wire.client.downloadMovementReport(5, 10, QDate(2026, 1, 1), QDate(2026, 1, 31), path, nullptr, {},
                                           [&](const api::Result<api::DownloadedFile>& r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
        QVERIFY(!result->ok());
        QVERIFY2(result->error().userMessage.contains(u"larger than"), qPrintable(result->error().userMessage));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).size(), 0); // no half-written file either
    }
};

QTEST_GUILESS_MAIN(TestWireSafety)
#include "tst_wiresafety.moc"
