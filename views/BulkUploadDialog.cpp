#include "BulkUploadDialog.h"

#include "BulkTemplate.h"
#include "OtpDialog.h"
#include "Types.h"
#include "UploadResultModel.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace migo::views {

namespace {

QLabel* plainLabel(QWidget* parent, const QString& accessibleName) {
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAccessibleName(accessibleName);
    return label;
}

QPushButton* button(const QString& text, const QString& accessibleName, QWidget* parent) {
    auto* push = new QPushButton(text, parent);
    push->setAccessibleName(accessibleName);
    push->setAutoDefault(false);
    return push;
}

} // namespace

BulkUploadDialog::BulkUploadDialog(const core::OperationContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_results(new models::UploadResultModel(this)) {
    setWindowTitle(tr("Bulk onboarding"));
    setAccessibleName(tr("Bulk onboarding"));
    if (!m_context.prompter)
        m_context.prompter = new OtpDialogPrompter(this);
    m_upload = new core::BulkUpload(m_context, this);

    m_path = new QLineEdit(this);
    m_path->setReadOnly(true);
    m_path->setAccessibleName(tr("Workbook file"));
    m_choose = button(tr("&Choose a workbook…"), tr("Choose a workbook"), this);
    m_template = button(tr("Save a &template…"), tr("Save a template"), this);
    m_columns = plainLabel(this, tr("Column check"));
    m_preview = new QTableWidget(this);
    m_preview->setAccessibleName(tr("First rows of the workbook"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setMaximumHeight(180);
    m_send = button(tr("&Upload"), tr("Upload the workbook"), this);
    m_send->setEnabled(false);
    m_sent = new QProgressBar(this);
    m_sent->setAccessibleName(tr("File sent"));
    m_sent->setFormat(tr("File sent: %p%"));
    m_cancel = button(tr("C&ancel upload"), tr("Cancel the upload"), this);
    m_cancel->setEnabled(false);
    m_processed = new QProgressBar(this);
    m_processed->setAccessibleName(tr("Rows processed"));
    m_processed->setFormat(tr("%v of %m rows processed"));
    m_processed->setValue(0);
    m_counts = plainLabel(this, tr("Created and refused rows"));
    m_table = new QTableView(this);
    m_table->setModel(m_results);
    m_table->setAccessibleName(tr("Result of each row"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_export = button(tr("&Export results…"), tr("Export the results as CSV"), this);
    m_export->setEnabled(false);
    m_checkResult = button(tr("&Read the result again"), tr("Read the batch result"), this);
    m_checkResult->setVisible(false);
    m_status = plainLabel(this, tr("Status"));

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_choose);
    fileRow->addWidget(m_template);
    auto* sendRow = new QHBoxLayout;
    sendRow->addWidget(m_send);
    sendRow->addWidget(m_sent, 1);
    sendRow->addWidget(m_cancel);
    auto* resultRow = new QHBoxLayout;
    resultRow->addWidget(m_counts, 1);
    resultRow->addWidget(m_checkResult);
    resultRow->addWidget(m_export);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    auto* layout = new QVBoxLayout(this);
    auto* fileLabel = new QLabel(tr("&Workbook (.xlsx, at most 16 MB):"), this);
    fileLabel->setBuddy(m_path);
    layout->addWidget(fileLabel);
    layout->addLayout(fileRow);
    layout->addWidget(m_columns);
    layout->addWidget(m_preview);
    layout->addLayout(sendRow);
    layout->addWidget(m_processed);
    layout->addLayout(resultRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(close);
    resize(900, 640);

    connect(close, &QDialogButtonBox::rejected, this, &BulkUploadDialog::reject);
    connect(m_choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a workbook"), QString(),
                                                          tr("Excel workbooks (*.xlsx);;All files (*)"));
        if (!path.isEmpty())
            chooseFile(path);
    });
    connect(m_template, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save a template"), tr("cardholders.xlsx"),
                                                          tr("Excel workbooks (*.xlsx)"));
        if (!path.isEmpty())
            saveTemplate(path);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export results"), tr("upload-results.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportResults(path);
    });
    connect(m_send, &QPushButton::clicked, this, &BulkUploadDialog::startUpload);
    connect(m_cancel, &QPushButton::clicked, m_upload, &core::BulkUpload::cancel);
    connect(m_checkResult, &QPushButton::clicked, this, [this] {
        m_results->reset({});
        m_upload->checkResult();
    });
    connect(&m_reading, &QFutureWatcher<core::WorkbookCheck>::finished, this, [this] {
        m_check = m_reading.result();
        showCheck();
        Q_EMIT checked();
    });
    connect(m_upload, &core::BulkUpload::uploadProgress, this, [this](qint64 sent, qint64 total) {
        m_sent->setMaximum(1000);
        m_sent->setValue(total > 0 ? int(sent * 1000 / total) : 0);
    });
    connect(m_upload, &core::BulkUpload::accepted, this, [this](const QString& batchId) {
        m_cancel->setText(tr("Stop &following"));
        say(tr("Batch %1 accepted; the rows are being processed.").arg(batchId));
    });
    connect(m_upload, &core::BulkUpload::progressed, this, &BulkUploadDialog::onFrame);
    connect(m_upload, &core::BulkUpload::finished, this, &BulkUploadDialog::onFinished);

    const api::OperatorPermissions* permissions = m_context.permissions();
    if (permissions && !permissions->holds(QStringLiteral("bulk-create"), u"create")) {
        m_choose->setEnabled(false);
        say(tr("Your account may not onboard in bulk (permission bulk-create: create)."));
    }
}

BulkUploadDialog::~BulkUploadDialog() {
    m_reading.waitForFinished();
}

int BulkUploadDialog::processedRows() const {
    return m_processed->value();
}

void BulkUploadDialog::chooseFile(const QString& path) {
    m_path->setText(QDir::toNativeSeparators(path));
    m_send->setEnabled(false);
    m_columns->setText(tr("Reading the workbook…"));
    m_reading.setFuture(QtConcurrent::run(core::checkWorkbook, path, core::cardholderUploadColumns(), 10));
}

void BulkUploadDialog::showCheck() {
    const QStringList columns = core::cardholderUploadColumns();
    m_preview->clear();
    m_preview->setColumnCount(int(columns.size()));
    m_preview->setHorizontalHeaderLabels(columns);
    m_preview->setRowCount(int(m_check.firstRows.size()));
    for (int row = 0; row < m_check.firstRows.size(); ++row)
        for (int column = 0; column < columns.size(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(m_check.firstRows[row].value(column)));
    m_columns->setText(m_check.canSend() ? tr("All 12 columns found; %n row(s) to upload.", nullptr, m_check.dataRows)
                                         : m_check.problem);
    const api::OperatorPermissions* permissions = m_context.permissions();
    m_send->setEnabled(m_check.canSend() && !m_upload->isRunning() &&
                       (!permissions || permissions->holds(QStringLiteral("bulk-create"), u"create")));
}

void BulkUploadDialog::startUpload() {
    if (!m_check.canSend() || m_upload->isRunning())
        return;
    m_results->reset({});
    m_processed->setMaximum(std::max(1, m_check.dataRows));
    m_processed->setValue(0);
    m_sent->setValue(0);
    m_send->setEnabled(false);
    m_choose->setEnabled(false);
    m_cancel->setEnabled(true);
    m_cancel->setText(tr("C&ancel upload"));
    m_export->setEnabled(false);
    m_checkResult->setVisible(false);
    say(tr("Sending the workbook…"));
    m_upload->start(api::BulkUploadKind::Cardholders, QFileInfo(m_check.path).fileName(), m_check.bytes);
}

void BulkUploadDialog::onFrame(const api::BatchProgress& frame, const QList<core::BulkRowResult>& rows) {
    // The bar follows the frames the server sent, never a clock.
    if (frame.total > 0)
        m_processed->setMaximum(int(frame.total));
    m_processed->setValue(int(frame.processed));
    m_counts->setText(tr("%1 created · %2 refused").arg(frame.created).arg(frame.refused));
    m_results->append(rows);
    m_export->setEnabled(m_results->rowCount() > 0);
}

void BulkUploadDialog::onFinished(core::Outcome outcome) {
    m_cancel->setEnabled(false);
    m_choose->setEnabled(true);
    m_send->setEnabled(false); // a new upload starts from a newly chosen file: never the same one twice by a click
    m_export->setEnabled(m_results->rowCount() > 0);
    m_checkResult->setVisible(outcome == core::Outcome::Unknown && !m_upload->batchId().isEmpty());
    say(m_upload->message());
}

bool BulkUploadDialog::saveTemplate(const QString& path) {
    QString error;
    const bool saved = core::writeBulkTemplate(path, &error);
    say(saved ? tr("Template saved to %1.").arg(QDir::toNativeSeparators(path)) : error);
    return saved;
}

bool BulkUploadDialog::exportResults(const QString& path) {
    QString error;
    const bool written = m_results->exportCsv(path, &error);
    say(written ? tr("Results saved to %1.").arg(QDir::toNativeSeparators(path)) : error);
    return written;
}

void BulkUploadDialog::reject() {
    if (m_upload->phase() == core::BulkUpload::Phase::Uploading) {
        say(tr("The workbook is being sent: use Cancel upload to stop it."));
        return;
    }
    QDialog::reject();
}

void BulkUploadDialog::say(const QString& text) {
    m_status->setText(text);
}

} // namespace migo::views
