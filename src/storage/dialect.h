#pragma once

// Everything that depends on the SQL engine, in one place (docs/data-model.md, "Dialect"). The rest of the
// storage layer writes standard SQL (TEXT and INTEGER columns, bound values, LIMIT/OFFSET) and asks its
// Database's dialect for the rest: SQLite for a file (sqlite_dialect.cpp), PostgreSQL for a
// postgresql:// address (postgres_dialect.cpp). Database::open chooses one from what it is given.

#include "passerelle/domain/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace passerelle::storage {

struct ServerAddress;

class Dialect {
public:
    enum class Engine { Sqlite, Postgres };
    virtual ~Dialect() = default;
    virtual Engine engine() const = 0;

    // The QtSql driver name, and its connect options (SQLite: the busy timeout applies from the very first
    // read; PostgreSQL: libpq's sslmode, connect_timeout ...).
    virtual QString driverName() const = 0;
    // Per-connection settings: foreign keys enforced, WAL journal (SQLite); lock timeout (PostgreSQL).
    // Run after the schema version check: switching to WAL writes to the file header.
    virtual Status configureConnection(QSqlDatabase& connection, int busyTimeoutMs) const = 0;

    // The schema version stored in the database (0 for a new one); fails clearly on a file that is not a
    // database.
    virtual Result<int> schemaVersion(const QSqlDatabase& connection) const = 0;
    virtual Status setSchemaVersion(QSqlDatabase& connection, int version) const = 0;
    // Whether the database holds any table: a version-0 database with tables belongs to another program.
    virtual Result<bool> hasTables(const QSqlDatabase& connection) const = 0;
    // Marks the database as Passerelle's (SQLite: PRAGMA application_id; PostgreSQL: its schema table does).
    virtual Status setApplicationId(QSqlDatabase& connection) const = 0;

    // A migration's CREATE or ALTER statement, written with the portable types (TEXT, INTEGER, BLOB,
    // "INTEGER PRIMARY KEY" for a number the database gives), in this engine's words.
    virtual QString schemaSql(const QString& portable) const = 0;

    // Damage found by the engine's own check, empty when sound (PostgreSQL: checksums are the server's
    // business; nothing to report from a client).
    virtual Result<QStringList> integrityCheck(const QSqlDatabase& connection) const = 0;

    // Statements that open a write transaction: writers are serialised, as SQLite does (a write lock taken
    // at once, so that two writers never deadlock and a revision read under it stays true until commit).
    virtual QStringList beginTransactionSql() const = 0;
    // A read-only transaction: one consistent view, no lock held against writers.
    virtual QString beginReadSql() const = 0;
    QString commitSql() const { return QStringLiteral("COMMIT"); }
    QString rollbackSql() const { return QStringLiteral("ROLLBACK"); }

    // A condition "`column` is one of the ids", with ONE bound value (idListValue below): a list of any
    // length costs one parameter, where "IN (?, ?, ...)" would hit the engine's limit on parameters.
    virtual QString idInListSql(const QString& column) const = 0;

    // Full-text search. Each aggregate has its own index table whose entries are search_entries.entry_id.
    virtual QStringList createSearchTableSql(const QString& table) const = 0;  // as version 2 made them
    // Version 10: SQLite's tables rebuilt with the same entries, also indexing their words' 2- and 3-letter
    // prefixes (nothing to do on PostgreSQL, whose index finds prefixes anyway).
    virtual QStringList rebuildSearchTableWithPrefixesSql(const QString& table) const = 0;
    virtual QString insertSearchTextSql(const QString& table) const = 0;  // binds: entry id, text
    virtual QString deleteSearchTextSql(const QString& table) const = 0;  // binds: entry id
    // The text stored for a record's search document (search_text.h made it): as is where the engine's
    // tokenizer folds case and accents, folded here where it does not.
    virtual QString searchIndexText(const QString& document) const = 0;
    // A sub-query giving the entry ids whose text matches; binds: the expression from searchExpression().
    virtual QString matchingEntriesSql(const QString& table) const = 0;
    // The number of entries whose text matches (one index read, no look-up per entry); binds: the expression.
    virtual QString countMatchesSql(const QString& table) const = 0;
    // The engine's query syntax for "every word, each as a prefix". `words` hold letters and digits only
    // (search_text.h splits them), and are quoted anyway so that no word is ever read as an operator.
    virtual QString searchExpression(const QStringList& words) const = 0;

