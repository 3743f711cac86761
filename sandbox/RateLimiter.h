#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <chrono>
#include <deque>

/// Counts events per key (an operator, an e-mail, a client address) over a sliding window: a key is over its
/// limit while it has `limit` events younger than `window`. Kept in memory, so a restart forgets it (contract
/// §15). Thread-safe.
class SlidingWindowCounter final {
public:
    using Clock = std::chrono::steady_clock;

    SlidingWindowCounter(int limit, std::chrono::seconds window);

    /// 0 while `key` is under its limit; otherwise the whole seconds (at least 1) until its oldest counted event
    /// leaves the window and one more is allowed.
    int secondsUntilAllowed(const QString& key);
    /// Records one event for `key` now; returns secondsUntilAllowed() after it (0: the next event is allowed).
    int record(const QString& key);
    /// Forgets the events of `key` (a successful login clears its e-mail's failures).
    void clear(const QString& key);

    int limit() const { return m_limit; }

private:
    /// Drops the events of `events` that left the window; true when none is left.
    bool prune(std::deque<Clock::time_point>& events, Clock::time_point now) const;
    int waitLocked(const std::deque<Clock::time_point>& events, Clock::time_point now) const;

    const int m_limit;
    const std::chrono::seconds m_window;
    QMutex m_mutex;
    QHash<QString, std::deque<Clock::time_point>> m_events;
};
