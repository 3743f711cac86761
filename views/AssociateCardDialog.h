#pragma once

#include "CardholderOperations.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace migo::views {

/// "Associate a card…": links a third-party card to a cardholder (seed 000, 002: POST .../cardholders/{id}/cards/
/// association `{email, suffix, alias}`; contract §8 "Association").
///
/// The agent types the owner's e-mail, the card's last four digits and an alias. Each is checked before sending
/// (core::Validators: a valid address; exactly four digits 0-9; 1 to 40 characters) and a problem is shown under its
/// field; nothing is sent then. Associate starts a core::AssociateCard once (disabled while in flight). Success emits
/// associated() and accepts. A refusal keeps the dialog open with the input: the documented codes (7220 no match, 7221
/// not created, 7222 already linked, 7223 the cardholder's own card) are shown as the catalogue's sentence, field
/// errors under their field. A lost answer says the link may have been created and offers "Reload the list" instead of
/// a second send. Closing the dialog cancels the request in flight.
class AssociateCardDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssociateCardDialog)

public:
    /// `context.client` must outlive the dialog; `cardholderId` (> 0) receives the link.
    AssociateCardDialog(const core::OperationContext& context, qint64 cardholderId, QWidget* parent = nullptr);
    ~AssociateCardDialog() override;

    /// Cancels the request in flight, then closes.
    void done(int result) override;

    /// The cardholder the card is linked to.
    qint64 cardholderId() const { return m_cardholderId; }

Q_SIGNALS:
    /// The server created the link (emitted before the dialog accepts).
    void associated(const migo::api::Association& association);
    /// After an unknown outcome the agent chose "Reload the list"; the dialog then closes.
    void reloadRequested();

protected:
    /// While the link request is on its way it may already be created: Esc and the close button wait for the answer
    /// (Cancel is disabled), which then says what happened.
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    enum Field { Email, Suffix, Alias, FieldCount };
    static_assert(FieldCount == core::AssociateCard::fieldCount);

    void submit();
    std::optional<api::AssociationRequest> collect();
    void onFinished(core::Outcome outcome);
    void showRefusal();
    void setFieldProblem(Field field, const QString& text);
    void setMessage(const QString& text, bool isError);
    void setBusy(bool busy);
    void growToFit();

    core::AssociateCard* m_operation;
    qint64 m_cardholderId;
    QLineEdit* m_inputs[FieldCount];
    QLabel* m_problems[FieldCount];
    QLabel* m_message;
    QPushButton* m_associate;
    QPushButton* m_reload;
    QPushButton* m_cancel;
    bool m_sending = false;        ///< guards Associate beyond the disabled button (queued clicks, Enter)
    bool m_outcomeUnknown = false; ///< no second send from this dialog once an answer was lost
};

} // namespace migo::views
