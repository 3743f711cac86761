#include "CardReread.h"

namespace migo::core {

api::CallHandle rereadCard(api::CmsClient* client, qint64 cardholderId, qint64 cardId, QObject* context,
                           std::function<void(const api::Result<std::optional<api::Card>>& card)> done) {
    return client->listCardholderCards(cardholderId, context,
                                       [cardId, done = std::move(done)](const api::Result<QList<api::Card>>& result) {
                                           if (!result.ok()) {
                                               done(result.error());
                                               return;
                                           }
                                           for (const api::Card& card : result.value()) {
                                               // The cardholder's own card: a linked card with the same id is someone
                                               // else's view of it.
                                               if (card.id == cardId && card.type != api::CardType::Linked) {
                                                   done(std::optional<api::Card>(card));
                                                   return;
                                               }
                                           }
                                           done(std::optional<api::Card>());
                                       });
}

} // namespace migo::core
