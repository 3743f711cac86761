#pragma once

#include <QAbstractItemView>

class QAbstractItemModel;
class QTableView;

namespace migo::views {

/// Sets up `table` as every list of the product reads: over `model`, named `accessibleName` for assistive
/// technology, whole rows selected (`mode`), read-only, Tab leaving the table (arrows move inside it), no row
/// numbers, and a sort indicator that points up for ascending and down for descending order. Callers add what is
/// their own (sorting, delegates, column sizes). GUI thread.
void prepareListTable(QTableView* table, QAbstractItemModel* model, const QString& accessibleName,
                      QAbstractItemView::SelectionMode mode);

} // namespace migo::views
