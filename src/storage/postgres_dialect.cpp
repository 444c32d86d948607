// The PostgreSQL dialect (issue 15): the shared server. The schema is the migrations' portable one with
// PostgreSQL's types; writers are serialised by an advisory lock as SQLite serialises them; search is a
// table per aggregate with a GIN full-text index over text folded the way SQLite's tokenizer folds it.
#include "dialect.h"

#include "search_text.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::storage {
namespace {

// The advisory lock every write transaction takes ("PASS"): one writer at a time, like SQLite's write lock.
constexpr qint64 writeLockKey = 0x50415353;

Error serverError(const QString& what, const QSqlError& error) {
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.driverText().trimmed();
    return failure(what + u": "_s + detail, {}, ErrorKind::Io);
}

Result<QVariant> scalar(const QSqlDatabase& connection, const QString& sql) {
    QSqlQuery query(connection);
    if (!query.exec(sql))
        return serverError(u"The database could not be read"_s, query.lastError());
    if (!query.next()) {
        if (query.lastError().isValid())
            return serverError(u"The database could not be read"_s, query.lastError());
        return QVariant();
    }
    return query.value(0);
}

Status run(QSqlDatabase& connection, const QString& sql, const QString& what) {
    QSqlQuery query(connection);
    if (!query.exec(sql))
        return serverError(what, query.lastError());
    return success();
}

class PostgresDialect final : public Dialect {
public:
    Engine engine() const override { return Engine::Postgres; }
    QString driverName() const override { return u"QPSQL"_s; }

    Status configureConnection(QSqlDatabase& connection, int busyTimeoutMs) const override {
        // Texts are compared byte for byte (COLLATE "C" below), which is SQLite's order only in UTF-8.
        const auto encoding = scalar(connection, u"SHOW server_encoding"_s);
        if (!encoding)
            return encoding.error();
        if (encoding->toString().compare(u"UTF8"_s, Qt::CaseInsensitive) != 0) {
            return failure(
                u"The database uses the encoding %1; Passerelle needs UTF8 (create it with "
                u"ENCODING 'UTF8', see docs/server.md)."_s.arg(encoding->toString()),
                {}, ErrorKind::Invalid);
        }
        // As SQLite's busy timeout: a writer waits that long for another one before giving up. Our own
        // integer, never user text.
        return run(connection, u"SET lock_timeout = %1"_s.arg(busyTimeoutMs),
                   u"The connection could not be set up"_s);
    }

    Result<int> schemaVersion(const QSqlDatabase& connection) const override {
        const auto exists = scalar(connection, u"SELECT to_regclass('passerelle_schema') IS NOT NULL"_s);
        if (!exists)
            return exists.error();
        if (!exists->toBool())
            return 0;
        const auto version = scalar(connection, u"SELECT MAX(version) FROM passerelle_schema"_s);
        if (!version)
            return version.error();
        return version->toInt();
    }

    Status setSchemaVersion(QSqlDatabase& connection, int version) const override {
        // Inside the migration transaction, like SQLite's user_version: PostgreSQL's DDL is transactional.
        if (auto s = run(connection,
                         u"CREATE TABLE IF NOT EXISTS passerelle_schema (application TEXT NOT NULL, "
                         u"version INTEGER NOT NULL)"_s,
                         u"The schema version could not be written"_s);
            !s)
            return s;
        if (auto s = run(connection, u"DELETE FROM passerelle_schema"_s,
                         u"The schema version could not be written"_s);
            !s)
            return s;
        QSqlQuery insert(connection);
        insert.prepare(u"INSERT INTO passerelle_schema (application, version) VALUES ('Passerelle', ?)"_s);
        insert.addBindValue(version);
        if (!insert.exec())
            return serverError(u"The schema version could not be written"_s, insert.lastError());
        return success();
    }

    Result<bool> hasTables(const QSqlDatabase& connection) const override {
        const auto count = scalar(connection,
                                  u"SELECT COUNT(*) FROM information_schema.tables "
                                  u"WHERE table_schema = current_schema()"_s);
        if (!count)
            return count.error();
        return count->toInt() > 0;
    }

    // The passerelle_schema table, written with the version, is the mark.
    Status setApplicationId(QSqlDatabase&) const override { return success(); }

