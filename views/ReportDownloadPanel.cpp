#include "ReportDownloadPanel.h"

#include "Format.h"
#include "PdfPreviewDialog.h"
#include "SaveFolder.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

namespace migo::views {

namespace detail {

namespace {

QString sizeText(qint64 bytes) {
    return QLocale().formattedDataSize(bytes);
}

} // namespace

ReportDownloadRow::ReportDownloadRow(QString path, const QString& description, QWidget* parent)
    : QFrame(parent)
    , m_path(std::move(path))
    , m_name(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_preview(new QPushButton(tr("&Preview"), this))
    , m_remove(new QPushButton(tr("Re&move"), this)) {
    setFrameShape(QFrame::StyledPanel);
    const QString fileName = QFileInfo(m_path).fileName();
    setObjectName(QStringLiteral("reportDownload:") + m_path);
    setAccessibleName(tr("Report download %1").arg(fileName));
    setAccessibleDescription(description);
    m_name->setTextFormat(Qt::PlainText);
    m_name->setText(fileName);
    m_name->setToolTip(core::Format::plainToolTip(QDir::toNativeSeparators(m_path) + QLatin1Char('\n') + description));
    m_name->setAccessibleName(tr("File name"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setText(tr("Waiting for the server…"));
    m_status->setAccessibleName(tr("Status of %1").arg(fileName));
    m_progress->setRange(0, 0); // busy until the server says how much is coming
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Progress of %1").arg(fileName));
    m_cancel->setAccessibleName(tr("Cancel download of %1").arg(fileName));
    m_open->setAccessibleName(tr("Open %1").arg(fileName));
    m_open->setToolTip(tr("Open the report in the system's PDF viewer"));
    m_preview->setAccessibleName(tr("Preview %1").arg(fileName));
    m_preview->setToolTip(tr("Show the report inside Migo Backoffice"));
    m_remove->setAccessibleName(tr("Remove %1 from the list").arg(fileName));
    m_remove->setToolTip(tr("Remove this row; the saved file stays on disk"));
    m_open->hide();
    m_preview->hide();
    m_remove->hide();

    // Two lines a row (name and progress; status and buttons), so several rows fit in the dock.
    auto* top = new QHBoxLayout;
    top->addWidget(m_name, 1);
    top->addWidget(m_progress, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_cancel);
    bottom->addWidget(m_open);
    bottom->addWidget(m_preview);
    bottom->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addLayout(bottom);

    connect(m_cancel, &QPushButton::clicked, this, &ReportDownloadRow::cancel);
    connect(m_open, &QPushButton::clicked, this, &ReportDownloadRow::openInSystemViewer);
    connect(m_preview, &QPushButton::clicked, this, &ReportDownloadRow::previewRequested);
    connect(m_remove, &QPushButton::clicked, this, &ReportDownloadRow::removeRequested);
}

ReportDownloadRow::~ReportDownloadRow() {
    m_call.cancel(); // the client's QSaveFile then drops its temporary file
}

void ReportDownloadRow::start(api::CmsClient* client, qint64 cardholderId, qint64 cardId, QDate from, QDate to) {
    m_call = client->downloadMovementReport(
        cardholderId, cardId, from, to, m_path, this,
        [this](qint64 received, qint64 total) { onProgress(received, total); },
        [this](const api::Result<api::DownloadedFile>& result) { onDone(result); });
}

void ReportDownloadRow::failWithoutSending(const QString& reason) {
    finish(State::Failed, tr("Not saved: %1").arg(reason));
    Q_EMIT failed(reason);
}

void ReportDownloadRow::cancel() {
    if (m_state != State::Running)
        return;
    m_call.cancel();
    finish(State::Cancelled, tr("Cancelled. Nothing was saved."));
    Q_EMIT cancelled();
}

QString ReportDownloadRow::statusText() const {
    return m_status->text();
}

QList<QWidget*> ReportDownloadRow::tabChain() const {
    return {m_cancel, m_open, m_preview, m_remove};
}

void ReportDownloadRow::onProgress(qint64 received, qint64 total) {
    if (m_state != State::Running)
        return;
    if (total > 0) {
        const int percent = int(std::clamp<qint64>(received * 100 / total, 0, 100));
        m_progress->setRange(0, 100);
        m_progress->setValue(percent);
        m_progress->setTextVisible(true);
        m_status->setText(tr("%1 of %2 (%3%)").arg(sizeText(received), sizeText(total)).arg(percent));
    } else {
        m_progress->setRange(0, 0);
        m_status->setText(tr("%1 received").arg(sizeText(received)));
    }
    Q_EMIT progressed(received, total);
}

void ReportDownloadRow::onDone(const api::Result<api::DownloadedFile>& result) {
    if (m_state != State::Running)
        return;
    if (!result.ok()) {
        const QString reason = result.error().userMessage;
        finish(State::Failed, tr("Not saved: %1").arg(reason));
        Q_EMIT failed(reason);
        return;
    }
    m_progress->setRange(0, 100);
    m_progress->setValue(100);
    m_progress->setTextVisible(true);
    finish(State::Succeeded, tr("Saved (%1).").arg(sizeText(result.value().bytes)));
    m_open->show();
    m_preview->show();
    m_preview->setFocus(); // the next likely step, reachable at once from the keyboard
    Q_EMIT succeeded();
}

void ReportDownloadRow::finish(State state, const QString& status) {
    m_state = state;
    m_status->setText(status);
    if (state != State::Succeeded)
        m_progress->hide();
    const bool cancelHadFocus = m_cancel->hasFocus();
    m_cancel->hide();
    m_remove->show();
    if (cancelHadFocus)
        m_remove->setFocus();
}

void ReportDownloadRow::openInSystemViewer() {
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(m_path)))
        m_status->setText(tr("No application could open %1. Use Preview instead.").arg(QFileInfo(m_path).fileName()));
}

} // namespace detail

using detail::ReportDownloadRow;

ReportDownloadPanel::ReportDownloadPanel(api::CmsClient* client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_summary(new QLabel(this))
    , m_rowsHost(new QWidget)
    , m_rowsLayout(new QVBoxLayout(m_rowsHost))
    , m_clearFinished(new QPushButton(tr("C&lear finished"), this)) {
    setAccessibleName(tr("Report downloads"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Report downloads summary"));
    m_clearFinished->setAccessibleName(tr("Clear finished downloads"));
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_rowsHost);
    scroll->setAccessibleName(tr("Report download list"));

    auto* footer = new QHBoxLayout;
    footer->addWidget(m_summary, 1);
    footer->addWidget(m_clearFinished);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(footer);

    connect(m_clearFinished, &QPushButton::clicked, this, &ReportDownloadPanel::clearFinished);
    updateSummary();
}

ReportDownloadPanel::~ReportDownloadPanel() = default; // each row cancels its own call

QString ReportDownloadPanel::proposedFileName(const api::Card& card, QDate from, QDate to) {
    const QString lastFour = card.lastFour();
    return QStringLiteral("movements_") + (lastFour.isEmpty() ? QString::number(card.id) : lastFour) +
           QLatin1Char('_') + from.toString(Qt::ISODate) + QLatin1Char('_') + to.toString(Qt::ISODate) +
           QStringLiteral(".pdf");
}

void ReportDownloadPanel::setLastFolder(const QString& folder) {
    if (folder == m_lastFolder)
        return;
    m_lastFolder = folder;
    Q_EMIT lastFolderChanged(folder);
}

QString ReportDownloadPanel::lastFolder(QString* problem) const {
    if (problem)
        problem->clear();
    if (!m_lastFolder.isEmpty() && QFileInfo(m_lastFolder).isDir())
        return m_lastFolder;
    return SaveFolder::defaultFolder(problem);
}

QSize ReportDownloadPanel::sizeHint() const {
    if (m_rowHeightHint == 0) {
        const ReportDownloadRow sample(QStringLiteral("movements_0000_2026-01-01_2026-01-31.pdf"), QString());
        m_rowHeightHint = sample.sizeHint().height() + std::max(0, m_rowsLayout->spacing());
    }
    const QSize own = QWidget::sizeHint();
    return {own.width(), std::max(own.height(), 3 * m_rowHeightHint + m_clearFinished->sizeHint().height() +
                                                    2 * fontMetrics().height())};
}

void ReportDownloadPanel::requestReport(const api::Card& card, QDate from, QDate to) {
    QString problem;
    const QString folder = lastFolder(&problem);
    auto* dialog = new QFileDialog(this, tr("Save movements report"), folder, tr("PDF documents (*.pdf)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setAccessibleName(tr("Save movements report"));
    dialog->selectFile(QDir(folder).filePath(proposedFileName(card, from, to)));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, card, from, to](const QString& path) { onFileChosen(card, from, to, path); });
    dialog->open();
    if (!problem.isEmpty()) {
        // Said over the save dialog itself, where the agent is about to choose the folder.
        auto* box =
            new QMessageBox(QMessageBox::Warning, tr("Save movements report"), problem, QMessageBox::Ok, dialog);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(QStringLiteral("saveFolderProblem"));
        box->setAccessibleName(tr("Save folder problem"));
        box->setTextFormat(Qt::PlainText);
        box->open();
    }
}

void ReportDownloadPanel::onFileChosen(const api::Card& card, QDate from, QDate to, const QString& path) {
    if (path.isEmpty())
        return;
    // Only a folder that exists is worth proposing next time.
    if (const QString folder = QFileInfo(path).absolutePath(); QFileInfo(folder).isDir())
        setLastFolder(folder);
    startDownload(card, from, to, path);
}

ReportDownloadRow* ReportDownloadPanel::addRow(const QString& path, const api::Card& card, QDate from, QDate to) {
    const QString description =
        tr("Movements of card %1 from %2 to %3").arg(card.maskedPan, core::Format::date(from), core::Format::date(to));
    auto* row = new ReportDownloadRow(path, description, m_rowsHost);
    m_rowsLayout->insertWidget(0, row); // newest first: what just started or finished is in sight
    updateTabOrder();
    connect(row, &ReportDownloadRow::progressed, this,
            [this, path](qint64 received, qint64 total) { Q_EMIT downloadProgress(path, received, total); });
    connect(row, &ReportDownloadRow::succeeded, this, [this, path] {
        updateSummary();
        Q_EMIT downloadFinished(path);
    });
    connect(row, &ReportDownloadRow::failed, this, [this](const QString& reason) {
        updateSummary();
        Q_EMIT downloadFailed(reason);
    });
    connect(row, &ReportDownloadRow::cancelled, this, [this, path] {
        updateSummary();
        Q_EMIT downloadCancelled(path);
    });
    connect(row, &ReportDownloadRow::previewRequested, this, [this, path] { preview(path); });
    connect(row, &ReportDownloadRow::removeRequested, this, [this, row] { removeRow(row); });
    return row;
}

void ReportDownloadPanel::startDownload(const api::Card& card, QDate from, QDate to, const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    bool alreadyRunning = false;
    for (ReportDownloadRow* row : rows())
        alreadyRunning |= row->state() == ReportDownloadRow::State::Running && row->path() == absolute;
    ReportDownloadRow* row = addRow(absolute, card, from, to);
    // Bad input is refused here, with the reason in the row, and nothing is sent.
    if (!from.isValid() || !to.isValid() || from > to)
        row->failWithoutSending(tr("The period is not valid: the first day must be on or before the last day."));
    else if (!card.cardholderId)
        row->failWithoutSending(tr("This card has no cardholder, so it has no movements report."));
    else if (alreadyRunning)
        row->failWithoutSending(tr("This file is already being downloaded. Choose another name."));
    else
        row->start(m_client, *card.cardholderId, card.id, from, to);
    updateSummary();
}

void ReportDownloadPanel::updateTabOrder() {
    // Rows in the order shown, then the panel's own button.
    QWidget* previous = nullptr;
    for (ReportDownloadRow* row : shownRows())
        for (QWidget* control : row->tabChain()) {
            if (previous)
                QWidget::setTabOrder(previous, control);
            previous = control;
        }
    if (previous)
        QWidget::setTabOrder(previous, m_clearFinished);
}

QList<ReportDownloadRow*> ReportDownloadPanel::shownRows() const {
    QList<ReportDownloadRow*> shown;
    for (int index = 0; index < m_rowsLayout->count(); ++index)
        if (auto* row = qobject_cast<ReportDownloadRow*>(m_rowsLayout->itemAt(index)->widget()))
            shown << row;
    return shown;
}

int ReportDownloadPanel::entryCount() const {
    return int(rows().size());
}

QStringList ReportDownloadPanel::shownPaths() const {
    QStringList paths;
    for (const ReportDownloadRow* row : shownRows())
        paths << row->path();
    return paths;
}

int ReportDownloadPanel::runningCount() const {
    int count = 0;
    for (const ReportDownloadRow* row : rows())
        count += row->state() == ReportDownloadRow::State::Running ? 1 : 0;
    return count;
}

QList<ReportDownloadRow*> ReportDownloadPanel::rows() const {
    return m_rowsHost->findChildren<ReportDownloadRow*>(Qt::FindDirectChildrenOnly);
}

void ReportDownloadPanel::cancelAll() {
    for (ReportDownloadRow* row : rows())
        row->cancel();
}

void ReportDownloadPanel::clearFinished() {
    for (ReportDownloadRow* row : rows())
        if (row->state() != ReportDownloadRow::State::Running)
            removeRow(row);
}

void ReportDownloadPanel::removeRow(ReportDownloadRow* row) {
    if (row->state() == ReportDownloadRow::State::Running)
        return;
    m_rowsLayout->removeWidget(row);
    row->hide();
    row->setParent(nullptr); // out of rows() at once; deleted after the click that asked for it has returned
    row->deleteLater();
    updateSummary();
}

void ReportDownloadPanel::preview(const QString& path) {
    auto* dialog = new PdfPreviewDialog(path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void ReportDownloadPanel::updateSummary() {
    const QList<ReportDownloadRow*> all = rows();
    const int running = runningCount();
    if (all.isEmpty())
        m_summary->setText(tr("No report downloads yet."));
    else if (running > 0)
        m_summary->setText(tr("%n report(s) downloading.", nullptr, running));
    else
        m_summary->setText(tr("No download running."));
    m_clearFinished->setEnabled(all.size() > running);
    if (running != m_lastRunningCount) {
        m_lastRunningCount = running;
        Q_EMIT runningCountChanged(running);
    }
}

bool ReportDownloadPanel::requestClose(QWidget* window) {
    if (!hasRunningDownloads())
        return true;
    if (m_closeQuestion) {
        m_closeQuestion->raise();
        return false;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Reports still downloading"),
                                tr("%n report(s) are still downloading. Closing cancels them and nothing of them is "
                                   "saved.",
                                   nullptr, runningCount()),
                                QMessageBox::NoButton, window ? window : this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setAccessibleName(tr("Reports still downloading"));
    QPushButton* closeButton = box->addButton(tr("Cancel downloads and &close"), QMessageBox::DestructiveRole);
    QPushButton* keep = box->addButton(tr("&Keep downloading"), QMessageBox::RejectRole);
    closeButton->setAccessibleName(tr("Cancel downloads and close"));
    keep->setAccessibleName(tr("Keep downloading"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    QPointer<QWidget> target(window);
    connect(box, &QMessageBox::buttonClicked, this, [this, closeButton, target](QAbstractButton* clicked) {
        if (clicked != closeButton)
            return;
        cancelAll();
        if (target)
            target->close();
    });
    m_closeQuestion = box;
    box->open();
    return false;
}

} // namespace migo::views
