#include "FieldProblemLabel.h"

#include <QLabel>

namespace migo::views::detail {

QLabel* fieldProblemLabel(const QString& accessibleName, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setAccessibleName(accessibleName);
    label->hide();
    return label;
}

} // namespace migo::views::detail
