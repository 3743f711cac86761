#include "HoldingRelay.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QTcpSocket>

#include <algorithm>

namespace migo::e2e {

HoldingRelay::HoldingRelay(quint16 upstreamPort, QObject* parent)
    : QObject(parent)
    , m_upstreamPort(upstreamPort) {
    connect(&m_server, &QTcpServer::newConnection, this, [this] { acceptPending(); });
    m_trickle.setInterval(kTrickleMs);
    connect(&m_trickle, &QTimer::timeout, this, [this] {
        const std::vector<std::shared_ptr<Pipe>> pipes = m_pipes; // flush() may end a pipe
        for (const auto& pipe : pipes)
            flush(*pipe, kTrickleBytes);
    });
}

HoldingRelay::~HoldingRelay() {
    // The sockets are children of the server: close them while their pipes still exist.
    for (const auto& pipe : m_pipes) {
        pipe->client->disconnect();
        pipe->upstream->disconnect();
        delete pipe->client; // and its upstream child
    }
    m_pipes.clear();
}

bool HoldingRelay::listen() {
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void HoldingRelay::hold(qint64 bytes) {
    m_limit = std::max<qint64>(bytes, 0);
    for (const auto& pipe : m_pipes)
        pipe->allowance = m_limit;
    m_trickle.start();
}

void HoldingRelay::holdAnswersTo(const QByteArray& pathPart) {
    m_heldPath = pathPart;
}

void HoldingRelay::dropAnswers() {
    m_dropAnswers = true;
}

void HoldingRelay::cutOpenConnections() {
    const std::vector<std::shared_ptr<Pipe>> pipes = m_pipes; // disconnected() ends each pipe
    for (const auto& pipe : pipes)
        pipe->client->abort();
}

void HoldingRelay::release() {
    m_dropAnswers = false;
    m_limit = -1;
    m_heldPath.clear();
    m_trickle.stop();
    const std::vector<std::shared_ptr<Pipe>> pipes = m_pipes; // flush() may end a pipe
    for (const auto& pipe : pipes) {
        pipe->allowance = -1;
        flush(*pipe, -1);
    }
}

int HoldingRelay::requestCount(QByteArrayView method, QByteArrayView pathSuffix) const {
    int count = 0;
    for (const QByteArray& line : m_requestLines) {
        const qsizetype pathStart = line.indexOf(' ') + 1;
        const qsizetype pathEnd = line.lastIndexOf(' ');
        if (pathStart <= 0 || pathEnd < pathStart || QByteArrayView(line).first(pathStart - 1) != method)
            continue;
        QByteArrayView path = QByteArrayView(line).sliced(pathStart, pathEnd - pathStart);
        if (const qsizetype query = path.indexOf('?'); query >= 0)
            path = path.first(query);
        if (path.endsWith(pathSuffix))
            ++count;
    }
    return count;
}

void HoldingRelay::acceptPending() {
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        auto pipe = std::make_shared<Pipe>();
        pipe->client = client;
        pipe->upstream = new QTcpSocket(client);
        pipe->allowance = m_limit;
        Pipe* p = pipe.get();
        connect(client, &QTcpSocket::readyRead, client, [this, p] {
            const QByteArray data = p->client->readAll();
            m_fromClients += data.size();
            noteRequestLines(*p, data);
            if (p->upstream->state() == QAbstractSocket::ConnectedState)
                p->upstream->write(data);
            else
                p->toUpstream += data;
        });
        connect(p->upstream, &QTcpSocket::connected, client, [p] {
            p->upstream->write(p->toUpstream);
            p->toUpstream.clear();
        });
        connect(p->upstream, &QTcpSocket::readyRead, client, [this, p] {
            if (m_dropAnswers) {
                p->upstream->readAll();
                p->client->abort(); // disconnected() ends the pipe
                return;
            }
            p->toClient += p->upstream->readAll();
            if (m_limit < 0)
                flush(*p, -1);
        });
        connect(p->upstream, &QTcpSocket::disconnected, client, [this, p] {
            p->upstreamClosed = true;
            if (m_limit < 0)
                flush(*p, -1);
        });
        connect(client, &QTcpSocket::disconnected, this, [this, p] {
            p->upstream->abort();
            p->upstream->disconnect(); // nothing may reach the pipe once it is gone
            p->client->disconnect();
            p->client->deleteLater();
            std::erase_if(m_pipes, [p](const std::shared_ptr<Pipe>& each) { return each.get() == p; });
        });
        m_pipes.push_back(std::move(pipe));
        p->upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }
}

void HoldingRelay::noteRequestLines(Pipe& pipe, const QByteArray& data) {
    // A body without a final CRLF runs into the next request's line on a kept-alive connection: match at the end.
    static const QRegularExpression requestLine(
        QStringLiteral("((?:GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) /[^ ]* HTTP/1\\.[01])$"));
    pipe.partialLine += data;
    qsizetype start = 0;
    for (qsizetype end = pipe.partialLine.indexOf("\r\n"); end >= 0;
         start = end + 2, end = pipe.partialLine.indexOf("\r\n", start)) {
        const QRegularExpressionMatch match =
            requestLine.match(QString::fromLatin1(QByteArrayView(pipe.partialLine).sliced(start, end - start)));
        if (match.hasMatch()) {
            m_requestLines << match.captured(1).toLatin1();
            if (!m_heldPath.isEmpty() && m_requestLines.constLast().contains(m_heldPath))
                pipe.allowance = 0; // this connection's answer waits for release()
        }
    }
    pipe.partialLine.remove(0, start); // header lines (tokens) are dropped as soon as they are complete
}

void HoldingRelay::flush(Pipe& pipe, qint64 most) {
    qint64 count = pipe.toClient.size();
    if (pipe.allowance >= 0)
        count = std::min(count, pipe.allowance);
    if (most >= 0)
        count = std::min(count, most);
    if (count > 0) {
        pipe.client->write(pipe.toClient.left(count));
        pipe.toClient.remove(0, count);
        if (pipe.allowance >= 0)
            pipe.allowance -= count;
    }
    if (pipe.upstreamClosed && pipe.toClient.isEmpty())
        pipe.client->disconnectFromHost();
}

} // namespace migo::e2e
