#include "StepUp.h"

#include "StepUpWindows.h"

namespace migo::core {

namespace {

/// Taken off every window the server states: the next call's way to the server (contract §16).
constexpr std::chrono::milliseconds kWindowMargin{2000};

/// When a new code may be requested after `error`: at once, or when a 429's Retry-After has passed.
QDateTime notBefore(const api::ApiError& error) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return error.httpStatus == 429 && error.retryAfterSeconds ? now.addSecs(*error.retryAfterSeconds) : now;
}

} // namespace

bool isOtpCode(const QString& code) {
    if (code.size() != 6)
        return false;
    for (QChar c : code)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

StepUp::StepUp(api::CmsClient* client, OtpPrompter* prompter, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_prompter(prompter) {}

StepUp::~StepUp() {
    m_call.cancel();
}

bool StepUp::run(api::OtpPurpose purpose, Attempt attempt, Start start) {
    if (isRunning())
        return false;
    ++m_run;
    m_purpose = purpose;
    m_attempt = std::move(attempt);
    m_challenge.reset();
    m_error.reset();
    m_resendAllowedAt = {};
    m_prompted = false;
    if (m_windows && m_windows->isOpen(purpose))
        start = Start::TryWithoutCode; // a verified code keeps the purpose open: no prompt (contract §16)
    if (start == Start::CodeFirst)
        askForCode();
    else
        send(QString());
    return true;
}

void StepUp::setPhase(Phase phase) {
    if (m_phase == phase)
        return;
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
}

void StepUp::send(const QString& code) {
    const bool withCode = !code.isEmpty();
    setPhase(withCode ? Phase::CheckingCode : Phase::Sending);
    if (withCode)
        m_codeSent.start();
    const quint64 run = m_run;
    m_call = m_attempt(code, this, [this, run, withCode](const std::optional<api::ApiError>& error) {
        if (run != m_run)
            return;
        m_call = {};
        onAttemptDone(error, withCode);
    });
}

void StepUp::onAttemptDone(const std::optional<api::ApiError>& error, bool withCode) {
    if (withCode && (!error || error->httpStatus == 409))
        openWindow(); // the code passed: a 409 (state, funds) is checked after it (contract §10, §16)
    if (!error) {
        finish(Ending::Succeeded);
        return;
    }
    if (!error->isStepUp()) {
        m_error = error; // not about the code (permission, network, unknown outcome…): the owner explains it
        finish(Ending::Failed);
        return;
    }
    if (!withCode) {
        if (m_windows)
            m_windows->close(m_purpose); // the server's window ended before ours (restart, policy): ask now
        askForCode();                    // refused before anything changed: the code is the agent's to give
        return;
    }
    setPhase(Phase::WaitingForCode);
    if (error->kind != api::ErrorKind::OtpInvalid) {
        // Expired, burnt, or asked for again: this code is dead, a new one may be requested at once (or once a
        // lockout's Retry-After has passed).
        m_challenge.reset();
        m_resendAllowedAt = notBefore(*error);
    }
    Q_EMIT codeRejected(*error);
}

void StepUp::askForCode(bool afterRenewal) {
    setPhase(Phase::RequestingCode);
    m_resendAllowedAt = {};
    const quint64 run = m_run;
    m_call = m_client->requestOtp(
        m_operatorEmail, m_purpose, this, [this, run, afterRenewal](const api::Result<api::OtpChallenge>& result) {
            if (run != m_run)
                return;
            m_call = {};
            // The session was renewed under the request and the server refused it without sending a code: asking
            // once more sends the first code, not a second one.
            if (!result.ok() && !afterRenewal && result.error().kind == api::ErrorKind::NotResentAfterRefresh) {
                askForCode(true);
                return;
            }
            setPhase(Phase::WaitingForCode);
            if (!result.ok()) {
                m_challenge.reset();
                m_resendAllowedAt = notBefore(result.error()); // a 429 holds "send a new code" for its wait
                Q_EMIT challengeFailed(result.error());
                return;
            }
            m_challenge = result.value();
            m_resendAllowedAt = QDateTime::currentDateTimeUtc().addSecs(result.value().resendAfterSeconds);
            Q_EMIT challengeReceived(result.value());
        });
    if (!m_prompted) {
        m_prompted = true;
        m_prompter->prompt(this);
    }
}

void StepUp::submitCode(const QString& code) {
    if (m_phase != Phase::WaitingForCode || !isOtpCode(code))
        return; // exactly six digits, and one attempt at a time
    send(code);
}

void StepUp::requestNewCode() {
    if (m_phase != Phase::WaitingForCode)
        return;
    if (m_resendAllowedAt.isValid() && QDateTime::currentDateTimeUtc() < m_resendAllowedAt)
        return;
    askForCode();
}

bool StepUp::canCancel() const {
    return m_phase != Phase::Sending && m_phase != Phase::CheckingCode;
}

bool StepUp::cancel() {
    if (!isRunning())
        return true;
    if (!canCancel())
        return false;
    m_call.cancel(); // at most a code request
    m_call = {};
    finish(Ending::Cancelled);
    return true;
}

void StepUp::abandon() {
    if (!isRunning())
        return;
    ++m_run;
    m_call.cancel();
    m_call = {};
    m_attempt = {};
    setPhase(Phase::Idle);
    Q_EMIT ended();
}

void StepUp::openWindow() {
    if (!m_windows || !m_challenge || m_challenge->stepUpWindowSeconds <= 0 || !m_codeSent.isValid())
        return;
    const std::chrono::milliseconds window = std::chrono::seconds(m_challenge->stepUpWindowSeconds);
    m_windows->open(m_purpose, window - std::chrono::milliseconds(m_codeSent.elapsed()) - kWindowMargin);
}

void StepUp::finish(Ending ending) {
    ++m_run;
    m_attempt = {};
    setPhase(Phase::Idle);
    Q_EMIT finished(ending);
    Q_EMIT ended();
}

} // namespace migo::core
