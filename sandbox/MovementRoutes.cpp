#include "ApiError.h"
#include "AuthService.h"
#include "Database.h"
#include "HttpRouter.h"
#include "MovementReport.h"
#include "Representations.h"
#include "Routes.h"
#include "SandboxContext.h"
#include "Validation.h"

#include <QMutex>
#include <QSqlQuery>

#include <memory>

using Method = QHttpServerRequest::Method;

namespace {

/// A card {c} may read: one it owns or one linked to it by an association; otherwise 404 7200.
CardRecord requireReadableCard(Database& db, qint64 partnerId, qint64 cardholderId, qint64 cardId) {
    requireCardholder(db, partnerId, cardholderId);
    const std::optional<CardRecord> card = findCard(db, cardId);
    if (card && card->partnerId == partnerId) {
        if (card->cardholderId == cardholderId) {
            return *card;
        }
        if (db.scalar(QStringLiteral("SELECT 1 FROM associations WHERE cardholder_id = ? AND card_id = ?"),
                      {cardholderId, cardId})
                .isValid()) {
            return *card;
        }
    }
    throw ApiError(404, "7200", "Card not found in the system.");
}

/// The `from`/`to` query (inclusive UTC days, from ≤ to) as a half-open text range of created_at values.
struct Period {
    QDate from;
    QDate to;
    QString startText() const { return from.toString(Qt::ISODate) + QStringLiteral("T00:00:00+00:00"); }
    QString endText() const { return to.addDays(1).toString(Qt::ISODate) + QStringLiteral("T00:00:00+00:00"); }
};

Period readPeriod(const HttpRequest& request, FieldErrors& errors) {
    Period period{validation::requiredDateParameter(request, QStringLiteral("from"), errors),
                  validation::requiredDateParameter(request, QStringLiteral("to"), errors)};
    if (period.from.isValid() && period.to.isValid() && period.from > period.to) {
        errors.add("from", "from must not be after to");
    }
    return period;
}

/// GET …/{c}/cards/{card}/movements?from&to&page&limit&sortBy&sortOrder → page of Movement.
HttpResponse listMovements(SandboxContext& context, HttpRequest& request) {
    const qint64 partnerId = request.id(0);
    context.auth.requirePartnerPermission(request, partnerId, QStringLiteral("card-movements:list"));
    FieldErrors errors;
    const Period period = readPeriod(request, errors);
    const validation::PageRequest paging =
        validation::readPaging(request, {QStringLiteral("createdAt"), QStringLiteral("amount")}, errors);
    errors.throwIfAny();
    const CardRecord card = requireReadableCard(context.db, partnerId, request.id(1), request.id(2));

    const QString where =
        QStringLiteral(" FROM movements m JOIN cards c ON c.id = m.card_id WHERE m.card_id = ? AND m.created_at >= ?"
                       " AND m.created_at < ?");
    const QVariantList binds{card.id, period.startText(), period.endText()};
    const qint64 total = context.db.scalar(QStringLiteral("SELECT COUNT(*)") + where, binds).toLongLong();
    const QString direction = paging.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString order =
        paging.sortBy == QStringLiteral("amount") ? QStringLiteral("m.amount_units") : QStringLiteral("m.created_at");
    QVariantList pageBinds = binds;
    pageBinds << paging.limit << paging.offset();
    QSqlQuery rows =
        context.db.run(QStringLiteral("SELECT ") + kMovementColumns + where + QStringLiteral(" ORDER BY ") + order +
                           direction + QStringLiteral(", m.id") + direction + QStringLiteral(" LIMIT ? OFFSET ?"),
                       pageBinds);
    Json items = Json::array();
    while (rows.next()) {
        items.push_back(movementFromRow(rows));
    }
    return HttpResponse::ok(pageJson(std::move(items), paging.page, paging.limit, total));
}

/// GET …/{c}/cards/{card}/movements/{transferId}; a movement of another card → 404 7010.
HttpResponse oneMovement(SandboxContext& context, HttpRequest& request) {
    const qint64 partnerId = request.id(0);
    context.auth.requirePartnerPermission(request, partnerId, QStringLiteral("card-movements:detail"));
    const CardRecord card = requireReadableCard(context.db, partnerId, request.id(1), request.id(2));
    if (!context.db
             .scalar(QStringLiteral("SELECT 1 FROM movements WHERE id = ? AND card_id = ?"), {request.id(3), card.id})
             .isValid()) {
        throw ApiError(404, "7010", "Movement not found for this card");
    }
    return HttpResponse::ok(movementJson(context.db, request.id(3)));
}

/// What a report covers, settled on the answering thread (tokens, permission, period, card).
struct ReportRequest {
    qint64 partnerId = 0;
    qint64 cardholderId = 0;
    CardRecord card;
    Period period;
};

/// Everything a report needs, read from the database; `body` is set when the cached rendering can be served.
struct CollectedReport {
    ReportRequest request;
    ReportInput input;
    QString cacheKey;
    bool cacheable = false;
    QByteArray body;
};

/// The last long report rendered, kept while its card, period and movements are unchanged (any new movement
/// changes the key). Shared by the worker threads.
struct ReportCache {
    QMutex mutex;
    QString key;
    QByteArray body;
};

ReportCache& reportCache() {
    static ReportCache cache;
    return cache;
}

/// Reads the report's data in one snapshot of `db` (the worker thread's own connection, or the main one for an
/// in-memory database).
CollectedReport collectReport(Database& db, const ReportRequest& request) {
    SqlTransaction snapshot(db); // read only: rolled back at the end
    CollectedReport report;
    report.request = request;
    ReportInput& input = report.input;
    const CardRecord& card = request.card;
    const Period& period = request.period;
    input.partnerName =
        db.scalar(QStringLiteral("SELECT name FROM partners WHERE id = ?"), {request.partnerId}).toString();
    QSqlQuery holder =
        db.run(QStringLiteral("SELECT name, last_name FROM cardholders WHERE id = ?"), {request.cardholderId});
    if (holder.next()) {
        input.cardholderName = holder.value(0).toString() + QLatin1Char(' ') + holder.value(1).toString();
    }
    input.maskedPan = maskedPan(card.panPrefix, card.panLast4);
    input.currency = card.currency;
    input.from = period.from;
    input.to = period.to;
    input.openingBalanceUnits =
        db.scalar(QStringLiteral("SELECT balance_after_units FROM movements WHERE card_id = ? AND created_at < ?"
                                 " ORDER BY created_at DESC, id DESC LIMIT 1"),
                  {card.id, period.startText()})
            .toLongLong();
    // A long report (the benchmark's card with --long-history) takes seconds to render: the last one is kept and
    // served again while its card, period and movements are unchanged.
    QSqlQuery shape =
        db.run(QStringLiteral(
                   "SELECT COUNT(*), MAX(id) FROM movements WHERE card_id = ? AND created_at >= ? AND created_at < ?"),
               {card.id, period.startText(), period.endText()});
    const qint64 lineCount = shape.next() ? shape.value(0).toLongLong() : 0;
    report.cacheKey = QString::number(card.id) + QLatin1Char('|') + period.startText() + QLatin1Char('|') +
                      period.endText() + QLatin1Char('|') + QString::number(lineCount) + QLatin1Char('|') +
                      QString::number(shape.value(1).toLongLong()) + QLatin1Char('|') +
                      QString::number(input.openingBalanceUnits) + QLatin1Char('|') + input.cardholderName +
                      QLatin1Char('|') + input.partnerName;
    constexpr qint64 kCachedReportLines = 10000;
    report.cacheable = lineCount >= kCachedReportLines;
    if (report.cacheable) {
        ReportCache& cache = reportCache();
        const QMutexLocker lock(&cache.mutex);
        if (cache.key == report.cacheKey) {
            report.body = cache.body;
            return report;
        }
    }
    QSqlQuery rows =
        db.run(QStringLiteral("SELECT created_at, type, movement_type, description, amount_units, balance_after_units"
                              " FROM movements WHERE card_id = ? AND created_at >= ? AND created_at < ?"
                              " ORDER BY created_at, id"),
               {card.id, period.startText(), period.endText()});
    while (rows.next()) {
        input.lines.push_back(ReportLine{rows.value(0).toString(), rows.value(1).toString(), rows.value(2).toString(),
                                         rows.value(3).toString(), rows.value(4).toLongLong(),
                                         rows.value(5).toLongLong()});
    }
    return report;
}

/// The PDF answer: the cached rendering or a new one (no database needed).
HttpResponse reportResponse(CollectedReport report) {
    HttpResponse response;
    response.contentType = "application/pdf";
    if (!report.body.isEmpty()) {
        response.body = std::move(report.body);
    } else {
        response.body = renderMovementReport(report.input);
        if (report.cacheable) {
            ReportCache& cache = reportCache();
            const QMutexLocker lock(&cache.mutex);
            cache.key = report.cacheKey;
            cache.body = response.body;
        }
    }
    const Period& period = report.request.period;
    const QString fileName = QStringLiteral("movements_") + report.request.card.panLast4 + QLatin1Char('_') +
                             period.from.toString(Qt::ISODate) + QLatin1Char('_') + period.to.toString(Qt::ISODate) +
                             QStringLiteral(".pdf");
    response.headers.emplace_back("Content-Disposition",
                                  QByteArray("attachment; filename=\"") + fileName.toLatin1() + '"');
    return response;
}

/// GET …/{c}/cards/{card}/movements/report?from&to → application/pdf attachment (contract §8, Report). The checks
/// run here; reading the movements and rendering run on a worker thread (contract §15), so a long report does not
/// hold up other requests.
HttpResponse movementReport(SandboxContext& context, HttpRequest& request) {
    const qint64 partnerId = request.id(0);
    context.auth.requirePartnerPermission(request, partnerId, QStringLiteral("card-movements:list"));
    FieldErrors errors;
    const Period period = readPeriod(request, errors);
    errors.throwIfAny();
    const CardRecord card = requireReadableCard(context.db, partnerId, request.id(1), request.id(2));
    const ReportRequest job{partnerId, request.id(1), card, period};

    HttpResponse response;
    const QString path = context.options.databasePath;
    if (path == QStringLiteral(":memory:")) {
        // Another connection would see another (empty) database: read here, render on the worker.
        auto collected = std::make_shared<CollectedReport>(collectReport(context.db, job));
        response.deferred = [collected] { return reportResponse(std::move(*collected)); };
    } else {
        response.deferred = [job, path] {
            return reportResponse(collectReport(Database::readerForThisThread(path), job));
        };
    }
    return response;
}

} // namespace

void registerMovementRoutes(HttpRouter& router, SandboxContext& context) {
    router.add(Method::Get, QStringLiteral("/app/partners/{p}/cardholders/{c}/cards/{card}/movements"),
               [&context](HttpRequest& request) { return listMovements(context, request); });
    router.add(Method::Get, QStringLiteral("/app/partners/{p}/cardholders/{c}/cards/{card}/movements/report"),
               [&context](HttpRequest& request) { return movementReport(context, request); });
    router.add(Method::Get, QStringLiteral("/app/partners/{p}/cardholders/{c}/cards/{card}/movements/{t}"),
               [&context](HttpRequest& request) { return oneMovement(context, request); });
}
