// Bulk onboarding end to end (issue 17 acceptance; contract §18): the real client (core::BulkUpload over
// api::CmsClient) against the real sandbox. A 5,000-row workbook with 50 invalid rows: progress frames arrive while
// the job runs, 4,950 cardholders are found by search afterwards, the 50 refusals come with row and column; a dropped
// progress stream resumes without a duplicate or a missing row; a .csv is refused with a sentence before sending.
#include "BulkUpload.h"
#include "E2eHarness.h"
#include "HoldingRelay.h"
#include "OperationContext.h"
#include "StepUp.h"
#include "TestWorkbook.h"
#include "Workbook.h"

#include <QFile>
#include <QSet>
#include <QSignalSpy>

using namespace migo;
using namespace migo::e2e;

namespace {

const QString kAgent = QStringLiteral("agent@migo.test");

/// The agent holds no `otp` action: no prompt is ever shown (a prompt would fail the test).
struct NoPrompter final : core::OtpPrompter {
    int prompts = 0;
    void prompt(core::StepUp*) override { ++prompts; }
};

QSet<QString> refusalKeys(const QList<core::BulkRowResult>& results) {
    QSet<QString> keys;
    for (const core::BulkRowResult& result : results)
        if (!result.created)
            keys << QStringLiteral("%1/%2").arg(result.row).arg(result.column);
    return keys;
}

} // namespace

