#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace migo::views::detail {

/// A red, word-wrapped, plain-text message under a form field, hidden until set, read by screen readers as
/// `accessibleName` ("Amount problem"). Every form shows bad input this way, at the field it concerns.
QLabel* fieldProblemLabel(const QString& accessibleName, QWidget* parent);

/// Adds a form row: `label` (with its mnemonic, buddy of `input`), then `input` with `problem` right under it.
void addFieldRow(QFormLayout* form, const QString& label, QWidget* input, QLabel* problem);

} // namespace migo::views::detail
