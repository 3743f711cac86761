#pragma once

#include "CardholderOperations.h"
#include "OperationContext.h"
#include "Outcome.h"
#include "StepUp.h"

#include <QObject>

#include <optional>

namespace migo::core {

/// "Edit a cardholder": PATCH .../cardholders/{id} with the changed fields only (contract §8, Edit cardholder,
/// decided here), behind step-up as the detail: when the operator holds `cardholders:otp` the code (purpose
/// api::OtpPurpose::CardholderUpdate) is asked for before the request, otherwise the request goes first and the code
/// only on OTP_REQUIRED (core::StepUp). Sent once; a double click never sends twice and nothing is resent.
///
/// finished() says Done (cardholder() is the whole cardholder as the server now has it), Refused (a 4xx or a refusal
/// before sending: nothing changed; fieldProblems() places 7000 and 7006 at their fields; 403 PERMISSION_DENIED names
/// cardholders:update), Unknown (the answer was lost or the server failed: the change may have been made;
/// message() says to read the cardholder again before trying again, the owner offers that read) or Cancelled (the
/// agent cancelled the step-up: nothing was sent). GUI thread; the request and the prompt are bound to this object.
class UpdateCardholder final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdateCardholder)

public:
    /// The fields that may change, in the form's order (the first marked one gets the focus).
    enum class Field { Name, LastName, Address, MaritalStatus, PhoneNumber, Email };
    static constexpr int fieldCount = int(Field::Email) + 1;
    using FieldProblem = FieldProblemAt<Field>;

    /// `context.client` and `context.prompter` must be set and outlive this object.
    explicit UpdateCardholder(const OperationContext& context, QObject* parent = nullptr);
    ~UpdateCardholder() override;

    /// Why the operator's role cannot edit cardholders, naming the permission ("Your role does not allow editing
    /// cardholders — cardholders:update"); empty when it can, or when `permissions` is null (not known: the server
    /// decides).
    static QString permissionReason(const api::OperatorPermissions* permissions);
    /// permissionReason() for this context's operator now.
    QString unavailableReason() const { return permissionReason(m_context.permissions()); }

    /// Sends `changes` (at least one field set; `changes.otp` is ignored: the step-up adds the code) for
    /// `cardholderId` (> 0). Returns false, and sends nothing, while running, for empty changes or when
    /// unavailableReason() names a reason.
    bool start(qint64 cardholderId, const api::CardholderChanges& changes);
    /// From start() until finished() or abandon().
    bool isRunning() const { return m_stepUp.isRunning(); }
    /// The step-up's rule: false while the request is on its way (its outcome would be hidden).
    bool canCancel() const { return m_stepUp.canCancel(); }
    /// The owner is going away: aborts the request (the server may still carry it out), closes the prompt, reports
    /// nothing.
    void abandon();

    /// The cardholder given to the last start().
    qint64 cardholderId() const { return m_cardholderId; }
    /// After Done: the cardholder as the server answered.
    const std::optional<api::Cardholder>& cardholder() const { return m_cardholder; }
    /// How the last run ended; empty before the first and while running.
    const std::optional<Outcome>& outcome() const { return m_outcome; }
    /// After Refused or Unknown: the error, when there was one.
    const std::optional<api::ApiError>& error() const { return m_error; }
    /// After Refused: the server's field messages (fieldProblemsOf()); else empty.
    QList<FieldProblem> fieldProblems() const;
    /// A translated sentence about the last outcome.
    QString message() const;

    /// The field a wire name ("phoneNumber") stands for.
    static std::optional<Field> fieldFromWire(QStringView wire);
    /// Where `error`'s details land in the form, and with which sentence (7006 at the e-mail, else the server's
    /// words); the first detail of each field, in form order.
    static QList<FieldProblem> fieldProblemsOf(const api::ApiError& error);

Q_SIGNALS:
    /// The one-time password prompt opens (once per run).
    void waitingForCode();
    /// The run ended: Done, Refused, Unknown or Cancelled; the accessors hold its result.
    void finished(migo::core::Outcome outcome);

private:
    void onEnded(StepUp::Ending ending);

    OperationContext m_context;
    StepUp m_stepUp;
    qint64 m_cardholderId = 0;
    std::optional<api::Cardholder> m_cardholder;
    std::optional<api::Cardholder> m_answer; ///< the current run's answer, kept until the run ends
    std::optional<api::ApiError> m_error;
    std::optional<Outcome> m_outcome;
    bool m_announced = false;
};

} // namespace migo::core
