#include "search_index.h"

#include "dialect.h"
#include "passerelle/storage/database.h"
#include "search_text.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::storage {

QList<SearchTarget> searchTargets() {
    return {{u"organisation"_s, u"organisation_search"_s}, {u"person"_s, u"person_search"_s},
            {u"student"_s, u"student_search"_s},           {u"agreement"_s, u"agreement_search"_s},
            {u"measure"_s, u"measure_search"_s},           {u"group"_s, u"group_search"_s}};
}

QStringList createSearchIndexSql(const Dialect& dialect) {
    QStringList statements{
        u"CREATE TABLE search_entries ("
        "entry_id INTEGER NOT NULL PRIMARY KEY, "
        "kind TEXT NOT NULL, "
        "record_id TEXT NOT NULL, "
        "UNIQUE (kind, record_id))"_s};
    for (const SearchTarget& target : searchTargets())
        statements << dialect.createSearchTableSql(target.table);
    return statements;
}

Status setSearchText(Database& database, const SearchTarget& target, const QString& recordId,
                     const QString& document) {
    auto existing =
        selectValue(database, u"SELECT entry_id FROM search_entries WHERE kind = ? AND record_id = ?"_s,
                    {target.kind, recordId});
    if (!existing)
        return existing.error();
    QVariant entryId;
    if (existing->has_value()) {
        entryId = **existing;
        if (auto s = execute(database, database.dialect().deleteSearchTextSql(target.table), {entryId}); !s)
            return s;
    } else {
        // Writers hold the write lock (BEGIN IMMEDIATE), so no one else can take the same number meanwhile.
        auto next = selectValue(database, u"SELECT COALESCE(MAX(entry_id), 0) + 1 FROM search_entries"_s);
        if (!next)
            return next.error();
        entryId = next->value_or(QVariant(1));
        if (auto s = execute(database,
                             u"INSERT INTO search_entries (entry_id, kind, record_id) VALUES (?, ?, ?)"_s,
                             {entryId, target.kind, recordId});
            !s)
            return s;
    }
    return execute(database, database.dialect().insertSearchTextSql(target.table),
                   {entryId, database.dialect().searchIndexText(document)});
}

Status removeSearchText(Database& database, const SearchTarget& target, const QString& recordId) {
    auto existing =
        selectValue(database, u"SELECT entry_id FROM search_entries WHERE kind = ? AND record_id = ?"_s,
                    {target.kind, recordId});
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return success();
    if (auto s = execute(database, database.dialect().deleteSearchTextSql(target.table), {**existing}); !s)
        return s;
    return execute(database, u"DELETE FROM search_entries WHERE entry_id = ?"_s, {**existing});
}

Result<bool> hasSearchEntries(Database& database, const SearchTarget& target) {
    const auto found =
        selectValue(database, u"SELECT 1 FROM search_entries WHERE kind = ? LIMIT 1"_s, {target.kind});
    if (!found)
        return found.error();
    return found->has_value();
}

Status NewSearchEntries::add(const SearchTarget& target, const QString& recordId, const QString& document) {
    if (!m_next) {
        const auto next =
            selectValue(m_database, u"SELECT COALESCE(MAX(entry_id), 0) + 1 FROM search_entries"_s);
        if (!next)
            return next.error();
        m_next = next->value_or(QVariant(1)).toLongLong();
    }
    if (target.table != m_table) {
        m_table = target.table;
        m_insertSql = m_database.dialect().insertSearchTextSql(m_table);
    }
    const qint64 entryId = *m_next;
    if (auto s =
            execute(m_database, u"INSERT INTO search_entries (entry_id, kind, record_id) VALUES (?, ?, ?)"_s,
                    {entryId, target.kind, recordId});
        !s)
        return s;
    if (auto s = execute(m_database, m_insertSql, {entryId, m_database.dialect().searchIndexText(document)});
        !s)
        return s;
    ++*m_next;
    return success();
}

std::optional<SqlCondition> searchCondition(const Dialect& dialect, const SearchTarget& target,
                                            const QString& idColumn, const QString& userText) {
    const QStringList words = searchWords(userText);
    if (words.isEmpty())
        return std::nullopt;
    return SqlCondition{idColumn + u" IN (SELECT e.record_id FROM search_entries e WHERE e.entry_id IN ("_s +
                            dialect.matchingEntriesSql(target.table) + u"))"_s,
                        {dialect.searchExpression(words)}};
}

}  // namespace passerelle::storage
