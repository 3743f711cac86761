#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace migo::app {

/// Notices when the operator has not touched the keyboard or mouse for a while (issue 4, idle lock).
///
/// Watches the input events of the whole application (an event filter on QCoreApplication) and emits idle() once
/// `timeout` has passed without any. Any key, click, wheel or touch starts the count again; pointer moves count too,
/// so an agent reading a long list is not locked out.
class IdleMonitor final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleMonitor)

public:
    explicit IdleMonitor(std::chrono::milliseconds timeout, QObject* parent = nullptr);
    ~IdleMonitor() override;

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const;
    /// Starts (or restarts) counting. Stopped monitors never emit.
    void start();
    void stop();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};

} // namespace migo::app
