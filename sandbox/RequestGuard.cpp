#include "RequestGuard.h"

#include "ApiError.h"
#include "HttpRouter.h"

#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace {

constexpr qsizetype kMaxHeadBytes = 64 * 1024;
/// Chunk-size lines and CRLFs a chunked body may add to its data before it counts as over the limit.
constexpr qint64 kChunkFramingAllowance = 64 * 1024;
/// After a refusal the rest of what the client sends is read and dropped (so that it reads the answer instead of
/// meeting a reset), up to this much and this long; then the connection is cut.
constexpr qint64 kMaxDrainBytes = 32 * 1024 * 1024;
constexpr int kDrainMilliseconds = 5000;

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v';
}

/// Watches one connection for QHttpServer (see GuardedTcpServer). It is connected to readyRead before QHttpServer
/// is, so it sees new bytes first. QHttpServer reads inside a QIODevice transaction that it starts at a request's
/// first byte and commits when the request is complete; and while a request is incomplete it reads every byte
/// available. So: no transaction → the unread bytes start a new request; a transaction → the unread bytes are all
/// new. That is enough to follow each request's head without reading anything.
class RequestGuard final : public QObject {
public:
    RequestGuard(QTcpSocket* socket, QObject* httpServer)
        : QObject(socket)
        , m_socket(socket)
        , m_httpServer(httpServer) {
        connect(socket, &QTcpSocket::readyRead, this, &RequestGuard::inspect);
    }

private:
    enum class Phase { Head, Body, ChunkedBody, Refused };

    void inspect() {
        if (m_phase == Phase::Refused) {
            drain();
            return;
        }
        const qint64 available = m_socket->bytesAvailable();
        if (!m_socket->isTransactionStarted()) {
            m_phase = Phase::Head; // QHttpServer is between requests: a new one starts here
            m_head.clear();
        }
        switch (m_phase) {
        case Phase::Head:
            inspectHead(available);
            break;
        case Phase::ChunkedBody:
            m_chunkedBytes += available;
            if (m_chunkedBytes > m_maxBodyBytes + kChunkFramingAllowance) {
                refuse("The request body is larger than " + describeLimit(m_maxBodyBytes));
            }
            break;
        case Phase::Body:
        case Phase::Refused:
            break;
        }
    }

    void inspectHead(qint64 available) {
        const qsizetype before = m_head.size();
        m_head += m_socket->peek(qMax<qint64>(0, qMin<qint64>(available, kMaxHeadBytes + 4 - before)));
        qsizetype start = 0;
        while (start < m_head.size() && isSpace(m_head.at(start))) {
            ++start; // QHttpServer skips what a previous request left between requests
        }
        // The blank line that ends the head, as QHttpServer accepts it (CRLF or bare LF line ends).
        qsizetype end = -1;
        qsizetype endLength = 0;
        for (const QByteArray& terminator : {QByteArray("\n\r\n"), QByteArray("\n\n")}) {
            const qsizetype found = m_head.indexOf(terminator, start);
            if (found >= 0 && (end < 0 || found < end)) {
                end = found;
                endLength = terminator.size();
            }
        }
        if (end < 0) {
            if (m_head.size() - start > kMaxHeadBytes) {
                refuse("The request head is larger than 64 KiB");
            }
            return;
        }
        const qsizetype headEnd = end + endLength;
        bool chunked = false;
        const QList<QByteArray> lines = m_head.mid(start, headEnd - start).split('\n');
        const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
        m_maxBodyBytes = maxBodyBytesFor(requestLine.value(0), requestLine.value(1));
        for (qsizetype index = 1; index < lines.size(); ++index) { // line 0 is the request line
            const qsizetype colon = lines[index].indexOf(':');
            if (colon <= 0) {
                continue;
            }
            const QByteArray name = lines[index].left(colon).trimmed().toLower();
            const QByteArray value = lines[index].mid(colon + 1).trimmed();
            if (name == "content-length") {
                bool ok = false;
                const qulonglong length = value.toULongLong(&ok);
                const bool allDigits = !value.isEmpty() && std::all_of(value.cbegin(), value.cend(),
                                                                       [](char c) { return c >= '0' && c <= '9'; });
                if ((ok && length > qulonglong(m_maxBodyBytes)) || (!ok && allDigits)) {
                    refuse("The request body is larger than " + describeLimit(m_maxBodyBytes) + " (Content-Length " +
                           value.left(40).toStdString() + ")");
                    return;
                }
            } else if (name == "transfer-encoding" && value.toLower().contains("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            m_phase = Phase::ChunkedBody;
            m_chunkedBytes = available - (headEnd - before); // what came with the head
            if (m_chunkedBytes > m_maxBodyBytes + kChunkFramingAllowance) {
                refuse("The request body is larger than " + describeLimit(m_maxBodyBytes));
            }
        } else {
            m_phase = Phase::Body; // at most the limit: QHttpServer reads it
        }
        m_head.clear();
    }

    void refuse(const std::string& message) {
        m_phase = Phase::Refused;
        // QHttpServer must not read this connection any more; it still deletes the socket once it disconnects.
        if (m_httpServer) {
            disconnect(m_socket, &QTcpSocket::readyRead, m_httpServer, nullptr);
        }
        if (m_socket->isTransactionStarted()) {
            m_socket->commitTransaction();
        }
        const HttpResponse answer = HttpResponse::failure(ApiError(413, "PAYLOAD_TOO_LARGE", message));
        m_socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\nContent-Length: " +
                        QByteArray::number(answer.body.size()) + "\r\nConnection: close\r\n\r\n" + answer.body);
        QTimer::singleShot(kDrainMilliseconds, m_socket, [socket = m_socket] { socket->abort(); });
        drain();
    }

    void drain() {
        m_drained += m_socket->skip(m_socket->bytesAvailable());
        if (m_drained > kMaxDrainBytes) {
            m_socket->abort();
        }
    }

    QTcpSocket* m_socket;
    QPointer<QObject> m_httpServer;
    qint64 m_maxBodyBytes = kMaxBodyBytes; ///< of the request being read (maxBodyBytesFor its request line)
    Phase m_phase = Phase::Head;
    QByteArray m_head;
    qint64 m_chunkedBytes = 0;
    qint64 m_drained = 0;
};

} // namespace

GuardedTcpServer::GuardedTcpServer(QObject* httpServer, QObject* parent)
    : QTcpServer(parent)
    , m_httpServer(httpServer) {}

void GuardedTcpServer::incomingConnection(qintptr descriptor) {
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    new RequestGuard(socket, m_httpServer); // first on readyRead: before QHttpServer connects
    addPendingConnection(socket);
}
