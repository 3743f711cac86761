#pragma once

#include "CmsClient.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace migo::views {

class AmountEdit;

namespace detail {
class MoneySubmission;
class OutcomePage;
} // namespace detail

/// Transfer between two cards of the same cardholder (seed 002: POST .../cards/transfers; issue 5).
///
/// Both pickers list only the cardholder's own (Physical, not linked) ACTIVE cards, with masked PAN and balance;
/// "to" never offers the source. A requested source that cannot send (blocked, inactive, linked) is not offered and
/// the form says why. Then the same flow as FundsDialog: confirmation with both balances after, one send per
/// Confirm, the refusal's sentence, "outcome unknown" with "Check the movements" (of the source card), OtpDialog
/// with purpose "transfer" under step-up. Closing the dialog cancels a running call.
class TransferDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferDialog)

public:
    /// `cardholderCards` as listed by listCardholderCards(cardholderId) (owned and linked); `fromCardId` is the
    /// preselected source. `operatorEmail` is used for step-up.
    TransferDialog(api::CmsClient* client, qint64 cardholderId, const QList<api::Card>& cardholderCards,
                   qint64 fromCardId, const QString& operatorEmail, QWidget* parent = nullptr);
    ~TransferDialog() override;

    /// Cancels a running call, then closes.
    void done(int result) override;

Q_SIGNALS:
    /// Once per card whose balance changed after a success (source, then destination).
    void cardChanged(const migo::api::Card& card);
    /// "Check the movements" of the source card after an unknown outcome; the dialog closes.
    void movementsRequested(qint64 cardId);

private:
    void buildFormPage(qint64 requestedFromId);
    void buildConfirmPage();
    void fillToPicker();
    void showForm();
    void continueToConfirm();
    void confirm();
    void onSucceeded();
    void onFailed(const api::ApiError& error);
    void applyCards(const QList<api::Card>& cards);
    void refreshCards();
    bool canTakePart(const api::Card& card) const;
    const api::Card* cardById(qint64 cardId) const;
    QString doneText() const;

    api::CmsClient* m_client;
    qint64 m_cardholderId;
    QList<api::Card> m_cards;
    QStackedWidget* m_pages;
    QComboBox* m_from = nullptr;
    QLabel* m_fromProblem = nullptr;
    QLabel* m_fromBalance = nullptr;
    QComboBox* m_to = nullptr;
    QLabel* m_toProblem = nullptr;
    AmountEdit* m_amount = nullptr;
    QLabel* m_amountProblem = nullptr;
    QLineEdit* m_observations = nullptr;
    QLabel* m_formNotice = nullptr;
    QPushButton* m_continue = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_balanceAfter = nullptr;
    QLabel* m_confirmStatus = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_confirm = nullptr;
    detail::OutcomePage* m_outcome;
    detail::MoneySubmission* m_submission;
    api::CallHandle m_refresh;
    api::Card m_sentFrom;
    api::Card m_sentTo;
    api::Money m_sentAmount;
    QString m_sentObservations;
    std::optional<api::TransferResult> m_result;
    bool m_sending = false; ///< guards Confirm beyond the disabled button
    bool m_succeeded = false;
};

} // namespace migo::views
