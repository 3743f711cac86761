#pragma once
// The steps an operator takes with the one-time password dialog, for GUI tests against the sandbox.

#include "OtpDialog.h"
#include "WidgetLookup.h"

#include <QApplication>
#include <QLineEdit>
#include <QStringView>
#include <QTest>

namespace migo::e2e {

/// The visible OTP dialog, found the way an operator sees it: as a window of its own; nullptr when none is shown.
inline views::OtpDialog* visibleOtpDialog() {
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows)
        if (auto* dialog = qobject_cast<views::OtpDialog*>(window); dialog && dialog->isVisible())
            return dialog;
    return nullptr;
}

/// The six-digit field of `dialog` (typing the sixth digit submits).
inline QLineEdit* codeField(views::OtpDialog* dialog) {
    return byName<QLineEdit>(dialog, QStringLiteral("One-time password, six digits"));
}

/// Waits up to `limitMs` for the OTP dialog to say where the code went (a text containing `sentTo`, e.g. the masked
/// "s***@migo.test") and to accept typing; nullptr when it does not.
inline views::OtpDialog* waitForOtpDialog(int limitMs, QStringView sentTo = u"@migo.test") {
    views::OtpDialog* dialog = nullptr;
    const bool ready = QTest::qWaitFor(
        [&dialog, sentTo] {
            dialog = visibleOtpDialog();
            return dialog && codeField(dialog)->isEnabled() &&
                   labelText(dialog, QStringLiteral("Where the code was sent")).contains(sentTo);
        },
        limitMs);
    return ready ? dialog : nullptr;
}

/// A different six-digit code than `code`.
inline QString wrongCode(const QString& code) {
    QString wrong = code;
    wrong[0] = code.at(0) == u'9' ? u'0' : QChar(code.at(0).unicode() + 1);
    return wrong;
}

} // namespace migo::e2e
