#include "BulkCardDialog.h"

#include "BulkCardDialogIdsPage.h"
#include "BulkCardDialogProgressPage.h"
#include "BulkCardDialogResultsPage.h"
#include "BulkCardDialogReviewPage.h"
#include "BulkResultModel.h"
#include "CardListModel.h"
#include "OtpDialog.h"

#include <QStackedWidget>
#include <QStringList>
#include <QVBoxLayout>

namespace migo::views {

BulkCardDialog::BulkCardDialog(const core::OperationContext& context, const models::CardListModel* knownCards,
                               api::BulkCardAction action, const QList<qint64>& initialIds, QWidget* parent)
    : QDialog(parent)
    , m_knownCards(knownCards)
    , m_action(action)
    , m_model(new models::BulkResultModel(this))
    , m_pages(new QStackedWidget(this))
    , m_idsPage(new BulkCardDialogIdsPage(initialIds, m_pages))
    , m_reviewPage(new BulkCardDialogReviewPage(m_model, action, m_pages))
    , m_progressPage(new BulkCardDialogProgressPage(m_pages))
    , m_resultsPage(new BulkCardDialogResultsPage(m_model, action, m_pages)) {
    setWindowTitle(action == api::BulkCardAction::Block ? tr("Block cards") : tr("Unblock cards"));
    m_model->setAction(action);
    core::OperationContext operationContext = context;
    if (!operationContext.prompter)
        operationContext.prompter = new OtpDialogPrompter(this);
    m_change = new core::BulkCardChange(operationContext, this);

    for (QWidget* page : {static_cast<QWidget*>(m_idsPage), static_cast<QWidget*>(m_reviewPage),
                          static_cast<QWidget*>(m_progressPage), static_cast<QWidget*>(m_resultsPage)})
        m_pages->addWidget(page);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    resize(760, 560);

    connect(m_idsPage, &BulkCardDialogIdsPage::idsChosen, this, &BulkCardDialog::showReview);
    connect(m_idsPage, &BulkCardDialogIdsPage::cancelRequested, this, &BulkCardDialog::reject);
    connect(m_reviewPage, &BulkCardDialogReviewPage::confirmRequested, this, &BulkCardDialog::confirm);
    connect(m_reviewPage, &BulkCardDialogReviewPage::backRequested, this, &BulkCardDialog::showIds);
    connect(m_reviewPage, &BulkCardDialogReviewPage::cancelRequested, this, &BulkCardDialog::reject);
    connect(m_progressPage, &BulkCardDialogProgressPage::stopRequested, this, &BulkCardDialog::reject);
    connect(m_resultsPage, &BulkCardDialogResultsPage::closeRequested, this, &BulkCardDialog::accept);

    connect(m_change, &core::BulkCardChange::batchSending, this, &BulkCardDialog::onBatchSending);
    connect(m_change, &core::BulkCardChange::batchAnswered, this,
            [this](int, const QList<core::BulkCardResult>& cards) { onBatchSettled(cards); });
    connect(m_change, &core::BulkCardChange::batchFailed, this,
            [this](int, const api::ApiError&, const QList<core::BulkCardResult>& cards) { onBatchSettled(cards); });
    connect(m_change, &core::BulkCardChange::cardsNotSent, m_model, &models::BulkResultModel::applyCards);
    connect(m_change, &core::BulkCardChange::finished, this, &BulkCardDialog::onFinished);

    if (initialIds.isEmpty()) {
        showIds();
    } else {
        showReview(initialIds, QString());
    }
}

BulkCardDialog::~BulkCardDialog() {
    // Before the pages go: an operation still running is abandoned without a report.
    disconnect(m_change, nullptr, this, nullptr);
    m_change->abandon();
}

bool BulkCardDialog::isSending() const {
    return m_change->isRunning() && !m_change->canCancel();
}

void BulkCardDialog::showIds() {
    m_pages->setCurrentWidget(m_idsPage);
    m_idsPage->editAgain();
}

void BulkCardDialog::showReview(const QList<qint64>& ids, const QString& leftOutNote) {
    m_reviewPage->setLeftOut(leftOutNote);
    m_reviewPage->setStatus(QString());
    m_model->setCards(ids, m_knownCards);
    m_pages->setCurrentWidget(m_reviewPage);
    m_reviewPage->refresh();
    m_reviewPage->focus(true);
}

bool BulkCardDialog::importFile(const QString& path) {
    if (!m_idsPage->importFile(path))
        return false;
    m_pages->setCurrentWidget(m_idsPage);
    m_idsPage->focusNext();
    return true;
}

bool BulkCardDialog::exportResults(const QString& path) {
    return m_resultsPage->exportResults(path);
}

void BulkCardDialog::confirm() {
    // One operation at a time: start() refuses while one runs, and the prompt is modal.
    if (m_change->isRunning() || m_model->rowCount() == 0)
        return;
    m_reviewPage->setStatus(QString());
    m_model->resetOutcomes();
    m_reviewPage->setBusy(true); // before start(): a prompt may end the operation at once
    if (!m_change->start(m_action, m_model->cardIds()))
        m_reviewPage->setBusy(false);
}

void BulkCardDialog::onBatchSending(int index) {
    if (index == 0) // each code the agent types sends batch 1: nothing has an outcome yet
        m_progressPage->reset(int(m_change->batches().size()));
    m_progressPage->showBatch(index, int(m_change->batches().value(index).size()), m_change->settledBatches());
}

void BulkCardDialog::onBatchSettled(const QList<core::BulkCardResult>& cards) {
    m_model->applyCards(cards);
    m_progressPage->setSettled(m_change->settledBatches());
    // Past the prompt: the next batch goes out with the same code while the progress page shows.
    m_pages->setCurrentWidget(m_progressPage);
}

void BulkCardDialog::reject() {
    if (isSending()) {
        // A batch on its way is awaited, never dropped: stop before the next one.
        if (!m_change->isStopRequested()) {
            m_change->requestStop();
            m_progressPage->showStopping();
        }
        return;
    }
    if (m_change->isRunning())
        m_change->cancel(); // at the prompt: nothing was sent (back to the review, then closed)
    QDialog::reject();
}

void BulkCardDialog::onFinished(core::Outcome outcome) {
    m_reviewPage->setBusy(false);
    if (outcome == core::Outcome::Cancelled) {
        m_model->resetOutcomes();
        m_pages->setCurrentWidget(m_reviewPage);
        m_reviewPage->setStatus(m_change->message());
        m_reviewPage->focus(false);
        return;
    }
    m_progressPage->complete();
    QStringList notes;
    if (!m_change->stopReason().isEmpty())
        notes << m_change->stopReason();
    if (m_change->cardCount(core::BulkCardOutcome::OutcomeUnknown) > 0)
        notes << tr("For cards marked “outcome unknown” the answer was lost: check their status before trying "
                    "again.");
    m_pages->setCurrentWidget(m_resultsPage);
    m_resultsPage->showResults(m_change->message(), notes.join(u'\n'));
    Q_EMIT operationFinished(m_change->cardCount(core::BulkCardOutcome::Done));
}

} // namespace migo::views
