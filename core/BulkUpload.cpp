#include "BulkUpload.h"

#include "Workbook.h"

namespace migo::core {

BulkUpload::BulkUpload(const OperationContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_stepUp(new StepUp(context.client, context.prompter, this)) {
    m_stepUp->setOperatorEmail(context.operatorEmail);
    // No step-up window: every upload carries its own code (contract §18), whatever a server states.
    connect(m_stepUp, &StepUp::finished, this, &BulkUpload::onStepUpFinished);
}

BulkUpload::~BulkUpload() {
    m_stepUp->abandon();
    m_check.cancel();
}

QString BulkUpload::refusalBeforeSending(const QByteArray& bytes) {
    if (bytes.size() > kMaxWorkbookBytes)
        return tr("The file is larger than 16 MB, the most the server accepts. Split it into smaller workbooks.");
    switch (workbookKindOf(bytes)) {
    case WorkbookKind::Xlsx:
        return {};
    case WorkbookKind::Xls:
        return tr("This is an old .xls workbook. Save it as .xlsx (Excel Workbook) in Excel or LibreOffice, then "
                  "choose it again.");
    case WorkbookKind::Other:
    case WorkbookKind::Unreadable:
        break;
    }
    return tr("Only Excel workbooks (.xlsx) can be uploaded; this file is not one (CSV files are not accepted).");
}

bool BulkUpload::start(api::BulkUploadKind kind, const QString& fileName, const QByteArray& bytes) {
    if (isRunning())
        return false;
    m_kind = kind;
    m_fileName = fileName;
    m_bytes = bytes;
    m_sent = 0;
    m_total = 0;
    m_batchId.clear();
    m_progress = {};
    m_results.clear();
    if (const QString refusal = refusalBeforeSending(bytes); !refusal.isEmpty()) {
        m_phase = Phase::Checking; // so that finish() reports it
        finish(Outcome::Refused, refusal);
        return true;
    }
    m_phase = Phase::StepUp;
    auto attempt = [this](const QString& otp, QObject* context, const StepUp::AttemptDone& done) {
        m_phase = Phase::Uploading;
        m_sent = 0;
        m_total = 0;
        return m_context.client->uploadBulk(
            m_kind, m_fileName, m_bytes, otp, context,
            [this](qint64 sent, qint64 total) {
                m_sent = sent;
                m_total = total;
                Q_EMIT uploadProgress(sent, total);
            },
            [this, done](const api::Result<api::BatchTicket>& result) {
                if (result.ok())
                    m_batchId = result.value().batchId;
                done(result.ok() ? std::nullopt : std::optional<api::ApiError>(result.error()));
            });
    };
    m_stepUp->run(api::OtpPurpose::BulkUpload, attempt,
                  needsCodeFirst(m_context, "cardholders") ? StepUp::Start::CodeFirst : StepUp::Start::TryWithoutCode);
    return true;
}

bool BulkUpload::cancel() {
    switch (m_phase) {
    case Phase::Idle:
        return false;
    case Phase::StepUp:
    case Phase::Uploading:
        if (m_stepUp->canCancel())
            return m_stepUp->cancel(); // at the prompt: finished(Cancelled) follows
        m_stepUp->abandon();
        // Cut before the last byte: the server never had the whole request, so nothing was created.
        if (m_total == 0 || m_sent < m_total)
            finish(Outcome::Cancelled, tr("Upload cancelled before the whole file was sent. Nothing was created."));
        else
            finish(Outcome::Unknown, tr("Upload cancelled after the whole file was sent: the server may have started "
                                        "the batch. Check the cardholder list before uploading again."));
        return true;
    case Phase::Following:
        m_follower->cancel();
        finish(Outcome::Unknown, tr("Stopped following the progress; the batch %1 goes on on the server. Read its "
                                    "result to see every row.")
                                     .arg(m_batchId));
        return true;
    case Phase::Checking:
        m_check.cancel();
        finish(Outcome::Unknown, tr("The result of batch %1 was not read.").arg(m_batchId));
        return true;
    }
    return false;
}

void BulkUpload::onStepUpFinished(StepUp::Ending ending) {
    if (m_phase != Phase::StepUp && m_phase != Phase::Uploading)
        return;
    switch (ending) {
    case StepUp::Ending::Cancelled:
        finish(Outcome::Cancelled, tr("Step-up cancelled. Nothing was sent."));
        return;
    case StepUp::Ending::Failed: {
        const api::ApiError error = m_stepUp->error().value_or(api::ApiError{});
        const Outcome outcome = classifyFailure(error);
        finish(outcome, outcome == Outcome::Unknown
                            ? tr("The upload's answer was lost: the server may have received the file. Check the "
                                 "cardholder list before uploading again. (%1)")
                                  .arg(error.userMessage)
                            : tr("The upload was refused; nothing was created. %1").arg(error.userMessage));
        return;
    }
    case StepUp::Ending::Succeeded:
        m_bytes.clear(); // sent once; never again
        Q_EMIT accepted(m_batchId);
        follow();
        return;
    }
}

void BulkUpload::follow() {
    m_phase = Phase::Following;
    m_follower = new api::BatchProgressFollower(m_context.client, m_batchId, this);
    connect(m_follower, &api::BatchProgressFollower::frameReceived, this,
            [this](const api::BatchProgress& frame) { take(frame, false); });
    connect(m_follower, &api::BatchProgressFollower::finished, this, [this] {
        m_follower->deleteLater();
        finish(m_progress.status == api::BatchStatus::Failed ? Outcome::Refused : Outcome::Done, countsSentence());
    });
    connect(m_follower, &api::BatchProgressFollower::lost, this, [this](const api::ApiError& error) {
        m_follower->deleteLater();
        finish(Outcome::Unknown, tr("The progress of batch %1 could not be followed to its end (%2); the batch goes "
                                    "on on the server. Read its result to see every row.")
                                     .arg(m_batchId, error.userMessage));
    });
    m_follower->start();
}

void BulkUpload::take(const api::BatchProgress& frame, bool replace) {
    QList<BulkRowResult> rows;
    for (const api::BatchCreatedRow& created : frame.createdRows)
        rows << BulkRowResult{created.row, true, created.cardholderId, created.cardId, {}, {}, {}};
    for (const api::BatchRowError& error : frame.errors)
        rows << BulkRowResult{error.row, false, 0, 0, error.column, error.code, error.message};
    std::sort(rows.begin(), rows.end(), [](const BulkRowResult& a, const BulkRowResult& b) { return a.row < b.row; });
    if (replace)
        m_results = rows;
    else
        m_results += rows;
    m_progress = frame;
    Q_EMIT progressed(frame, rows);
}

bool BulkUpload::checkResult() {
    if (isRunning() || m_batchId.isEmpty())
        return false;
    m_phase = Phase::Checking;
    m_check = m_context.client->batchResult(m_batchId, this, [this](const api::Result<api::BatchProgress>& result) {
        if (!result.ok()) {
            finish(Outcome::Unknown,
                   tr("The result of batch %1 could not be read: %2").arg(m_batchId, result.error().userMessage));
            return;
        }
        take(result.value(), true);
        finish(result.value().isFinal()
                   ? (result.value().status == api::BatchStatus::Failed ? Outcome::Refused : Outcome::Done)
                   : Outcome::Unknown,
               countsSentence());
    });
    return true;
}

QString BulkUpload::countsSentence() const {
    if (m_progress.status == api::BatchStatus::Failed)
        return tr("The server could not process the workbook; nothing was created. See the reasons below.");
    QString sentence = tr("%n row(s) created", nullptr, int(m_progress.created)) + QStringLiteral(" · ") +
                       tr("%n row(s) refused", nullptr, int(m_progress.refused));
    if (!m_progress.isFinal())
        sentence +=
            QStringLiteral(" · ") + tr("still processing (%1 of %2)").arg(m_progress.processed).arg(m_progress.total);
    return sentence;
}

void BulkUpload::finish(Outcome outcome, const QString& message) {
    m_phase = Phase::Idle;
    m_outcome = outcome;
    m_message = message;
    Q_EMIT finished(outcome);
}

} // namespace migo::core
