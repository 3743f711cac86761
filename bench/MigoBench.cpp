// migo-bench: the end-to-end benchmarks of issue 7 (bench/README.md). Each scenario runs the product (the real
// migo_api / migo_models libraries, or the real migo-backoffice executable) and a reference (curl, a plain
// nlohmann::json parse, a bare Qt window) in the same run against the same sandbox, and reports ratios.
//
//   migo-bench --out results.json [--runs N] [--smoke] [--scenario NAME]...
//
// Prints one Markdown table (median and worst of each figure, each ratio against its target) and writes it, with
// every raw sample, as JSON to --out. --smoke runs every scenario once on tiny data (the CTest smoke set).

#include "BenchSupport.h"
#include "BulkResultModel.h"
#include "CardFilterProxyModel.h"
#include "CardListModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cmath>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <sstream>

namespace migo::bench {
namespace {

using Json = nlohmann::ordered_json;

std::string str(const QString& text) {
    return text.toStdString();
}

/// One figure of a scenario: product samples and, for a comparison, reference samples; the statistic its target is
/// checked on; and the target itself (a ratio product/reference when there are reference samples, else a value).
struct Figure {
    enum class Statistic { Median, P99, Worst };
    QString name;
    QString unit;
    std::vector<double> product;
    std::vector<double> reference;
    Statistic statistic = Statistic::Median;
    bool higherIsBetter = false; ///< throughput: the worst sample is the smallest, the target a minimum
    std::optional<double> limit; ///< ratio limit (with reference samples) or value limit; none: informative only

    double pick(const Summary& summary) const {
        switch (statistic) {
        case Statistic::Median:
            return summary.median;
        case Statistic::P99:
            return summary.p99;
        case Statistic::Worst:
            return higherIsBetter ? summary.best : summary.worst;
        }
        return summary.median;
    }
    QString statisticName() const {
        return statistic == Statistic::Median
                   ? QStringLiteral("median")
                   : (statistic == Statistic::P99 ? QStringLiteral("p99") : QStringLiteral("worst"));
    }
    double worstOf(const Summary& summary) const { return higherIsBetter ? summary.best : summary.worst; }
    std::optional<double> measured() const {
        if (product.empty())
            return std::nullopt;
        if (reference.empty())
            return pick(summarize(product));
        const double referenceValue = pick(summarize(reference));
        if (referenceValue <= 0)
            return std::nullopt;
        return pick(summarize(product)) / referenceValue;
    }
    std::optional<bool> met() const {
        const std::optional<double> value = measured();
        if (!limit)
            return std::nullopt;
        if (!value)
            return false;
        return higherIsBetter ? *value >= *limit : *value <= *limit;
    }
};

struct Scenario {
    QString name;
    QString productSide;
    QString referenceSide;
    std::vector<Figure> figures;
    QStringList notes;
    QString failure; ///< set when the scenario could not run to its end
};

struct Settings {
    bool smoke = false;
    int runs = 3;
    QString binDir;
    QString sandboxExecutable;
    int cardholders = 100000; ///< search and page world
    int longHistory = 260000; ///< movements on the report card
    int pages = 500;
    int searches = 200;
    int bulkCards = 10000;
    int bulkBatch = 1000;
    int coldStarts = 10;
};

QString format(double value) {
    if (value == 0)
        return QStringLiteral("0");
    const double magnitude = std::abs(value);
    return QString::number(value, 'f', magnitude >= 100 ? 0 : (magnitude >= 10 ? 1 : (magnitude >= 1 ? 2 : 3)));
}

/// The world every network scenario shares: one sandbox, one agent client (reads) and one supervisor (bulk, OTP).
struct World {
    Sandbox sandbox;
    std::unique_ptr<SignedInClient> agent;
    std::unique_ptr<SignedInClient> supervisor;
    QString merchant;
    QString error;

