#pragma once

#include "MoneyDialog.h"

class QLineEdit;

namespace migo::views {

class AmountEdit;

/// Add funds to or withdraw funds from one card (seed 002: POST .../cards/funds/add|withdraw; issue 5) through a
/// core::FundsMovement.
///
/// Pages: the form (card, current balance, amount, observations) → a confirmation stating the amount and the
/// balance after → the outcome (MoneyDialog). A withdrawal above the balance shown is refused at the amount field,
/// before any one-time password (contract §16); a refusal is explained with the business code's sentence (7303
/// INSUFFICIENT_FUNDS when the balance changed since it was read). Which cards allow it
/// comes from core::CardPolicy: a linked or unassigned card cannot be sent from; a card the list shows as not active
/// gets a notice, and the server's 7213 decides (the list may be stale).
class FundsDialog final : public MoneyDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FundsDialog)

public:
    using Kind = core::FundsMovement::Kind;

    /// `card.cardholderId` must be set (the funds paths are per cardholder).
    FundsDialog(const core::OperationContext& context, const api::Card& card, Kind kind, QWidget* parent = nullptr);

protected:
    void showForm() override;
    bool send() override;

private:
    QWidget* buildFormPage();
    void continueToConfirm();
    QString balanceText() const;

    api::Card m_card;
    Kind m_kind;
    core::FundsMovement* m_funds;
    QLabel* m_balance = nullptr;
    AmountEdit* m_amount = nullptr;
    QLabel* m_amountProblem = nullptr;
    QLineEdit* m_observations = nullptr;
    api::Money m_sentAmount;
    QString m_sentObservations;
};

} // namespace migo::views
