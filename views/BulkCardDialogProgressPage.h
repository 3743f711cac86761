#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace migo::views {

/// The bulk dialog's progress page (issue 5): "Sending batch i of n (k cards)…", a bar of the batches answered, and
/// "Stop after this batch" (a batch on its way is awaited, never dropped).
class BulkCardDialogProgressPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkCardDialogProgressPage)

public:
    /// An empty page; reset() prepares it for an operation.
    explicit BulkCardDialogProgressPage(QWidget* parent = nullptr);

    /// A new operation of `batchCount` batches: nothing answered, Stop enabled.
    void reset(int batchCount);
    /// Batch `index` (0-based) of `cardCount` cards is on its way; `settled` batches have an outcome.
    void showBatch(int index, int cardCount, int settled);
    /// `settled` batches have an outcome.
    void setSettled(int settled);
    /// Stop was asked for: the button is disabled and the text says the answer on its way is awaited.
    void showStopping();
    /// The bar full (the operation ended).
    void complete();

Q_SIGNALS:
    /// "Stop after this batch" was clicked.
    void stopRequested();

private:
    QLabel* m_text;
    QProgressBar* m_progress;
    QPushButton* m_stop;
    int m_batchCount = 0;
};

} // namespace migo::views
