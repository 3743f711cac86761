#include "Representations.h"

#include "ApiError.h"
#include "Database.h"

#include <QSqlQuery>
#include <QTimeZone>

QString isoUtc(const QDateTime& moment) {
    return moment.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("+00:00");
}

QString isoUtcFromEpoch(qint64 secondsSinceEpoch) {
    return isoUtc(QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, QTimeZone::utc()));
}

QString nowIsoUtc() {
    return isoUtc(QDateTime::currentDateTimeUtc());
}

QString maskedPan(const QString& prefix6, const QString& last4) {
    return prefix6 + QStringLiteral("******") + last4;
}

std::optional<CardRecord> findCard(Database& db, qint64 cardId) {
    QSqlQuery row = db.run(QStringLiteral("SELECT id, partner_id, cardholder_id, pan_prefix, pan_last4, status,"
                                          " balance_units, currency FROM cards WHERE id = ?"),
                           {cardId});
    if (!row.next()) {
        return std::nullopt;
    }
    CardRecord card;
    card.id = row.value(0).toLongLong();
    card.partnerId = row.value(1).toLongLong();
    card.cardholderId = row.value(2).isNull() ? 0 : row.value(2).toLongLong();
    card.panPrefix = row.value(3).toString();
    card.panLast4 = row.value(4).toString();
    card.status = row.value(5).toString();
    card.balanceUnits = row.value(6).toLongLong();
    card.currency = row.value(7).toString();
    return card;
}

CardRecord requireOwnedCard(Database& db, qint64 partnerId, qint64 cardholderId, qint64 cardId) {
    const std::optional<CardRecord> card = findCard(db, cardId);
    if (!card || card->partnerId != partnerId || card->cardholderId != cardholderId) {
        throw ApiError(404, "7200", "Card not found in the system.");
    }
    return *card;
}

void requireCardholder(Database& db, qint64 partnerId, qint64 cardholderId) {
    if (!db.scalar(QStringLiteral("SELECT 1 FROM cardholders WHERE id = ? AND partner_id = ?"),
                   {cardholderId, partnerId})
             .isValid()) {
        throw ApiError(404, "7100", "User not found in the system.");
    }
}

const QString kCardColumns = QStringLiteral("c.id, c.pan_prefix, c.pan_last4, c.alias, c.status, c.balance_units,"
                                            " c.currency, c.cardholder_id, h.name, h.last_name");
const QString kCardJoin = QStringLiteral(" FROM cards c LEFT JOIN cardholders h ON h.id = c.cardholder_id");
const QString kCardSelect = QStringLiteral("SELECT ") + kCardColumns + kCardJoin;

Json cardFromRow(const QSqlQuery& row) {
    Json card = Json::object();
    card["cardId"] = row.value(0).toLongLong();
    card["maskedPan"] = toStd(maskedPan(row.value(1).toString(), row.value(2).toString()));
    card["alias"] = toStd(row.value(3).toString());
    card["type"] = "PHYSICAL";
    card["status"] = toStd(row.value(4).toString());
    card["balance"] = exactDecimal(row.value(5).toLongLong());
    card["currency"] = toStd(row.value(6).toString());
    if (row.value(7).isNull()) {
        card["cardholderId"] = nullptr;
        card["cardholderName"] = nullptr;
    } else {
        card["cardholderId"] = row.value(7).toLongLong();
        card["cardholderName"] = toStd(row.value(8).toString() + QLatin1Char(' ') + row.value(9).toString());
    }
    return card;
}

namespace {

/// The one row `sql` selects for `id`, as `fromRow` writes it; 404 with `notFound` when there is none.
Json oneRow(Database& db, const QString& sql, qint64 id, const ApiError& notFound, Json (*fromRow)(const QSqlQuery&)) {
    QSqlQuery row = db.run(sql, {id});
    if (!row.next()) {
        throw notFound;
    }
    return fromRow(row);
}

} // namespace

Json cardJson(Database& db, qint64 cardId) {
    return oneRow(db, kCardSelect + QStringLiteral(" WHERE c.id = ?"), cardId,
                  ApiError(404, "7200", "Card not found in the system."), &cardFromRow);
}

const QString kCardholderColumns =
    QStringLiteral("h.id, h.name, h.last_name, h.address, h.country_of_birth, h.date_of_birth, h.marital_status,"
                   " h.gender, h.phone_number, h.email, h.document_type, h.document_number, h.created_at");

