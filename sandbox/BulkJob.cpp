#include "BulkJob.h"

#include "ApiError.h"
#include "CardholderCreation.h"
#include "Database.h"
#include "Representations.h"
#include "Validation.h"
#include "Workbook.h"

#include <QRegularExpression>
#include <QThread>

#include <map>

namespace bulk {

namespace {

const QStringList kCardholderColumns = {
    QStringLiteral("name"),           QStringLiteral("lastName"),       QStringLiteral("address"),
    QStringLiteral("countryOfBirth"), QStringLiteral("dateOfBirth"),    QStringLiteral("maritalStatus"),
    QStringLiteral("gender"),         QStringLiteral("phoneNumber"),    QStringLiteral("email"),
    QStringLiteral("documentType"),   QStringLiteral("documentNumber"), QStringLiteral("cardId")};
const QStringList kCardColumns = {QStringLiteral("documentNumber"), QStringLiteral("cardId")};

/// What one row became.
struct RowOutcome {
    int row = 0;
    qint64 cardholderId = 0; ///< 0: refused
    qint64 cardId = 0;
    std::vector<ErrorItem> errors;
};

Json errorJson(int row, const ErrorItem& item) {
    Json error = Json::object();
    error["row"] = row;
    error["column"] = item.field;
    error["code"] = item.code;
    error["message"] = item.message;
    return error;
}

/// A row as the JSON body the single call takes: text as written, `cardId` a number when it is digits, a number in
/// `dateOfBirth` an Excel date; empty cells left out (so "is required" names them).
Json rowBody(const workbook::Row& row, const std::map<QString, std::size_t>& columns) {
    static const QRegularExpression digits(QStringLiteral("^[1-9][0-9]{0,17}$"));
    Json body = Json::object();
    for (const auto& [name, index] : columns) {
        if (index >= row.cells.size() || row.cells[index].text.trimmed().isEmpty()) {
            continue;
        }
        const workbook::Cell& cell = row.cells[index];
        const QString text = cell.text.trimmed();
        if (name == QStringLiteral("cardId") && digits.match(text).hasMatch()) {
            body["cardId"] = text.toLongLong();
        } else if (name == QStringLiteral("dateOfBirth") && cell.isNumber) {
            const QString date = workbook::dateFromSerial(text);
            body["dateOfBirth"] = toStd(date.isEmpty() ? text : date);
        } else {
            body[toStd(name)] = toStd(cell.text);
        }
    }
    return body;
}

/// Gives the partner's unassigned card to the partner's cardholder with the row's document number (contract §18).
RowOutcome assignCard(Database& db, qint64 partnerId, const Json& body) {
    FieldErrors errors;
    const auto document = validation::requiredString(body, "documentNumber", 1, 20, errors);
    const auto cardId = validation::requiredId(body, "cardId", errors);
    errors.throwIfAny();
    const QVariant holder =
        db.scalar(QStringLiteral("SELECT id FROM cardholders WHERE partner_id = ? AND document_number = ?"),
                  {partnerId, toQt(*document)});
    if (!holder.isValid()) {
        throw ApiError(404, "7100", "No cardholder of the partner has this document number", "documentNumber");
    }
    const std::optional<CardRecord> card = findCard(db, *cardId);
    if (!card || card->partnerId != partnerId) {
        throw ApiError(404, "7200", "Card not found in the system.", "cardId");
    }
    if (card->cardholderId != 0) {
        throw ApiError(409, "7213", "The card is already assigned to a cardholder", "cardId");
    }
    db.run(QStringLiteral("UPDATE cards SET cardholder_id = ? WHERE id = ?"), {holder.toLongLong(), *cardId});
    RowOutcome outcome;
    outcome.cardholderId = holder.toLongLong();
    outcome.cardId = *cardId;
    return outcome;
}

/// One row in its own savepoint: created whole or refused with nothing kept.
RowOutcome processRow(Database& db, const JobSpec& spec, const workbook::Row& row,
                      const std::map<QString, std::size_t>& columns) {
    const Json body = rowBody(row, columns);
    db.run(QStringLiteral("SAVEPOINT bulk_row"));
    RowOutcome outcome;
    try {
        if (spec.kind == Kind::Cardholders) {
            outcome.cardholderId = cardholder_rules::create(db, spec.partnerId, body);
            outcome.cardId = body.at("cardId").get<qint64>();
        } else {
            outcome = assignCard(db, spec.partnerId, body);
        }
        db.run(QStringLiteral("RELEASE bulk_row"));
    } catch (const ApiError& error) {
        db.run(QStringLiteral("ROLLBACK TO bulk_row"));
        db.run(QStringLiteral("RELEASE bulk_row"));
        outcome = RowOutcome();
        outcome.errors = error.errors;
    }
    outcome.row = row.number;
    return outcome;
}

class Job {
public:
    Job(const JobSpec& spec, const Publish& publish)
        : m_spec(spec)
        , m_publish(publish)
        , m_db(Database::writerForThisThread(spec.databasePath)) {}

