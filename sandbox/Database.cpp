#include "Database.h"

#include <QSqlError>
#include <QStringList>
#include <QThread>
#include <QThreadStorage>

#include <memory>
#include <stdexcept>

namespace {

const char* const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS merchants(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
    // The program's own money (contract §14): card top-ups come out of it, withdrawals go back into it.
    "CREATE TABLE IF NOT EXISTS partner_balances(partner_id INTEGER PRIMARY KEY REFERENCES partners(id),"
    " available_units INTEGER NOT NULL CHECK(available_units >= 0), created_at TEXT NOT NULL,"
    " updated_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS partners(id INTEGER PRIMARY KEY, name TEXT NOT NULL, currency TEXT NOT NULL,"
    " bin TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS operators(id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE COLLATE NOCASE,"
    " name TEXT NOT NULL, role TEXT NOT NULL, password_salt BLOB NOT NULL, password_hash BLOB NOT NULL,"
    " password_iterations INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS operator_partners(operator_id INTEGER NOT NULL REFERENCES operators(id),"
    " partner_id INTEGER NOT NULL REFERENCES partners(id), PRIMARY KEY(operator_id, partner_id))",
    "CREATE TABLE IF NOT EXISTS operator_permissions(operator_id INTEGER NOT NULL REFERENCES operators(id),"
    " permission TEXT NOT NULL, PRIMARY KEY(operator_id, permission))",
    "CREATE TABLE IF NOT EXISTS app_sessions(id INTEGER PRIMARY KEY, merchant_id INTEGER NOT NULL,"
    " access_hash TEXT NOT NULL UNIQUE, refresh_hash TEXT NOT NULL UNIQUE, access_expires INTEGER NOT NULL,"
    " refresh_expires INTEGER NOT NULL)",
    // One row per operator login: the family every token pair of that login descends from (contract §15).
    // AUTOINCREMENT: an ended login's id is never given to a new one.
    "CREATE TABLE IF NOT EXISTS operator_logins(id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " operator_id INTEGER NOT NULL REFERENCES operators(id), created_at INTEGER NOT NULL, ended_at INTEGER)",
    "CREATE TABLE IF NOT EXISTS operator_sessions(id INTEGER PRIMARY KEY,"
    " operator_id INTEGER NOT NULL REFERENCES operators(id), access_hash TEXT NOT NULL UNIQUE,"
    " refresh_hash TEXT NOT NULL UNIQUE, access_expires INTEGER NOT NULL, refresh_expires INTEGER NOT NULL,"
    " login_id INTEGER REFERENCES operator_logins(id))",
    // Refresh tokens already rotated, kept until they would have expired: one coming back ends its login.
    "CREATE TABLE IF NOT EXISTS operator_rotated_refresh(refresh_hash TEXT PRIMARY KEY,"
    " login_id INTEGER NOT NULL, expires INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS otp_codes(operator_id INTEGER PRIMARY KEY REFERENCES operators(id),"
    " code_hash BLOB NOT NULL, purpose TEXT NOT NULL, expires_at INTEGER NOT NULL, attempts_left INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS cardholders(id INTEGER PRIMARY KEY, partner_id INTEGER NOT NULL REFERENCES"
    " partners(id), name TEXT NOT NULL, last_name TEXT NOT NULL, address TEXT NOT NULL,"
    " country_of_birth TEXT NOT NULL, date_of_birth TEXT NOT NULL, marital_status TEXT NOT NULL,"
    " gender TEXT NOT NULL, phone_number TEXT NOT NULL, email TEXT NOT NULL, email_lower TEXT NOT NULL,"
    " document_type TEXT NOT NULL, document_number TEXT NOT NULL, created_at TEXT NOT NULL)",
    "CREATE UNIQUE INDEX IF NOT EXISTS cardholders_email ON cardholders(partner_id, email_lower)",
    "CREATE UNIQUE INDEX IF NOT EXISTS cardholders_document ON cardholders(partner_id, document_number)",
    "CREATE INDEX IF NOT EXISTS cardholders_created ON cardholders(partner_id, created_at, id)",
    "CREATE INDEX IF NOT EXISTS cardholders_name ON cardholders(partner_id, name COLLATE NOCASE, id)",
    "CREATE INDEX IF NOT EXISTS cardholders_last_name ON cardholders(partner_id, last_name COLLATE NOCASE, id)",
    "CREATE INDEX IF NOT EXISTS cardholders_phone ON cardholders(partner_id, phone_number, id)",
    // Trigram full-text index: case-insensitive substring search over e-mail, phone, document and names.
    "CREATE VIRTUAL TABLE IF NOT EXISTS cardholder_search USING fts5(search_text, tokenize='trigram')",
    "CREATE TABLE IF NOT EXISTS cards(id INTEGER PRIMARY KEY, partner_id INTEGER NOT NULL REFERENCES partners(id),"
    " cardholder_id INTEGER REFERENCES cardholders(id), pan_prefix TEXT NOT NULL, pan_last4 TEXT NOT NULL,"
    " alias TEXT NOT NULL, status TEXT NOT NULL CHECK(status IN ('INACTIVE','ACTIVE','BLOCKED')),"
    " balance_units INTEGER NOT NULL DEFAULT 0 CHECK(balance_units >= 0), currency TEXT NOT NULL,"
    " created_at TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS cards_partner ON cards(partner_id, cardholder_id)",
    "CREATE INDEX IF NOT EXISTS cards_owner ON cards(cardholder_id, pan_last4)",
    "CREATE TABLE IF NOT EXISTS movements(id INTEGER PRIMARY KEY, card_id INTEGER NOT NULL REFERENCES cards(id),"
    " movement_type TEXT NOT NULL CHECK(movement_type IN ('credit','debit')), type TEXT NOT NULL,"
    " description TEXT NOT NULL, observations TEXT, amount_units INTEGER NOT NULL CHECK(amount_units > 0),"
    " balance_after_units INTEGER NOT NULL CHECK(balance_after_units >= 0), channel TEXT NOT NULL,"
    " operator_id INTEGER, created_at TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS movements_card ON movements(card_id, created_at, id)",
    // Process requests (contract §17): the evidence bytes live apart so that lists never read them.
    "CREATE TABLE IF NOT EXISTS process_requests(id INTEGER PRIMARY KEY,"
    " partner_id INTEGER NOT NULL REFERENCES partners(id),"
    " status TEXT NOT NULL CHECK(status IN ('pending','approved','rejected','cancelled')),"
    " amount_units INTEGER NOT NULL CHECK(amount_units > 0), currency TEXT NOT NULL, observations TEXT,"
    " evidence_name TEXT NOT NULL, evidence_type TEXT NOT NULL, evidence_size INTEGER NOT NULL,"
    " evidence_sha256 TEXT NOT NULL, requested_by INTEGER NOT NULL REFERENCES operators(id),"
    " decided_by INTEGER REFERENCES operators(id), decision_comment TEXT, created_at TEXT NOT NULL, decided_at TEXT)",
    "CREATE INDEX IF NOT EXISTS process_requests_partner ON process_requests(partner_id, created_at, id)",
    "CREATE TABLE IF NOT EXISTS process_request_evidence(request_id INTEGER PRIMARY KEY"
    " REFERENCES process_requests(id), bytes BLOB NOT NULL)",
    // Bulk uploads (contract §18): one row per batch, one per created row or per row error.
    "CREATE TABLE IF NOT EXISTS bulk_batches(id INTEGER PRIMARY KEY AUTOINCREMENT, partner_id INTEGER NOT NULL"
    " REFERENCES partners(id), operator_id INTEGER NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL,"
    " total INTEGER NOT NULL DEFAULT 0, processed INTEGER NOT NULL DEFAULT 0, created INTEGER NOT NULL DEFAULT 0,"
    " refused INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, finished_at TEXT)",
    "CREATE TABLE IF NOT EXISTS bulk_batch_rows(batch_id INTEGER NOT NULL REFERENCES bulk_batches(id),"
    " row INTEGER NOT NULL, column_name TEXT, code TEXT, message TEXT, cardholder_id INTEGER, card_id INTEGER)",
    "CREATE INDEX IF NOT EXISTS bulk_batch_rows_batch ON bulk_batch_rows(batch_id, row)",
    "CREATE TABLE IF NOT EXISTS associations(id INTEGER PRIMARY KEY,"
    " cardholder_id INTEGER NOT NULL REFERENCES cardholders(id), card_id INTEGER NOT NULL REFERENCES cards(id),"
    " alias TEXT NOT NULL, created_at TEXT NOT NULL, UNIQUE(cardholder_id, card_id))",
};

} // namespace

