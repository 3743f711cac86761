#pragma once

#include <QDialog>

class QLabel;
class QPdfDocument;
class QPdfView;
class QPushButton;
class QSpinBox;

namespace migo::views {

/// A non-modal preview of a downloaded PDF report (issue 6) with page navigation and zoom.
///
/// QPdfView in Qt 6.4 draws blank pages in its FitToWidth and FitInView modes, so the view always runs in Custom
/// zoom; "fit to width" is computed here from the viewport width on every resize. Zooming in or out leaves fitting
/// until "Fit width" is chosen again. A file that cannot be read is said in the dialog instead of the pages.
class PdfPreviewDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfPreviewDialog)

public:
    /// Loads `path` at once (a local file); see document()->status() and the message label for failures.
    explicit PdfPreviewDialog(const QString& path, QWidget* parent = nullptr);
    ~PdfPreviewDialog() override;

    QPdfDocument* document() const { return m_document; }
    QPdfView* view() const { return m_view; }
    /// The page shown at the top of the view, 0-based.
    int currentPage() const;
    /// True while the zoom follows the view's width.
    bool fitsWidth() const { return m_fitWidth; }

public Q_SLOTS:
    /// Scrolls to `page` (0-based, clamped to the document).
    void goToPage(int page);
    void nextPage();
    void previousPage();
    /// Zoom steps of 25 %, between 10 % and 800 % of the page's natural size.
    void zoomIn();
    void zoomOut();
    /// Makes the page as wide as the view again, now and after every resize.
    void fitWidth();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyZoom(qreal factor);
    void applyFitWidth();
    void updateControls();

    QPdfDocument* m_document;
    QPdfView* m_view;
    QSpinBox* m_page;
    QLabel* m_pageCount;
    QPushButton* m_previous;
    QPushButton* m_next;
    QPushButton* m_zoomOut;
    QPushButton* m_zoomIn;
    QPushButton* m_fit;
    QLabel* m_zoomLabel;
    QLabel* m_message;
    bool m_fitWidth = true;
};

} // namespace migo::views
