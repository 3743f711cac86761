#pragma once

#include "OperationContext.h"
#include "SignInDialog.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace migo::api {
class CmsClient;
struct Card;
} // namespace migo::api
namespace migo::core {
class Session;
}
namespace migo::models {
class CardholderListModel;
class CardListModel;
} // namespace migo::models
namespace migo::views {
class CardholderDetailView;
class MainWindow;
class MovementsView;
} // namespace migo::views

namespace migo::app {

class Settings;

/// The signed-in workspace: one main window composed of its sections for one session (issues 4–6, 12).
///
/// Builds the window (status bar from the session, the window and table layout from the settings), the cardholder
/// detail with the cardholder's cards and associations, the Cards section (the partner's cards, loaded the first
/// time it is opened), the Movements section and the report downloads dock, and the cardholder open and create
/// actions. Views receive the session's operation context (client, card store, operator e-mail, live permissions).
///
/// The status bar shows the partner's balance (core::PartnerBalance) and, when the operator has several partners, a
/// switcher (issue 13): switching clears every partner-specific row, detail and movement at once, switches the
/// session (paths, permissions, balance) and reloads the lists of the new partner; report downloads keep running.
/// Lives from sign-in to sign-out; the session life itself (lock, unlock, sign-out) stays with AppController.
/// GUI thread only.
class Workspace final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    /// `session` (signed in), `cardholders` and `settings` must outlive the workspace. `profile` names the
    /// environment (the status bar's badge, the activation site of contract §12) and the merchant.
    Workspace(core::Session* session, models::CardholderListModel* cardholders, const views::SignInProfile& profile,
              Settings* settings, QObject* parent = nullptr);
    ~Workspace() override;

    views::MainWindow* window() const { return m_mainWindow.get(); }
    /// The operation context every section gets (prompter null: views ask with their own OtpDialogPrompter).
    const core::OperationContext& operationContext() const { return m_context; }
    /// Writes the window's geometry, docks, column widths and splitter to the settings.
    void saveState();

private:
    /// The Movements section and the report downloads dock (issue 6).
    void buildMovementsAndReports();
    /// The Cards section and the cardholder's cards tab and associations tab of `detail` (issues 5, 6).
    void buildCards(views::CardholderDetailView* detail);
    /// Opening a cardholder of the list, and the new-cardholder form (one at a time).
    void connectCardholderActions(views::CardholderDetailView* detail);
    /// Shows `card`'s movements in the Movements section (from a card list or an unknown money outcome).
    void showMovements(const api::Card& card);
    /// The status bar's partner and balance from the session.
    void connectPartner();
    void showPartnerBalance();
    /// Clears everything of the partner on screen, then asks the session to switch to `partnerId`.
    void switchPartner(qint64 partnerId);
    /// The session works for its new partner: status bar, lists and balance follow.
    void reloadForPartner();

    core::Session* m_session;
    core::OperationContext m_context;
    api::CmsClient* m_client;
    models::CardholderListModel* m_cardholders;
    Settings* m_settings;
    views::SignInProfile m_profile;
    std::unique_ptr<views::MainWindow> m_mainWindow;
    QPointer<views::MovementsView> m_movements;
    QPointer<views::CardholderDetailView> m_detail;
    QPointer<models::CardListModel> m_partnerCards;
};

} // namespace migo::app
