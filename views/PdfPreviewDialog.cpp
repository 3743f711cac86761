#include "PdfPreviewDialog.h"

#include "Palette.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace migo::views {

namespace {

constexpr qreal kZoomStep = 1.25;
constexpr qreal kMinZoom = 0.1;
constexpr qreal kMaxZoom = 8.0;

/// Logical pixels per point, as QPdfView itself computes page sizes (primary screen's logical DPI / 72).
qreal pixelsPerPoint() {
    const QScreen* screen = QGuiApplication::primaryScreen();
    return screen ? screen->logicalDotsPerInch() / 72.0 : 96.0 / 72.0;
}

} // namespace

PdfPreviewDialog::PdfPreviewDialog(const QString& path, QWidget* parent)
    : QDialog(parent)
    , m_document(new QPdfDocument(this))
    , m_view(new QPdfView(this))
    , m_page(new QSpinBox(this))
    , m_pageCount(new QLabel(this))
    , m_previous(new QPushButton(tr("P&revious"), this))
    , m_next(new QPushButton(tr("&Next"), this))
    , m_zoomOut(new QPushButton(tr("Zoom &out"), this))
    , m_zoomIn(new QPushButton(tr("Zoom &in"), this))
    , m_fit(new QPushButton(tr("Fit &width"), this))
    , m_zoomLabel(new QLabel(this))
    , m_message(new QLabel(this)) {
    const QString fileName = QFileInfo(path).fileName();
    setWindowTitle(tr("Preview — %1").arg(fileName));
    setModal(false);
    setSizeGripEnabled(true);

    m_view->setAccessibleName(tr("Report pages"));
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);           // 6.4 renders blank pages in the fit modes
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn); // a stable width: fitting cannot flip the bar
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->setDocument(m_document);
    m_view->viewport()->installEventFilter(this);

    auto* pageLabel = new QLabel(tr("Pa&ge:"), this);
    pageLabel->setBuddy(m_page);
    m_page->setAccessibleName(tr("Page number"));
    m_page->setRange(1, 1);
    m_pageCount->setAccessibleName(tr("Page count"));
    m_previous->setAccessibleName(tr("Previous page"));
    m_previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_previous->setToolTip(tr("Previous page (%1)").arg(m_previous->shortcut().toString(QKeySequence::NativeText)));
    m_next->setAccessibleName(tr("Next page"));
    m_next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_next->setToolTip(tr("Next page (%1)").arg(m_next->shortcut().toString(QKeySequence::NativeText)));
    m_zoomOut->setAccessibleName(tr("Zoom out"));
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_zoomIn->setAccessibleName(tr("Zoom in"));
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    m_fit->setAccessibleName(tr("Fit width"));
    m_fit->setCheckable(true);
    m_fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_zoomLabel->setAccessibleName(tr("Zoom level"));
    m_message->setAccessibleName(tr("Preview problem"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(core::palette::textColorStyle(core::palette::errorText));
    m_message->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close preview"));

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(pageLabel);
    toolbar->addWidget(m_page);
    toolbar->addWidget(m_pageCount);
    toolbar->addWidget(m_previous);
    toolbar->addWidget(m_next);
    toolbar->addStretch(1);
    toolbar->addWidget(m_zoomOut);
    toolbar->addWidget(m_zoomLabel);
    toolbar->addWidget(m_zoomIn);
    toolbar->addWidget(m_fit);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    setTabOrder(m_page, m_previous);
    setTabOrder(m_previous, m_next);
    setTabOrder(m_next, m_zoomOut);
    setTabOrder(m_zoomOut, m_zoomIn);
    setTabOrder(m_zoomIn, m_fit);
    setTabOrder(m_fit, m_view);
    setTabOrder(m_view, buttons);

    connect(m_page, &QSpinBox::valueChanged, this, [this](int value) { goToPage(value - 1); });
    connect(m_previous, &QPushButton::clicked, this, &PdfPreviewDialog::previousPage);
    connect(m_next, &QPushButton::clicked, this, &PdfPreviewDialog::nextPage);
    connect(m_zoomOut, &QPushButton::clicked, this, &PdfPreviewDialog::zoomOut);
    connect(m_zoomIn, &QPushButton::clicked, this, &PdfPreviewDialog::zoomIn);
    connect(m_fit, &QPushButton::clicked, this, &PdfPreviewDialog::fitWidth);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this, &PdfPreviewDialog::updateControls);
    connect(m_document, &QPdfDocument::statusChanged, this, [this](QPdfDocument::Status status) {
        if (status == QPdfDocument::Status::Ready && m_fitWidth)
            applyFitWidth();
        updateControls();
    });

    const QPdfDocument::Error error = m_document->load(path);
    if (error != QPdfDocument::Error::None) {
        QString reason;
        switch (error) {
        case QPdfDocument::Error::FileNotFound:
            reason = tr("the file was not found. It may have been moved or deleted.");
            break;
        case QPdfDocument::Error::InvalidFileFormat:
            reason = tr("the file is not a valid PDF document.");
            break;
        default:
            reason = tr("the file could not be read.");
            break;
        }
        m_message->setText(tr("The report cannot be shown: %1").arg(reason));
        m_message->show();
    }
    resize(QSize(760, 860).boundedTo(screen()->availableGeometry().size())); // fits a 1280×720 screen (issue 14)
    m_view->setFocus();                                                      // arrow and page keys scroll at once
    applyFitWidth();
    updateControls();
}

