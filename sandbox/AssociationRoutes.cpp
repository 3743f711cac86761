#include "ApiError.h"
#include "AuthService.h"
#include "Database.h"
#include "HttpRouter.h"
#include "Representations.h"
#include "Routes.h"
#include "SandboxContext.h"
#include "Validation.h"

#include <QRegularExpression>
#include <QSqlQuery>

using Method = QHttpServerRequest::Method;

namespace {

const QString kAssociationSelect = QStringLiteral(
    "SELECT a.id, c.id, a.alias, c.pan_prefix, c.pan_last4, h.name, h.last_name, a.created_at"
    " FROM associations a JOIN cards c ON c.id = a.card_id JOIN cardholders h ON h.id = c.cardholder_id");

Json associationFromRow(const QSqlQuery& row) {
    Json association = Json::object();
    association["associationId"] = row.value(0).toLongLong();
    association["cardId"] = row.value(1).toLongLong();
    association["alias"] = toStd(row.value(2).toString());
    association["maskedPan"] = toStd(maskedPan(row.value(3).toString(), row.value(4).toString()));
    association["ownerName"] = toStd(row.value(5).toString() + QLatin1Char(' ') + row.value(6).toString());
    association["createdAt"] = toStd(row.value(7).toString());
    return association;
}

/// POST …/{c}/cards/association `{email, suffix, alias}`: links the card of another cardholder of the partner
/// whose e-mail and last four digits match. 404 7220 none, 409 7222 already linked, 409 7223 {c}'s own card.
HttpResponse createAssociation(SandboxContext& context, HttpRequest& request) {
    const qint64 partnerId = request.id(0);
    const qint64 cardholderId = request.id(1);
    context.auth.requirePartnerPermission(request, partnerId, QStringLiteral("cardholders:update"));
    const Json& body = request.body();
    FieldErrors errors;
    const auto email = validation::requiredString(body, "email", 3, 254, errors);
    if (email && !validation::isEmail(*email)) {
        errors.add("email", "email must be a valid e-mail address");
    }
    const auto suffix = validation::requiredString(body, "suffix", 4, 4, errors);
    static const QRegularExpression fourDigits(QStringLiteral("^[0-9]{4}$"));
    if (suffix && !fourDigits.match(toQt(*suffix)).hasMatch()) {
        errors.add("suffix", "suffix must be exactly 4 digits");
    }
    const auto alias = validation::requiredString(body, "alias", 1, 40, errors);
    errors.throwIfAny();
    requireCardholder(context.db, partnerId, cardholderId);

    SqlTransaction transaction(context.db);
    QSqlQuery match = context.db.run(
        QStringLiteral("SELECT c.id, c.cardholder_id FROM cards c JOIN cardholders h ON h.id = c.cardholder_id"
                       " WHERE h.partner_id = ? AND h.email_lower = ? AND c.pan_last4 = ? ORDER BY c.id LIMIT 1"),
        {partnerId, toQt(*email).toLower(), toQt(*suffix)});
    if (!match.next()) {
        throw ApiError(404, "7220", "No card matches the owner e-mail and suffix");
    }
    const qint64 cardId = match.value(0).toLongLong();
    if (match.value(1).toLongLong() == cardholderId) {
        throw ApiError(409, "7223", "The card belongs to this cardholder");
    }
    if (context.db
            .scalar(QStringLiteral("SELECT 1 FROM associations WHERE cardholder_id = ? AND card_id = ?"),
                    {cardholderId, cardId})
            .isValid()) {
        throw ApiError(409, "7222", "The card is already linked to this cardholder");
    }
    QSqlQuery inserted = context.db.run(
        QStringLiteral("INSERT INTO associations(cardholder_id, card_id, alias, created_at) VALUES(?,?,?,?)"),
        {cardholderId, cardId, toQt(*alias), nowIsoUtc()});
    const qint64 associationId = inserted.lastInsertId().toLongLong();
    transaction.commit();
    QSqlQuery row = context.db.run(kAssociationSelect + QStringLiteral(" WHERE a.id = ?"), {associationId});
    row.next();
    return HttpResponse::ok(associationFromRow(row), "Card associated");
}

/// GET …/{c}/cards/association → array of Association.
HttpResponse listAssociations(SandboxContext& context, HttpRequest& request) {
    const qint64 partnerId = request.id(0);
    context.auth.requirePartnerPermission(request, partnerId, QStringLiteral("cardholders:detail"));
    requireCardholder(context.db, partnerId, request.id(1));
    QSqlQuery rows = context.db.run(kAssociationSelect + QStringLiteral(" WHERE a.cardholder_id = ? ORDER BY a.id"),
                                    {request.id(1)});
    Json associations = Json::array();
    while (rows.next()) {
        associations.push_back(associationFromRow(rows));
    }
    return HttpResponse::ok(associations);
}

} // namespace

void registerAssociationRoutes(HttpRouter& router, SandboxContext& context) {
    router.add(Method::Post, QStringLiteral("/app/partners/{p}/cardholders/{c}/cards/association"),
               [&context](HttpRequest& request) { return createAssociation(context, request); });
    router.add(Method::Get, QStringLiteral("/app/partners/{p}/cardholders/{c}/cards/association"),
               [&context](HttpRequest& request) { return listAssociations(context, request); });
}