Json cardholderFromRow(const QSqlQuery& row) {
    static const char* const kFields[] = {"cardholderId", "name",           "lastName", "address",     "countryOfBirth",
                                          "dateOfBirth",  "maritalStatus",  "gender",   "phoneNumber", "email",
                                          "documentType", "documentNumber", "createdAt"};
    Json holder = Json::object();
    holder["cardholderId"] = row.value(0).toLongLong();
    for (int column = 1; column < 13; ++column) {
        holder[kFields[column]] = toStd(row.value(column).toString());
    }
    return holder;
}

const QString kCardholderListColumns = QStringLiteral(
    "h.id, h.name, h.last_name, h.email, h.phone_number, h.document_type, h.document_number, h.created_at");

Json cardholderListItemFromRow(const QSqlQuery& row) {
    static const char* const kFields[] = {"cardholderId", "name",         "lastName",       "email",
                                          "phoneNumber",  "documentType", "documentNumber", "createdAt"};
    Json item = Json::object();
    item["cardholderId"] = row.value(0).toLongLong();
    for (int column = 1; column < 8; ++column) {
        item[kFields[column]] = toStd(row.value(column).toString());
    }
    return item;
}

Json cardholderJson(Database& db, qint64 cardholderId) {
    return oneRow(db,
                  QStringLiteral("SELECT ") + kCardholderColumns + QStringLiteral(" FROM cardholders h WHERE h.id = ?"),
                  cardholderId, ApiError(404, "7100", "User not found in the system."), &cardholderFromRow);
}

const QString kMovementColumns =
    QStringLiteral("m.id, m.card_id, m.movement_type, m.type, m.description, m.observations, m.amount_units,"
                   " m.balance_after_units, c.currency, m.channel, m.operator_id, m.created_at");

Json movementFromRow(const QSqlQuery& row) {
    Json movement = Json::object();
    movement["transferId"] = row.value(0).toLongLong();
    movement["cardId"] = row.value(1).toLongLong();
    movement["movementType"] = toStd(row.value(2).toString());
    movement["type"] = toStd(row.value(3).toString());
    movement["description"] = toStd(row.value(4).toString());
    movement["observations"] = row.value(5).isNull() ? Json(nullptr) : Json(toStd(row.value(5).toString()));
    movement["amount"] = exactDecimal(row.value(6).toLongLong());
    movement["balanceAfter"] = exactDecimal(row.value(7).toLongLong());
    movement["currency"] = toStd(row.value(8).toString());
    movement["channel"] = toStd(row.value(9).toString());
    movement["operatorId"] = row.value(10).isNull() ? Json(nullptr) : Json(row.value(10).toLongLong());
    movement["createdAt"] = toStd(row.value(11).toString());
    return movement;
}

Json movementJson(Database& db, qint64 movementId) {
    QSqlQuery row = db.run(QStringLiteral("SELECT ") + kMovementColumns +
                               QStringLiteral(" FROM movements m JOIN cards c ON c.id = m.card_id WHERE m.id = ?"),
                           {movementId});
    if (!row.next()) {
        throw ApiError(404, "7010", "Movement not found");
    }
    return movementFromRow(row);
}

Json pageJson(Json items, int page, int limit, qint64 total) {
    Json data = Json::object();
    data["items"] = std::move(items);
    data["page"] = page;
    data["limit"] = limit;
    data["total"] = total;
    data["totalPages"] = (total + limit - 1) / limit;
    return data;
}

QString foldedForSearch(const QString& text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString folded;
    folded.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) {
            continue; // the accent of "í", decomposed to "i" + U+0301
        }
        if (c.isSpace()) {
            pendingSpace = !folded.isEmpty();
            continue;
        }
        if (pendingSpace) {
            folded += QLatin1Char(' ');
            pendingSpace = false;
        }
        folded += c;
    }
    return folded;
}

QString cardholderSearchText(const QString& name, const QString& lastName, const QString& email, const QString& phone,
                             const QString& documentType, const QString& document) {
    return foldedForSearch(name + QLatin1Char(' ') + lastName + QLatin1Char(' ') + email + QLatin1Char(' ') + phone +
                           QLatin1Char(' ') + documentType + QLatin1Char(' ') + document);
}
