// Bulk onboarding from a workbook (contract §18; issue 17) without widgets: files refused before sending (CSV, .xls,
// over 16 MiB), the upload then the progress followed frame by frame, a dropped stream resumed once with
// Last-Event-ID without a duplicate or a missing row, a second drop ending Unknown with the kept result readable,
// a lost upload answer is Unknown, the OTP travels as a multipart field, the workbook check and the template, and
// the per-row results exported as CSV.
#include "BulkTemplate.h"
#include "BulkUpload.h"
#include "CoreFixture.h"
#include "TestWorkbook.h"
#include "UploadResultModel.h"
#include "Workbook.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace migo;
using namespace migo::test;
using core::BulkUpload;
using core::Outcome;

namespace {

bool isUpload(const FakeRequest& r) {
    return r.verb == "POST" && r.url.path().endsWith(u"/cardholders/upload");
}
bool isProgress(const FakeRequest& r) {
    return r.url.path().endsWith(u"/cardholders/batch/bat_9/progress");
}

QByteArray frame(int seq, const char* status, int processed, const QByteArray& errors, const QByteArray& created) {
    return "id: " + QByteArray::number(seq) +
           "\r\ndata: {\"batchId\":\"bat_9\",\"kind\":\"cardholders\",\"status\":\"" + status +
           "\",\"total\":4,\"processed\":" + QByteArray::number(processed) +
           ",\"created\":" + QByteArray::number(processed > 0 ? processed - 1 : 0) +
           ",\"refused\":" + (processed > 0 ? "1" : "0") + ",\"errors\":[" + errors + "],\"createdRows\":[" + created +
           "],\"seq\":" + QByteArray::number(seq) + "}\r\n\r\n";
}

const QByteArray kFrame1 = frame(1, "running", 0, "", "");
const QByteArray kFrame2 = frame(2, "running", 2, R"({"row":3,"column":"email","code":"7000","message":"bad e-mail"})",
                                 R"({"row":2,"cardholderId":501})");
const QByteArray kFrame3 = frame(3, "completed", 4, "", R"({"row":4,"cardholderId":502},{"row":5,"cardholderId":503})");

FakeResponse stream(const QByteArray& body) {
    FakeResponse response;
    response.headers = {{"Content-Type", "text/event-stream"}};
    response.body = body;
    return response;
}

QByteArray smallWorkbook() {
    return testwb::xlsx({testwb::cardholderColumns(), QStringList(12, QStringLiteral("x"))});
}

} // namespace

class BulkUploadTest final : public QObject {
    Q_OBJECT

private slots:
    void csvXlsAndOversizedFilesAreRefusedBeforeSending() {
        CoreFixture f;
        BulkUpload upload(f.context());
        QVERIFY(
            upload.start(api::BulkUploadKind::Cardholders, QStringLiteral("altas.xlsx"), "name,lastName\nAna,Ruiz\n"));
        QCOMPARE(upload.outcome(), Outcome::Refused);
        QVERIFY(upload.message().contains(QStringLiteral("CSV")));
        QVERIFY(upload.start(api::BulkUploadKind::Cardholders, QStringLiteral("viejo.xls"),
                             QByteArray::fromHex("d0cf11e0a1b11ae1") + QByteArray(600, '\0')));
        QVERIFY(upload.message().contains(QStringLiteral(".xlsx")));
        QByteArray big = smallWorkbook();
        big.append(QByteArray(core::kMaxWorkbookBytes + 1 - big.size(), '\0'));
        QVERIFY(upload.start(api::BulkUploadKind::Cardholders, QStringLiteral("grande.xlsx"), big));
        QCOMPARE(upload.outcome(), Outcome::Refused);
        QVERIFY(upload.message().contains(QStringLiteral("16 MB")));
        QVERIFY(f.network.requests().isEmpty()); // nothing reached the wire
    }

    void uploadThenProgressFrameByFrame() {
        CoreFixture f;
        f.network.setHandler([](const FakeRequest& r) {
            if (isUpload(r))
                return FakeResponse::ok(R"({"id":"bat_9","kind":"cardholders","status":"queued"})");
            if (isProgress(r))
                return stream(kFrame1 + ": keep-alive\r\n\r\n" + kFrame2 + kFrame3);
            return FakeResponse::failure(404, "7010");
        });
        BulkUpload upload(f.context());
        QSignalSpy frames(&upload, &BulkUpload::progressed);
        QSignalSpy finished(&upload, &BulkUpload::finished);
        QVERIFY(upload.start(api::BulkUploadKind::Cardholders, QStringLiteral("altas.xlsx"), smallWorkbook()));
        QVERIFY(!upload.start(api::BulkUploadKind::Cardholders, QStringLiteral("altas.xlsx"), smallWorkbook()));
        QVERIFY(finished.wait(5000));
        QCOMPARE(upload.outcome(), Outcome::Done);
        QCOMPARE(upload.batchId(), QStringLiteral("bat_9"));
        QCOMPARE(frames.size(), 3);
        QCOMPARE(upload.results().size(), 4);
        QCOMPARE(upload.progress().created, 3);
        QCOMPARE(upload.progress().refused, 1);
        // The upload: one multipart request with the file in `users`, sent once.
        QCOMPARE(f.network.countRequests(QStringLiteral("/cardholders/upload")), 1);
        const FakeRequest& sent = f.network.requests().constFirst();
        QVERIFY(sent.request.header(QNetworkRequest::ContentTypeHeader)
                    .toString()
                    .startsWith(QStringLiteral("multipart/form-data")));
        QVERIFY(sent.body.contains("name=\"users\"; filename=\"altas.xlsx\""));
        QCOMPARE(f.network.requests().at(1).header("Accept"), QByteArray("text/event-stream"));
        QVERIFY(f.network.requests().at(1).header("Last-Event-ID").isEmpty());
    }

