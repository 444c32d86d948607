// Version 5 (issue 11): the deadlines an agreement marks handled, and a host's domain of activity (printed in
// the measure document of seed 004).
#include "migrations.h"

#include "../sql.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::storage {

Status migration0005HandledDeadlines(Database& database) {
    return executeSchema(
        database, {
                      // Texts are never NULL in this schema; existing organisations have no domain yet.
                      u"ALTER TABLE organisations ADD COLUMN activity_domain TEXT NOT NULL DEFAULT ''"_s,
                      // A child table like the agreement's other lists; `due` and `handled_on` are NULL
                      // for an unset date, as everywhere.
                      u"CREATE TABLE agreement_handled_deadlines ("
                      "agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE, "
                      "seq INTEGER NOT NULL, "
                      "rule TEXT NOT NULL, "
                      "due TEXT, "
                      "handled_on TEXT, "
                      "note TEXT NOT NULL, "
                      "PRIMARY KEY (agreement_id, seq))"_s,
                  });
}

}  // namespace passerelle::storage
