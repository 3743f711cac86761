#pragma once

#include "OperationContext.h"
#include "Types.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace migo::models {
class AssociationListModel;
}

namespace migo::views {

class AssociateCardDialog;
class LoadStatePanel;

/// The "Associations" tab of the cardholder detail (issue 6): the third-party cards linked to the cardholder
/// (GET .../cards/association) and "Associate a card…" (AssociateCardDialog).
///
/// States: no cardholder, loading, an empty list, the table (alias, masked PAN, owner, linked since in local time),
/// and an error sentence with Retry. Reload (F5) asks the server again. A link the dialog created appears at once
/// and associationCreated() is emitted. Showing another cardholder or clear() cancels the request and closes an open
/// dialog.
class AssociationsView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssociationsView)

public:
    /// `context.client` must outlive the view and hold an operator session before showCardholder(); the context is
    /// handed to the dialog's core::AssociateCard.
    explicit AssociationsView(const core::OperationContext& context, QWidget* parent = nullptr);
    ~AssociationsView() override;

    /// Loads the associations of `cardholderId` (> 0; 0 or less clears the view).
    void showCardholder(qint64 cardholderId);
    /// Cancels any request, closes an open dialog and shows "Open a cardholder…".
    void clear();
    /// The cardholder shown; 0 when none.
    qint64 cardholderId() const { return m_cardholderId; }
    /// The rows on screen.
    models::AssociationListModel* model() const { return m_model; }

Q_SIGNALS:
    /// The server linked a card to the shown cardholder through this view's dialog.
    void associationCreated(const migo::api::Association& association);

private:
    void openDialog();
    void closeDialog();
    void reload();
    void updateState();

    core::OperationContext m_context;
    qint64 m_cardholderId = 0;
    models::AssociationListModel* m_model;
    QPushButton* m_associate;
    QPushButton* m_reloadButton;
    QAction* m_reload;
    QStackedWidget* m_stack;
    LoadStatePanel* m_state;
    QTableView* m_table;
    QPointer<AssociateCardDialog> m_dialog;
};

} // namespace migo::views
