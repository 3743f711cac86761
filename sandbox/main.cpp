// migo-cms-sandbox: a local Migo CMS Backoffice API (docs/api-contract.md) on a real SQLite database.

#include "JsonSupport.h"
#include "MigoVersion.h"
#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStandardPaths>

#include <cstdio>

namespace {

/// Parses the command line into `options`; returns false (after printing why) when it is invalid.
bool parseOptions(const QCoreApplication& app, SandboxOptions& options) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Local Migo CMS Backoffice API sandbox. Prints one JSON 'ready' line on stdout when listening."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port (0 = pick a free one)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("Address to listen on."),
                                  QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption db(
        QStringLiteral("db"),
        QStringLiteral("SQLite file (default: AppDataLocation/sandbox.sqlite; :memory: allowed)."),
        QStringLiteral("PATH"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Demo cardholders to create when the database is empty."),
                                  QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption demoCards(
        QStringLiteral("demo-cards"),
        QStringLiteral("Extra partner-1 cards, without movements, added to a new demo world (large-list tests)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption demoPool(
        QStringLiteral("demo-pool"),
        QStringLiteral("Unassigned partner-1 cards of a new demo world (default: demo cardholders / 20, at least 20)."),
        QStringLiteral("N"), QStringLiteral("-1"));
    const QCommandLineOption bulkChunkDelay(
        QStringLiteral("bulk-chunk-delay"),
        QStringLiteral("Pause after each chunk of 200 rows of a bulk upload (tests and demos of live progress)."),
        QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption longHistory(
        QStringLiteral("long-history"),
        QStringLiteral("Extra movements on card 1 of cardholder 1 of a new demo world (a very long report)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the demo world (same seed, same data)."), QStringLiteral("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption reset(QStringLiteral("reset"), QStringLiteral("Wipe the database first."));
    const QCommandLineOption otpLog(QStringLiteral("otp-log"),
                                    QStringLiteral("Append issued OTP codes to this file, one JSON line each."),
                                    QStringLiteral("PATH"));
    const QCommandLineOption tokenTtl(QStringLiteral("token-ttl"), QStringLiteral("Operator access token life."),
                                      QStringLiteral("SECONDS"), QStringLiteral("900"));
    const QCommandLineOption otpTtl(QStringLiteral("otp-ttl"), QStringLiteral("OTP validity."),
                                    QStringLiteral("SECONDS"), QStringLiteral("300"));
    const QCommandLineOption stepUpWindow(
        QStringLiteral("step-up-window"),
        QStringLiteral("How long a verified OTP keeps its purpose open without a new code (0: off)."),
        QStringLiteral("SECONDS"), QStringLiteral("300"));
    const QCommandLineOption appTokenTtl(QStringLiteral("app-token-ttl"),
                                         QStringLiteral("Application (merchant) access token life."),
                                         QStringLiteral("SECONDS"), QStringLiteral("1800"));
    const QCommandLineOption appRefreshTtl(QStringLiteral("app-refresh-ttl"),
                                           QStringLiteral("Application (merchant) refresh token life."),
                                           QStringLiteral("SECONDS"), QStringLiteral("604800"));
    const QCommandLineOption loginMaxFailures(
        QStringLiteral("login-max-failures"),
        QStringLiteral("Failed operator logins of one e-mail within --login-window before 429."), QStringLiteral("N"),
        QStringLiteral("5"));
    const QCommandLineOption loginMaxFailuresPerAddress(
        QStringLiteral("login-max-failures-per-address"),
        QStringLiteral("Failed operator logins from one client address within --login-window before 429."),
        QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption loginWindow(QStringLiteral("login-window"),
                                         QStringLiteral("Window of the failed-login counts."),
                                         QStringLiteral("SECONDS"), QStringLiteral("900"));
    const QCommandLineOption otpRequestsPerMinute(
        QStringLiteral("otp-requests-per-minute"),
        QStringLiteral("OTP code requests of one operator in any 60 seconds before 429."), QStringLiteral("N"),
        QStringLiteral("20"));
    const QCommandLineOption otpMaxFailures(
        QStringLiteral("otp-max-failures"),
        QStringLiteral("Wrong OTP codes of one operator (across codes) within --otp-failure-window that lock step-up."),
        QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption otpFailureWindow(QStringLiteral("otp-failure-window"),
                                              QStringLiteral("Window of the wrong-code count (and so the lockout)."),
                                              QStringLiteral("SECONDS"), QStringLiteral("1800"));
    parser.addOptions({port,
                       host,
                       db,
                       demo,
                       demoCards,
                       demoPool,
                       bulkChunkDelay,
                       longHistory,
                       seed,
                       reset,
                       otpLog,
                       tokenTtl,
                       otpTtl,
                       stepUpWindow,
                       appTokenTtl,
                       appRefreshTtl,
                       loginMaxFailures,
                       loginMaxFailuresPerAddress,
                       loginWindow,
                       otpRequestsPerMinute,
                       otpMaxFailures,
                       otpFailureWindow});
    parser.process(app);

    bool ok = true;
    const auto number = [&parser, &ok](const QCommandLineOption& option, qint64 minimum, qint64 maximum) {
        bool parsed = false;
        const qint64 value = parser.value(option).toLongLong(&parsed);
        if (!parsed || value < minimum || value > maximum) {
            std::fprintf(stderr, "invalid --%s: %s\n", qPrintable(option.names().constFirst()),
                         qPrintable(parser.value(option)));
            ok = false;
        }
        return value;
    };
    options.port = quint16(number(port, 0, 65535));
    options.host = parser.value(host);
    options.demoCardholders = int(number(demo, 0, 1'000'000));
    options.demoExtraCards = int(number(demoCards, 0, 2'000'000));
    options.demoPoolCards = int(number(demoPool, -1, 2'000'000));
    options.bulkChunkDelayMs = int(number(bulkChunkDelay, 0, 60'000));
    options.longHistory = int(number(longHistory, 0, 5'000'000));
    bool seedOk = false;
    options.seed = parser.value(seed).toULongLong(&seedOk);
    if (!seedOk) {
        std::fprintf(stderr, "invalid --seed\n");
        ok = false;
    }
    options.reset = parser.isSet(reset);
    options.otpLogPath = parser.value(otpLog);
    options.tokenTtlSeconds = int(number(tokenTtl, 1, 30 * 24 * 3600));
    options.otpTtlSeconds = int(number(otpTtl, 1, 24 * 3600));
    options.stepUpWindowSeconds = int(number(stepUpWindow, 0, 24 * 3600));
    options.appTokenTtlSeconds = int(number(appTokenTtl, 1, 30 * 24 * 3600));
    options.appRefreshTtlSeconds = int(number(appRefreshTtl, 1, 365 * 24 * 3600));
    options.loginMaxFailures = int(number(loginMaxFailures, 1, 1'000'000));
    options.loginMaxFailuresPerAddress = int(number(loginMaxFailuresPerAddress, 1, 1'000'000));
    options.loginWindowSeconds = int(number(loginWindow, 1, 24 * 3600));
    options.otpRequestsPerMinute = int(number(otpRequestsPerMinute, 1, 1'000'000));
    options.otpMaxFailures = int(number(otpMaxFailures, 1, 1'000'000));
    options.otpFailureWindowSeconds = int(number(otpFailureWindow, 1, 24 * 3600));
    if (parser.isSet(db)) {
        options.databasePath = parser.value(db);
    } else {
        const QString directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(directory);
        options.databasePath = directory + QStringLiteral("/sandbox.sqlite");
    }
    return ok;
}

} // namespace

int main(int argc, char* argv[]) {
    // QPdfWriter needs a QGuiApplication; the sandbox has no window, so default to the offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Migo"));
    QCoreApplication::setApplicationName(QStringLiteral("migo-cms-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MIGO_VERSION " (" MIGO_BUILD_ID ")"));

    SandboxOptions options;
    if (!parseOptions(app, options)) {
        return 2;
    }
    SandboxServer server(options);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "migo-cms-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    const QByteArray ready = serializeJson(server.readyEvent()) + '\n';
    std::fwrite(ready.constData(), 1, size_t(ready.size()), stdout);
    std::fflush(stdout);
    return app.exec();
}
