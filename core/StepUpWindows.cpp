#include "StepUpWindows.h"

#include <QTimer>

#include <algorithm>
#include <limits>

namespace migo::core {

StepUpWindows::StepUpWindows(QObject* parent)
    : QObject(parent)
    , m_nextEnd(new QTimer(this)) {
    m_nextEnd->setSingleShot(true);
    m_nextEnd->setTimerType(Qt::PreciseTimer); // a coarse timer may fire before the window ended
    connect(m_nextEnd, &QTimer::timeout, this, [this] {
        const std::size_t before = m_windows.size();
        prune(); // aims the timer again when nothing ended yet
        if (m_windows.size() != before)
            Q_EMIT changed();
    });
}

void StepUpWindows::open(api::OtpPurpose purpose, std::chrono::milliseconds remaining) {
    if (remaining.count() <= 0)
        return;
    m_windows[purpose] = QDeadlineTimer(remaining, Qt::PreciseTimer);
    prune();
    Q_EMIT changed();
}

void StepUpWindows::close(api::OtpPurpose purpose) {
    if (m_windows.erase(purpose) == 0)
        return;
    prune();
    Q_EMIT changed();
}

void StepUpWindows::clear() {
    if (m_windows.empty())
        return;
    m_windows.clear();
    prune();
    Q_EMIT changed();
}

bool StepUpWindows::isOpen(api::OtpPurpose purpose) const {
    return remaining(purpose).count() > 0;
}

std::chrono::milliseconds StepUpWindows::remaining(api::OtpPurpose purpose) const {
    const auto found = m_windows.find(purpose);
    if (found == m_windows.end())
        return std::chrono::milliseconds(0);
    return std::max(std::chrono::milliseconds(found->second.remainingTime()), std::chrono::milliseconds(0));
}

QList<api::OtpPurpose> StepUpWindows::openPurposes() const {
    QList<api::OtpPurpose> open;
    for (const auto& [purpose, deadline] : m_windows)
        if (!deadline.hasExpired())
            open << purpose;
    std::sort(open.begin(), open.end(),
              [this](api::OtpPurpose a, api::OtpPurpose b) { return remaining(a) < remaining(b); });
    return open;
}

void StepUpWindows::prune() {
    std::erase_if(m_windows, [](const auto& window) { return window.second.hasExpired(); });
    if (m_windows.empty()) {
        m_nextEnd->stop();
        return;
    }
    qint64 soonest = std::numeric_limits<qint64>::max();
    for (const auto& [purpose, deadline] : m_windows)
        soonest = std::min(soonest, deadline.remainingTime());
    m_nextEnd->start(int(std::clamp<qint64>(soonest + 1, 1, std::numeric_limits<int>::max())));
}

} // namespace migo::core
