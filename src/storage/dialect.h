#pragma once

// Everything that depends on the SQL engine, in one place (docs/data-model.md, "Dialect"). The rest of the
// storage layer writes standard SQL (TEXT and INTEGER columns, bound values, LIMIT/OFFSET). Today the only
// engine is SQLite (sqlite_dialect.cpp); a PostgreSQL back end implements these same functions.

#include "passerelle/domain/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace passerelle::storage::dialect {

// The QtSql driver name, and its connect options (the busy timeout applies from the very first read).
QString driverName();
QString connectOptions(int busyTimeoutMs);

// Per-connection settings: foreign keys enforced, WAL journal, a busy timeout of `busyTimeoutMs`.
// Run after the schema version check: switching to WAL writes to the file header.
Status configureConnection(QSqlDatabase& connection, int busyTimeoutMs);

// The schema version stored in the database (0 for a new file); fails clearly on a file that is not a
// database.
Result<int> schemaVersion(const QSqlDatabase& connection);
Status setSchemaVersion(QSqlDatabase& connection, int version);
// Whether the database holds any table: a version-0 database with tables belongs to another program.
Result<bool> hasTables(const QSqlDatabase& connection);

// Statements that open a write transaction (taking the write lock at once, so that two writers never
// deadlock upgrading read locks), commit and roll back.
QString beginTransactionSql();
QString beginReadSql();  // a read-only transaction: one consistent view, no lock held against writers
QString commitSql();
QString rollbackSql();

// Classifying driver errors.
bool isForeignKeyViolation(const QSqlError& error);

// Full-text search. Each aggregate has its own index table whose row ids are search_entries.entry_id.
QStringList createSearchTableSql(const QString& table);
QString insertSearchTextSql(const QString& table);  // binds: entry id, text
QString deleteSearchTextSql(const QString& table);  // binds: entry id
// A sub-query giving the entry ids whose text matches; binds: the expression from searchExpression().
QString matchingEntriesSql(const QString& table);
// The engine's query syntax for "every word, each as a prefix". `words` hold letters and digits only
// (search_text.h splits them), and are quoted anyway so that no word is ever read as an operator.
QString searchExpression(const QStringList& words);

}  // namespace passerelle::storage::dialect
