#include "passerelle/storage/database.h"

#include "dialect.h"
#include "migrations/migrations.h"
#include "sql.h"

#include <QDir>
#include <QFileInfo>
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
        const auto fromVersion = dialect::schemaVersion(connection);
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
        return dialect::setSchemaVersion(connection, toVersion);
    });
}

}  // namespace

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path)) {}

Database::~Database() {
    // Qt's rule: every query and every QSqlDatabase copy must be gone before removeDatabase().
    m_statements.clear();
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        if (connection.isOpen()) {
            if (m_transactionDepth > 0)
                QSqlQuery(connection).exec(dialect::rollbackSql());
            connection.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion() {
    return migrations().constLast().version;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path) {
    return openAtVersion(path, latestSchemaVersion());
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString& path, int version) {
    if (path.trimmed().isEmpty())
        return failure(u"No database file was given."_s, {}, ErrorKind::Invalid);
    const QFileInfo file(path);
    if (file.isDir()) {
        return failure(u"%1 is a folder, not a database file."_s.arg(QDir::toNativeSeparators(path)), {},
                       ErrorKind::Invalid);
    }
    if (!QDir().mkpath(file.absolutePath())) {
        return failure(
            u"The folder %1 could not be created."_s.arg(QDir::toNativeSeparators(file.absolutePath())), {},
            ErrorKind::Io);
    }
    const int target = qBound(0, version, latestSchemaVersion());

    const QString name = u"passerelle-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase added = QSqlDatabase::addDatabase(dialect::driverName(), name);
        added.setDatabaseName(file.absoluteFilePath());
        added.setConnectOptions(dialect::connectOptions(busyTimeoutMs));
    }
    // From here on the Database owns the connection name: every early return removes it.
    std::unique_ptr<Database> database(new Database(name, file.absoluteFilePath()));
    QSqlDatabase connection = database->connection();
    if (!connection.open())
        return aboutFile(path, databaseError(u"could not be opened"_s, connection.lastError()));

    // Read the version before changing anything: a newer database must stay byte for byte as it was.
    const auto stored = dialect::schemaVersion(connection);
    if (!stored)
        return aboutFile(path, stored.error());
    if (*stored > latestSchemaVersion()) {
        return aboutFile(path,
                         failure(u"this database was written by a newer version of Passerelle (data version "
                                 u"%1; this version reads up to %2). It was left unchanged: open it with the "
                                 u"newer Passerelle."_s.arg(*stored)
                                     .arg(latestSchemaVersion()),
                                 {}, ErrorKind::Invalid));
    }
    if (*stored == 0) {
        const auto hasTables = dialect::hasTables(connection);
        if (!hasTables)
            return aboutFile(path, hasTables.error());
        if (*hasTables) {
            return aboutFile(path,
                             failure(u"this SQLite database belongs to another program (it has tables but "
                                     u"no Passerelle version); it was left unchanged."_s,
                                     {}, ErrorKind::Invalid));
        }
    }
    if (const Status status = dialect::configureConnection(connection, busyTimeoutMs); !status) {
        return aboutFile(path, status.error());
    }
    if (*stored < target) {
        if (const Status status = runMigrations(*database, target); !status) {
            return aboutFile(path, status.error());
        }
    }
    database->m_schemaVersion = qMax(*stored, target);
    return database;
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

Status Database::transaction(const std::function<Status()>& work) {
    return runInTransaction(dialect::beginTransactionSql(), work);
}

Status Database::snapshot(const std::function<Status()>& work) {
    return runInTransaction(dialect::beginReadSql(), work);
}

Status Database::runInTransaction(const QString& beginSql, const std::function<Status()>& work) {
    if (m_transactionDepth > 0)
        return work();  // joins the outer transaction, which commits or rolls back

    QSqlDatabase db = connection();
    {
        QSqlQuery begin(db);
        if (!begin.exec(beginSql)) {
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
                QSqlQuery(db).exec(dialect::rollbackSql());
        }
    } guard{*this, db};
    m_transactionDepth = 1;

    Status result = work();
    if (result) {
        QSqlQuery commit(db);
        if (!commit.exec(dialect::commitSql())) {
            result = databaseError(u"The database could not save the change"_s, commit.lastError());
        } else {
            guard.done = true;
        }
    }
    return result;  // a failure leaves `done` false: the guard rolls back
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
