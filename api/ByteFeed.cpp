#include "ByteFeed.h"

namespace migo::api::detail {

ByteFeed::ByteFeed(qint64 highWater)
    : m_highWater(highWater) {}

void ByteFeed::push(QByteArray chunk) {
    if (chunk.isEmpty())
        return;
    {
        const std::lock_guard lock(m_mutex);
        if (m_closed || m_aborted)
            return;
        m_queuedBytes += chunk.size();
        m_queue.push_back(std::move(chunk));
        if (m_queuedBytes > m_highWater)
            m_wasFull = true;
    }
    m_arrived.notify_one();
}

void ByteFeed::close() {
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_arrived.notify_one();
}

void ByteFeed::abort() {
    {
        const std::lock_guard lock(m_mutex);
        m_aborted = true;
        m_queue.clear();
        m_queuedBytes = 0;
    }
    m_arrived.notify_one();
}

bool ByteFeed::isFull() const {
    const std::lock_guard lock(m_mutex);
    return m_queuedBytes > m_highWater;
}

ByteFeed::int_type ByteFeed::underflow() {
    if (gptr() < egptr())
        return traits_type::to_int_type(*gptr());
    bool drained = false;
    {
        std::unique_lock lock(m_mutex);
        if (m_queue.empty() && !m_closed && !m_aborted && m_onIdle) {
            lock.unlock();
            m_onIdle(); // hand over what was decoded before waiting
            lock.lock();
        }
        m_arrived.wait(lock, [this] { return !m_queue.empty() || m_closed || m_aborted; });
        if (m_aborted || m_queue.empty()) {
            m_current.clear();
            setg(nullptr, nullptr, nullptr);
            return traits_type::eof();
        }
        m_current = std::move(m_queue.front());
        m_queue.pop_front();
        m_queuedBytes -= m_current.size();
        if (m_wasFull && m_queuedBytes <= m_highWater / 4) {
            m_wasFull = false;
            drained = true;
        }
    }
    if (drained && m_onDrained)
        m_onDrained();
    m_bytesRead += m_current.size();
    char* begin = m_current.data();
    setg(begin, begin, begin + m_current.size());
    return traits_type::to_int_type(*gptr());
}

} // namespace migo::api::detail
