// The query side of the search index (search_query.h).
#include "search_query.h"

#include "dialect.h"
#include "passerelle/storage/database.h"
#include "search_text.h"

#include <QHash>
#include <QMutex>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::storage {

Result<std::optional<int>> countMatches(Database& database, const SearchTarget& target,
                                        const QString& userText) {
    const QStringList words = searchWords(userText);
    if (words.isEmpty())
        return std::optional<int>();
    const auto count = selectValue(database, database.dialect().countMatchesSql(target.table),
                                   {database.dialect().searchExpression(words)});
    if (!count)
        return count.error();
    return std::optional<int>(count->value_or(QVariant(0)).toInt());
}

std::optional<SqlCondition> searchCondition(const Dialect& dialect, const SearchTarget& target,
                                            const QString& idColumn, const QString& userText,
                                            SearchPlan plan) {
    const QStringList words = searchWords(userText);
    if (words.isEmpty())
        return std::nullopt;
    const QString matching = dialect.matchingEntriesSql(target.table);
    if (plan == SearchPlan::InListOrder) {
        // The row's own entry, looked up through search_entries' (kind, record_id) index, among the matches,
        // which SQLite reads once into a temporary set: no look-up per match.
        return SqlCondition{
            u"(SELECT e.entry_id FROM search_entries e WHERE e.kind = ? AND e.record_id = "_s + idColumn +
                u") IN ("_s + matching + u")"_s,
            {target.kind, dialect.searchExpression(words)}};
    }
    return SqlCondition{idColumn + u" IN (SELECT e.record_id FROM search_entries e WHERE e.entry_id IN ("_s +
                            matching + u"))"_s,
                        {dialect.searchExpression(words)}};
}

SearchPlan chooseSearchPlan(qint64 matches, qint64 records, qint64 pageEnd, bool indexedOrder) {
    if (!indexedOrder || matches <= 0 || records <= 0)
        return SearchPlan::FromMatches;
    // In list order, about pageEnd × records / matches rows are read, one look-up each; from the matches,
    // every match costs two look-ups (its entry, its record) and the sort. Spread evenly, which names are not
    // quite; a page ending past the matches reads every record in list order.
    const double inOrder = static_cast<double>(std::min(pageEnd, matches)) * static_cast<double>(records) /
                           static_cast<double>(matches);
    return inOrder < 2.0 * static_cast<double>(matches) ? SearchPlan::InListOrder : SearchPlan::FromMatches;
}

qint64 estimatedRecords(Database& database, const QString& table) {
    const auto highest = selectValue(database, database.dialect().estimatedRowsSql(table));
    if (!highest || !highest->has_value())
        return 0;
    return (*highest)->toLongLong();
}

bool readsInIndexOrder(Database& database, const QString& select, const Values& values) {
    // The plan depends on the statement's shape (its filters, its order), not on the values bound.
    static QMutex mutex;
    static QHash<QString, bool> known;
    {
        const QMutexLocker lock(&mutex);
        if (const auto found = known.constFind(select); found != known.cend())
            return *found;
    }
    const Dialect& dialect = database.dialect();
    const QString explain = dialect.queryPlanSql(select);
    if (explain.isEmpty())
        return false;  // the engine cannot tell: the matches are read first, which is right either way
    bool sorts = false;
    const Status read = forEachRow(database, explain, values, [&](const QSqlQuery& row) {
        if (dialect.planStepSorts(row.value(dialect.planDetailColumn()).toString()))
            sorts = true;
        return success();
    });
    if (!read)
        return false;  // not remembered: ask again next time
    const QMutexLocker lock(&mutex);
    known.insert(select, !sorts);
    return !sorts;
}

}  // namespace passerelle::storage
