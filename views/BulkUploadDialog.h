#pragma once

#include "BulkUpload.h"
#include "OperationContext.h"
#include "Workbook.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;

namespace migo::models {
class UploadResultModel;
}

namespace migo::views {

/// "Bulk onboarding…" (issue 17; contract §18): a view over a core::BulkUpload. The agent chooses a workbook (read
/// and checked off the GUI thread: kind by content, size, the 12 columns, its first rows shown), uploads it with a
/// progress bar and Cancel, then follows the rows being processed (a bar moved by each progress frame, not by a
/// clock) into a per-row result table (created, or refused with the reason at row and column) that can be exported
/// as CSV. "Save a template…" writes an .xlsx with the columns and their allowed values. Needs the permission
/// `bulk-create:create` (when the permissions are known). Every text is plain text.
class BulkUploadDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkUploadDialog)

public:
    /// The context's client (and prompter, when not null) must outlive the dialog. Without a prompter the dialog
    /// shows an OtpDialog.
    explicit BulkUploadDialog(const core::OperationContext& context, QWidget* parent = nullptr);
    ~BulkUploadDialog() override;

    core::BulkUpload* operation() const { return m_upload; }
    models::UploadResultModel* resultModel() const { return m_results; }
    /// The processing bar's value: rows processed, as the last frame said.
    int processedRows() const;
    /// The last check (empty until one finished).
    const core::WorkbookCheck& check() const { return m_check; }

public Q_SLOTS:
    /// Reads and checks `path` off the GUI thread; checked() follows.
    void chooseFile(const QString& path);
    /// Writes the template to `path`; says where (or why not) under the buttons.
    bool saveTemplate(const QString& path);
    /// Writes the result table as CSV to `path`.
    bool exportResults(const QString& path);
    /// Esc and the close button: never while the file is going out (Cancel says what it means then).
    void reject() override;

Q_SIGNALS:
    /// A chosen file was checked (see check()).
    void checked();

private:
    void showCheck();
    void startUpload();
    void onFrame(const api::BatchProgress& frame, const QList<core::BulkRowResult>& rows);
    void onFinished(core::Outcome outcome);
    void say(const QString& text);

    core::OperationContext m_context;
    core::BulkUpload* m_upload;
    models::UploadResultModel* m_results;
    QFutureWatcher<core::WorkbookCheck> m_reading;
    core::WorkbookCheck m_check;
    QLineEdit* m_path;
    QPushButton* m_choose;
    QPushButton* m_template;
    QLabel* m_columns;
    QTableWidget* m_preview;
    QPushButton* m_send;
    QProgressBar* m_sent;
    QPushButton* m_cancel;
    QProgressBar* m_processed;
    QLabel* m_counts;
    QTableView* m_table;
    QPushButton* m_export;
    QPushButton* m_checkResult;
    QLabel* m_status;
};

} // namespace migo::views
