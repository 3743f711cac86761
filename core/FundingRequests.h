#pragma once

#include "CardholderOperations.h"
#include "OperationContext.h"
#include "Outcome.h"
#include "StepUp.h"

#include <QObject>

#include <optional>

namespace migo::core {

/// "New funding request": POST …/process-request with an evidence file (ref §4.7; contract §17). The file is checked
/// before anything is sent, by its size (at most api::kMaxEvidenceBytes) and its first bytes (PDF, JPEG, PNG, WEBP,
/// whatever its name): a wrong file is a field problem and reaches no server. Step-up with purpose process_request:
/// when the operator holds `balance-management:otp` the code is asked before the upload, else the upload goes first
/// and the code only on OTP_REQUIRED. Sent once; nothing is resent.
///
/// finished() says Done (request() is the new pending request), Refused (fieldProblems() places 7000/7001/7002,
/// UNSUPPORTED_EVIDENCE and 413 at their fields), Unknown (the whole body may have reached the server and no answer
/// says what it did: message() tells the agent to look at the list, where a request of that amount and file made just
/// now is theirs) or Cancelled (the agent cancelled the step-up, or the upload before its last byte left: the server
/// keeps nothing of an incomplete body). GUI thread; the request and the prompt are bound to this object.
class RequestFunding final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestFunding)

public:
    enum class Field { Amount, Evidence, Observations };
    using FieldProblem = FieldProblemAt<Field>;
    static constexpr int kMaxObservations = 500; ///< contract §17

    /// `context.client` and `context.prompter` must be set and outlive this object.
    explicit RequestFunding(const OperationContext& context, QObject* parent = nullptr);
    ~RequestFunding() override;

    /// Why the operator's role cannot ask for funding ("… — balance-management:create"); empty when it can or when
    /// the permissions are not known (the server decides).
    static QString permissionReason(const api::OperatorPermissions* permissions);

    /// The problems of a request before sending, in form order: the amount (> 0), the observations (≤ 500), the
    /// evidence file at `evidencePath` (exists, readable, not empty, ≤ 10 MiB, a PDF/JPEG/PNG/WEBP by its bytes).
    /// Reads at most the file's first 12 bytes. Empty: it may be sent.
    static QList<FieldProblem> check(const api::Money& amount, const QString& observations,
                                     const QString& evidencePath);

    /// Reads the evidence on a worker thread, then sends the request. Returns false, and sends nothing, while running,
    /// when check() finds problems (then fieldProblems() holds them) or when permissionReason() names one. A file
    /// that changed after check() ends as Refused at the evidence field, nothing sent.
    bool start(const api::Money& amount, const QString& observations, const QString& evidencePath);
    bool isRunning() const { return m_reading || m_stepUp.isRunning(); }
    /// The agent's Cancel: before the upload left, nothing is sent (Cancelled); during the upload, it is aborted —
    /// Cancelled while bytes were still to go, else Unknown. Returns false when nothing runs.
    bool cancel();
    /// The owner is going away: aborts everything, reports nothing.
    void abandon();

    const std::optional<api::ProcessRequest>& request() const { return m_request; }
    const std::optional<Outcome>& outcome() const { return m_outcome; }
    const std::optional<api::ApiError>& error() const { return m_error; }
    /// After start() returned false for a bad form, or after Refused: the problems at their fields.
    const QList<FieldProblem>& fieldProblems() const { return m_problems; }
    /// A translated sentence about the last outcome.
    QString message() const;

Q_SIGNALS:
    /// Bytes of the request body sent so far, and its size.
    void uploadProgress(qint64 sent, qint64 total);
    void finished(migo::core::Outcome outcome);

private:
    /// Sends `request` (the file as read) behind the step-up, after checking its bytes again.
    void upload(const api::NewProcessRequest& request);
    void onEnded(StepUp::Ending ending);
    void finish(Outcome outcome);
    static QList<FieldProblem> problemsOf(const api::ApiError& error);

    OperationContext m_context;
    StepUp m_stepUp;
    api::CallHandle m_upload;
    QObject* m_reading = nullptr; ///< the worker reading the evidence, until the upload starts
    qint64 m_sent = 0;
    qint64 m_total = -1;
    api::Money m_amount;
    QString m_fileName;
    std::optional<api::ProcessRequest> m_request;
    std::optional<api::ProcessRequest> m_answer;
    std::optional<api::ApiError> m_error;
    std::optional<Outcome> m_outcome;
    QList<FieldProblem> m_problems;
};

/// Approve, reject (with a comment) or cancel a pending funding request (contract §17): PATCH …/approve|reject|cancel,
/// sent once. A checker never decides their own request (SELF_APPROVAL), only the maker cancels; both are also
/// refused before sending when the operator is known. After an approval that is Done or Unknown the partner balance
/// is read again (CardStore::noteFundsMoved → core::PartnerBalance). finished(): Done (request() as decided), Refused
/// (e.g. 409 REQUEST_NOT_PENDING: someone decided first), Unknown (message() says to read the request again).
class DecideProcessRequest final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecideProcessRequest)

public:
    explicit DecideProcessRequest(const OperationContext& context, QObject* parent = nullptr);
    ~DecideProcessRequest() override;

    /// Why `decision` is not offered for `request` to the operator `operatorId` (0: not known) holding `permissions`
    /// (null: not known): not pending, own request (approve/reject), another's (cancel), a missing permission
    /// (approvals:update, balance-management:cancel). Empty when it is offered.
    static QString unavailableReason(const api::ProcessRequest& request, api::ProcessDecision decision,
                                     qint64 operatorId, const api::OperatorPermissions* permissions);
    /// unavailableReason() for this context's operator.
    QString reasonFor(const api::ProcessRequest& request, api::ProcessDecision decision) const;

    /// Sends the decision. Returns false, sending nothing, while running, when reasonFor() names a reason, or for a
    /// rejection without a comment.
    bool start(const api::ProcessRequest& request, api::ProcessDecision decision, const QString& comment);
    bool isRunning() const { return m_call.isRunning(); }

    const std::optional<api::ProcessRequest>& request() const { return m_request; }
    const std::optional<Outcome>& outcome() const { return m_outcome; }
    const std::optional<api::ApiError>& error() const { return m_error; }
    QString message() const;

Q_SIGNALS:
    void finished(migo::core::Outcome outcome);

private:
    OperationContext m_context;
    api::CallHandle m_call;
    api::ProcessDecision m_decision = api::ProcessDecision::Approve;
    std::optional<api::ProcessRequest> m_request;
    std::optional<api::ApiError> m_error;
    std::optional<Outcome> m_outcome;
};

} // namespace migo::core
