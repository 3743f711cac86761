#pragma once

#include "Money.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <optional>

namespace migo::api {

// ---- Process requests: partner funding requests with a second operator's approval (ref §4.7; contract §17) ----

/// The state of a process request. `pending` is the only one that changes (contract §17).
enum class ProcessRequestStatus { Pending, Approved, Rejected, Cancelled, Unknown };

/// The wire value ("pending"); empty for Unknown.
QString wireValue(ProcessRequestStatus status);
/// Reads a status in any case, "canceled" included; Unknown for anything else (contract §17, tolerated variants).
ProcessRequestStatus processRequestStatusFromWire(QStringView wire);

/// What a checker or the maker does to a pending request (contract §17).
enum class ProcessDecision {
    Approve, ///< PATCH …/approve: credits the partner balance
    Reject,  ///< PATCH …/reject: needs a comment
    Cancel,  ///< PATCH …/cancel: the maker only
};

/// An operator named by a request (`requestedBy`, `decidedBy`).
struct OperatorRef {
    qint64 id = 0;
    QString name; ///< empty when the server gave a bare id
};

/// The evidence file as the server describes it; `contentType` is what the server found in the bytes.
struct EvidenceInfo {
    QString fileName;
    QString contentType;
    qint64 size = 0; ///< bytes
    QString sha256;  ///< lower-case hex; empty when not given
};

/// One funding request of the partner (contract §17).
struct ProcessRequest {
    qint64 id = 0;
    qint64 partnerId = 0;
    ProcessRequestStatus status = ProcessRequestStatus::Unknown;
    QString statusText; ///< as the server wrote it (shown when Unknown)
    Money requestedAmount;
    QString currency;
    QString observations;
    std::optional<EvidenceInfo> evidence;
    OperatorRef requestedBy;
    std::optional<OperatorRef> decidedBy;
    QString decisionComment;
    QDateTime createdAt;
    QDateTime decidedAt; ///< invalid while pending
};

/// POST …/process-request: the amount, optional observations, the evidence (already read and checked by the caller)
/// and the code under step-up.
struct NewProcessRequest {
    Money requestedAmount; ///< > 0
    QString observations;
    QString fileName; ///< the name the server records (no directory part)
    QByteArray evidence;
    QString otp;
};

/// The largest evidence the server accepts: 10 MiB = 10,485,760 bytes (contract §17).
inline constexpr qint64 kMaxEvidenceBytes = 10LL * 1024 * 1024;

/// The evidence types the server accepts, found in a file's first bytes (contract §17).
enum class EvidenceType { Pdf, Jpeg, Png, Webp };
/// The type `head` (the first 12 bytes or more of a file) starts like: %PDF-, FF D8 FF, 89 PNG, RIFF….WEBP; nullopt
/// for anything else or too few bytes. Pure; any thread.
std::optional<EvidenceType> evidenceTypeOf(QByteArrayView head);
/// Its MIME type ("application/pdf", "image/jpeg", "image/png", "image/webp").
QByteArray mimeTypeOf(EvidenceType type);

} // namespace migo::api