    bool start(const Settings& settings) {
        QStringList arguments{QStringLiteral("--demo"),         QString::number(settings.cardholders),
                              QStringLiteral("--seed"),         QStringLiteral("7"),
                              QStringLiteral("--long-history"), QString::number(settings.longHistory),
                              QStringLiteral("--token-ttl"),    QStringLiteral("86400"),
                              QStringLiteral("--otp-ttl"),      QStringLiteral("3600")};
        if (!sandbox.start(settings.sandboxExecutable, arguments, 600000, &error))
            return false;
        merchant = sandbox.ready().value(QStringLiteral("merchant")).toString();
        agent = std::make_unique<SignedInClient>(sandbox);
        supervisor = std::make_unique<SignedInClient>(sandbox);
        QString problem;
        if (!agent->signIn(merchant, QStringLiteral("agent@migo.test"),
                           sandbox.passwordOf(QStringLiteral("agent@migo.test")), &problem) ||
            !supervisor->signIn(merchant, QStringLiteral("supervisor@migo.test"),
                                sandbox.passwordOf(QStringLiteral("supervisor@migo.test")), &problem)) {
            error = problem;
            return false;
        }
        return true;
    }
};

/// The curl config lines that carry the agent's or supervisor's tokens (never on a command line).
QString headerLines(const SignedInClient& client) {
    QString lines;
    for (const QString& header : client.curlHeaders())
        lines += QStringLiteral("header = ") + curlQuoted(header) + QLatin1Char('\n');
    return lines;
}

/// Records the full URL of every finished request of `client` (the exact URLs the reference then fetches).
class UrlRecorder final {
public:
    explicit UrlRecorder(SignedInClient& client) {
        m_connection = QObject::connect(&client.network, &QNetworkAccessManager::finished, &client.network,
                                        [this](QNetworkReply* reply) { urls << reply->url(); });
    }
    ~UrlRecorder() { QObject::disconnect(m_connection); }
    UrlRecorder(const UrlRecorder&) = delete;
    UrlRecorder& operator=(const UrlRecorder&) = delete;
    QList<QUrl> urls;

private:
    QMetaObject::Connection m_connection;
};

/// Fetches `urls` in one curl process (one connection) and returns per URL: time_total, time_starttransfer,
/// time_pretransfer (ms), HTTP status and bytes.
std::vector<std::vector<double>> curlSequential(const World& world, const QList<QUrl>& urls, QString* problem) {
    QString config = headerLines(*world.agent);
    config += QStringLiteral("write-out = \"%{time_total} %{time_starttransfer} %{time_pretransfer} %{http_code} "
                             "%{size_download}\\n\"\n");
    for (const QUrl& url : urls) {
        config += QStringLiteral("url = ") + curlQuoted(url.toString(QUrl::FullyEncoded)) + QLatin1Char('\n');
        config += QStringLiteral("output = \"/dev/null\"\n");
    }
    const CurlRun run = runCurl(config, world.sandbox.temporaryPath(QStringLiteral("curl.conf")));
    std::vector<std::vector<double>> lines = curlNumbers(run.output);
    if (run.exitCode != 0 || lines.size() != std::size_t(urls.size())) {
        *problem = QStringLiteral("curl exit %1, %2 of %3 transfers: %4")
                       .arg(run.exitCode)
                       .arg(lines.size())
                       .arg(urls.size())
                       .arg(QString::fromUtf8(run.errors));
        return {};
    }
    for (std::vector<double>& line : lines) {
        if (line.size() < 5 || line[3] != 200) {
            *problem = QStringLiteral("curl got HTTP %1").arg(line.size() > 3 ? line[3] : 0);
            return {};
        }
        for (int index = 0; index < 3; ++index)
            line[std::size_t(index)] *= 1000; // seconds → ms
    }
    return lines;
}

// ---- Page latency ----

Scenario pageLatency(World& world, const Settings& settings) {
    Scenario scenario{QStringLiteral("Page latency"),
                      QStringLiteral("%1 sequential cardholder pages (limit 50) through CmsClient").arg(settings.pages),
                      QStringLiteral("one curl process, the same URLs over one connection"),
                      {},
                      {},
                      {}};
    Figure latency{QStringLiteral("page latency"), QStringLiteral("ms"), {}, {}, Figure::Statistic::Median, false, 1.2};
    Figure client{QStringLiteral("reply headers in the GUI thread → callback (informative)"),
                  QStringLiteral("ms"),
                  {},
                  {},
                  Figure::Statistic::Median,
                  false,
                  std::nullopt};
    for (int run = 0; run < settings.runs; ++run) {
        UrlRecorder recorder(*world.agent);
        for (int page = 1; page <= settings.pages; ++page) {
            api::CardholderQuery query;
            query.page = page;
            query.limit = 50;
            const Clock::time_point started = Clock::now();
            const auto result = await<api::Page<api::Cardholder>>(
                [&](QObject* context, auto done) { world.agent->client.listCardholders(query, context, done); });
            const Clock::time_point finished = Clock::now();
            if (!result || !result->ok() || result->value().items.size() != 50) {
                scenario.failure = QStringLiteral("page %1 failed or was short").arg(page);
                return scenario;
            }
            latency.product.push_back(millisecondsBetween(started, finished));
            client.product.push_back(millisecondsBetween(world.agent->network.lastHeaders, finished));
        }
        QString problem;
        const auto lines = curlSequential(world, recorder.urls, &problem);
        if (lines.empty()) {
            scenario.failure = problem;
            return scenario;
        }
        for (const auto& line : lines)
            latency.reference.push_back(line[0]);
    }
    scenario.figures.push_back(std::move(latency));
    scenario.figures.push_back(std::move(client));
    return scenario;
}

// ---- Search ----

/// Up to `count` distinct searchText values taken from real cardholders: last names, e-mail names, phone and
/// document digits (every kind the contract lists).
QStringList searchQueries(World& world, int count) {
    QStringList queries;
    QSet<QString> seen;
    for (int page = 1; queries.size() < count && page <= 50; ++page) {
        api::CardholderQuery query;
        query.page = page;
        query.limit = 100;
        const auto result = await<api::Page<api::Cardholder>>(
            [&](QObject* context, auto done) { world.agent->client.listCardholders(query, context, done); });
        if (!result || !result->ok() || result->value().items.isEmpty())
            break;
        int kind = 0;
        for (const api::Cardholder& holder : result->value().items) {
            QString text;
            switch (kind++ % 4) {
            case 0:
                text = holder.lastName.section(QLatin1Char(' '), 0, 0);
                break;
            case 1:
                text = holder.email.section(QLatin1Char('@'), 0, 0);
                break;
            case 2:
                text = holder.phoneNumber.right(6);
                break;
            default:
                text = holder.documentNumber.mid(1, 7);
                break;
            }
            text = text.trimmed().toLower();
            if (text.size() >= 3 && !seen.contains(text)) {
                seen.insert(text);
                queries << text;
                if (queries.size() == count)
                    break;
            }
        }
    }
    return queries;
}

Scenario search(World& world, const Settings& settings) {
    Scenario scenario{QStringLiteral("Search"),
                      QStringLiteral("%1 different searchText queries through CmsClient, %2 cardholders")
                          .arg(settings.searches)
                          .arg(settings.cardholders),
                      QStringLiteral("the same URLs with one curl process"),
                      {},
                      {},
                      {}};
    const QStringList queries = searchQueries(world, settings.searches);
    if (queries.size() < settings.searches) {
        scenario.failure = QStringLiteral("only %1 distinct queries").arg(queries.size());
        return scenario;
    }
    Figure latency{QStringLiteral("query latency"), QStringLiteral("ms"), {}, {}, Figure::Statistic::P99, false, 1.2};
    Figure server{QStringLiteral("sandbox time (curl first byte − request sent)"),
                  QStringLiteral("ms"),
                  {},
                  {},
                  Figure::Statistic::P99,
                  false,
                  50.0};
    Figure hits{QStringLiteral("rows on the first page (mean)"),
                QStringLiteral("rows"),
                {},
                {},
                Figure::Statistic::Median,
                false,
                std::nullopt};
    for (int run = 0; run < settings.runs; ++run) {
        UrlRecorder recorder(*world.agent);
        double rows = 0;
        for (const QString& text : queries) {
            api::CardholderQuery query;
            query.searchText = text;
            query.limit = 50;
            const Clock::time_point started = Clock::now();
            const auto result = await<api::Page<api::Cardholder>>(
                [&](QObject* context, auto done) { world.agent->client.listCardholders(query, context, done); });
            const Clock::time_point finished = Clock::now();
            if (!result || !result->ok()) {
                scenario.failure = QStringLiteral("search '%1' failed").arg(text);
                return scenario;
            }
            rows += double(result->value().items.size());
            latency.product.push_back(millisecondsBetween(started, finished));
        }
        hits.product.push_back(rows / double(queries.size()));
        QString problem;
        const auto lines = curlSequential(world, recorder.urls, &problem);
        if (lines.empty()) {
            scenario.failure = problem;
            return scenario;
        }
        for (const auto& line : lines) {
            latency.reference.push_back(line[0]);
            server.product.push_back(line[1] - line[2]);
        }
    }
    scenario.figures.push_back(std::move(latency));
    scenario.figures.push_back(std::move(server));
    scenario.figures.push_back(std::move(hits));
    return scenario;
}

// ---- Big list ----

/// CPU time this thread has used (CLOCK_THREAD_CPUTIME_ID), in ns.
qint64 threadCpuNanoseconds() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

/// A table view that notes when it has painted rows (the moment they are visible).
class WatchedView final : public QTableView {
public:
    std::function<void()> onPaintedRows;
    double longestPaintMs = 0;  ///< the longest paintEvent (diagnostics)
    double longestLayoutMs = 0; ///< the longest doItemsLayout / updateGeometries (header of every row)

