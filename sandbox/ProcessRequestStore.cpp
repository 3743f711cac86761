#include "ProcessRequestStore.h"

#include "Database.h"
#include "Representations.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlQuery>

namespace process_requests {

std::optional<QByteArray> sniffEvidenceType(const QByteArray& bytes) {
    if (bytes.startsWith("%PDF-"))
        return QByteArrayLiteral("application/pdf");
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return QByteArrayLiteral("image/jpeg");
    if (bytes.startsWith("\x89PNG\r\n\x1A\n"))
        return QByteArrayLiteral("image/png");
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return QByteArrayLiteral("image/webp");
    return std::nullopt;
}

qint64 insert(Database& db, const NewRequest& request) {
    const QVariant nullText(QMetaType(QMetaType::QString));
    const QString currency =
        db.scalar(QStringLiteral("SELECT currency FROM partners WHERE id = ?"), {request.partnerId}).toString();
    QSqlQuery inserted =
        db.run(QStringLiteral("INSERT INTO process_requests(partner_id, status, amount_units, currency, observations,"
                              " evidence_name, evidence_type, evidence_size, evidence_sha256, requested_by, created_at)"
                              " VALUES(?,'pending',?,?,?,?,?,?,?,?,?)"),
               {request.partnerId, request.amountUnits, currency,
                request.observations.isEmpty() ? nullText : QVariant(request.observations), request.fileName,
                QString::fromLatin1(request.contentType), qint64(request.evidence.size()),
                QString::fromLatin1(QCryptographicHash::hash(request.evidence, QCryptographicHash::Sha256).toHex()),
                request.requestedBy, request.createdAt});
    const qint64 id = inserted.lastInsertId().toLongLong();
    db.run(QStringLiteral("INSERT INTO process_request_evidence(request_id, bytes) VALUES(?,?)"),
           {id, request.evidence});
    return id;
}

const QString kSelect = QStringLiteral(
    "SELECT r.id, r.partner_id, r.status, r.amount_units, r.currency, r.observations, r.evidence_name,"
    " r.evidence_type, r.evidence_size, r.evidence_sha256, r.requested_by, m.name, r.decided_by, d.name,"
    " r.decision_comment, r.created_at, r.decided_at FROM process_requests r JOIN operators m ON m.id = r.requested_by"
    " LEFT JOIN operators d ON d.id = r.decided_by");

namespace {

Json textOrNull(const QVariant& value) {
    return value.isNull() ? Json(nullptr) : Json(toStd(value.toString()));
}

} // namespace

Json fromRow(const QSqlQuery& row) {
    Json item = Json::object();
    item["id"] = row.value(0).toLongLong();
    item["partnerId"] = row.value(1).toLongLong();
    item["status"] = toStd(row.value(2).toString());
    item["requestedAmount"] = exactDecimal(row.value(3).toLongLong());
    item["currency"] = toStd(row.value(4).toString());
    item["observations"] = textOrNull(row.value(5));
    Json evidence = Json::object();
    evidence["fileName"] = toStd(row.value(6).toString());
    evidence["contentType"] = toStd(row.value(7).toString());
    evidence["size"] = row.value(8).toLongLong();
    evidence["sha256"] = toStd(row.value(9).toString());
    item["evidence"] = std::move(evidence);
    Json maker = Json::object();
    maker["operatorId"] = row.value(10).toLongLong();
    maker["name"] = toStd(row.value(11).toString());
    item["requestedBy"] = std::move(maker);
    if (row.value(12).isNull()) {
        item["decidedBy"] = nullptr;
    } else {
        Json checker = Json::object();
        checker["operatorId"] = row.value(12).toLongLong();
        checker["name"] = toStd(row.value(13).toString());
        item["decidedBy"] = std::move(checker);
    }
    item["decisionComment"] = textOrNull(row.value(14));
    item["createdAt"] = toStd(row.value(15).toString());
    item["decidedAt"] = textOrNull(row.value(16));
    return item;
}

std::optional<Json> find(Database& db, qint64 partnerId, qint64 id) {
    QSqlQuery row = db.run(kSelect + QStringLiteral(" WHERE r.id = ? AND r.partner_id = ?"), {id, partnerId});
    if (!row.next())
        return std::nullopt;
    return fromRow(row);
}

namespace {

QByteArray demoImage(const char* format, const QColor& color) {
    QImage image(160, 100, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QByteArray demoPdf() {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("migo-cms-sandbox"));
        QPainter painter(&writer);
        painter.drawText(QPointF(200, 400), QStringLiteral("Bank transfer receipt (demo)"));
    }
    return bytes;
}

qint64 operatorId(Database& db, const char* email) {
    return db.scalar(QStringLiteral("SELECT id FROM operators WHERE email = ?"), {QString::fromLatin1(email)})
        .toLongLong();
}

} // namespace

void addDemoRequests(Database& db) {
    const qint64 agent = operatorId(db, "agent@migo.test");
    struct Demo {
        qint64 units;
        const char* observations;
        const char* fileName;
        QByteArray bytes;
        const char* status;
        qint64 decidedBy;
        const char* comment;
        const char* createdAt;
    };
    const Demo demos[] = {
        {1'250'000'000, "Transfer 0007, Banco Industrial", "receipt-0007.pdf", demoPdf(), "approved",
         operatorId(db, "supervisor@migo.test"), "Matches the bank statement", "2025-01-06T10:00:00+00:00"},
        {48'000'000, "Deposit slip, agency 12", "deposit-12.jpg", demoImage("JPEG", QColor(200, 220, 240)), "rejected",
         operatorId(db, "lead@migo.test"), "The slip is not legible", "2025-01-07T11:30:00+00:00"},
        {5'000'000'000, "Transfer 0042 for the March payroll", "transfer-0042.png",
         demoImage("PNG", QColor(230, 240, 200)), "pending", 0, nullptr, "2025-01-08T09:15:00+00:00"},
    };
    for (const Demo& demo : demos) {
        const qint64 id = insert(db, NewRequest{1, demo.units, QString::fromUtf8(demo.observations),
                                                QString::fromLatin1(demo.fileName),
                                                sniffEvidenceType(demo.bytes).value_or("application/pdf"), demo.bytes,
                                                agent, QString::fromLatin1(demo.createdAt)});
        if (demo.decidedBy != 0) {
            db.run(QStringLiteral("UPDATE process_requests SET status = ?, decided_by = ?, decision_comment = ?,"
                                  " decided_at = ? WHERE id = ?"),
                   {QString::fromLatin1(demo.status), demo.decidedBy, QString::fromUtf8(demo.comment),
                    isoUtc(QDateTime::fromString(QString::fromLatin1(demo.createdAt), Qt::ISODate).addSecs(7200)), id});
        }
    }
}

} // namespace process_requests
