#include "FieldProblemLabel.h"

#include "Palette.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

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

void addFieldRow(QFormLayout* form, const QString& label, QWidget* input, QLabel* problem) {
    auto* title = new QLabel(label, form->parentWidget());
    title->setBuddy(input);
    auto* cell = new QVBoxLayout;
    cell->setSpacing(2);
    cell->addWidget(input);
    cell->addWidget(problem);
    form->addRow(title, cell);
}

} // namespace migo::views::detail