PdfPreviewDialog::~PdfPreviewDialog() {
    m_view->setDocument(nullptr); // the view must not paint a document that is being destroyed
}

int PdfPreviewDialog::currentPage() const {
    return m_view->pageNavigator()->currentPage();
}

void PdfPreviewDialog::goToPage(int page) {
    const int count = m_document->pageCount();
    if (count <= 0)
        return;
    page = std::clamp(page, 0, count - 1);
    if (page != currentPage())
        m_view->pageNavigator()->jump(page, QPointF(), m_view->zoomFactor());
    updateControls();
}

void PdfPreviewDialog::nextPage() {
    goToPage(currentPage() + 1);
}

void PdfPreviewDialog::previousPage() {
    goToPage(currentPage() - 1);
}

void PdfPreviewDialog::zoomIn() {
    m_fitWidth = false;
    applyZoom(m_view->zoomFactor() * kZoomStep);
}

void PdfPreviewDialog::zoomOut() {
    m_fitWidth = false;
    applyZoom(m_view->zoomFactor() / kZoomStep);
}

void PdfPreviewDialog::fitWidth() {
    m_fitWidth = true;
    applyFitWidth();
}

bool PdfPreviewDialog::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view->viewport() && event->type() == QEvent::Resize && m_fitWidth)
        applyFitWidth();
    return QDialog::eventFilter(watched, event);
}

void PdfPreviewDialog::applyZoom(qreal factor) {
    // Keep the same part of the document at the top: scale the scroll position with the document's height.
    QScrollBar* bar = m_view->verticalScrollBar();
    const qreal before = qreal(bar->maximum() + bar->pageStep());
    const qreal fraction = before > 0 ? bar->value() / before : 0;
    m_view->setZoomFactor(std::clamp(factor, kMinZoom, kMaxZoom));
    bar->setValue(qRound(fraction * (bar->maximum() + bar->pageStep())));
    updateControls();
}

void PdfPreviewDialog::applyFitWidth() {
    if (m_document->status() != QPdfDocument::Status::Ready || m_document->pageCount() <= 0) {
        updateControls();
        return;
    }
    qreal widestPoints = 0;
    for (int page = 0; page < m_document->pageCount(); ++page)
        widestPoints = std::max(widestPoints, m_document->pagePointSize(page).width());
    const QMargins margins = m_view->documentMargins();
    const int available = m_view->viewport()->width() - margins.left() - margins.right();
    if (widestPoints <= 0 || available <= 0)
        return;
    // QPdfView sizes a page as points × (logical DPI / 72) × zoom; solve that for the available width.
    applyZoom(qreal(available) / (widestPoints * pixelsPerPoint()));
}

void PdfPreviewDialog::updateControls() {
    const bool ready = m_document->status() == QPdfDocument::Status::Ready;
    const int count = ready ? m_document->pageCount() : 0;
    const int page = currentPage();
    {
        const QSignalBlocker blocker(m_page);
        m_page->setRange(1, std::max(1, count));
        m_page->setValue(page + 1);
    }
    m_page->setEnabled(count > 1);
    m_pageCount->setText(tr("of %n", nullptr, count));
    m_previous->setEnabled(ready && page > 0);
    m_next->setEnabled(ready && page + 1 < count);
    m_zoomIn->setEnabled(ready && m_view->zoomFactor() < kMaxZoom);
    m_zoomOut->setEnabled(ready && m_view->zoomFactor() > kMinZoom);
    m_fit->setEnabled(ready);
    m_fit->setChecked(m_fitWidth);
    m_zoomLabel->setText(tr("%1%").arg(QLocale().toString(qRound(m_view->zoomFactor() * 100))));
}

} // namespace migo::views