    void run() {
        std::vector<workbook::Row> rows;
        try {
            rows = workbook::readFirstSheet(m_spec.file);
        } catch (const std::exception& failure) {
            fail({{1, ErrorItem{"7000", failure.what(), {}}}});
            return;
        }
        m_spec.file.clear();
        std::map<QString, std::size_t> columns;
        std::vector<std::pair<int, ErrorItem>> missing;
        const int headerRow = rows.empty() ? 1 : rows.front().number;
        for (const QString& name : m_spec.kind == Kind::Cardholders ? kCardholderColumns : kCardColumns) {
            for (std::size_t index = 0; !rows.empty() && index < rows.front().cells.size(); ++index) {
                if (rows.front().cells[index].text.trimmed() == name) {
                    columns.emplace(name, index);
                    break;
                }
            }
            if (!columns.count(name)) {
                missing.push_back(
                    {headerRow, ErrorItem{"7000", "The header has no column " + toStd(name), toStd(name)}});
            }
        }
        if (!missing.empty()) {
            fail(missing);
            return;
        }
        m_total = qint64(rows.size()) - 1;
        m_db.run(QStringLiteral("UPDATE bulk_batches SET status = 'running', total = ? WHERE id = ?"),
                 {m_total, m_spec.batchId});
        publish("running", {}, false);
        for (std::size_t start = 1; start < rows.size(); start += kChunkRows) {
            const std::size_t end = std::min(rows.size(), start + kChunkRows);
            std::vector<RowOutcome> outcomes;
            m_db.run(QStringLiteral("BEGIN IMMEDIATE")); // the write lock first: no stale snapshot to upgrade
            try {
                for (std::size_t index = start; index < end; ++index) {
                    outcomes.push_back(processRow(m_db, m_spec, rows[index], columns));
                    store(outcomes.back());
                }
                m_processed += qint64(end - start);
                const bool last = end == rows.size();
                m_db.run(QStringLiteral("UPDATE bulk_batches SET status = ?, processed = ?, created = ?, refused = ?,"
                                        " finished_at = ? WHERE id = ?"),
                         {last ? QStringLiteral("completed") : QStringLiteral("running"), m_processed, m_created,
                          m_refused, last ? QVariant(nowIsoUtc()) : QVariant(), m_spec.batchId});
                m_db.run(QStringLiteral("COMMIT"));
            } catch (...) {
                m_db.run(QStringLiteral("ROLLBACK"));
                throw;
            }
            publish(end == rows.size() ? "completed" : "running", outcomes, end == rows.size());
            if (m_spec.chunkDelayMs > 0 && end < rows.size()) {
                QThread::msleep(ulong(m_spec.chunkDelayMs));
            }
        }
        if (rows.size() <= 1) {
            m_db.run(QStringLiteral("UPDATE bulk_batches SET status = 'completed', finished_at = ? WHERE id = ?"),
                     {nowIsoUtc(), m_spec.batchId});
            publish("completed", {}, true);
        }
    }

