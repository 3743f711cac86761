#pragma once

#include "CmsClient.h"
#include "OperationContext.h"
#include "Outcome.h"
#include "StepUp.h"

#include <QList>
#include <QObject>

#include <array>
#include <optional>

namespace migo::core {

/// One card's fate in a bulk block / unblock.
enum class BulkCardOutcome {
    Done,           ///< the server changed it
    AlreadyInState, ///< the server found it already blocked (block) or active (unblock)
    Refused,        ///< the server refused this card (its code and message say why)
    NotSent,        ///< its batch was refused whole or never sent: nothing changed
    OutcomeUnknown, ///< its batch's answer was lost or did not mention it: check the card, never resend blindly
};

/// One card's result, as the operation reports it to the view.
struct BulkCardResult {
    qint64 cardId = 0;
    BulkCardOutcome outcome = BulkCardOutcome::NotSent;
    QString code;    ///< the server's business code (Refused) or the batch error's first code
    QString message; ///< the server's words (Refused) or the reason (NotSent, OutcomeUnknown); plain text
};

/// Bulk block or unblock of many cards (issue 5, issue 12; contract §5 and §8): PATCH
/// …/cardholders/cards/block|unblock {cardIds, otp} in batches of `client->config().maxBulkCardIds` ids.
///
/// The whole operation uses ONE one-time password: it runs through a core::StepUp with Start::CodeFirst (purpose
/// BulkBlock / BulkUnblock) whose attempt is batch 1 (a wrong code keeps the prompt open and sends nothing else);
/// after the step-up, batches 2..n are sent one after another with the same code, which is cleared when the
/// operation ends. A failed or lost batch is classified by core::classifyFailure: Unknown marks its cards
/// OutcomeUnknown, Refused marks them NotSent with the code and reason, and the other batches still run — unless the
/// failure concerns the code or the session (step-up kinds, SessionExpired, 401, 403): then the remaining batches are
/// NotSent with that reason. requestStop() takes effect before the next batch; a batch on its way is always awaited.
/// Nothing is ever resent automatically. After each answered batch the DONE and ALREADY_IN_STATE cards' new status
/// is published to `context.cardStore` (when not null). GUI thread only; requests are bound to this object.
class BulkCardChange final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkCardChange)

public:
    /// `context.client` and `context.prompter` must not be null; all pointers must outlive this object.
    explicit BulkCardChange(const OperationContext& context, QObject* parent = nullptr);
    /// Abandons a running operation (see abandon()).
    ~BulkCardChange() override;

    /// Starts `action` on `cardIds` (repeated ids are sent once, in the order given): asks for a code first.
    /// Returns false, and does nothing, while running or when `cardIds` is empty.
    bool start(api::BulkCardAction action, const QList<qint64>& cardIds);
    /// True from start() until finished() (or abandon()): at the prompt, while batches are sent, between them.
    bool isRunning() const { return m_running; }
    /// True while the agent is at the prompt (nothing on its way): cancel() then ends with Outcome::Cancelled.
    bool canCancel() const;
    /// Cancels at the prompt: nothing was sent; finished(Cancelled). Returns false (nothing changes) otherwise.
    bool cancel();
    /// Sends no further batch: the batch on its way is awaited, the later ones are NotSent ("stopped by the
    /// operator"). Effective after the step-up too if asked during it.
    void requestStop();
    bool isStopRequested() const { return m_stopRequested; }
    /// The owner is going away: aborts the request on its way (its outcome stays unknown to everyone), clears the
    /// code, reports nothing.
    void abandon();

    api::BulkCardAction action() const { return m_action; }
    /// The batches of the current (or last) run, in sending order.
    const QList<QList<qint64>>& batches() const { return m_batches; }
    /// Index of the batch on its way, or the next to send; batches().size() once every batch is settled.
    int currentBatch() const { return m_current; }
    /// Batches with a result (answered, failed or lost; not those marked NotSent without being sent).
    int settledBatches() const { return m_settled; }
    /// True once the step-up succeeded or failed: the prompt is over, batches 2..n are on their way.
    bool pastStepUp() const { return m_pastStepUp; }
    /// The step-up runner (its prompt is the context's prompter).
    StepUp* stepUp() const { return m_stepUp; }

    /// How the last run ended: Cancelled (nothing sent), Unknown (some card's outcome is unknown), Done (some batch
    /// was answered), Refused (no batch answered, none lost: nothing changed). Meaningful after finished().
    Outcome outcome() const { return m_outcome; }
    /// How many cards of the last run have `outcome` so far (each card is counted once, when its batch settles).
    int cardCount(BulkCardOutcome outcome) const { return m_cardCounts.at(std::size_t(outcome)); }
    /// Why batches were not sent ("Stopped by the operator.", "Stopped: <reason>"), or empty.
    const QString& stopReason() const { return m_stopReason; }
    /// A translated sentence for the agent: the counts ("3 blocked · 2 already blocked · 1 refused · …"), or
    /// "Step-up cancelled. Nothing was sent."
    QString message() const;

    /// The per-card results of an answered batch: the answer's items for the cards of `batch` (ids the answer names
    /// that are not in `batch` are ignored), and OutcomeUnknown for the cards the answer does not mention.
    static QList<BulkCardResult> resultsOf(const QList<qint64>& batch, const api::BulkResult& answer);

Q_SIGNALS:
    /// Batch `index` is on its way (for batch 0: once per code the agent submits).
    void batchSending(int index);
    /// Batch `index` was answered; `cards` are its per-card results.
    void batchAnswered(int index, const QList<migo::core::BulkCardResult>& cards);
    /// Batch `index` failed or its answer was lost (`error`); `cards` are all NotSent or all OutcomeUnknown.
    void batchFailed(int index, const migo::api::ApiError& error, const QList<migo::core::BulkCardResult>& cards);
    /// The cards of batches that will not be sent (stop requested, or a code or session failure).
    void cardsNotSent(const QList<migo::core::BulkCardResult>& cards);
    /// The operation ended (see outcome(), cardCount(), stopReason()).
    void finished(migo::core::Outcome outcome);

private:
    void onStepUpFinished(StepUp::Ending ending);
    void settleAnswer(int index, const api::BulkResult& answer);
    void failBatch(int index, const api::ApiError& error);
    void sendNext(int index);
    void markRemainingNotSent(int fromIndex, const QString& code, const QString& reason);
    void count(const QList<BulkCardResult>& cards);
    void finish(Outcome outcome);

    OperationContext m_context;
    StepUp* m_stepUp;
    api::BulkCardAction m_action = api::BulkCardAction::Block;
    QList<QList<qint64>> m_batches;
    int m_current = 0;
    int m_settled = 0;
    int m_answered = 0;
    QString m_code; ///< the operation's one code; cleared when it ends
    std::optional<api::BulkResult> m_firstAnswer;
    api::CallHandle m_call; ///< a batch after the first on its way
    bool m_running = false;
    bool m_pastStepUp = false;
    bool m_stopRequested = false;
    QString m_stopReason;
    std::array<int, 5> m_cardCounts{}; ///< by BulkCardOutcome
    Outcome m_outcome = Outcome::Cancelled;
};

} // namespace migo::core

Q_DECLARE_METATYPE(migo::core::BulkCardResult)
