#include "StreamedAnswer.h"

#include <QCoreApplication>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QThreadPool>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>

namespace {

constexpr qint64 kMaxQueuedBytes = 4 * 1024 * 1024;
constexpr qint64 kMaxUnsentBytes = 1024 * 1024; ///< handed to the socket ahead of what it has sent

/// What the producing worker and the answering thread share for one streamed answer.
struct StreamState {
    std::mutex mutex;
    std::condition_variable room;
    std::deque<QByteArray> pieces;
    qint64 queuedBytes = 0;
    bool produced = false; ///< the worker is done (normally or not)
    bool failed = false;   ///< the worker threw: cut the connection
    bool gone = false;     ///< the client disconnected: stop producing
};

/// The answering thread's side: writes queued pieces as the socket drains. A child of the socket.
class StreamPump final : public QObject {
public:
    StreamPump(QTcpSocket* socket, std::shared_ptr<StreamState> state, std::shared_ptr<QHttpServerResponder> responder)
        : QObject(socket)
        , m_socket(socket)
        , m_state(std::move(state))
        , m_responder(std::move(responder)) {
        connect(socket, &QTcpSocket::bytesWritten, this, &StreamPump::drain);
        connect(socket, &QTcpSocket::disconnected, this, &StreamPump::stop);
    }
    ~StreamPump() override { stop(); }

    void drain() {
        if (m_finished)
            return;
        bool produced = false;
        bool failed = false;
        while (m_socket->bytesToWrite() < kMaxUnsentBytes) {
            QByteArray piece;
            {
                const std::lock_guard lock(m_state->mutex);
                produced = m_state->produced;
                failed = m_state->failed;
                if (m_state->pieces.empty())
                    break;
                piece = std::move(m_state->pieces.front());
                m_state->pieces.pop_front();
                m_state->queuedBytes -= piece.size();
            }
            m_state->room.notify_one();
            m_socket->write(piece);
        }
        if (failed) {
            m_finished = true;
            m_socket->abort(); // a broken body, never a short one that looks whole
        } else if (produced && isEmpty()) {
            m_finished = true;
            m_socket->disconnectFromHost(); // after what is written has gone out: the end of the body
        }
    }

private:
    bool isEmpty() {
        const std::lock_guard lock(m_state->mutex);
        return m_state->pieces.empty();
    }
    void stop() {
        {
            const std::lock_guard lock(m_state->mutex);
            m_state->gone = true;
        }
        m_state->room.notify_one();
    }

    QTcpSocket* m_socket;
    std::shared_ptr<StreamState> m_state;
    std::shared_ptr<QHttpServerResponder> m_responder; ///< kept: QHttpServer's side of the connection
    bool m_finished = false;
};

QThreadPool* streamPool() {
    // Leaked on purpose: its workers end when their clients do; waiting for them at exit would gain nothing.
    static QThreadPool* const pool = [] {
        auto* created = new QThreadPool;
        created->setMaxThreadCount(8);
        return created;
    }();
    return pool;
}

} // namespace

HttpResponse streamedAnswer(QByteArray contentType, std::function<void(const BodyWriter& write)> produce) {
    HttpResponse response;
    response.takeOver = [contentType, produce](QHttpServerResponder&& responder) {
        auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
        QTcpSocket* socket = held->socket();
        if (!socket)
            return;
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nConnection: close\r\n\r\n");
        auto state = std::make_shared<StreamState>();
        const QPointer<StreamPump> pump = new StreamPump(socket, state, held);
        // Wakes the pump on the answering thread; the pump may be gone (client left) by then.
        auto wake = [pump] {
            QMetaObject::invokeMethod(QCoreApplication::instance(), [pump] {
                if (pump)
                    pump->drain();
            });
        };
        streamPool()->start([state, produce, wake] {
            const BodyWriter write = [&state, &wake](QByteArray piece) {
                {
                    std::unique_lock lock(state->mutex);
                    state->room.wait(lock, [&] { return state->gone || state->queuedBytes < kMaxQueuedBytes; });
                    if (state->gone)
                        return false;
                    state->queuedBytes += piece.size();
                    state->pieces.push_back(std::move(piece));
                }
                wake();
                return true;
            };
            bool failed = false;
            try {
                produce(write);
            } catch (const std::exception& failure) {
                qWarning("sandbox: streamed answer failed: %s", failure.what());
                failed = true;
            }
            {
                const std::lock_guard lock(state->mutex);
                state->produced = true;
                state->failed = failed;
            }
            wake();
        });
    };
    return response;
}
