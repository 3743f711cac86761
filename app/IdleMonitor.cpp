#include "IdleMonitor.h"

#include <QCoreApplication>
#include <QEvent>

namespace migo::app {

IdleMonitor::IdleMonitor(std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeout);
    connect(&m_timer, &QTimer::timeout, this, &IdleMonitor::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleMonitor::~IdleMonitor() {
    if (QCoreApplication* app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleMonitor::setTimeout(std::chrono::milliseconds timeout) {
    m_timer.setInterval(timeout);
    if (m_timer.isActive())
        m_timer.start();
}

std::chrono::milliseconds IdleMonitor::timeout() const {
    return m_timer.intervalAsDuration();
}

void IdleMonitor::start() {
    m_timer.start();
}

void IdleMonitor::stop() {
    m_timer.stop();
}

bool IdleMonitor::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::ShortcutOverride:
        if (m_timer.isActive())
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace migo::app
