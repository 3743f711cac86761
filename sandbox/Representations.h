#pragma once

#include "JsonSupport.h"

#include <QDateTime>
#include <QString>

#include <optional>

class Database;
class QSqlQuery;

/// Timestamps as ISO-8601 UTC with an explicit offset, e.g. 2026-03-01T14:05:09+00:00 (contract §7).
QString isoUtc(const QDateTime& moment);
QString isoUtcFromEpoch(qint64 secondsSinceEpoch);
QString nowIsoUtc();

/// First 6 and last 4 digits of a 16-digit PAN, the rest '*' (contract §7, Card).
QString maskedPan(const QString& prefix6, const QString& last4);

/// One card as stored (money in units of 1/10000).
struct CardRecord {
    qint64 id = 0;
    qint64 partnerId = 0;
    qint64 cardholderId = 0; ///< 0 when the card is not assigned yet
    QString panPrefix;
    QString panLast4;
    QString status;
    qint64 balanceUnits = 0;
    QString currency;
};

std::optional<CardRecord> findCard(Database& db, qint64 cardId);
/// The card `cardId` owned by cardholder `cardholderId` of partner `partnerId`; otherwise 404 7200.
CardRecord requireOwnedCard(Database& db, qint64 partnerId, qint64 cardholderId, qint64 cardId);
/// Cardholder `cardholderId` must belong to partner `partnerId`; otherwise 404 7100.
void requireCardholder(Database& db, qint64 partnerId, qint64 cardholderId);

/// The Card object (contract §7) of card `cardId`, as seen by its owner (type PHYSICAL).
Json cardJson(Database& db, qint64 cardId);
/// Column list (10 columns) and FROM clause that cardFromRow() reads: card c joined with its owner h.
extern const QString kCardColumns;
extern const QString kCardJoin;
/// "SELECT " + kCardColumns + kCardJoin.
extern const QString kCardSelect;
/// Builds a Card from a row of kCardSelect starting at column 0.
Json cardFromRow(const QSqlQuery& row);

/// SELECT list of a Cardholder (table alias h); cardholderFromRow() reads it from column 0.
extern const QString kCardholderColumns;
Json cardholderFromRow(const QSqlQuery& row);
/// SELECT list of a cardholder list item (table alias h): the list columns only (contract §15) —
/// `{cardholderId, name, lastName, email, phoneNumber, documentType, documentNumber, createdAt}`; the rest of the
/// profile is given by the (OTP-guarded) detail. cardholderListItemFromRow() reads it from column 0.
extern const QString kCardholderListColumns;
Json cardholderListItemFromRow(const QSqlQuery& row);
Json cardholderJson(Database& db, qint64 cardholderId);

/// SELECT list of a Movement (table alias m, joined card c); movementFromRow() reads it from column 0.
extern const QString kMovementColumns;
Json movementFromRow(const QSqlQuery& row);
Json movementJson(Database& db, qint64 movementId);

/// The paged `data` of contract §6: `{items, page, limit, total, totalPages}`.
Json pageJson(Json items, int page, int limit, qint64 total);

/// `text` as the search compares it (contract §6): lower case, accents removed (NFKD without its combining marks:
/// "María" → "maria"), runs of white space as one space, no space at either end.
QString foldedForSearch(const QString& text);
/// The text the cardholder search index holds, folded: "name lastName email phone documentType documentNumber"
/// (so "maria ramirez" and "DPI 2345678990101" match as written; contract §6).
QString cardholderSearchText(const QString& name, const QString& lastName, const QString& email, const QString& phone,
                             const QString& documentType, const QString& document);
