#include "sql.h"

#include "dialect.h"
#include "passerelle/domain/enums.h"
#include "passerelle/storage/database.h"
#include "passerelle/storage/integrity.h"
#include "passerelle/storage/read_statistics.h"

#include <QMetaType>
#include <QSqlRecord>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::storage {
namespace {

// readStatistics(): relaxed, since they are only totals read after the work is done.
std::atomic<qint64> statementsRun{0};
std::atomic<qint64> rowsStepped{0};

void counted(qint64 rows) {
    statementsRun.fetch_add(1, std::memory_order_relaxed);
    rowsStepped.fetch_add(rows, std::memory_order_relaxed);
}

const QString dateFormat = u"yyyy-MM-dd"_s;
const QString timeFormat = u"HH:mm"_s;
const QString dateTimeFormat = u"yyyy-MM-dd'T'HH:mm"_s;

QVariant nullText() {
    return QVariant(QMetaType::fromType<QString>());
}

// Qt's SQLite driver writes a null QString as NULL. Domain text is never "unknown", only possibly empty, so
// text binds as '' and NULL comes only from the typed null variants made by nullable(), dateValue() ...
QVariant columnValue(const QVariant& value) {
    if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull())
        return u""_s;
    return value;
}

Status bindAndRun(QSqlQuery& query, const Values& values) {
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), columnValue(values.at(i)));
    if (!query.exec())
        return databaseError(u"The database could not run a statement"_s, query.lastError());
    return success();
}

}  // namespace

Status execute(Database& database, const QString& sql, const Values& values) {
    auto query = database.cachedQuery(sql);
    if (!query)
        return query.error();
    const Status status = bindAndRun(**query, values);
    (*query)->finish();
    return status;
}

Status executeEach(Database& database, const QStringList& statements) {
    for (const QString& sql : statements) {
        QSqlQuery query(database.connection());
        if (!query.exec(sql))
            return databaseError(u"The database could not change its tables"_s, query.lastError());
    }
    return success();
}

Status executeSchema(Database& database, const QStringList& statements) {
    QStringList translated;
    translated.reserve(statements.size());
    for (const QString& sql : statements)
        translated << database.dialect().schemaSql(sql);
    return executeEach(database, translated);
}

Result<std::optional<QVariant>> selectValue(Database& database, const QString& sql, const Values& values) {
    auto query = database.cachedQuery(sql);
    if (!query)
        return query.error();
    QSqlQuery& q = **query;
    if (const Status status = bindAndRun(q, values); !status)
        return status.error();
    std::optional<QVariant> value;
    if (q.next())
        value = q.value(0);
    counted(value ? 1 : 0);
    // A read error looks like "no row" to next(): never take it for one.
    const QSqlError error = q.lastError();
    q.finish();
    if (error.isValid())
        return databaseError(u"The database could not read a value"_s,
                             error);  // an unfinished SELECT would keep its read snapshot open
    return value;
}

Result<std::optional<Values>> selectRow(Database& database, const QString& sql, const Values& values) {
    auto query = database.cachedQuery(sql);
    if (!query)
        return query.error();
    QSqlQuery& q = **query;
    if (const Status status = bindAndRun(q, values); !status)
        return status.error();
    std::optional<Values> row;
    if (q.next()) {
        row.emplace();
        for (int i = 0; i < q.record().count(); ++i)
            row->append(q.value(i));
    }
    counted(row ? 1 : 0);
    const QSqlError error = q.lastError();
    q.finish();
    if (error.isValid())
        return databaseError(u"The database could not read a row"_s, error);
    return row;
}

Status forEachRow(Database& database, const QString& sql, const Values& values,
                  const std::function<Status(const QSqlQuery&)>& row, Reuse reuse) {
    std::optional<QSqlQuery> fresh;
    QSqlQuery* query = nullptr;
    if (reuse == Reuse::Cached) {
        auto cached = database.cachedQuery(sql);
        if (!cached)
            return cached.error();
        query = *cached;
    } else {
        fresh.emplace(database.connection());
        fresh->setForwardOnly(true);
        if (!fresh->prepare(sql))
            return databaseError(u"The database could not prepare a query"_s, fresh->lastError());
        query = &*fresh;
    }
    Status status = bindAndRun(*query, values);
    qint64 rows = 0;
    while (status && query->next()) {
        ++rows;
        status = row(*query);
    }
    counted(rows);
    if (status && query->lastError().isValid()) {
        status = databaseError(u"The database could not read rows"_s, query->lastError());
    }
    query->finish();
    return status;
}

ReadStatistics readStatistics() {
    return {.statements = statementsRun.load(std::memory_order_relaxed),
            .rows = rowsStepped.load(std::memory_order_relaxed)};
}

QString placeholders(qsizetype count) {
    QString text;
    text.reserve(count * 3);
    for (qsizetype i = 0; i < count; ++i)
        text += i == 0 ? u"?"_s : u", ?"_s;
    return text;
}

