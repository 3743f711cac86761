#pragma once

#include "MoneyOperations.h"

#include <QDialog>

#include <functional>
#include <utility>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace migo::views {

class AmountEdit;

namespace detail {

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
    /// "Not done" with `text`; Back to the form when `canGoBack`.
    void showRefused(const QString& text, bool canGoBack);
    /// "Outcome unknown" with `text` (the advice to check the movements); no way back to the form.
    void showUnknown(const QString& text);

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

/// The confirmation page: what will move, the balances after, the sending status, and Back / Confirm / Cancel.
/// No button is the default: a repeated Enter from the form never confirms.
class ConfirmPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmPage)

public:
    explicit ConfirmPage(QWidget* parent = nullptr);

    /// Ready to confirm `summary` (what will move) with `balances` (the balances after).
    void present(const QString& summary, const QString& balances);
    /// While `sending`, Back and Confirm are disabled; `status` says what happens (may be empty).
    void setSending(bool sending, const QString& status);

Q_SIGNALS:
    void backRequested();
    void confirmRequested();
    void cancelRequested();

private:
    QLabel* m_summary;
    QLabel* m_balanceAfter;
    QLabel* m_status;
    QPushButton* m_back;
    QPushButton* m_confirm;
};

} // namespace detail

/// What the money dialogs share (issue 5, issue 12): the pages form → confirmation → outcome, one send per Confirm
/// through a core::MoneyOperation, and the outcome page that follows the operation's classification — Refused:
/// "Not done" with Back to the form; Unknown: "Outcome unknown" with "Check the movements" and no way to send again;
/// a cancelled step-up: back on the confirmation, saying nothing was done. Closing the dialog abandons the operation
/// (the request in flight is aborted and its outcome stays unknown to the dialog).
class MoneyDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MoneyDialog)

public:
    ~MoneyDialog() override;

    /// Abandons a running operation, then closes.
    void done(int result) override;

Q_SIGNALS:
    /// After a success, once per card whose balance changed, as this dialog now shows it (the source, then the
    /// destination of a transfer). Lists follow the CardStore, not this signal.
    void cardChanged(const migo::api::Card& card);
    /// "Check the movements" after an unknown outcome, naming the card (the source of a transfer); the dialog
    /// closes.
    void movementsRequested(qint64 cardId);

protected:
    /// `context.client` must be set; without a prompter the dialog uses its own OtpDialogPrompter.
    MoneyDialog(const core::OperationContext& context, QWidget* parent);

    /// The parts every money form has, on `page`: the amount with its problem label, the observations (at most 140
    /// characters, contract §8), a notice above the fields (hidden while empty), Continue and Cancel.
    struct Form {
        QWidget* page = nullptr;
        AmountEdit* amount = nullptr;
        QLabel* amountProblem = nullptr;
        QLineEdit* observations = nullptr;
        QLabel* notice = nullptr;
        QPushButton* continueButton = nullptr;
    };
    /// Builds the form page: `rows` (label, field) first, then the amount in `currency` and the observations.
    /// Return in the amount or observations and Continue call `onContinue` while Continue is enabled and the form
    /// shows; Cancel rejects. Tab goes through the rows, the amount, the observations, Continue, Cancel.
    Form buildForm(const QString& noticeName, const QString& currency, const QList<std::pair<QString, QWidget*>>& rows,
                   const std::function<void()>& onContinue);
    /// The context for the subclass's operation (its prompter is never null).
    const core::OperationContext& operationContext() const { return m_context; }
    /// Adds `formPage` (page 0), the confirmation and the outcome pages, and follows `operation`.
    void setUp(QWidget* formPage, core::MoneyOperation* operation);
    /// Shows the confirmation page with `summary` (what will move) and `balances` (the balances after);
    /// `movementsCardId` is the card "Check the movements" opens if the outcome is unknown.
    void showConfirmation(const QString& summary, const QString& balances, qint64 movementsCardId);
    /// Shows the form page; subclasses then set the focus.
    virtual void showForm();
    /// Starts the operation with the confirmed values; false when it did not start.
    virtual bool send() = 0;

private:
    void confirm();
    void onFinished(core::Outcome outcome);

    core::OperationContext m_context;
    core::MoneyOperation* m_operation = nullptr;
    QStackedWidget* m_pages;
    detail::ConfirmPage* m_confirmation = nullptr;
    detail::OutcomePage* m_outcome = nullptr;
    qint64 m_movementsCardId = 0;
    bool m_sending = false; ///< guards Confirm beyond the disabled button (queued clicks, shortcuts)
    bool m_succeeded = false;
};

} // namespace migo::views