    QString schemaSql(const QString& portable) const override {
        // Numbers are 64-bit as in SQLite; a number the database gives ("INTEGER PRIMARY KEY", SQLite's row
        // id) is an identity column; texts compare byte for byte as in SQLite, so that every ORDER BY gives
        // the same order on both engines (and an export the same bytes).
        static const QRegularExpression generatedKey(u"\\bINTEGER PRIMARY KEY\\b"_s);
        static const QRegularExpression integer(u"\\bINTEGER\\b"_s);
        static const QRegularExpression text(u"\\bTEXT\\b(?! COLLATE)"_s);
        static const QRegularExpression blob(u"\\bBLOB\\b"_s);
        QString sql = portable;
        sql.replace(generatedKey, u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s);
        sql.replace(integer, u"BIGINT"_s);
        sql.replace(text, u"TEXT COLLATE \"C\""_s);
        sql.replace(blob, u"BYTEA"_s);
        return sql;
    }

    Result<QStringList> integrityCheck(const QSqlDatabase&) const override { return QStringList(); }

    QStringList beginTransactionSql() const override {
        return {u"BEGIN ISOLATION LEVEL READ COMMITTED"_s,
                u"SELECT pg_advisory_xact_lock(%1)"_s.arg(writeLockKey)};
    }
    QString beginReadSql() const override { return u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s; }

    QString idInListSql(const QString& column) const override {
        return column + u" IN (SELECT json_array_elements_text(CAST(? AS json)))"_s;
    }

    QStringList createSearchTableSql(const QString& table) const override {
        // The words stored beside the text: a match's row is checked against them without computing
        // to_tsvector again for each one (docs/performance.md, « PostgreSQL »: 0.04 ms a row otherwise).
        return {
            u"CREATE TABLE %1 (entry_id BIGINT NOT NULL PRIMARY KEY, body TEXT NOT NULL, "
            u"words tsvector GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED)"_s.arg(table),
            u"CREATE INDEX %1_words ON %1 USING GIN (words)"_s.arg(table)};
    }
    QStringList rebuildSearchTableWithPrefixesSql(const QString&) const override { return {}; }
    QString insertSearchTextSql(const QString& table) const override {
        return u"INSERT INTO %1 (entry_id, body) VALUES (?, ?)"_s.arg(table);
    }
    QString deleteSearchTextSql(const QString& table) const override {
        return u"DELETE FROM %1 WHERE entry_id = ?"_s.arg(table);
    }

    QString searchIndexText(const QString& document) const override {
        // The words SQLite's unicode61 tokenizer would see, without case or accents (remove_diacritics):
        // 'simple' then only splits at the spaces.
        QStringList words;
        for (const QString& word : searchWords(document)) {
            const QString folded = sortKey(word);
            if (!folded.isEmpty())
                words << folded;
        }
        return words.join(u' ');
    }
    QString matchingEntriesSql(const QString& table) const override {
        return u"SELECT entry_id FROM %1 WHERE words @@ to_tsquery('simple', ?)"_s.arg(table);
    }
    QString countMatchesSql(const QString& table) const override {
        return u"SELECT COUNT(*) FROM %1 WHERE words @@ to_tsquery('simple', ?)"_s.arg(table);
    }
    QString searchExpression(const QStringList& words) const override {
        // Each word quoted (no operator survives) and made a prefix with :*, all of them required.
        QStringList terms;
        for (const QString& word : words) {
            QString folded = sortKey(word);
            if (folded.isEmpty())
                continue;
            folded.replace(u'\'', u"''"_s);
            terms << u"'"_s + folded + u"':*"_s;
        }
        return terms.join(u" & "_s);
    }

    QString estimatedRowsSql(const QString& table) const override {
        // The planner's estimate, -1 before the first ANALYZE: then 0, "unknown".
        return u"SELECT GREATEST(reltuples, 0)::bigint FROM pg_class WHERE oid = to_regclass('%1')"_s.arg(
            table);
    }
    // EXPLAIN cannot be prepared with bound values through QPSQL.
    QString queryPlanSql(const QString&) const override { return {}; }
    int planDetailColumn() const override { return 0; }
    bool planStepSorts(const QString& detail) const override { return detail.contains(u"Sort"_s); }

    QString canWriteSql(const QString& table) const override {
        return u"SELECT has_table_privilege(current_user, '%1', 'INSERT')"_s.arg(table);
    }

    // The server's memory is its own settings' business; its indexes are not dropped under other users.
    QStringList bulkImportSettingsSql() const override { return {}; }
    QStringList afterBulkImportSettingsSql() const override { return {}; }
    QString rebuildableIndexesSql() const override { return {}; }

    QStringList bulkReaderSettingsSql() const override { return {}; }
    QString firstReadSql() const override { return u"SELECT 1"_s; }
};

}  // namespace

const Dialect& postgresDialect() {
    static const PostgresDialect dialect;
    return dialect;
}

}  // namespace passerelle::storage
