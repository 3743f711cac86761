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
    /// can. With `permissions` (contract §14), an operation the operator's role lacks is refused first, naming the
    /// permission ("Your role does not allow blocking cards — cards-admin:block"); null permissions (not known)
    /// refuse nothing for that reason.
    static QString unavailableReason(const api::Card& card, CardOperation operation,
                                     const api::OperatorPermissions* permissions = nullptr);
    static bool allows(const api::Card& card, CardOperation operation,
                       const api::OperatorPermissions* permissions = nullptr) {
        return unavailableReason(card, operation, permissions).isEmpty();
    }
    /// Why the operator's role does not allow `operation` on any card, naming the permission; empty when it does or
    /// when `permissions` is null (not known). Bulk block/unblock ask for CardOperation::Block / Unblock.
    static QString permissionReason(CardOperation operation, const api::OperatorPermissions* permissions);
    /// The state operation for a CMS card action.
    static CardOperation operationFor(api::CardAction action);
    /// Whether `card` can receive a transfer from `from` (an active, owned card of the same cardholder, not itself).
    static QString transferTargetReason(const api::Card& from, const api::Card& card);
};

} // namespace migo::core
