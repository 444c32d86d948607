#pragma once

// The query side of the search index (issue 14): how a list finds the records matching what the user types,
// so that the first page costs about the same whether 10 or 10,000 records match.
//
// Two ways to read a sorted page of matches:
// - from the matches (few): the index gives the matching entries, each is looked up and the few are sorted;
// - in the list's order (many): the records are read in the sort key's index order and each is kept when its
//   entry is among the matches, stopping at the page's end, so that a page reads about
//   (offset + limit) × records / matches rows instead of every match.

#include "search_index.h"

#include "passerelle/domain/result.h"

#include <QString>

#include <optional>

namespace passerelle::storage {

class Database;

enum class SearchPlan { FromMatches, InListOrder };

// The number of index entries of the target's kind matching every word of `userText` (each a prefix): the
// number of matching records, since every write keeps a record and its entry together in one transaction.
// Nothing when the text holds no word.
Result<std::optional<int>> countMatches(Database& database, const SearchTarget& target,
                                        const QString& userText);

// A WHERE condition keeping the rows of alias `x` (id column `idColumn`) that match the text, shaped for the
// plan; nothing when the text holds no word.
std::optional<SqlCondition> searchCondition(const Dialect& dialect, const SearchTarget& target,
                                            const QString& idColumn, const QString& userText,
                                            SearchPlan plan);

// Which plan reads fewer rows for a page ending at `pageEnd` (offset + limit) among `records` records of
// which `matches` match, when the list's order is read from an index (`indexedOrder`); without one, reading
// in the list's order would read and sort every record.
SearchPlan chooseSearchPlan(qint64 matches, qint64 records, qint64 pageEnd, bool indexedOrder);

// About how many records the table holds (its highest row id: one index look-up, never a count); 0 when it
// cannot be read. Only for choosing a plan.
qint64 estimatedRecords(Database& database, const QString& table);

// Whether SQLite reads `select` (a SELECT ... ORDER BY statement) in its order from an index rather than
// sorting every row it keeps. Asked once per statement text, then remembered.
bool readsInIndexOrder(Database& database, const QString& select, const Values& values);

}  // namespace passerelle::storage
