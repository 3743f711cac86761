#pragma once

#include "Types.h"

#include <QCoreApplication>
#include <QString>

namespace migo::core {

/// Everything an agent can do to one card (issue 12).
enum class CardOperation {
    Activate,
    Block,
    Unblock,
    AddFunds,
    WithdrawFunds,
    Transfer, ///< as the source card
    Movements,
    ActivationLink,
};

/// The one place that says which operations a card allows, and why not (contract §7 transitions, §10 owned cards).
///
/// A linked card belongs to another cardholder: only its movements can be read. A card not assigned to a cardholder
/// allows nothing (the CMS paths are per cardholder). State changes follow INACTIVE→ACTIVE, ACTIVE→BLOCKED,
/// BLOCKED→ACTIVE; money moves only on an active card; the activation page is for an inactive card. The operator's
/// permissions join this table in the working-day issue. Pure functions; any thread.
class CardPolicy {
    Q_DECLARE_TR_FUNCTIONS(migo::core::CardPolicy)

public:
    /// Why `operation` cannot be done on `card`, as a translated sentence for a tooltip or message; empty when it
    /// can.
    static QString unavailableReason(const api::Card& card, CardOperation operation);
    static bool allows(const api::Card& card, CardOperation operation) {
        return unavailableReason(card, operation).isEmpty();
    }
    /// The state operation for a CMS card action.
    static CardOperation operationFor(api::CardAction action);
    /// Whether `card` can receive a transfer from `from` (an active, owned card of the same cardholder, not itself).
    static QString transferTargetReason(const api::Card& from, const api::Card& card);
};

} // namespace migo::core
