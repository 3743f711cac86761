#pragma once

#include "CmsClient.h"

#include <functional>
#include <optional>

namespace migo::core {

/// Reads one card again as the server now shows it (GET …/cardholders/{cardholderId}/cards, seed 002): the one
/// re-read after an action whose answer was lost, refused as stale, or did not carry the card. A read, never a
/// resend. `done` gets the owned card with `cardId` (std::nullopt when the list no longer holds it), or the read's
/// error; it is called once, on the GUI thread, unless `context` is destroyed first. Returns the call's handle.
api::CallHandle rereadCard(api::CmsClient* client, qint64 cardholderId, qint64 cardId, QObject* context,
                           std::function<void(const api::Result<std::optional<api::Card>>& card)> done);

} // namespace migo::core
