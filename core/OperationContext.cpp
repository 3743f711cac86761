#include "OperationContext.h"

#include "Types.h"

namespace migo::core {

bool needsCodeFirst(const OperationContext& context, const char* resource) {
    return context.permissions && context.permissions->holds(QString::fromLatin1(resource), u"otp");
}

} // namespace migo::core
