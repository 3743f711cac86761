#pragma once

#include <QString>
#include <QtGlobal>

/// The product's few fixed colours, named for what they mean (issue 12: no `#rrggbb` literal in views/). Each is a
/// 24-bit RGB value (0xRRGGBB); views turn them into style sheets with the helpers below. Colour is never the only
/// cue: every coloured text also says what it means. Pure functions, safe on any thread.
namespace migo::core::palette {

/// Text of a problem or failure the agent must read (a field problem, an error line; contrast 5.6:1 on white).
constexpr quint32 errorText = 0xc62828;
/// Background of the PRODUCTION environment badge: the one environment to notice.
constexpr quint32 productionBadge = 0x8b0000;
/// Text on productionBadge.
constexpr quint32 productionBadgeText = 0xffffff;
/// Background of the sandbox (non-production) environment badge.
constexpr quint32 sandboxBadge = 0xffd54f;
/// Text on sandboxBadge.
constexpr quint32 sandboxBadgeText = 0x000000;

// The card status badges: the Okabe–Ito palette, told apart with every colour-vision deficiency (shapes differ too).
// For QPainter: QColor::fromRgb(value).
constexpr quint32 statusActive = 0x009e73;   ///< bluish green
constexpr quint32 statusInactive = 0x0072b2; ///< blue
constexpr quint32 statusBlocked = 0xd55e00;  ///< vermillion
constexpr quint32 statusUnknown = 0xcc79a7;  ///< reddish purple

/// Behind the part of a cell that matched the search (issue 14); text on it stays black (contrast > 15:1).
constexpr quint32 searchMatch = 0xffe082;

/// `rgb` (0xRRGGBB) as a CSS colour: "#c62828".
inline QString css(quint32 rgb) {
    return QStringLiteral("#%1").arg(rgb & 0xffffffu, 6, 16, QLatin1Char('0'));
}

/// A style sheet that colours a widget's text: "color: #c62828;".
inline QString textColorStyle(quint32 rgb) {
    return QStringLiteral("color: %1;").arg(css(rgb));
}

/// The style sheet of a problem under a field: errorText.
inline QString errorTextStyle() {
    return textColorStyle(errorText);
}

/// The style sheet of a dialog's error line: errorText, bold.
inline QString errorMessageStyle() {
    return QStringLiteral("color: %1; font-weight: bold;").arg(css(errorText));
}

} // namespace migo::core::palette
