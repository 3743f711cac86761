#include "CardPolicy.h"

namespace migo::core {

namespace {

QString unknownStatus(const api::Card& card) {
    return CardPolicy::tr("This card's status (%1) is not known to this application: refresh the list.")
        .arg(card.statusWire);
}

QString stateChangeReason(const api::Card& card, CardOperation operation) {
    switch (card.status) {
    case api::CardStatus::Inactive:
        if (operation == CardOperation::Block)
            return CardPolicy::tr("This card is not active yet: activate it first.");
        if (operation == CardOperation::Unblock)
            return CardPolicy::tr("This card is not blocked: it is inactive.");
        return {};
    case api::CardStatus::Active:
        if (operation == CardOperation::Activate)
            return CardPolicy::tr("This card is already active.");
        if (operation == CardOperation::Unblock)
            return CardPolicy::tr("This card is not blocked.");
        return {};
    case api::CardStatus::Blocked:
        if (operation == CardOperation::Activate)
            return CardPolicy::tr("This card is blocked: unblock it instead.");
        if (operation == CardOperation::Block)
            return CardPolicy::tr("This card is already blocked.");
        return {};
    case api::CardStatus::Unknown:
        break;
    }
    return unknownStatus(card);
}

QString moneyReason(const api::Card& card) {
    switch (card.status) {
    case api::CardStatus::Active:
        return {};
    case api::CardStatus::Inactive:
        return CardPolicy::tr("This card is inactive: activate it before moving money.");
    case api::CardStatus::Blocked:
        return CardPolicy::tr("This card is blocked: unblock it before moving money.");
    case api::CardStatus::Unknown:
        break;
    }
    return unknownStatus(card);
}

QString activationReason(const api::Card& card) {
    switch (card.status) {
    case api::CardStatus::Inactive:
        return {};
    case api::CardStatus::Active:
        return CardPolicy::tr("This card is already active.");
    case api::CardStatus::Blocked:
        return CardPolicy::tr("This card is blocked, so it was activated before: unblock it instead.");
    case api::CardStatus::Unknown:
        break;
    }
    return unknownStatus(card);
}

} // namespace

CardOperation CardPolicy::operationFor(api::CardAction action) {
    switch (action) {
    case api::CardAction::Activate:
        return CardOperation::Activate;
    case api::CardAction::Block:
        return CardOperation::Block;
    case api::CardAction::Unblock:
        break;
    }
    return CardOperation::Unblock;
}

QString CardPolicy::permissionReason(CardOperation operation, const api::OperatorPermissions* permissions) {
    if (!permissions)
        return {};
    // The permission each operation needs (ref §4.3) and what the agent reads when the role lacks it.
    const auto lacking = [permissions](const char* resource, const char* action, const QString& what) {
        if (permissions->holds(QString::fromLatin1(resource), QString::fromLatin1(action)))
            return QString();
        return tr("Your role does not allow %1 — %2:%3").arg(what, QLatin1String(resource), QLatin1String(action));
    };
    switch (operation) {
    case CardOperation::Activate:
        return lacking("cards-admin", "activate", tr("activating cards"));
    case CardOperation::Block:
        return lacking("cards-admin", "block", tr("blocking cards"));
    case CardOperation::Unblock:
        return lacking("cards-admin", "unblock", tr("unblocking cards"));
    case CardOperation::AddFunds:
        return lacking("cards-admin", "addFunds", tr("adding funds"));
    case CardOperation::WithdrawFunds:
        return lacking("cards-admin", "withdrawFunds", tr("withdrawing funds"));
    case CardOperation::Transfer:
        return lacking("cards-admin", "transfer", tr("transfers between cards"));
    case CardOperation::Movements:
        return lacking("card-movements", "list", tr("reading movements"));
    case CardOperation::ActivationLink:
        break; // a link to the hosted page: the cardholder activates, not the operator
    }
    return {};
}

QString CardPolicy::unavailableReason(const api::Card& card, CardOperation operation,
                                      const api::OperatorPermissions* permissions) {
    if (QString lacking = permissionReason(operation, permissions); !lacking.isEmpty())
        return lacking;
    if (card.type == api::CardType::Linked) {
        switch (operation) {
        case CardOperation::Movements:
            break;
        case CardOperation::AddFunds:
        case CardOperation::WithdrawFunds:
        case CardOperation::Transfer:
            return tr("This is a linked card of another cardholder: money moves only on the cardholder's own cards.");
        case CardOperation::ActivationLink:
            return tr("This is a linked card of another cardholder: its owner activates it.");
        case CardOperation::Activate:
        case CardOperation::Block:
        case CardOperation::Unblock:
            return tr("This is a linked card of another cardholder: only its owner's cards can be changed.");
        }
    }
    if (!card.cardholderId) {
        switch (operation) {
        case CardOperation::Movements:
            return tr("This card is not assigned to a cardholder yet: it has no movements.");
        case CardOperation::ActivationLink:
            return tr("This card is not assigned to a cardholder yet: the activation page needs the cardholder.");
        default:
            return tr("This card is not assigned to a cardholder yet.");
        }
    }
    switch (operation) {
    case CardOperation::Activate:
    case CardOperation::Block:
    case CardOperation::Unblock:
        return stateChangeReason(card, operation);
    case CardOperation::AddFunds:
    case CardOperation::WithdrawFunds:
    case CardOperation::Transfer:
        return moneyReason(card);
    case CardOperation::ActivationLink:
        return activationReason(card);
    case CardOperation::Movements:
        break;
    }
    return {};
}

QString CardPolicy::transferTargetReason(const api::Card& from, const api::Card& card) {
    if (card.id == from.id)
        return tr("A card cannot receive a transfer from itself.");
    if (card.type == api::CardType::Linked)
        return tr("This is a linked card of another cardholder: money moves only on the cardholder's own cards.");
    if (card.cardholderId.value_or(0) != from.cardholderId.value_or(0))
        return tr("Transfers move money between cards of the same cardholder.");
    return moneyReason(card);
}

} // namespace migo::core
