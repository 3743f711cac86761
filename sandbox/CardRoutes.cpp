#include "ApiError.h"
#include "AuthService.h"
#include "Database.h"
#include "HttpRouter.h"
#include "OtpService.h"
#include "Representations.h"
#include "Routes.h"
#include "SandboxContext.h"
#include "StreamedAnswer.h"
#include "Validation.h"

#include <QSet>
#include <QSqlQuery>

using Method = QHttpServerRequest::Method;

namespace {

/// A card action of contract §7: the only status it may start from and the status it leads to.
struct CardTransition {
    const char* action; ///< activate | block | unblock (also the cards-admin permission action)
    const char* from;
    const char* to;
};

constexpr CardTransition kActivate{"activate", "INACTIVE", "ACTIVE"};
constexpr CardTransition kBlock{"block", "ACTIVE", "BLOCKED"};
constexpr CardTransition kUnblock{"unblock", "BLOCKED", "ACTIVE"};

QString permissionFor(const CardTransition& transition) {
    return QStringLiteral("cards-admin:") + QString::fromLatin1(transition.action);
}

/// GET /app/partners/{p}/cards — every card of the partner (bare array, contract §6). Optional filters decided
/// here: `assigned=true|false` (false = the pool for "create cardholder") and `status=INACTIVE|ACTIVE|BLOCKED`.
HttpResponse partnerCards(SandboxContext& context, HttpRequest& request) {
    const qint64 partnerId = request.id(0);
    context.auth.requirePartnerPermission(request, partnerId, QStringLiteral("cards-admin:detail"));
    QString where = QStringLiteral(" WHERE c.partner_id = ?");
    QVariantList binds{partnerId};
    FieldErrors errors;
    if (const std::optional<QString> assigned = request.query(QStringLiteral("assigned"))) {
        if (*assigned == QStringLiteral("false")) {
            where += QStringLiteral(" AND c.cardholder_id IS NULL");
        } else if (*assigned == QStringLiteral("true")) {
            where += QStringLiteral(" AND c.cardholder_id IS NOT NULL");
        } else {
            errors.add("assigned", "assigned must be true or false");
        }
    }
    if (const std::optional<QString> status = request.query(QStringLiteral("status"))) {
        if (*status != QStringLiteral("INACTIVE") && *status != QStringLiteral("ACTIVE") &&
            *status != QStringLiteral("BLOCKED")) {
            errors.add("status", "status must be INACTIVE, ACTIVE or BLOCKED");
        }
        where += QStringLiteral(" AND c.status = ?");
        binds << *status;
    }
    errors.throwIfAny();
    const QString sql = kCardSelect + where + QStringLiteral(" ORDER BY c.id");
    const QString path = context.options.databasePath;
    if (path == QStringLiteral(":memory:")) { // another connection would see another (empty) database
        QSqlQuery rows = context.db.run(sql, binds);
        Json cards = Json::array();
        while (rows.next()) {
            cards.push_back(cardFromRow(rows));
        }
        return HttpResponse::ok(cards);
    }
    // Streamed from a worker's own connection, in one snapshot: the first cards leave at once (issue 19).
    return streamedAnswer("application/json", [sql, binds, path](const BodyWriter& write) {
        Database& reader = Database::readerForThisThread(path);
        QSqlQuery rows = reader.run(sql, binds);
        QByteArray piece = R"({"success":true,"message":"ok","data":[)";
        bool first = true;
        while (rows.next()) {
            if (!first) {
                piece += ',';
            }
            first = false;
            piece += serializeJson(cardFromRow(rows)); // exact decimals, as every answer
            if (piece.size() >= 256 * 1024 && !write(std::exchange(piece, QByteArray()))) {
                return; // the client has gone
            }
        }
        piece += "]}";
        write(std::move(piece));
    });
}

/// GET /app/partners/{p}/cardholders/{c}/cards — owned cards (PHYSICAL) then linked third-party cards (LINKED,
/// with the association's alias and the owner as cardholderId/cardholderName).
HttpResponse cardholderCards(SandboxContext& context, HttpRequest& request) {
    const qint64 partnerId = request.id(0);
    const qint64 cardholderId = request.id(1);
    context.auth.requirePartnerPermission(request, partnerId, QStringLiteral("cards-admin:detail"));
    requireCardholder(context.db, partnerId, cardholderId);
    Json cards = Json::array();
    QSqlQuery owned =
        context.db.run(kCardSelect + QStringLiteral(" WHERE c.cardholder_id = ? ORDER BY c.id"), {cardholderId});
    while (owned.next()) {
        cards.push_back(cardFromRow(owned));
    }
    QSqlQuery linked =
        context.db.run(QStringLiteral("SELECT ") + kCardColumns + QStringLiteral(", a.id, a.alias") + kCardJoin +
                           QStringLiteral(" JOIN associations a ON a.card_id = c.id"
                                          " WHERE a.cardholder_id = ? ORDER BY a.id"),
                       {cardholderId});
    while (linked.next()) {
        Json card = cardFromRow(linked);
        card["type"] = "LINKED";
        card["alias"] = toStd(linked.value(11).toString());
        card["associationId"] = linked.value(10).toLongLong();
        cards.push_back(std::move(card));
    }
    return HttpResponse::ok(cards);
}

/// PATCH …/cardholders/{c}/cards/{card}/{action} — one legal transition or 409 7213; OTP when the operator
/// holds cards-admin:otp.
HttpResponse singleCardAction(SandboxContext& context, HttpRequest& request, const CardTransition& transition) {
    const qint64 partnerId = request.id(0);
    const OperatorSession session =
        context.auth.requirePartnerPermission(request, partnerId, permissionFor(transition));
    context.otp.requireIfSubject(session, request.body(), QStringLiteral("cards-admin:otp"), otp_purpose::kCardAction);
    requireCardholder(context.db, partnerId, request.id(1));
    SqlTransaction transaction(context.db);
    const CardRecord card = requireOwnedCard(context.db, partnerId, request.id(1), request.id(2));
    if (card.status != QLatin1String(transition.from)) {
        throw ApiError(409, "7213",
                       "Cannot " + std::string(transition.action) + " a card whose status is " + toStd(card.status));
    }
    context.db.run(QStringLiteral("UPDATE cards SET status = ? WHERE id = ?"),
                   {QString::fromLatin1(transition.to), card.id});
    transaction.commit();
    return HttpResponse::ok(cardJson(context.db, card.id));
}

std::vector<qint64> readCardIds(const Json& body) {
    const auto found = body.find("cardIds");
    if (found == body.end() || !found->is_array() || found->empty()) {
        throw ApiError(400, "7000", "cardIds must be a non-empty array of card ids", "cardIds");
    }
    if (found->size() > 1000) {
        throw ApiError(400, "7000", "cardIds holds at most 1000 ids: split the list into batches", "cardIds");
    }
    FieldErrors errors;
    std::vector<qint64> ids;
    QSet<qint64> seen;
    for (std::size_t index = 0; index < found->size(); ++index) {
        const std::string field = "cardIds." + std::to_string(index);
        const std::optional<qint64> id = validation::positiveInteger((*found)[index]);
        if (!id) {
            errors.add(field, "card ids must be positive integers");
        } else if (seen.contains(*id)) {
            errors.add(field, "duplicate card id " + std::to_string(*id));
        } else {
            seen.insert(*id);
            ids.push_back(*id);
        }
    }
    errors.throwIfAny();
    return ids;
}

/// PATCH /app/partners/{p}/cardholders/cards/{block|unblock} — always needs the OTP; per-card outcome DONE,
/// ALREADY_IN_STATE or REFUSED (7200 unknown / other partner, 7213 illegal transition); one transaction.
HttpResponse bulkCardAction(SandboxContext& context, HttpRequest& request, const CardTransition& transition) {
    const qint64 partnerId = request.id(0);
    const OperatorSession session =
        context.auth.requirePartnerPermission(request, partnerId, permissionFor(transition));
    context.otp.require(session, request.body(),
                        &transition == &kBlock ? otp_purpose::kBulkBlock : otp_purpose::kBulkUnblock);
    const std::vector<qint64> ids = readCardIds(request.body());

    Json results = Json::array();
    int done = 0;
    int already = 0;
    int refused = 0;
    SqlTransaction transaction(context.db);
    for (const qint64 cardId : ids) {
        Json result = Json::object();
        result["cardId"] = cardId;
        const std::optional<CardRecord> card = findCard(context.db, cardId);
        if (!card || card->partnerId != partnerId) {
            result["outcome"] = "REFUSED";
            result["code"] = "7200";
            result["message"] = "Card not found in the system.";
            ++refused;
        } else if (card->status == QLatin1String(transition.to)) {
            result["outcome"] = "ALREADY_IN_STATE";
            ++already;
        } else if (card->status != QLatin1String(transition.from)) {
            result["outcome"] = "REFUSED";
            result["code"] = "7213";
            result["message"] =
                "Cannot " + std::string(transition.action) + " a card whose status is " + toStd(card->status);
            ++refused;
        } else {
            context.db.run(QStringLiteral("UPDATE cards SET status = ? WHERE id = ?"),
                           {QString::fromLatin1(transition.to), cardId});
            result["outcome"] = "DONE";
            ++done;
        }
        results.push_back(std::move(result));
    }
    transaction.commit();
    Json data = Json::object();
    data["results"] = std::move(results);
    data["done"] = done;
    data["alreadyInState"] = already;
    data["refused"] = refused;
    return HttpResponse::ok(data);
}

} // namespace

void registerCardRoutes(HttpRouter& router, SandboxContext& context) {
    router.add(Method::Get, QStringLiteral("/app/partners/{p}/cards"),
               [&context](HttpRequest& request) { return partnerCards(context, request); });
    router.add(Method::Get, QStringLiteral("/app/partners/{p}/cardholders/{c}/cards"),
               [&context](HttpRequest& request) { return cardholderCards(context, request); });
    for (const CardTransition* transition : {&kActivate, &kBlock, &kUnblock}) {
        router.add(
            Method::Patch,
            QStringLiteral("/app/partners/{p}/cardholders/{c}/cards/{card}/") + QString::fromLatin1(transition->action),
            [&context, transition](HttpRequest& request) { return singleCardAction(context, request, *transition); });
    }
    for (const CardTransition* transition : {&kBlock, &kUnblock}) {
        router.add(
            Method::Patch,
            QStringLiteral("/app/partners/{p}/cardholders/cards/") + QString::fromLatin1(transition->action),
            [&context, transition](HttpRequest& request) { return bulkCardAction(context, request, *transition); });
    }
}