    void doItemsLayout() override {
        const Clock::time_point started = Clock::now();
        QTableView::doItemsLayout();
        longestLayoutMs = std::max(longestLayoutMs, millisecondsBetween(started, Clock::now()));
    }

protected:
    void paintEvent(QPaintEvent* event) override {
        const Clock::time_point started = Clock::now();
        QTableView::paintEvent(event);
        longestPaintMs = std::max(longestPaintMs, millisecondsBetween(started, Clock::now()));
        if (onPaintedRows && model() && model()->rowCount() > 0)
            onPaintedRows();
    }
    void updateGeometries() override {
        const Clock::time_point started = Clock::now();
        QTableView::updateGeometries();
        longestLayoutMs = std::max(longestLayoutMs, millisecondsBetween(started, Clock::now()));
    }
};

Scenario bigList(World& world, const Settings& settings, QString* payloadPath) {
    Scenario scenario{
        QStringLiteral("Big list"),
        QStringLiteral("partner card list streamed into CardListModel + CardFilterProxyModel + QTableView (set up "
                       "as CardsView): until the first rows are painted, and until every row is in and painted"),
        QStringLiteral("curl to a file (time_total) + read + nlohmann::json::parse of that file"),
        {},
        {},
        {}};
    Figure first{
        QStringLiteral("first rows painted"), QStringLiteral("ms"), {}, {}, Figure::Statistic::Median, false, 0.3};
    Figure load{QStringLiteral("every row in, sortable and painted"),
                QStringLiteral("ms"),
                {},
                {},
                Figure::Statistic::Median,
                false,
                1.1};
    Figure gap{QStringLiteral("longest GUI event-loop gap"),
               QStringLiteral("ms"),
               {},
               {},
               Figure::Statistic::Worst,
               false,
               16.0};
    Figure gapMedian{QStringLiteral("longest GUI event-loop gap, median of the runs"),
                     QStringLiteral("ms"),
                     {},
                     {},
                     Figure::Statistic::Median,
                     false,
                     8.0};
    Figure memory{QStringLiteral("peak resident growth ÷ payload"),
                  QStringLiteral("×"),
                  {},
                  {},
                  Figure::Statistic::Worst,
                  false,
                  2.0};
    Figure memoryMb{QStringLiteral("peak resident growth"),
                    QStringLiteral("MB"),
                    {},
                    {},
                    Figure::Statistic::Worst,
                    false,
                    std::nullopt};
    Figure gapCpu{QStringLiteral("GUI thread CPU time within the longest gap (informative)"),
                  QStringLiteral("ms"),
                  {},
                  {},
                  Figure::Statistic::Worst,
                  false,
                  std::nullopt};
    Figure viewPaint{QStringLiteral("longest view paintEvent (informative)"),
                     QStringLiteral("ms"),
                     {},
                     {},
                     Figure::Statistic::Worst,
                     false,
                     std::nullopt};
    Figure viewLayout{QStringLiteral("longest view doItemsLayout / updateGeometries (informative)"),
                      QStringLiteral("ms"),
                      {},
                      {},
                      Figure::Statistic::Worst,
                      false,
                      std::nullopt};
    Figure reset{QStringLiteral("longest model reset or row insertion on the GUI thread (informative)"),
                 QStringLiteral("ms"),
                 {},
                 {},
                 Figure::Statistic::Worst,
                 false,
                 std::nullopt};
    const QString url = world.sandbox.baseUrl().toString() + QStringLiteral("/app/partners/1/cards");
    *payloadPath = world.sandbox.temporaryPath(QStringLiteral("cards.json"));
    double payloadBytes = 0;
    int rows = 0;
    for (int run = 0; run < settings.runs; ++run) {
        // Reference first, so the payload size is known for the memory figure.
        QString config = headerLines(*world.agent);
        config += QStringLiteral("url = ") + curlQuoted(url) + QLatin1Char('\n');
        config += QStringLiteral("output = ") + curlQuoted(*payloadPath) + QLatin1Char('\n');
        config += QStringLiteral("write-out = \"%{time_total} %{http_code} %{size_download}\\n\"\n");
        const CurlRun curl = runCurl(config, world.sandbox.temporaryPath(QStringLiteral("curl.conf")));
        const auto lines = curlNumbers(curl.output);
        if (curl.exitCode != 0 || lines.size() != 1 || lines[0].size() < 3 || lines[0][1] != 200) {
            scenario.failure = QStringLiteral("curl failed: ") + QString::fromUtf8(curl.errors);
            return scenario;
        }
        payloadBytes = lines[0][2];
        const Clock::time_point parseStarted = Clock::now();
        std::ifstream file(payloadPath->toStdString(), std::ios::binary);
        std::stringstream buffer;
        buffer << file.rdbuf();
        const std::string bytes = buffer.str();
        const nlohmann::json parsed = nlohmann::json::parse(bytes);
        const double parseMs = millisecondsBetween(parseStarted, Clock::now());
        if (!parsed.contains("data")) {
            scenario.failure = QStringLiteral("the reference parse found no data");
            return scenario;
        }
        load.reference.push_back(lines[0][0] * 1000 + parseMs);
        first.reference.push_back(lines[0][0] * 1000 + parseMs);

        // Product: a fresh model and view each run.
        api::CmsClient& client = world.agent->client;
        models::CardListModel model(&client);
        // Set up as views/CardsView.cpp sets up the card table: filter proxy, fixed hidden row header, sorting on
        // with the server's order first.
        models::CardFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        WatchedView view;
        view.setModel(&proxy);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.verticalHeader()->hide();
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 8);
        view.horizontalHeader()->setStretchLastSection(true);
        view.horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        view.setSortingEnabled(true);
        view.resize(1200, 800);
        view.show();
        QCoreApplication::processEvents();
        view.longestPaintMs = 0; // only what the load causes
        view.longestLayoutMs = 0;
        const qint64 baseline = residentBytes();
        resetPeakResident();

        QEventLoop loop;
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longest = 0;
        qint64 lastCpu = threadCpuNanoseconds();
        qint64 longestCpu = 0; // CPU the GUI thread used in the longest gap: work if close to it, else preemption
        qint64 visibleAt = -1;
        qint64 firstAt = -1;
        bool loaded = false;
        QObject::connect(&model, &models::CardListModel::loaded, &loop, [&loaded](int) { loaded = true; });
        // Where a long gap comes from: the reset (view and header re-layout included) runs on the GUI thread.
        qint64 resetStarted = 0;
        qint64 resetLongest = 0;
        QObject::connect(&model, &QAbstractItemModel::modelAboutToBeReset, &loop,
                         [&] { resetStarted = clock.nsecsElapsed(); });
        QObject::connect(&model, &QAbstractItemModel::modelReset, &loop,
                         [&] { resetLongest = std::max(resetLongest, clock.nsecsElapsed() - resetStarted); });
        QObject::connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, &loop,
                         [&] { resetStarted = clock.nsecsElapsed(); });
        QObject::connect(&model, &QAbstractItemModel::rowsInserted, &loop,
                         [&] { resetLongest = std::max(resetLongest, clock.nsecsElapsed() - resetStarted); });
        view.onPaintedRows = [&] {
            if (firstAt < 0)
                firstAt = clock.nsecsElapsed();
            if (loaded && visibleAt < 0)
                visibleAt = clock.nsecsElapsed();
        };
        QTimer ticker;
        ticker.setInterval(1);
        ticker.setTimerType(Qt::PreciseTimer);
        QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
            const qint64 now = clock.nsecsElapsed();
            const qint64 cpu = threadCpuNanoseconds();
            if (now - last > longest) {
                longest = now - last;
                longestCpu = cpu - lastCpu;
            }
            lastCpu = cpu;
            last = now;
            // After the rows show, the view still settles: measured for gaps too (as tst_gui_cardlist_load does).
            if ((visibleAt >= 0 && now - visibleAt > 500'000'000LL) || now > 120'000'000'000LL ||
                model.state() == models::CardListModel::State::Error)
                loop.quit();
        });
        clock.start();
        ticker.start();
        QTimer::singleShot(0, &loop, [&model] { model.loadPartnerCards(); });
        loop.exec();
        ticker.stop();
        if (visibleAt < 0) {
            scenario.failure = QStringLiteral("the card list never showed: ") + model.errorText();
            return scenario;
        }
        rows = model.rowCount();
        first.product.push_back(double(firstAt) / 1e6);
        load.product.push_back(double(visibleAt) / 1e6);
        gap.product.push_back(double(longest) / 1e6);
        gapMedian.product.push_back(double(longest) / 1e6);
        gapCpu.product.push_back(double(longestCpu) / 1e6);
        const double growth = double(peakResidentBytes() - baseline);
        memory.product.push_back(growth / payloadBytes);
        memoryMb.product.push_back(growth / 1e6);
        reset.product.push_back(double(resetLongest) / 1e6);
        viewPaint.product.push_back(view.longestPaintMs);
        viewLayout.product.push_back(view.longestLayoutMs);
    }
    scenario.notes << QStringLiteral("%1 cards, payload %2 MB").arg(rows).arg(format(payloadBytes / 1e6));
    scenario.figures.push_back(std::move(first));
    scenario.figures.push_back(std::move(load));
    scenario.figures.push_back(std::move(gap));
    scenario.figures.push_back(std::move(gapMedian));
    scenario.figures.push_back(std::move(memory));
    scenario.figures.push_back(std::move(memoryMb));
    scenario.figures.push_back(std::move(gapCpu));
    scenario.figures.push_back(std::move(reset));
    scenario.figures.push_back(std::move(viewPaint));
    scenario.figures.push_back(std::move(viewLayout));
    return scenario;
}

