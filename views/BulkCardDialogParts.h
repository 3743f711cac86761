#pragma once

#include <QString>

class QLabel;
class QPushButton;
class QTableView;
class QWidget;

namespace migo::models {
class BulkResultModel;
}

/// Pieces the bulk dialog's pages share.
namespace migo::views::detail {

/// A sortable table over `model` (through a proxy sorted by BulkResultModel::SortRole), one line per card, columns
/// as wide as their text (measured on the first rows only: lists reach 10,000 cards).
QTableView* bulkCardTable(models::BulkResultModel* model, QWidget* parent);
/// A word-wrapped label named `accessibleName` for assistive technology; `bold` for a page's summary line.
QLabel* bulkLabel(const QString& accessibleName, QWidget* parent, bool bold = false);
/// A push button with its mnemonic `text` and its `accessibleName`.
QPushButton* bulkButton(const QString& text, const QString& accessibleName, QWidget* parent);
/// Shows `text` in `label`, hidden when empty.
void setBulkMessage(QLabel* label, const QString& text);

} // namespace migo::views::detail
