#pragma once

#include "CmsClient.h"
#include "OperationContext.h"
#include "Outcome.h"
#include "StepUp.h"

#include <QObject>

#include <optional>

namespace migo::core {

/// Opening one cardholder's profile: POST .../cardholders/{id} (seed 002 "Cardholder detail"), behind step-up when
/// the operator's policy asks for it (contract §5, purpose api::OtpPurpose::CardholderDetail) through core::StepUp.
///
/// A read: nothing can change, so a failure is never Unknown. finished() says Done (cardholder() holds the profile),
/// Refused (not read: error() says why, and whether trying again can help through ApiError::worthRetrying()) or
/// Cancelled (the agent cancelled the step-up). The code lives only in the one request it is sent with. GUI thread;
/// the request and the prompt are bound to this object.
class CardholderDetailRead final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardholderDetailRead)

public:
    /// `context.client` and `context.prompter` must be set and outlive this object.
    explicit CardholderDetailRead(const OperationContext& context, QObject* parent = nullptr);
    ~CardholderDetailRead() override;

    /// Sends the detail request for `cardholderId` (> 0); returns false, and does nothing, while running.
    bool start(qint64 cardholderId);
    /// From start() until finished() or abandon().
    bool isRunning() const { return m_stepUp.isRunning(); }
    /// The step-up's rule: false while the request is on its way (its answer is awaited, then reported).
    bool canCancel() const { return m_stepUp.canCancel(); }
    /// The owner is going away or wants another cardholder: aborts the request, closes the prompt, reports nothing.
    void abandon();

    /// The cardholder asked for last.
    qint64 cardholderId() const { return m_cardholderId; }
    /// The profile after Done; empty otherwise.
    const std::optional<api::Cardholder>& cardholder() const { return m_cardholder; }
    /// Why the last run was Refused; empty otherwise.
    const std::optional<api::ApiError>& error() const { return m_error; }
    /// A translated sentence about the last outcome ("Step-up cancelled. The profile was not opened.").
    QString message() const;

Q_SIGNALS:
    /// The server asked for a one-time password: the prompt opens (once per run).
    void waitingForCode();
    /// The run ended: Done, Refused or Cancelled (never Unknown); the accessors hold its result.
    void finished(migo::core::Outcome outcome);

private:
    void onEnded(StepUp::Ending ending);

    api::CmsClient* m_client;
    StepUp m_stepUp;
    StepUp::Start m_start; ///< CodeFirst when the operator holds cardholders:otp (contract §14)
    qint64 m_cardholderId = 0;
    std::optional<api::Cardholder> m_cardholder;
    std::optional<api::Cardholder> m_answer; ///< the current run's profile, kept until the run ends
    std::optional<api::ApiError> m_error;
    std::optional<Outcome> m_outcome;
    bool m_announced = false;
};

/// A server message placed at a form field (`Field`: an operation's field enum).
template <typename Field>
struct FieldProblemAt {
    Field field;
    QString sentence; ///< translated
};

/// One state-changing request sent once (a double click never sends twice, nothing is resent) and classified by
/// core::classifyFailure: the common part of CreateCardholder and AssociateCard. finished() reports Done, Refused
/// (error() proves nothing changed) or Unknown (error() does not: check before doing it again). GUI thread; the
/// request is bound to this object and aborted with it.
class WriteOnce : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WriteOnce)

public:
    ~WriteOnce() override;

    /// While the request is on its way.
    bool isRunning() const { return m_call.isRunning(); }
    /// False while the request is on its way: its outcome would be hidden. Nothing else can be cancelled.
    bool canCancel() const { return !isRunning(); }
    /// The owner is closing: aborts the request (the server may still carry it out) and reports nothing.
    void abandon();
    /// How the last run ended; empty before the first and while running.
    const std::optional<Outcome>& outcome() const { return m_outcome; }
    /// The error of a Refused or Unknown outcome.
    const std::optional<api::ApiError>& error() const { return m_error; }

Q_SIGNALS:
    /// The answer came (or the client refused to send): Done, Refused or Unknown; the accessors hold the result.
    void finished(migo::core::Outcome outcome);

protected:
    /// `context.client` must be set and outlive this object.
    explicit WriteOnce(const OperationContext& context, QObject* parent);
    api::CmsClient* client() const { return m_context.client; }
    /// Sends through `send` (which calls the client with this object as context and the given callback); on
    /// success hands the value to `keep` first. Returns false, and does nothing, while running.
    template <typename T, typename Send, typename Keep>
    bool sendOnce(Send send, Keep keep) {
        if (isRunning())
            return false;
        m_outcome.reset();
        m_error.reset();
        m_call = send(this, api::CmsClient::Callback<T>([this, keep](const api::Result<T>& result) {
                          m_call = {};
                          if (result.ok())
                              keep(result.value());
                          conclude(result.ok() ? std::nullopt : std::optional<api::ApiError>(result.error()));
                      }));
        return true;
    }