// ---- Report download ----

Scenario reportDownload(World& world, const Settings& settings) {
    Scenario scenario{QStringLiteral("Report download"),
                      QStringLiteral("movement report (PDF) through CmsClient::downloadMovementReport"),
                      QStringLiteral("curl -o of the same URL"),
                      {},
                      {},
                      {}};
    const QDate to = QDate::currentDate();
    const QDate from = to.addYears(-4);
    const QString destination = world.sandbox.temporaryPath(QStringLiteral("report.pdf"));
    const QString referenceFile = world.sandbox.temporaryPath(QStringLiteral("report-curl.pdf"));
    Figure throughput{
        QStringLiteral("throughput"), QStringLiteral("MB/s"), {}, {}, Figure::Statistic::Median, true, 0.9};
    Figure memory{
        QStringLiteral("peak resident growth"), QStringLiteral("MB"), {}, {}, Figure::Statistic::Worst, false, 16.0};
    UrlRecorder recorder(*world.agent);
    double bytes = 0;
    for (int run = -1; run < settings.runs; ++run) { // run -1: warms the sandbox's report cache, not counted
        QFile::remove(destination);
        QCoreApplication::processEvents();
        const qint64 baseline = residentBytes();
        resetPeakResident();
        const Clock::time_point started = Clock::now();
        const auto result = await<api::DownloadedFile>(
            [&](QObject* context, auto done) {
                world.agent->client.downloadMovementReport(1, 1, from, to, destination, context, nullptr, done);
            },
            600000);
        const double ms = millisecondsBetween(started, Clock::now());
        if (!result || !result->ok()) {
            scenario.failure = QStringLiteral("the report download failed");
            return scenario;
        }
        const double growth = double(peakResidentBytes() - baseline);
        bytes = double(QFileInfo(destination).size());
        if (run < 0)
            continue;
        throughput.product.push_back(bytes / 1e6 / (ms / 1000));
        memory.product.push_back(growth / 1e6);

        QString config = headerLines(*world.agent);
        config += QStringLiteral("url = ") + curlQuoted(recorder.urls.constLast().toString(QUrl::FullyEncoded)) +
                  QLatin1Char('\n');
        config += QStringLiteral("output = ") + curlQuoted(referenceFile) + QLatin1Char('\n');
        config += QStringLiteral("write-out = \"%{time_total} %{http_code} %{size_download}\\n\"\n");
        const CurlRun curl = runCurl(config, world.sandbox.temporaryPath(QStringLiteral("curl.conf")));
        const auto lines = curlNumbers(curl.output);
        if (curl.exitCode != 0 || lines.size() != 1 || lines[0].size() < 3 || lines[0][1] != 200 ||
            lines[0][2] != bytes) {
            scenario.failure = QStringLiteral("curl failed or got another size: ") + QString::fromUtf8(curl.errors);
            return scenario;
        }
        throughput.reference.push_back(lines[0][2] / 1e6 / lines[0][0]);
    }
    scenario.notes << QStringLiteral("report %1 MB (%2 movements)")
                          .arg(format(bytes / 1e6))
                          .arg(world.sandbox.ready()
                                   .value(QStringLiteral("longHistory"))
                                   .toObject()
                                   .value(QStringLiteral("movements"))
                                   .toInt());
    scenario.figures.push_back(std::move(throughput));
    scenario.figures.push_back(std::move(memory));
    return scenario;
}

