// Issue 15 (contract §15): list items carry only the list columns, and report totals cannot overflow.
#include "SandboxHarness.h"

#include <QSqlDatabase>
#include <QSqlQuery>
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
        QVERIFY2(text.contains(QStringLiteral("Total credits: +1200000000000000.00")), qPrintable(text.right(400)));
        QVERIFY2(text.contains(QStringLiteral("Total debits: -0.00")), qPrintable(text.right(400)));
        QVERIFY2(text.contains(QStringLiteral("Closing balance: 400000000000000.00")), qPrintable(text.right(400)));
    }

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxClient> m_agent;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(SandboxLimitsTest)
#include "tst_sandbox_limits.moc"
