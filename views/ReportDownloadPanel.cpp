#include "ReportDownloadPanel.h"

#include "Format.h"
#include "PdfPreviewDialog.h"

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
#include <QStandardPaths>
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

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_open);
    buttons->addWidget(m_preview);
    buttons->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

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

QWidget* ReportDownloadRow::lastInTabOrder() const {
    return m_remove;
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

QString ReportDownloadPanel::lastFolder() const {
    if (!m_lastFolder.isEmpty() && QFileInfo(m_lastFolder).isDir())
        return m_lastFolder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void ReportDownloadPanel::requestReport(const api::Card& card, QDate from, QDate to) {
    auto* dialog = new QFileDialog(this, tr("Save movements report"), lastFolder(), tr("PDF documents (*.pdf)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setAccessibleName(tr("Save movements report"));
    dialog->selectFile(QDir(lastFolder()).filePath(proposedFileName(card, from, to)));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, card, from, to](const QString& path) { onFileChosen(card, from, to, path); });
    dialog->open();
}

void ReportDownloadPanel::onFileChosen(const api::Card& card, QDate from, QDate to, const QString& path) {
    if (path.isEmpty())
        return;
    setLastFolder(QFileInfo(path).absolutePath());
    startDownload(card, from, to, path);
}

ReportDownloadRow* ReportDownloadPanel::addRow(const QString& path, const api::Card& card, QDate from, QDate to) {
    const QString description =
        tr("Movements of card %1 from %2 to %3").arg(card.maskedPan, core::Format::date(from), core::Format::date(to));
    auto* row = new ReportDownloadRow(path, description, m_rowsHost);
    m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, row);   // above the stretch, newest last
    QWidget::setTabOrder(row->lastInTabOrder(), m_clearFinished); // rows first, then the panel's own button
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
