#pragma once

#include "CardholderEdit.h"

#include <QDialog>

#include <array>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace migo::views {

/// "Edit cardholder" (issue 14; contract §8, Edit cardholder): the six fields that may change (name, last name,
/// address, marital status, phone, e-mail), prefilled from the profile on screen, and the identity fields that never
/// change here (document, date and country of birth, gender) shown read-only with the reason.
///
/// Save checks each changed field as create does (core::Validators: names of letters, spaces, apostrophes and
/// hyphens; the +502 phone rule; e-mail; address length); a problem is shown in red under its field, the first one
/// gets the focus and nothing is sent. Otherwise only the changed fields go out, once, through a
/// core::UpdateCardholder (step-up as the detail: the OTP dialog when the operator is subject to it). Done emits
/// cardholderUpdated() and closes; a refusal naming a field is shown at the field, any other in the message line; an
/// unknown outcome says the change may have been saved and turns Save into "Reload the cardholder", which emits
/// reloadRequested() and closes (never a way to send again from here). While the request runs the fields are
/// read-only and Save is disabled; closing abandons the request (the server may still carry it out).
class EditCardholderDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditCardholderDialog)

public:
    /// `context.client` must be signed in and outlive the dialog; without `context.prompter` the dialog asks for
    /// codes with its own OtpDialog. `cardholder` is the profile as last read (its id > 0).
    EditCardholderDialog(const core::OperationContext& context, const api::Cardholder& cardholder,
                         QWidget* parent = nullptr);
    ~EditCardholderDialog() override;

    /// Abandons a running request (it may still be carried out by the server), then closes.
    void reject() override;
    /// The changes the form holds now against the profile it was opened with (only the changed fields are set).
    api::CardholderChanges changes() const;

Q_SIGNALS:
    /// The server saved the changes: `cardholder` is the whole record as it now is; the dialog then accepts.
    void cardholderUpdated(const migo::api::Cardholder& cardholder);
    /// After an unknown outcome the agent asked to read the cardholder again; the dialog then closes.
    void reloadRequested(qint64 cardholderId);

private:
    using Field = core::UpdateCardholder::Field;
    static constexpr int FieldCount = core::UpdateCardholder::fieldCount;

    void buildForm();
    QWidget* buildFixedFields();
    void submit();
    void onFinished(core::Outcome outcome);
    void setFieldError(Field field, const QString& message);
    void setBusy(bool busy);
    void setMessage(const QString& text, bool isError);

    core::OperationContext m_context;
    api::Cardholder m_original;
    core::UpdateCardholder* m_operation;
    QLineEdit* m_name;
    QLineEdit* m_lastName;
    QLineEdit* m_address;
    QComboBox* m_marital;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLabel* m_message;
    QPushButton* m_save;
    QPushButton* m_cancel;
    std::array<QWidget*, FieldCount> m_inputs{};
    std::array<QLabel*, FieldCount> m_errors{};
    bool m_unknown = false; ///< the last outcome was unknown: Save became "Reload the cardholder"
};

} // namespace migo::views
