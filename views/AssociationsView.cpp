#include "AssociationsView.h"

#include "AssociateCardDialog.h"
#include "AssociationListModel.h"
#include "ListTable.h"
#include "LoadStatePanel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace migo::views {

AssociationsView::AssociationsView(const core::OperationContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new models::AssociationListModel(context.client, this))
    , m_associate(new QPushButton(tr("&Associate a card…"), this))
    , m_reloadButton(new QPushButton(tr("Re&load"), this))
    , m_reload(new QAction(tr("Re&load"), this))
    , m_stack(new QStackedWidget(this))
    , m_state(new LoadStatePanel(LoadStatePanel::Shape::Page,
                                 {tr("Associations status"), tr("Loading the associations"), tr("Retry")}, m_stack))
    , m_table(new QTableView(m_stack)) {
    setAccessibleName(tr("Associations"));

    m_associate->setAccessibleName(tr("Associate a card"));
    m_associate->setAutoDefault(false);
    m_reload->setShortcut(QKeySequence::Refresh);
    m_reload->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_reload);
    m_reloadButton->setAccessibleName(tr("Reload associations"));
    m_reloadButton->setToolTip(
        tr("Ask the server again (%1)").arg(m_reload->shortcut().toString(QKeySequence::NativeText)));
    m_reloadButton->setAutoDefault(false);

    m_state->textLabel()->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    prepareListTable(m_table, m_model, tr("Associated cards"), QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_stack->addWidget(m_state);
    m_stack->addWidget(m_table);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_associate);
    buttons->addStretch();
    buttons->addWidget(m_reloadButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_stack, 1);
    setTabOrder(m_associate, m_reloadButton);
    setTabOrder(m_reloadButton, m_table);
    setTabOrder(m_table, m_state->actionButton());

    connect(m_associate, &QPushButton::clicked, this, &AssociationsView::openDialog);
    connect(m_reloadButton, &QPushButton::clicked, this, &AssociationsView::reload);
    connect(m_reload, &QAction::triggered, this, &AssociationsView::reload);
    connect(m_state, &LoadStatePanel::actionTriggered, this, &AssociationsView::reload);
    connect(m_model, &models::AssociationListModel::stateChanged, this, &AssociationsView::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AssociationsView::updateState);
    clear();
}

AssociationsView::~AssociationsView() {
    closeDialog();
}

void AssociationsView::showCardholder(qint64 cardholderId) {
    if (cardholderId <= 0) {
        clear();
        return;
    }
    closeDialog();
    m_cardholderId = cardholderId;
    m_model->load(cardholderId);
}

void AssociationsView::clear() {
    closeDialog();
    m_cardholderId = 0;
    m_model->clear();
}

void AssociationsView::reload() {
    if (m_cardholderId > 0)
        m_model->reload(); // a read: replacing one on its way is harmless
}

void AssociationsView::openDialog() {
    if (m_cardholderId <= 0)
        return;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    auto* dialog = new AssociateCardDialog(m_context, m_cardholderId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 cardholderId = m_cardholderId;
    connect(dialog, &AssociateCardDialog::associated, this, [this, cardholderId](const api::Association& association) {
        if (cardholderId != m_cardholderId)
            return; // the view moved on; the next load shows it
        m_model->addAssociation(association);
        Q_EMIT associationCreated(association);
    });
    connect(dialog, &AssociateCardDialog::reloadRequested, this, &AssociationsView::reload);
    m_dialog = dialog;
    dialog->open(); // window-modal, no nested event loop
}

void AssociationsView::closeDialog() {
    if (!m_dialog)
        return;
    AssociateCardDialog* dialog = m_dialog;
    m_dialog = nullptr;
    dialog->disconnect(this); // closing is not the agent's answer
    dialog->reject();         // cancels its request; WA_DeleteOnClose deletes it
}

void AssociationsView::updateState() {
    using State = models::AssociationListModel::State;
    const State state = m_model->state();
    const bool rows = m_model->rowCount() > 0;
    m_associate->setEnabled(m_cardholderId > 0);
    m_reloadButton->setEnabled(m_cardholderId > 0 && state != State::Loading);
    m_reload->setEnabled(m_reloadButton->isEnabled());

    QString message;
    bool retry = false;
    switch (state) {
    case State::Idle:
        message = tr("Open a cardholder to see their associated cards.");
        break;
    case State::Loading:
        if (!rows)
            message = tr("Loading the associated cards…");
        break;
    case State::Ready:
        if (!rows)
            message = tr("No third-party cards are associated with this cardholder. Use \"Associate a card…\" to "
                         "link one.");
        break;
    case State::Error: {
        const api::ApiError& error = *m_model->error();
        message = error.userMessage.isEmpty() ? tr("The associated cards could not be loaded.") : error.userMessage;
        retry = error.worthRetrying();
        break;
    }
    }
    if (retry)
        m_state->showAction(message, tr("&Retry"));
    else if (state == State::Loading)
        m_state->showBusy(message);
    else
        m_state->showText(message);
    const bool showTable = message.isEmpty();
    QWidget* focused = focusWidget();
    m_stack->setCurrentWidget(showTable ? static_cast<QWidget*>(m_table) : m_state);
    if (retry && focused && !focused->isVisible())
        m_state->actionButton()->setFocus(); // the focus was on the table that went away
}

} // namespace migo::views
