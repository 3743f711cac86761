#pragma once

#include <QString>
#include <QtGlobal>

/// The product's named colours (0xRRGGBB), so views carry no colour literal of their own (issue 12). Style sheets
/// are built from these by the helpers below; GUI thread or any thread (pure functions).
namespace migo::core::palette {

/// The red of a problem: a field's message, an error line of a dialog (contrast 5.6:1 on white).
constexpr quint32 error = 0xc62828;

/// `rgb` as a style-sheet colour, "#c62828".
inline QString cssColor(quint32 rgb) {
    return QStringLiteral("#%1").arg(rgb & 0xffffffu, 6, 16, QLatin1Char('0'));
}

/// The style sheet of a problem under a field: "color: #c62828;".
inline QString errorTextStyle() {
    return QStringLiteral("color: %1;").arg(cssColor(error));
}

/// The style sheet of a dialog's error line: red and bold.
inline QString errorMessageStyle() {
    return QStringLiteral("color: %1; font-weight: bold;").arg(cssColor(error));
}

} // namespace migo::core::palette
