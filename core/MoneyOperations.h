#pragma once

#include "OperationContext.h"
#include "Outcome.h"
#include "StepUp.h"

#include <QList>
#include <QObject>

#include <optional>

namespace migo::core {

/// What the operations that move money share (issue 12; contract §8 "Funds", §5 step-up): one send per start()
/// through a StepUp (Start::TryWithoutCode), the done / refused / unknown rule of classifyFailure, and the cards
/// changed by a Done published to the CardStore — from the answer, or, when the answer lacks one, from one read of
/// the cardholder's cards (listCardholderCards: a read, never a resend). GUI thread only; every request is bound
/// to this object and aborted with it.
///
/// Signals of one start(): finished() once (not after abandon()); after a Done, cardPublished() once per changed
/// card (in the order the operation names them) or cardsUnreadable() when the read failed.
class MoneyOperation : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MoneyOperation)

public:
    ~MoneyOperation() override;

    /// True from start() until finished(): a second start() meanwhile sends nothing.
    bool isRunning() const { return m_stepUp->isRunning(); }
    /// False while the money request is on its way (its outcome would be hidden).
    bool canCancel() const { return m_stepUp->canCancel(); }
    /// The owner is going away: aborts the request in flight (its outcome stays unknown here) and the card read,
    /// closes the prompt; no signal follows.
    void abandon();

    /// How the last start() ended (Cancelled before any).
    Outcome outcome() const { return m_outcome; }
    /// The error that ended the last start() as Refused or Unknown.
    const std::optional<api::ApiError>& error() const { return m_error; }
    /// A translated text for the agent about the last start(): what moved and the new balances (Done), the server's
    /// sentence (Refused; with the known balance for 7303), the advice to check the movements (Unknown), or that
    /// nothing was done (Cancelled). Plain text; lines separated by '\n'.
    QString message() const;
    /// The cards published after the last Done, in the operation's order.
    const QList<api::Card>& changedCards() const { return m_changed; }
    /// The amount given to the last start().
    const api::Money& amount() const { return m_amount; }
    /// True while the cards a Done changed are being read again.
    bool isReadingCards() const { return m_reading; }

    /// Why taking `amount` from `card` would be refused, as the client can see it before asking for a code
    /// (contract §16): more than the card's balance as last read ("More than the card's balance, Q 120.00…");
    /// empty when it is not. The dialogs show it at the amount field and send nothing.
    static QString overdrawProblem(const api::Card& card, const api::Money& amount);

Q_SIGNALS:
    void finished(migo::core::Outcome outcome);
    /// `card` as the server now shows it, just published to the CardStore (after a Done).
    void cardPublished(const migo::api::Card& card);
    /// The changed cards could not be read again after a Done; `reason` is a translated sentence.
    void cardsUnreadable(const QString& reason);

protected:
    /// `context.client` and `context.prompter` must be set and outlive this object.
    MoneyOperation(const OperationContext& context, QObject* parent);

    /// Runs `attempt` once under step-up for `purpose`; `cardIds` are the cards a Done changes, of `cardholderId`.
    /// Returns false, and does nothing, while running.
    bool run(api::OtpPurpose purpose, qint64 cardholderId, const QList<qint64>& cardIds, const api::Money& amount,
             StepUp::Attempt attempt);
    api::CmsClient* client() const { return m_context.client; }

    enum class Sentence {
        Done,              ///< what a Done did: "Q 20.00 was added to card …"
        NewBalance,        ///< `card`'s balance after a Done: "New balance: Q 130.25"
        InsufficientFunds, ///< the known balance that explains a 7303 INSUFFICIENT_FUNDS refusal
    };
    /// The changed cards as the answer carried them, in cardIds order (absent: read them again).
    virtual QList<std::optional<api::Card>> answeredCards() const = 0;
    /// The operation's own words for `which` (translated); `card` is used by NewBalance only.
    virtual QString sentence(Sentence which, const api::Card& card) const = 0;

