// The movements report is a real PDF (checked with poppler's pdfinfo and pdftotext) without the full PAN.
#include "SandboxHarness.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

namespace {

/// Runs a poppler tool on `pdfPath` and returns its stdout.
QString poppler(const QString& tool, const QStringList& arguments) {
    QProcess process;
    process.start(tool, arguments);
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pageCount(const QString& pdfPath) {
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(poppler(QStringLiteral("pdfinfo"), {pdfPath}));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

} // namespace

class SandboxReportTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY2(m_sandbox.start(20), m_sandbox.errorOutput().constData());
        m_client = std::make_unique<SandboxClient>(m_sandbox.baseUrl());
        QVERIFY(m_client->login(QStringLiteral("support@migo.test"), QStringLiteral("Support#2026")));
        QVERIFY(m_dir.isValid());
    }

    void reportIsAPdfWithTotalsAndMaskedPanOnly() {
        const HttpAnswer cards = m_client->send("GET", QStringLiteral("/app/partners/1/cardholders/1/cards"));
        const QJsonObject card = cards.data().toArray().at(0).toObject();
        const QString maskedPan = card.value(QStringLiteral("maskedPan")).toString();
        QCOMPARE(maskedPan.size(), 16);
        const HttpAnswer answer = m_client->send(
            "GET",
            QStringLiteral("/app/partners/1/cardholders/1/cards/1/movements/report?from=2000-01-01&to=") + todayUtc());
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.contentType, QByteArray("application/pdf"));
        QCOMPARE(answer.header("Content-Disposition"), "attachment; filename=\"movements_" +
                                                           maskedPan.right(4).toLatin1() + "_2000-01-01_" +
                                                           todayUtc().toLatin1() + ".pdf\"");
        QCOMPARE(answer.header("Content-Length").toLongLong(), answer.body.size());
        QVERIFY(answer.body.startsWith("%PDF"));

        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(answer.body);
        file.close();
        QVERIFY(pageCount(path) > 0);
        const QString text =
            poppler(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY(text.contains(maskedPan));
        QVERIFY(text.contains(QStringLiteral("Migo Demo Guatemala")));
        QVERIFY(text.contains(QStringLiteral("Total credits")));
        QVERIFY(text.contains(QStringLiteral("Total debits")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of ")));
        // The app's format: the symbol, a space, thousands grouped (issue 14: one format in the app and the PDF).
        const QString balance =
            QLocale(QLocale::English).toString(card.value(QStringLiteral("balance")).toDouble(), 'f', 2);
        QVERIFY2(text.contains(QStringLiteral("Closing balance: Q ") + balance), qPrintable(balance));
        // No full PAN: no run of 13 or more digits anywhere in the text.
        QVERIFY(!text.contains(QRegularExpression(QStringLiteral("\\d{13,}"))));
    }

    void tenThousandMovementsRenderInAFewSeconds() {
        // Give card 2 ten thousand movements straight in the database (the server runs in WAL mode).
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("report-test"));
            db.setDatabaseName(m_sandbox.databasePath());
            QVERIFY(db.open());
            QSqlQuery pragma(db);
            pragma.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
            QVERIFY(db.transaction());
            QSqlQuery start(db);
            QVERIFY(start.exec(QStringLiteral("SELECT balance_units FROM cards WHERE id = 2")) && start.next());
            qint64 balance = start.value(0).toLongLong();
            QSqlQuery insert(db);
            QVERIFY(insert.prepare(QStringLiteral(
                "INSERT INTO movements(card_id, movement_type, type, description, amount_units, balance_after_units,"
                " channel, created_at) VALUES(2, 'credit', 'topUp', 'Funds added', 12345, ?, 'webService', ?)")));
            const QDateTime first(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc());
            for (int index = 0; index < 10000; ++index) {
                balance += 12345;
                insert.bindValue(0, balance);
                insert.bindValue(1, first.addSecs(index * 600).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss+00:00")));
                QVERIFY(insert.exec());
            }
            QSqlQuery update(db);
            QVERIFY(update.exec(QStringLiteral("UPDATE cards SET balance_units = ") + QString::number(balance) +
                                QStringLiteral(" WHERE id = 2")));
            QVERIFY(db.commit());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("report-test"));

        QElapsedTimer timer;
        timer.start();
        const HttpAnswer answer = m_client->send(
            "GET",
            QStringLiteral("/app/partners/1/cardholders/1/cards/2/movements/report?from=2025-01-01&to=2025-03-12"));
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(answer.status, 200);
        qInfo("10,000-movement report: %lld ms, %lld bytes", elapsed, qint64(answer.body.size()));
        QVERIFY2(elapsed < 8000, qPrintable(QString::number(elapsed)));
        const QString path = m_dir.filePath(QStringLiteral("big.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(answer.body);
        file.close();
        const int pages = pageCount(path);
        QVERIFY2(pages > 100, qPrintable(QString::number(pages)));
        const QString text = poppler(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        QVERIFY(text.contains(QStringLiteral("(10000 movements)")));
        QVERIFY2(text.contains(QStringLiteral("Total credits: +Q 12,345.00")), qPrintable(text.right(400)));
    }

    void reportErrorsAreJsonEnvelopes() {
        const HttpAnswer inverted = m_client->send(
            "GET",
            QStringLiteral("/app/partners/1/cardholders/1/cards/1/movements/report?from=2026-02-01&to=2026-01-01"));
        QCOMPARE(inverted.status, 400);
        QVERIFY(inverted.contentType.startsWith("application/json"));
        QVERIFY(inverted.isValidEnvelope());
        const HttpAnswer otherCard = m_client->send(
            "GET",
            QStringLiteral("/app/partners/1/cardholders/2/cards/1/movements/report?from=2026-01-01&to=2026-01-02"));
        QCOMPARE(otherCard.status, 404);
        QCOMPARE(otherCard.errorCode(), QStringLiteral("7200"));
    }

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(SandboxReportTest)
#include "tst_sandbox_report.moc"