    // About how many rows `table` holds, without counting them (SQLite: its highest row id; PostgreSQL:
    // the planner's estimate).
    virtual QString estimatedRowsSql(const QString& table) const = 0;
    // The plan of a query (issue 14: whether a list's order is read from an index): a statement whose rows'
    // column planDetailColumn() describe the steps, binding the query's own values; planStepSorts() tells
    // the step that sorts the rows kept rather than reading them in order. Empty when the engine cannot
    // explain a statement with bound values (PostgreSQL prepares it first): callers then assume a sort.
    virtual QString queryPlanSql(const QString& select) const = 0;
    virtual int planDetailColumn() const = 0;
    virtual bool planStepSorts(const QString& detail) const = 0;

    // A statement telling whether this connection's user may write `table` (one boolean row); empty: always
    // (an SQLite file is written by whoever can open it). On a server, read-only roles (auditor, partner) may
    // not write the findings cache (docs/server.md).
    virtual QString canWriteSql(const QString& table) const = 0;

    // Settings for the duration of a bulk import on its connection, and those that put the connection back
    // (SQLite: a smaller page cache, issue 14: a bulk insert gains little from caching pages it writes once,
    // and the cache made the import's peak memory). Empty: nothing to change.
    virtual QStringList bulkImportSettingsSql() const = 0;
    virtual QStringList afterBulkImportSettingsSql() const = 0;
    // The secondary (not UNIQUE) indexes of a table, as rows (name, CREATE statement); binds: the table. An
    // import into an empty table drops them and builds each once after its rows (SQLite sorts each index once
    // instead of inserting 100,000 keys at random places). Empty: the engine keeps its indexes as they are.
    virtual QString rebuildableIndexesSql() const = 0;

    // Settings for a connection that reads a whole database once, in order (the export's readers).
    virtual QStringList bulkReaderSettingsSql() const = 0;
    // A statement that starts a read transaction's snapshot (SQLite takes it at the first read, not at
    // BEGIN).
    virtual QString firstReadSql() const = 0;
};

const Dialect& sqliteDialect();
const Dialect& postgresDialect();
// The dialect of a connection QtSql already made (by its driver's name).
const Dialect& dialectOf(const QSqlDatabase& connection);

}  // namespace passerelle::storage

// What does not depend on the engine at all, and what only SQLite files have.
namespace passerelle::storage::dialect {

// PRAGMA application_id marks a file as Passerelle's ("PASS"), so that another program's SQLite file is
// never mistaken for one (docs/data-model.md, "Recognising a Passerelle file"). Set inside the migration
// transaction, like the schema version.
constexpr qint32 passerelleApplicationId = 0x50415353;

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

// SQLite files: a consistent copy of the whole database into a new (or empty) file; binds: the target path.
QString copyIntoSql();

// Classifying driver errors, whichever engine reported them (SQLite's numeric codes, PostgreSQL's SQLSTATE).
bool isForeignKeyViolation(const QSqlError& error);
// SQLITE_CORRUPT or SQLITE_NOTADB, PostgreSQL's data corruption class: pages that cannot be read as what
// they should hold. (A file that is not SQLite at all is refused before: inspectExistingFile reads its
// header.)
bool isDamage(const QSqlError& error);

// The one bound value of Dialect::idInListSql: the ids as a JSON array, which both engines read.
QVariant idListValue(const QStringList& ids);

}  // namespace passerelle::storage::dialect
