#include "BulkCardChange.h"

#include "CardStore.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <utility>

namespace migo::core {

namespace {

/// A code or session failure: the remaining batches would fail the same way, so they are not sent. A batch that met
/// an expired token while the session was renewed is not one: the next batches go with the new token (issue 13).
bool stopsAll(const api::ApiError& error) {
    if (error.kind == api::ErrorKind::NotResentAfterRefresh)
        return false;
    return error.isStepUp() || error.kind == api::ErrorKind::SessionExpired || error.httpStatus == 401 ||
           error.httpStatus == 403;
}

BulkCardOutcome fromServer(api::BulkOutcome outcome) {
    switch (outcome) {
    case api::BulkOutcome::Done:
        return BulkCardOutcome::Done;
    case api::BulkOutcome::AlreadyInState:
        return BulkCardOutcome::AlreadyInState;
    case api::BulkOutcome::Refused:
        return BulkCardOutcome::Refused;
    case api::BulkOutcome::Unknown:
        break;
    }
    return BulkCardOutcome::OutcomeUnknown;
}

QList<BulkCardResult> sameFate(const QList<qint64>& cardIds, BulkCardOutcome outcome, const QString& code,
                               const QString& message) {
    QList<BulkCardResult> cards;
    cards.reserve(cardIds.size());
    for (qint64 id : cardIds)
        cards << BulkCardResult{id, outcome, code, message};
    return cards;
}

} // namespace

BulkCardChange::BulkCardChange(const OperationContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_stepUp(new StepUp(context.client, context.prompter, this)) {
    m_stepUp->setOperatorEmail(context.operatorEmail);
    // No step-up window: every bulk operation carries its own code (contract §9, §16), whatever a server states.
    connect(m_stepUp, &StepUp::finished, this, &BulkCardChange::onStepUpFinished);
}

BulkCardChange::~BulkCardChange() {
    abandon();
}

bool BulkCardChange::start(api::BulkCardAction action, const QList<qint64>& cardIds) {
    if (m_running || cardIds.isEmpty())
        return false;
    // The server refuses a batch with a repeated id whole (contract §8): each card once, in the order given.
    QList<qint64> ids;
    ids.reserve(cardIds.size());
    QSet<qint64> seen;
    for (qint64 id : cardIds)
        if (!seen.contains(id)) {
            seen.insert(id);
            ids << id;
        }
    const qsizetype batchSize = std::max(1, m_context.client->config().maxBulkCardIds);
    m_batches.clear();
    for (qsizetype i = 0; i < ids.size(); i += batchSize)
        m_batches << ids.mid(i, batchSize);
    m_action = action;
    m_current = 0;
    m_settled = 0;
    m_answered = 0;
    m_code.clear();
    m_firstAnswer.reset();
    m_pastStepUp = false;
    m_stopRequested = false;
    m_stopReason.clear();
    m_cardCounts = {};
    m_outcome = Outcome::Cancelled;
    m_running = true;

    // Batch 1 is the step-up's attempt: each code the agent types is sent with it, and a wrong one sends nothing else.
    auto attempt = [this](const QString& otp, QObject* context, const StepUp::AttemptDone& done) {
        m_code = otp;
        m_current = 0;
        Q_EMIT batchSending(0);
        return m_context.client->bulkChangeCardState(m_action, m_batches.constFirst(), otp, context,
                                                     [this, done](const api::Result<api::BulkResult>& result) {
                                                         if (result.ok()) {
                                                             m_firstAnswer = result.value();
                                                             done(std::nullopt);
                                                         } else {
                                                             done(result.error());
                                                         }
                                                     });
    };
    const api::OtpPurpose purpose =
        action == api::BulkCardAction::Block ? api::OtpPurpose::BulkBlock : api::OtpPurpose::BulkUnblock;
    m_stepUp->run(purpose, attempt, StepUp::Start::CodeFirst);
    return true;
}

bool BulkCardChange::canCancel() const {
    return m_running && !m_pastStepUp && m_stepUp->canCancel();
}

bool BulkCardChange::cancel() {
    if (!canCancel())
        return false;
    return m_stepUp->cancel(); // finished(Cancelled) follows through onStepUpFinished
}

void BulkCardChange::requestStop() {
    if (m_running)
        m_stopRequested = true;
}

void BulkCardChange::abandon() {
    if (!m_running)
        return;
    m_running = false;
    m_stepUp->abandon();
    m_call.cancel();
    m_call = {};
    m_code.clear();
}

void BulkCardChange::onStepUpFinished(StepUp::Ending ending) {
    if (!m_running)
        return;
    switch (ending) {
    case StepUp::Ending::Cancelled:
        finish(Outcome::Cancelled);
        return;
    case StepUp::Ending::Succeeded:
        m_pastStepUp = true;
        settleAnswer(0, *std::exchange(m_firstAnswer, std::nullopt));
        sendNext(1);
        return;
    case StepUp::Ending::Failed:
        m_pastStepUp = true;
        failBatch(0, m_stepUp->error().value_or(api::ApiError{}));
        return;
    }
}

void BulkCardChange::settleAnswer(int index, const api::BulkResult& answer) {
    const QList<BulkCardResult> cards = resultsOf(m_batches.at(index), answer);
    ++m_settled;
    ++m_answered;
    count(cards);
    if (m_context.cardStore) {
        QList<qint64> changed;
        for (const BulkCardResult& card : cards)
            if (card.outcome == BulkCardOutcome::Done || card.outcome == BulkCardOutcome::AlreadyInState)
                changed << card.cardId;
        m_context.cardStore->publishStatuses(changed, m_action == api::BulkCardAction::Block ? api::CardStatus::Blocked
                                                                                             : api::CardStatus::Active);
    }
    Q_EMIT batchAnswered(index, cards);
}

void BulkCardChange::failBatch(int index, const api::ApiError& error) {
    const bool unknown = classifyFailure(error) == Outcome::Unknown;
    const QString code = error.codes().value(0);
    QString reason = error.userMessage;
    if (reason.isEmpty())
        reason = unknown ? tr("The answer was lost: the server may or may not have applied this batch. Check these "
                              "cards.")
                         : tr("This batch was not accepted.");
    const QList<BulkCardResult> cards = sameFate(
        m_batches.at(index), unknown ? BulkCardOutcome::OutcomeUnknown : BulkCardOutcome::NotSent, code, reason);
    ++m_settled;
    count(cards);
    Q_EMIT batchFailed(index, error, cards);
    if (stopsAll(error)) {
        m_stopReason = tr("Stopped: %1").arg(reason);
        markRemainingNotSent(index + 1, code, tr("Not sent: %1").arg(reason));
        return;
    }
    sendNext(index + 1);
}

void BulkCardChange::sendNext(int index) {
    if (!m_running)
        return; // abandoned by a slot of the last signal
    m_current = index;
    if (index >= m_batches.size()) {
        finish(Outcome::Done);
        return;
    }
    if (m_stopRequested) {
        m_stopReason = tr("Stopped by the operator.");
        markRemainingNotSent(index, QString(), tr("Not sent: stopped by the operator before this batch."));
        return;
    }
    Q_EMIT batchSending(index);
    m_call = m_context.client->bulkChangeCardState(m_action, m_batches.at(index), m_code, this,
                                                   [this, index](const api::Result<api::BulkResult>& result) {
                                                       m_call = {};
                                                       if (result.ok()) {
                                                           settleAnswer(index, result.value());
                                                           sendNext(index + 1);
                                                       } else {
                                                           failBatch(index, result.error());
                                                       }
                                                   });
}

void BulkCardChange::markRemainingNotSent(int fromIndex, const QString& code, const QString& reason) {
    QList<BulkCardResult> cards;
    for (qsizetype i = fromIndex; i < m_batches.size(); ++i)
        cards << sameFate(m_batches.at(i), BulkCardOutcome::NotSent, code, reason);
    m_current = int(m_batches.size());
    count(cards);
    if (!cards.isEmpty())
        Q_EMIT cardsNotSent(cards);
    finish(Outcome::Done);
}

void BulkCardChange::count(const QList<BulkCardResult>& cards) {
    for (const BulkCardResult& card : cards)
        ++m_cardCounts.at(std::size_t(card.outcome));
}

void BulkCardChange::finish(Outcome outcome) {
    if (outcome != Outcome::Cancelled) {
        // Only an answer proves anything: an unknown card makes the whole unknown; no answer at all, nothing changed.
        if (cardCount(BulkCardOutcome::OutcomeUnknown) > 0)
            outcome = Outcome::Unknown;
        else if (m_answered == 0)
            outcome = Outcome::Refused;
        else
            outcome = Outcome::Done;
    }
    m_running = false;
    m_code.clear(); // the code served this operation only
    m_call = {};
    m_outcome = outcome;
    Q_EMIT finished(outcome);
}

QString BulkCardChange::message() const {
    if (m_outcome == Outcome::Cancelled && !m_running)
        return tr("No one-time password was entered. Nothing was sent.");
    const bool block = m_action == api::BulkCardAction::Block;
    const int done = cardCount(BulkCardOutcome::Done);
    const int already = cardCount(BulkCardOutcome::AlreadyInState);
    QStringList parts{block ? tr("%n blocked", nullptr, done) : tr("%n unblocked", nullptr, done),
                      block ? tr("%n already blocked", nullptr, already) : tr("%n already active", nullptr, already),
                      tr("%n refused", nullptr, cardCount(BulkCardOutcome::Refused))};
    if (const int notSent = cardCount(BulkCardOutcome::NotSent))
        parts << tr("%n not sent", nullptr, notSent);
    if (const int unknown = cardCount(BulkCardOutcome::OutcomeUnknown))
        parts << tr("%n outcome unknown", nullptr, unknown);
    return parts.join(QStringLiteral(" · "));
}

QList<BulkCardResult> BulkCardChange::resultsOf(const QList<qint64>& batch, const api::BulkResult& answer) {
    // Looked up from the batch's side: ids the answer names that are not in the batch are never read.
    QHash<qint64, BulkCardResult> answered;
    answered.reserve(answer.results.size());
    for (const api::BulkItemResult& item : answer.results) {
        QString message = item.message;
        if (item.outcome == api::BulkOutcome::Unknown && message.isEmpty())
            message = tr("The server's answer for this card was not understood. Check the card.");
        answered.insert(item.cardId, BulkCardResult{item.cardId, fromServer(item.outcome), item.code, message});
    }
    const QString unmentioned = tr("The server's answer did not mention this card. Check the card.");
    QList<BulkCardResult> cards;
    cards.reserve(batch.size());
    for (qint64 id : batch)
        cards << answered.value(id, BulkCardResult{id, BulkCardOutcome::OutcomeUnknown, QString(), unmentioned});
    return cards;
}

} // namespace migo::core
