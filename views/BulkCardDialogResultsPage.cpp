#include "BulkCardDialogResultsPage.h"

#include "BulkCardDialogParts.h"
#include "BulkResultModel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace migo::views {

BulkCardDialogResultsPage::BulkCardDialogResultsPage(models::BulkResultModel* model, api::BulkCardAction action,
                                                     QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_action(action) {
    m_summary = detail::bulkLabel(tr("Result summary"), this, true);
    m_notes = detail::bulkLabel(tr("Result notes"), this);
    m_notes->hide();

    m_table = detail::bulkCardTable(model, this);
    m_table->setAccessibleName(tr("Per-card results"));
    auto* tableLabel = new QLabel(tr("&Results per card:"), this);
    tableLabel->setBuddy(m_table);

    m_exportStatus = detail::bulkLabel(tr("Export status"), this);
    auto* exportButton = detail::bulkButton(tr("&Export CSV…"), tr("Export CSV"), this);
    auto* close = detail::bulkButton(tr("&Close"), tr("Close"), this);
    close->setDefault(true);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(exportButton, QDialogButtonBox::ActionRole);
    buttons->addButton(close, QDialogButtonBox::AcceptRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_notes);
    layout->addWidget(tableLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_exportStatus);
    layout->addWidget(buttons);
    setTabOrder(m_table, exportButton);
    setTabOrder(exportButton, close);
    connect(exportButton, &QPushButton::clicked, this, &BulkCardDialogResultsPage::openExportDialog);
    connect(close, &QPushButton::clicked, this, &BulkCardDialogResultsPage::closeRequested);
}

void BulkCardDialogResultsPage::showResults(const QString& summary, const QString& notes) {
    m_summary->setText(summary);
    detail::setBulkMessage(m_notes, notes);
    m_table->setFocus();
}

bool BulkCardDialogResultsPage::exportResults(const QString& path) {
    QString error;
    if (!m_model->exportCsv(path, &error)) {
        m_exportStatus->setText(error);
        return false;
    }
    m_exportStatus->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void BulkCardDialogResultsPage::openExportDialog() {
    const QString name =
        m_action == api::BulkCardAction::Block ? tr("bulk-block-results.csv") : tr("bulk-unblock-results.csv");
    auto* dialog = new QFileDialog(this, tr("Export results"), name, tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, &BulkCardDialogResultsPage::exportResults);
    dialog->open();
}

} // namespace migo::views
