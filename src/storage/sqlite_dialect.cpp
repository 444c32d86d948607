// The SQLite dialect: PRAGMAs, transaction statements and the FTS5 search index; and the error classification
// both engines share.
#include "dialect.h"

#include "passerelle/storage/integrity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::storage {
namespace {

Error sqliteError(const QString& what, const QSqlError& error) {
    // A file that is not SQLite at all was refused from its header (inspectExistingFile); "file is not a
    // database" past that point means damaged pages.
    if (dialect::isDamage(error))
        return failure(damagedDatabaseMessage(), {}, ErrorKind::Io);
    return failure(what + u": "_s + error.text().trimmed(), {}, ErrorKind::Io);
}

Result<QVariant> scalar(const QSqlDatabase& connection, const QString& sql) {
    QSqlQuery query(connection);
    if (!query.exec(sql))
        return sqliteError(u"The database could not be read"_s, query.lastError());
    if (!query.next()) {
        if (query.lastError().isValid())
            return sqliteError(u"The database could not be read"_s, query.lastError());
        return QVariant();
    }
    return query.value(0);
}

Status pragma(QSqlDatabase& connection, const QString& sql, const QString& expected = {}) {
    auto value = scalar(connection, sql);
    if (!value)
        return value.error();
    if (!expected.isEmpty() && value->toString().compare(expected, Qt::CaseInsensitive) != 0) {
        return failure(
            u"The database refused the setting \"%1\" (it answered \"%2\")."_s.arg(sql, value->toString()),
            {}, ErrorKind::Io);
    }
    return success();
}

// The page cache of our connections, and the smaller one of an import's: 16 MiB, with which the import of
// 100,000 students peaked at 211 MiB instead of 262, as fast (8 MiB saved 9 MiB more and was slower).
const QString connectionCacheSql = u"PRAGMA cache_size = -65536"_s;
const QString importCacheSql = u"PRAGMA cache_size = -16384"_s;

class SqliteDialect final : public Dialect {
public:
    Engine engine() const override { return Engine::Sqlite; }
    QString driverName() const override { return u"QSQLITE"_s; }

    Status configureConnection(QSqlDatabase& connection, int busyTimeoutMs) const override {
        // PRAGMA values cannot be bound; these are our own integers, never user text.
        if (auto s = pragma(connection, u"PRAGMA busy_timeout = %1"_s.arg(busyTimeoutMs),
                            QString::number(busyTimeoutMs));
            !s)
            return s;
        if (auto s = pragma(connection, u"PRAGMA foreign_keys = ON"_s); !s)
            return s;
        if (auto s = pragma(connection, u"PRAGMA foreign_keys"_s, u"1"_s); !s)
            return s;
        if (auto s = pragma(connection, u"PRAGMA journal_mode = WAL"_s, u"wal"_s); !s)
            return s;
        // In WAL mode NORMAL cannot corrupt the database; a power cut may only lose the last commits.
        if (auto s = pragma(connection, u"PRAGMA synchronous = NORMAL"_s); !s)
            return s;
        // Up to 64 MiB of page cache (allocated only as pages are used, default 2 MiB): a large import
        // otherwise spills its uncommitted pages to the WAL file and reads them back, which made it three
        // times slower.
        return pragma(connection, connectionCacheSql);
    }

    Result<int> schemaVersion(const QSqlDatabase& connection) const override {
        auto value = scalar(connection, u"PRAGMA user_version"_s);
        if (!value)
            return value.error();
        return value->toInt();
    }

    Status setSchemaVersion(QSqlDatabase& connection, int version) const override {
        // Inside the migration transaction: SQLite keeps user_version in the file header, under the
        // transaction.
        QSqlQuery query(connection);
        if (!query.exec(u"PRAGMA user_version = %1"_s.arg(version)))
            return sqliteError(u"The schema version could not be written"_s, query.lastError());
        return success();
    }

