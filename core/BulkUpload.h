#pragma once

#include "BatchProgressFollower.h"
#include "CmsClient.h"
#include "OperationContext.h"
#include "Outcome.h"
#include "StepUp.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace migo::core {

/// One row's result in a bulk upload: created (with the cardholder and card), or one reason it was refused (a row
/// with several problems has several results, one per column).
struct BulkRowResult {
    int row = 0; ///< the spreadsheet's row number (header = 1)
    bool created = false;
    qint64 cardholderId = 0;
    qint64 cardId = 0;
    QString column;  ///< the column at fault (an API field name); empty for the row as a whole
    QString code;    ///< the server's code, e.g. "7000", "7006"
    QString message; ///< the server's words; plain text
};

/// A bulk upload of cardholders or cards from a workbook (contract §18; issue 17).
///
/// start() checks the file by content and size before anything is sent (not an .xlsx, or over 16 MiB: Refused at
/// once with a sentence), then uploads it through a core::StepUp of purpose bulk_upload (code first when the
/// operator holds `cardholders:otp`; no step-up window), then follows the batch's progress stream
/// (api::BatchProgressFollower: read as it arrives, reconnected once without losing or repeating rows) to its final
/// frame. Outcomes: Done (the batch was processed: see the counts, some rows may be refused), Refused (the file or
/// the upload was refused: nothing was created), Unknown (the upload's answer was lost after the file was sent — a
/// batch may exist: check the cardholder list — or the progress could not be followed to the end: checkResult()
/// reads the batch's kept result), Cancelled (stopped before the whole file was sent, or at the prompt). Never
/// resends anything by itself. GUI thread only; requests are bound to this object.
class BulkUpload final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkUpload)

public:
    enum class Phase { Idle, StepUp, Uploading, Following, Checking };
    Q_ENUM(Phase)

    /// `context.client` and `context.prompter` must not be null and must outlive this object.
    explicit BulkUpload(const OperationContext& context, QObject* parent = nullptr);
    ~BulkUpload() override;

    /// Checks then uploads `bytes` (the workbook read from `fileName`, a name only for the server). Returns false,
    /// and does nothing, while running. A file refused by the check ends at once with finished(Refused).
    bool start(api::BulkUploadKind kind, const QString& fileName, const QByteArray& bytes);
    /// At the prompt, or while the file is still going out: nothing is created (Cancelled). Once the whole file was
    /// sent: the request is dropped and the outcome is Unknown. While following: stops following (the batch goes on
    /// on the server), Unknown with checkResult() available. Returns false when idle.
    bool cancel();
    /// After an Unknown follow (or to refresh): reads the batch's kept result (GET …/batch/{id}/result); its rows
    /// replace the results and finished() follows again (Done when the batch is completed or failed, else Unknown).
    bool checkResult();

    Phase phase() const { return m_phase; }
    bool isRunning() const { return m_phase != Phase::Idle; }
    /// The batch id once the upload was accepted ("bat_…"); empty before.
    const QString& batchId() const { return m_batchId; }
    /// The last frame's (or result's) counts.
    const api::BatchProgress& progress() const { return m_progress; }
    /// Every row result so far, in arrival order (each row and error once).
    const QList<BulkRowResult>& results() const { return m_results; }
    /// How the last run ended; meaningful after finished().
    Outcome outcome() const { return m_outcome; }
    /// A translated sentence about the outcome for the agent.
    const QString& message() const { return m_message; }
    StepUp* stepUp() const { return m_stepUp; }
    /// How many times the progress stream was opened again (0 or 1).
    int reconnects() const { return m_follower ? m_follower->reconnects() : 0; }

    /// The check made before sending: empty when `bytes` may be uploaded, else the translated reason.
    static QString refusalBeforeSending(const QByteArray& bytes);

Q_SIGNALS:
    /// The file is going out: `sent` of `total` bytes.
    void uploadProgress(qint64 sent, qint64 total);
    /// The server accepted the upload as batch `batchId`; progress follows.
    void accepted(const QString& batchId);
    /// A progress frame arrived (counts in progress(); its new rows appended to results()).
    void progressed(const migo::api::BatchProgress& frame, const QList<migo::core::BulkRowResult>& newRows);
    void finished(migo::core::Outcome outcome);

private:
    void onStepUpFinished(StepUp::Ending ending);
    void follow();
    void take(const api::BatchProgress& frame, bool replace);
    void finish(Outcome outcome, const QString& message);
    QString countsSentence() const;

    OperationContext m_context;
    StepUp* m_stepUp;
    QPointer<api::BatchProgressFollower> m_follower;
    api::CallHandle m_check;
    api::BulkUploadKind m_kind = api::BulkUploadKind::Cardholders;
    QString m_fileName;
    QByteArray m_bytes;
    qint64 m_sent = 0;
    qint64 m_total = 0;
    Phase m_phase = Phase::Idle;
    QString m_batchId;
    api::BatchProgress m_progress;
    QList<BulkRowResult> m_results;
    Outcome m_outcome = Outcome::Cancelled;
    QString m_message;
};

} // namespace migo::core

Q_DECLARE_METATYPE(migo::core::BulkRowResult)
