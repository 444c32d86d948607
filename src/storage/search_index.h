#pragma once

// Keeps the full-text index in step with the records. Each aggregate kind has an index table (FTS5 in
// SQLite); search_entries maps (kind, record id) to the index's integer row id, so that replacing or removing
// one record's text is an indexed look-up, never a scan.

#include "sql.h"

#include "passerelle/domain/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace passerelle::storage {

class Dialect;

class Database;

struct SearchTarget {
    QString kind;   // search_entries.kind: "student"
    QString table;  // the index table: "student_search"
};

// Every index table, in aggregate order.
QList<SearchTarget> searchTargets();

// The statements creating search_entries and the index tables (migration 2).
QStringList createSearchIndexSql(const Dialect& dialect);

// Replaces the record's indexed text (adding the entry when the record has none). Call inside the write's
// transaction.
Status setSearchText(Database& database, const SearchTarget& target, const QString& recordId,
                     const QString& document);
Status removeSearchText(Database& database, const SearchTarget& target, const QString& recordId);

// Whether any record of the target's kind has an index entry (a bulk import into a kind that has none can
// add its entries without looking each one up).
Result<bool> hasSearchEntries(Database& database, const SearchTarget& target);

// Adds the index entries of many records known to have none yet (a bulk import), numbering them from one
// look-up of the highest entry id: two inserts per record through statements prepared once, where
// setSearchText needs four statements. Use inside one write transaction, which holds the write lock, so
// that no one else takes the same numbers meanwhile.
class NewSearchEntries {
public:
    explicit NewSearchEntries(Database& database) : m_database(database) {}
    Status add(const SearchTarget& target, const QString& recordId, const QString& document);

private:
    Database& m_database;
    std::optional<qint64> m_next;  // read at the first add
    QString m_table;               // the index table of the last add, and its insert statement
    QString m_insertSql;
};

// A WHERE condition keeping the rows whose `idColumn` matches every word of `userText` (each a prefix),
// or nothing when the text holds no word at all (then the text does not filter).
struct SqlCondition {
    QString sql;
    Values values;
};
std::optional<SqlCondition> searchCondition(const Dialect& dialect, const SearchTarget& target,
                                            const QString& idColumn, const QString& userText);

}  // namespace passerelle::storage
