#include "AppClipboard.h"

#include <QClipboard>
#include <QGuiApplication>

namespace migo::views::appClipboard {

namespace {

/// What the app last copied; cleared with the clipboard. Held in memory only, like the window's own data.
QString& lastCopied() {
    static QString text;
    return text;
}

} // namespace

void copy(const QString& text) {
    lastCopied() = text;
    QGuiApplication::clipboard()->setText(text);
}

bool clearIfOurs() {
    QClipboard* clipboard = QGuiApplication::clipboard();
    const bool ours = !lastCopied().isEmpty() && clipboard->text() == lastCopied();
    if (ours)
        clipboard->clear();
    lastCopied().clear();
    return ours;
}

} // namespace migo::views::appClipboard
