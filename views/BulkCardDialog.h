#pragma once

#include "BulkCardChange.h"
#include "OperationContext.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QStackedWidget;

namespace migo::models {
class BulkResultModel;
class CardListModel;
} // namespace migo::models

namespace migo::views {

class BulkCardDialogIdsPage;
class BulkCardDialogProgressPage;
class BulkCardDialogResultsPage;
class BulkCardDialogReviewPage;

/// Bulk block / unblock of many cards (issue 5; contract §5 and §8): a view over a core::BulkCardChange and a
/// models::BulkResultModel, as four pages:
///
/// 1. Ids (BulkCardDialogIdsPage): the ids passed in plus pasted or imported ones.
/// 2. Review (BulkCardDialogReviewPage): the cards as the known card list describes them, rows removable.
///    "Block N cards…" starts the operation, whose one-time password prompt (purpose "bulk_block" /
///    "bulk_unblock") sends batch 1; Cancel there sends nothing and returns to the review.
/// 3. Progress (BulkCardDialogProgressPage): batches 2..n with the same code; "Stop" (and Esc, and the close button)
///    takes effect before the next batch.
/// 4. Results (BulkCardDialogResultsPage): the per-card table, counts and "Export CSV…".
///
/// Opens on the review page when `initialIds` is not empty, else on the ids page.
class BulkCardDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkCardDialog)

public:
    /// The context's client (and card store, and prompter, when not null) and `knownCards` (may be null: every card
    /// is "state not known" in the review) must outlive the dialog. Without a prompter the dialog shows an OtpDialog.
    BulkCardDialog(const core::OperationContext& context, const models::CardListModel* knownCards,
                   api::BulkCardAction action, const QList<qint64>& initialIds, QWidget* parent = nullptr);
    ~BulkCardDialog() override;

    /// The model behind the review and results tables.
    models::BulkResultModel* resultModel() const { return m_model; }
    /// True from the first batch's send until the last batch's answer (not while the prompt waits for a code).
    bool isSending() const;

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
    void showIds();
    void showReview(const QList<qint64>& ids, const QString& leftOutNote);
    void confirm();
    void onBatchSending(int index);
    void onBatchSettled(const QList<core::BulkCardResult>& cards);
    void onFinished(core::Outcome outcome);

    const models::CardListModel* m_knownCards;
    api::BulkCardAction m_action;
    models::BulkResultModel* m_model;
    QStackedWidget* m_pages;
    BulkCardDialogIdsPage* m_idsPage;
    BulkCardDialogReviewPage* m_reviewPage;
    BulkCardDialogProgressPage* m_progressPage;
    BulkCardDialogResultsPage* m_resultsPage;
    core::BulkCardChange* m_change = nullptr;
};

} // namespace migo::views
