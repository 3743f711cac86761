#include "ApiError.h"
#include "AuthService.h"
#include "Database.h"
#include "HttpRouter.h"
#include "OtpService.h"
#include "Representations.h"
#include "Routes.h"
#include "SandboxContext.h"
#include "Validation.h"

#include <QSqlQuery>

using Method = QHttpServerRequest::Method;

namespace {

constexpr int kMaxObservations = 140;

/// Inserts one movement row and returns its id (the transferId). Money in units of 1/10000.
qint64 insertMovement(Database& db, qint64 cardId, const char* movementType, const char* type,
                      const QString& description, const std::string& observations, qint64 amountUnits,
                      qint64 balanceAfterUnits, qint64 operatorId) {
    QSqlQuery inserted = db.run(
        QStringLiteral("INSERT INTO movements(card_id, movement_type, type, description, observations, amount_units,"
                       " balance_after_units, channel, operator_id, created_at) VALUES(?,?,?,?,?,?,?,?,?,?)"),
        {cardId, QString::fromLatin1(movementType), QString::fromLatin1(type), description,
         observations.empty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(toQt(observations)), amountUnits,
         balanceAfterUnits, QStringLiteral("webService"), operatorId, nowIsoUtc()});
    return inserted.lastInsertId().toLongLong();
}

void requireActive(const CardRecord& card) {
    if (card.status != QStringLiteral("ACTIVE")) {
        throw ApiError(409, "7213", "The card must be ACTIVE; its status is " + toStd(card.status));
    }
}

void requireRoomFor(const CardRecord& card, qint64 amountUnits) {
    if (card.balanceUnits > validation::kMaxAmountUnits - amountUnits) {
        throw ApiError(400, "7002", "The balance would exceed 999999999999.9999", "amount");
    }
}

/// Moves `units` between the partner's available balance and its cards (contract §14): a top-up takes from it
/// (409 7303 when it holds less), a withdrawal gives back. Inside the caller's transaction.
void movePartnerBalance(Database& db, qint64 partnerId, qint64 units, bool toCards) {
    QSqlQuery updated = db.run(
        toCards ? QStringLiteral("UPDATE partner_balances SET available_units = available_units - ?, updated_at = ?"
                                 " WHERE partner_id = ? AND available_units >= ?")
                : QStringLiteral("UPDATE partner_balances SET available_units = available_units + ?, updated_at = ?"
                                 " WHERE partner_id = ? AND ? >= 0"),
        {units, nowIsoUtc(), partnerId, units});
    if (updated.numRowsAffected() != 1 && toCards) {
        throw ApiError(409, "7303",
                       "Insufficient partner balance: the program's available balance is lower than "
                       "the amount");
    }
}

void setBalance(Database& db, qint64 cardId, qint64 balanceUnits) {
    db.run(QStringLiteral("UPDATE cards SET balance_units = ? WHERE id = ?"), {balanceUnits, cardId});
}

/// POST …/{c}/cards/funds/add and …/withdraw: `{cardId, amount, observations?, otp?}` → `{movement, card}`.
/// One transaction; the answer is sent only after it committed. 409 7213 when not ACTIVE, 409 7303 on overdraw.
HttpResponse moveFunds(SandboxContext& context, HttpRequest& request, bool add) {
    const qint64 partnerId = request.id(0);
    const qint64 cardholderId = request.id(1);
    const OperatorSession session = context.auth.requirePartnerPermission(
        request, partnerId, add ? QStringLiteral("cards-admin:addFunds") : QStringLiteral("cards-admin:withdrawFunds"));
    const Json& body = request.body();
    context.otp.requireIfSubject(session, body, QStringLiteral("cards-admin:otp"),
                                 add ? otp_purpose::kFundsAdd : otp_purpose::kFundsWithdraw);
    FieldErrors errors;
    const auto cardId = validation::requiredId(body, "cardId", errors);
    const std::string observations = validation::optionalString(body, "observations", kMaxObservations, errors);
    errors.throwIfAny();
    const qint64 amount = validation::requiredAmount(body, "amount");
    requireCardholder(context.db, partnerId, cardholderId);

    SqlTransaction transaction(context.db);
    const CardRecord card = requireOwnedCard(context.db, partnerId, cardholderId, *cardId);
    requireActive(card);
    qint64 balance = card.balanceUnits;
    if (add) {
        requireRoomFor(card, amount);
        balance += amount;
    } else {
        if (card.balanceUnits < amount) {
            throw ApiError(409, "7303", "Insufficient funds");
        }
        balance -= amount;
    }
    movePartnerBalance(context.db, partnerId, amount, add);
    setBalance(context.db, card.id, balance);
    const qint64 movementId =
        insertMovement(context.db, card.id, add ? "credit" : "debit", add ? "topUp" : "withdrawal",
                       add ? QStringLiteral("Funds added") : QStringLiteral("Funds withdrawn"), observations, amount,
                       balance, session.operatorId);
    transaction.commit();

    Json data = Json::object();
    data["movement"] = movementJson(context.db, movementId);
    data["card"] = cardJson(context.db, card.id);
    return HttpResponse::ok(data, add ? "Funds added" : "Funds withdrawn");
}

/// POST …/{c}/cards/transfers `{fromCardId, toCardId, amount, observations?, otp?}` between two ACTIVE cards of
/// {c} → `{debit, credit, fromCard, toCard}`; one transaction.
HttpResponse transfer(SandboxContext& context, HttpRequest& request) {
    const qint64 partnerId = request.id(0);
    const qint64 cardholderId = request.id(1);
    const OperatorSession session =
        context.auth.requirePartnerPermission(request, partnerId, QStringLiteral("cards-admin:transfer"));
    const Json& body = request.body();
    context.otp.requireIfSubject(session, body, QStringLiteral("cards-admin:otp"), otp_purpose::kTransfer);
    FieldErrors errors;
    const auto fromId = validation::requiredId(body, "fromCardId", errors);
    const auto toId = validation::requiredId(body, "toCardId", errors);
    const std::string observations = validation::optionalString(body, "observations", kMaxObservations, errors);
    if (fromId && toId && *fromId == *toId) {
        errors.add("toCardId", "toCardId must differ from fromCardId");
    }
    errors.throwIfAny();
    const qint64 amount = validation::requiredAmount(body, "amount");
    requireCardholder(context.db, partnerId, cardholderId);

    SqlTransaction transaction(context.db);
    const CardRecord from = requireOwnedCard(context.db, partnerId, cardholderId, *fromId);
    const CardRecord to = requireOwnedCard(context.db, partnerId, cardholderId, *toId);
    requireActive(from);
    requireActive(to);
    if (from.balanceUnits < amount) {
        throw ApiError(409, "7303", "Insufficient funds");
    }
    requireRoomFor(to, amount);
    setBalance(context.db, from.id, from.balanceUnits - amount);
    setBalance(context.db, to.id, to.balanceUnits + amount);
    const qint64 debitId = insertMovement(context.db, from.id, "debit", "balanceTransfertoUser",
                                          QStringLiteral("Transfer to card ****") + to.panLast4, observations, amount,
                                          from.balanceUnits - amount, session.operatorId);
    const qint64 creditId = insertMovement(context.db, to.id, "credit", "balanceTransfertoUser",
                                           QStringLiteral("Transfer from card ****") + from.panLast4, observations,
                                           amount, to.balanceUnits + amount, session.operatorId);
    transaction.commit();

    Json data = Json::object();
    data["debit"] = movementJson(context.db, debitId);
    data["credit"] = movementJson(context.db, creditId);
    data["fromCard"] = cardJson(context.db, from.id);
    data["toCard"] = cardJson(context.db, to.id);
    return HttpResponse::ok(data, "Transfer done");
}

} // namespace

void registerMoneyRoutes(HttpRouter& router, SandboxContext& context) {
    router.add(Method::Post, QStringLiteral("/app/partners/{p}/cardholders/{c}/cards/funds/add"),
               [&context](HttpRequest& request) { return moveFunds(context, request, true); });
    router.add(Method::Post, QStringLiteral("/app/partners/{p}/cardholders/{c}/cards/funds/withdraw"),
               [&context](HttpRequest& request) { return moveFunds(context, request, false); });
    router.add(Method::Post, QStringLiteral("/app/partners/{p}/cardholders/{c}/cards/transfers"),
               [&context](HttpRequest& request) { return transfer(context, request); });
}
