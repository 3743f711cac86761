#pragma once

#include "CmsClient.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace migo::models {
class BulkResultModel;
class CardListModel;
} // namespace migo::models

namespace migo::views {

class OtpDialog;

/// Bulk block / unblock of many cards (issue 5; contract §5 and §8), as four pages:
///
/// 1. Ids: the ids passed in (a selection) plus a paste box ("one card id per line, or a CSV column") and
///    "Import file…" (CSV or text). Lines that are not card ids are reported with their line number at the field.
/// 2. Review: a table of the cards with what the known card list says (masked PAN, cardholder, status, or
///    "unknown"), the counts, and rows removable (Delete key, "Remove selected"). Unknown ids are still sent.
/// 3. "Block N cards…" opens the OtpDialog (purpose "bulk_block" / "bulk_unblock"); its attempt is the first batch.
///    Cancel there sends nothing and returns to the review.
/// 4. Progress: batches of `client->config().maxBulkCardIds` ids, one after another, all with the one code. A failed
///    or lost batch marks its cards NotSent / OutcomeUnknown and the others still run, unless the failure concerns
///    the code or the session: then the remaining batches are NotSent with that reason. "Stop" takes effect before
///    the next batch; a batch in flight is awaited. Nothing is ever retried automatically.
/// 5. Results: the per-card table (models::BulkResultModel), counts and "Export CSV…".
///
/// Opens on the review page when `initialIds` is not empty, else on the ids page.
class BulkCardDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkCardDialog)

public:
    /// `client` and `knownCards` (may be null: every card is "unknown" in the review) must outlive the dialog.
    /// `operatorEmail` receives the OTP.
    BulkCardDialog(api::CmsClient* client, const models::CardListModel* knownCards, api::BulkCardAction action,
                   const QList<qint64>& initialIds, const QString& operatorEmail, QWidget* parent = nullptr);
    ~BulkCardDialog() override;

    /// The model behind the review and results tables.
    models::BulkResultModel* resultModel() const { return m_model; }
    /// True from the first batch's send until the last batch's answer.
    bool isSending() const { return m_sending; }

public Q_SLOTS:
    /// Loads a CSV or text file into the paste box (the ids page); reports a read failure at the field.
    bool importFile(const QString& path);
    /// Writes the results as CSV (id, masked PAN, cardholder, outcome, code, message); says where at the buttons.
    bool exportResults(const QString& path);
    /// Esc and the window's close button: while batches run this only asks to stop after the current one.
    void reject() override;

Q_SIGNALS:
    /// The operation ended (results page shown): `doneCount` cards changed state.
    void operationFinished(int doneCount);

private:
    enum class Page { Ids, Review, Progress, Results };
    /// Why a batch (or the rest of the operation) did not get an answer.
    struct BatchFailure {
        api::ApiError error;
        bool stopsAll = false;
    };

    QWidget* buildIdsPage();
    QWidget* buildReviewPage();
    QWidget* buildProgressPage();
    QWidget* buildResultsPage();
    void showPage(Page page);

    void goToReview();
    void removeSelected();
    void updateReview();
    void confirm();
    void onOtpFinished(OtpDialog* dialog, int result);
    api::CallHandle sendBatch(int index, QObject* context, std::function<void(const api::Result<api::BulkResult>&)>);
    void sendNextBatch();
    void failBatch(int index, const api::ApiError& error);
    void markRemainingNotSent(int fromIndex, const QString& code, const QString& reason);
    void updateProgress();
    void finishOperation();
    void openImportDialog();
    void openExportDialog();

    api::CmsClient* m_client;
    QPointer<const models::CardListModel> m_knownCards;
    api::BulkCardAction m_action;
    QList<qint64> m_initialIds;
    QString m_operatorEmail;
    models::BulkResultModel* m_model;
    QSortFilterProxyModel* m_reviewProxy;
    QSortFilterProxyModel* m_resultsProxy;

    QStackedWidget* m_pages;
    QWidget* m_idsPage = nullptr;
    QWidget* m_reviewPage = nullptr;
    QWidget* m_progressPage = nullptr;
    QWidget* m_resultsPage = nullptr;
    // Ids page
    QLabel* m_selectionNote = nullptr;
    QPlainTextEdit* m_paste = nullptr;
    QLabel* m_idsProblems = nullptr;
    QPushButton* m_next = nullptr;
    // Review page
    QLabel* m_reviewSummary = nullptr;
    QLabel* m_leftOut = nullptr;
    QTableView* m_reviewTable = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_confirm = nullptr;
    QLabel* m_reviewStatus = nullptr;
    // Progress page
    QLabel* m_progressText = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_stop = nullptr;
    // Results page
    QLabel* m_resultsSummary = nullptr;
    QLabel* m_resultsNote = nullptr;
    QTableView* m_resultsTable = nullptr;
    QLabel* m_exportStatus = nullptr;

    /// The text whose bad lines were last reported: Next again with the same text goes on without them.
    std::optional<QString> m_acknowledgedText;
    QString m_leftOutText;

    QList<QList<qint64>> m_batches;
    int m_nextBatch = 0;       ///< index of the batch to send next (or in flight)
    int m_answeredBatches = 0; ///< batches with an outcome (answered, failed or lost)
    QString m_code;            ///< the operation's one OTP; cleared when the operation ends
    QPointer<OtpDialog> m_otpDialog;
    api::CallHandle m_call; ///< the batch in flight after the first
    bool m_firstInFlight = false;
    bool m_firstAbandoned = false; ///< the OTP dialog closed while the first batch was on its way
    std::optional<api::ApiError> m_firstError;
    bool m_sending = false;
    bool m_stopRequested = false;
    QString m_stopReason;
};

} // namespace migo::views
