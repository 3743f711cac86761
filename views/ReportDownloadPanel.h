#pragma once

#include "CmsClient.h"

#include <QDate>
#include <QFrame>
#include <QPointer>
#include <QWidget>

class QLabel;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace migo::views {

namespace detail {

/// One report download in the panel: file name, progress (bytes, and percent when the size is known), Cancel;
/// then Open and Preview on success, or the reason on failure. Owns its call and cancels it when destroyed.
class ReportDownloadRow final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDownloadRow)

public:
    enum class State { Running, Succeeded, Failed, Cancelled };

    /// `path` is the destination file; `description` says which card and period (for the tooltip and screen readers).
    ReportDownloadRow(QString path, const QString& description, QWidget* parent = nullptr);
    ~ReportDownloadRow() override;

    /// GET .../movements/report?from&to into path() (the file appears only when a complete PDF arrived).
    void start(api::CmsClient* client, qint64 cardholderId, qint64 cardId, QDate from, QDate to);
    /// Ends the row as failed with `reason` without sending anything (bad input).
    void failWithoutSending(const QString& reason);
    /// Aborts a running download; nothing is left on disk.
    void cancel();

    State state() const { return m_state; }
    const QString& path() const { return m_path; }
    /// The sentence under the file name (progress, outcome or reason).
    QString statusText() const;
    /// The row's buttons in tab order (the panel chains the rows in the order shown).
    QList<QWidget*> tabChain() const;

Q_SIGNALS:
    void progressed(qint64 receivedBytes, qint64 totalBytes);
    void succeeded();
    void failed(const QString& reason);
    void cancelled();
    void previewRequested();
    void removeRequested();

private:
    void onProgress(qint64 received, qint64 total);
    void onDone(const api::Result<api::DownloadedFile>& result);
    void finish(State state, const QString& status);
    void openInSystemViewer();

    QString m_path;
    State m_state = State::Running;
    api::CallHandle m_call;
    QLabel* m_name;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_cancel;
    QPushButton* m_open;
    QPushButton* m_preview;
    QPushButton* m_remove;
};

} // namespace detail

/// Movement report downloads (seed 002 "Download a PDF report", issue 6), shown e.g. as a dock of the main window.
///
/// Each download is a row with its own progress and Cancel; several may run at once. Rows are listed newest first
/// and stay for the session (until Remove or Clear finished), so a success is never hidden below older failures.
/// The file is written through a QSaveFile by the client, so a failed, cancelled or non-PDF answer leaves nothing
/// behind; the row then says why. A finished row offers Open (system viewer) and Preview (PdfPreviewDialog).
///
/// The save dialog starts in the last folder used, remembered by the caller (setLastFolder / lastFolderChanged);
/// before one was used, or when it is gone, in the user's documents folder (SaveFolder, created when missing; when
/// it cannot be, the dialog opens in the home folder with a message saying so).
class ReportDownloadPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDownloadPanel)

public:
    /// `client` must outlive the panel.
    explicit ReportDownloadPanel(api::CmsClient* client, QWidget* parent = nullptr);
    ~ReportDownloadPanel() override;

    /// Proposes proposedFileName() in lastFolder() in a save dialog (opened with open(), never exec()); starts the
    /// download when the agent accepts. `card.cardholderId` must be set.
    void requestReport(const api::Card& card, QDate from, QDate to);
    /// Starts without asking (the save dialog's accept path, tests). A period with from > to, a card without
    /// cardholder or a file that is already being downloaded end the new row as failed, and nothing is sent.
    void startDownload(const api::Card& card, QDate from, QDate to, const QString& path);

    bool hasRunningDownloads() const { return runningCount() > 0; }
    int runningCount() const;
    /// Every row listed (running, finished, failed, cancelled).
    int entryCount() const;
    /// The rows' file paths in the order shown (newest first).
    QStringList shownPaths() const;
    /// "movements_<last four of the masked PAN>_<from>_<to>.pdf" with ISO dates, as the server names it.
    static QString proposedFileName(const api::Card& card, QDate from, QDate to);

    /// The folder the save dialog starts in; empty means the user's documents folder.
    void setLastFolder(const QString& folder);
    /// The last folder used when it still exists, else SaveFolder::defaultFolder() (`problem` as there).
    QString lastFolder(QString* problem = nullptr) const;

    /// Room for three rows, so a new row never hides the ones before it.
    QSize sizeHint() const override;

    /// For the host window's closeEvent: true when no download runs (close now). Otherwise asks (non-blocking, via
    /// open()) whether to cancel the running downloads, returns false (ignore the close event) and, if the agent
    /// confirms, cancels them all and calls `window->close()` again.
    bool requestClose(QWidget* window);

public Q_SLOTS:
    /// Cancels every running download.
    void cancelAll();
    /// Removes every finished, failed or cancelled row.
    void clearFinished();

Q_SIGNALS:
    /// Bytes received so far for the download to `path`; `totalBytes` is -1 when the server did not say.
    void downloadProgress(const QString& path, qint64 receivedBytes, qint64 totalBytes);
    void downloadFinished(const QString& path);
    /// A download failed (server error, not a PDF, disk, network, bad input); `reason` is the translated sentence.
    void downloadFailed(const QString& reason);
    /// The agent cancelled the download to `path`; nothing was saved.
    void downloadCancelled(const QString& path);
    void lastFolderChanged(const QString& folder);
    void runningCountChanged(int count);

private:
    detail::ReportDownloadRow* addRow(const QString& path, const api::Card& card, QDate from, QDate to);
    void onFileChosen(const api::Card& card, QDate from, QDate to, const QString& path);
    void preview(const QString& path);
    void removeRow(detail::ReportDownloadRow* row);
    void updateSummary();
    void updateTabOrder();
    /// The rows in the order shown (newest first).
    QList<detail::ReportDownloadRow*> shownRows() const;
    QList<detail::ReportDownloadRow*> rows() const;

    api::CmsClient* m_client;
    QString m_lastFolder;
    QLabel* m_summary;
    QWidget* m_rowsHost;
    QVBoxLayout* m_rowsLayout;
    QPushButton* m_clearFinished;
    QPointer<QMessageBox> m_closeQuestion;
    int m_lastRunningCount = 0;
    mutable int m_rowHeightHint = 0; ///< one row's height, measured on a sample row the first time it is needed
};

} // namespace migo::views
