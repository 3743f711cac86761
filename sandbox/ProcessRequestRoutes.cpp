// Process requests (contract §17): partner funding requests with evidence and a second operator's decision.
#include "ApiError.h"
#include "AuthService.h"
#include "Database.h"
#include "HttpRouter.h"
#include "Multipart.h"
#include "OtpService.h"
#include "ProcessRequestStore.h"
#include "Representations.h"
#include "Routes.h"
#include "SandboxContext.h"
#include "Validation.h"

#include <QFileInfo>
#include <QSqlQuery>

using Method = QHttpServerRequest::Method;

namespace {

constexpr int kMaxObservations = 500;
constexpr int kMaxComment = 500;
constexpr int kMaxFileName = 255;

/// Both tokens, the partner, then `permission` or else `alternative` (a read allowed to makers and checkers alike).
OperatorSession requireEither(SandboxContext& context, HttpRequest& request, qint64 partnerId, const char* permission,
                              const char* alternative) {
    try {
        return context.auth.requirePartnerPermission(request, partnerId, QString::fromLatin1(permission));
    } catch (const ApiError& error) {
        if (error.errors.front().code != "PERMISSION_DENIED")
            throw;
        return context.auth.requirePartnerPermission(request, partnerId, QString::fromLatin1(alternative));
    }
}

/// The text of the form field `name`, nullopt when absent.
std::optional<QByteArray> textPart(const std::vector<FormPart>& parts, const char* name) {
    for (const FormPart* part : formPartsNamed(parts, name)) {
        if (!part->isFile())
            return part->data;
    }
    return std::nullopt;
}

/// requestedAmount from its text with the amount rules of contract §10 (7000 / 7001 / 7002, field named).
qint64 readAmount(const std::optional<QByteArray>& text) {
    Json body = Json::object();
    if (text) {
        const std::optional<Json> number = parseJsonExact(text->trimmed());
        body["requestedAmount"] =
            number && (number->is_number() || isDecimalText(*number)) ? *number : Json(toStd(QString::fromUtf8(*text)));
    }
    return validation::requiredAmount(body, "requestedAmount");
}

/// POST /app/partners/{p}/process-request (multipart: evidence, requestedAmount, observations?, otp?) → 201 with
/// the new pending ProcessRequest. Checks in the order of contract §17.
HttpResponse create(SandboxContext& context, HttpRequest& request) {
    const qint64 partnerId = request.id(0);
    const OperatorSession session =
        context.auth.requirePartnerPermission(request, partnerId, QStringLiteral("balance-management:create"));
    const std::vector<FormPart>& parts = request.formParts();
    Json otpBody = Json::object();
    if (const auto otp = textPart(parts, "otp"))
        otpBody["otp"] = toStd(QString::fromUtf8(*otp));
    context.otp.requireIfSubject(session, otpBody, QStringLiteral("balance-management:otp"),
                                 otp_purpose::kProcessRequest);

    FieldErrors errors;
    const FormPart* evidence = nullptr;
    int files = 0;
    for (const FormPart* part : formPartsNamed(parts, "evidence")) {
        if (part->isFile()) { // a plain `evidence` field is no file
            evidence = part;
            ++files;
        }
    }
    if (files != 1)
        errors.add("evidence", files == 0 ? "evidence (one file) is required" : "Send exactly one evidence file");
    else if (evidence->data.isEmpty())
        errors.add("evidence", "The evidence file is empty");
    const QString observations = QString::fromUtf8(textPart(parts, "observations").value_or(QByteArray())).trimmed();
    if (observations.size() > kMaxObservations)
        errors.add("observations", "observations must be at most 500 characters");
    errors.throwIfAny();
    const qint64 amount = readAmount(textPart(parts, "requestedAmount"));
    if (evidence->data.size() > process_requests::kMaxEvidenceBytes)
        throw ApiError(413, "PAYLOAD_TOO_LARGE", "The evidence is larger than 10 MiB (10485760 bytes)", "evidence");
    const std::optional<QByteArray> type = process_requests::sniffEvidenceType(evidence->data);
    if (!type)
        throw ApiError(400, "UNSUPPORTED_EVIDENCE", "The evidence must be a PDF, JPEG, PNG or WEBP file", "evidence");

    SqlTransaction transaction(context.db);
    const qint64 id = process_requests::insert(context.db, {partnerId, amount, observations,
                                                            QFileInfo(evidence->fileName).fileName().left(kMaxFileName),
                                                            *type, evidence->data, session.operatorId, nowIsoUtc()});
    transaction.commit();
    HttpResponse response = HttpResponse::ok(*process_requests::find(context.db, partnerId, id), "Request created");
    response.status = 201;
    return response;
}

/// GET …/process-requests?page&limit (default limit 10, ref §4.7) → page of ProcessRequest, newest first.
HttpResponse listPage(SandboxContext& context, HttpRequest& request) {
    const qint64 partnerId = request.id(0);
    requireEither(context, request, partnerId, "balance-management:list", "approvals:list");
    FieldErrors errors;
    validation::PageRequest paging = validation::readPaging(request, {QStringLiteral("createdAt")}, errors);
    errors.throwIfAny();
    if (!request.query(QStringLiteral("limit")))
        paging.limit = 10;
    const qint64 total =
        context.db.scalar(QStringLiteral("SELECT COUNT(*) FROM process_requests WHERE partner_id = ?"), {partnerId})
            .toLongLong();
    QSqlQuery rows = context.db.run(process_requests::kSelect +
                                        QStringLiteral(" WHERE r.partner_id = ? ORDER BY r.created_at DESC, r.id DESC"
                                                       " LIMIT ? OFFSET ?"),
                                    {partnerId, paging.limit, paging.offset()});
    Json items = Json::array();
    while (rows.next())
        items.push_back(process_requests::fromRow(rows));
    return HttpResponse::ok(pageJson(std::move(items), paging.page, paging.limit, total));
}

/// GET …/process-request → every ProcessRequest of the partner, newest first (a bare array).
HttpResponse listAll(SandboxContext& context, HttpRequest& request) {
    const qint64 partnerId = request.id(0);
    requireEither(context, request, partnerId, "balance-management:list", "approvals:list");
    QSqlQuery rows = context.db.run(process_requests::kSelect +
                                        QStringLiteral(" WHERE r.partner_id = ? ORDER BY r.created_at DESC, r.id DESC"),
                                    {partnerId});
    Json items = Json::array();
    while (rows.next())
        items.push_back(process_requests::fromRow(rows));
    return HttpResponse::ok(items);
}

Json requireRequest(SandboxContext& context, qint64 partnerId, qint64 id) {
    std::optional<Json> found = process_requests::find(context.db, partnerId, id);
    if (!found)
        throw ApiError(404, "7010", "No such process request");
    return std::move(*found);
}

/// GET …/process-requests/{id} → ProcessRequest.
HttpResponse detail(SandboxContext& context, HttpRequest& request) {
    requireEither(context, request, request.id(0), "balance-management:list", "approvals:detail");
    return HttpResponse::ok(requireRequest(context, request.id(0), request.id(1)));
}

/// GET …/process-requests/{id}/evidence → the original bytes with their content type.
HttpResponse evidence(SandboxContext& context, HttpRequest& request) {
    requireEither(context, request, request.id(0), "balance-management:list", "approvals:detail");
    const Json found = requireRequest(context, request.id(0), request.id(1));
    HttpResponse response;
    response.contentType = QByteArray::fromStdString(found["evidence"]["contentType"].get<std::string>());
    response.body =
        context.db
            .scalar(QStringLiteral("SELECT bytes FROM process_request_evidence WHERE request_id = ?"), {request.id(1)})
            .toByteArray();
    QByteArray name = QByteArray::fromStdString(found["evidence"]["fileName"].get<std::string>());
    name.replace('"', '_').replace('\r', '_').replace('\n', '_');
    response.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + name + '"');
    return response;
}