private:
    void onStepUpFinished(StepUp::Ending ending);
    void publish(api::Card card);
    void readCards();
    /// Funds added or withdrawn (done or unknown): the partner's balance is read again (CardStore::fundsMoved).
    void noteFundsMoved();

    OperationContext m_context;
    StepUp* m_stepUp;
    qint64 m_cardholderId = 0;
    QList<qint64> m_cardIds;
    api::Money m_amount;
    Outcome m_outcome = Outcome::Cancelled;
    std::optional<api::ApiError> m_error;
    QList<api::Card> m_changed;
    api::CallHandle m_read;
    bool m_reading = false;
    bool m_movesPartnerFunds = false;
    QString m_readProblem;
};

/// The changed cards an answer carries, in the operation's order (absent: read them again).
QList<std::optional<api::Card>> cardsOf(const api::FundsResult& result);
QList<std::optional<api::Card>> cardsOf(const api::TransferResult& result);

/// A MoneyOperation whose Done holds the server's answer, a `Value` (api::FundsResult, api::TransferResult).
template <typename Value>
class MoneyOperationWith : public MoneyOperation {
public:
    /// The server's answer after a Done; empty after any other outcome.
    const std::optional<Value>& value() const { return m_value; }

protected:
    using MoneyOperation::MoneyOperation;
    /// The attempt's answer: keeps a success and reports the error, if any, to the StepUp.
    void answered(const api::Result<Value>& result, const StepUp::AttemptDone& done) {
        if (result.ok())
            m_value = result.value();
        done(result.ok() ? std::nullopt : std::optional<api::ApiError>(result.error()));
    }
    /// Drops the last answer (a new start()).
    void forget() { m_value.reset(); }
    QList<std::optional<api::Card>> answeredCards() const override {
        return m_value ? cardsOf(*m_value) : QList<std::optional<api::Card>>{std::nullopt};
    }

private:
    std::optional<Value> m_value;
};

/// Adds funds to or withdraws funds from one card (seed 002: POST /cardholders/{id}/cards/funds/add|withdraw;
/// OTP purposes funds_add / funds_withdraw). A withdrawal over the balance the dialog knows is refused there
/// (overdrawProblem(), before any code); one over a balance that changed meanwhile is the server's 7303 (Refused). An
/// amount the client refuses before sending (zero, negative, over 4 decimals) ends Refused with nothing sent.
class FundsMovement final : public MoneyOperationWith<api::FundsResult> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FundsMovement)

public:
    enum class Kind { Add, Withdraw };

    /// `context.client` and `context.prompter` must be set and outlive this object; `cardStore` may be null.
    explicit FundsMovement(const OperationContext& context, QObject* parent = nullptr);

    /// Moves `amount` (in card.currency) on `card` (card.cardholderId names the path); `observations` at most 140
    /// characters, may be empty. Returns false, and sends nothing, while running.
    bool start(Kind kind, const api::Card& card, const api::Money& amount, const QString& observations);

private:
    QString sentence(Sentence which, const api::Card& card) const override;

    Kind m_kind = Kind::Add;
    api::Card m_card;
};

/// Moves money between two cards of one cardholder (seed 002: POST /cardholders/{id}/cards/transfers; OTP purpose
/// transfer). A Done publishes the source, then the destination card. Two equal cards or an amount the client
/// refuses end Refused with nothing sent.
class Transfer final : public MoneyOperationWith<api::TransferResult> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Transfer)

public:
    /// `context.client` and `context.prompter` must be set and outlive this object; `cardStore` may be null.
    explicit Transfer(const OperationContext& context, QObject* parent = nullptr);

    /// Moves `amount` from `from` to `to`, cards of `cardholderId`. Returns false, and sends nothing, while running.
    bool start(qint64 cardholderId, const api::Card& from, const api::Card& to, const api::Money& amount,
               const QString& observations);

private:
    QString sentence(Sentence which, const api::Card& card) const override;

    api::Card m_from;
    api::Card m_to;
};

} // namespace migo::core
