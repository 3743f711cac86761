#include "FundingRequestsDialog.h"

#include "Format.h"
#include "NewFundingRequestDialog.h"
#include "PdfPreviewDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace migo::views {

namespace {

constexpr int kListLimit = 200; // the newest 200: an agent decides recent requests

QString statusText(const api::ProcessRequest& request) {
    switch (request.status) {
    case api::ProcessRequestStatus::Pending:
        return FundingRequestsDialog::tr("Pending");
    case api::ProcessRequestStatus::Approved:
        return FundingRequestsDialog::tr("Approved");
    case api::ProcessRequestStatus::Rejected:
        return FundingRequestsDialog::tr("Rejected");
    case api::ProcessRequestStatus::Cancelled:
        return FundingRequestsDialog::tr("Cancelled");
    case api::ProcessRequestStatus::Unknown:
        break;
    }
    return request.statusText;
}

QString operatorText(const api::OperatorRef& ref) {
    return ref.name.isEmpty() ? FundingRequestsDialog::tr("Operator %1").arg(ref.id) : ref.name;
}

/// A window with the image at `path`, decoded at most as large as 80 % of the screen (QImageReader scales while
/// decoding, so a 40-megapixel photo never sits whole in memory).
void showImage(const QString& path, const QString& title, QWidget* parent) {
    QImageReader reader(path);
    QSize size = reader.size();
    const QSize room = parent->screen()->availableSize() * 0.8;
    if (size.isValid() && (size.width() > room.width() || size.height() > room.height()))
        reader.setScaledSize(size.scaled(room, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    auto* window = new QDialog(parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(title);
    auto* label = new QLabel(window);
    label->setAccessibleName(FundingRequestsDialog::tr("Evidence image"));
    if (image.isNull())
        label->setText(FundingRequestsDialog::tr("The image cannot be shown: %1").arg(reader.errorString()));
    else
        label->setPixmap(QPixmap::fromImage(image));
    (new QVBoxLayout(window))->addWidget(label);
    window->show();
}

} // namespace

FundingRequestsDialog::FundingRequestsDialog(const core::OperationContext& context, const QString& currency,
                                             QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_currency(currency)
    , m_decision(new core::DecideProcessRequest(context, this))
    , m_table(new QTableWidget(0, 6, this))
    , m_detail(new QLabel(this))
    , m_status(new QLabel(this))
    , m_new(new QPushButton(tr("&New funding request…"), this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_preview(new QPushButton(tr("&Preview evidence"), this))
    , m_approve(new QPushButton(tr("&Approve…"), this))
    , m_reject(new QPushButton(tr("Re&ject…"), this))
    , m_cancelRequest(new QPushButton(tr("&Cancel request…"), this)) {
    setWindowTitle(tr("Funding requests"));
    m_table->setHorizontalHeaderLabels(
        {tr("Created"), tr("Amount"), tr("Status"), tr("Requested by"), tr("Decided by"), tr("Decided")});
    m_table->setAccessibleName(tr("Funding requests"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setAccessibleName(tr("Request details"));
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Funding requests status"));
    m_new->setShortcut(QKeySequence::New);
    m_refresh->setShortcut(QKeySequence::Refresh);
    for (QPushButton* button : {m_new, m_refresh, m_preview, m_approve, m_reject, m_cancelRequest})
        button->setAccessibleName(button->text().remove(u'&').remove(u'…'));

    auto* top = new QHBoxLayout;
    top->addWidget(m_new);
    top->addStretch();
    top->addWidget(m_refresh);
    auto* decisions = new QHBoxLayout;
    decisions->addWidget(m_preview);
    decisions->addStretch();
    decisions->addWidget(m_approve);
    decisions->addWidget(m_reject);
    decisions->addWidget(m_cancelRequest);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addLayout(decisions);
    layout->addWidget(m_status);
    resize(900, 560);

    connect(m_new, &QPushButton::clicked, this, &FundingRequestsDialog::openNewRequest);
    connect(m_refresh, &QPushButton::clicked, this, &FundingRequestsDialog::reload);
    connect(m_preview, &QPushButton::clicked, this, &FundingRequestsDialog::previewEvidence);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(api::ProcessDecision::Approve); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(api::ProcessDecision::Reject); });
    connect(m_cancelRequest, &QPushButton::clicked, this, [this] { decide(api::ProcessDecision::Cancel); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &FundingRequestsDialog::updateDetail);
    connect(m_decision, &core::DecideProcessRequest::finished, this, [this](core::Outcome outcome) {
        m_message = m_decision->message(); // stays after the list is read again
        reload();
        Q_EMIT decided(outcome);
    });
    updateDetail();
    reload();
}

FundingRequestsDialog::~FundingRequestsDialog() {
    m_read.cancel();
    m_download.cancel();
}

void FundingRequestsDialog::reload() {
    m_read.cancel();
    m_status->setText(tr("Reading the requests…"));
    m_read = m_context.client->listProcessRequests(
        1, kListLimit, this, [this](const api::Result<api::Page<api::ProcessRequest>>& result) {
            if (!result.ok()) {
                m_status->setText(tr("The requests could not be read: %1").arg(result.error().userMessage));
            } else {
                m_status->setText(m_message);
                showRequests(result.value().items);
            }
            Q_EMIT loaded();
        });
}

void FundingRequestsDialog::showRequests(const QList<api::ProcessRequest>& requests) {
    const std::optional<api::ProcessRequest> before = selected();
    m_requests = requests;
    m_table->setRowCount(int(requests.size()));
    for (int row = 0; row < requests.size(); ++row) {
        const api::ProcessRequest& r = requests.at(row);
        const QStringList cells{core::Format::dateTime(r.createdAt),
                                core::Format::money(r.requestedAmount, r.currency.isEmpty() ? m_currency : r.currency),
                                statusText(r),
                                operatorText(r.requestedBy),
                                r.decidedBy ? operatorText(*r.decidedBy) : QString(),
                                core::Format::dateTime(r.decidedAt)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        m_table->item(row, 1)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (before && before->id == r.id)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    updateDetail();
}

std::optional<api::ProcessRequest> FundingRequestsDialog::selected() const {
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty() || items.front()->row() >= m_requests.size())
        return std::nullopt;
    return m_requests.at(items.front()->row());
}

void FundingRequestsDialog::updateDetail() {
    const std::optional<api::ProcessRequest> request = selected();
    const std::pair<QPushButton*, api::ProcessDecision> buttons[] = {{m_approve, api::ProcessDecision::Approve},
                                                                     {m_reject, api::ProcessDecision::Reject},
                                                                     {m_cancelRequest, api::ProcessDecision::Cancel}};
    for (const auto& [button, decision] : buttons) {
        const QString reason = request ? m_decision->reasonFor(*request, decision) : tr("Select a request first.");
        button->setEnabled(reason.isEmpty() && !m_decision->isRunning());
        button->setToolTip(reason);
    }
    m_preview->setEnabled(request && request->evidence && !m_download.isRunning());
    if (!request) {
        m_detail->setText(tr("Select a request to see its details."));
        return;
    }
    QStringList lines{tr("Observations: %1").arg(request->observations.isEmpty() ? tr("none") : request->observations)};
    if (request->evidence)
        lines << tr("Evidence: %1 (%2)")
                     .arg(request->evidence->fileName, QLocale().formattedDataSize(request->evidence->size));
    if (!request->decisionComment.isEmpty())
        lines << tr("Decision comment: %1").arg(request->decisionComment);
    m_detail->setText(lines.join(u'\n'));
}

void FundingRequestsDialog::openNewRequest() {
    if (auto* open = findChild<NewFundingRequestDialog*>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* form = new NewFundingRequestDialog(m_context, m_currency, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &NewFundingRequestDialog::requestMade, this, &FundingRequestsDialog::reload);
    form->open();
}

void FundingRequestsDialog::decide(api::ProcessDecision decision) {
    const std::optional<api::ProcessRequest> request = selected();
    if (!request)
        return;
    const QString amount = core::Format::money(request->requestedAmount, request->currency);
    QString comment;
    if (decision == api::ProcessDecision::Reject) {
        bool ok = false;
        comment = QInputDialog::getMultiLineText(this, tr("Reject the request"),
                                                 tr("Why is the request for %1 rejected? (required)").arg(amount),
                                                 QString(), &ok);
        if (!ok || comment.trimmed().isEmpty())
            return;
    } else {
        const QString question = decision == api::ProcessDecision::Approve
                                     ? tr("Approve the request for %1 by %2? The partner balance is credited at once.")
                                           .arg(amount, operatorText(request->requestedBy))
                                     : tr("Cancel your request for %1?").arg(amount);
        if (QMessageBox::question(this, windowTitle(), question) != QMessageBox::Yes)
            return;
    }
    if (m_decision->start(*request, decision, comment)) {
        m_message.clear();
        m_status->setText(tr("Sending…"));
        updateDetail();
    }
}

void FundingRequestsDialog::previewEvidence() {
    const std::optional<api::ProcessRequest> request = selected();
    if (!request || !request->evidence || !m_previews.isValid())
        return;
    const QString path = m_previews.filePath(QStringLiteral("evidence-%1").arg(request->id));
    const QString title = tr("Evidence — %1").arg(request->evidence->fileName);
    const bool pdf = request->evidence->contentType == u"application/pdf";
    m_status->setText(tr("Downloading the evidence…"));
    m_download = m_context.client->downloadEvidence(
        request->id, path, this, {}, [this, path, title, pdf](const api::Result<api::DownloadedFile>& result) {
            updateDetail();
            if (!result.ok()) {
                m_status->setText(tr("The evidence could not be shown: %1").arg(result.error().userMessage));
                return;
            }
            m_status->clear();
            if (pdf) {
                auto* preview = new PdfPreviewDialog(path, this);
                preview->setAttribute(Qt::WA_DeleteOnClose);
                preview->setWindowTitle(title);
                preview->show();
            } else {
                showImage(path, title, this);
            }
        });
    updateDetail();
}

} // namespace migo::views
