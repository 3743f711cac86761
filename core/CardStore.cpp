#include "CardStore.h"

namespace migo::core {

void CardStore::publish(const api::Card& card) {
    Q_EMIT cardChanged(card);
}

void CardStore::publishStatuses(const QList<qint64>& cardIds, api::CardStatus status) {
    if (!cardIds.isEmpty())
        Q_EMIT cardStatusesChanged(cardIds, status);
}

void CardStore::noteFundsMoved() {
    Q_EMIT fundsMoved();
}

} // namespace migo::core
