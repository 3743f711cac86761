#include "BulkCardDialogProgressPage.h"

#include "BulkCardDialogParts.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace migo::views {

BulkCardDialogProgressPage::BulkCardDialogProgressPage(QWidget* parent)
    : QWidget(parent)
    , m_text(detail::bulkLabel(tr("Bulk progress"), this))
    , m_progress(new QProgressBar(this))
    , m_stop(detail::bulkButton(tr("&Stop after this batch"), tr("Stop"), this)) {
    m_progress->setAccessibleName(tr("Batches answered"));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_stop, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_text);
    layout->addWidget(m_progress);
    layout->addStretch();
    layout->addWidget(buttons);
    connect(m_stop, &QPushButton::clicked, this, &BulkCardDialogProgressPage::stopRequested);
}

void BulkCardDialogProgressPage::reset(int batchCount) {
    m_batchCount = batchCount;
    m_progress->setRange(0, batchCount);
    m_progress->setValue(0);
    m_stop->setEnabled(true);
    m_stop->setText(tr("&Stop after this batch"));
}

void BulkCardDialogProgressPage::showBatch(int index, int cardCount, int settled) {
    const int current = std::min(index + 1, m_batchCount);
    m_progress->setValue(settled);
    m_progress->setFormat(tr("Batch %1 of %2").arg(current).arg(m_batchCount));
    m_text->setText(tr("Sending batch %1 of %2 (%n card(s))…", nullptr, cardCount).arg(current).arg(m_batchCount));
}

void BulkCardDialogProgressPage::setSettled(int settled) {
    m_progress->setValue(settled);
}

void BulkCardDialogProgressPage::showStopping() {
    m_stop->setEnabled(false);
    m_stop->setText(tr("Stopping after this batch…"));
    m_text->setText(tr("Stopping: waiting for the answer to the batch on its way…"));
}

void BulkCardDialogProgressPage::complete() {
    m_progress->setValue(m_progress->maximum());
}

} // namespace migo::views
