// Streaming PDF report downloads (seed 002 "Download a PDF report"): memory stays flat, and nothing is left behind
// unless a complete PDF arrived.
#include "ClientFixture.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace migo::api;
using namespace migo::test;

namespace {

/// Resident memory of this process in bytes (Linux /proc).
qint64 residentBytes() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong() * 1024;
    return -1;
}

QByteArray pdfBytes(qint64 offset, qint64 length) {
    QByteArray chunk(length, 'x');
    const QByteArray magic = "%PDF-1.7\n";
    for (qint64 i = offset; i < std::min<qint64>(offset + length, magic.size()); ++i)
        chunk[i - offset] = magic[i];
    return chunk;
}

FakeResponse pdfStream(qint64 bytes) {
    FakeResponse response;
    response.headers = {
        {"Content-Type", "application/pdf"},
        {"Content-Disposition", "attachment; filename=\"../../movements_1234_2026-03-01_2026-03-31.pdf\""}};
    response.stream = pdfBytes;
    response.streamBytes = bytes;
    return response;
}

QStringList filesIn(const QString& dir) {
    return QDir(dir).entryList(QDir::Files | QDir::Hidden);
}

} // namespace

class TestReportDownload : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hundredMegabytesStreamWithFlatMemory() {
        ClientFixture f;
        const qint64 size = 100LL * 1024 * 1024;
        f.network.setHandler([size](const FakeRequest&) { return pdfStream(size); });
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        const qint64 before = residentBytes();
        QVERIFY(before > 0);
        qint64 peak = before;
        qint64 lastReceived = -1;
        qint64 progressCalls = 0;
        Waiter<DownloadedFile> w;
        f.client.downloadMovementReport(
            5, 10, QDate(2026, 3, 1), QDate(2026, 3, 31), path, nullptr,
            [&](qint64 received, qint64 total) {
                QCOMPARE(total, size);
                lastReceived = received;
                ++progressCalls;
                peak = std::max(peak, residentBytes());
            },
            w.callback());
        QTRY_VERIFY_WITH_TIMEOUT(w.done(), 60000);
        QVERIFY2(w.result->ok(), qPrintable(w.result->ok() ? QString() : w.result->error().technicalDetail));
        QCOMPARE(w.result->value().bytes, size);
        QCOMPARE(QFileInfo(path).size(), size);
        QCOMPARE(w.result->value().suggestedName, QStringLiteral("movements_1234_2026-03-01_2026-03-31.pdf"));
        QCOMPARE(lastReceived, size);
        QVERIFY(progressCalls > 100);
        const qint64 growth = peak - before;
        QVERIFY2(growth < 16LL * 1024 * 1024, qPrintable(QStringLiteral("RSS grew %1 bytes").arg(growth)));
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("report.pdf")}); // no temporary left

        const FakeRequest& r = f.network.requests().constFirst();
        QCOMPARE(r.url.path(), QStringLiteral("/cms/rest/app/partners/7/cardholders/5/cards/10/movements/report"));
        QCOMPARE(r.url.query(), QStringLiteral("from=2026-03-01&to=2026-03-31"));
    }

    void failedCancelledOrNonPdfLeavesNoFile_data() {
        QTest::addColumn<int>("scenario");
        QTest::newRow("server error envelope") << 0;
        QTest::newRow("html instead of pdf") << 1;
        QTest::newRow("pdf content type but not a pdf") << 2;
        QTest::newRow("connection reset mid-body") << 3;
        QTest::newRow("cancelled midway") << 4;
        QTest::newRow("hung transfer times out") << 5;
    }
    void failedCancelledOrNonPdfLeavesNoFile() {
        QFETCH(int, scenario);
        ClientFixture f;
        f.setTimeout(std::chrono::milliseconds(200));
        ClientConfig config = f.client.config();
        config.reportTimeout = std::chrono::milliseconds(200);
        f.client.setConfig(config);
        f.network.setHandler([scenario](const FakeRequest&) {
            switch (scenario) {
            case 0:
                return FakeResponse::failure(409, "7213", "card blocked");
            case 1: {
                FakeResponse html = FakeResponse::json(200, "<html>login</html>");
                html.headers = {{"Content-Type", "text/html"}};
                return html;
            }
            case 2: {
                FakeResponse fake = FakeResponse::json(200, "PK\x03\x04 this is a zip");
                fake.headers = {{"Content-Type", "application/pdf"}};
                return fake;
            }
            case 3: {
                FakeResponse reset = FakeResponse::json(200, "%PDF-1.7 " + QByteArray(4096, 'x'));
                reset.headers = {{"Content-Type", "application/pdf"}};
                reset.mode = FakeResponse::Mode::ResetMidBody;
                return reset;
            }
            case 4:
                return pdfStream(50LL * 1024 * 1024);
            default:
                return FakeResponse::hang();
            }
        });
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        Waiter<DownloadedFile> w;
        CallHandle handle;
        handle = f.client.downloadMovementReport(
            5, 10, QDate(2026, 3, 1), QDate(2026, 3, 31), path, nullptr,
            [&](qint64 received, qint64) {
                if (scenario == 4 && received > 1024 * 1024)
                    handle.cancel();
            },
            w.callback());
        if (scenario == 4) {
            QTRY_VERIFY(!handle.isRunning());
            QTest::qWait(20);
            QVERIFY(!w.done()); // cancelled: no callback
        } else {
            QTRY_VERIFY(w.done());
            QVERIFY(!w.result->ok());
            const ApiError& error = w.result->error();
            QVERIFY(!error.userMessage.isEmpty());
            if (scenario == 0)
                QCOMPARE(error.codes(), QStringList{QStringLiteral("7213")});
            if (scenario == 1 || scenario == 2)
                QCOMPARE(error.kind, ErrorKind::UnexpectedContent);
            if (scenario == 3)
                QCOMPARE(error.kind, ErrorKind::Network);
            if (scenario == 5)
                QCOMPARE(error.kind, ErrorKind::Timeout);
        }
        QTRY_VERIFY(filesIn(dir.path()).isEmpty());
    }

    void aFailedDownloadNeverReplacesAnExistingFile() {
        ClientFixture f;
        f.network.setHandler([](const FakeRequest&) {
            FakeResponse reset = FakeResponse::json(200, "%PDF-1.7 " + QByteArray(4096, 'y'));
            reset.headers = {{"Content-Type", "application/pdf"}};
            reset.mode = FakeResponse::Mode::ResetMidBody;
            return reset;
        });
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        {
            QFile existing(path);
            QVERIFY(existing.open(QIODevice::WriteOnly));
            existing.write("%PDF-1.4 yesterday's report");
        }
        Waiter<DownloadedFile> w;
        f.client.downloadMovementReport(5, 10, QDate(2026, 3, 1), QDate(2026, 3, 31), path, nullptr, nullptr,
                                        w.callback());
        QTRY_VERIFY(w.done());
        QVERIFY(!w.result->ok());
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("%PDF-1.4 yesterday's report"));
        QTRY_COMPARE(filesIn(dir.path()), QStringList{QStringLiteral("report.pdf")});
    }

    /// A process request's evidence (contract §17) goes through the same sink: an image is kept byte for byte, an
    /// answer that is neither a PDF nor an accepted image (whatever its Content-Type) leaves nothing.
    void evidenceKeepsImagesAndRefusesOtherBytes_data() {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("kept");
        QTest::newRow("png") << QByteArray("image/png") << QByteArray("\x89PNG\r\n\x1A\n0123456789", 18) << true;
        QTest::newRow("webp") << QByteArray("image/webp") << QByteArray("RIFF\x10\0\0\0WEBPVP8 ", 16) << true;
        QTest::newRow("exe as png") << QByteArray("image/png") << QByteArray("MZ\x90\0\x03\0\0\0\x04\0\0\0", 12)
                                    << false;
        QTest::newRow("html") << QByteArray("text/html") << QByteArray("<html><body>login</body></html>") << false;
    }
    void evidenceKeepsImagesAndRefusesOtherBytes() {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(bool, kept);
        ClientFixture f;
        f.network.setHandler([contentType, body](const FakeRequest&) {
            FakeResponse response = FakeResponse::json(200, body);
            response.headers = {{"Content-Type", contentType}};
            return response;
        });
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("evidence"));
        Waiter<DownloadedFile> w;
        f.client.downloadEvidence(41, path, nullptr, nullptr, w.callback());
        QTRY_VERIFY(w.done());
        QCOMPARE(w.result->ok(), kept);
        QCOMPARE(f.network.requests().constFirst().url.path(),
                 QStringLiteral("/cms/rest/app/partners/7/process-requests/41/evidence"));
        if (kept) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), body);
        } else {
            QCOMPARE(w.result->error().kind, ErrorKind::UnexpectedContent);
            QTRY_VERIFY(filesIn(dir.path()).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestReportDownload)
#include "tst_reportdownload.moc"
