// Version 10 (issue 14, « search as you type »): every search index table also indexes its words' first two
// and first three letters, so that the one- and two-word prefixes a user types first ("ma", "hel") read one
// list of entries instead of merging the lists of every word they begin. The tables are rebuilt with the
// same row ids, so search_entries still points at them.
#include "migrations.h"

#include "../dialect.h"
#include "../search_index.h"
#include "../sql.h"
#include "passerelle/storage/database.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::storage {

Status migration0010SearchPrefixes(Database& database) {
    QStringList statements;
    for (const SearchTarget& target : searchTargets())
        statements << database.dialect().rebuildSearchTableWithPrefixesSql(target.table);
    return executeEach(database, statements);
}

}  // namespace passerelle::storage
