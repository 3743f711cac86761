#include "StepUpCountdown.h"

#include "StepUpWindows.h"

#include <QTimer>

namespace migo::views {

namespace {

/// What a window of `purpose` covers, in the agent's words.
QString coveredOperations(api::OtpPurpose purpose) {
    switch (purpose) {
    case api::OtpPurpose::CardholderDetail:
        return StepUpCountdown::tr("cardholder details");
    case api::OtpPurpose::CardholderUpdate:
        return StepUpCountdown::tr("cardholder changes");
    case api::OtpPurpose::CardAction:
        return StepUpCountdown::tr("card changes");
    case api::OtpPurpose::FundsAdd:
        return StepUpCountdown::tr("adding funds");
    case api::OtpPurpose::FundsWithdraw:
        return StepUpCountdown::tr("withdrawing funds");
    case api::OtpPurpose::Transfer:
        return StepUpCountdown::tr("transfers");
    case api::OtpPurpose::BulkBlock:
        return StepUpCountdown::tr("bulk block");
    case api::OtpPurpose::BulkUnblock:
        return StepUpCountdown::tr("bulk unblock");
    case api::OtpPurpose::ProcessRequest:
        return StepUpCountdown::tr("funding requests");
    case api::OtpPurpose::BulkUpload:
        return StepUpCountdown::tr("bulk onboarding");
    }
    return {};
}

/// "4:12" for what is left (rounded up: "0:00" is never shown while open).
QString minutesAndSeconds(std::chrono::milliseconds left) {
    const qint64 seconds = (left.count() + 999) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

StepUpCountdown::StepUpCountdown(core::StepUpWindows* windows, QWidget* parent)
    : QLabel(parent)
    , m_windows(windows)
    , m_tick(new QTimer(this)) {
    setObjectName(QStringLiteral("stepUpCountdown"));
    setAccessibleName(tr("Verification"));
    setTextFormat(Qt::PlainText);
    setToolTip(tr("The one-time password you typed covers these operations until the time runs out; then you are "
                  "asked for a new one. Locking the window or signing out ends it at once."));
    m_tick->setInterval(500); // the seconds change on time
    connect(m_tick, &QTimer::timeout, this, &StepUpCountdown::refresh);
    if (windows)
        connect(windows, &core::StepUpWindows::changed, this, &StepUpCountdown::refresh);
    refresh();
}

void StepUpCountdown::refresh() {
    const QList<api::OtpPurpose> open = m_windows ? m_windows->openPurposes() : QList<api::OtpPurpose>();
    QStringList parts;
    for (const api::OtpPurpose purpose : open)
        parts << tr("Verified for %1 · %2")
                     .arg(coveredOperations(purpose), minutesAndSeconds(m_windows->remaining(purpose)));
    setText(parts.join(QStringLiteral("   ")));
    setVisible(!parts.isEmpty());
    if (parts.isEmpty())
        m_tick->stop();
    else if (!m_tick->isActive())
        m_tick->start();
}

} // namespace migo::views
