#pragma once

#include "passerelle/domain/result.h"
#include "passerelle/storage/backups.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <unordered_map>

namespace passerelle::storage {

struct OpenOptions {
    // Where the backup made before a migration goes (the programs pass runtime::backupFolder()); empty: no
    // backup (tests, tools). A database that cannot be backed up is not migrated.
    QString backupFolder;
    RetentionPolicy retention;
    // A second connection on a database the program already has open (a worker thread's): the file must
    // exist; one moved or deleted meanwhile is an error, never silently replaced by a new, empty database.
    bool existingOnly = false;
    // A server's password, typed by the user (issue 15); empty: libpq's ~/.pgpass, PGPASSFILE or
    // PGPASSWORD. Kept in this process's memory only, so that the workers' second connections to the same
    // address need not ask again; never written, never logged.
    QString password;
};

class Dialect;

// One open Passerelle database: a QtSql connection with the schema migrated to the latest version.
// A path opens an SQLite file (the embedded default); a postgresql:// address (server_address.h) a shared
// PostgreSQL database, with the same schema and the same code (the storage layer's dialect seam, issue 15).
// An existing file is first inspected read-only (sqlite_file_check.cpp): anything that is not a Passerelle
// database (another program's SQLite file, text, an empty file, a newer Passerelle's) is refused with
// ErrorKind::Invalid and left byte for byte as it was. A new database is built aside and renamed into place,
// so a file at the path is always a whole Passerelle database. Opening applies the pending migrations in one
// transaction, after a backup. Not thread-safe: one Database per thread.
class Database {
public:
    // Opens (creating the file and its folder only when no file exists) and migrates to
    // latestSchemaVersion(). A server's database must exist (its administrator creates it, docs/server.md);
    // an empty one gets the schema, one holding another program's tables is refused.
    static Result<std::unique_ptr<Database>> open(const QString& path, const OpenOptions& options = {});
    // Opens and migrates up to `version` only, never down: for the migration tests, which build an older
    // database to upgrade. Applications call open().
    static Result<std::unique_ptr<Database>> openAtVersion(const QString& path, int version,
                                                           const OpenOptions& options = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    // The file's path, or the server's address (without any password).
    QString path() const { return m_path; }
    // Whether this is a shared server's database rather than a file (no file backups, no WAL file).
    bool isServer() const;
    // What differs between SQLite and PostgreSQL, for the storage layer's own code.
    const Dialect& dialect() const { return *m_dialect; }
    int schemaVersion() const { return m_schemaVersion; }
    // Whether this open created the file (then there is nothing to back up yet).
    bool wasCreated() const { return m_created; }
    static int latestSchemaVersion();

    // Runs `work` inside one transaction: committed when it succeeds, rolled back when it fails, so a write
    // either happens whole or not at all. A transaction started inside another one joins it: the outermost
    // call commits or rolls back everything.
    Status transaction(const std::function<Status()>& work);
    bool inTransaction() const { return m_transactionDepth > 0; }
    // Runs `work`, which only reads, on one consistent state of the data: a list's count, its rows and their
    // child rows all come from the same moment even while another program writes.
    Status snapshot(const std::function<Status()>& work);

    // Inside a transaction: runs `work` so that its failure leaves the transaction usable, its own changes
    // undone, for the queries that explain the failure. PostgreSQL aborts a whole transaction at its first
    // error, so there `work` runs in a savepoint; a failed SQLite statement undoes only itself.
    Status attempt(const std::function<Status()>& work);

    // For the storage layer's own code: `sql` prepared once for this connection and reused afterwards, so
    // that bulk writes do not parse the same statement 100,000 times. The query lives as long as the
    // Database; callers bind every placeholder before each exec() and finish() it after reading.
    Result<QSqlQuery*> cachedQuery(const QString& sql);

private:
    Database(QString connectionName, QString path, const Dialect& dialect);
    static Result<std::unique_ptr<Database>> connect(const QString& absolutePath);
    static Result<std::unique_ptr<Database>> openServer(const QString& address, int version,
                                                        const OpenOptions& options);
    static Result<bool> createAside(const QString& absolutePath, int version);  // false: lost a race
    Status runInTransaction(const QStringList& beginSql, const std::function<Status()>& work);
    QString m_connectionName;
    QString m_path;
    const Dialect* m_dialect;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    bool m_created = false;
    // Destroyed before the connection is removed (Qt requires every query to be gone first).
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

}  // namespace passerelle::storage
