#include "ListTable.h"

#include <QHeaderView>
#include <QTableView>

namespace migo::views {

void prepareListTable(QTableView* table, QAbstractItemModel* model, const QString& accessibleName,
                      QAbstractItemView::SelectionMode mode) {
    table->setModel(model);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(mode);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    table->verticalHeader()->hide();
}

} // namespace migo::views