Error databaseError(const QString& what, const QSqlError& error) {
    // Damaged pages get one message everywhere, whatever was being done: the user's next step is a backup.
    if (dialect::isDamage(error))
        return failure(damagedDatabaseMessage(), {}, ErrorKind::Io);
    // The engine's own words ("NOT NULL constraint failed: students.class_name"), without Qt's suffix.
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.driverText().trimmed();
    return failure(detail.isEmpty() ? QString(what + u"."_s) : QString(what + u": "_s + detail), {},
                   ErrorKind::Io);
}

QVariant nullable(const QString& reference) {
    return reference.isEmpty() ? nullText() : QVariant(reference);
}

QVariant dateValue(const QDate& date) {
    return date.isValid() ? QVariant(date.toString(dateFormat)) : nullText();
}

QVariant timeValue(const QTime& time) {
    return time.isValid() ? QVariant(time.toString(timeFormat)) : nullText();
}

QVariant dateTimeValue(const QDateTime& at) {
    return at.isValid() ? QVariant(at.toString(dateTimeFormat)) : nullText();
}

QVariant intValue(const std::optional<int>& value) {
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

QVariant boolValue(bool value) {
    return QVariant(value ? 1 : 0);
}

namespace {

// The digits of `text` from `first`, `count` of them, as a number; -1 when one is not a digit.
int digits(QStringView text, qsizetype first, qsizetype count) {
    int number = 0;
    for (qsizetype i = first; i < first + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        number = number * 10 + (c - u'0');
    }
    return number;
}

}  // namespace

// Every stored date is "YYYY-MM-DD" and every time "HH:MM", as dateValue and timeValue write them: read by
// hand, ten times faster than QDate::fromString's format interpreter (a whole-database export reads half a
// million of them). Anything else goes through the format, which refuses it as before.
QDate toDate(const QVariant& value) {
    if (value.isNull())
        return QDate();
    const QString text = value.toString();
    if (text.size() == 10 && text[4] == u'-' && text[7] == u'-') {
        const int year = digits(text, 0, 4);
        const int month = digits(text, 5, 2);
        const int day = digits(text, 8, 2);
        if (year >= 0 && month >= 0 && day >= 0)
            return QDate(year, month, day);  // invalid (e.g. 2026-02-30) as fromString would say
    }
    return QDate::fromString(text, dateFormat);
}

QTime toTime(const QVariant& value) {
    if (value.isNull())
        return QTime();
    const QString text = value.toString();
    if (text.size() == 5 && text[2] == u':') {
        const int hours = digits(text, 0, 2);
        const int minutes = digits(text, 3, 2);
        if (hours >= 0 && minutes >= 0)
            return QTime(hours, minutes);  // invalid past 23:59, as fromString would say
    }
    return QTime::fromString(text, timeFormat);
}

QDateTime toDateTime(const QVariant& value) {
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), dateTimeFormat);
}

std::optional<int> toOptionalInt(const QVariant& value) {
    if (value.isNull())
        return std::nullopt;
    bool ok = false;
    const int number = value.toInt(&ok);
    return ok ? std::optional<int>(number) : std::nullopt;
}

bool toBool(const QVariant& value) {
    return value.toInt() != 0;
}

template <typename Enum>
Result<Enum> toEnum(const QVariant& value, const QString& table, const QString& column) {
    const QString text = value.toString();
    if (const auto parsed = parseKey<Enum>(text))
        return *parsed;
    return failure(
        u"The database holds an unknown value \"%1\" in %2.%3; it may have been edited by another "
        u"program or damaged."_s.arg(text, table, column),
        column, ErrorKind::Io);
}

#define PASSERELLE_STORAGE_ENUM(Enum) \
    template Result<Enum> toEnum<Enum>(const QVariant&, const QString&, const QString&);
PASSERELLE_STORAGE_ENUM(OrganisationKind)
PASSERELLE_STORAGE_ENUM(AgreementKind)
PASSERELLE_STORAGE_ENUM(AgreementStatus)
PASSERELLE_STORAGE_ENUM(NoticeAnchor)
PASSERELLE_STORAGE_ENUM(MeasureKind)
PASSERELLE_STORAGE_ENUM(MeasureStatus)
PASSERELLE_STORAGE_ENUM(SignatureRole)
PASSERELLE_STORAGE_ENUM(SignatureMethod)
PASSERELLE_STORAGE_ENUM(AttendanceStatus)
PASSERELLE_STORAGE_ENUM(IncidentKind)
PASSERELLE_STORAGE_ENUM(GroupKind)
PASSERELLE_STORAGE_ENUM(Audience)
PASSERELLE_STORAGE_ENUM(Recurrence)
PASSERELLE_STORAGE_ENUM(Weekday)
#undef PASSERELLE_STORAGE_ENUM

}  // namespace passerelle::storage
