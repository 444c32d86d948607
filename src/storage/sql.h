#pragma once

// Small helpers every storage file uses: running prepared statements with bound values, and converting
// between domain values and the column formats of docs/data-model.md (ISO dates, HH:MM times, NULL for
// "nothing"). Values are always bound, never spliced into SQL text.

#include "passerelle/domain/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QVariant>

#include <functional>
#include <optional>

namespace passerelle::storage {

class Database;

using Values = QList<QVariant>;

// Runs a statement without result rows through the connection's statement cache.
Status execute(Database& database, const QString& sql, const Values& values = {});

// Runs statements once each, without caching them (schema changes in migrations).
Status executeEach(Database& database, const QStringList& statements);
// The same for statements written with the portable types (TEXT, INTEGER, BLOB, "INTEGER PRIMARY KEY"), each
// first put in the engine's words (Dialect::schemaSql): the migrations' CREATE and ALTER statements.
Status executeSchema(Database& database, const QStringList& statements);

// The first column of the first row, or nothing when there is no row (cached statement, finished at once).
Result<std::optional<QVariant>> selectValue(Database& database, const QString& sql,
                                            const Values& values = {});

// The first row's columns, or nothing when there is no row (cached statement, finished at once).
Result<std::optional<Values>> selectRow(Database& database, const QString& sql, const Values& values = {});

// Whether a query's SQL is fixed (prepared once and reused: statements run for every record) or built for
// this call (IN lists of varying length: prepared, run and dropped).
enum class Reuse { Once, Cached };

// Runs a query and hands each row to `row`; stops at the first failure. The callback must not run SQL itself
// (collect what you need, then act).
Status forEachRow(Database& database, const QString& sql, const Values& values,
                  const std::function<Status(const QSqlQuery&)>& row, Reuse reuse = Reuse::Once);

// The rows of a query, each made into a T by `make`.
template <typename T>
Result<QList<T>> selectList(Database& database, const QString& sql, const Values& values,
                            const std::function<T(const QSqlQuery&)>& make) {
    QList<T> list;
    const Status status = forEachRow(database, sql, values, [&](const QSqlQuery& row) {
        list.append(make(row));
        return success();
    });
    if (!status)
        return status.error();
    return list;
}

// "?, ?, ?" for an IN list of `count` values.
QString placeholders(qsizetype count);

// A failure of the database itself, worded for a user with the driver's text for support.
Error databaseError(const QString& what, const QSqlError& error);

// Domain value -> column value.
QVariant nullable(const QString& reference);  // an id that may be empty: NULL when empty
QVariant dateValue(const QDate& date);        // YYYY-MM-DD or NULL
QVariant timeValue(const QTime& time);        // HH:MM or NULL
QVariant dateTimeValue(const QDateTime& at);  // YYYY-MM-DDTHH:MM (local time) or NULL
QVariant intValue(const std::optional<int>& value);
QVariant boolValue(bool value);

// Column value -> domain value. Malformed text reads as "nothing" for the optional types; callers that need
// a key (enumerations) check it themselves.
QDate toDate(const QVariant& value);
QTime toTime(const QVariant& value);
QDateTime toDateTime(const QVariant& value);
std::optional<int> toOptionalInt(const QVariant& value);
bool toBool(const QVariant& value);

// Parses an enumeration's exchange key read from a column; a key no version of Passerelle wrote means the
// file was edited by hand or is damaged, which the message says.
template <typename Enum>
Result<Enum> toEnum(const QVariant& value, const QString& table, const QString& column);

}  // namespace passerelle::storage
