#pragma once

#include <QLabel>
#include <QPointer>

class QTimer;

namespace migo::core {
class StepUpWindows;
}

namespace migo::views {

/// The status bar's step-up countdown (contract §16): for each purpose a verified one-time password keeps open, what
/// it covers and how long it still does ("Verified for card changes · 4:12"); hidden while none is open. The length
/// is the server's (core::StepUpWindows); this label only shows it.
class StepUpCountdown final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepUpCountdown)

public:
    /// Follows `windows`, which may be destroyed first (the label then hides).
    explicit StepUpCountdown(core::StepUpWindows* windows, QWidget* parent = nullptr);

private:
    void refresh();

    QPointer<core::StepUpWindows> m_windows;
    QTimer* m_tick;
};

} // namespace migo::views
