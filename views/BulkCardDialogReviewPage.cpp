#include "BulkCardDialogReviewPage.h"

#include "BulkCardDialogParts.h"
#include "BulkResultModel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace migo::views {

BulkCardDialogReviewPage::BulkCardDialogReviewPage(models::BulkResultModel* model, api::BulkCardAction action,
                                                   QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_action(action) {
    m_summary = detail::bulkLabel(tr("Review summary"), this, true);
    m_leftOut = detail::bulkLabel(tr("Lines left out"), this);
    m_leftOut->hide();

    m_table = detail::bulkCardTable(model, this);
    m_proxy = qobject_cast<QSortFilterProxyModel*>(m_table->model());
    m_table->setAccessibleName(action == api::BulkCardAction::Block ? tr("Cards to block") : tr("Cards to unblock"));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    for (int column : {models::BulkResultModel::OutcomeColumn, models::BulkResultModel::StatusNowColumn,
                       models::BulkResultModel::MessageColumn})
        m_table->setColumnHidden(column, true);
    auto* remove = new QAction(tr("Remove selected cards"), m_table);
    remove->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(remove);
    connect(remove, &QAction::triggered, this, &BulkCardDialogReviewPage::removeSelected);

    auto* tableLabel = new QLabel(tr("C&ards (Delete removes the selected rows):"), this);
    tableLabel->setBuddy(m_table);
    m_status = detail::bulkLabel(tr("Review status"), this);
    m_status->hide();

    m_remove = detail::bulkButton(tr("&Remove selected"), tr("Remove selected cards"), this);
    m_remove->setEnabled(false);
    auto* back = detail::bulkButton(tr("&Add or change ids…"), tr("Add or change ids"), this);
    m_confirm = detail::bulkButton(QString(), tr("Confirm"), this);
    m_confirm->setDefault(true);
    auto* cancel = detail::bulkButton(tr("Cancel"), tr("Cancel"), this);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    buttons->addButton(back, QDialogButtonBox::ActionRole);
    buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);
    buttons->addButton(cancel, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_leftOut);
    layout->addWidget(tableLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setTabOrder(m_table, m_remove);
    setTabOrder(m_remove, back);
    setTabOrder(back, m_confirm);
    setTabOrder(m_confirm, cancel);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_remove->setEnabled(m_table->selectionModel()->hasSelection()); });
    connect(m_remove, &QPushButton::clicked, this, &BulkCardDialogReviewPage::removeSelected);
    connect(back, &QPushButton::clicked, this, &BulkCardDialogReviewPage::backRequested);
    connect(m_confirm, &QPushButton::clicked, this, &BulkCardDialogReviewPage::confirmRequested);
    connect(cancel, &QPushButton::clicked, this, &BulkCardDialogReviewPage::cancelRequested);
    connect(m_model, &models::BulkResultModel::countsChanged, this, &BulkCardDialogReviewPage::refresh);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BulkCardDialogReviewPage::refresh);
}

void BulkCardDialogReviewPage::setLeftOut(const QString& text) {
    detail::setBulkMessage(m_leftOut, text);
}

void BulkCardDialogReviewPage::setStatus(const QString& text) {
    detail::setBulkMessage(m_status, text);
}

void BulkCardDialogReviewPage::setBusy(bool busy) {
    m_busy = busy;
    refresh();
}

void BulkCardDialogReviewPage::focus(bool focusTable) {
    m_confirm->setDefault(true);
    if (focusTable)
        m_table->setFocus();
    else
        m_confirm->setFocus();
}

void BulkCardDialogReviewPage::removeSelected() {
    if (m_busy)
        return;
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected)
        rows << m_proxy->mapToSource(index).row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    // Contiguous runs in one call each, from the bottom so the rows above keep their numbers.
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) - 1)
            ++j;
        m_model->removeRows(rows.at(j), int(j - i + 1));
        i = j + 1;
    }
    m_remove->setEnabled(m_table->selectionModel()->hasSelection());
}

void BulkCardDialogReviewPage::refresh() {
    const int total = m_model->rowCount();
    const bool block = m_action == api::BulkCardAction::Block;
    const int already = m_model->countWithStatus(block ? api::CardStatus::Blocked : api::CardStatus::Active);
    const int inactive = m_model->countWithStatus(api::CardStatus::Inactive);
    QStringList parts{tr("%n card(s)", nullptr, total),
                      block ? tr("%n already blocked", nullptr, already) : tr("%n already active", nullptr, already),
                      tr("%n state not known", nullptr, m_model->unknownCount())};
    if (inactive > 0)
        parts << tr("%n inactive (the server will refuse them)", nullptr, inactive);
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    // The button counts what will change: a card already in the target state is left as it is (issue 14).
    const int toChange = total - already;
    if (block)
        m_confirm->setText(tr("&Block %n card(s)…", nullptr, toChange));
    else
        m_confirm->setText(tr("&Unblock %n card(s)…", nullptr, toChange));
    m_confirm->setEnabled(toChange > 0 && !m_busy);
}

} // namespace migo::views
