#include "StreamedList.h"

namespace migo::api::detail {

QThreadPool* streamedListPool() {
    // Leaked on purpose: a static pool would wait at exit for workers whose feeds the ending calls abort anyway.
    static QThreadPool* const pool = [] {
        auto* created = new QThreadPool;
        created->setMaxThreadCount(4); // a partner list and a cardholder's cards at once, with room to spare
        created->setExpiryTimeout(30000);
        return created;
    }();
    return pool;
}

} // namespace migo::api::detail