// ---- Bulk block ----

Scenario bulk(World& world, const Settings& settings) {
    Scenario scenario{QStringLiteral("Bulk block"),
                      QStringLiteral("%1 cards blocked then unblocked through CmsClient (batches of %2, one OTP each), "
                                     "outcomes in BulkResultModel")
                          .arg(settings.bulkCards)
                          .arg(settings.bulkBatch),
                      QStringLiteral("the same OTP request and PATCH bodies with curl"),
                      {},
                      {},
                      {}};
    SignedInClient& supervisor = *world.supervisor;
    api::ClientConfig config = supervisor.client.config();
    config.maxBulkCardIds = settings.bulkBatch;
    supervisor.client.setConfig(config);
    const QString email = QStringLiteral("supervisor@migo.test");

    api::PartnerCardQuery active;
    active.status = api::CardStatus::Active;
    const auto cards = await<QList<api::Card>>(
        [&](QObject* context, auto done) { supervisor.client.listPartnerCardsMatching(active, context, done); });
    if (!cards || !cards->ok() || cards->value().size() < settings.bulkCards) {
        scenario.failure = QStringLiteral("not enough ACTIVE cards");
        return scenario;
    }
    QList<qint64> ids;
    for (const api::Card& card : cards->value()) {
        if (card.id > 3) // cardholder 1's fixture cards stay as they are
            ids << card.id;
        if (ids.size() == settings.bulkCards)
            break;
    }
    std::sort(ids.begin(), ids.end());

    Figure block{QStringLiteral("block (OTP + all batches)"),
                 QStringLiteral("ms"),
                 {},
                 {},
                 Figure::Statistic::Median,
                 false,
                 1.2};
    Figure unblock{QStringLiteral("unblock (OTP + all batches)"),
                   QStringLiteral("ms"),
                   {},
                   {},
                   Figure::Statistic::Median,
                   false,
                   1.2};
    Figure shown{QStringLiteral("per-card results shown as DONE"),
                 QStringLiteral("cards"),
                 {},
                 {},
                 Figure::Statistic::Worst,
                 true,
                 double(settings.bulkCards)};
    shown.limit = double(settings.bulkCards);

    // Product: one OTP, then the batches one after another (a write is never sent twice or in parallel).
    // The per-card outcomes go into the product's BulkResultModel, shown in a table as the bulk dialog shows them.
    const auto productPass = [&](api::BulkCardAction action, QString* problem) -> std::pair<double, int> {
        models::BulkResultModel outcomes;
        outcomes.setAction(action);
        outcomes.setCards(ids, nullptr);
        QTableView view;
        view.setModel(&outcomes);
        view.resize(1000, 700);
        view.show();
        QCoreApplication::processEvents();
        const Clock::time_point started = Clock::now();
        const int before = world.sandbox.otpCount(email, nullptr);
        const auto challenge = await<api::OtpChallenge>([&](QObject* context, auto done) {
            // A code opens only its own operation (contract §15).
            supervisor.client.requestOtp(
                email, action == api::BulkCardAction::Block ? api::OtpPurpose::BulkBlock : api::OtpPurpose::BulkUnblock,
                context, done);
        });
        const QString code = world.sandbox.waitForOtp(email, before, 10000);
        if (!challenge || !challenge->ok() || code.isEmpty()) {
            *problem = QStringLiteral("no OTP");
            return {0, 0};
        }
        for (qsizetype first = 0; first < ids.size(); first += settings.bulkBatch) {
            const QList<qint64> batch = ids.mid(first, settings.bulkBatch);
            const auto result = await<api::BulkResult>(
                [&](QObject* context, auto callback) {
                    supervisor.client.bulkChangeCardState(action, batch, code, context, callback);
                },
                300000);
            if (!result || !result->ok()) {
                *problem = QStringLiteral("a bulk batch failed");
                return {0, outcomes.count(models::BulkResultModel::Outcome::Done)};
            }
            outcomes.applyResult(batch, result->value());
        }
        QCoreApplication::processEvents(); // the table repaints with the outcomes
        return {millisecondsBetween(started, Clock::now()), outcomes.count(models::BulkResultModel::Outcome::Done)};
    };
    // Reference: one curl for the OTP, one curl for every batch (bodies from files), DONE counted in the answers.
    const auto referencePass = [&](const QString& verb, QString* problem) -> std::pair<double, int> {
        const QString base = world.sandbox.baseUrl().toString();
        const Clock::time_point started = Clock::now();
        const int before = world.sandbox.otpCount(email, nullptr);
        QString otpConfig = headerLines(supervisor);
        otpConfig += QStringLiteral("header = \"Content-Type: application/json\"\nrequest = \"POST\"\n");
        otpConfig +=
            QStringLiteral("url = ") + curlQuoted(base + QStringLiteral("/app/users/auth/otp")) + QLatin1Char('\n');
        otpConfig += QStringLiteral("data = ") +
                     curlQuoted(QStringLiteral("{\"email\":\"%1\",\"purpose\":\"bulk_%2\"}").arg(email, verb)) +
                     QStringLiteral("\noutput = \"/dev/null\"\n");
        const CurlRun otpRun = runCurl(otpConfig, world.sandbox.temporaryPath(QStringLiteral("otp.conf")));
        const QString code = world.sandbox.waitForOtp(email, before, 10000);
        if (otpRun.exitCode != 0 || code.isEmpty()) {
            *problem = QStringLiteral("curl: no OTP");
            return {0, 0};
        }
        QString config;
        int batchIndex = 0;
        for (qsizetype first = 0; first < ids.size(); first += settings.bulkBatch, ++batchIndex) {
            nlohmann::json body;
            body["cardIds"] = nlohmann::json::array();
            for (const qint64 id : ids.mid(first, settings.bulkBatch))
                body["cardIds"].push_back(id);
            body["otp"] = code.toStdString();
            const QString bodyPath = world.sandbox.temporaryPath(QStringLiteral("bulk-%1.json").arg(batchIndex));
            QFile bodyFile(bodyPath);
            if (!bodyFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                *problem = QStringLiteral("cannot write a bulk body");
                return {0, 0};
            }
            bodyFile.write(QByteArray::fromStdString(body.dump()));
            bodyFile.close();
            if (batchIndex > 0)
                config += QStringLiteral("next\n");
            config += headerLines(supervisor);
            config += QStringLiteral("header = \"Content-Type: application/json\"\nrequest = \"PATCH\"\n");
            config += QStringLiteral("url = ") +
                      curlQuoted(base + QStringLiteral("/app/partners/1/cardholders/cards/") + verb) +
                      QLatin1Char('\n');
            config += QStringLiteral("data-binary = ") + curlQuoted(QLatin1Char('@') + bodyPath) + QLatin1Char('\n');
            config += QStringLiteral("output = ") +
                      curlQuoted(world.sandbox.temporaryPath(QStringLiteral("bulk-answer-%1.json").arg(batchIndex))) +
                      QLatin1Char('\n');
        }
        const CurlRun run = runCurl(config, world.sandbox.temporaryPath(QStringLiteral("bulk.conf")));
        const double ms = millisecondsBetween(started, Clock::now());
        int done = 0;
        for (int index = 0; index < batchIndex; ++index) {
            std::ifstream answer(
                world.sandbox.temporaryPath(QStringLiteral("bulk-answer-%1.json").arg(index)).toStdString());
            const nlohmann::json parsed = nlohmann::json::parse(answer, nullptr, false);
            if (parsed.is_discarded() || !parsed.contains("data")) {
                *problem = QStringLiteral("curl: a bulk answer is not JSON");
                return {ms, done};
            }
            for (const auto& item : parsed["data"]["results"])
                done += item.value("outcome", std::string()) == "DONE" ? 1 : 0;
        }
        if (run.exitCode != 0)
            *problem = QStringLiteral("curl bulk exit %1").arg(run.exitCode);
        return {ms, done};
    };

    for (int run = 0; run < settings.runs; ++run) {
        QString problem;
        auto [blockMs, blocked] = productPass(api::BulkCardAction::Block, &problem);
        auto [unblockMs, unblocked] = productPass(api::BulkCardAction::Unblock, &problem);
        if (!problem.isEmpty()) {
            scenario.failure = problem;
            return scenario;
        }
        block.product.push_back(blockMs);
        unblock.product.push_back(unblockMs);
        shown.product.push_back(double(std::min(blocked, unblocked)));
        auto [refBlockMs, refBlocked] = referencePass(QStringLiteral("block"), &problem);
        auto [refUnblockMs, refUnblocked] = referencePass(QStringLiteral("unblock"), &problem);
        if (!problem.isEmpty() || refBlocked != settings.bulkCards || refUnblocked != settings.bulkCards) {
            scenario.failure =
                problem.isEmpty() ? QStringLiteral("curl: %1 / %2 DONE").arg(refBlocked).arg(refUnblocked) : problem;
            return scenario;
        }
        block.reference.push_back(refBlockMs);
        unblock.reference.push_back(refUnblockMs);
    }
    scenario.figures.push_back(std::move(block));
    scenario.figures.push_back(std::move(unblock));
    scenario.figures.push_back(std::move(shown));
    return scenario;
}

