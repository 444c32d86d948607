#include "passerelle/storage/database.h"

#include "backup_files.h"
#include "dialect.h"
#include "migrations/migrations.h"
#include "sql.h"

#include "passerelle/storage/server_address.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::storage {
namespace {

constexpr int busyTimeoutMs = 5000;

// Prefixes a failure with the file it concerns: the user may have several databases.
Error aboutFile(const QString& path, const Error& error) {
    return failure(u"%1: %2"_s.arg(QDir::toNativeSeparators(path), error.message), error.field, error.kind);
}

Status runMigrations(Database& database, int toVersion) {
    return database.transaction([&]() -> Status {
        // Read again under the write lock: another Passerelle opening the same new file at the same moment
        // may have migrated it while this one waited.
        QSqlDatabase connection = database.connection();
        const auto fromVersion = database.dialect().schemaVersion(connection);
        if (!fromVersion)
            return fromVersion.error();
        if (*fromVersion > Database::latestSchemaVersion()) {
            return failure(
                u"a newer version of Passerelle upgraded this database meanwhile; open it with that "
                u"version."_s,
                {}, ErrorKind::Invalid);
        }
        if (*fromVersion >= toVersion)
            return success();
        for (const Migration& migration : migrations()) {
            if (migration.version <= *fromVersion || migration.version > toVersion)
                continue;
            if (const Status status = migration.apply(database); !status) {
                return failure(
                    u"Upgrading the database to version %1 (%2) failed, nothing was changed: %3"_s.arg(
                        QString::number(migration.version), migration.description, status.error().message),
                    {}, status.error().kind);
            }
        }
        return database.dialect().setSchemaVersion(connection, toVersion);
    });
}

// The passwords typed for server addresses in this process, so that the workers' second connections (the
// dashboard's, the batch PDFs', ...) open without asking again. Memory only.
class RememberedPasswords {
public:
    void remember(const QString& address, const QString& password) {
        const QMutexLocker lock(&m_mutex);
        m_passwords.insert(address, password);
    }
    QString recall(const QString& address) const {
        const QMutexLocker lock(&m_mutex);
        return m_passwords.value(address);
    }

private:
    mutable QMutex m_mutex;
    QHash<QString, QString> m_passwords;
};

RememberedPasswords& rememberedPasswords() {
    static RememberedPasswords passwords;
    return passwords;
}

}  // namespace

Database::Database(QString connectionName, QString path, const Dialect& dialect)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path)), m_dialect(&dialect) {}

bool Database::isServer() const {
    return m_dialect->engine() == Dialect::Engine::Postgres;
}

Database::~Database() {
    // Qt's rule: every query and every QSqlDatabase copy must be gone before removeDatabase().
    m_statements.clear();
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        if (connection.isOpen()) {
            if (m_transactionDepth > 0)
                QSqlQuery(connection).exec(m_dialect->rollbackSql());
            connection.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion() {
    return migrations().constLast().version;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const OpenOptions& options) {
    return openAtVersion(path, latestSchemaVersion(), options);
}

Result<std::unique_ptr<Database>> Database::connect(const QString& absolutePath) {
    const QString name = u"passerelle-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Dialect& dialect = sqliteDialect();
    {
        QSqlDatabase added = QSqlDatabase::addDatabase(dialect.driverName(), name);
        added.setDatabaseName(absolutePath);
        // The busy timeout applies from the very first read.
        added.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs));
    }
    // From here on the Database owns the connection name: every early return removes it.
    std::unique_ptr<Database> database(new Database(name, absolutePath, dialect));
    QSqlDatabase connection = database->connection();
    if (!connection.open())
        return databaseError(u"could not be opened"_s, connection.lastError());
    if (const Status status = dialect.configureConnection(connection, busyTimeoutMs); !status)
        return status.error();
    return database;
}

