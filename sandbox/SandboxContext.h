#pragma once

#include <QString>

class Database;
class AuthService;
class OtpService;

/// Command-line settings of the sandbox (see main.cpp for the options and their defaults).
struct SandboxOptions {
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    QString databasePath;
    int demoCardholders = 2000;
    int demoExtraCards = 0; ///< --demo-cards: bulk partner-1 cards added to the demo world (load tests)
    int longHistory = 0;    ///< --long-history: extra movements on card 1 of cardholder 1 (report benchmark)
    quint64 seed = 1;
    bool reset = false;
    QString otpLogPath;
    int tokenTtlSeconds = 900;                ///< operator access token life
    int appTokenTtlSeconds = 30 * 60;         ///< application access token life (ref §2.3: 30 min)
    int appRefreshTtlSeconds = 7 * 24 * 3600; ///< application refresh token life (ref §2.3: 7 days)
    int otpTtlSeconds = 300;                  ///< OTP validity
    int stepUpWindowSeconds = 300; ///< how long a verified code keeps its purpose open without a code (0: off)
    // Throttles (contract §15): far above what an operator does by hand, far below what guessing needs.
    int loginMaxFailures = 5;            ///< failed logins of one e-mail within loginWindowSeconds → 429
    int loginMaxFailuresPerAddress = 20; ///< failed logins from one client address within loginWindowSeconds → 429
    int loginWindowSeconds = 900;
    int otpRequestsPerMinute = 20; ///< code requests of one operator in any 60 s
    int otpMaxFailures = 10;       ///< wrong codes of one operator (across codes) within the window → locked
    int otpFailureWindowSeconds = 1800;
    int reportThreads = 2;    ///< worker threads for long work (the PDF report)
    int demoPoolCards = -1;   ///< --demo-pool: unassigned partner-1 cards (-1: max(20, cardholders / 20))
    int bulkChunkDelayMs = 0; ///< --bulk-chunk-delay: pause after each chunk of a bulk upload (tests, demos)
};

/// The services every route handler uses; owned by SandboxServer.
struct SandboxContext {
    Database& db;
    AuthService& auth;
    OtpService& otp;
    const SandboxOptions& options;
};
