#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

/// The sandbox's SQLite database: opened in WAL mode with synchronous=FULL so that a committed transaction
/// survives `kill -9` and power loss. Money is stored as INTEGER units of 1/10000.
class Database final {
public:
    Database() = default;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens (creating if needed) the database at `path` (":memory:" allowed), applies the pragmas and creates
    /// the schema. Returns false and fills `error` on failure.
    bool open(const QString& path, QString* error);

    /// The calling thread's own read-only connection to the database file at `path`, opened on first use and
    /// closed when the thread ends: for work done off the answering thread (contract §15). Throws
    /// std::runtime_error when it cannot be opened. Not for ":memory:" (another connection sees another database).
    static Database& readerForThisThread(const QString& path);
    /// The calling thread's own read-write connection to the file at `path` (same pragmas as open(), schema left
    /// as it is), for background writers such as a bulk upload's job (contract §18). Same lifetime and errors as
    /// readerForThisThread().
    static Database& writerForThisThread(const QString& path);

    /// True when the demo world has not been created yet (no partner rows).
    bool isEmpty();

    QSqlDatabase& handle() { return m_db; }

    /// Prepares and runs `sql` with positional `binds` (never concatenated into the text).
    /// Throws std::runtime_error on an SQL error (the router answers 500 7003).
    QSqlQuery run(const QString& sql, const QVariantList& binds = {});

    /// Runs `sql` and returns the first column of the first row (invalid QVariant when there is no row).
    QVariant scalar(const QString& sql, const QVariantList& binds = {});

private:
    /// The thread's connection of `role` ("reader"/"writer") to `path`, opened with `pragmas` on first use.
    static Database& connectionForThisThread(const QString& path, const char* role, const QStringList& pragmas);
    bool openConnection(const QString& path, const QString& connectionName, QString* error);
    /// Brings a database made by an older sandbox up to the current schema.
    void migrate();

    QSqlDatabase m_db;
    QString m_connectionName;
};

/// RAII transaction: rolled back unless commit() succeeded. commit() throws when SQLite refuses, so a caller
/// answers only after the data is durable.
class SqlTransaction final {
public:
    explicit SqlTransaction(Database& database);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    void commit();

private:
    QSqlDatabase& m_db;
    bool m_done = false;
};
