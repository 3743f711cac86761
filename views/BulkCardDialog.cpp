#include "BulkCardDialog.h"

#include "BulkResultModel.h"
#include "CardIdList.h"
#include "CardListModel.h"
#include "FieldProblemLabel.h"
#include "OtpDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <utility>

namespace migo::views {

namespace {

/// One line per card, columns as wide as their text (measured on the first rows only: lists reach 10,000 cards).
void fitColumnsToText(QTableView* table) {
    table->setWordWrap(false);
    table->horizontalHeader()->setResizeContentsPrecision(200);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
}

using Outcome = models::BulkResultModel::Outcome;

constexpr qint64 maxImportBytes = 2 * 1024 * 1024; // ~200,000 ids: beyond any real list, parsed in a blink
constexpr int maxReportedLines = 10;

void setMessage(QLabel* label, const QString& text) {
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

/// A step-up or session failure: the remaining batches would fail the same way, so they are not sent.
bool stopsAll(const api::ApiError& error) {
    return error.isStepUp() || error.kind == api::ErrorKind::SessionExpired || error.httpStatus == 401 ||
           error.httpStatus == 403;
}

QString quoted(QString text) {
    if (text.size() > 40)
        text = text.left(39) + u'…';
    return QStringLiteral("“%1”").arg(text);
}

} // namespace

BulkCardDialog::BulkCardDialog(api::CmsClient* client, const models::CardListModel* knownCards,
                               api::BulkCardAction action, const QList<qint64>& initialIds,
                               const QString& operatorEmail, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_knownCards(knownCards)
    , m_action(action)
    , m_initialIds(initialIds)
    , m_operatorEmail(operatorEmail)
    , m_model(new models::BulkResultModel(this))
    , m_reviewProxy(new QSortFilterProxyModel(this))
    , m_resultsProxy(new QSortFilterProxyModel(this))
    , m_pages(new QStackedWidget(this)) {
    setWindowTitle(action == api::BulkCardAction::Block ? tr("Block cards") : tr("Unblock cards"));
    m_model->setAction(action);
    for (QSortFilterProxyModel* proxy : {m_reviewProxy, m_resultsProxy}) {
        proxy->setSourceModel(m_model);
        proxy->setSortRole(models::BulkResultModel::SortRole);
    }
    m_idsPage = buildIdsPage();
    m_reviewPage = buildReviewPage();
    m_progressPage = buildProgressPage();
    m_resultsPage = buildResultsPage();
    for (QWidget* page : {m_idsPage, m_reviewPage, m_progressPage, m_resultsPage})
        m_pages->addWidget(page);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    resize(760, 560);

    connect(m_model, &models::BulkResultModel::countsChanged, this, [this] {
        if (m_pages->currentWidget() == m_reviewPage)
            updateReview();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BulkCardDialog::updateReview);

    if (initialIds.isEmpty()) {
        showPage(Page::Ids);
    } else {
        m_model->setCards(initialIds, m_knownCards.data());
        showPage(Page::Review);
        updateReview();
    }
}

BulkCardDialog::~BulkCardDialog() {
    m_call.cancel();
    m_code.clear();
}

QWidget* BulkCardDialog::buildIdsPage() {
    auto* page = new QWidget(this);
    m_selectionNote = new QLabel(page);
    m_selectionNote->setAccessibleName(tr("Selected cards"));
    m_selectionNote->setWordWrap(true);
    m_selectionNote->setText(
        tr("%n card(s) from your selection. Add more ids below, or go on.", nullptr, int(m_initialIds.size())));
    m_selectionNote->setVisible(!m_initialIds.isEmpty());
    m_paste = new QPlainTextEdit(page);
    m_paste->setAccessibleName(tr("Card ids"));
    m_paste->setPlaceholderText(tr("One card id per line, or a CSV column"));
    m_paste->setTabChangesFocus(true);
    auto* prompt = new QLabel(tr("&Card ids (one per line, or a CSV column headed cardId, card_id or id):"), page);
    prompt->setBuddy(m_paste);
    prompt->setWordWrap(true);
    m_idsProblems = detail::fieldProblemLabel(tr("Card id problems"), page);
    m_idsProblems->setTextInteractionFlags(Qt::TextSelectableByMouse); // the bad lines can be copied
    auto* importNote = new QLabel(page);
    importNote->setObjectName(QStringLiteral("importNote"));
    importNote->setAccessibleName(tr("Import status"));
    importNote->setWordWrap(true);

    auto* import = new QPushButton(tr("&Import file…"), page);
    import->setAccessibleName(tr("Import file"));
    m_next = new QPushButton(tr("&Next"), page);
    m_next->setAccessibleName(tr("Next"));
    m_next->setDefault(true);
    auto* cancel = new QPushButton(tr("Cancel"), page);
    cancel->setAccessibleName(tr("Cancel"));
    auto* buttons = new QDialogButtonBox(page);
    buttons->addButton(import, QDialogButtonBox::ActionRole);
    buttons->addButton(m_next, QDialogButtonBox::AcceptRole);
    buttons->addButton(cancel, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_selectionNote);
    layout->addWidget(prompt);
    layout->addWidget(m_paste, 1);
    layout->addWidget(m_idsProblems);
    layout->addWidget(importNote);
    layout->addWidget(buttons);
    setTabOrder(m_paste, import);
    setTabOrder(import, m_next);
    setTabOrder(m_next, cancel);

    connect(m_paste, &QPlainTextEdit::textChanged, this, [this, importNote] {
        setMessage(m_idsProblems, QString());
        importNote->clear();
    });
    connect(import, &QPushButton::clicked, this, &BulkCardDialog::openImportDialog);
    connect(m_next, &QPushButton::clicked, this, &BulkCardDialog::goToReview);
    connect(cancel, &QPushButton::clicked, this, &BulkCardDialog::reject);
    return page;
}

QWidget* BulkCardDialog::buildReviewPage() {
    auto* page = new QWidget(this);
    m_reviewSummary = new QLabel(page);
    m_reviewSummary->setAccessibleName(tr("Review summary"));
    m_reviewSummary->setWordWrap(true);
    QFont bold = m_reviewSummary->font();
    bold.setBold(true);
    m_reviewSummary->setFont(bold);
    m_leftOut = new QLabel(page);
    m_leftOut->setAccessibleName(tr("Lines left out"));
    m_leftOut->setWordWrap(true);
    m_leftOut->hide();

    m_reviewTable = new QTableView(page);
    m_reviewTable->setModel(m_reviewProxy);
    m_reviewTable->setAccessibleName(m_action == api::BulkCardAction::Block ? tr("Cards to block")
                                                                            : tr("Cards to unblock"));
    m_reviewTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_reviewTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_reviewTable->setSortingEnabled(true);
    m_reviewTable->sortByColumn(-1, Qt::AscendingOrder);
    m_reviewTable->verticalHeader()->hide();
    m_reviewTable->horizontalHeader()->setStretchLastSection(true);
    fitColumnsToText(m_reviewTable);
    m_reviewTable->setTabKeyNavigation(false);
    for (int column : {models::BulkResultModel::OutcomeColumn, models::BulkResultModel::CodeColumn,
                       models::BulkResultModel::MessageColumn})
        m_reviewTable->setColumnHidden(column, true);
    auto* remove = new QAction(tr("Remove selected cards"), m_reviewTable);
    remove->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_reviewTable->addAction(remove);
    connect(remove, &QAction::triggered, this, &BulkCardDialog::removeSelected);

    auto* tableLabel = new QLabel(tr("C&ards (Delete removes the selected rows):"), page);
    tableLabel->setBuddy(m_reviewTable);
    m_reviewStatus = new QLabel(page);
    m_reviewStatus->setAccessibleName(tr("Review status"));
    m_reviewStatus->setWordWrap(true);
    m_reviewStatus->hide();

    m_remove = new QPushButton(tr("&Remove selected"), page);
    m_remove->setAccessibleName(tr("Remove selected cards"));
    m_remove->setEnabled(false);
    auto* back = new QPushButton(tr("&Add or change ids…"), page);
    back->setAccessibleName(tr("Add or change ids"));
    m_confirm = new QPushButton(page);
    m_confirm->setAccessibleName(tr("Confirm"));
    m_confirm->setDefault(true);
    auto* cancel = new QPushButton(tr("Cancel"), page);
    cancel->setAccessibleName(tr("Cancel"));
    auto* buttons = new QDialogButtonBox(page);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    buttons->addButton(back, QDialogButtonBox::ActionRole);
    buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);
    buttons->addButton(cancel, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_reviewSummary);
    layout->addWidget(m_leftOut);
    layout->addWidget(tableLabel);
    layout->addWidget(m_reviewTable, 1);
    layout->addWidget(m_reviewStatus);
    layout->addWidget(buttons);
    setTabOrder(m_reviewTable, m_remove);
    setTabOrder(m_remove, back);
    setTabOrder(back, m_confirm);
    setTabOrder(m_confirm, cancel);

    connect(m_reviewTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_remove->setEnabled(m_reviewTable->selectionModel()->hasSelection()); });
    connect(m_remove, &QPushButton::clicked, this, &BulkCardDialog::removeSelected);
    connect(back, &QPushButton::clicked, this, [this] {
        m_acknowledgedText.reset();
        showPage(Page::Ids);
        m_paste->setFocus();
    });
    connect(m_confirm, &QPushButton::clicked, this, &BulkCardDialog::confirm);
    connect(cancel, &QPushButton::clicked, this, &BulkCardDialog::reject);
    return page;
}

QWidget* BulkCardDialog::buildProgressPage() {
    auto* page = new QWidget(this);
    m_progressText = new QLabel(page);
    m_progressText->setAccessibleName(tr("Bulk progress"));
    m_progressText->setWordWrap(true);
    m_progress = new QProgressBar(page);
    m_progress->setAccessibleName(tr("Batches answered"));
    m_stop = new QPushButton(tr("&Stop after this batch"), page);
    m_stop->setAccessibleName(tr("Stop"));
    auto* buttons = new QDialogButtonBox(page);
    buttons->addButton(m_stop, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(m_progressText);
    layout->addWidget(m_progress);
    layout->addStretch();
    layout->addWidget(buttons);
    connect(m_stop, &QPushButton::clicked, this, &BulkCardDialog::reject);
    return page;
}

QWidget* BulkCardDialog::buildResultsPage() {
    auto* page = new QWidget(this);
    m_resultsSummary = new QLabel(page);
    m_resultsSummary->setAccessibleName(tr("Result summary"));
    m_resultsSummary->setWordWrap(true);
    QFont bold = m_resultsSummary->font();
    bold.setBold(true);
    m_resultsSummary->setFont(bold);
    m_resultsNote = new QLabel(page);
    m_resultsNote->setAccessibleName(tr("Result notes"));
    m_resultsNote->setWordWrap(true);
    m_resultsNote->hide();

    m_resultsTable = new QTableView(page);
    m_resultsTable->setModel(m_resultsProxy);
    m_resultsTable->setAccessibleName(tr("Per-card results"));
    m_resultsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultsTable->setSortingEnabled(true);
    m_resultsTable->sortByColumn(-1, Qt::AscendingOrder);
    m_resultsTable->verticalHeader()->hide();
    m_resultsTable->horizontalHeader()->setStretchLastSection(true);
    fitColumnsToText(m_resultsTable);
    m_resultsTable->setTabKeyNavigation(false);
    auto* tableLabel = new QLabel(tr("&Results per card:"), page);
    tableLabel->setBuddy(m_resultsTable);

    m_exportStatus = new QLabel(page);
    m_exportStatus->setAccessibleName(tr("Export status"));
    m_exportStatus->setWordWrap(true);
    auto* exportButton = new QPushButton(tr("&Export CSV…"), page);
    exportButton->setAccessibleName(tr("Export CSV"));
    auto* close = new QPushButton(tr("&Close"), page);
    close->setAccessibleName(tr("Close"));
    close->setDefault(true);
    auto* buttons = new QDialogButtonBox(page);
    buttons->addButton(exportButton, QDialogButtonBox::ActionRole);
    buttons->addButton(close, QDialogButtonBox::AcceptRole);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_resultsSummary);
    layout->addWidget(m_resultsNote);
    layout->addWidget(tableLabel);
    layout->addWidget(m_resultsTable, 1);
    layout->addWidget(m_exportStatus);
    layout->addWidget(buttons);
    setTabOrder(m_resultsTable, exportButton);
    setTabOrder(exportButton, close);
    connect(exportButton, &QPushButton::clicked, this, &BulkCardDialog::openExportDialog);
    connect(close, &QPushButton::clicked, this, &BulkCardDialog::accept);
    return page;
}

void BulkCardDialog::showPage(Page page) {
    switch (page) {
    case Page::Ids:
        m_pages->setCurrentWidget(m_idsPage);
        m_next->setDefault(true);
        break;
    case Page::Review:
        m_pages->setCurrentWidget(m_reviewPage);
        m_confirm->setDefault(true);
        break;
    case Page::Progress:
        m_pages->setCurrentWidget(m_progressPage);
        break;
    case Page::Results:
        m_pages->setCurrentWidget(m_resultsPage);
        break;
    }
}

// ---- Ids page ----

void BulkCardDialog::goToReview() {
    const QString text = m_paste->toPlainText();
    const core::ParsedCardIds parsed = core::parseCardIds(text.toUtf8());
    if (!parsed.parseError.isEmpty()) {
        setMessage(m_idsProblems, tr("The list could not be read: %1").arg(parsed.parseError));
        return;
    }
    QStringList lines;
    for (qsizetype i = 0; i < parsed.badLines.size() && i < maxReportedLines; ++i)
        lines << tr("Line %1: %2").arg(parsed.badLines.at(i).line).arg(quoted(parsed.badLines.at(i).text));
    if (parsed.badLines.size() > maxReportedLines)
        lines << tr("…and %n more.", nullptr, int(parsed.badLines.size() - maxReportedLines));
    const QString badList = lines.join(u'\n');
    if (!parsed.badLines.isEmpty() && m_acknowledgedText != text) {
        // Reported at the field first; the same text a second time goes on without those lines.
        m_acknowledgedText = text;
        setMessage(m_idsProblems, tr("%n line(s) are not card ids:", nullptr, int(parsed.badLines.size())) + u'\n' +
                                      badList + u'\n' + tr("Correct them, or press Next again to leave them out."));
        m_paste->setFocus();
        return;
    }
    QList<qint64> ids = m_initialIds;
    ids << parsed.ids;
    if (ids.isEmpty()) {
        setMessage(m_idsProblems, tr("Paste or import at least one card id."));
        m_paste->setFocus();
        return;
    }
    QStringList notes;
    if (!parsed.badLines.isEmpty())
        notes << tr("%n line(s) left out because they are not card ids:", nullptr, int(parsed.badLines.size())) +
                     u'\n' + badList;
    const int repeated = parsed.repeated + int(ids.size() - QSet<qint64>(ids.cbegin(), ids.cend()).size());
    if (repeated > 0)
        notes << tr("%n repeated id(s) counted once.", nullptr, repeated);
    setMessage(m_leftOut, notes.join(u'\n'));
    m_reviewStatus->hide();
    m_model->setCards(ids, m_knownCards.data());
    showPage(Page::Review);
    updateReview();
    m_reviewTable->setFocus();
}

bool BulkCardDialog::importFile(const QString& path) {
    auto* note = m_idsPage->findChild<QLabel*>(QStringLiteral("importNote"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setMessage(m_idsProblems,
                   tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    if (file.size() > maxImportBytes) {
        setMessage(m_idsProblems, tr("%1 is too large for a list of card ids.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    m_acknowledgedText.reset();
    m_paste->setPlainText(QString::fromUtf8(bytes));
    note->setText(tr("Loaded %1. Check the list, then press Next.").arg(QDir::toNativeSeparators(path)));
    showPage(Page::Ids);
    m_next->setFocus();
    return true;
}

void BulkCardDialog::openImportDialog() {
    auto* dialog =
        new QFileDialog(this, tr("Import card ids"), QString(), tr("CSV or text files (*.csv *.txt);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &BulkCardDialog::importFile);
    dialog->open();
}

// ---- Review page ----

void BulkCardDialog::removeSelected() {
    if (m_sending)
        return;
    QList<int> rows;
    const QModelIndexList selected = m_reviewTable->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected)
        rows << m_reviewProxy->mapToSource(index).row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    // Contiguous runs in one call each, from the bottom so the rows above keep their numbers.
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) - 1)
            ++j;
        m_model->removeRows(rows.at(j), int(j - i + 1));
        i = j + 1;
    }
    m_remove->setEnabled(m_reviewTable->selectionModel()->hasSelection());
}

void BulkCardDialog::updateReview() {
    const int total = m_model->rowCount();
    const bool block = m_action == api::BulkCardAction::Block;
    const int already = m_model->countWithStatus(block ? api::CardStatus::Blocked : api::CardStatus::Active);
    const int inactive = m_model->countWithStatus(api::CardStatus::Inactive);
    QStringList parts{tr("%n card(s)", nullptr, total),
                      block ? tr("%n already blocked", nullptr, already) : tr("%n already active", nullptr, already),
                      tr("%n unknown", nullptr, m_model->unknownCount())};
    if (inactive > 0)
        parts << tr("%n inactive (the server will refuse them)", nullptr, inactive);
    m_reviewSummary->setText(parts.join(QStringLiteral(" · ")));
    m_confirm->setText(block ? tr("&Block %n card(s)…", nullptr, total) : tr("&Unblock %n card(s)…", nullptr, total));
    m_confirm->setEnabled(total > 0 && !m_sending && !m_otpDialog);
}

void BulkCardDialog::confirm() {
    // One operation at a time: the button is disabled at once and the OTP dialog is modal.
    if (m_sending || m_otpDialog || m_model->rowCount() == 0)
        return;
    m_confirm->setEnabled(false);
    setMessage(m_reviewStatus, QString());
    m_model->resetOutcomes();
    const QList<qint64> ids = m_model->cardIds();
    const qsizetype batchSize = std::max(1, m_client->config().maxBulkCardIds);
    m_batches.clear();
    for (qsizetype i = 0; i < ids.size(); i += batchSize)
        m_batches << ids.mid(i, batchSize);
    m_nextBatch = 0;
    m_answeredBatches = 0;
    m_firstError.reset();
    m_firstInFlight = false;
    m_firstAbandoned = false;
    m_stopRequested = false;
    m_stopReason.clear();
    m_stop->setEnabled(true);
    m_stop->setText(tr("&Stop after this batch"));

    // The OTP dialog's attempt is the first batch: a wrong code keeps the dialog open and sends nothing else.
    auto attempt = [this](const QString& otp, QObject* context, const OtpDialog::AttemptDone& done) {
        m_code = otp;
        m_sending = true;
        m_firstInFlight = true;
        return sendBatch(0, context, [this, done](const api::Result<api::BulkResult>& result) {
            m_firstInFlight = false;
            if (m_firstAbandoned) {
                // The answer came after all: it replaces "outcome unknown".
                if (result.ok())
                    m_model->applyResult(m_batches.value(0), result.value());
                finishOperation();
                return;
            }
            if (result.ok()) {
                m_model->applyResult(m_batches.value(0), result.value());
                m_answeredBatches = 1;
                done(std::nullopt);
                return;
            }
            const api::ApiError& error = result.error();
            const bool aboutTheCode = error.kind == api::ErrorKind::OtpInvalid ||
                                      error.kind == api::ErrorKind::OtpExpired ||
                                      error.kind == api::ErrorKind::OtpLocked;
            if (aboutTheCode)
                m_sending = false; // the dialog asks again; nothing was applied
            else
                m_firstError = error;
            done(error);
        });
    };
    const api::OtpPurpose purpose =
        m_action == api::BulkCardAction::Block ? api::OtpPurpose::BulkBlock : api::OtpPurpose::BulkUnblock;
    auto* dialog = new OtpDialog(m_client, m_operatorEmail, purpose, attempt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) { onOtpFinished(dialog, result); });
    m_otpDialog = dialog;
    dialog->open();
}

void BulkCardDialog::onOtpFinished(OtpDialog* dialog, int result) {
    disconnect(dialog, nullptr, this, nullptr);
    m_otpDialog = nullptr;
    if (result == QDialog::Accepted) {
        m_nextBatch = 1;
        showPage(Page::Progress);
        sendNextBatch();
        return;
    }
    if (m_firstError) {
        const api::ApiError error = *std::exchange(m_firstError, std::nullopt);
        showPage(Page::Progress);
        failBatch(0, error);
        return;
    }
    if (m_firstInFlight) {
        // Closing the OTP dialog aborts the request it runs: the server may or may not have applied it.
        m_firstAbandoned = true;
        m_model->markCards(m_batches.value(0), Outcome::OutcomeUnknown, QString(),
                           tr("The request was on its way when the one-time password window was closed; it may or "
                              "may not have been applied. Check these cards."));
        m_stopReason = tr("Cancelled while the first batch was on its way.");
        markRemainingNotSent(1, QString(), tr("Not sent: the operation was cancelled."));
        finishOperation();
        return;
    }
    // Cancelled before a code was accepted: nothing was applied.
    m_code.clear();
    m_sending = false;
    m_model->resetOutcomes();
    setMessage(m_reviewStatus, tr("Step-up cancelled. Nothing was sent."));
    showPage(Page::Review);
    updateReview();
    m_confirm->setFocus();
}

// ---- Progress ----

api::CallHandle BulkCardDialog::sendBatch(int index, QObject* context,
                                          std::function<void(const api::Result<api::BulkResult>&)> done) {
    m_nextBatch = index;
    updateProgress();
    return m_client->bulkChangeCardState(m_action, m_batches.at(index), m_code, context, std::move(done));
}

void BulkCardDialog::sendNextBatch() {
    if (m_nextBatch >= m_batches.size()) {
        finishOperation();
        return;
    }
    if (m_stopRequested) {
        m_stopReason = tr("Stopped by the operator.");
        markRemainingNotSent(m_nextBatch, QString(), tr("Not sent: stopped by the operator before this batch."));
        finishOperation();
        return;
    }
    const int index = m_nextBatch;
    m_call = sendBatch(index, this, [this, index](const api::Result<api::BulkResult>& result) {
        m_call = {};
        if (!result.ok()) {
            failBatch(index, result.error());
            return;
        }
        m_model->applyResult(m_batches.at(index), result.value());
        ++m_answeredBatches;
        m_nextBatch = index + 1;
        sendNextBatch();
    });
}

void BulkCardDialog::failBatch(int index, const api::ApiError& error) {
    const bool lost = error.kind == api::ErrorKind::OutcomeUnknown;
    const QString code = error.codes().value(0);
    QString reason = error.userMessage;
    if (reason.isEmpty())
        reason = lost ? tr("The answer was lost: the server may or may not have applied this batch. Check these cards.")
                      : tr("This batch was not accepted.");
    m_model->markCards(m_batches.at(index), lost ? Outcome::OutcomeUnknown : Outcome::NotSent, code, reason);
    ++m_answeredBatches;
    m_nextBatch = index + 1;
    if (stopsAll(error)) {
        m_stopReason = tr("Stopped: %1").arg(reason);
        markRemainingNotSent(index + 1, code, tr("Not sent: %1").arg(reason));
        finishOperation();
        return;
    }
    sendNextBatch();
}

void BulkCardDialog::markRemainingNotSent(int fromIndex, const QString& code, const QString& reason) {
    for (qsizetype i = fromIndex; i < m_batches.size(); ++i)
        m_model->markCards(m_batches.at(i), Outcome::NotSent, code, reason);
    m_nextBatch = int(m_batches.size());
}

void BulkCardDialog::updateProgress() {
    const int total = int(m_batches.size());
    const int current = std::min(m_nextBatch + 1, total);
    m_progress->setRange(0, total);
    m_progress->setValue(m_answeredBatches);
    m_progress->setFormat(tr("Batch %1 of %2").arg(current).arg(total));
    m_progressText->setText(
        tr("Sending batch %1 of %2 (%n card(s))…", nullptr, int(m_batches.value(m_nextBatch).size()))
            .arg(current)
            .arg(total));
}

void BulkCardDialog::reject() {
    if (m_sending) {
        // A batch in flight is awaited, never dropped: stop before the next one.
        if (!m_stopRequested && !m_otpDialog) {
            m_stopRequested = true;
            m_stop->setEnabled(false);
            m_stop->setText(tr("Stopping after this batch…"));
            m_progressText->setText(tr("Stopping: waiting for the answer to the batch on its way…"));
        }
        return;
    }
    QDialog::reject();
}

// ---- Results ----

void BulkCardDialog::finishOperation() {
    const bool firstTime = m_sending;
    m_sending = false;
    m_code.clear(); // the code served this operation only
    m_call = {};
    m_progress->setValue(m_progress->maximum());
    const bool block = m_action == api::BulkCardAction::Block;
    QStringList parts{block ? tr("%n blocked", nullptr, m_model->count(Outcome::Done))
                            : tr("%n unblocked", nullptr, m_model->count(Outcome::Done)),
                      block ? tr("%n already blocked", nullptr, m_model->count(Outcome::AlreadyInState))
                            : tr("%n already active", nullptr, m_model->count(Outcome::AlreadyInState)),
                      tr("%n refused", nullptr, m_model->count(Outcome::Refused))};
    if (const int notSent = m_model->count(Outcome::NotSent))
        parts << tr("%n not sent", nullptr, notSent);
    if (const int unknown = m_model->count(Outcome::OutcomeUnknown))
        parts << tr("%n outcome unknown", nullptr, unknown);
    m_resultsSummary->setText(parts.join(QStringLiteral(" · ")));
    QStringList notes;
    if (!m_stopReason.isEmpty())
        notes << m_stopReason;
    if (m_model->count(Outcome::OutcomeUnknown) > 0)
        notes << tr("For cards marked “outcome unknown” the answer was lost: check their status before trying "
                    "again.");
    setMessage(m_resultsNote, notes.join(u'\n'));
    showPage(Page::Results);
    m_resultsTable->setFocus();
    if (firstTime)
        Q_EMIT operationFinished(m_model->count(Outcome::Done));
}

bool BulkCardDialog::exportResults(const QString& path) {
    QString error;
    if (!m_model->exportCsv(path, &error)) {
        m_exportStatus->setText(error);
        return false;
    }
    m_exportStatus->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void BulkCardDialog::openExportDialog() {
    const QString name =
        m_action == api::BulkCardAction::Block ? tr("bulk-block-results.csv") : tr("bulk-unblock-results.csv");
    auto* dialog = new QFileDialog(this, tr("Export results"), name, tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, &BulkCardDialog::exportResults);
    dialog->open();
}

} // namespace migo::views
