// migo-bench-upload (issue 17, bench/README.md "Page latency during a bulk upload"): the sandbox keeps answering a
// cardholder page while a 5,000-row upload is processed. One sandbox (--demo 20000 and enough unassigned cards), two
// signed-in agents: one uploads a workbook (api::CmsClient::uploadBulk) and follows its progress stream
// (api::BatchProgressFollower), the other asks cardholder pages (limit 50) one after another until the final frame.
// Target: median page latency during the upload ≤ 100 ms; the idle median of the same run is printed beside it.
//   migo-bench-upload --out results.json [--runs N] [--smoke]
// --smoke: 600 rows, one run, no target asserted (CTest, label "bench").
#include "BatchProgressFollower.h"
#include "BenchSupport.h"
#include "TestWorkbook.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace migo;
using namespace migo::bench;

namespace {

/// One cardholder page's latency (ms), or a negative value when it failed.
double pageLatency(SignedInClient& reader, int page) {
    api::CardholderQuery query;
    query.page = page;
    query.limit = 50;
    const Clock::time_point started = Clock::now();
    const auto result = await<api::Page<api::Cardholder>>(
        [&](QObject* context, auto done) { reader.client.listCardholders(query, context, done); });
    return result && result->ok() ? millisecondsBetween(started, Clock::now()) : -1;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("JSON results file."), QStringLiteral("PATH"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Uploads to measure."), QStringLiteral("N"),
                                  QStringLiteral("3"));
    const QCommandLineOption smoke(QStringLiteral("smoke"), QStringLiteral("Tiny sizes, one run (CTest)."));
    parser.addOptions({out, runs, smoke});
    parser.process(app);
    const bool isSmoke = parser.isSet(smoke);
    const int rows = isSmoke ? 600 : 5000;
    const int runCount = isSmoke ? 1 : std::max(1, parser.value(runs).toInt());

    Sandbox sandbox;
    QString error;
    const QStringList arguments{QStringLiteral("--demo"),      QString::number(isSmoke ? 50 : 20000),
                                QStringLiteral("--seed"),      QStringLiteral("7"),
                                QStringLiteral("--demo-pool"), QString::number(rows * runCount + 100),
                                QStringLiteral("--token-ttl"), QStringLiteral("86400")};
    if (!sandbox.start(QCoreApplication::applicationDirPath() + QStringLiteral("/migo-cms-sandbox"), arguments, 600000,
                       &error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    const QString merchant = sandbox.ready().value(QStringLiteral("merchant")).toString();
    const QString agent = QStringLiteral("agent@migo.test");
    SignedInClient uploader(sandbox);
    SignedInClient reader(sandbox);
    if (!uploader.signIn(merchant, agent, sandbox.passwordOf(agent), &error) ||
        !reader.signIn(merchant, agent, sandbox.passwordOf(agent), &error)) {
        std::fprintf(stderr, "sign-in: %s\n", qPrintable(error));
        return 1;
    }
    api::PartnerCardQuery free;
    free.assigned = false;
    const auto cards = await<QList<api::Card>>(
        [&](QObject* context, auto done) { uploader.client.listPartnerCardsMatching(free, context, done); });
    QList<qint64> cardIds;
    for (const api::Card& card : cards && cards->ok() ? cards->value() : QList<api::Card>())
        cardIds << card.id;
    if (cardIds.size() < rows * runCount) {
        std::fprintf(stderr, "only %lld unassigned cards\n", qlonglong(cardIds.size()));
        return 1;
    }

    std::vector<double> idle;
    std::vector<double> during;
    for (int page = 1; page <= (isSmoke ? 10 : 200); ++page)
        idle.push_back(pageLatency(reader, page % 50 + 1));
    for (int run = 0; run < runCount; ++run) {
        const testwb::CardholderSheet sheet =
            testwb::cardholderSheet(rows, rows / 100, cardIds.mid(run * rows, rows), QStringLiteral("bench%1").arg(run),
                                    20'000'000 + run * rows);
        std::optional<api::Result<api::BatchTicket>> ticket = await<api::BatchTicket>([&](QObject* context, auto done) {
            uploader.client.uploadBulk(api::BulkUploadKind::Cardholders, QStringLiteral("bench.xlsx"),
                                       testwb::xlsx(sheet.rows), QString(), context, {}, done);
        });
        if (!ticket || !ticket->ok()) {
            std::fprintf(stderr, "upload failed\n");
            return 1;
        }
        api::BatchProgressFollower follower(&uploader.client, ticket->value().batchId);
        bool ended = false;
        QObject::connect(&follower, &api::BatchProgressFollower::finished, [&ended] { ended = true; });
        QObject::connect(&follower, &api::BatchProgressFollower::lost, [&ended] { ended = true; });
        follower.start();
        for (int page = 1; !ended; ++page) {
            const double latency = pageLatency(reader, page % 50 + 1);
            if (latency < 0) {
                std::fprintf(stderr, "a page failed during the upload\n");
                return 1;
            }
            if (!ended) // asked and answered while the job was still running
                during.push_back(latency);
        }
    }

    const Summary idleSummary = summarize(idle);
    const Summary duringSummary = summarize(during);
    const bool met = !during.empty() && duringSummary.median <= 100.0;
    std::printf("| Page latency during a %d-row upload | median %.1f ms (p99 %.1f, %zu pages) | idle median %.1f ms | "
                "target ≤ 100 ms: %s |\n",
                rows, duringSummary.median, duringSummary.p99, during.size(), idleSummary.median,
                isSmoke ? "not asserted (smoke)" : (met ? "met" : "MISSED"));
    if (parser.isSet(out)) {
        QJsonObject root{{QStringLiteral("scenario"), QStringLiteral("page latency during a bulk upload")},
                         {QStringLiteral("rows"), rows},
                         {QStringLiteral("runs"), runCount},
                         {QStringLiteral("smoke"), isSmoke},
                         {QStringLiteral("medianDuringMs"), duringSummary.median},
                         {QStringLiteral("p99DuringMs"), duringSummary.p99},
                         {QStringLiteral("medianIdleMs"), idleSummary.median},
                         {QStringLiteral("targetMs"), 100},
                         {QStringLiteral("met"), met}};
        QJsonArray samples;
        for (const double sample : during)
            samples.append(sample);
        root.insert(QStringLiteral("duringSamplesMs"), samples);
        QFile file(parser.value(out));
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0)
            return 1;
    }
    return during.empty() ? 1 : 0;
}
