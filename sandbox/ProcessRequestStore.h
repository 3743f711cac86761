#pragma once

#include "JsonSupport.h"

#include <QByteArray>
#include <QString>

#include <optional>

class Database;
class QSqlQuery;

/// Process requests (contract §17): partner funding requests with evidence, stored in `process_requests` and
/// `process_request_evidence` (the bytes as a BLOB, apart so lists never read them). Main thread, its connection.
namespace process_requests {

/// Largest accepted evidence: 10 MiB (contract §17); one byte more → 413.
inline constexpr qint64 kMaxEvidenceBytes = 10LL * 1024 * 1024;

/// The evidence type found in the first bytes (PDF, JPEG, PNG, WEBP), as a MIME type; nullopt for anything else.
std::optional<QByteArray> sniffEvidenceType(const QByteArray& bytes);

/// What a new request holds; money in units of 1/10000.
struct NewRequest {
    qint64 partnerId = 0;
    qint64 amountUnits = 0;
    QString observations; ///< empty: none
    QString fileName;
    QByteArray contentType; ///< as sniffed
    QByteArray evidence;
    qint64 requestedBy = 0;
    QString createdAt; ///< ISO-8601 UTC
};

/// Inserts a pending request and its evidence (inside the caller's transaction, if any); returns its id.
qint64 insert(Database& db, const NewRequest& request);

/// The ProcessRequest object of contract §17; nullopt when `id` is not a request of `partnerId`.
std::optional<Json> find(Database& db, qint64 partnerId, qint64 id);
/// SELECT list (table alias r, makers m, deciders d) that fromRow() reads from column 0, and its FROM clause.
extern const QString kSelect;
Json fromRow(const QSqlQuery& row);

/// Three requests of partner 1 by agent@ for the demo world: pending, approved (by supervisor@), rejected (by lead@),
/// with small generated evidence (PDF, PNG, JPEG). Inside createDemoWorld()'s transaction.
void addDemoRequests(Database& db);

} // namespace process_requests
