#include "RateLimiter.h"

#include <QMutexLocker>

namespace {

/// Above this many keys, a record() also sweeps the keys whose events all left the window (bounded memory under
/// a spray of made-up e-mails).
constexpr qsizetype kSweepAbove = 4096;

} // namespace

SlidingWindowCounter::SlidingWindowCounter(int limit, std::chrono::seconds window)
    : m_limit(limit < 1 ? 1 : limit)
    , m_window(window.count() < 1 ? std::chrono::seconds(1) : window) {}

bool SlidingWindowCounter::prune(std::deque<Clock::time_point>& events, Clock::time_point now) const {
    while (!events.empty() && now - events.front() >= m_window) {
        events.pop_front();
    }
    return events.empty();
}

int SlidingWindowCounter::waitLocked(const std::deque<Clock::time_point>& events, Clock::time_point now) const {
    if (qsizetype(events.size()) < m_limit) {
        return 0;
    }
    // The event that must leave the window before one more fits under the limit.
    const Clock::time_point blocking = events[events.size() - std::size_t(m_limit)];
    const auto wait = std::chrono::ceil<std::chrono::seconds>(blocking + m_window - now).count();
    return wait < 1 ? 1 : int(wait);
}

int SlidingWindowCounter::secondsUntilAllowed(const QString& key) {
    const QMutexLocker lock(&m_mutex);
    const auto found = m_events.find(key);
    if (found == m_events.end()) {
        return 0;
    }
    const Clock::time_point now = Clock::now();
    if (prune(*found, now)) {
        m_events.erase(found);
        return 0;
    }
    return waitLocked(*found, now);
}

int SlidingWindowCounter::record(const QString& key) {
    const QMutexLocker lock(&m_mutex);
    const Clock::time_point now = Clock::now();
    if (m_events.size() > kSweepAbove) {
        for (auto entry = m_events.begin(); entry != m_events.end();) {
            entry = prune(*entry, now) ? m_events.erase(entry) : std::next(entry);
        }
    }
    std::deque<Clock::time_point>& events = m_events[key];
    prune(events, now);
    events.push_back(now);
    while (qsizetype(events.size()) > m_limit) {
        events.pop_front(); // only the newest `limit` events ever decide
    }
    return waitLocked(events, now);
}

void SlidingWindowCounter::clear(const QString& key) {
    const QMutexLocker lock(&m_mutex);
    m_events.remove(key);
}