// ---- Cold start ----

/// Starts `program` offscreen with Qt's own widget-painting log on, and returns the ms from just before exec to
/// the first "Painting and flushing" line of qt.widgets.painting (the first paint of an exposed window), taken
/// from the line's %{time boot} stamp (CLOCK_MONOTONIC, the same clock as steady_clock on Linux). Negative on
/// failure.
double coldStart(const QString& program, const QStringList& arguments, const QString& home, QString* problem) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qt.widgets.painting.info=true"));
    environment.insert(QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("%{time boot} %{category} %{message}"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    const Clock::time_point started = Clock::now();
    process.start(program, arguments);
    double result = -1;
    QByteArray pending;
    QDeadlineTimer deadline(60000);
    while (result < 0 && !deadline.hasExpired() &&
           (process.state() != QProcess::NotRunning || process.bytesAvailable() > 0)) {
        process.waitForReadyRead(50);
        pending += process.readAll();
        qsizetype newline;
        while (result < 0 && (newline = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(newline);
            pending.remove(0, newline + 1);
            if (line.contains("qt.widgets.painting") && line.contains("Painting and flushing")) {
                bool ok = false;
                const double bootSeconds = line.trimmed().split(' ').constFirst().toDouble(&ok);
                const double startedMs = std::chrono::duration<double, std::milli>(started.time_since_epoch()).count();
                result = ok ? bootSeconds * 1000 - startedMs : millisecondsBetween(started, Clock::now());
            }
        }
    }
    if (result < 0)
        *problem = QStringLiteral("%1 showed no window: %2").arg(program, QString::fromUtf8(pending.left(2000)));
    process.terminate();
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(10000);
    }
    return result;
}

Scenario coldStarts(const Settings& settings) {
    Scenario scenario{QStringLiteral("Cold start"),
                      QStringLiteral("migo-backoffice, exec → first window painted (offscreen)"),
                      QStringLiteral("migo-bench-bare-window: one empty QWidget"),
                      {},
                      {},
                      {}};
    Figure start{
        QStringLiteral("exec → first paint"), QStringLiteral("ms"), {}, {}, Figure::Statistic::Median, false, 2.0};
    QTemporaryDir home;
    const QString app = settings.binDir + QStringLiteral("/migo-backoffice");
    const QString bare = settings.binDir + QStringLiteral("/migo-bench-bare-window");
    for (int run = 0; run < settings.coldStarts; ++run) {
        QString problem;
        const double product = coldStart(app, {}, home.filePath(QStringLiteral("app")), &problem);
        const double reference = coldStart(bare, {}, home.filePath(QStringLiteral("bare")), &problem);
        if (product < 0 || reference < 0) {
            scenario.failure = problem;
            return scenario;
        }
        start.product.push_back(product);
        start.reference.push_back(reference);
    }
    scenario.figures.push_back(std::move(start));
    return scenario;
}

// ---- Money parse (Google Benchmark program) ----

Scenario moneyParse(const Settings& settings, const QString& payloadPath, const QString& scratch) {
    Scenario scenario{QStringLiteral("Money parse"),
                      QStringLiteral("api::json::exactParse of the card list (decimals kept exact)"),
                      QStringLiteral("nlohmann::json::parse of the same bytes"),
                      {},
                      {},
                      {}};
    const QString program = settings.binDir + QStringLiteral("/migo-bench-money");
    if (!QFileInfo::exists(program)) {
        scenario.failure = QStringLiteral("migo-bench-money was not built (Google Benchmark missing)");
        return scenario;
    }
    const QString out = scratch + QStringLiteral("/money.json");
    QProcess process;
    QStringList arguments{QStringLiteral("--payload=") + payloadPath, QStringLiteral("--benchmark_out=") + out,
                          QStringLiteral("--benchmark_out_format=json"),
                          QStringLiteral("--benchmark_repetitions=%1").arg(settings.smoke ? 1 : 2 * settings.runs),
                          QStringLiteral("--benchmark_min_time=0.01")};
    if (payloadPath.isEmpty())
        arguments.removeFirst();
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        scenario.failure = QStringLiteral("migo-bench-money failed: ") + QString::fromUtf8(process.readAll());
        return scenario;
    }
    std::ifstream file(out.toStdString());
    const nlohmann::json results = nlohmann::json::parse(file, nullptr, false);
    if (results.is_discarded()) {
        scenario.failure = QStringLiteral("migo-bench-money wrote no JSON");
        return scenario;
    }
    Figure parse{QStringLiteral("parse"), QStringLiteral("ms"), {}, {}, Figure::Statistic::Median, false, 1.3};
    Figure decode{QStringLiteral("full decode into api::Card (informative)"),
                  QStringLiteral("ms"),
                  {},
                  {},
                  Figure::Statistic::Median,
                  false,
                  std::nullopt};
    for (const auto& entry : results["benchmarks"]) {
        if (entry.value("run_type", std::string()) != "iteration")
            continue;
        const std::string name = entry.value("run_name", entry.value("name", std::string()));
        double ms = entry.value("real_time", 0.0);
        const std::string unit = entry.value("time_unit", std::string("ns"));
        ms /= unit == "ns" ? 1e6 : (unit == "us" ? 1e3 : (unit == "s" ? 1e-3 : 1));
        if (name.find("ExactParse") != std::string::npos)
            parse.product.push_back(ms);
        else if (name.find("NlohmannParse") != std::string::npos) {
            parse.reference.push_back(ms);
            decode.reference.push_back(ms);
        } else if (name.find("DecodeCards") != std::string::npos)
            decode.product.push_back(ms);
    }
    if (parse.product.empty() || parse.reference.empty()) {
        scenario.failure = QStringLiteral("migo-bench-money reported no samples");
        return scenario;
    }
    scenario.notes << QStringLiteral("payload: %1")
                          .arg(payloadPath.isEmpty() ? QStringLiteral("generated") : QFileInfo(payloadPath).fileName());
    scenario.figures.push_back(std::move(parse));
    scenario.figures.push_back(std::move(decode));
    return scenario;
}