    /// Ends the batch as failed with `errors` (nothing was created).
    void fail(const std::vector<std::pair<int, ErrorItem>>& errors) {
        Json items = Json::array();
        for (const auto& [row, item] : errors) {
            items.push_back(errorJson(row, item));
            m_db.run(QStringLiteral("INSERT INTO bulk_batch_rows(batch_id, row, column_name, code, message)"
                                    " VALUES(?,?,?,?,?)"),
                     {m_spec.batchId, row, toQt(item.field), toQt(item.code), toQt(item.message)});
        }
        m_db.run(QStringLiteral("UPDATE bulk_batches SET status = 'failed', finished_at = ? WHERE id = ?"),
                 {nowIsoUtc(), m_spec.batchId});
        Json frame = frameHead("failed");
        frame["errors"] = std::move(items);
        frame["createdRows"] = Json::array();
        frame["seq"] = ++m_seq;
        m_publish(frame, true);
    }

private:
    void store(const RowOutcome& outcome) {
        if (outcome.errors.empty()) {
            ++m_created;
            m_db.run(
                QStringLiteral("INSERT INTO bulk_batch_rows(batch_id, row, cardholder_id, card_id) VALUES(?,?,?,?)"),
                {m_spec.batchId, outcome.row, outcome.cardholderId, outcome.cardId});
            return;
        }
        ++m_refused;
        for (const ErrorItem& item : outcome.errors) {
            m_db.run(QStringLiteral("INSERT INTO bulk_batch_rows(batch_id, row, column_name, code, message)"
                                    " VALUES(?,?,?,?,?)"),
                     {m_spec.batchId, outcome.row, toQt(item.field), toQt(item.code), toQt(item.message)});
        }
    }

    Json frameHead(const char* status) const {
        Json frame = Json::object();
        frame["batchId"] = toStd(batchIdText(m_spec.batchId));
        frame["kind"] = kindName(m_spec.kind);
        frame["status"] = status;
        frame["total"] = m_total;
        frame["processed"] = m_processed;
        frame["created"] = m_created;
        frame["refused"] = m_refused;
        return frame;
    }

    void publish(const char* status, const std::vector<RowOutcome>& outcomes, bool final) {
        Json frame = frameHead(status);
        Json errors = Json::array();
        Json created = Json::array();
        for (const RowOutcome& outcome : outcomes) {
            for (const ErrorItem& item : outcome.errors) {
                errors.push_back(errorJson(outcome.row, item));
            }
            if (outcome.errors.empty()) {
                Json entry = Json::object();
                entry["row"] = outcome.row;
                entry["cardholderId"] = outcome.cardholderId;
                if (m_spec.kind == Kind::Cards) {
                    entry["cardId"] = outcome.cardId;
                }
                created.push_back(std::move(entry));
            }
        }
        frame["errors"] = std::move(errors);
        frame["createdRows"] = std::move(created);
        frame["seq"] = ++m_seq;
        m_publish(frame, final);
    }

    JobSpec m_spec;
    const Publish& m_publish;
    Database& m_db;
    qint64 m_total = 0;
    qint64 m_processed = 0;
    qint64 m_created = 0;
    qint64 m_refused = 0;
    int m_seq = 0;
};

} // namespace

const char* kindName(Kind kind) {
    return kind == Kind::Cardholders ? "cardholders" : "cards";
}

QString batchIdText(qint64 batchId) {
    return QStringLiteral("bat_") + QString::number(batchId);
}

void runJob(const JobSpec& spec, const Publish& publish) {
    try {
        Job job(spec, publish);
        try {
            job.run();
        } catch (const std::exception& failure) {
            qWarning("sandbox: bulk batch %lld stopped: %s", spec.batchId, failure.what());
            job.fail(
                {{0, ErrorItem{"7003", "The batch stopped on a server error; the rows reported so far stay", {}}}});
        }
    } catch (const std::exception& failure) {
        qWarning("sandbox: bulk batch %lld could not run: %s", spec.batchId, failure.what());
        Json frame = Json::object();
        frame["batchId"] = toStd(batchIdText(spec.batchId));
        frame["status"] = "failed";
        frame["seq"] = 1;
        publish(frame, true);
    }
}

} // namespace bulk
