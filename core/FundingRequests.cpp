#include "FundingRequests.h"

#include "CardStore.h"
#include "Format.h"

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace migo::core {

namespace {

constexpr qsizetype kHeadBytes = 12; // enough for RIFF….WEBP

/// The problem of the evidence file at `path`, empty when it may be sent.
QString evidenceProblem(const QString& path) {
    if (path.isEmpty())
        return RequestFunding::tr("Choose the evidence file (a PDF, JPEG, PNG or WEBP).");
    const QFileInfo info(path);
    if (!info.isFile())
        return RequestFunding::tr("The file %1 cannot be found.").arg(info.fileName());
    if (info.size() == 0)
        return RequestFunding::tr("The file %1 is empty.").arg(info.fileName());
    if (info.size() > api::kMaxEvidenceBytes)
        return RequestFunding::tr("The file is %1; the evidence may be at most %2. Nothing was sent.")
            .arg(QLocale().formattedDataSize(info.size()), QLocale().formattedDataSize(api::kMaxEvidenceBytes));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return RequestFunding::tr("The file %1 cannot be read: %2").arg(info.fileName(), file.errorString());
    if (!api::evidenceTypeOf(file.read(kHeadBytes)))
        return RequestFunding::tr("%1 is not a PDF, JPEG, PNG or WEBP file (its content was checked, not its name). "
                                  "Nothing was sent.")
            .arg(info.fileName());
    return {};
}

} // namespace

RequestFunding::RequestFunding(const OperationContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_stepUp(context.client, context.prompter) {
    m_stepUp.setOperatorEmail(context.operatorEmail);
    m_stepUp.setWindows(context.stepUpWindows); // the server states no window for process_request (contract §17)
    connect(&m_stepUp, &StepUp::finished, this, &RequestFunding::onEnded);
}

RequestFunding::~RequestFunding() {
    m_stepUp.abandon();
}

QString RequestFunding::permissionReason(const api::OperatorPermissions* permissions) {
    if (!permissions || permissions->holds(u"balance-management", u"create"))
        return {};
    return tr("Your role does not allow asking for funding — balance-management:create");
}

QList<RequestFunding::FieldProblem> RequestFunding::check(const api::Money& amount, const QString& observations,
                                                          const QString& evidencePath) {
    QList<FieldProblem> problems;
    if (amount.isZero())
        problems.append({Field::Amount, tr("Enter an amount greater than zero.")});
    if (observations.size() > kMaxObservations)
        problems.append(
            {Field::Observations, tr("Observations may have at most %1 characters.").arg(kMaxObservations)});
    if (const QString problem = evidenceProblem(evidencePath); !problem.isEmpty())
        problems.append({Field::Evidence, problem});
    return problems;
}

bool RequestFunding::start(const api::Money& amount, const QString& observations, const QString& evidencePath) {
    if (isRunning() || !permissionReason(m_context.permissions()).isEmpty())
        return false;
    m_problems = check(amount, observations, evidencePath);
    if (!m_problems.isEmpty())
        return false;
    m_amount = amount;
    m_fileName = QFileInfo(evidencePath).fileName();
    m_request.reset();
    m_answer.reset();
    m_error.reset();
    m_outcome.reset();
    // Up to 10 MiB: read on a worker so the GUI thread never waits for the disk; the upload starts when it is in.
    auto* reading = new QFutureWatcher<QByteArray>(this);
    m_reading = reading;
    connect(reading, &QFutureWatcher<QByteArray>::finished, this, [this, reading, observations] {
        reading->deleteLater();
        if (m_reading != reading)
            return; // cancelled or abandoned meanwhile
        m_reading = nullptr;
        upload(api::NewProcessRequest{m_amount, observations.trimmed(), m_fileName, reading->result(), {}});
    });
    reading->setFuture(QtConcurrent::run([evidencePath] {
        QFile file(evidencePath);
        return file.open(QIODevice::ReadOnly) ? file.read(api::kMaxEvidenceBytes + 1) : QByteArray();
    }));
    return true;
}

void RequestFunding::upload(const api::NewProcessRequest& request) {
    // Checked again on the bytes that will be sent: the file may have changed since check().
    if (request.evidence.isEmpty() || request.evidence.size() > api::kMaxEvidenceBytes ||
        !api::evidenceTypeOf(request.evidence)) {
        m_problems = {{Field::Evidence, tr("The file changed or could not be read. Choose it again.")}};
        finish(Outcome::Refused);
        return;
    }
    m_sent = 0;
    m_total = -1;
    api::CmsClient* client = m_context.client;
    auto attempt = [this, client, request](const QString& otp, QObject* context, const StepUp::AttemptDone& done) {
        api::NewProcessRequest withCode = request;
        withCode.otp = otp;
        m_sent = 0;
        m_total = -1;
        m_upload = client->createProcessRequest(
            withCode, context,
            [this](qint64 sent, qint64 total) {
                m_sent = sent;
                m_total = total;
                Q_EMIT uploadProgress(sent, total);
            },
            [this, done](const api::Result<api::ProcessRequest>& result) {
                if (result.ok())
                    m_answer = result.value();
                done(result.ok() ? std::nullopt : std::optional<api::ApiError>(result.error()));
            });
        return m_upload;
    };
    m_stepUp.run(api::OtpPurpose::ProcessRequest, attempt,
                 needsCodeFirst(m_context, "balance-management") ? StepUp::Start::CodeFirst
                                                                 : StepUp::Start::TryWithoutCode);
}

bool RequestFunding::cancel() {
    if (!isRunning())
        return false;
    if (m_reading) { // still reading the file: nothing was sent
        m_reading = nullptr;
        finish(Outcome::Cancelled);
        return true;
    }
    if (m_stepUp.cancel())
        return true; // before the upload: finished(Cancelled) came from the step-up
    // The upload is on its way: a body cut before its last byte creates nothing (contract §17); once every byte
    // left, only the answer could say what the server did.
    const bool allSent = m_total > 0 && m_sent >= m_total;
    m_stepUp.abandon();
    finish(allSent ? Outcome::Unknown : Outcome::Cancelled);
    return true;
}

void RequestFunding::abandon() {
    m_reading = nullptr;
    m_stepUp.abandon();
    m_answer.reset();
}

void RequestFunding::onEnded(StepUp::Ending ending) {
    switch (ending) {
    case StepUp::Ending::Succeeded:
        if (m_answer) {
            m_request = std::exchange(m_answer, std::nullopt);
            finish(Outcome::Done);
        } else {
            finish(Outcome::Unknown);
        }
        return;
    case StepUp::Ending::Failed:
        m_error = m_stepUp.error();
        if (m_error)
            m_problems = problemsOf(*m_error);
        finish(m_error ? classifyFailure(*m_error) : Outcome::Unknown);
        return;
    case StepUp::Ending::Cancelled:
        finish(Outcome::Cancelled);
        return;
    }
}

void RequestFunding::finish(Outcome outcome) {
    m_outcome = outcome;
    if (outcome != Outcome::Refused)
        m_problems.clear();
    Q_EMIT finished(outcome);
}

QList<RequestFunding::FieldProblem> RequestFunding::problemsOf(const api::ApiError& error) {
    QList<FieldProblem> problems;
    for (const api::ErrorDetail& detail : error.details) {
        std::optional<Field> field;
        if (detail.field == u"requestedAmount")
            field = Field::Amount;
        else if (detail.field == u"evidence")
            field = Field::Evidence;
        else if (detail.field == u"observations")
            field = Field::Observations;
        if (!field)
            continue;
        QString sentence = detail.message.isEmpty() ? api::errors::sentenceForCode(detail.code) : detail.message;
        problems.append({*field, tr("Refused by the server: %1").arg(sentence)});
    }
    return problems;
}

QString RequestFunding::message() const {
    if (!m_outcome)
        return {};
    switch (*m_outcome) {
    case Outcome::Done:
        return tr("The funding request for %1 was sent; it waits for another operator's approval.")
            .arg(Format::money(m_amount, m_request ? m_request->currency : QString()));
    case Outcome::Cancelled:
        return tr("Cancelled before the whole file was sent: no request was made.");
    case Outcome::Unknown:
        return tr("Outcome unknown: the file was sent but the answer was lost, so the request may have been made. "
                  "Look at the list of funding requests: a request for %1 with the file %2 made just now is yours. "
                  "Do not send it again before checking.")
            .arg(Format::money(m_amount, QString()), m_fileName);
    case Outcome::Refused:
        break;
    }
    if (!m_problems.isEmpty())
        return tr("The request was not made: correct the marked fields.");
    if (m_error && !m_error->userMessage.isEmpty())
        return tr("The request was not made: %1").arg(m_error->userMessage);
    return tr("The request was not made.");
}

// ---- DecideProcessRequest ----

DecideProcessRequest::DecideProcessRequest(const OperationContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context) {}

DecideProcessRequest::~DecideProcessRequest() {
    m_call.cancel();
}

QString DecideProcessRequest::unavailableReason(const api::ProcessRequest& request, api::ProcessDecision decision,
                                                qint64 operatorId, const api::OperatorPermissions* permissions) {
    if (request.status != api::ProcessRequestStatus::Pending)
        return tr("Only a pending request can be decided.");
    const bool cancel = decision == api::ProcessDecision::Cancel;
    if (permissions && cancel && !permissions->holds(u"balance-management", u"cancel"))
        return tr("Your role does not allow cancelling requests — balance-management:cancel");
    if (permissions && !cancel && !permissions->holds(u"approvals", u"update"))
        return tr("Your role does not allow deciding requests — approvals:update");
    const bool own = operatorId > 0 && request.requestedBy.id == operatorId;
    if (operatorId > 0 && cancel && !own)
        return tr("Only the operator who made the request can cancel it.");
    if (!cancel && own)
        return tr("Another operator must decide your own request.");
    return {};
}

QString DecideProcessRequest::reasonFor(const api::ProcessRequest& request, api::ProcessDecision decision) const {
    const api::OperatorPermissions* permissions = m_context.permissions();
    return unavailableReason(request, decision, permissions ? permissions->cmsUserId : 0, permissions);
}

bool DecideProcessRequest::start(const api::ProcessRequest& request, api::ProcessDecision decision,
                                 const QString& comment) {
    if (isRunning() || !reasonFor(request, decision).isEmpty() ||
        (decision == api::ProcessDecision::Reject && comment.trimmed().isEmpty()))
        return false;
    m_decision = decision;
    m_request.reset();
    m_error.reset();
    m_outcome.reset();
    m_call = m_context.client->decideProcessRequest(
        request.id, decision, comment.trimmed(), this, [this](const api::Result<api::ProcessRequest>& result) {
            if (result.ok()) {
                m_request = result.value();
                m_outcome = Outcome::Done;
            } else {
                m_error = result.error();
                m_outcome = classifyFailure(result.error());
            }
            // An approval credits the partner balance: read it again when it did, or may have.
            if (m_decision == api::ProcessDecision::Approve && m_outcome != Outcome::Refused && m_context.cardStore)
                m_context.cardStore->noteFundsMoved();
            Q_EMIT finished(*m_outcome);
        });
    return true;
}

QString DecideProcessRequest::message() const {
    if (!m_outcome)
        return {};
    switch (*m_outcome) {
    case Outcome::Done:
        return m_decision == api::ProcessDecision::Approve  ? tr("The request was approved; the balance was credited.")
               : m_decision == api::ProcessDecision::Reject ? tr("The request was rejected.")
                                                            : tr("The request was cancelled.");
    case Outcome::Unknown:
        return tr("Outcome unknown: the answer was lost, so the decision may have been recorded. Reload the request to "
                  "see its status before trying again.");
    case Outcome::Cancelled:
        return {};
    case Outcome::Refused:
        break;
    }
    if (m_error && m_error->hasCode(u"REQUEST_NOT_PENDING"))
        return tr("Nothing changed: the request was already decided. Reload the list to see its status.");
    if (m_error && !m_error->userMessage.isEmpty())
        return tr("Nothing changed: %1").arg(m_error->userMessage);
    return tr("Nothing changed.");
}

} // namespace migo::core
