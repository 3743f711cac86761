#include "CardStateChange.h"

#include "CardPolicy.h"
#include "CardStore.h"
#include "Codes.h"
#include "Format.h"

namespace migo::core {

CardStateChange::CardStateChange(const OperationContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_stepUp(context.client, context.prompter) {
    m_stepUp.setOperatorEmail(context.operatorEmail);
    m_stepUp.setWindows(context.stepUpWindows);
    connect(&m_stepUp, &StepUp::finished, this, &CardStateChange::onStepUpFinished);
}

CardStateChange::~CardStateChange() {
    abandon();
}

QString CardStateChange::pastParticiple(api::CardAction action) {
    switch (action) {
    case api::CardAction::Activate:
        return tr("activated");
    case api::CardAction::Block:
        return tr("blocked");
    case api::CardAction::Unblock:
        break;
    }
    return tr("unblocked");
}

bool CardStateChange::start(const api::Card& card, api::CardAction action) {
    if (isRunning() || !allows(card, action))
        return false;
    m_card = card;
    m_action = action;
    m_changed.reset();
    m_error.reset();
    m_message.clear();
    m_reread.cancel(); // an older re-read must not overwrite what this action answers
    m_reread = {};
    const qint64 cardholderId = card.cardholderId.value_or(0);
    const qint64 cardId = card.id;
    api::CmsClient* client = m_context.client;
    // The code, when one is asked for, goes into the resend only.
    auto attempt = [this, client, cardholderId, cardId, action](const QString& otp, QObject* context,
                                                                const StepUp::AttemptDone& done) {
        return client->changeCardState(
            cardholderId, cardId, action, otp, context, [this, done](const api::Result<api::Card>& result) {
                if (result.ok())
                    m_changed = result.value();
                done(result.ok() ? std::nullopt : std::optional<api::ApiError>(result.error()));
            });
    };
    // Holding cards-admin:otp means the PATCH needs a code: ask first instead of learning it from a refusal.
    m_stepUp.run(api::OtpPurpose::CardAction, attempt,
                 needsCodeFirst(m_context, "cards-admin") ? StepUp::Start::CodeFirst : StepUp::Start::TryWithoutCode);
    Q_EMIT runningChanged(true);
    return true;
}

void CardStateChange::onStepUpFinished(StepUp::Ending ending) {
    switch (ending) {
    case StepUp::Ending::Succeeded:
        if (m_changed) {
            if (m_context.cardStore)
                m_context.cardStore->publish(*m_changed);
            finish(Outcome::Done,
                   tr("Card %1 is now %2.").arg(m_card.maskedPan, Format::cardStatusInSentence(m_changed->status)));
            return;
        }
        break; // succeeded without a card: cannot happen with a readable answer; treated as unknown below
    case StepUp::Ending::Cancelled:
        finish(Outcome::Cancelled,
               tr("No one-time password was entered: the card was not %1.").arg(pastParticiple(m_action)));
        return;
    case StepUp::Ending::Failed:
        m_error = m_stepUp.error();
        break;
    }
    if (m_error && classifyFailure(*m_error) == Outcome::Refused) {
        const QString sentence = m_error->userMessage.isEmpty() ? m_error->serverMessage : m_error->userMessage;
        finish(Outcome::Refused, tr("The card was not %1: %2").arg(pastParticiple(m_action), sentence));
        if (m_error->hasCode(api::BusinessCode::InvalidCardStatus))
            reread(false); // the row said the action was legal: the card changed behind the agent's back
        return;
    }
    finish(Outcome::Unknown, tr("Outcome unknown — the card is read again."));
    reread(true);
}

void CardStateChange::finish(Outcome outcome, const QString& message) {
    m_message = message;
    Q_EMIT finished(outcome);
    Q_EMIT runningChanged(false);
}

void CardStateChange::reread(bool afterUnknown) {
    if (!m_card.cardholderId)
        return;
    const qint64 cardId = m_card.id;
    const QString pan = m_card.maskedPan;
    // A read, not a resend: the agent decides what to do once the card's real status is on screen.
    m_reread = m_context.client->listCardholderCards(
        *m_card.cardholderId, this, [this, cardId, pan, afterUnknown](const api::Result<QList<api::Card>>& result) {
            m_reread = {};
            if (!result.ok()) {
                Q_EMIT rereadFailed(afterUnknown
                                        ? tr("Outcome unknown, and the card could not be read again: %1 "
                                             "Refresh the list before trying again.")
                                              .arg(result.error().userMessage)
                                        : tr("The card could not be read again: %1").arg(result.error().userMessage));
                return;
            }
            for (const api::Card& card : result.value()) {
                if (card.id != cardId || card.type == api::CardType::Linked)
                    continue;
                if (m_context.cardStore)
                    m_context.cardStore->publish(card);
                const QString status = Format::cardStatusInSentence(card.status);
                Q_EMIT cardReread(
                    card, afterUnknown ? tr("The server now shows card %1 as %2.").arg(pan, status)
                                       : tr("Card %1 is %2 on the server: the list was out of date.").arg(pan, status));
                return;
            }
        });
}

void CardStateChange::abandon() {
    m_reread.cancel();
    m_reread = {};
    if (!m_stepUp.isRunning())
        return;
    const QSignalBlocker silence(this);
    m_stepUp.abandon();
}

} // namespace migo::core
