// Issue 15 (contract §15): list items carry only the list columns, oversized bodies are refused from their head,
// report totals cannot overflow, and a long report does not stall other requests.
#include "SandboxHarness.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>

namespace {

const QString kAgent = QStringLiteral("agent@migo.test");

/// Runs pdftotext on `pdf` (saved in `dir`) and returns its text.
QString pdfText(const QByteArray& pdf, const QTemporaryDir& dir, const QString& name) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    file.write(pdf);
    file.close();
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// The head of a raw request to `path` of the sandbox at `baseUrl`, without the blank line that ends it.
QByteArray requestHead(const QByteArray& method, const QString& baseUrl, const QString& path) {
    const QUrl url(baseUrl);
    return method + ' ' + url.path().toLatin1() + path.toLatin1() + " HTTP/1.1\r\nHost: " + url.host().toLatin1() +
           ':' + QByteArray::number(url.port()) + "\r\nContent-Type: application/json\r\n";
}

} // namespace

class SandboxLimitsTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY2(m_sandbox.start(20), m_sandbox.errorOutput().constData());
        m_agent = std::make_unique<SandboxClient>(m_sandbox.baseUrl());
        QVERIFY(m_agent->login(kAgent, QStringLiteral("Agent#2026")));
        QVERIFY(m_dir.isValid());
    }

    void listItemsCarryOnlyTheListColumns() {
        const HttpAnswer page = m_agent->send("GET", QStringLiteral("/app/partners/1/cardholders?limit=5"));
        QCOMPARE(page.status, 200);
        const QJsonArray items = page.data().toObject().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 5);
        QStringList expected{QStringLiteral("cardholderId"),   QStringLiteral("name"),
                             QStringLiteral("lastName"),       QStringLiteral("email"),
                             QStringLiteral("phoneNumber"),    QStringLiteral("documentType"),
                             QStringLiteral("documentNumber"), QStringLiteral("createdAt")};
        expected.sort();
        for (const QJsonValue& item : items) {
            QStringList keys = item.toObject().keys();
            keys.sort();
            QCOMPARE(keys, expected);
        }
        // The rest of the profile stays behind the (OTP-guarded) detail.
        const qint64 id = items.at(0).toObject().value(QStringLiteral("cardholderId")).toInteger();
        const HttpAnswer detail =
            m_agent->send("POST", QStringLiteral("/app/partners/1/cardholders/") + QString::number(id), QByteArray());
        QCOMPARE(detail.status, 200);
        const QJsonObject profile = detail.data().toObject();
        for (const char* field : {"address", "countryOfBirth", "dateOfBirth", "maritalStatus", "gender"}) {
            QVERIFY2(profile.value(QLatin1String(field)).isString(), field);
        }
        QCOMPARE(profile.value(QStringLiteral("email")), items.at(0).toObject().value(QStringLiteral("email")));
    }

    void declaredOversizedBodyIsRefusedBeforeItArrives() {
        RawConnection connection;
        QVERIFY(connection.open(m_sandbox.baseUrl()));
        // 100 MiB announced, a few bytes sent: the answer must come from the head alone.
        QVERIFY(
            connection.write(requestHead("POST", m_sandbox.baseUrl(), QStringLiteral("/app/partners/1/cardholders")) +
                             "Content-Length: 104857600\r\n\r\n{\"name\":\""));
        const HttpAnswer answer = connection.readAnswer(5000);
        QCOMPARE(answer.status, 413);
        QVERIFY(answer.isValidEnvelope());
        QCOMPARE(answer.errorCode(), QStringLiteral("PAYLOAD_TOO_LARGE"));
        QCOMPARE(answer.header("Connection").toLower(), QByteArray("close"));
        QVERIFY(connection.waitForClose(10000));
        // The server is still well.
        QCOMPARE(m_agent->send("GET", QStringLiteral("/app/partners/1/cardholders?limit=1")).status, 200);
    }

    void uploadsTakeTheLimitOfTheirFile() {
        // Contract §17, §18: an evidence file up to 10 MiB and a workbook up to 16 MiB, each with room for the
        // multipart framing; every other body keeps 1 MiB. Each refusal comes from the head alone.
        const qint64 framing = 256 * 1024;
        struct Case {
            QByteArray method;
            QString path;
            qint64 limit;
            QByteArray named;
        };
        const Case cases[] = {
            {"POST", QStringLiteral("/app/partners/1/process-request"), 10 * 1024 * 1024 + framing, "10 MiB"},
            {"POST", QStringLiteral("/app/partners/1/cardholders/upload"), 16 * 1024 * 1024 + framing, "16 MiB"},
            {"POST", QStringLiteral("/app/partners/1/cards/upload"), 16 * 1024 * 1024 + framing, "16 MiB"},
            {"PATCH", QStringLiteral("/app/partners/1/cards/upload"), 1024 * 1024, "1 MiB"},
            {"POST", QStringLiteral("/app/partners/1/cardholders/upload/extra"), 1024 * 1024, "1 MiB"},
        };
        for (const Case& check : cases) {
            RawConnection connection;
            QVERIFY(connection.open(m_sandbox.baseUrl()));
            QVERIFY(connection.write(requestHead(check.method, m_sandbox.baseUrl(), check.path) +
                                     "Content-Length: " + QByteArray::number(check.limit + 1) + "\r\n\r\n--"));
            const HttpAnswer answer = connection.readAnswer(5000);
            QCOMPARE(answer.status, 413);
            QCOMPARE(answer.errorCode(), QStringLiteral("PAYLOAD_TOO_LARGE"));
            QVERIFY2(answer.json.value(QStringLiteral("message")).toString().contains(QLatin1String(check.named)),
                     qPrintable(check.path));
        }
        // Over 1 MiB but within its file's limit: read, and answered for what it holds, not for its size.
        RawConnection connection;
        QVERIFY(connection.open(m_sandbox.baseUrl()));
        const QByteArray body(3 * 1024 * 1024, 'x');
        QVERIFY(connection.write(
            requestHead("POST", m_sandbox.baseUrl(), QStringLiteral("/app/partners/1/cardholders/upload")) +
            "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body));
        const HttpAnswer answer = connection.readAnswer(10000);
        QVERIFY2(answer.status != 413 && answer.status != 0, QByteArray::number(answer.status).constData());
        QVERIFY(answer.isValidEnvelope());
    }

    void aLongCardListIsWrittenWhileItIsReadAndStopsWithItsClient() {
        // Issue 19: the partner's card list leaves while it is being read from the database. A client that reads
        // slowly holds the writer back (the sandbox keeps answering others meanwhile); one that leaves stops it.
        SandboxProcess big;
        QVERIFY2(big.start(20, {QStringLiteral("--demo-cards"), QStringLiteral("60000")}),
                 big.errorOutput().constData());
        SandboxClient agent(big.baseUrl());
        QVERIFY(agent.login(kAgent, QStringLiteral("Agent#2026")));
        const QByteArray request = requestHead("GET", big.baseUrl(), QStringLiteral("/app/partners/1/cards")) +
                                   "Authorization: Bearer " + agent.appToken.toLatin1() + "\r\nx-user-token: Bearer " +
                                   agent.operatorToken.toLatin1() + "\r\n\r\n";
        const QUrl url(big.baseUrl());
        // Ten clients that leave after the first bytes: each writer stops (more writers than its pool has threads).
        for (int client = 0; client < 10; ++client) {
            QTcpSocket leaving;
            leaving.connectToHost(url.host(), quint16(url.port()));
            QVERIFY(leaving.waitForConnected(5000));
            leaving.write(request);
            QVERIFY(leaving.waitForReadyRead(10000));
            leaving.abort();
        }
        // A slow reader: the head and the envelope's start come at once; the sandbox meanwhile answers others.
        QTcpSocket slow;
        slow.setReadBufferSize(64 * 1024);
        slow.connectToHost(url.host(), quint16(url.port()));
        QVERIFY(slow.waitForConnected(5000));
        slow.write(request);
        QByteArray received;
        while (!received.contains(R"("data":[{)") && slow.waitForReadyRead(10000)) {
            received += slow.read(4096);
        }
        QVERIFY2(received.startsWith("HTTP/1.1 200 OK\r\n"), received.left(300).constData());
        QVERIFY(received.contains("Content-Type: application/json"));
        // Contract §6: written as it is read, so no length is known ahead; the end of the body is the close.
        const QByteArray head = received.left(received.indexOf("\r\n\r\n")).toLower();
        QVERIFY(!head.contains("content-length"));
        QVERIFY(head.contains("connection: close"));
        QVERIFY(received.contains(QByteArray(QByteArray("\r\n\r\n") + R"({"success":true,"message":"ok","data":[{)")));
        QCOMPARE(agent.send("GET", QStringLiteral("/app/partners/1/cardholders?limit=1")).status, 200);
        // Read to the end: the whole list, every card once and in order, then the connection closes.
        QElapsedTimer clock;
        clock.start();
        while (slow.state() == QAbstractSocket::ConnectedState && clock.elapsed() < 120000) {
            if (slow.waitForReadyRead(1000) || slow.bytesAvailable() > 0)
                received += slow.readAll();
        }
        received += slow.readAll();
        const qsizetype bodyStart = received.indexOf("\r\n\r\n") + 4;
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(received.mid(bodyStart), &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        const QJsonArray cards = document.object().value(QStringLiteral("data")).toArray();
        QVERIFY(cards.size() > 60000);
        qint64 previous = 0;
        for (const QJsonValue& card : cards) {
            const qint64 id = card.toObject().value(QStringLiteral("cardId")).toInteger();
            QVERIFY(id > previous);
            previous = id;
        }
    }

    void chunkedOversizedBodyIsRefusedWhileItArrives() {
        RawConnection connection;
        QVERIFY(connection.open(m_sandbox.baseUrl()));
        QVERIFY(
            connection.write(requestHead("POST", m_sandbox.baseUrl(), QStringLiteral("/app/partners/1/cardholders")) +
                             "Transfer-Encoding: chunked\r\n\r\n"));
        const QByteArray chunk = "10000\r\n" + QByteArray(0x10000, 'a') + "\r\n";
        for (int index = 0; index < 24; ++index) { // 1.5 MiB, never finished with the 0-chunk
            if (!connection.write(chunk)) {
                break; // refused and closed while sending: the answer is already buffered
            }
        }
        const HttpAnswer answer = connection.readAnswer(5000);
        QCOMPARE(answer.status, 413);
        QVERIFY(answer.isValidEnvelope());
        QCOMPARE(answer.errorCode(), QStringLiteral("PAYLOAD_TOO_LARGE"));
    }

    void pipelinedAndKeptAliveRequestsAreStillServed() {
        RawConnection connection;
        QVERIFY(connection.open(m_sandbox.baseUrl()));
        const QByteArray auth = "Authorization: Bearer " + m_agent->appToken.toLatin1() + "\r\nx-user-token: Bearer " +
                                m_agent->operatorToken.toLatin1() + "\r\n";
        const QByteArray detail =
            requestHead("POST", m_sandbox.baseUrl(), QStringLiteral("/app/partners/1/cardholders/1")) + auth +
            "Content-Length: 2\r\n\r\n{}";
        const QByteArray list =
            requestHead("GET", m_sandbox.baseUrl(), QStringLiteral("/app/partners/1/cardholders?limit=2")) + auth +
            "\r\n";
        // Two requests in one write, then a third on the same connection once they are answered.
        QVERIFY(connection.write(detail + list));
        const HttpAnswer first = connection.readAnswer(5000);
        const HttpAnswer second = connection.readAnswer(5000);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.data().toObject().value(QStringLiteral("cardholderId")).toInt(), 1);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.data().toObject().value(QStringLiteral("items")).toArray().size(), 2);
        // A body just under the limit, announced by Content-Length and sent in pieces, is read and refused for
        // its content (not its size).
        const QByteArray large = "{\"name\":\"" + QByteArray(1000 * 1000, 'a') + "\"}";
        QVERIFY(connection.write(
            requestHead("POST", m_sandbox.baseUrl(), QStringLiteral("/app/partners/1/cardholders")) + auth +
            "Content-Length: " + QByteArray::number(large.size()) + "\r\n\r\n" + large.left(1000)));
        QTest::qWait(100);
        QVERIFY(connection.write(large.mid(1000)));
        const HttpAnswer third = connection.readAnswer(5000);
        QCOMPARE(third.status, 400);
        QCOMPARE(third.errorCode(), QStringLiteral("7000"));
    }

    void reportTotalsAreExactBeyondSixtyFourBits() {
        // Three credits of 400,000,000,000,000.0000 on card 2: their sum (1.2e19 units of 1/10000) does not fit in
        // a signed 64-bit integer.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("limits-test"));
            db.setDatabaseName(m_sandbox.databasePath());
            QVERIFY(db.open());
            QSqlQuery pragma(db);
            pragma.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
            QSqlQuery insert(db);
            QVERIFY(insert.prepare(QStringLiteral(
                "INSERT INTO movements(card_id, movement_type, type, description, amount_units, balance_after_units,"
                " channel, created_at) VALUES(2, 'credit', 'topUp', 'Funds added', ?, ?, 'webService', ?)")));
            const qint64 amount = 4'000'000'000'000'000'000LL;
            for (int day = 1; day <= 3; ++day) {
                insert.bindValue(0, amount);
                insert.bindValue(1, day == 3 ? amount : qint64(day) * 1000);
                insert.bindValue(2, QStringLiteral("2001-01-0%1T10:00:00+00:00").arg(day));
                QVERIFY(insert.exec());
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("limits-test"));
        const HttpAnswer answer = m_agent->send(
            "GET",
            QStringLiteral("/app/partners/1/cardholders/1/cards/2/movements/report?from=2001-01-01&to=2001-01-31"));
        QCOMPARE(answer.status, 200);
        const QString text = pdfText(answer.body, m_dir, QStringLiteral("huge.pdf"));
        QVERIFY2(text.contains(QStringLiteral("Total credits: +Q 1,200,000,000,000,000.00")),
                 qPrintable(text.right(400)));
        QVERIFY2(text.contains(QStringLiteral("Total debits: -Q 0.00")), qPrintable(text.right(400)));
        QVERIFY2(text.contains(QStringLiteral("Closing balance: Q 400,000,000,000,000.00")),
                 qPrintable(text.right(400)));
    }

    void pageAnswersWhileALongReportRenders() {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(20, {QStringLiteral("--long-history"), QStringLiteral("40000")}),
                 sandbox.errorOutput().constData());
        SandboxClient agent(sandbox.baseUrl());
        QVERIFY(agent.login(kAgent, QStringLiteral("Agent#2026")));

        QNetworkAccessManager reportNetwork;
        QNetworkAccessManager pageNetwork;
        QElapsedTimer clock;
        clock.start();
        qint64 reportDone = -1;
        qint64 pageDone = -1;
        int reportStatus = 0;
        int pageStatus = 0;
        QNetworkReply* report = reportNetwork.get(agent.request(
            QStringLiteral("/app/partners/1/cardholders/1/cards/1/movements/report?from=2000-01-01&to=") + todayUtc()));
        connect(report, &QNetworkReply::finished, this, [&] {
            reportDone = clock.elapsed();
            reportStatus = report->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        });
        QTest::qWait(300); // the report is being rendered now
        const qint64 pageSent = clock.elapsed();
        QNetworkReply* page = pageNetwork.get(agent.request(QStringLiteral("/app/partners/1/cardholders?limit=50")));
        connect(page, &QNetworkReply::finished, this, [&] {
            pageDone = clock.elapsed();
            pageStatus = page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        });
        QVERIFY(QTest::qWaitFor([&] { return reportDone >= 0 && pageDone >= 0; }, 120000));
        qInfo("page answered %lld ms after it was sent; the report took %lld ms", pageDone - pageSent, reportDone);
        QCOMPARE(reportStatus, 200);
        QCOMPARE(pageStatus, 200);
        QVERIFY(report->readAll().startsWith("%PDF"));
        QVERIFY2(pageDone < reportDone,
                 qPrintable(QStringLiteral("page at %1 ms, report at %2 ms").arg(pageDone).arg(reportDone)));
        report->deleteLater();
        page->deleteLater();
    }

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxClient> m_agent;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(SandboxLimitsTest)
#include "tst_sandbox_limits.moc"