class E2eBulkTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QString error;
        // 6,200 unassigned cards for the rows; a short pause after each chunk of 200 so that the job runs ~1 s.
        QVERIFY2(m_server.start({QStringLiteral("--demo-pool"), QStringLiteral("6200"),
                                 QStringLiteral("--bulk-chunk-delay"), QStringLiteral("40")},
                                &error),
                 qPrintable(error));
        m_agent = std::make_unique<E2eClient>(m_server);
        QVERIFY2(signIn(*m_agent, m_server, kAgent, &error), qPrintable(error));
        api::PartnerCardQuery query;
        query.assigned = false;
        const auto cards = sync(**m_agent, &api::CmsClient::listPartnerCardsMatching, query);
        E2E_OK(cards);
        for (const api::Card& card : cards.value())
            m_freeCards << card.id;
        QVERIFY(m_freeCards.size() >= 6200);
    }

    void fiveThousandRowsWithFiftyInvalid() {
        const testwb::CardholderSheet sheet =
            testwb::cardholderSheet(5000, 50, m_freeCards.mid(0, 5000), QStringLiteral("e2e1"));
        const QString path = m_server.temporaryPath(QStringLiteral("altas.xlsx"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(testwb::xlsx(sheet.rows));
        file.close();
        // Checked before sending: first rows and the 12 columns.
        const core::WorkbookCheck check = core::checkWorkbook(path, core::cardholderUploadColumns());
        QVERIFY2(check.canSend(), qPrintable(check.problem));
        QCOMPARE(check.dataRows, 5000);

        NoPrompter prompter;
        core::BulkUpload upload(core::OperationContext{&**m_agent, nullptr, &prompter, kAgent});
        int framesWhileRunning = 0;
        int uploadProgressCalls = 0;
        connect(&upload, &core::BulkUpload::uploadProgress, this, [&] { ++uploadProgressCalls; });
        connect(&upload, &core::BulkUpload::progressed, this,
                [&](const api::BatchProgress& frame) { framesWhileRunning += frame.processed < frame.total ? 1 : 0; });
        QSignalSpy finished(&upload, &core::BulkUpload::finished);
        QVERIFY(upload.start(api::BulkUploadKind::Cardholders, QStringLiteral("altas.xlsx"), check.bytes));
        QVERIFY(finished.wait(120000));
        QVERIFY2(upload.outcome() == core::Outcome::Done, qPrintable(upload.message()));
        QCOMPARE(prompter.prompts, 0);
        QVERIFY(uploadProgressCalls > 0);
        QVERIFY(upload.batchId().startsWith(QStringLiteral("bat_")));
        // The sheet read, then 25 chunks, 24 of which end with rows still to do.
        QVERIFY2(framesWhileRunning >= 20, qPrintable(QString::number(framesWhileRunning)));
        QCOMPARE(upload.progress().processed, 5000);
        QCOMPARE(upload.progress().created, 4950);
        QCOMPARE(upload.progress().refused, 50);

        QSet<QString> expected;
        for (const testwb::Refusal& refusal : sheet.refusals)
            expected << QStringLiteral("%1/%2").arg(refusal.row).arg(refusal.column);
        QCOMPARE(refusalKeys(upload.results()), expected);
        for (const core::BulkRowResult& result : upload.results())
            QVERIFY(result.created || !result.message.isEmpty());

        api::CardholderQuery query;
        query.searchText = sheet.searchText;
        query.limit = 1;
        const auto found = sync(**m_agent, &api::CmsClient::listCardholders, query);
        E2E_OK(found);
        QCOMPARE(found.value().total, 4950);
    }

    void droppedStreamResumesWithoutDuplicateOrMissingRows() {
        HoldingRelay relay(quint16(m_server.sandboxBaseUrl().port()));
        QVERIFY(relay.listen());
        E2eClient viaRelay(m_server);
        api::ClientConfig config = viaRelay->config();
        QUrl url = m_server.sandboxBaseUrl();
        url.setPort(relay.port());
        config.baseUrl = url;
        viaRelay->setConfig(config);
        QString error;
        QVERIFY2(signIn(viaRelay, m_server, kAgent, &error), qPrintable(error));

        const testwb::CardholderSheet sheet =
            testwb::cardholderSheet(1000, 10, m_freeCards.mid(5000, 1000), QStringLiteral("e2e2"), 5000);
        NoPrompter prompter;
        core::BulkUpload upload(core::OperationContext{&*viaRelay, nullptr, &prompter, kAgent});
        int frames = 0;
        bool cut = false;
        connect(&upload, &core::BulkUpload::progressed, this, [&](const api::BatchProgress& frame) {
            ++frames;
            if (frames == 2 && !frame.isFinal()) {
                cut = true;
                relay.cutOpenConnections(); // the line drops mid-stream
            }
        });
        QSignalSpy finished(&upload, &core::BulkUpload::finished);
        QVERIFY(upload.start(api::BulkUploadKind::Cardholders, QStringLiteral("b.xlsx"), testwb::xlsx(sheet.rows)));
        QVERIFY(finished.wait(60000));
        QVERIFY(cut);
        QVERIFY2(upload.outcome() == core::Outcome::Done, qPrintable(upload.message()));
        QCOMPARE(upload.reconnects(), 1);
        QCOMPARE(relay.requestCount("GET", "/progress"), 2);
        QCOMPARE(relay.requestCount("POST", "/cardholders/upload"), 1);
        QSet<int> rows;
        int duplicates = 0;
        QSet<QString> seen;
        for (const core::BulkRowResult& result : upload.results()) {
            const QString key = QStringLiteral("%1/%2").arg(result.row).arg(result.column);
            duplicates += seen.contains(key) ? 1 : 0;
            seen << key;
            rows << result.row;
        }
        QCOMPARE(duplicates, 0);
        QCOMPARE(rows.size(), 1000); // every row reported, none missing
        QCOMPARE(upload.progress().created, 990);
    }

    void csvIsRefusedBeforeSending() {
        const QString path = m_server.temporaryPath(QStringLiteral("altas.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,lastName,address\nAna,Ruiz,Zona 1\n");
        file.close();
        const core::WorkbookCheck check = core::checkWorkbook(path, core::cardholderUploadColumns());
        QVERIFY(!check.canSend());
        QVERIFY(check.problem.contains(QStringLiteral("CSV")));
        NoPrompter prompter;
        core::BulkUpload upload(core::OperationContext{&**m_agent, nullptr, &prompter, kAgent});
        QVERIFY(upload.start(api::BulkUploadKind::Cardholders, QStringLiteral("altas.xlsx"), "name,lastName\n"));
        QCOMPARE(upload.outcome(), core::Outcome::Refused);
        QCOMPARE(upload.message(), core::BulkUpload::refusalBeforeSending("name,lastName\n"));
        QVERIFY(upload.batchId().isEmpty());
    }

    void batchResultIsKeptForLaterReads() {
        // The upload straight to the sandbox (Prism cannot pass a binary body intact), the read through the client's
        // own address (Prism in the contract run).
        E2eClient direct(m_server);
        api::ClientConfig config = direct->config();
        config.baseUrl = m_server.sandboxBaseUrl();
        direct->setConfig(config);
        QString error;
        QVERIFY2(signIn(direct, m_server, kAgent, &error), qPrintable(error));
        const testwb::CardholderSheet sheet =
            testwb::cardholderSheet(3, 1, m_freeCards.mid(6100, 3), QStringLiteral("e2e3"), 7000);
        std::optional<api::Result<api::BatchTicket>> answer;
        QObject context;
        direct->uploadBulk(api::BulkUploadKind::Cardholders, QStringLiteral("c.xlsx"), testwb::xlsx(sheet.rows),
                           QString(), &context, {}, [&answer](const api::Result<api::BatchTicket>& r) { answer = r; });
        QVERIFY(QTest::qWaitFor([&] { return answer.has_value(); }, kCallLimitMs));
        const api::Result<api::BatchTicket> ticket = *answer;
        E2E_OK(ticket);
        api::BatchProgress result;
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto read = sync(**m_agent, &api::CmsClient::batchResult, ticket.value().batchId);
                result = read.ok() ? read.value() : api::BatchProgress{};
                return result.isFinal();
            },
            20000));
        QCOMPARE(result.batchId, ticket.value().batchId);
        QCOMPARE(result.status, api::BatchStatus::Completed);
        QCOMPARE(result.created, 2);
        QCOMPARE(result.refused, 1);
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.at(0).row, sheet.refusals.at(0).row);
        QCOMPARE(result.errors.at(0).column, sheet.refusals.at(0).column);
        QCOMPARE(result.createdRows.size(), 2);
    }

    void cleanupTestCase() {
        const QStringList problems = m_server.takePrismProblems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

private:
    E2eServer m_server;
    std::unique_ptr<E2eClient> m_agent;
    QList<qint64> m_freeCards;
};

QTEST_GUILESS_MAIN(E2eBulkTest)
#include "tst_e2e_bulk.moc"
