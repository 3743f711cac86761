#pragma once

#include "CardPolicy.h"
#include "CmsClient.h"
#include "OperationContext.h"

#include <QList>
#include <QUrl>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace migo::models {
class CardListModel;
class CardFilterProxyModel;
} // namespace migo::models

namespace migo::views {

class CardActions;

/// A list of cards with their single-card actions (issue 5): the partner's whole card list (Mode::Partner) or one
/// cardholder's owned and linked cards (Mode::Cardholder), as loaded into the CardListModel it is given.
///
/// A filter field (Ctrl+F; id, masked PAN, alias, cardholder, status) and a status combo narrow the rows locally
/// through a CardFilterProxyModel; a count says "1,234 of 200,000 cards". The Status column is text plus a badge
/// whose colour (Okabe–Ito) and shape both differ per status. Loading and error states offer Retry. Toolbar,
/// context menu and shortcuts: Activate, Block…, Unblock (CardActions), Add funds…, Withdraw funds… (FundsDialog),
/// Transfer… (TransferDialog), Movements (also Enter / double click), Copy activation link, Open activation page,
/// Refresh (F5) and, in Partner mode, Block selected… / Unblock selected… (bulkRequested()). Only the actions legal
/// for the current card are enabled; a disabled one says why in its tooltip and status tip. Linked cards (another
/// cardholder's) offer Movements only: the contract (§10) allows state and money changes on owned cards only.
class CardsView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardsView)

public:
    enum class Mode { Partner, Cardholder };
    /// Every action the view offers (see action()).
    enum class Action {
        Activate,
        Block,
        Unblock,
        AddFunds,
        WithdrawFunds,
        Transfer,
        Movements,
        CopyActivationLink,
        OpenActivationPage,
        Refresh,
        SelectAll,
        BlockSelected,   ///< Partner mode only (hidden otherwise)
        UnblockSelected, ///< Partner mode only (hidden otherwise)
    };

    /// What `context` points to and `model` must outlive the view; the view does not own the model nor load it,
    /// except Refresh (F5) and Retry, which load the same source again. Card changes reach `model` through the
    /// store it follows (give it context.cardStore). Without context.prompter, an OtpDialogPrompter of this view
    /// asks for one-time passwords.
    CardsView(const core::OperationContext& context, models::CardListModel* model, Mode mode,
              QWidget* parent = nullptr);
    ~CardsView() override;

    /// The hosted card-activation page (productionActivationSite() or sandboxActivationSite() by environment) and
    /// the connection profile's client slug (may be empty). Until set, the production page without a slug is used.
    void setActivationSite(const QUrl& pageUrl, const QString& clientSlug);

    Mode mode() const { return m_mode; }
    QAction* action(Action which) const;
    QTableView* table() const { return m_table; }
    QLineEdit* filterField() const { return m_filter; }
    models::CardFilterProxyModel* proxy() const { return m_proxy; }
    /// Puts the cursor in the filter field with its text selected (Ctrl+F).
    void focusFilter();

    /// The card of the current row when that row is selected, or nothing (every single-card action needs one).
    std::optional<api::Card> currentCard() const;
    /// The ids of the selected rows (rows hidden by the filter are never selected), in the order shown.
    QList<qint64> selectedCardIds() const;
    /// The activation page link for the current card, or an invalid QUrl when it has none (see action tooltips).
    QUrl activationLink() const;

Q_SIGNALS:
    /// "Movements" (or Enter / double click) on a card, or "Check the movements" from a money dialog.
    void movementsRequested(const migo::api::Card& card);
    /// "Block selected…" / "Unblock selected…" with the selected rows' card ids (Partner mode).
    void bulkRequested(migo::api::BulkCardAction action, const QList<qint64>& cardIds);

private:
    void createActions();
    QAction* makeAction(Action which, const QString& text, const QKeySequence& shortcut, const QString& tip);
    void buildLayout();
    void updateActions();
    void updateState();
    void updateCount();
    void setAvailability(Action which, const QString& reasonWhenDisabled);
    /// Why `operation` is not available on `card` now (core::CardPolicy, plus "select a card" and the activation
    /// page's configuration); empty when it is.
    QString reason(const std::optional<api::Card>& card, core::CardOperation operation) const;
    void applyFilter();
    void startAction(api::CardAction action);
    void openFunds(bool add);
    void openTransfer();
    void showTransfer(const api::Card& from, const QList<api::Card>& cards);
    void openMovements();
    void copyActivationLink();
    void openActivationPage();
    void refresh();
    void requestBulk(api::BulkCardAction action);
    void showContextMenu(const QPoint& position);
    void showMessage(const QString& text, bool problem);

    core::OperationContext m_context;
    models::CardListModel* m_model;
    Mode m_mode;
    models::CardFilterProxyModel* m_proxy;
    CardActions* m_cardActions;
    QUrl m_activationSite;
    QString m_clientSlug;

    QLineEdit* m_filter;
    QComboBox* m_status;
    QLabel* m_count;
    QLabel* m_message;
    QStackedWidget* m_body;
    QTableView* m_table;
    QLabel* m_stateMessage;
    QPushButton* m_stateRetry;
    QLabel* m_listProblem;
    QPushButton* m_retry;
    QTimer* m_filterDebounce;
    bool m_waitingForAll = false; ///< a streamed load was still arriving at the last updateState()
    QList<QAction*> m_actions;    ///< indexed by Action
    QList<QString> m_tips;        ///< each action's tooltip when enabled, indexed by Action
    api::CallHandle m_transferCards;
};

} // namespace migo::views