    void droppedStreamResumesOnceWithoutDuplicateOrMissingRows() {
        CoreFixture f;
        int streams = 0;
        f.network.setHandler([&streams](const FakeRequest& r) {
            if (isUpload(r))
                return FakeResponse::ok(R"({"id":"bat_9"})");
            if (isProgress(r)) {
                // First: frames 1 and 2, then the line closes. Then: a server replaying frame 2 as well.
                return ++streams == 1 ? stream(kFrame1 + kFrame2) : stream(kFrame2 + kFrame3);
            }
            return FakeResponse::failure(404, "7010");
        });
        BulkUpload upload(f.context());
        QSignalSpy finished(&upload, &BulkUpload::finished);
        QVERIFY(upload.start(api::BulkUploadKind::Cardholders, QStringLiteral("altas.xlsx"), smallWorkbook()));
        QVERIFY(finished.wait(5000));
        QCOMPARE(upload.outcome(), Outcome::Done);
        QCOMPARE(upload.reconnects(), 1);
        QCOMPARE(f.network.requests().constLast().header("Last-Event-ID"), QByteArray("2"));
        QList<int> rows;
        for (const core::BulkRowResult& result : upload.results())
            rows << result.row;
        std::sort(rows.begin(), rows.end());
        QCOMPARE(rows, (QList<int>{2, 3, 4, 5})); // each once
    }

    void secondDropIsUnknownAndTheKeptResultCanBeRead() {
        CoreFixture f;
        f.network.setHandler([](const FakeRequest& r) {
            if (isUpload(r))
                return FakeResponse::ok(R"({"id":"bat_9"})");
            if (isProgress(r))
                return stream(kFrame1); // never reaches the end
            if (r.url.path().endsWith(u"/cardholders/batch/bat_9/result"))
                return FakeResponse::ok(
                    R"({"batchId":"bat_9","status":"completed","total":4,"processed":4,"created":3,"refused":1,)"
                    R"("errors":[{"row":3,"column":"email","code":"7000","message":"bad"}],)"
                    R"("createdRows":[{"row":2,"cardholderId":501},{"row":4,"cardholderId":502},)"
                    R"({"row":5,"cardholderId":503}]})");
            return FakeResponse::failure(404, "7010");
        });
        BulkUpload upload(f.context());
        QSignalSpy finished(&upload, &BulkUpload::finished);
        QVERIFY(upload.start(api::BulkUploadKind::Cardholders, QStringLiteral("altas.xlsx"), smallWorkbook()));
        QVERIFY(finished.wait(5000));
        QCOMPARE(upload.outcome(), Outcome::Unknown);
        QCOMPARE(f.network.countRequests(QStringLiteral("/progress")), 2); // reconnected once, not more
        QVERIFY(upload.checkResult());
        QVERIFY(finished.wait(5000));
        QCOMPARE(upload.outcome(), Outcome::Done);
        QCOMPARE(upload.results().size(), 4);
        QCOMPARE(f.network.countRequests(QStringLiteral("/cardholders/upload")), 1); // never sent again
    }

    void lostUploadAnswerIsUnknown() {
        CoreFixture f;
        f.network.setHandler([](const FakeRequest& r) {
            return isUpload(r) ? FakeResponse::networkError(QNetworkReply::RemoteHostClosedError)
                               : FakeResponse::failure(404, "7010");
        });
        BulkUpload upload(f.context());
        QSignalSpy finished(&upload, &BulkUpload::finished);
        QVERIFY(upload.start(api::BulkUploadKind::Cardholders, QStringLiteral("altas.xlsx"), smallWorkbook()));
        QVERIFY(finished.wait(5000));
        QCOMPARE(upload.outcome(), Outcome::Unknown);
        QCOMPARE(f.network.countRequests(QStringLiteral("/cardholders/upload")), 1);
    }

