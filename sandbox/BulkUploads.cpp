#include "BulkUploads.h"

#include "AuthService.h"
#include "Database.h"
#include "OtpService.h"
#include "Representations.h"
#include "SandboxContext.h"
#include "Workbook.h"

#include <QHttpServerResponder>
#include <QMutexLocker>
#include <QSqlQuery>
#include <QTcpSocket>

using Method = QHttpServerRequest::Method;

namespace {

const QString kPermission = QStringLiteral("bulk-create:create");
constexpr int kKeepAliveMs = 15000;

QByteArray sseFrame(std::size_t seq, const QByteArray& json) {
    return "id: " + QByteArray::number(qulonglong(seq)) + "\ndata: " + json + "\n\n";
}

/// The batch as the result read answers it (contract §18, BatchResult), from the table.
Json storedBatch(Database& db, qint64 batchId) {
    QSqlQuery head = db.run(QStringLiteral("SELECT kind, status, total, processed, created, refused, created_at,"
                                           " finished_at FROM bulk_batches WHERE id = ?"),
                            {batchId});
    head.next();
    Json batch = Json::object();
    batch["batchId"] = toStd(bulk::batchIdText(batchId));
    batch["kind"] = toStd(head.value(0).toString());
    batch["status"] = toStd(head.value(1).toString());
    batch["total"] = head.value(2).toLongLong();
    batch["processed"] = head.value(3).toLongLong();
    batch["created"] = head.value(4).toLongLong();
    batch["refused"] = head.value(5).toLongLong();
    Json errors = Json::array();
    Json created = Json::array();
    const bool cards = head.value(0).toString() == QStringLiteral("cards");
    QSqlQuery rows = db.run(QStringLiteral("SELECT row, column_name, code, message, cardholder_id, card_id"
                                           " FROM bulk_batch_rows WHERE batch_id = ? ORDER BY row, rowid"),
                            {batchId});
    while (rows.next()) {
        if (rows.value(2).isNull()) {
            Json entry = Json::object();
            entry["row"] = rows.value(0).toInt();
            entry["cardholderId"] = rows.value(4).toLongLong();
            if (cards) {
                entry["cardId"] = rows.value(5).toLongLong();
            }
            created.push_back(std::move(entry));
        } else {
            Json error = Json::object();
            error["row"] = rows.value(0).toInt();
            error["column"] = toStd(rows.value(1).toString());
            error["code"] = toStd(rows.value(2).toString());
            error["message"] = toStd(rows.value(3).toString());
            errors.push_back(std::move(error));
        }
    }
    batch["errors"] = std::move(errors);
    batch["createdRows"] = std::move(created);
    batch["createdAt"] = toStd(head.value(6).toString());
    batch["finishedAt"] = head.value(7).isNull() ? Json() : Json(toStd(head.value(7).toString()));
    return batch;
}

} // namespace

BulkUploads::BulkUploads(SandboxContext& context, HttpRouter& router)
    : m_context(context) {
    m_jobs.setMaxThreadCount(2);
    router.add(Method::Post, QStringLiteral("/app/partners/{p}/cardholders/upload"),
               [this](HttpRequest& request) { return upload(request, bulk::Kind::Cardholders); });
    router.add(Method::Post, QStringLiteral("/app/partners/{p}/cards/upload"),
               [this](HttpRequest& request) { return upload(request, bulk::Kind::Cards); });
    router.add(Method::Get, QStringLiteral("/app/partners/{p}/cardholders/batch/bat_{b}/progress"),
               [this](HttpRequest& request) { return progress(request); });
    router.add(Method::Get, QStringLiteral("/app/partners/{p}/cardholders/batch/bat_{b}/result"),
               [this](HttpRequest& request) { return result(request); });
    m_keepAlive.setInterval(kKeepAliveMs);
    connect(&m_keepAlive, &QTimer::timeout, this, [this] {
        // A comment line: readers ignore it, and their inactivity timeout sees a live line (contract §18).
        for (const Stream& stream : m_streams) {
            if (stream.socket) {
                stream.socket->write(": keep-alive\n\n");
            }
        }
    });
    m_keepAlive.start();
}

