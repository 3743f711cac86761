#pragma once

#include "CmsClient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <optional>

namespace migo::core {

class StepUp;
class StepUpWindows;

/// Where the agent types a one-time password: views::OtpDialog in the GUI, a scripted prompter in tests.
class OtpPrompter {
public:
    virtual ~OtpPrompter() = default;
    /// Shows a prompt for `stepUp`, whose code request is already on its way. The prompt follows stepUp's signals,
    /// calls submitCode(), requestNewCode() and cancel() for the agent, and closes when stepUp emits ended() or is
    /// destroyed. Called at most once per StepUp::run().
    virtual void prompt(StepUp* stepUp) = 0;
};

/// Runs one operation guarded by a one-time password (ref §2.4, contract §5): the one step-up flow of the product.
///
/// run() sends the operation without a code (or, with Start::CodeFirst, asks for one first). When the server asks
/// for step-up it requests a code (POST /app/users/auth/otp with the operation's purpose) and hands itself to the
/// OtpPrompter; each code the agent submits is sent in the operation's own request — the code lives only there. A
/// wrong code keeps the prompt open with the attempts left; an expired or burnt code offers a new one at once;
/// otherwise a new code may be requested after the server's cooldown. The agent may cancel at any time except while
/// the operation is on its way (its outcome would be hidden). Nothing is ever resent automatically. Runs on the
/// GUI thread; every request is bound to this object and aborted with it.
///
/// With StepUpWindows (contract §16): a run whose purpose is open is sent without a code and without a prompt, even
/// with Start::CodeFirst; a run whose code passed opens its purpose for the window the server stated; a refusal
/// with OTP_REQUIRED closes it (and asks for a code, as for any send without one).
class StepUp final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepUp)

public:
    enum class Phase {
        Idle,           ///< not running
        Sending,        ///< the operation is on its way without a code
        RequestingCode, ///< a code is being requested
        WaitingForCode, ///< the prompt waits for the agent's code
        CheckingCode,   ///< the operation is on its way with the agent's code
    };
    Q_ENUM(Phase)
    enum class Ending {
        Succeeded, ///< the operation succeeded (with or without a code)
        Failed,    ///< the operation failed for a reason other than the code (see error())
        Cancelled, ///< the agent cancelled the step-up: the operation was refused, nothing was done
    };
    Q_ENUM(Ending)
    enum class Start {
        TryWithoutCode, ///< send first; ask for a code only when the server requires one
        CodeFirst,      ///< the operation always needs a code (bulk): request it before the first send
    };

    /// Reports one attempt of the operation: nothing on success, else the operation's error.
    using AttemptDone = std::function<void(const std::optional<api::ApiError>& error)>;
    /// Sends the operation once with `otp` (empty: no code); calls `done` once, bound to `context`.
    using Attempt = std::function<api::CallHandle(const QString& otp, QObject* context, AttemptDone done)>;

    /// `client` and `prompter` must outlive this object.
    StepUp(api::CmsClient* client, OtpPrompter* prompter, QObject* parent = nullptr);
    ~StepUp() override;

    /// The signed-in operator's e-mail, which the code request names.
    void setOperatorEmail(const QString& email) { m_operatorEmail = email; }
    /// The session's step-up windows (contract §16); null: every run asks as its Start says. Must outlive this.
    void setWindows(StepUpWindows* windows) { m_windows = windows; }
    /// Starts `attempt`; returns false, and does nothing, while running.
    bool run(api::OtpPurpose purpose, Attempt attempt, Start start = Start::TryWithoutCode);

    // ---- For the prompt ----
    /// Sends the operation with `code` (exactly six ASCII digits, else ignored); only while WaitingForCode.
    void submitCode(const QString& code);
    /// Requests a new code; only while WaitingForCode and resendAllowedAt() has passed.
    void requestNewCode();
    /// False while the operation is on its way (Sending, CheckingCode): the agent must wait for its answer.
    bool canCancel() const;
    /// The agent's Cancel: ends with Ending::Cancelled and returns true, or returns false (nothing changes) while
    /// canCancel() is false.
    bool cancel();

    // ---- For the owner ----
    /// The owner is going away (dialog closed, view destroyed): aborts the request in flight, whose outcome then stays
    /// unknown to this object, and closes the prompt. Emits ended() but not finished().
    void abandon();

    Phase phase() const { return m_phase; }
    bool isRunning() const { return m_phase != Phase::Idle; }
    api::OtpPurpose purpose() const { return m_purpose; }
    /// The last code request's answer; empty before it and after an expired or burnt code.
    const std::optional<api::OtpChallenge>& challenge() const { return m_challenge; }
    /// When "Send a new code" becomes available (the server's cooldown); invalid while a request runs.
    QDateTime resendAllowedAt() const { return m_resendAllowedAt; }
    /// The error that ended the last run with Ending::Failed.
    const std::optional<api::ApiError>& error() const { return m_error; }
    /// True when the last run needed a code (the prompt was shown).
    bool usedCode() const { return m_prompted; }

Q_SIGNALS:
    void phaseChanged(migo::core::StepUp::Phase phase);
    /// A code was sent (where, until when).
    void challengeReceived(const migo::api::OtpChallenge& challenge);
    /// The code could not be requested; a new request is allowed at once.
    void challengeFailed(const migo::api::ApiError& error);
    /// The code was not accepted (OtpInvalid with attemptsLeft, OtpExpired, OtpLocked); the prompt stays open.
    void codeRejected(const migo::api::ApiError& error);
    /// The run ended (for the owner); ended() follows.
    void finished(migo::core::StepUp::Ending ending);
    /// The run ended or was abandoned: the prompt closes.
    void ended();

private:
    void setPhase(Phase phase);
    void send(const QString& code);
    void onAttemptDone(const std::optional<api::ApiError>& error, bool withCode);
    /// Requests a code; `afterRenewal` when the previous request met a session renewal (asked once more only).
    void askForCode(bool afterRenewal = false);
    void finish(Ending ending);
    /// The call sent with a code at m_codeSent passed the server's OTP check: opens the purpose's window.
    void openWindow();

    api::CmsClient* m_client;
    StepUpWindows* m_windows = nullptr;
    QElapsedTimer m_codeSent; ///< when the last call with a code was sent (a window starts no earlier)
    OtpPrompter* m_prompter;
    QString m_operatorEmail;
    api::OtpPurpose m_purpose = api::OtpPurpose::CardAction;
    Attempt m_attempt;
    Phase m_phase = Phase::Idle;
    api::CallHandle m_call;
    std::optional<api::OtpChallenge> m_challenge;
    std::optional<api::ApiError> m_error;
    QDateTime m_resendAllowedAt;
    bool m_prompted = false;
    quint64 m_run = 0; ///< tells a stale answer from the current run's
};

/// True for exactly six ASCII digits.
bool isOtpCode(const QString& code);

} // namespace migo::core
