#pragma once

#include "MoneyDialog.h"

class QComboBox;

namespace migo::views {

/// Transfer between two cards of the same cardholder (seed 002: POST .../cards/transfers; issue 5) through a
/// core::Transfer.
///
/// Both pickers list only the cards core::CardPolicy lets take part (the cardholder's own, active cards), with
/// masked PAN and balance; "to" never offers the source. A requested source that cannot send (blocked, inactive,
/// linked) is not offered and the form says why; an amount above the source's balance is refused at the amount
/// field, before any one-time password (contract §16). Then the flow of MoneyDialog: confirmation with both balances
/// after, one send per Confirm, "outcome unknown" with "Check the movements" of the source card.
class TransferDialog final : public MoneyDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferDialog)

public:
    /// `cardholderCards` as listed by listCardholderCards(cardholderId) (owned and linked); `fromCardId` is the
    /// preselected source.
    TransferDialog(const core::OperationContext& context, qint64 cardholderId, const QList<api::Card>& cardholderCards,
                   qint64 fromCardId, QWidget* parent = nullptr);

protected:
    void showForm() override;
    bool send() override;

private:
    QWidget* buildFormPage(qint64 requestedFromId);
    void fillToPicker();
    void continueToConfirm();
    bool canSend(const api::Card& card) const;
    const api::Card* cardById(qint64 cardId) const;

    qint64 m_cardholderId;
    QList<api::Card> m_cards;
    core::Transfer* m_transfer;
    QComboBox* m_from = nullptr;
    QLabel* m_fromProblem = nullptr;
    QLabel* m_fromBalance = nullptr;
    QComboBox* m_to = nullptr;
    QLabel* m_toProblem = nullptr;
    Form m_form;
    api::Card m_sentFrom;
    api::Card m_sentTo;
    api::Money m_sentAmount;
    QString m_sentObservations;
};

} // namespace migo::views
