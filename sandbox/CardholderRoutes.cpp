#include "ApiError.h"
#include "AuthService.h"
#include "CardholderCreation.h"
#include "Database.h"
#include "HttpRouter.h"
#include "IdentityRules.h"
#include "OtpService.h"
#include "Representations.h"
#include "Routes.h"
#include "SandboxContext.h"
#include "Validation.h"

#include <QRegularExpression>
#include <QSqlQuery>

using Method = QHttpServerRequest::Method;

namespace {

const QStringList kSortKeys = {QStringLiteral("createdAt"),      QStringLiteral("name"),
                               QStringLiteral("lastName"),       QStringLiteral("email"),
                               QStringLiteral("documentNumber"), QStringLiteral("phoneNumber")};

/// Column expression for a whitelisted sortBy key (never user text).
QString sortColumn(const QString& sortBy) {
    if (sortBy == QStringLiteral("name")) {
        return QStringLiteral("h.name COLLATE NOCASE");
    }
    if (sortBy == QStringLiteral("lastName")) {
        return QStringLiteral("h.last_name COLLATE NOCASE");
    }
    if (sortBy == QStringLiteral("email")) {
        return QStringLiteral("h.email_lower");
    }
    if (sortBy == QStringLiteral("documentNumber")) {
        return QStringLiteral("h.document_number");
    }
    if (sortBy == QStringLiteral("phoneNumber")) {
        return QStringLiteral("h.phone_number");
    }
    return QStringLiteral("h.created_at");
}

/// GET /app/partners/{p}/cardholders — paged, sorted, searched by case-insensitive substring (contract §6); items
/// carry the list columns only (contract §15).
HttpResponse listCardholders(SandboxContext& context, HttpRequest& request) {
    const qint64 partnerId = request.id(0);
    context.auth.requirePartnerPermission(request, partnerId, QStringLiteral("cardholders:list"));
    FieldErrors errors;
    const validation::PageRequest paging = validation::readPaging(request, kSortKeys, errors);
    const QString searchText = request.query(QStringLiteral("searchText")).value_or(QString()).trimmed();
    if (searchText.size() > 100) {
        errors.add("searchText", "searchText must have at most 100 characters");
    }
    errors.throwIfAny();

    QString where = QStringLiteral(" FROM cardholders h WHERE h.partner_id = ?");
    QVariantList binds{partnerId};
    if (!searchText.isEmpty()) {
        // "+h.partner_id": SQLite would otherwise walk the partner's whole index and test each row against the
        // match list (60–90 ms at 100,000 cardholders); this way it looks up the matched rows by id (~1 ms).
        where = QStringLiteral(" FROM cardholders h WHERE +h.partner_id = ?");
        // Every word, folded like the index (no case, no accents), is a substring of the cardholder's text, in any
        // order (contract §6): "raul morales", "Morales Raúl" and "DPI 3010004821992" find what they name.
        QStringList longWords;
        QStringList conditions;
        QVariantList wordBinds;
        for (const QString& word : foldedForSearch(searchText).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (word.size() >= 3) {
                // Trigram index: a quoted phrase matches any substring of three characters or more.
                QString phrase = word;
                phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
                longWords << QLatin1Char('"') + phrase + QLatin1Char('"');
            } else {
                conditions << QStringLiteral("instr(search_text, ?) > 0");
                wordBinds << QVariant(word);
            }
        }
        if (!longWords.isEmpty()) {
            conditions.prepend(QStringLiteral("cardholder_search MATCH ?"));
            wordBinds.prepend(QVariant(longWords.join(QStringLiteral(" AND "))));
        }
        if (!conditions.isEmpty()) {
            where += QStringLiteral(" AND h.id IN (SELECT rowid FROM cardholder_search WHERE ") +
                     conditions.join(QStringLiteral(" AND ")) + QLatin1Char(')');
            binds << wordBinds;
        }
    }
    const qint64 total = context.db.scalar(QStringLiteral("SELECT COUNT(*)") + where, binds).toLongLong();
    const QString direction = paging.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QVariantList pageBinds = binds;
    pageBinds << paging.limit << paging.offset();
    QSqlQuery rows = context.db.run(QStringLiteral("SELECT ") + kCardholderListColumns + where +
                                        QStringLiteral(" ORDER BY ") + sortColumn(paging.sortBy) + direction +
                                        QStringLiteral(", h.id") + direction + QStringLiteral(" LIMIT ? OFFSET ?"),
                                    pageBinds);
    Json items = Json::array();
    while (rows.next()) {
        items.push_back(cardholderListItemFromRow(rows));
    }
    return HttpResponse::ok(pageJson(std::move(items), paging.page, paging.limit, total));
}

/// POST /app/partners/{p}/cardholders — the 12 documented fields, all required, with the Guatemalan rules for names,
/// age, +502 phones, DPI and NIT (contract §8, Create cardholder; CardholderCreation.h).
HttpResponse createCardholder(SandboxContext& context, HttpRequest& request) {
    const qint64 partnerId = request.id(0);
    context.auth.requirePartnerPermission(request, partnerId, QStringLiteral("cardholders:create"));
    const Json& body = request.body();
    SqlTransaction transaction(context.db);
    const qint64 cardholderId = cardholder_rules::create(context.db, partnerId, body);
    transaction.commit();
    return HttpResponse::ok(cardholderJson(context.db, cardholderId), "Cardholder created");
}

/// POST /app/partners/{p}/cardholders/{c} — detail; OTP when the operator holds cardholders:otp (contract §5).
HttpResponse cardholderDetail(SandboxContext& context, HttpRequest& request) {
    const qint64 partnerId = request.id(0);
    const OperatorSession session =
        context.auth.requirePartnerPermission(request, partnerId, QStringLiteral("cardholders:detail"));
    context.otp.requireIfSubject(session, request.body(), QStringLiteral("cardholders:otp"),
                                 otp_purpose::kCardholderDetail);
    requireCardholder(context.db, partnerId, request.id(1));
    return HttpResponse::ok(cardholderJson(context.db, request.id(1)));
}

/// The fields PATCH …/cardholders/{c} may change, and those it never changes (contract §8, Edit cardholder).
const char* const kChangeableFields[] = {"name", "lastName", "address", "maritalStatus", "phoneNumber", "email"};
const char* const kFixedFields[] = {"countryOfBirth", "dateOfBirth",  "gender",    "documentType",
                                    "documentNumber", "cardholderId", "createdAt", "cardId"};

/// PATCH /app/partners/{p}/cardholders/{c} — partial update of the contact and civil-status fields, with the rules
/// of create (contract §8, Edit cardholder, decided here); OTP when the operator holds cardholders:otp, purpose
/// cardholder_update. Answers the whole Cardholder as it now is.
HttpResponse updateCardholder(SandboxContext& context, HttpRequest& request) {
    const qint64 partnerId = request.id(0);
    const qint64 cardholderId = request.id(1);
    const OperatorSession session =
        context.auth.requirePartnerPermission(request, partnerId, QStringLiteral("cardholders:update"));
    context.otp.requireIfSubject(session, request.body(), QStringLiteral("cardholders:otp"),
                                 otp_purpose::kCardholderUpdate);
    const Json& body = request.body();
    FieldErrors errors;
    for (const char* fixed : kFixedFields) {
        if (body.contains(fixed)) {
            errors.add(fixed, std::string(fixed) + " cannot be changed");
        }
    }
    bool anyChange = false;
    for (const char* field : kChangeableFields) {
        anyChange = anyChange || body.contains(field);
    }
    std::optional<std::string> name;
    std::optional<std::string> lastName;
    std::optional<std::string> address;
    std::optional<std::string> marital;
    std::optional<std::string> phone;
    std::optional<std::string> email;
    if (body.contains("name")) {
        name = validation::requiredString(body, "name", 1, 80, errors);
        if (name) {
            cardholder_rules::addIfAny(errors, "name", identity::personNameProblem("name", toQt(*name)));
        }
    }
    if (body.contains("lastName")) {
        lastName = validation::requiredString(body, "lastName", 1, 80, errors);
        if (lastName) {
            cardholder_rules::addIfAny(errors, "lastName", identity::personNameProblem("lastName", toQt(*lastName)));
        }
    }
    if (body.contains("address")) {
        address = validation::requiredString(body, "address", 1, 200, errors);
    }
    if (body.contains("maritalStatus")) {
        marital = cardholder_rules::enumField(body, "maritalStatus", cardholder_rules::kMaritalStatuses, errors);
    }
    if (body.contains("phoneNumber")) {
        phone = cardholder_rules::phoneField(body, errors);
    }
    if (body.contains("email")) {
        email = validation::requiredString(body, "email", 3, 254, errors);
        if (email && !validation::isEmail(*email)) {
            errors.add("email", "email must be a valid e-mail address");
        }
    }
    errors.throwIfAny();
    if (!anyChange) {
        throw ApiError(400, "7000",
                       "Nothing to change: send at least one of name, lastName, address, maritalStatus, phoneNumber, "
                       "email");
    }

    SqlTransaction transaction(context.db);
    requireCardholder(context.db, partnerId, cardholderId);
    if (email && context.db
                     .scalar(QStringLiteral("SELECT 1 FROM cardholders WHERE partner_id = ? AND email_lower = ?"
                                            " AND id <> ?"),
                             {partnerId, toQt(*email).toLower(), cardholderId})
                     .isValid()) {
        throw ApiError(409, "7006", "A cardholder with this e-mail already exists", "email");
    }
    // One statement per field sent: a column name is never built from request text.
    const auto set = [&context, cardholderId](const char* column, const std::optional<std::string>& value) {
        if (value) {
            context.db.run(QStringLiteral("UPDATE cardholders SET %1 = ? WHERE id = ?").arg(QLatin1String(column)),
                           {toQt(*value), cardholderId});
        }
    };
    set("name", name);
    set("last_name", lastName);
    set("address", address);
    set("marital_status", marital);
    set("phone_number", phone);
    set("email", email);
    if (email) {
        set("email_lower", std::optional<std::string>(toStd(toQt(*email).toLower())));
    }
    QSqlQuery row = context.db.run(QStringLiteral("SELECT name, last_name, email, phone_number, document_type,"
                                                  " document_number FROM cardholders WHERE id = ?"),
                                   {cardholderId});
    row.next();
    context.db.run(QStringLiteral("UPDATE cardholder_search SET search_text = ? WHERE rowid = ?"),
                   {cardholderSearchText(row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                                         row.value(3).toString(), row.value(4).toString(), row.value(5).toString()),
                    cardholderId});
    transaction.commit();
    return HttpResponse::ok(cardholderJson(context.db, cardholderId), "Cardholder updated");
}

} // namespace

void registerCardholderRoutes(HttpRouter& router, SandboxContext& context) {
    router.add(Method::Get, QStringLiteral("/app/partners/{p}/cardholders"),
               [&context](HttpRequest& request) { return listCardholders(context, request); });
    router.add(Method::Post, QStringLiteral("/app/partners/{p}/cardholders"),
               [&context](HttpRequest& request) { return createCardholder(context, request); });
    router.add(Method::Post, QStringLiteral("/app/partners/{p}/cardholders/{c}"),
               [&context](HttpRequest& request) { return cardholderDetail(context, request); });
    router.add(Method::Patch, QStringLiteral("/app/partners/{p}/cardholders/{c}"),
               [&context](HttpRequest& request) { return updateCardholder(context, request); });
}
