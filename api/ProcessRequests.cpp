#include "ProcessRequests.h"

namespace migo::api {

QString wireValue(ProcessRequestStatus status) {
    switch (status) {
    case ProcessRequestStatus::Pending:
        return QStringLiteral("pending");
    case ProcessRequestStatus::Approved:
        return QStringLiteral("approved");
    case ProcessRequestStatus::Rejected:
        return QStringLiteral("rejected");
    case ProcessRequestStatus::Cancelled:
        return QStringLiteral("cancelled");
    case ProcessRequestStatus::Unknown:
        break;
    }
    return {};
}

ProcessRequestStatus processRequestStatusFromWire(QStringView wire) {
    const QString folded = wire.trimmed().toString().toLower();
    if (folded == u"pending")
        return ProcessRequestStatus::Pending;
    if (folded == u"approved")
        return ProcessRequestStatus::Approved;
    if (folded == u"rejected")
        return ProcessRequestStatus::Rejected;
    if (folded == u"cancelled" || folded == u"canceled")
        return ProcessRequestStatus::Cancelled;
    return ProcessRequestStatus::Unknown;
}

std::optional<EvidenceType> evidenceTypeOf(QByteArrayView head) {
    if (head.startsWith("%PDF-"))
        return EvidenceType::Pdf;
    if (head.startsWith("\xFF\xD8\xFF"))
        return EvidenceType::Jpeg;
    if (head.startsWith("\x89PNG\r\n\x1A\n"))
        return EvidenceType::Png;
    if (head.size() >= 12 && head.startsWith("RIFF") && head.sliced(8, 4) == "WEBP")
        return EvidenceType::Webp;
    return std::nullopt;
}

QByteArray mimeTypeOf(EvidenceType type) {
    switch (type) {
    case EvidenceType::Pdf:
        return QByteArrayLiteral("application/pdf");
    case EvidenceType::Jpeg:
        return QByteArrayLiteral("image/jpeg");
    case EvidenceType::Png:
        return QByteArrayLiteral("image/png");
    case EvidenceType::Webp:
        return QByteArrayLiteral("image/webp");
    }
    return {};
}

} // namespace migo::api
