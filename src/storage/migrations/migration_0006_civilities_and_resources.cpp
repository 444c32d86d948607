// Version 6 (issue 12): a person's and a legal representative's civility, how an agreement names its parties
// and the authority they sign under, the prefecture's dates of a deliberation, and an agreement's annex of
// local resources (seeds 001 to 003).
#include "migrations.h"

#include "../sql.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::storage {

Status migration0006CivilitiesAndResources(Database& database) {
    return executeSchema(
        database, {
                      // Texts are never NULL in this schema; existing rows have none of them yet.
                      u"ALTER TABLE people ADD COLUMN civility TEXT NOT NULL DEFAULT ''"_s,
                      u"ALTER TABLE student_representatives ADD COLUMN civility TEXT NOT NULL DEFAULT ''"_s,
                      u"ALTER TABLE agreement_parties ADD COLUMN designation TEXT NOT NULL DEFAULT ''"_s,
                      u"ALTER TABLE agreement_parties ADD COLUMN delegation TEXT NOT NULL DEFAULT ''"_s,
                      u"ALTER TABLE agreement_parties ADD COLUMN signature_mention TEXT NOT NULL "
                      "DEFAULT ''"_s,
                      // Dates are NULL while unknown, as everywhere.
                      u"ALTER TABLE agreement_deliberations ADD COLUMN received_at TEXT"_s,
                      u"ALTER TABLE agreement_deliberations ADD COLUMN transmitted_at TEXT"_s,
                      u"ALTER TABLE agreement_deliberations ADD COLUMN published_on TEXT"_s,
                      // A child table like the agreement's other lists.
                      u"CREATE TABLE agreement_resources ("
                      "agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE, "
                      "seq INTEGER NOT NULL, "
                      "name TEXT NOT NULL, "
                      "kind TEXT NOT NULL, "
                      "audience TEXT NOT NULL, "
                      "contact TEXT NOT NULL, "
                      "phone TEXT NOT NULL, "
                      "email TEXT NOT NULL, "
                      "PRIMARY KEY (agreement_id, seq))"_s,
                  });
}

}  // namespace passerelle::storage
