#include "MoneyOperations.h"

#include "CardStore.h"
#include "Format.h"

#include <QPointer>

#include <algorithm>

namespace migo::core {

QList<std::optional<api::Card>> cardsOf(const api::FundsResult& result) {
    return {result.card};
}

QList<std::optional<api::Card>> cardsOf(const api::TransferResult& result) {
    return {result.fromCard, result.toCard};
}

// ---------------------------------------------------------------- MoneyOperation

MoneyOperation::MoneyOperation(const OperationContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_stepUp(new StepUp(context.client, context.prompter, this)) {
    Q_ASSERT(context.client && context.prompter);
    m_stepUp->setOperatorEmail(context.operatorEmail);
    m_stepUp->setWindows(context.stepUpWindows);
    connect(m_stepUp, &StepUp::finished, this, &MoneyOperation::onStepUpFinished);
}

MoneyOperation::~MoneyOperation() {
    m_read.cancel();
}

bool MoneyOperation::run(api::OtpPurpose purpose, qint64 cardholderId, const QList<qint64>& cardIds,
                         const api::Money& amount, StepUp::Attempt attempt) {
    if (isRunning())
        return false;
    m_read.cancel(); // the last Done's balances are no longer what the agent waits for
    m_read = {};
    m_reading = false;
    m_cardholderId = cardholderId;
    m_cardIds = cardIds;
    m_amount = amount;
    m_outcome = Outcome::Cancelled;
    m_error.reset();
    m_changed.clear();
    m_readProblem.clear();
    m_movesPartnerFunds = purpose != api::OtpPurpose::Transfer; // a transfer stays among the partner's cards
    return m_stepUp->run(purpose, std::move(attempt),
                         needsCodeFirst(m_context, "cards-admin") ? StepUp::Start::CodeFirst
                                                                  : StepUp::Start::TryWithoutCode);
}

QString MoneyOperation::overdrawProblem(const api::Card& card, const api::Money& amount) {
    if (api::Money::checkedSubtract(card.balance, amount))
        return {};
    return tr("More than the card's balance, %1. If funds arrived since, read the card again (F5) and try again.")
        .arg(Format::money(card.balance, card.currency));
}

void MoneyOperation::abandon() {
    m_stepUp->abandon();
    m_read.cancel();
    m_read = {};
    m_reading = false;
}

void MoneyOperation::onStepUpFinished(StepUp::Ending ending) {
    switch (ending) {
    case StepUp::Ending::Cancelled:
        m_outcome = Outcome::Cancelled;
        Q_EMIT finished(m_outcome);
        return;
    case StepUp::Ending::Failed:
        m_error = m_stepUp->error();
        m_outcome = m_error ? classifyFailure(*m_error) : Outcome::Unknown;
        if (m_outcome == Outcome::Unknown)
            noteFundsMoved(); // the partner's balance shows whether the money moved
        Q_EMIT finished(m_outcome);
        return;
    case StepUp::Ending::Succeeded:
        break;
    }
    m_outcome = Outcome::Done;
    noteFundsMoved();
    const QList<std::optional<api::Card>> answered = answeredCards();
    const bool complete = std::all_of(answered.cbegin(), answered.cend(),
                                      [](const std::optional<api::Card>& c) { return c.has_value(); });
    if (!complete)
        readCards(); // before finished(): the owner sees the read under way
    const QPointer<MoneyOperation> self(this);
    Q_EMIT finished(m_outcome);
    if (!self || !complete || m_outcome != Outcome::Done)
        return;
    for (const std::optional<api::Card>& card : answered)
        publish(*card);
}

void MoneyOperation::publish(api::Card card) {
    if (!card.cardholderId)
        card.cardholderId = m_cardholderId; // the answer may leave out what the path already said
    m_changed << card;
    if (m_context.cardStore)
        m_context.cardStore->publish(card);
    Q_EMIT cardPublished(card);
}

void MoneyOperation::noteFundsMoved() {
    if (m_movesPartnerFunds && m_context.cardStore)
        m_context.cardStore->noteFundsMoved();
}

void MoneyOperation::readCards() {
    m_reading = true;
    m_read = m_context.client->listCardholderCards(
        m_cardholderId, this, [this](const api::Result<QList<api::Card>>& result) {
            m_read = {};
            m_reading = false;
            if (!result.ok()) {
                m_readProblem = result.error().userMessage;
                Q_EMIT cardsUnreadable(m_readProblem);
                return;
            }
            bool allFound = true;
            for (const qint64 id : std::as_const(m_cardIds)) {
                const auto found = std::find_if(result.value().cbegin(), result.value().cend(),
                                                [id](const api::Card& card) { return card.id == id; });
                if (found == result.value().cend())
                    allFound = false;
                else
                    publish(*found);
            }
            if (!allFound) {
                m_readProblem = tr("the card is no longer listed.");
                Q_EMIT cardsUnreadable(m_readProblem);
            }
        });
}

QString MoneyOperation::message() const {
    switch (m_outcome) {
    case Outcome::Cancelled:
        return tr("No one-time password was entered, so nothing was done.");
    case Outcome::Unknown:
        return tr("Outcome unknown — the funds may or may not have moved. Check the card's movements before trying "
                  "again.");
    case Outcome::Refused:
        if (!m_error)
            return tr("Nothing was sent.");
        if (m_error->hasCode(api::BusinessCode::InsufficientFunds))
            return m_error->userMessage + u'\n' + sentence(Sentence::InsufficientFunds, {});
        return m_error->userMessage;
    case Outcome::Done:
        break;
    }
    QStringList lines{sentence(Sentence::Done, {})};
    for (const api::Card& card : m_changed)
        lines << sentence(Sentence::NewBalance, card);
    const bool oneCard = m_cardIds.size() == 1;
    if (m_reading)
        lines << (oneCard ? tr("Reading the new balance…") : tr("Reading the new balances…"));
    else if (!m_readProblem.isEmpty())
        lines << (oneCard ? tr("The new balance could not be read: %1") : tr("The new balances could not be read: %1"))
                     .arg(m_readProblem);
    return lines.join(u'\n');
}

// ---------------------------------------------------------------- FundsMovement

FundsMovement::FundsMovement(const OperationContext& context, QObject* parent)
    : MoneyOperationWith(context, parent) {}

bool FundsMovement::start(Kind kind, const api::Card& card, const api::Money& amount, const QString& observations) {
    if (isRunning())
        return false;
    m_kind = kind;
    m_card = card;
    forget();
    const api::FundsRequest base{card.id, amount, observations, QString()};
    const qint64 cardholderId = card.cardholderId.value_or(0);
    const bool add = kind == Kind::Add;
    return run(add ? api::OtpPurpose::FundsAdd : api::OtpPurpose::FundsWithdraw, cardholderId, {card.id}, amount,
               [this, base, cardholderId, add](const QString& otp, QObject* context, const StepUp::AttemptDone& done) {
                   api::FundsRequest request = base;
                   request.otp = otp; // the code lives only in this one request
                   auto reply = [this, done](const api::Result<api::FundsResult>& result) { answered(result, done); };
                   return add ? client()->addFunds(cardholderId, request, context, reply)
                              : client()->withdrawFunds(cardholderId, request, context, reply);
               });
}

QString FundsMovement::sentence(Sentence which, const api::Card& card) const {
    switch (which) {
    case Sentence::Done:
        break;
    case Sentence::NewBalance:
        return tr("New balance: %1").arg(Format::money(card.balance, card.currency));
    case Sentence::InsufficientFunds:
        return tr("Current balance: %1.").arg(Format::money(m_card.balance, m_card.currency));
    }
    const QString sent = Format::money(amount(), m_card.currency);
    return m_kind == Kind::Add ? tr("%1 was added to card %2.").arg(sent, Format::cardTitle(m_card))
                               : tr("%1 was withdrawn from card %2.").arg(sent, Format::cardTitle(m_card));
}

// ---------------------------------------------------------------- Transfer

Transfer::Transfer(const OperationContext& context, QObject* parent)
    : MoneyOperationWith(context, parent) {}

bool Transfer::start(qint64 cardholderId, const api::Card& from, const api::Card& to, const api::Money& amount,
                     const QString& observations) {
    if (isRunning())
        return false;
    m_from = from;
    m_to = to;
    forget();
    const api::TransferRequest base{from.id, to.id, amount, observations, QString()};
    auto attempt = [this, base, cardholderId](const QString& otp, QObject* context, const StepUp::AttemptDone& done) {
        api::TransferRequest request = base;
        request.otp = otp; // the code lives only in this one request
        return client()->transfer(
            cardholderId, request, context,
            [this, done](const api::Result<api::TransferResult>& result) { answered(result, done); });
    };
    return run(api::OtpPurpose::Transfer, cardholderId, {from.id, to.id}, amount, std::move(attempt));
}

QString Transfer::sentence(Sentence which, const api::Card& card) const {
    switch (which) {
    case Sentence::Done:
        break;
    case Sentence::NewBalance:
        return tr("New balance of card %1: %2")
            .arg(Format::cardTitle(card), Format::money(card.balance, card.currency));
    case Sentence::InsufficientFunds:
        return tr("Current balance of card %1: %2.")
            .arg(Format::cardTitle(m_from), Format::money(m_from.balance, m_from.currency));
    }
    return tr("%1 moved from card %2 to card %3.")
        .arg(Format::money(amount(), m_from.currency), Format::cardTitle(m_from), Format::cardTitle(m_to));
}

} // namespace migo::core
