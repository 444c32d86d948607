#include "mapper_support.h"

#include "passerelle/domain/enums.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::storage {
namespace {

// Well under every engine's limit on bound values per statement.
constexpr qsizetype idsPerQuery = 500;

}  // namespace

IdFilter IdFilter::range(std::optional<QString> after, QString last) {
    IdFilter filter;
    filter.m_kind = Kind::Range;
    filter.m_after = std::move(after);
    filter.m_last = std::move(last);
    return filter;
}

IdFilter IdFilter::selectedBy(QString subquery, Values values) {
    IdFilter filter;
    filter.m_kind = Kind::Subquery;
    filter.m_subquery = std::move(subquery);
    filter.m_values = std::move(values);
    return filter;
}

std::optional<IdFilter::Clause> IdFilter::clause(const QString& column) const {
    switch (m_kind) {
        case Kind::Every:
            return Clause{};
        case Kind::List:
            break;
        case Kind::Range:
            if (!m_after)
                return Clause{u" WHERE "_s + column + u" <= ?"_s, {m_last}};
            return Clause{u" WHERE "_s + column + u" > ? AND "_s + column + u" <= ?"_s, {*m_after, m_last}};
        case Kind::Subquery:
            return Clause{u" WHERE "_s + column + u" IN ("_s + m_subquery + u")"_s, m_values};
    }
    return std::nullopt;
}

Status selectRows(Database& database, const QString& select, const QString& idColumn, const IdFilter& ids,
                  const QString& orderBy, const std::function<Status(const QSqlQuery&)>& row) {
    const QString order = orderBy.isEmpty() ? QString() : u" ORDER BY "_s + orderBy;
    if (const auto clause = ids.clause(idColumn)) {
        // One fixed statement per table and kind of filter: prepared once, reused for every page.
        return forEachRow(database, select + clause->sql + order, clause->values, row, Reuse::Cached);
    }
    const QStringList& list = ids.ids();
    for (qsizetype first = 0; first < list.size(); first += idsPerQuery) {
        const QStringList chunk = list.mid(first, idsPerQuery);
        Values values;
        values.reserve(chunk.size());
        for (const QString& id : chunk)
            values << id;
        const QString sql =
            select + u" WHERE "_s + idColumn + u" IN ("_s + placeholders(chunk.size()) + u")"_s + order;
        if (const Status status = forEachRow(database, sql, values, row); !status)
            return status;
    }
    return success();
}

SortKey textOrder(const QString& column) {
    return {{u"LOWER(COALESCE(%1, ''))"_s.arg(column)}};
}

SortKey dateOrder(const QString& column) {
    return {{u"COALESCE(%1, '')"_s.arg(column)}};
}

SortKey referencedOrder(const QString& table, const QStringList& columns, const QString& reference) {
    SortKey key;
    for (const QString& column : columns) {
        key.terms << u"COALESCE((SELECT r.%1 FROM %2 r WHERE r.id = %3), '')"_s.arg(column, table, reference);
    }
    return key;
}

void addPeriodFilter(const QString& startColumn, const QString& endColumn, const ListQuery& query,
                     SqlFilter& filter) {
    // ISO dates compare as text in the same order as in time.
    if (query.to.isValid()) {
        filter.add(u"(x.%1 IS NULL OR x.%1 <= ?)"_s.arg(startColumn), {dateValue(query.to)});
    }
    if (query.from.isValid()) {
        filter.add(u"(x.%1 IS NULL OR x.%1 >= ?)"_s.arg(endColumn), {dateValue(query.from)});
    }
}

Status insertTimeSlots(Database& database, const QString& table, const QString& parentColumn,
                       const QString& parentId, const TimeSlots& slots) {
    const QString sql =
        u"INSERT INTO %1 (%2, seq, weekday, start_time, end_time) VALUES (?, ?, ?, ?, ?)"_s.arg(table,
                                                                                                parentColumn);
    for (qsizetype i = 0; i < slots.size(); ++i) {
        const TimeSlot& slot = slots.at(i);
        if (auto s = execute(database, sql,
                             {parentId, int(i), key(slot.day), timeValue(slot.start), timeValue(slot.end)});
            !s)
            return s;
    }
    return success();
}

Result<TimeSlot> readTimeSlot(const QSqlQuery& row, int column, const QString& table) {
    const auto day = toEnum<Weekday>(row.value(column), table, u"weekday"_s);
    if (!day)
        return day.error();
    return TimeSlot{*day, toTime(row.value(column + 1)), toTime(row.value(column + 2))};
}

}  // namespace passerelle::storage
