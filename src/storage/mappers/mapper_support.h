#pragma once

// What every aggregate mapper shares: the description of its tables, and the helpers that read a set of
// records with their child rows in a few queries (never one query per record).

#include "../search_index.h"
#include "../sql.h"

#include "passerelle/domain/enums.h"
#include "passerelle/domain/result.h"
#include "passerelle/domain/time_slot.h"
#include "passerelle/storage/list_query.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace passerelle::storage {

class Database;

// Selects the overload of a mapper function for an aggregate type.
template <typename T>
struct Type {};

// Who else may refer to a record of this kind: deleting it is refused while the count is not zero.
struct Referrer {
    QString countSql;  // binds the record's id
    QString singular;  // "person"
    QString plural;    // "people"
};

// One reference a record makes to another record, checked to explain a foreign-key failure.
struct Reference {
    QString field;  // the exchange key: "school", "parties[2].representative"
    QString table;  // "organisations"
    QString noun;   // "organisation"
    QString id;
};

// One way a list can be sorted (ListQuery::sortBy): SQL expressions on the alias `x`, most significant first
// (a last name, then a first name), always written here in the mapper, never taken from the user, with the
// values they bind in order.
struct SortKey {
    QStringList terms;
    Values values = {};
};

struct AggregateInfo {
    QString table;  // "students"
    QString noun;   // "student"
    SearchTarget search;
    QString orderBy;  // the stable list order, on the alias `x`
    QList<Referrer> referrers;
    QHash<QString, SortKey> sortKeys;  // by ListQuery::sortBy key
};

// Sort keys: text ignoring case (an empty value first), a date (undated first in ascending order), and an
// enumeration in the order its values are declared (planned, signed, in progress ...), not by exchange key.
SortKey textOrder(const QString& column);
SortKey dateOrder(const QString& column);
// Columns of the record another one refers to through `reference` (a measure's student's names: "students",
// {"sort_last_name", "sort_first_name"}, "x.student_id"); '' when it refers to none.
SortKey referencedOrder(const QString& table, const QStringList& columns, const QString& reference);
template <typename Enum>
SortKey enumOrder(const QString& column) {
    QString sql = QStringLiteral("CASE ") + column;
    Values values;
    const QStringList keys = allKeys<Enum>();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        sql += QStringLiteral(" WHEN ? THEN ?");
        values << keys[i] << int(i);
    }
    sql += QStringLiteral(" ELSE ? END");
    values << int(keys.size());
    return {{sql}, values};
}

// Which records a mapper loads, root rows and child rows alike (the filter applies to the root's id column
// and to each child table's parent-id column, through the primary key and the parent indexes):
// - IdFilter(): every record, one scan of each table;
// - IdFilter(ids): those ids, bound in IN lists of a few hundred (a record or a screenful);
// - IdFilter::range(after, last): the ids in (after, last], a keyset page (forEachPage), one statement per
//   table whatever the page's size; no `after`: from the first id;
// - IdFilter::selectedBy(sql, values): the ids a subquery selects, for bulk reads of "the records those
//   records refer to". The SQL is storage's own constant text, never the user's; values are bound.
class IdFilter {
public:
    IdFilter() = default;
    explicit IdFilter(QStringList ids) : m_kind(Kind::List), m_ids(std::move(ids)) {}
    static IdFilter range(std::optional<QString> after, QString last);
    static IdFilter selectedBy(QString subquery, Values values = {});

    // The WHERE clause (with " WHERE ") selecting `column`'s values and its bound values, for one statement;
    // nothing for an id list, which selectRows cuts into chunks.
    struct Clause {
        QString sql;
        Values values;
    };
    std::optional<Clause> clause(const QString& column) const;
    // The ids of a list filter; empty for the others.
    const QStringList& ids() const { return m_ids; }

private:
    enum class Kind { Every, List, Range, Subquery };
    Kind m_kind = Kind::Every;
    QStringList m_ids;               // List
    std::optional<QString> m_after;  // Range
    QString m_last;                  // Range
    QString m_subquery;              // Subquery
    Values m_values;                 // Subquery
};

// A list query's WHERE conditions on the alias `x`, with their bound values in order.
struct SqlFilter {
    QStringList conditions;
    Values values;
    void add(const QString& condition, const Values& conditionValues = {}) {
        conditions << condition;
        values << conditionValues;
    }
};

// Runs `select` (a SELECT without WHERE) on the rows whose `idColumn` the filter selects, ordered by
// `orderBy` (child rows: "parent_id, seq", so lists keep the order they were saved in).
Status selectRows(Database& database, const QString& select, const QString& idColumn, const IdFilter& ids,
                  const QString& orderBy, const std::function<Status(const QSqlQuery&)>& row);

// Records being read: the list, and where each id is in it, so child rows find their parent.
template <typename T>
class Assembly {
public:
    void add(T record) {
        m_positions.insert(record.id, m_records.size());
        m_records.append(std::move(record));
    }
    T* find(const QString& id) {
        const auto found = m_positions.constFind(id);
        return found == m_positions.cend() ? nullptr : &m_records[*found];
    }
    QList<T> take() { return std::move(m_records); }

private:
    QList<T> m_records;
    QHash<QString, qsizetype> m_positions;
};

// The common filter: a period meeting [from, to] when the record has a start and an end column (NULL meaning
// open on that side). ListQuery::text is not a filter of the mappers': the list adds the search, shaped for
// the number of matches (repository_operations.h, search_query.h).
void addPeriodFilter(const QString& startColumn, const QString& endColumn, const ListQuery& query,
                     SqlFilter& filter);

// Weekly slots (a school's teaching hours, a measure's timetable) share one column layout:
// parent id, seq, weekday (exchange key), start_time, end_time.
Status insertTimeSlots(Database& database, const QString& table, const QString& parentColumn,
                       const QString& parentId, const TimeSlots& slots);
// Reads the weekday, start and end from three columns starting at `column`.
Result<TimeSlot> readTimeSlot(const QSqlQuery& row, int column, const QString& table);

}  // namespace passerelle::storage