// ---- Output ----

Json samplesJson(const std::vector<double>& samples) {
    Json array = Json::array();
    for (const double sample : samples)
        array.push_back(sample);
    return array;
}

Json summaryJson(const std::vector<double>& samples) {
    const Summary summary = summarize(samples);
    return Json{{"median", summary.median},
                {"worst", summary.worst},
                {"best", summary.best},
                {"p99", summary.p99},
                {"count", samples.size()}};
}

QString tableOf(const std::vector<Scenario>& scenarios) {
    QString table = QStringLiteral("| Scenario | Figure | Product median | Product worst | Reference median | "
                                   "Reference worst | Checked | Target | Result |\n"
                                   "|---|---|---|---|---|---|---|---|---|\n");
    for (const Scenario& scenario : scenarios) {
        if (!scenario.failure.isEmpty()) {
            table += QStringLiteral("| %1 | — | | | | | | | did not run: %2 |\n").arg(scenario.name, scenario.failure);
            continue;
        }
        for (const Figure& figure : scenario.figures) {
            const Summary product = summarize(figure.product);
            const Summary reference = summarize(figure.reference);
            const bool compared = !figure.reference.empty();
            const std::optional<double> measured = figure.measured();
            QString checked;
            if (measured)
                checked = compared ? QStringLiteral("%1 ratio %2").arg(figure.statisticName(), format(*measured))
                                   : QStringLiteral("%1 %2").arg(figure.statisticName(), format(*measured));
            QString target;
            if (figure.limit)
                target = QStringLiteral("%1 %2%3").arg(
                    figure.higherIsBetter ? QStringLiteral("≥") : QStringLiteral("≤"), format(*figure.limit),
                    compared ? QString() : QString(QLatin1Char(' ') + figure.unit));
            const std::optional<bool> met = figure.met();
            table +=
                QStringLiteral("| %1 | %2 (%3) | %4 | %5 | %6 | %7 | %8 | %9 | %10 |\n")
                    .arg(scenario.name, figure.name, figure.unit, format(product.median),
                         format(figure.worstOf(product)), compared ? format(reference.median) : QStringLiteral("—"),
                         compared ? format(figure.worstOf(reference)) : QStringLiteral("—"), checked, target)
                    .arg(met ? (*met ? QStringLiteral("met") : QStringLiteral("**missed**")) : QString());
        }
    }
    return table;
}

Json reportJson(const std::vector<Scenario>& scenarios, const Settings& settings, const QString& table) {
    Json root;
    root["date"] = str(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    root["machine"] = str(machineDescription());
    root["cores"] = onlineCores();
    root["smoke"] = settings.smoke;
    root["runs"] = settings.runs;
    root["sizes"] = Json{{"cardholders", settings.cardholders},
                         {"longHistoryMovements", settings.longHistory},
                         {"pages", settings.pages},
                         {"searches", settings.searches},
                         {"bulkCards", settings.bulkCards},
                         {"bulkBatch", settings.bulkBatch},
                         {"coldStarts", settings.coldStarts}};
    Json list = Json::array();
    for (const Scenario& scenario : scenarios) {
        Json entry;
        entry["name"] = str(scenario.name);
        entry["product"] = str(scenario.productSide);
        entry["reference"] = str(scenario.referenceSide);
        if (!scenario.failure.isEmpty())
            entry["failure"] = str(scenario.failure);
        Json notes = Json::array();
        for (const QString& note : scenario.notes)
            notes.push_back(str(note));
        entry["notes"] = notes;
        Json figures = Json::array();
        for (const Figure& figure : scenario.figures) {
            Json item;
            item["name"] = str(figure.name);
            item["unit"] = str(figure.unit);
            item["statistic"] = str(figure.statisticName());
            item["higherIsBetter"] = figure.higherIsBetter;
            item["productSummary"] = summaryJson(figure.product);
            item["productSamples"] = samplesJson(figure.product);
            if (!figure.reference.empty()) {
                item["referenceSummary"] = summaryJson(figure.reference);
                item["referenceSamples"] = samplesJson(figure.reference);
            }
            if (const auto measured = figure.measured())
                item[figure.reference.empty() ? "value" : "ratio"] = *measured;
            if (figure.limit)
                item["limit"] = *figure.limit;
            if (const auto met = figure.met())
                item["met"] = *met;
            figures.push_back(std::move(item));
        }
        entry["figures"] = std::move(figures);
        list.push_back(std::move(entry));
    }
    root["scenarios"] = std::move(list);
    root["table"] = str(table);
    return root;
}

} // namespace
} // namespace migo::bench

