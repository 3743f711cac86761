#include "OperationContext.h"

#include "Types.h"

namespace migo::core {

bool needsCodeFirst(const OperationContext& context, const char* resource) {
    const api::OperatorPermissions* permissions = context.permissions();
    return permissions && permissions->holds(QString::fromLatin1(resource), u"otp");
}

} // namespace migo::core