Result<bool> Database::createAside(const QString& absolutePath, int version) {
    // Built under a temporary name and renamed into place whole: another program (or another Passerelle)
    // never finds a half-made database at the path, and an empty file there is never ours to fill.
    const QString partial = temporaryPathBeside(absolutePath);
    const auto removePartial = [&] {
        for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(partial + suffix);
    };
    if (const Status created = createPrivateFile(partial); !created)
        return created.error();
    Status built = success();
    {
        auto database = connect(partial);
        if (!database)
            built = database.error();
        else
            built = runMigrations(**database, version);
    }  // closed: SQLite folds the -wal into the file and deletes it
    if (built)
        built = syncFile(partial);
    if (!built) {
        removePartial();
        return built.error();
    }
    // QFile::rename never replaces a file: when another Passerelle created the same database meanwhile, its
    // file is kept and this one dropped.
    if (!QFile::rename(partial, absolutePath)) {
        removePartial();
        if (QFileInfo::exists(absolutePath))
            return false;
        return failure(u"the new database could not be put in place."_s, {}, ErrorKind::Io);
    }
    return true;
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString& path, int version,
                                                          const OpenOptions& options) {
    if (path.trimmed().isEmpty())
        return failure(u"No database file was given."_s, {}, ErrorKind::Invalid);
    if (isServerAddress(path))
        return openServer(path, version, options);
    const QFileInfo file(path);
    if (file.isDir()) {
        return failure(u"%1 is a folder, not a database file."_s.arg(QDir::toNativeSeparators(path)), {},
                       ErrorKind::Invalid);
    }
    if (options.existingOnly && !file.exists()) {
        return failure(
            u"The database %1 no longer exists (moved or deleted?)."_s.arg(QDir::toNativeSeparators(path)),
            {}, ErrorKind::NotFound);
    }
    if (!QDir().mkpath(file.absolutePath())) {
        return failure(
            u"The folder %1 could not be created."_s.arg(QDir::toNativeSeparators(file.absolutePath())), {},
            ErrorKind::Io);
    }
    const int target = qBound(0, version, latestSchemaVersion());
    const QString absolutePath = file.absoluteFilePath();

    bool created = false;
    if (!QFileInfo::exists(absolutePath) && !QFileInfo(absolutePath).isSymLink()) {
        const auto made = createAside(absolutePath, qMax(1, target));
        if (!made)
            return aboutFile(path, made.error());
        created = *made;
    }
    // Read-only and without a trace: a file that is not ours stays byte for byte as it was.
    const auto existing = dialect::inspectExistingFile(absolutePath, latestSchemaVersion());
    if (!existing)
        return aboutFile(path, existing.error());

    auto connected = connect(absolutePath);
    if (!connected)
        return aboutFile(path, connected.error());
    std::unique_ptr<Database> database = std::move(connected).value();
    database->m_created = created;
    // Read again through the connection: the inspection may have seen the file before another program's
    // last commit.
    const auto stored = database->dialect().schemaVersion(database->connection());
    if (!stored)
        return aboutFile(path, stored.error());
    if (*stored > latestSchemaVersion()) {
        return aboutFile(path, failure(u"a newer version of Passerelle upgraded this database meanwhile; it "
                                       u"was left unchanged: open it with that version."_s,
                                       {}, ErrorKind::Invalid));
    }
    if (*stored < target) {
        if (!options.backupFolder.isEmpty() && !created) {
            const auto backup = Backups(options.backupFolder, absolutePath, options.retention)
                                    .create(*database, BackupReason::Migration, QDateTime::currentDateTime());
            if (!backup) {
                return aboutFile(path, failure(u"the database could not be backed up before its upgrade to "
                                               u"version %1, so it was not upgraded: %2"_s.arg(target)
                                                   .arg(backup.error().message),
                                               {}, backup.error().kind));
            }
        }
        if (const Status status = runMigrations(*database, target); !status) {
            return aboutFile(path, status.error());
        }
    }
    database->m_schemaVersion = qMax(*stored, target);
    return database;
}

