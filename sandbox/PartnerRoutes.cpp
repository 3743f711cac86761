#include "ApiError.h"
#include "AuthService.h"
#include "Database.h"
#include "HttpRouter.h"
#include "Representations.h"
#include "Routes.h"
#include "SandboxContext.h"

#include <QSqlQuery>

using Method = QHttpServerRequest::Method;

namespace {

/// The operator behind the tokens, assigned to `partnerId` (403 FORBIDDEN otherwise; ref §4.1).
OperatorSession requirePartner(SandboxContext& context, const HttpRequest& request, qint64 partnerId) {
    OperatorSession session = context.auth.requireOperator(request);
    if (!session.partners.contains(partnerId)) {
        throw ApiError(403, "FORBIDDEN", "The operator is not assigned to partner " + std::to_string(partnerId));
    }
    return session;
}

/// GET /app/partners/{clientId}/balance → `{id, clientId, available, currency, updatedAt, createdAt}` (ref §4.7;
/// contract §14). Any operator assigned to the partner may read it.
HttpResponse balance(SandboxContext& context, HttpRequest& request) {
    const qint64 partnerId = request.id(0);
    requirePartner(context, request, partnerId);
    QSqlQuery row = context.db.run(QStringLiteral("SELECT b.partner_id, b.available_units, p.currency, b.updated_at,"
                                                  " b.created_at FROM partner_balances b JOIN partners p"
                                                  " ON p.id = b.partner_id WHERE b.partner_id = ?"),
                                   {partnerId});
    if (!row.next()) {
        throw ApiError(404, "7010", "The partner has no balance account");
    }
    Json data = Json::object();
    data["id"] = row.value(0).toLongLong();
    data["clientId"] = row.value(0).toLongLong();
    data["available"] = exactDecimal(row.value(1).toLongLong());
    data["currency"] = toStd(row.value(2).toString());
    data["updatedAt"] = toStd(row.value(3).toString());
    data["createdAt"] = toStd(row.value(4).toString());
    return HttpResponse::ok(data);
}

/// GET /app/users/{cmsUserId}/partners/{partnerId}/permissions → `{cmsUserId, partnerId, role, permissions:
/// [{resource, action}]}` (ref §4.2, §4.3; contract §14). An operator reads their own permissions only (403
/// FORBIDDEN for another user or a partner not assigned).
HttpResponse permissions(SandboxContext& context, HttpRequest& request) {
    const qint64 userId = request.id(0);
    const qint64 partnerId = request.id(1);
    const OperatorSession session = requirePartner(context, request, partnerId);
    if (session.operatorId != userId) {
        throw ApiError(403, "FORBIDDEN", "An operator may read only their own permissions");
    }
    QStringList held(session.permissions.begin(), session.permissions.end());
    held.sort();
    Json list = Json::array();
    for (const QString& permission : std::as_const(held)) {
        const qsizetype colon = permission.indexOf(u':');
        Json entry = Json::object();
        entry["resource"] = toStd(permission.left(colon));
        entry["action"] = toStd(permission.mid(colon + 1));
        list.push_back(std::move(entry));
    }
    Json data = Json::object();
    data["cmsUserId"] = userId;
    data["partnerId"] = partnerId;
    data["role"] = toStd(context.auth.roleOf(userId));
    data["permissions"] = std::move(list);
    return HttpResponse::ok(data);
}

} // namespace

void registerPartnerRoutes(HttpRouter& router, SandboxContext& context) {
    router.add(Method::Get, QStringLiteral("/app/partners/{p}/balance"),
               [&context](HttpRequest& request) { return balance(context, request); });
    router.add(Method::Get, QStringLiteral("/app/users/{u}/partners/{p}/permissions"),
               [&context](HttpRequest& request) { return permissions(context, request); });
}
