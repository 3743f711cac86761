// Bulk uploads (contract §18, issue 17): a 5,000-row workbook with 50 invalid rows completes, its frames arrive while
// the job runs, every row is reported once (also across a resumed stream), created cardholders are found by search,
// CSV / .xls / oversized files are refused, and the permission and the OTP of purpose bulk_upload apply.
#include "SandboxHarness.h"
#include "TestWorkbook.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>
#include <QTimer>

namespace {

const QString kUpload = QStringLiteral("/app/partners/1/cardholders/upload");

/// A multipart/form-data body with one file `field` and optional plain fields (built by hand: a raw-HTTP test).
QPair<QByteArray, QByteArray> multipart(const QByteArray& field, const QByteArray& fileName, const QByteArray& bytes,
                                        const QList<QPair<QByteArray, QByteArray>>& fields = {}) {
    const QByteArray boundary = "----migo-test-7f3a9c";
    QByteArray body;
    for (const auto& [name, value] : fields) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName +
            "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + bytes + "\r\n--" + boundary + "--\r\n";
    return {"multipart/form-data; boundary=" + boundary, body};
}

HttpAnswer upload(SandboxClient& client, const QByteArray& bytes, const QByteArray& fileName = "altas.xlsx",
                  const QList<QPair<QByteArray, QByteArray>>& fields = {}, const QString& path = kUpload,
                  const QByteArray& field = "users") {
    const auto [type, body] = multipart(field, fileName, bytes, fields);
    return client.send("POST", path, body, {{"Content-Type", type}});
}

/// Reads one progress stream as it arrives: frames with their `id:` and JSON.
class StreamReader final {
public:
    struct Frame {
        int id = 0;
        QByteArray data;
        QJsonObject json;
    };

    StreamReader(SandboxClient& client, const QString& batchId, const QByteArray& lastEventId = {}) {
        QNetworkRequest request =
            client.request(QStringLiteral("/app/partners/1/cardholders/batch/%1/progress").arg(batchId));
        request.setRawHeader("Accept", "text/event-stream");
        if (!lastEventId.isEmpty()) {
            request.setRawHeader("Last-Event-ID", lastEventId);
        }
        m_reply = client.network().get(request);
        QObject::connect(m_reply, &QNetworkReply::readyRead, m_reply, [this] { parse(); });
        QObject::connect(m_reply, &QNetworkReply::finished, m_reply, [this] { m_finished = true; });
    }
    ~StreamReader() {
        if (m_reply) {
            m_reply->abort();
            m_reply->deleteLater();
        }
    }

    /// Processes events until `done()` or `timeoutMs`; false on timeout.
    bool waitFor(const std::function<bool()>& done, int timeoutMs = 60000) { return QTest::qWaitFor(done, timeoutMs); }
    void abort() { m_reply->abort(); }

    QList<Frame> frames;
    bool finished() const { return m_finished; }
    QNetworkReply* reply() const { return m_reply; }
    std::function<void(const Frame&)> onFrame;

private:
    void parse() {
        m_buffer += m_reply->readAll();
        qsizetype end = 0;
        while ((end = m_buffer.indexOf("\n\n")) >= 0) {
            const QByteArray block = m_buffer.left(end);
            m_buffer.remove(0, end + 2);
            Frame frame;
            for (const QByteArray& line : block.split('\n')) {
                if (line.startsWith("id: ")) {
                    frame.id = line.mid(4).toInt();
                } else if (line.startsWith("data: ")) {
                    frame.data = line.mid(6);
                }
            }
            if (frame.data.isEmpty()) {
                continue; // a comment (keep-alive)
            }
            frame.json = QJsonDocument::fromJson(frame.data).object();
            frames << frame;
            if (onFrame) {
                onFrame(frame);
            }
        }
    }

    QNetworkReply* m_reply = nullptr;
    QByteArray m_buffer;
    bool m_finished = false;
};

bool isFinal(const StreamReader::Frame& frame) {
    const QString status = frame.json.value(QStringLiteral("status")).toString();
    return status == QStringLiteral("completed") || status == QStringLiteral("failed");
}

/// Every row the frames report, as "row/column" for errors and "row" for created rows; duplicates are counted.
struct Reported {
    QSet<QString> refusals;
    QSet<int> refusedRows;
    QSet<int> createdRows;
    int duplicates = 0;
    void add(const QJsonObject& frame) {
        for (const QJsonValue& error : frame.value(QStringLiteral("errors")).toArray()) {
            const QJsonObject item = error.toObject();
            const QString key = QStringLiteral("%1/%2")
                                    .arg(item.value(QStringLiteral("row")).toInt())
                                    .arg(item.value(QStringLiteral("column")).toString());
            duplicates += refusals.contains(key) ? 1 : 0;
            refusals << key;
            refusedRows << item.value(QStringLiteral("row")).toInt();
        }
        for (const QJsonValue& created : frame.value(QStringLiteral("createdRows")).toArray()) {
            const int row = created.toObject().value(QStringLiteral("row")).toInt();
            duplicates += createdRows.contains(row) ? 1 : 0;
            createdRows << row;
        }
    }
};

} // namespace

class SandboxBulkUploadTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        // 5,100 unassigned cards for the rows; a pause after each chunk so that the job runs long enough to watch.
        QVERIFY2(m_sandbox.start(30, {QStringLiteral("--demo-pool"), QStringLiteral("6200"),
                                      QStringLiteral("--bulk-chunk-delay"), QStringLiteral("40")}),
                 m_sandbox.errorOutput().constData());
        m_agent = std::make_unique<SandboxClient>(m_sandbox.baseUrl());
        QVERIFY(m_agent->login(QStringLiteral("agent@migo.test"), QStringLiteral("Agent#2026")));
        const HttpAnswer cards = m_agent->send("GET", QStringLiteral("/app/partners/1/cards?assigned=false"));
        QCOMPARE(cards.status, 200);
        for (const QJsonValue& card : cards.data().toArray()) {
            m_freeCards << card.toObject().value(QStringLiteral("cardId")).toInteger();
        }
        QVERIFY(m_freeCards.size() >= 6200);
    }

    void fiveThousandRowsCompleteWithFramesWhileRunning() {
        const testwb::CardholderSheet sheet =
            testwb::cardholderSheet(5000, 50, m_freeCards.mid(0, 5000), QStringLiteral("lote1"));
        const QByteArray bytes = testwb::xlsx(sheet.rows);
        QVERIFY(!bytes.isEmpty());
        const HttpAnswer answer = upload(*m_agent, bytes);
        QVERIFY2(answer.status == 200, answer.body.constData());
        const QString batchId = answer.data().toObject().value(QStringLiteral("id")).toString();
        QVERIFY(batchId.startsWith(QStringLiteral("bat_")));
        m_batchId = batchId;

        StreamReader stream(*m_agent, batchId);
        bool sawRunningFrame = false;
        QString statusDuringFrame;
        int pageStatusDuringRun = 0;
        stream.onFrame = [&](const StreamReader::Frame& frame) {
            const int processed = frame.json.value(QStringLiteral("processed")).toInt();
            if (!sawRunningFrame && processed > 0 && processed < 5000) {
                sawRunningFrame = true;
                // The job is still running when this frame arrives: the frames are live, not a replay.
                statusDuringFrame = m_agent
                                        ->send("GET", QStringLiteral("/app/partners/1/cardholders/batch/") + batchId +
                                                          QStringLiteral("/result"))
                                        .data()
                                        .toObject()
                                        .value(QStringLiteral("status"))
                                        .toString();
                // Other requests are answered meanwhile.
                pageStatusDuringRun =
                    m_agent->send("GET", QStringLiteral("/app/partners/1/cardholders?limit=50")).status;
            }
        };
        QVERIFY(stream.waitFor([&] { return stream.finished(); }, 120000));
        QCOMPARE(stream.reply()->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(stream.reply()
                    ->header(QNetworkRequest::ContentTypeHeader)
                    .toString()
                    .startsWith(QStringLiteral("text/event-stream")));
        QVERIFY(sawRunningFrame);
        QCOMPARE(statusDuringFrame, QStringLiteral("running"));
        QCOMPARE(pageStatusDuringRun, 200);

        QVERIFY(stream.frames.size() >= 26); // the sheet read, then 25 chunks of 200
        Reported reported;
        for (int index = 0; index < stream.frames.size(); ++index) {
            const StreamReader::Frame& frame = stream.frames[index];
            QCOMPARE(frame.id, index + 1);
            QCOMPARE(frame.json.value(QStringLiteral("seq")).toInt(), index + 1);
            QVERIFY(frame.data.startsWith(QByteArray("{\"batchId\":\"" + batchId.toLatin1() + "\"")));
            QCOMPARE(frame.json.value(QStringLiteral("total")).toInt(), 5000);
            reported.add(frame.json);
        }
        m_firstFrames = stream.frames;
        const QJsonObject last = stream.frames.constLast().json;
        QCOMPARE(last.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(last.value(QStringLiteral("processed")).toInt(), 5000);
        QCOMPARE(last.value(QStringLiteral("created")).toInt(), 4950);
        QCOMPARE(last.value(QStringLiteral("refused")).toInt(), 50);
        QCOMPARE(reported.duplicates, 0);
        QCOMPARE(reported.createdRows.size(), 4950);
        QSet<QString> expected;
        for (const testwb::Refusal& refusal : sheet.refusals) {
            expected << QStringLiteral("%1/%2").arg(refusal.row).arg(refusal.column);
        }
        QCOMPARE(expected.size(), 50);
        QCOMPARE(reported.refusals, expected);

        // Found by search at once, as after a single create.
        const HttpAnswer found =
            m_agent->send("GET", QStringLiteral("/app/partners/1/cardholders?limit=1&searchText=") + sheet.searchText);
        QCOMPARE(found.data().toObject().value(QStringLiteral("total")).toInt(), 4950);
        // The result is kept for later reads.
        const QJsonObject result = m_agent
                                       ->send("GET", QStringLiteral("/app/partners/1/cardholders/batch/") + batchId +
                                                         QStringLiteral("/result"))
                                       .data()
                                       .toObject();
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(result.value(QStringLiteral("errors")).toArray().size(), 50);
        QCOMPARE(result.value(QStringLiteral("createdRows")).toArray().size(), 4950);
        // The created rows hold their cards.
        QCOMPARE(m_agent->send("GET", QStringLiteral("/app/partners/1/cards?assigned=false")).data().toArray().size(),
                 m_freeCards.size() - 4950);
    }

    void lastEventIdResumesAfterThatFrame() {
        QVERIFY(!m_batchId.isEmpty());
        StreamReader resumed(*m_agent, m_batchId, "3");
        QVERIFY(resumed.waitFor([&] { return resumed.finished(); }));
        QCOMPARE(resumed.frames.size(), m_firstFrames.size() - 3);
        for (int index = 0; index < resumed.frames.size(); ++index) {
            QCOMPARE(resumed.frames[index].id, index + 4);
            QCOMPARE(resumed.frames[index].data, m_firstFrames[index + 3].data); // replayed exactly
        }
        StreamReader ended(*m_agent, m_batchId, QByteArray::number(m_firstFrames.size()));
        QVERIFY(ended.waitFor([&] { return ended.finished(); }));
        QVERIFY(ended.frames.isEmpty());
    }

    void droppedStreamResumesWithoutDuplicateOrMissingRows() {
        const testwb::CardholderSheet sheet =
            testwb::cardholderSheet(1000, 10, m_freeCards.mid(5000, 1000), QStringLiteral("lote2"), 5000);
        const HttpAnswer answer = upload(*m_agent, testwb::xlsx(sheet.rows));
        QVERIFY2(answer.status == 200, answer.body.constData());
        const QString batchId = answer.data().toObject().value(QStringLiteral("id")).toString();
        Reported reported;
        int lastId = 0;
        {
            StreamReader first(*m_agent, batchId);
            QVERIFY(first.waitFor([&] { return first.frames.size() >= 2 || first.finished(); }));
            QVERIFY(!first.finished());
            for (const StreamReader::Frame& frame : first.frames) {
                reported.add(frame.json);
                lastId = frame.id;
            }
            first.abort(); // the line drops mid-run
        }
        StreamReader second(*m_agent, batchId, QByteArray::number(lastId));
        QVERIFY(second.waitFor([&] { return second.finished(); }));
        QVERIFY(!second.frames.isEmpty());
        QCOMPARE(second.frames.first().id, lastId + 1);
        for (const StreamReader::Frame& frame : second.frames) {
            reported.add(frame.json);
        }
        QVERIFY(isFinal(second.frames.constLast()));
        QCOMPARE(reported.duplicates, 0);
        QCOMPARE(reported.createdRows.size() + reported.refusedRows.size(), 1000);
        QCOMPARE(reported.refusedRows.size(), 10);
    }

    void onlyExcelWorkbooksAreAccepted() {
        const HttpAnswer csv = upload(*m_agent, "name,lastName\nAna,López\n", "altas.xlsx");
        QCOMPARE(csv.status, 400);
        QCOMPARE(csv.errorCode(), QStringLiteral("7000"));
        const QJsonObject error = csv.json.value(QStringLiteral("errors")).toArray().at(0).toObject();
        QCOMPARE(error.value(QStringLiteral("field")).toString(), QStringLiteral("users"));
        QVERIFY(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("CSV")));
        // A zip that is not a workbook, and the old binary format.
        QCOMPARE(upload(*m_agent, QByteArray("PK\x03\x04", 4) + QByteArray(100, 'x')).status, 400);
        const HttpAnswer xls = upload(*m_agent, QByteArray::fromHex("D0CF11E0A1B11AE1") + QByteArray(512, '\0'));
        QCOMPARE(xls.status, 400);
        QVERIFY(xls.body.contains("save it as .xlsx"));
        // No file at all.
        QCOMPARE(upload(*m_agent, testwb::xlsx({{QStringLiteral("name")}}), "a.xlsx", {}, kUpload, "other").status,
                 400);
    }

    void sixteenMebibytesAndOneByteIsTooLarge() {
        QByteArray big(16 * 1024 * 1024 + 1, 'a');
        const HttpAnswer over = upload(*m_agent, big);
        QCOMPARE(over.status, 413);
        QCOMPARE(over.errorCode(), QStringLiteral("PAYLOAD_TOO_LARGE"));
        big.chop(1); // exactly 16 MiB passes the size check and meets the content check
        QCOMPARE(upload(*m_agent, big).status, 400);
    }

    void permissionAndStepUp() {
        SandboxClient support(m_sandbox.baseUrl());
        QVERIFY(support.login(QStringLiteral("support@migo.test"), QStringLiteral("Support#2026")));
        const QByteArray bytes = testwb::xlsx({testwb::cardholderColumns()});
        QCOMPARE(upload(support, bytes).errorCode(), QStringLiteral("PERMISSION_DENIED"));

        SandboxClient supervisor(m_sandbox.baseUrl());
        const QString email = QStringLiteral("supervisor@migo.test");
        QVERIFY(supervisor.login(email, QStringLiteral("Supervisor#2026")));
        QCOMPARE(upload(supervisor, bytes).errorCode(), QStringLiteral("OTP_REQUIRED"));
        QCOMPARE(supervisor
                     .send("POST", QStringLiteral("/app/users/auth/otp"),
                           QJsonObject{{QStringLiteral("email"), email},
                                       {QStringLiteral("purpose"), QStringLiteral("bulk_upload")}})
                     .status,
                 200);
        const QByteArray code = m_sandbox.lastOtp(email).toLatin1();
        const HttpAnswer accepted = upload(supervisor, bytes, "altas.xlsx", {{"otp", code}});
        QVERIFY2(accepted.status == 200, accepted.body.constData());
        // No window: the next upload needs its code again (contract §18).
        QCOMPARE(upload(supervisor, bytes).errorCode(), QStringLiteral("OTP_REQUIRED"));
    }

    void cardUploadGivesCardsToOnboardedPeople() {
        const QList<qint64> cards = m_freeCards.mid(6000, 2);
        const QList<QStringList> rows = {{QStringLiteral("documentNumber"), QStringLiteral("cardId")},
                                         {testwb::validCui(0), QString::number(cards[0])},
                                         {QStringLiteral("1234567890123"), QString::number(cards[1])},
                                         {testwb::validCui(1), QString::number(cards[0])}};
        const HttpAnswer answer = upload(*m_agent, testwb::xlsx(rows), "tarjetas.xlsx", {},
                                         QStringLiteral("/app/partners/1/cards/upload"), "cards");
        QVERIFY2(answer.status == 200, answer.body.constData());
        QCOMPARE(answer.data().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("cards"));
        StreamReader stream(*m_agent, answer.data().toObject().value(QStringLiteral("id")).toString());
        QVERIFY(stream.waitFor([&] { return stream.finished(); }));
        QVERIFY(!stream.frames.isEmpty());
        const QJsonObject last = stream.frames.constLast().json;
        QCOMPARE(last.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(last.value(QStringLiteral("created")).toInt(), 1);
        QCOMPARE(last.value(QStringLiteral("refused")).toInt(), 2);
        Reported reported;
        for (const StreamReader::Frame& frame : stream.frames) {
            reported.add(frame.json);
        }
        QCOMPARE(reported.refusals, (QSet<QString>{QStringLiteral("3/documentNumber"), QStringLiteral("4/cardId")}));
    }

    void anotherPartnersBatchIsNotFound() {
        SandboxClient other(m_sandbox.baseUrl());
        QVERIFY(other.login(QStringLiteral("lead@migo.test"), QStringLiteral("Lead#2026")));
        QCOMPARE(other
                     .send("GET",
                           QStringLiteral("/app/partners/2/cardholders/batch/") + m_batchId + QStringLiteral("/result"))
                     .status,
                 404);
        QCOMPARE(m_agent->send("GET", QStringLiteral("/app/partners/1/cardholders/batch/bat_999999/result")).status,
                 404);
    }

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxClient> m_agent;
    QList<qint64> m_freeCards;
    QString m_batchId;
    QList<StreamReader::Frame> m_firstFrames;
};

QTEST_GUILESS_MAIN(SandboxBulkUploadTest)
#include "tst_sandbox_bulkupload.moc"
