#pragma once

#include <cstdint>

/// The product's named colours, as 0xAARRGGBB integers (QRgb's layout: QColor::fromRgba(value)). Views name a
/// colour by its role here instead of writing a literal, so a colour changes in one place.
namespace migo::core::palette {

/// Text of a problem (a refusal, an unknown outcome) on a light background.
inline constexpr std::uint32_t problemText = 0xffc62828;

// The card status badges: the Okabe–Ito palette, told apart with every colour-vision deficiency (shapes differ too).
inline constexpr std::uint32_t statusActive = 0xff009e73;   ///< bluish green
inline constexpr std::uint32_t statusInactive = 0xff0072b2; ///< blue
inline constexpr std::uint32_t statusBlocked = 0xffd55e00;  ///< vermillion
inline constexpr std::uint32_t statusUnknown = 0xffcc79a7;  ///< reddish purple

} // namespace migo::core::palette
