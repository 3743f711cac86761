#pragma once
// Finding widgets the way an assistive technology does: by accessible name (GUI tests).

#include <QLabel>
#include <QList>
#include <QString>
#include <QWidget>

namespace migo::e2e {

/// The widget of type T under `root` whose accessible name is `name`; a visible one wins over hidden ones (a page's
/// own button over the same button of a page not shown). nullptr when there is none.
template <typename T>
T* byName(QWidget* root, const QString& name) {
    T* hidden = nullptr;
    const QList<T*> all = root->findChildren<T*>();
    for (T* widget : all) {
        if (widget->accessibleName() != name)
            continue;
        if (widget->isVisible())
            return widget;
        if (!hidden)
            hidden = widget;
    }
    return hidden;
}

/// The text of the label named `name` under `root`, or a marker naming the missing label (shown by a failed QCOMPARE).
inline QString labelText(QWidget* root, const QString& name) {
    const QLabel* label = byName<QLabel>(root, name);
    return label ? label->text() : QStringLiteral("<no label named %1>").arg(name);
}

} // namespace migo::e2e