Result<std::unique_ptr<Database>> Database::openServer(const QString& text, int version,
                                                       const OpenOptions& options) {
    const auto address = parseServerAddress(text);
    if (!address)
        return address.error();
    const QString shown = address->url();
    if (!options.password.isEmpty())
        rememberedPasswords().remember(shown, options.password);
    const QString password =
        options.password.isEmpty() ? rememberedPasswords().recall(shown) : options.password;

    const QString name = u"passerelle-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Dialect& dialect = postgresDialect();
    {
        QSqlDatabase added = QSqlDatabase::addDatabase(dialect.driverName(), name);
        if (!added.isValid()) {
            QSqlDatabase::removeDatabase(name);
            return failure(
                u"%1: this installation cannot reach a PostgreSQL server (Qt's QPSQL driver, Debian "
                u"package libqt6sql6-psql, is missing)."_s.arg(shown),
                {}, ErrorKind::Io);
        }
        added.setHostName(address->host);
        if (address->port > 0)
            added.setPort(address->port);
        added.setDatabaseName(address->database);
        added.setUserName(address->user);
        added.setPassword(password);
        QStringList connectOptions{u"connect_timeout=10"_s, u"application_name=Passerelle"_s};
        if (!address->sslMode.isEmpty())
            connectOptions << u"sslmode="_s + address->sslMode;
        added.setConnectOptions(connectOptions.join(u';'));
    }
    std::unique_ptr<Database> database(new Database(name, shown, dialect));
    QSqlDatabase connection = database->connection();
    if (!connection.open())
        return aboutFile(shown, databaseError(u"could not be reached"_s, connection.lastError()));
    if (const Status status = dialect.configureConnection(connection, busyTimeoutMs); !status)
        return aboutFile(shown, status.error());

    const auto stored = dialect.schemaVersion(connection);
    if (!stored)
        return aboutFile(shown, stored.error());
    if (*stored == 0) {
        const auto tables = dialect.hasTables(connection);
        if (!tables)
            return aboutFile(shown, tables.error());
        if (*tables) {
            return aboutFile(shown,
                             failure(u"this database holds another program's tables; Passerelle left it "
                                     u"unchanged. Give Passerelle a database of its own."_s,
                                     {}, ErrorKind::Invalid));
        }
    }
    if (*stored > latestSchemaVersion()) {
        return aboutFile(shown, failure(u"a newer version of Passerelle upgraded this database; it was left "
                                        u"unchanged: use that version."_s,
                                        {}, ErrorKind::Invalid));
    }
    const int target = qBound(1, version, latestSchemaVersion());
    // The server's backups are its administrator's (pg_dump, docs/server.md); the upgrade itself is one
    // transaction, which PostgreSQL rolls back whole, schema changes included.
    if (*stored < target) {
        if (const Status status = runMigrations(*database, target); !status)
            return aboutFile(shown, status.error());
    }
    database->m_created = *stored == 0;
    database->m_schemaVersion = qMax(*stored, target);
    return database;
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

Status Database::transaction(const std::function<Status()>& work) {
    return runInTransaction(m_dialect->beginTransactionSql(), work);
}

Status Database::snapshot(const std::function<Status()>& work) {
    return runInTransaction({m_dialect->beginReadSql()}, work);
}

Status Database::runInTransaction(const QStringList& beginSql, const std::function<Status()>& work) {
    if (m_transactionDepth > 0)
        return work();  // joins the outer transaction, which commits or rolls back

    QSqlDatabase db = connection();
    for (qsizetype i = 0; i < beginSql.size(); ++i) {
        QSqlQuery begin(db);
        if (!begin.exec(beginSql.at(i))) {
            if (i > 0)  // the transaction began: the lock was not granted in time
                QSqlQuery(db).exec(m_dialect->rollbackSql());
            return databaseError(
                u"The database is busy (another program may have been writing to it "
                u"for more than %1 seconds)"_s.arg(busyTimeoutMs / 1000),
                begin.lastError());
        }
    }
    // Rolls back if `work` throws, so the connection is never left inside a transaction.
    struct Guard {
        Database& database;
        QSqlDatabase& db;
        bool done = false;
        ~Guard() {
            database.m_transactionDepth = 0;
            if (!done)
                QSqlQuery(db).exec(database.m_dialect->rollbackSql());
        }
    } guard{*this, db};
    m_transactionDepth = 1;

    Status result = work();
    if (result) {
        QSqlQuery commit(db);
        if (!commit.exec(m_dialect->commitSql())) {
            result = databaseError(u"The database could not save the change"_s, commit.lastError());
        } else {
            guard.done = true;
        }
    }
    return result;  // a failure leaves `done` false: the guard rolls back
}

Status Database::attempt(const std::function<Status()>& work) {
    if (!isServer() || m_transactionDepth == 0)
        return work();
    // Not prepared: PostgreSQL cannot PREPARE a SAVEPOINT.
    const auto run = [this](const QString& sql) -> Status {
        QSqlQuery query(connection());
        if (!query.exec(sql))
            return databaseError(u"The database could not save the change"_s, query.lastError());
        return success();
    };
    if (auto s = run(u"SAVEPOINT passerelle_attempt"_s); !s)
        return s;
    Status result = work();
    if (!result) {
        if (auto s = run(u"ROLLBACK TO SAVEPOINT passerelle_attempt"_s); !s)
            return s;
    }
    if (auto s = run(u"RELEASE SAVEPOINT passerelle_attempt"_s); !s)
        return s;
    return result;
}

Result<QSqlQuery*> Database::cachedQuery(const QString& sql) {
    if (const auto found = m_statements.find(sql); found != m_statements.end())
        return found->second.get();
    auto query = std::make_unique<QSqlQuery>(connection());
    query->setForwardOnly(true);
    if (!query->prepare(sql))
        return databaseError(u"The database could not prepare a statement"_s, query->lastError());
    QSqlQuery* prepared = query.get();
    m_statements.emplace(sql, std::move(query));
    return prepared;
}

}  // namespace passerelle::storage