BulkUploads::~BulkUploads() {
    m_jobs.waitForDone(); // the jobs publish into this object
    for (const Stream& stream : m_streams) {
        if (stream.socket) {
            stream.socket->disconnectFromHost();
        }
    }
}

/// POST …/cardholders/upload (field `users`) and POST …/cards/upload (field `cards`): checks in the order of
/// contract §18, stores a batch and starts its job; answers at once with the batch id.
HttpResponse BulkUploads::upload(HttpRequest& request, bulk::Kind kind) {
    const qint64 partnerId = request.id(0);
    const OperatorSession session = m_context.auth.requirePartnerPermission(request, partnerId, kPermission);
    const std::vector<FormPart>& parts = request.formParts();
    Json otpBody = Json::object();
    if (const auto otp = formPartsNamed(parts, "otp"); !otp.empty()) {
        otpBody["otp"] = toStd(QString::fromUtf8(otp.front()->data).trimmed());
    }
    m_context.otp.requireIfSubject(session, otpBody, QStringLiteral("cardholders:otp"), otp_purpose::kBulkUpload);
    const char* field = kind == bulk::Kind::Cardholders ? "users" : "cards";
    const std::vector<const FormPart*> files = formPartsNamed(parts, field);
    if (files.empty() || !files.front()->isFile()) {
        throw ApiError(400, "7000", std::string(field) + " is required: the workbook (.xlsx) as a file", field);
    }
    if (files.size() > 1) {
        throw ApiError(400, "7000", std::string("Send one workbook in ") + field, field);
    }
    const QByteArray& file = files.front()->data;
    if (file.size() > kMaxWorkbookBytes) {
        throw ApiError(413, "PAYLOAD_TOO_LARGE", "The workbook is larger than 16 MiB", field);
    }
    switch (workbook::kindOf(file)) {
    case workbook::Kind::Xlsx:
        break;
    case workbook::Kind::Xls:
        throw ApiError(400, "7000", "This is an old .xls workbook: save it as .xlsx and upload it again", field);
    case workbook::Kind::Other:
        throw ApiError(400, "7000",
                       "The file must be an Excel workbook (.xlsx); CSV and other formats are not accepted", field);
    }
    const QString path = m_context.options.databasePath;
    if (path == QStringLiteral(":memory:")) {
        throw ApiError(500, "7003", "Bulk uploads need a sandbox database file (not :memory:)");
    }
    QSqlQuery inserted =
        m_context.db.run(QStringLiteral("INSERT INTO bulk_batches(partner_id, operator_id, kind, status, created_at)"
                                        " VALUES(?,?,?,'queued',?)"),
                         {partnerId, session.operatorId, QString::fromLatin1(bulk::kindName(kind)), nowIsoUtc()});
    const qint64 batchId = inserted.lastInsertId().toLongLong();
    {
        const QMutexLocker locker(&m_mutex);
        m_batches[batchId].partnerId = partnerId;
    }
    bulk::JobSpec spec{batchId, partnerId, kind, file, path, m_context.options.bulkChunkDelayMs};
    m_jobs.start([this, spec = std::move(spec)] {
        bulk::runJob(spec,
                     [this, batchId = spec.batchId](const Json& frame, bool final) { publish(batchId, frame, final); });
    });
    Json data = Json::object();
    data["id"] = toStd(bulk::batchIdText(batchId));
    data["kind"] = bulk::kindName(kind);
    data["status"] = "queued";
    return HttpResponse::ok(data, "Upload received: the rows are being processed");
}

QString BulkUploads::requireBatch(qint64 partnerId, qint64 batchId) {
    const QVariant status = m_context.db.scalar(
        QStringLiteral("SELECT status FROM bulk_batches WHERE id = ? AND partner_id = ?"), {batchId, partnerId});
    if (!status.isValid()) {
        throw ApiError(404, "7010", "No such batch in this partner");
    }
    const QString text = status.toString();
    bool known = false;
    {
        const QMutexLocker locker(&m_mutex);
        known = m_batches.count(batchId) > 0;
    }
    if (!known && (text == QStringLiteral("queued") || text == QStringLiteral("running"))) {
        // Left running by an earlier run of the sandbox: its job is gone (contract §18).
        m_context.db.run(QStringLiteral("UPDATE bulk_batches SET status = 'failed', finished_at = ? WHERE id = ?"),
                         {nowIsoUtc(), batchId});
        return QStringLiteral("failed");
    }
    return text;
}

