#pragma once

#include "AuthService.h"
#include "Database.h"
#include "HttpRouter.h"
#include "OtpService.h"
#include "SandboxContext.h"

#include <QHttpServer>
#include <QThreadPool>

#include <memory>

class BulkUploads;

/// The sandbox: database, services, routes and the QHttpServer that serves them under /cms/rest.
/// Every request goes through HttpRouter (registered as the server's missing handler), so unknown paths and wrong
/// methods get the 7010 envelope; GuardedTcpServer refuses oversized bodies from their head (413). An answer that
/// is long work (HttpResponse::deferred, the PDF report) is computed on a worker thread and written when ready, so
/// the other requests are answered meanwhile (contract §15).
class SandboxServer final {
public:
    explicit SandboxServer(SandboxOptions options);
    ~SandboxServer();
    SandboxServer(const SandboxServer&) = delete;
    SandboxServer& operator=(const SandboxServer&) = delete;

    /// Opens the database (wiping it first with --reset), creates the demo world when empty and listens.
    /// Returns false and fills `error` on failure.
    bool start(QString* error);

    /// The one-line JSON announced on stdout once listening: base URL, port, merchant, partners, operators.
    Json readyEvent() const;

private:
    SandboxOptions m_options;
    QThreadPool m_workers; ///< runs long work; the destructor waits for it before the services go
    Database m_db;
    AuthService m_auth;
    OtpService m_otp;
    SandboxContext m_context;
    HttpRouter m_router;
    QHttpServer m_server;
    quint16 m_port = 0;
    qint64 m_startMilliseconds = 0;
    bool m_createdWorld = false;
    /// Bulk uploads (contract §18); last, so it goes first: its jobs end and its streams close before the rest.
    std::unique_ptr<BulkUploads> m_bulk;
};
