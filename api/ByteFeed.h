#pragma once

#include <QByteArray>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <streambuf>

namespace migo::api::detail {

/// Hands the bytes of an answer, as they arrive on the client's thread, to a parser reading them as a std::istream
/// on a worker thread (contract §11's body then never exists whole: issue 19).
///
/// The client's thread push()es chunks and finally close()s (end of the body) or abort()s (transfer failed or
/// cancelled: the reader sees the end at once, which its parser reports as broken JSON). The worker reads through
/// an std::istream on this buffer; a read blocks until bytes, the end or an abort arrive — never call it on the
/// client's thread. Back-pressure: isFull() once more than `highWater` bytes wait; when the worker has drained them
/// below `highWater / 4`, `onDrained` runs (on the worker: post from it). `onIdle` runs on the worker before it
/// waits for more bytes (time to hand over what it has decoded so far). Thread-safe as stated per member.
class ByteFeed final : public std::streambuf {
public:
    explicit ByteFeed(qint64 highWater = 4 * 1024 * 1024);

    /// Client thread: queues `chunk` for the reader.
    void push(QByteArray chunk);
    /// Client thread: no more bytes will come; the reader sees the end after the queued ones.
    void close();
    /// Any thread: the reader sees the end now; queued bytes are dropped.
    void abort();
    /// Any thread: more than highWater bytes are queued (stop reading the network until onDrained).
    bool isFull() const;
    /// Set before the reader starts.
    void setOnDrained(std::function<void()> onDrained) { m_onDrained = std::move(onDrained); }
    void setOnIdle(std::function<void()> onIdle) { m_onIdle = std::move(onIdle); }
    /// Bytes handed to the reader so far (worker thread).
    qint64 bytesRead() const { return m_bytesRead; }

protected:
    int_type underflow() override;

private:
    const qint64 m_highWater;
    mutable std::mutex m_mutex;
    std::condition_variable m_arrived;
    std::deque<QByteArray> m_queue;
    qint64 m_queuedBytes = 0;
    bool m_closed = false;
    bool m_aborted = false;
    bool m_wasFull = false;
    QByteArray m_current; ///< the chunk the reader is in (worker thread)
    qint64 m_bytesRead = 0;
    std::function<void()> m_onDrained;
    std::function<void()> m_onIdle;
};

} // namespace migo::api::detail
