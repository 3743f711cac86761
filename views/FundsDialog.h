#pragma once

#include "CmsClient.h"
#include "FieldProblemLabel.h"
#include "OtpDialog.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace migo::views {

class AmountEdit;

namespace detail {

/// Sends one money-moving operation once per confirmation by the agent (DEVELOPERS.md: never retried). When the
/// server asks for step-up (ApiError::isStepUp) it opens the OtpDialog, whose only resend is the same operation
/// with the agent's code. Reports exactly one of succeeded(), failed() or stepUpCancelled() per start().
class MoneySubmission final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MoneySubmission)

public:
    /// `dialog` parents the OtpDialog; `purpose` names the operation for the OTP ("funds_add", "transfer"…).
    MoneySubmission(api::CmsClient* client, QString operatorEmail, api::OtpPurpose purpose, QWidget* dialog);
    ~MoneySubmission() override;

    /// Sends `send` with an empty code. Returns false (and sends nothing) while an earlier start() is unfinished.
    bool start(OtpDialog::Attempt send);
    /// Aborts the request (its outcome is then unknown to this dialog) and closes the OtpDialog.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void succeeded();
    void failed(const migo::api::ApiError& error);
    /// The agent closed the OtpDialog without a code: the operation was refused by the server, nothing moved.
    void stepUpCancelled();

private:
    void askForCode();

    api::CmsClient* m_client;
    QString m_operatorEmail;
    api::OtpPurpose m_purpose;
    QWidget* m_dialog;
    OtpDialog::Attempt m_send;
    api::CallHandle m_call;
    QPointer<OtpDialog> m_otp;
    bool m_running = false;
};

/// The last page of a money dialog: done, refused (with the server's sentence) or outcome unknown.
class OutcomePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomePage)

public:
    explicit OutcomePage(QWidget* parent = nullptr);

    /// "Done" with `text` (what moved and the new balances).
    void showDone(const QString& text);
    /// Replaces the text under the title (e.g. once a refreshed balance arrived).
    void setText(const QString& text);
    /// "Not done" with the error's translated sentence and `extra` (may be empty). The agent may go back.
    void showRefused(const api::ApiError& error, const QString& extra);
    /// "Outcome unknown" with the advice to check the movements; no way back to the form.
    void showUnknown();

Q_SIGNALS:
    void backRequested();
    void movementsRequested();
    void closeRequested();

private:
    QLabel* m_title;
    QLabel* m_text;
    QPushButton* m_back;
    QPushButton* m_movements;
    QPushButton* m_close;
};

/// The confirmation page both money dialogs show before sending: what will happen, the balance after, the sending
/// status, and Back / Confirm / Cancel. No button is the default: a repeated Enter from the form never confirms.
struct ConfirmPage {
    QWidget* page = nullptr;
    QLabel* summary = nullptr;
    QLabel* balanceAfter = nullptr;
    QLabel* status = nullptr;
    QPushButton* back = nullptr;
    QPushButton* confirm = nullptr;
    QPushButton* cancel = nullptr;
};
ConfirmPage buildConfirmPage(QWidget* parent);

/// "Gastos · 459301******6205" (alias when known, masked PAN only).
QString cardTitle(const api::Card& card);
/// "active", "inactive", "blocked" (translated), to complete a sentence about a card.
QString cardStatusName(api::CardStatus status);

} // namespace detail

/// Add funds to or withdraw funds from one card (seed 002: POST .../cards/funds/add|withdraw; issue 5).
///
/// Pages: the form (card, current balance, amount, observations) → a confirmation stating the amount and the
/// balance after → the outcome. Confirm sends exactly once (the button is disabled on the first click); a refusal
/// is explained with the business code's sentence (7303 INSUFFICIENT_FUNDS included: the client does not compare
/// the amount with the balance); a lost answer shows "outcome unknown" with a "Check the movements" button. Step-up
/// uses OtpDialog with purpose "funds_add" or "funds_withdraw". Closing the dialog cancels a running call.
class FundsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FundsDialog)

public:
    enum class Kind { Add, Withdraw };

    /// `card.cardholderId` must be set (the funds paths are per cardholder); `operatorEmail` is used for step-up.
    FundsDialog(api::CmsClient* client, const api::Card& card, Kind kind, const QString& operatorEmail,
                QWidget* parent = nullptr);
    ~FundsDialog() override;

    /// Cancels a running call, then closes.
    void done(int result) override;

Q_SIGNALS:
    /// The card after a success, with its new balance (from the answer, or read again when the answer lacks it).
    void cardChanged(const migo::api::Card& card);
    /// "Check the movements" after an unknown outcome; the dialog closes.
    void movementsRequested(qint64 cardId);

private:
    void buildFormPage();
    void buildConfirmPage();
    void showForm();
    void continueToConfirm();
    void confirm();
    void onSucceeded();
    void onFailed(const api::ApiError& error);
    void applyCard(const api::Card& card);
    void refreshCard();
    QString balanceText() const;
    QString doneText() const;

    api::CmsClient* m_client;
    api::Card m_card;
    Kind m_kind;
    QStackedWidget* m_pages;
    QLabel* m_balance = nullptr;
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
    api::Money m_sentAmount;
    QString m_sentObservations;
    std::optional<api::FundsResult> m_result;
    bool m_sending = false; ///< guards Confirm beyond the disabled button (queued clicks, shortcuts)
    bool m_succeeded = false;
};

} // namespace migo::views
