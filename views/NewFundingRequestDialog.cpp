#include "NewFundingRequestDialog.h"

#include "AmountEdit.h"
#include "FieldProblemLabel.h"
#include "OtpDialog.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace migo::views {

NewFundingRequestDialog::NewFundingRequestDialog(const core::OperationContext& context, const QString& currency,
                                                 QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_amount(new AmountEdit(this))
    , m_observations(new QPlainTextEdit(this))
    , m_evidence(new QLineEdit(this))
    , m_choose(new QPushButton(tr("C&hoose…"), this))
    , m_amountProblem(detail::fieldProblemLabel(tr("Amount problem"), this))
    , m_observationsProblem(detail::fieldProblemLabel(tr("Observations problem"), this))
    , m_evidenceProblem(detail::fieldProblemLabel(tr("Evidence problem"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_send(new QPushButton(tr("&Send request"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this)) {
    setWindowTitle(tr("New funding request"));
    if (!m_context.prompter)
        m_context.prompter = new OtpDialogPrompter(this);
    m_operation = new core::RequestFunding(m_context, this);

    m_amount->setCurrency(currency);
    m_amount->setAccessibleName(tr("Amount"));
    m_observations->setAccessibleName(tr("Observations"));
    m_observations->setTabChangesFocus(true);
    m_observations->setPlaceholderText(tr("e.g. the bank transfer's reference"));
    m_observations->setMaximumHeight(m_observations->fontMetrics().lineSpacing() * 4);
    m_evidence->setReadOnly(true);
    m_evidence->setAccessibleName(tr("Evidence file"));
    m_evidence->setPlaceholderText(tr("A PDF, JPEG, PNG or WEBP of at most 10 MB"));
    m_choose->setAccessibleName(tr("Choose the evidence file"));
    m_progress->setAccessibleName(tr("Upload progress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->hide();
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Request status"));
    m_send->setAccessibleName(tr("Send request"));
    m_send->setDefault(true);
    m_cancel->setAccessibleName(tr("Cancel"));

    auto* evidenceRow = new QWidget(this);
    auto* evidenceLayout = new QHBoxLayout(evidenceRow);
    evidenceLayout->setContentsMargins(0, 0, 0, 0);
    evidenceLayout->addWidget(m_evidence, 1);
    evidenceLayout->addWidget(m_choose);
    auto* form = new QFormLayout;
    detail::addFieldRow(form, tr("&Amount:"), m_amount, m_amountProblem);
    detail::addFieldRow(form, tr("&Evidence:"), evidenceRow, m_evidenceProblem);
    detail::addFieldRow(form, tr("&Observations:"), m_observations, m_observationsProblem);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(evidenceRow)))
        label->setBuddy(m_choose); // Alt+E reaches the button that picks the file
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_send);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_choose, &QPushButton::clicked, this, &NewFundingRequestDialog::chooseFile);
    connect(m_send, &QPushButton::clicked, this, &NewFundingRequestDialog::send);
    connect(m_cancel, &QPushButton::clicked, this, &NewFundingRequestDialog::reject);
    connect(m_operation, &core::RequestFunding::uploadProgress, this,
            [this](qint64 sent, qint64 total) { m_progress->setValue(total > 0 ? int(sent * 100 / total) : 0); });
    connect(m_operation, &core::RequestFunding::finished, this, &NewFundingRequestDialog::onFinished);
}

NewFundingRequestDialog::~NewFundingRequestDialog() = default;

void NewFundingRequestDialog::setEvidencePath(const QString& path) {
    m_evidence->setText(path);
}

void NewFundingRequestDialog::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the evidence"), QString(),
                                                      tr("Receipts (*.pdf *.jpg *.jpeg *.png *.webp);;All files (*)"));
    if (!path.isEmpty())
        setEvidencePath(path);
}

void NewFundingRequestDialog::send() {
    showProblems({});
    m_status->clear();
    const std::optional<api::Money> amount = m_amount->amount();
    if (!amount && !m_amount->text().isEmpty()) {
        m_amountProblem->setText(m_amount->problem());
        m_amountProblem->show();
        m_amount->setFocus();
        return;
    }
    if (!m_operation->start(amount.value_or(api::Money()), m_observations->toPlainText(), m_evidence->text())) {
        showProblems(m_operation->fieldProblems());
        if (m_operation->fieldProblems().isEmpty())
            m_status->setText(core::RequestFunding::permissionReason(m_context.permissions()));
        return;
    }
    setBusy(true);
}

void NewFundingRequestDialog::reject() {
    // During the upload, Cancel stops it (the server keeps nothing of a cut body); the dialog stays to say so.
    if (m_operation->isRunning()) {
        m_operation->cancel();
        return;
    }
    QDialog::reject();
}

void NewFundingRequestDialog::onFinished(core::Outcome outcome) {
    setBusy(false);
    m_status->setText(m_operation->message());
    showProblems(m_operation->fieldProblems());
    if (outcome == core::Outcome::Done || outcome == core::Outcome::Unknown) {
        Q_EMIT requestMade();
        m_send->setEnabled(false); // never sent twice from the same form
        m_cancel->setText(tr("Close"));
        m_cancel->setFocus();
    }
}

void NewFundingRequestDialog::showProblems(const QList<core::RequestFunding::FieldProblem>& problems) {
    QWidget* first = nullptr;
    for (QLabel* label : {m_amountProblem, m_observationsProblem, m_evidenceProblem}) {
        label->clear();
        label->hide();
    }
    for (const auto& problem : problems) {
        QLabel* label = problem.field == core::RequestFunding::Field::Amount         ? m_amountProblem
                        : problem.field == core::RequestFunding::Field::Observations ? m_observationsProblem
                                                                                     : m_evidenceProblem;
        label->setText(problem.sentence);
        label->show();
        if (!first && problem.field == core::RequestFunding::Field::Amount)
            first = m_amount;
        else if (!first && problem.field == core::RequestFunding::Field::Observations)
            first = m_observations;
        else if (!first)
            first = m_choose;
    }
    if (first)
        first->setFocus();
}

void NewFundingRequestDialog::setBusy(bool busy) {
    m_progress->setVisible(busy || m_progress->value() > 0);
    if (busy)
        m_progress->setValue(0);
    for (QWidget* input : {static_cast<QWidget*>(m_amount), static_cast<QWidget*>(m_observations),
                           static_cast<QWidget*>(m_choose), static_cast<QWidget*>(m_send)})
        input->setEnabled(!busy);
    m_cancel->setText(busy ? tr("Cancel upload") : tr("Cancel"));
    if (busy)
        m_status->setText(tr("Sending…"));
}

} // namespace migo::views