    Result<bool> hasTables(const QSqlDatabase& connection) const override {
        auto value = scalar(connection, u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"_s);
        if (!value)
            return value.error();
        return value->toInt() > 0;
    }

    Status setApplicationId(QSqlDatabase& connection) const override {
        QSqlQuery query(connection);
        if (!query.exec(u"PRAGMA application_id = %1"_s.arg(dialect::passerelleApplicationId)))
            return sqliteError(u"The file could not be marked as Passerelle's"_s, query.lastError());
        return success();
    }

    QString schemaSql(const QString& portable) const override { return portable; }

    Result<QStringList> integrityCheck(const QSqlDatabase& connection) const override {
        QSqlQuery query(connection);
        query.setForwardOnly(true);
        QStringList messages;
        if (query.exec(u"PRAGMA integrity_check(100)"_s)) {
            while (query.next())
                messages << query.value(0).toString();
        }
        if (query.lastError().isValid()) {
            // Pages too damaged for the check to walk them: that is its answer.
            if (dialect::isDamage(query.lastError()))
                return messages << query.lastError().databaseText();
            return sqliteError(u"The integrity check could not run"_s, query.lastError());
        }
        if (messages == QStringList{u"ok"_s})
            messages.clear();
        return messages;
    }

    QStringList beginTransactionSql() const override { return {u"BEGIN IMMEDIATE"_s}; }
    QString beginReadSql() const override { return u"BEGIN DEFERRED"_s; }

    QString idInListSql(const QString& column) const override {
        return column + u" IN (SELECT value FROM json_each(?))"_s;
    }

    QStringList createSearchTableSql(const QString& table) const override {
        // remove_diacritics 2 also folds letters with several accents; case folding is unicode61's default.
        return {u"CREATE VIRTUAL TABLE %1 USING fts5(content, tokenize = \"unicode61 remove_diacritics 2\")"_s
                    .arg(table)};
    }

    QStringList rebuildSearchTableWithPrefixesSql(const QString& table) const override {
        // FTS5 cannot add a prefix index to a table: a new one is filled from the old one's text.
        const QString rebuilt = table + u"_rebuilt"_s;
        return {
            u"CREATE VIRTUAL TABLE %1 USING fts5(content, tokenize = \"unicode61 remove_diacritics 2\", "
            u"prefix = '2 3')"_s.arg(rebuilt),
            u"INSERT INTO %1 (rowid, content) SELECT rowid, content FROM %2"_s.arg(rebuilt, table),
            u"DROP TABLE %1"_s.arg(table), u"ALTER TABLE %1 RENAME TO %2"_s.arg(rebuilt, table)};
    }

    QString insertSearchTextSql(const QString& table) const override {
        return u"INSERT INTO %1 (rowid, content) VALUES (?, ?)"_s.arg(table);
    }
    QString deleteSearchTextSql(const QString& table) const override {
        return u"DELETE FROM %1 WHERE rowid = ?"_s.arg(table);
    }
    QString searchIndexText(const QString& document) const override { return document; }
    QString matchingEntriesSql(const QString& table) const override {
        return u"SELECT rowid FROM %1 WHERE %1 MATCH ?"_s.arg(table);
    }
    QString countMatchesSql(const QString& table) const override {
        return u"SELECT COUNT(*) FROM %1 WHERE %1 MATCH ?"_s.arg(table);
    }

    QString searchExpression(const QStringList& words) const override {
        // FTS5: a quoted string is a literal phrase (so AND, OR, NEAR, ":" or "-" mean nothing), `*` after it
        // makes it a prefix, and terms side by side must all match.
        QStringList terms;
        for (QString word : words) {
            word.replace(u'"', u"\"\""_s);
            terms << u"\""_s + word + u"\"*"_s;
        }
        return terms.join(u' ');
    }

    QString estimatedRowsSql(const QString& table) const override {
        return u"SELECT MAX(rowid) FROM %1"_s.arg(table);
    }
    QString queryPlanSql(const QString& select) const override { return u"EXPLAIN QUERY PLAN "_s + select; }
    int planDetailColumn() const override { return 3; }
    bool planStepSorts(const QString& detail) const override {
        return detail.contains(u"TEMP B-TREE FOR ORDER BY"_s);
    }

    QString canWriteSql(const QString&) const override { return {}; }

    QStringList bulkImportSettingsSql() const override { return {importCacheSql}; }
    QStringList afterBulkImportSettingsSql() const override { return {connectionCacheSql}; }
    QString rebuildableIndexesSql() const override {
        return u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT "
               u"NULL "
               u"AND sql NOT LIKE 'CREATE UNIQUE%'"_s;
    }

    QStringList bulkReaderSettingsSql() const override {
        // A reader reads each page of the file about once (ranges, in order): 4 MiB keeps the indexes' inner
        // pages, where the connection's 64 MiB (set for imports) only grew the process by as much per reader
        // (95 MB at 100,000 students against 57).
        return {u"PRAGMA cache_size = -4096"_s};
    }
    QString firstReadSql() const override { return u"SELECT COUNT(*) FROM sqlite_master"_s; }
};

}  // namespace

const Dialect& sqliteDialect() {
    static const SqliteDialect dialect;
    return dialect;
}

namespace dialect {

QString copyIntoSql() {
    // One read transaction: the copy is consistent even while another program writes (WAL), and compact.
    return u"VACUUM INTO ?"_s;
}

bool isForeignKeyViolation(const QSqlError& error) {
    // SQLite: SQLITE_CONSTRAINT_FOREIGNKEY is 787; Qt reports the primary code (19) on some versions, so the
    // text decides. PostgreSQL: SQLSTATE 23503.
    return error.nativeErrorCode() == u"787"_s || error.nativeErrorCode() == u"23503"_s ||
           error.databaseText().contains(u"FOREIGN KEY constraint failed"_s, Qt::CaseInsensitive);
}

bool isDamage(const QSqlError& error) {
    // SQLite: primary codes SQLITE_CORRUPT (11) and SQLITE_NOTADB (26); extended codes keep them in the low
    // byte. PostgreSQL: SQLSTATE XX001 (data corrupted) and XX002 (index corrupted).
    const QString code = error.nativeErrorCode();
    if (code == u"XX001"_s || code == u"XX002"_s)
        return true;
    bool ok = false;
    const int number = code.toInt(&ok);
    if (ok && ((number & 0xff) == 11 || (number & 0xff) == 26))
        return true;
    const QString text = error.databaseText();
    return text.contains(u"malformed"_s, Qt::CaseInsensitive) ||
           text.contains(u"file is not a database"_s, Qt::CaseInsensitive);
}

QVariant idListValue(const QStringList& ids) {
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

}  // namespace dialect

const Dialect& dialectOf(const QSqlDatabase& connection) {
    return connection.driverName() == u"QPSQL"_s ? postgresDialect() : sqliteDialect();
}

}  // namespace passerelle::storage
