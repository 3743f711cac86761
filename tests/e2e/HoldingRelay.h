#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTimer>

#include <memory>
#include <vector>

class QTcpSocket;

namespace migo::e2e {

/// A TCP relay on 127.0.0.1 between a client and the sandbox, standing in for a slow or hung network. Requests always
/// pass at once. While holding, each connection's answer trickles (kTrickleBytes every kTrickleMs: QNetworkReply
/// reports progress at most every 100 ms) up to the held byte count; the rest waits for release(). hold(0) keeps
/// every answer back entirely: the server did the work, the client never hears of it.
///
/// It also notes the request line ("POST /cms/rest/... HTTP/1.1") of every request the clients sent, so a test can
/// tell how many requests reached the wire. Headers and bodies (tokens, OTP codes) are forwarded, not recorded.
class HoldingRelay final : public QObject {
    Q_DISABLE_COPY_MOVE(HoldingRelay)

public:
    static constexpr qint64 kTrickleBytes = 1024;
    static constexpr int kTrickleMs = 40;

    /// Relays to 127.0.0.1:`upstreamPort` (the sandbox's own port). Call listen() before use.
    explicit HoldingRelay(quint16 upstreamPort, QObject* parent = nullptr);
    ~HoldingRelay() override;

    /// Listens on a free loopback port; false when no port could be had.
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    /// From now on each answer trickles, and at most `bytes` (>= 0) more of it pass (open and new connections).
    void hold(qint64 bytes);
    /// From now on the whole answer to any request whose line contains `pathPart` is kept back until release();
    /// other requests pass at full speed (e.g. a report held on its way while the app goes on working).
    void holdAnswersTo(const QByteArray& pathPart);
    /// From now on every answer is thrown away and its client connection closed as soon as the server starts to
    /// answer: the server did the work, the line dropped before the client heard (until release()).
    void dropAnswers();
    /// Drops every connection open now, the way a line drops (each client meets a reset); later ones pass.
    void cutOpenConnections();
    /// Lets everything through at full speed, including what was held.
    void release();
    /// Client connections currently open through the relay.
    int openConnections() const { return int(m_pipes.size()); }
    /// Every request byte the clients sent so far.
    qint64 bytesFromClients() const { return m_fromClients; }
    /// The request lines seen so far, oldest first ("POST /cms/rest/app/... HTTP/1.1").
    QList<QByteArray> requestLines() const { return m_requestLines; }
    /// How many requests with this method had a path ending in `pathSuffix` (query string excluded).
    int requestCount(QByteArrayView method, QByteArrayView pathSuffix) const;

private:
    struct Pipe {
        QTcpSocket* client = nullptr;
        QTcpSocket* upstream = nullptr;
        QByteArray toClient;
        QByteArray toUpstream;
        QByteArray partialLine; ///< request bytes after the last CRLF, to find request lines split across reads
        qint64 allowance = -1;
        bool upstreamClosed = false;
    };

    void acceptPending();
    void noteRequestLines(Pipe& pipe, const QByteArray& data);
    /// Writes what the pipe may pass now: at most `most` bytes (-1: no limit) within its allowance.
    void flush(Pipe& pipe, qint64 most);

    QTcpServer m_server;
    QTimer m_trickle;
    quint16 m_upstreamPort;
    qint64 m_limit = -1;
    QByteArray m_heldPath;
    bool m_dropAnswers = false;
    qint64 m_fromClients = 0;
    QList<QByteArray> m_requestLines;
    std::vector<std::shared_ptr<Pipe>> m_pipes;
};

} // namespace migo::e2e
