#pragma once

#include "Types.h"

#include <QList>
#include <QObject>

namespace migo::core {

/// The one channel through which a changed card reaches every list and detail (issue 12).
///
/// Operations publish the card as the server answered it after a state change, a funds movement or a transfer, and
/// the new status of the cards a bulk call changed; every card list (models::CardListModel) subscribes. Nothing
/// else announces card changes: dialogs and the client do not. GUI thread only.
class CardStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardStore)

public:
    using QObject::QObject;

    /// `card` as the server now shows it (balance, status…): emits cardChanged().
    void publish(const api::Card& card);
    /// The cards `cardIds` now have `status` (bulk block/unblock): emits cardStatusesChanged() when not empty.
    void publishStatuses(const QList<qint64>& cardIds, api::CardStatus status);

    /// Money was added to or withdrawn from a card, or the outcome is unknown: the partner's balance may have moved
    /// (PartnerBalance re-reads it). Emits fundsMoved().
    void noteFundsMoved();

Q_SIGNALS:
    void cardChanged(const migo::api::Card& card);
    void cardStatusesChanged(const QList<qint64>& cardIds, migo::api::CardStatus status);
    void fundsMoved();
};

} // namespace migo::core