private:
    void conclude(const std::optional<api::ApiError>& error);

    OperationContext m_context;
    api::CallHandle m_call;
    std::optional<Outcome> m_outcome;
    std::optional<api::ApiError> m_error;
};

/// "Create a cardholder": POST .../cardholders with the 12 fields and the card to assign (seed 002, contract §10).
///
/// Done: cardholder() is the new one. Refused (a 4xx or a refusal before sending: nothing was created):
/// fieldProblems() places the server's messages at their fields. Unknown (the answer was lost or the server failed:
/// it may exist): message() says to search the list for the e-mail before trying again. Creating assigns a card, but
/// the answer is the cardholder, not the card, so nothing is published to the card store: a card list learns of it
/// at its next load.
class CreateCardholder final : public WriteOnce {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateCardholder)

public:
    /// The request's fields, in the form's order (the first marked one gets the focus).
    enum class Field {
        Name,
        LastName,
        Address,
        CountryOfBirth,
        DateOfBirth,
        MaritalStatus,
        Gender,
        PhoneNumber,
        Email,
        DocumentType,
        DocumentNumber,
        CardId,
    };
    static constexpr int fieldCount = int(Field::CardId) + 1;
    using FieldProblem = FieldProblemAt<Field>;

    /// `context.client` must be set and outlive this object.
    explicit CreateCardholder(const OperationContext& context, QObject* parent = nullptr);

    /// Sends `cardholder` once; returns false, and does nothing, while running.
    bool start(const api::NewCardholder& cardholder);
    /// The cardholder as the server created it, after Done.
    const std::optional<api::Cardholder>& cardholder() const { return m_cardholder; }
    /// After Refused, the server's field messages (fieldProblemsOf()); else empty.
    QList<FieldProblem> fieldProblems() const;
    /// A translated sentence about the last outcome.
    QString message() const;

    /// The field a wire name ("documentNumber") stands for.
    static std::optional<Field> fieldFromWire(QStringView wire);
    /// Where `error`'s details land in the form, and with which sentence (7006 at the e-mail or document, 7213 and
    /// 7200 at the card, else the server's words); the first detail of each field, in form order.
    static QList<FieldProblem> fieldProblemsOf(const api::ApiError& error);

private:
    QString m_email; ///< the e-mail sent: what to search for after an unknown outcome
    std::optional<api::Cardholder> m_cardholder;
};

/// "Associate a card": links a third-party card to a cardholder, POST .../cardholders/{id}/cards/association
/// `{email, suffix, alias}` (seed 000, 002; contract §8 "Association"). No step-up in the contract.
///
/// Done: association() is the link. Refused (7220 no match, 7221, 7222 already linked, 7223 the cardholder's own
/// card, 7000 with field messages): nothing was linked. Unknown (the answer was lost): reload the list before trying
/// again. The answer is a link, not a card, so nothing is published to the card store; the owner reloads the
/// cardholder's cards.
class AssociateCard final : public WriteOnce {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssociateCard)

public:
    /// The request's fields, in the form's order.
    enum class Field { Email, Suffix, Alias };
    static constexpr int fieldCount = int(Field::Alias) + 1;
    using FieldProblem = FieldProblemAt<Field>;

    /// `context.client` must be set and outlive this object.
    explicit AssociateCard(const OperationContext& context, QObject* parent = nullptr);

    /// Sends `request` for `cardholderId` (> 0) once; returns false, and does nothing, while running.
    bool start(qint64 cardholderId, const api::AssociationRequest& request);
    /// The link as the server created it, after Done.
    const std::optional<api::Association>& association() const { return m_association; }
    /// After Refused, the fields the server did not accept (fieldProblemsOf()); else empty.
    QList<FieldProblem> fieldProblems() const;
    /// A translated sentence about the last outcome.
    QString message() const;

    /// The field a wire name ("suffix") stands for.
    static std::optional<Field> fieldFromWire(QStringView wire);
    /// Where `error`'s details land in the form; the first detail of each field, in form order.
    static QList<FieldProblem> fieldProblemsOf(const api::ApiError& error);

private:
    std::optional<api::Association> m_association;
};

} // namespace migo::core
