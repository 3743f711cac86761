#pragma once

#include "ApiError.h"
#include "JsonSupport.h"

#include <QStringList>

#include <optional>
#include <string>

class Database;

/// Creating one cardholder (contract §8, Create cardholder): the same code for `POST …/cardholders` and for every
/// row of a bulk upload (contract §18), so a row is accepted exactly when the single create would accept it.
namespace cardholder_rules {

/// The allowed values of the enumerated create fields (contract §7, seed 002).
extern const QStringList kMaritalStatuses;
extern const QStringList kGenders;
extern const QStringList kDocumentTypes;

/// A required string of `body[field]` that is one of `allowed`; records the problem in `errors` otherwise.
std::optional<std::string> enumField(const Json& body, const std::string& field, const QStringList& allowed,
                                     FieldErrors& errors);
/// Records `problem` at `field` unless it is empty.
void addIfAny(FieldErrors& errors, const std::string& field, const std::string& problem);
/// A required `phoneNumber`: `+?[0-9]{8,15}` and the +502 rule (IdentityRules.h).
std::optional<std::string> phoneField(const Json& body, FieldErrors& errors);

/// Validates the 12 fields of `body` (every broken rule at once: 400 7000 naming its field), then, in the caller's
/// transaction, checks the card (404 7200 unknown in `partnerId`, 409 7213 taken) and duplicates (409 7006 on
/// `email` or `documentNumber`), and inserts the cardholder, its search index row and the card assignment.
/// Returns the new cardholder id. Nothing is written when it throws. Runs on the thread that owns `db`.
qint64 create(Database& db, qint64 partnerId, const Json& body);

} // namespace cardholder_rules
