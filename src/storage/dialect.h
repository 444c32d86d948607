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

// PRAGMA application_id marks a file as Passerelle's ("PASS"), so that another program's SQLite file is
// never mistaken for one (docs/data-model.md, "Recognising a Passerelle file"). Set inside the migration
// transaction, like the schema version.
constexpr qint32 passerelleApplicationId = 0x50415353;
Status setApplicationId(QSqlDatabase& connection);

// What an existing file holds, learnt without writing a byte to it or beside it (sqlite_file_check.cpp).
struct ExistingFile {
    int schemaVersion = 0;
    bool marked = false;  // the application id is set (files written since schema version 4)
};
// Fails with ErrorKind::Invalid and a message for a user when the file is not a Passerelle database (empty,
// text, another program's SQLite file, a newer Passerelle's), and with the damaged-database message
// (ErrorKind::Io) when SQLite finds it damaged.
Result<ExistingFile> inspectExistingFile(const QString& path, int latestSchemaVersion);

// A read-only connection that leaves no trace: immutable (no lock, no -wal/-shm) when the file has no -wal,
// otherwise a plain read-only one that reads the -wal of the program using it. Removed when destroyed.
class ReadOnlyConnection {
public:
    explicit ReadOnlyConnection(const QString& path);
    ~ReadOnlyConnection();
    ReadOnlyConnection(const ReadOnlyConnection&) = delete;
    ReadOnlyConnection& operator=(const ReadOnlyConnection&) = delete;
    Status open();
    QSqlDatabase connection() const;

private:
    QString m_name;
    QString m_path;
};

// PRAGMA integrity_check: SQLite's messages, empty when the file is sound.
Result<QStringList> integrityCheck(const QSqlDatabase& connection);
// A consistent copy of the whole database into a new (or empty) file; binds: the target path.
QString copyIntoSql();

// Statements that open a write transaction (taking the write lock at once, so that two writers never
// deadlock upgrading read locks), commit and roll back.
QString beginTransactionSql();
QString beginReadSql();  // a read-only transaction: one consistent view, no lock held against writers
QString commitSql();
QString rollbackSql();

// Classifying driver errors.
bool isForeignKeyViolation(const QSqlError& error);
// SQLITE_CORRUPT or SQLITE_NOTADB: pages that cannot be read as what they should hold. (A file that is not
// SQLite at all is refused before: inspectExistingFile reads its header.)
bool isDamage(const QSqlError& error);

// A condition "`column` is one of the ids", with ONE bound value (idListValue): a list of any length costs
// one parameter, where "IN (?, ?, ...)" would hit the engine's limit on parameters.
QString idInListSql(const QString& column);
QVariant idListValue(const QStringList& ids);

// Full-text search. Each aggregate has its own index table whose row ids are search_entries.entry_id.
QStringList createSearchTableSql(const QString& table);  // as version 2 made them
// Version 10: the same table, rebuilt with the same row ids, also indexing its words' 2- and 3-letter
// prefixes.
QStringList rebuildSearchTableWithPrefixesSql(const QString& table);
QString insertSearchTextSql(const QString& table);  // binds: entry id, text
QString deleteSearchTextSql(const QString& table);  // binds: entry id
// A sub-query giving the entry ids whose text matches; binds: the expression from searchExpression().
QString matchingEntriesSql(const QString& table);
// The number of entries whose text matches (one index read, no look-up per entry); binds: the expression.
QString countMatchesSql(const QString& table);
// The engine's query syntax for "every word, each as a prefix". `words` hold letters and digits only
// (search_text.h splits them), and are quoted anyway so that no word is ever read as an operator.
QString searchExpression(const QStringList& words);

// The plan of a query (issue 14: whether a list's order is read from an index): a statement whose rows'
// column `planDetailColumn` describe the steps, binding the query's own values; planStepSorts() tells the
// step that sorts the rows kept rather than reading them in order.
QString queryPlanSql(const QString& select);
constexpr int planDetailColumn = 3;
bool planStepSorts(const QString& detail);

}  // namespace passerelle::storage::dialect