Database::~Database() {
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Database::openConnection(const QString& path, const QString& connectionName, QString* error) {
    m_connectionName = connectionName;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    return true;
}

bool Database::open(const QString& path, QString* error) {
    if (!openConnection(path, QStringLiteral("migo-sandbox"), error)) {
        return false;
    }
    try {
        // WAL + FULL: a commit is on disk before we answer, so kill -9 loses no acknowledged operation.
        run(QStringLiteral("PRAGMA journal_mode=WAL"));
        run(QStringLiteral("PRAGMA synchronous=FULL"));
        run(QStringLiteral("PRAGMA foreign_keys=ON"));
        run(QStringLiteral("PRAGMA busy_timeout=5000"));
        run(QStringLiteral("PRAGMA cache_size=-65536"));
        run(QStringLiteral("PRAGMA temp_store=MEMORY"));
        for (const char* statement : kSchema) {
            run(QString::fromLatin1(statement));
        }
        migrate();
    } catch (const std::exception& failure) {
        *error = QString::fromUtf8(failure.what());
        return false;
    }
    return true;
}

Database& Database::readerForThisThread(const QString& path) {
    return connectionForThisThread(path, "reader",
                                   {QStringLiteral("PRAGMA busy_timeout=5000"), QStringLiteral("PRAGMA query_only=ON"),
                                    QStringLiteral("PRAGMA temp_store=MEMORY")});
}

Database& Database::writerForThisThread(const QString& path) {
    return connectionForThisThread(path, "writer",
                                   {QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral("PRAGMA foreign_keys=ON"),
                                    QStringLiteral("PRAGMA busy_timeout=5000"),
                                    QStringLiteral("PRAGMA temp_store=MEMORY")});
}

Database& Database::connectionForThisThread(const QString& path, const char* role, const QStringList& pragmas) {
    // Qt SQL connections belong to the thread that opened them: each worker thread keeps its own per role, closed
    // (and removed) by QThreadStorage when the thread ends.
    static QThreadStorage<Database*> readers;
    static QThreadStorage<Database*> writers;
    QThreadStorage<Database*>& connections = qstrcmp(role, "reader") == 0 ? readers : writers;
    if (!connections.hasLocalData() || !connections.localData() ||
        connections.localData()->m_db.databaseName() != path) {
        connections.setLocalData(nullptr); // closes the previous one, if any, before its name is used again
        auto connection = std::make_unique<Database>();
        QString error;
        const QString name = QStringLiteral("migo-sandbox-") + QLatin1String(role) + QLatin1Char('-') +
                             QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
        if (!connection->openConnection(path, name, &error)) {
            throw std::runtime_error(std::string("cannot open a ") + role + " connection: " + error.toStdString());
        }
        for (const QString& pragma : pragmas) {
            connection->run(pragma);
        }
        connections.setLocalData(connection.release());
    }
    return *connections.localData();
}

void Database::migrate() {
    // Databases made before issue 15 have operator sessions without a login: add the column and end those
    // sessions (their operators sign in again).
    bool hasLogin = false;
    QSqlQuery columns = run(QStringLiteral("PRAGMA table_info(operator_sessions)"));
    while (columns.next()) {
        hasLogin = hasLogin || columns.value(1).toString() == QStringLiteral("login_id");
    }
    if (!hasLogin) {
        run(QStringLiteral("ALTER TABLE operator_sessions ADD COLUMN login_id INTEGER REFERENCES operator_logins(id)"));
    }
    run(QStringLiteral("DELETE FROM operator_sessions WHERE login_id IS NULL"));
    run(QStringLiteral("CREATE INDEX IF NOT EXISTS operator_sessions_login ON operator_sessions(login_id)"));
}

bool Database::isEmpty() {
    return scalar(QStringLiteral("SELECT COUNT(*) FROM partners")).toLongLong() == 0;
}

QSqlQuery Database::run(const QString& sql, const QVariantList& binds) {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        throw std::runtime_error("SQL prepare failed: " + query.lastError().text().toStdString() + " in " +
                                 sql.toStdString());
    }
    for (const QVariant& value : binds) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        throw std::runtime_error("SQL failed: " + query.lastError().text().toStdString() + " in " + sql.toStdString());
    }
    return query;
}

QVariant Database::scalar(const QString& sql, const QVariantList& binds) {
    QSqlQuery query = run(sql, binds);
    return query.next() ? query.value(0) : QVariant();
}

SqlTransaction::SqlTransaction(Database& database)
    : m_db(database.handle()) {
    if (!m_db.transaction()) {
        throw std::runtime_error("cannot begin transaction: " + m_db.lastError().text().toStdString());
    }
}

SqlTransaction::~SqlTransaction() {
    if (!m_done) {
        m_db.rollback();
    }
}

void SqlTransaction::commit() {
    if (!m_db.commit()) {
        throw std::runtime_error("commit failed: " + m_db.lastError().text().toStdString());
    }
    m_done = true;
}
