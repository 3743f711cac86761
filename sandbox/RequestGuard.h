#pragma once

#include <QPointer>
#include <QTcpServer>

class QTcpSocket;

/// The listening socket of the sandbox, handed to QHttpServer::bind(). QHttpServer 6.4 reads a whole request body
/// into memory before any handler sees the request, so the size check must come earlier: every connection gets a
/// RequestGuard that reads each request's head as it arrives, before QHttpServer does, and refuses with 413
/// PAYLOAD_TOO_LARGE (and closes) a request whose Content-Length is over its limit (maxBodyBytesFor its request
/// line), a chunked body that grows over it, or a head over 64 KiB — without buffering the body (contract §15).
class GuardedTcpServer final : public QTcpServer {
public:
    /// `httpServer`: the QHttpServer the connections are bound to (its reading is cut off a refused connection).
    explicit GuardedTcpServer(QObject* httpServer, QObject* parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QPointer<QObject> m_httpServer;
};
