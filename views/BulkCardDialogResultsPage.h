#pragma once

#include "Types.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace migo::models {
class BulkResultModel;
}

namespace migo::views {

/// The bulk dialog's results page (issue 5): the counts, notes (why batches were not sent, what "outcome unknown"
/// asks of the agent), the per-card table (models::BulkResultModel) and "Export CSV…".
class BulkCardDialogResultsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkCardDialogResultsPage)

public:
    /// `model` must outlive the page.
    BulkCardDialogResultsPage(models::BulkResultModel* model, api::BulkCardAction action, QWidget* parent = nullptr);

    /// Shows `summary` (the operation's counts) and `notes` (hidden when empty), and focuses the table.
    void showResults(const QString& summary, const QString& notes);
    /// Writes the results as CSV (id, masked PAN, cardholder, outcome, code, message); says where at the buttons.
    bool exportResults(const QString& path);

Q_SIGNALS:
    /// The page's Close button.
    void closeRequested();

private:
    void openExportDialog();

    models::BulkResultModel* m_model;
    api::BulkCardAction m_action;
    QLabel* m_summary = nullptr;
    QLabel* m_notes = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_exportStatus = nullptr;
};

} // namespace migo::views
