#pragma once

#include "AuthService.h"
#include "Database.h"
#include "HttpRouter.h"
#include "OtpService.h"
#include "SandboxContext.h"

#include <QHttpServer>

/// The sandbox: database, services, routes and the QHttpServer that serves them under /cms/rest.
/// Every request goes through HttpRouter (registered as the server's missing handler), so unknown paths and wrong
/// methods get the 7010 envelope and oversized bodies the 413 envelope.
class SandboxServer final {
public:
    explicit SandboxServer(SandboxOptions options);

    /// Opens the database (wiping it first with --reset), creates the demo world when empty and listens.
    /// Returns false and fills `error` on failure.
    bool start(QString* error);

    /// The one-line JSON announced on stdout once listening: base URL, port, merchant, partners, operators.
    Json readyEvent() const;

private:
    SandboxOptions m_options;
    Database m_db;
    AuthService m_auth;
    OtpService m_otp;
    SandboxContext m_context;
    HttpRouter m_router;
    QHttpServer m_server;
    quint16 m_port = 0;
    qint64 m_startMilliseconds = 0;
    bool m_createdWorld = false;
};