    void theCodeTravelsAsAMultipartField() {
        CoreFixture f;
        f.network.setHandler([](const FakeRequest& r) {
            if (r.url.path().endsWith(u"/app/users/auth/otp"))
                return FakeResponse::ok(
                    R"({"sentTo":"a***@migo.test","channel":"email","expiresIn":300,"resendAfter":0})");
            if (isUpload(r))
                return r.body.contains("name=\"otp\"\r\n\r\n123456\r\n")
                           ? FakeResponse::ok(R"({"id":"bat_9"})")
                           : FakeResponse::failure(403, "OTP_REQUIRED", "otp required");
            if (isProgress(r))
                return stream(kFrame3);
            return FakeResponse::failure(404, "7010");
        });
        BulkUpload upload(f.context());
        QSignalSpy finished(&upload, &BulkUpload::finished);
        QVERIFY(upload.start(api::BulkUploadKind::Cardholders, QStringLiteral("altas.xlsx"), smallWorkbook()));
        QVERIFY(f.prompter.type(QStringLiteral("123456")));
        QVERIFY(finished.wait(5000));
        QCOMPARE(upload.outcome(), Outcome::Done);
        QVERIFY(f.network.requests().constLast().url.path().endsWith(u"/progress"));
        bool askedForBulkUpload = false;
        for (const FakeRequest& r : f.network.requests())
            askedForBulkUpload = askedForBulkUpload || r.body.contains("\"purpose\":\"bulk_upload\"");
        QVERIFY(askedForBulkUpload);
    }

    void workbookCheckShowsFirstRowsAndNamesMissingColumns() {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.xlsx"));
        const testwb::CardholderSheet sheet =
            testwb::cardholderSheet(25, 0, QList<qint64>(25, 77), QStringLiteral("x"));
        QFile file(good);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(testwb::xlsx(sheet.rows));
        file.close();
        const core::WorkbookCheck check = core::checkWorkbook(good, core::cardholderUploadColumns(), 5);
        QVERIFY2(check.canSend(), qPrintable(check.problem));
        QCOMPARE(check.dataRows, 25);
        QCOMPARE(check.firstRows.size(), 5);
        QCOMPARE(check.firstRows.at(0).at(11), QStringLiteral("77"));
        QCOMPARE(check.kind, core::WorkbookKind::Xlsx);

        QStringList header = testwb::cardholderColumns();
        header.removeAll(QStringLiteral("email"));
        QFile partial(dir.filePath(QStringLiteral("partial.xlsx")));
        QVERIFY(partial.open(QIODevice::WriteOnly));
        partial.write(testwb::xlsx({header, QStringList(11, QStringLiteral("x"))}));
        partial.close();
        const core::WorkbookCheck missing = core::checkWorkbook(partial.fileName(), core::cardholderUploadColumns());
        QCOMPARE(missing.missingColumns, QStringList{QStringLiteral("email")});
        QVERIFY(missing.problem.contains(QStringLiteral("email")));
        QVERIFY(missing.bytes.isEmpty());

        QFile csv(dir.filePath(QStringLiteral("renamed.xlsx")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("name;lastName\r\nAna;Ruiz\r\n");
        csv.close();
        const core::WorkbookCheck refused = core::checkWorkbook(csv.fileName(), core::cardholderUploadColumns());
        QCOMPARE(refused.kind, core::WorkbookKind::Other);
        QVERIFY(refused.problem.contains(QStringLiteral("CSV")));
    }

    void templateHasTheColumnsAndNothingHalfWritten() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plantilla.xlsx"));
        QString error;
        QVERIFY2(core::writeBulkTemplate(path, &error), qPrintable(error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("plantilla.xlsx")});
        const core::WorkbookCheck check = core::checkWorkbook(path, core::cardholderUploadColumns());
        QCOMPARE(check.header, core::cardholderUploadColumns());
        QVERIFY(check.missingColumns.isEmpty());
        QCOMPARE(check.dataRows, 0); // only the header: "no rows" until the agent fills it
        // A folder that cannot be written leaves nothing and says so.
        QVERIFY(!core::writeBulkTemplate(dir.filePath(QStringLiteral("no/such/folder/t.xlsx")), &error));
        QVERIFY(!error.isEmpty());
    }

    void resultsExportAsCsv() {
        models::UploadResultModel model;
        model.append({core::BulkRowResult{2, true, 501, 77, {}, {}, {}},
                      core::BulkRowResult{3, false, 0, 0, QStringLiteral("email"), QStringLiteral("7000"),
                                          QStringLiteral("=bad, e-mail")}});
        QCOMPARE(model.rowCount(), 2);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("resultado.csv"));
        QString error;
        QVERIFY2(model.exportCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("2,Created,,,501")));
        QVERIFY(text.contains(QStringLiteral("3,Refused,email,\"'=bad, e-mail\"")));
    }

    void sseParserFollowsTheStandard() {
        api::SseParser parser;
        QList<api::SseParser::Event> events = parser.feed("id: 4\r");
        events += parser.feed("\ndata: {\"a\":\r\n: comment\r\ndata: 1}\r\n\r");
        events += parser.feed("\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).id, QByteArray("4"));
        QCOMPARE(events.at(0).data, QByteArray("{\"a\":\n1}"));
        QVERIFY(parser.feed(": keep-alive\n\n").isEmpty());
    }
};

QTEST_GUILESS_MAIN(BulkUploadTest)
#include "tst_bulkupload.moc"