enum class Decision { Approve, Reject, Cancel };

/// PATCH …/process-requests/{id}/approve|reject|cancel `{comment}` → the ProcessRequest as decided. Approval flips
/// the status with a conditional UPDATE and credits the partner balance in the same transaction: concurrent
/// approvals credit once (contract §17).
HttpResponse decide(SandboxContext& context, HttpRequest& request, Decision decision) {
    const qint64 partnerId = request.id(0);
    const qint64 id = request.id(1);
    const OperatorSession session =
        context.auth.requirePartnerPermission(request, partnerId,
                                              decision == Decision::Cancel ? QStringLiteral("balance-management:cancel")
                                                                           : QStringLiteral("approvals:update"));
    FieldErrors errors;
    const std::string comment = validation::optionalString(request.body(), "comment", kMaxComment, errors);
    if (decision == Decision::Reject && comment.empty())
        errors.add("comment", "A comment is required to reject a request");
    errors.throwIfAny();
    QSqlQuery stored = context.db.run(
        QStringLiteral("SELECT requested_by, amount_units FROM process_requests WHERE id = ? AND partner_id = ?"),
        {id, partnerId});
    if (!stored.next())
        throw ApiError(404, "7010", "No such process request");
    const bool ownRequest = stored.value(0).toLongLong() == session.operatorId;
    const qint64 amount = stored.value(1).toLongLong();
    if (decision != Decision::Cancel && ownRequest)
        throw ApiError(403, "SELF_APPROVAL", "A request must be decided by another operator than the one who made it");
    if (decision == Decision::Cancel && !ownRequest)
        throw ApiError(403, "NOT_REQUEST_MAKER", "Only the operator who made a request may cancel it");

    const char* status = decision == Decision::Approve  ? "approved"
                         : decision == Decision::Reject ? "rejected"
                                                        : "cancelled";
    SqlTransaction transaction(context.db);
    QSqlQuery updated = context.db.run(
        QStringLiteral("UPDATE process_requests SET status = ?, decided_by = ?, decision_comment = ?, decided_at = ?"
                       " WHERE id = ? AND partner_id = ? AND status = 'pending'"),
        {QString::fromLatin1(status), session.operatorId,
         comment.empty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(toQt(comment)), nowIsoUtc(), id,
         partnerId});
    if (updated.numRowsAffected() != 1) {
        ApiError error(409, "REQUEST_NOT_PENDING", "The request was already decided");
        error.data = Json::object();
        error.data["status"] = toStd(
            context.db.scalar(QStringLiteral("SELECT status FROM process_requests WHERE id = ?"), {id}).toString());
        throw error;
    }
    if (decision == Decision::Approve) {
        QSqlQuery credited = context.db.run(
            QStringLiteral("UPDATE partner_balances SET available_units = available_units + ?, updated_at = ?"
                           " WHERE partner_id = ? AND available_units <= ?"),
            {amount, nowIsoUtc(), partnerId, validation::kMaxAmountUnits - amount});
        if (credited.numRowsAffected() != 1)
            throw ApiError(400, "7002", "The partner balance would exceed 999999999999.9999");
    }
    transaction.commit();
    return HttpResponse::ok(requireRequest(context, partnerId, id), std::string("Request ") + status);
}

} // namespace

void registerProcessRequestRoutes(HttpRouter& router, SandboxContext& context) {
    const QString base = QStringLiteral("/app/partners/{p}/process-requests");
    router.add(Method::Post, QStringLiteral("/app/partners/{p}/process-request"),
               [&context](HttpRequest& request) { return create(context, request); });
    router.add(Method::Get, QStringLiteral("/app/partners/{p}/process-request"),
               [&context](HttpRequest& request) { return listAll(context, request); });
    router.add(Method::Get, base, [&context](HttpRequest& request) { return listPage(context, request); });
    router.add(Method::Get, base + QStringLiteral("/{id}"),
               [&context](HttpRequest& request) { return detail(context, request); });
    router.add(Method::Get, base + QStringLiteral("/{id}/evidence"),
               [&context](HttpRequest& request) { return evidence(context, request); });
    const std::pair<const char*, Decision> decisions[] = {
        {"approve", Decision::Approve}, {"reject", Decision::Reject}, {"cancel", Decision::Cancel}};
    for (const auto& [verb, decision] : decisions) {
        router.add(Method::Patch, base + QStringLiteral("/{id}/") + QLatin1String(verb),
                   [&context, decision](HttpRequest& request) { return decide(context, request, decision); });
    }
}
