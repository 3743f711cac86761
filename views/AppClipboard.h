#pragma once

#include <QString>

namespace migo::views {

/// The system clipboard as the product uses it (issue 13): every copy of cardholder data goes through copy(), so
/// that lock and sign-out can clear what the app put there — and only that: text the agent copied from elsewhere
/// since then is left alone. GUI thread.
namespace appClipboard {

/// Puts `text` on the clipboard and remembers it as the app's.
void copy(const QString& text);
/// Clears the clipboard when it still holds what copy() put there; returns true when it did.
bool clearIfOurs();

} // namespace appClipboard
} // namespace migo::views
