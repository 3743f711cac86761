#include "FieldProblemLabel.h"

#include "Palette.h"

#include <QLabel>

namespace migo::views::detail {

QLabel* fieldProblemLabel(const QString& accessibleName, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(core::palette::errorTextStyle());
    label->setAccessibleName(accessibleName);
    label->hide();
    return label;
}

} // namespace migo::views::detail
