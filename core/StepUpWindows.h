#pragma once

#include "Codes.h"

#include <QDeadlineTimer>
#include <QList>
#include <QObject>

#include <chrono>
#include <map>

class QTimer;

namespace migo::core {

/// The purposes a verified one-time password keeps open, and until when (contract §16, the step-up window): while a
/// purpose is open its operations are sent without asking for a code. The session owns one; it forgets every window
/// at sign-out, lock and partner switch. The length of each window is what the server stated (the client sets none);
/// StepUp opens a purpose after a call with a code passed and closes it when the server asks for a code anyway.
/// Times are monotonic (a changed wall clock neither lengthens nor shortens a window). GUI thread only.
class StepUpWindows final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepUpWindows)

public:
    explicit StepUpWindows(QObject* parent = nullptr);

    /// Counts `purpose` open for `remaining` from now (replacing an earlier window of it); nothing when not positive.
    void open(api::OtpPurpose purpose, std::chrono::milliseconds remaining);
    /// Forgets the window of `purpose` (the server asked for a code).
    void close(api::OtpPurpose purpose);
    /// Forgets every window (sign-out, lock, partner switch).
    void clear();

    /// True while `purpose` is open.
    bool isOpen(api::OtpPurpose purpose) const;
    /// The time `purpose` stays open; zero when closed.
    std::chrono::milliseconds remaining(api::OtpPurpose purpose) const;
    /// The open purposes, the one that closes first first.
    QList<api::OtpPurpose> openPurposes() const;

Q_SIGNALS:
    /// A window opened, closed or ended by itself.
    void changed();

private:
    /// Drops ended windows and aims the timer at the next end.
    void prune();

    std::map<api::OtpPurpose, QDeadlineTimer> m_windows;
    QTimer* m_nextEnd;
};

} // namespace migo::core
