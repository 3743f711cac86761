#pragma once

#include "Types.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace migo::models {
class BulkResultModel;
}

namespace migo::views {

/// The bulk dialog's review page (issue 5): a table of the cards with what the known card list says (masked PAN,
/// cardholder, status, or "state not known"), the counts, rows removable (Delete key, "Remove selected"), and the
/// confirm button ("Block N cards…"). Unknown ids are still sent.
class BulkCardDialogReviewPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkCardDialogReviewPage)

public:
    /// `model` must outlive the page.
    BulkCardDialogReviewPage(models::BulkResultModel* model, api::BulkCardAction action, QWidget* parent = nullptr);

    /// What was left out of the pasted list (empty: hidden).
    void setLeftOut(const QString& text);
    /// A sentence under the table, e.g. "Step-up cancelled. Nothing was sent." (empty: hidden).
    void setStatus(const QString& text);
    /// While an operation runs nothing can be removed or confirmed.
    void setBusy(bool busy);
    /// Recounts the summary and the confirm button's words from the model.
    void refresh();
    /// Makes Confirm the default button; `focusTable` gives the table the focus, else the button.
    void focus(bool focusTable);

Q_SIGNALS:
    /// "Block N cards…" / "Unblock N cards…" (only while not busy and the list is not empty).
    void confirmRequested();
    /// "Add or change ids…": back to the ids page.
    void backRequested();
    /// The page's Cancel button.
    void cancelRequested();

private:
    void removeSelected();

    models::BulkResultModel* m_model;
    api::BulkCardAction m_action;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_summary = nullptr;
    QLabel* m_leftOut = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_confirm = nullptr;
    QLabel* m_status = nullptr;
    bool m_busy = false;
};

} // namespace migo::views