int main(int argc, char* argv[]) {
    using namespace migo::bench;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Migo Backoffice end-to-end benchmarks (bench/README.md)."));
    parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("JSON results file."), QStringLiteral("FILE"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Repetitions of each scenario."),
                                  QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption smoke(QStringLiteral("smoke"), QStringLiteral("Tiny sizes, one run (CTest)."));
    const QCommandLineOption only(
        QStringLiteral("scenario"),
        QStringLiteral("Run only this scenario: page, search, list, report, bulk, cold, money "
                       "(repeatable)."),
        QStringLiteral("NAME"));
    parser.addOptions({out, runs, smoke, only});
    parser.process(app);
    if (!parser.isSet(out)) {
        std::fprintf(stderr, "migo-bench: --out FILE is required\n");
        return 2;
    }

    Settings settings;
    settings.binDir = QCoreApplication::applicationDirPath();
    settings.sandboxExecutable = settings.binDir + QStringLiteral("/migo-cms-sandbox");
    settings.runs = std::max(1, parser.value(runs).toInt());
    settings.smoke = parser.isSet(smoke);
    if (settings.smoke) {
        settings.runs = 1;
        settings.cardholders = 300;
        settings.longHistory = 400;
        settings.pages = 3;
        settings.searches = 5;
        settings.bulkCards = 30;
        settings.bulkBatch = 10;
        settings.coldStarts = 1;
    }
    QStringList wanted = parser.values(only);
    if (wanted.isEmpty())
        wanted = {QStringLiteral("page"), QStringLiteral("search"), QStringLiteral("list"), QStringLiteral("report"),
                  QStringLiteral("bulk"), QStringLiteral("cold"),   QStringLiteral("money")};
    std::printf("migo-bench: %s; %d run(s)%s\n", qPrintable(machineDescription()), settings.runs,
                settings.smoke ? " (smoke sizes)" : "");
    std::fflush(stdout);

    std::vector<Scenario> scenarios;
    // Each scenario prints its figures (units, medians, worsts, ratio) and the core count as soon as it ends.
    const auto announce = [](const Scenario& scenario) {
        std::printf("  %s (%d cores): %s\n", qPrintable(scenario.name), onlineCores(),
                    scenario.failure.isEmpty() ? "done" : qPrintable(QStringLiteral("FAILED ") + scenario.failure));
        for (const Figure& figure : scenario.figures) {
            const Summary product = summarize(figure.product);
            QString line = QStringLiteral("    %1: median %2 %3, worst %4 %3")
                               .arg(figure.name, format(product.median), figure.unit, format(figure.worstOf(product)));
            if (!figure.reference.empty()) {
                const Summary reference = summarize(figure.reference);
                line += QStringLiteral("; reference median %1 %2, worst %3 %2")
                            .arg(format(reference.median), figure.unit, format(figure.worstOf(reference)));
            }
            if (const std::optional<double> measured = figure.measured())
                line += QStringLiteral("; %1 %2 %3")
                            .arg(figure.statisticName(),
                                 figure.reference.empty() ? QStringLiteral("value") : QStringLiteral("ratio"),
                                 format(*measured));
            std::printf("%s\n", qPrintable(line));
        }
        std::fflush(stdout);
    };
    const bool needsWorld = wanted.contains(QStringLiteral("page")) || wanted.contains(QStringLiteral("search")) ||
                            wanted.contains(QStringLiteral("list")) || wanted.contains(QStringLiteral("report")) ||
                            wanted.contains(QStringLiteral("bulk")) || wanted.contains(QStringLiteral("money"));
    QTemporaryDir scratch;
    World world;
    QString payloadPath;
    if (needsWorld) {
        const Clock::time_point started = Clock::now();
        if (!world.start(settings)) {
            std::fprintf(stderr, "migo-bench: cannot start the sandbox: %s\n", qPrintable(world.error));
            return 1;
        }
        std::printf("  sandbox ready in %.1f s (%d cardholders, seed 7)\n",
                    millisecondsBetween(started, Clock::now()) / 1000, settings.cardholders);
        std::fflush(stdout);
    }
    const auto runScenario = [&](const QString& key, const std::function<Scenario()>& body) {
        if (!wanted.contains(key))
            return;
        scenarios.push_back(body());
        announce(scenarios.back());
    };
    runScenario(QStringLiteral("page"), [&] { return pageLatency(world, settings); });
    runScenario(QStringLiteral("search"), [&] { return search(world, settings); });
    if (wanted.contains(QStringLiteral("list")) || wanted.contains(QStringLiteral("money"))) {
        Scenario list = bigList(world, settings, &payloadPath);
        if (wanted.contains(QStringLiteral("list"))) {
            scenarios.push_back(std::move(list));
            announce(scenarios.back());
        }
    }
    runScenario(QStringLiteral("report"), [&] { return reportDownload(world, settings); });
    runScenario(QStringLiteral("bulk"), [&] { return bulk(world, settings); });
    runScenario(QStringLiteral("cold"), [&] { return coldStarts(settings); });
    runScenario(QStringLiteral("money"), [&] { return moneyParse(settings, payloadPath, scratch.path()); });
    world.sandbox.stop();

    const QString table = tableOf(scenarios);
    std::printf("\nMachine: %s\n\n%s", qPrintable(machineDescription()), qPrintable(table));
    QFile file(parser.value(out));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "migo-bench: cannot write %s\n", qPrintable(parser.value(out)));
        return 1;
    }
    file.write(QByteArray::fromStdString(reportJson(scenarios, settings, table).dump(2)) + '\n');
    bool allRan = true;
    for (const Scenario& scenario : scenarios)
        allRan = allRan && scenario.failure.isEmpty();
    return allRan ? 0 : 1;
}