/// GET …/cardholders/batch/{batchId}/progress (Accept: text/event-stream) — contract §18, Progress stream.
HttpResponse BulkUploads::progress(HttpRequest& request) {
    const qint64 partnerId = request.id(0);
    const qint64 batchId = request.id(1);
    m_context.auth.requirePartnerPermission(request, partnerId, kPermission);
    requireBatch(partnerId, batchId);
    bool ok = false;
    const qulonglong lastEventId = request.header("last-event-id").trimmed().toULongLong(&ok);
    std::size_t after = 0;
    QByteArray storedFinal;
    {
        const QMutexLocker locker(&m_mutex);
        const auto found = m_batches.find(batchId);
        if (found == m_batches.end()) {
            Json frame = storedBatch(m_context.db, batchId);
            frame["createdRows"] = Json::array();
            frame.erase("createdAt");
            frame.erase("finishedAt");
            frame["seq"] = 1;
            storedFinal = serializeJson(frame);
        } else if (ok && lastEventId <= found->second.frames.size()) {
            after = std::size_t(lastEventId);
        }
    }
    if (!storedFinal.isEmpty() && ok && lastEventId >= 1) {
        storedFinal.clear(); // the reader had it already
        after = 1;
    }
    HttpResponse response;
    response.takeOver = [this, batchId, after, storedFinal](QHttpServerResponder&& responder) {
        open(std::move(responder), batchId, after, storedFinal);
    };
    return response;
}

void BulkUploads::open(QHttpServerResponder&& responder, qint64 batchId, std::size_t after, QByteArray storedFinal) {
    Stream stream;
    stream.responder = std::make_shared<QHttpServerResponder>(std::move(responder));
    stream.socket = stream.responder->socket();
    stream.batchId = batchId;
    stream.next = after;
    if (!stream.socket) {
        return;
    }
    stream.socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
                         "Connection: close\r\n\r\n");
    bool live = false;
    {
        const QMutexLocker locker(&m_mutex);
        live = m_batches.count(batchId) > 0;
    }
    if (!live) { // after a restart: one final frame from the table, then close
        if (!storedFinal.isEmpty()) {
            stream.socket->write(sseFrame(1, storedFinal));
        }
        stream.socket->disconnectFromHost();
        return;
    }
    m_streams.push_back(std::move(stream));
    flush(batchId);
}

void BulkUploads::publish(qint64 batchId, const Json& frame, bool final) {
    {
        const QMutexLocker locker(&m_mutex);
        Batch& batch = m_batches[batchId];
        batch.frames.push_back(serializeJson(frame));
        batch.finished = final;
    }
    QMetaObject::invokeMethod(
        this, [this, batchId] { flush(batchId); }, Qt::QueuedConnection);
}

void BulkUploads::flush(qint64 batchId) {
    std::vector<QByteArray> frames;
    bool finished = false;
    {
        const QMutexLocker locker(&m_mutex);
        const Batch& batch = m_batches[batchId];
        frames = batch.frames;
        finished = batch.finished;
    }
    for (Stream& stream : m_streams) {
        if (stream.batchId != batchId || !stream.socket) {
            continue;
        }
        for (; stream.next < frames.size(); ++stream.next) {
            stream.socket->write(sseFrame(stream.next + 1, frames[stream.next]));
        }
        if (finished) {
            stream.socket->disconnectFromHost(); // after what is written has gone out
            stream.socket = nullptr;
        }
    }
    std::erase_if(m_streams, [](const Stream& stream) {
        return !stream.socket || stream.socket->state() != QAbstractSocket::ConnectedState;
    });
}

/// GET …/cardholders/batch/{batchId}/result — the whole result kept in the database (contract §18, BatchResult).
HttpResponse BulkUploads::result(HttpRequest& request) {
    const qint64 partnerId = request.id(0);
    const qint64 batchId = request.id(1);
    m_context.auth.requirePartnerPermission(request, partnerId, kPermission);
    requireBatch(partnerId, batchId);
    return HttpResponse::ok(storedBatch(m_context.db, batchId));
}
