#pragma once

#include "CardPolicy.h"
#include "OperationContext.h"
#include "Outcome.h"
#include "StepUp.h"

#include <QObject>

#include <optional>

namespace migo::core {

/// Activates, blocks or unblocks one card (seed 002: PATCH .../cardholders/{c}/cards/{card}/activate|block|unblock;
/// issue 5, issue 12).
///
/// The PATCH goes through a StepUp (purpose api::OtpPurpose::CardAction): sent once without a code, and resent with
/// the agent's code only when the server asks for one; nothing is ever resent automatically. The outcome follows
/// classifyFailure(): Done publishes the card as the server answered it on context.cardStore; a 7213 refusal
/// (api::BusinessCode::InvalidCardStatus: the row the agent saw was stale) and an Unknown outcome read the card again
/// (GET .../cardholders/{c}/cards: a read, never a resend) and publish what the server now shows (cardReread()).
/// Which actions a card allows comes from CardPolicy: start() refuses the others. GUI thread only; every request is
/// bound to this object and aborted with it (silently: the owner is going away).
class CardStateChange final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardStateChange)

public:
    /// `context.client` and `context.prompter` must be set and outlive this object; `context.cardStore` may be null.
    explicit CardStateChange(const OperationContext& context, QObject* parent = nullptr);
    ~CardStateChange() override;

    /// Starts `action` on `card`. Returns false, and sends nothing, while running or when
    /// CardPolicy::unavailableReason() names a reason. A re-read still on its way from an earlier run is dropped.
    bool start(const api::Card& card, api::CardAction action);
    /// Whether CardPolicy allows `action` on `card` for this context's operator (state, type, permissions).
    bool allows(const api::Card& card, api::CardAction action) const {
        return CardPolicy::allows(card, CardPolicy::operationFor(action), m_context.permissions());
    }
    /// True from start() until finished().
    bool isRunning() const { return m_stepUp.isRunning(); }
    /// False while the PATCH is on its way (its outcome would be hidden); true while the prompt waits for a code.
    bool canCancel() const { return m_stepUp.canCancel(); }
    /// The owner is going away: aborts the request in flight and any re-read; no signal follows.
    void abandon();

    api::CardAction action() const { return m_action; }
    /// The card as given to the last start().
    const api::Card& card() const { return m_card; }
    /// After Done: the card as the server answered it.
    const std::optional<api::Card>& changedCard() const { return m_changed; }
    /// After Refused or Unknown: the error, when there was one from the server or the client.
    const std::optional<api::ApiError>& error() const { return m_error; }
    /// A translated sentence about the last outcome ("Card 411111******1234 is now blocked.").
    const QString& message() const { return m_message; }

    /// "activated", "blocked", "unblocked": to complete "The card was not …".
    static QString pastParticiple(api::CardAction action);

Q_SIGNALS:
    void runningChanged(bool running);
    /// Once per accepted start(); message() says it for the agent.
    void finished(migo::core::Outcome outcome);
    /// The card as read again after an Unknown outcome or a 7213 refusal (also published on the card store), with a
    /// sentence saying what the server now shows; it follows finished().
    void cardReread(const migo::api::Card& card, const QString& message);
    /// The card could not be read again; `message` says so and what to do.
    void rereadFailed(const QString& message);

private:
    void onStepUpFinished(StepUp::Ending ending);
    void finish(Outcome outcome, const QString& message);
    void reread(bool afterUnknown);

    OperationContext m_context;
    StepUp m_stepUp;
    api::Card m_card;
    api::CardAction m_action = api::CardAction::Activate;
    std::optional<api::Card> m_changed;
    std::optional<api::ApiError> m_error;
    QString m_message;
    api::CallHandle m_reread;
};

} // namespace migo::core
