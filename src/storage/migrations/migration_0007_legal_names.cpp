// Version 7 (issue 12): an organisation's « raison sociale », the legal name a host structure often has
// besides the name it goes by (seed 004: « La structure d'accueil (nom, raison sociale et adresse) »).
#include "migrations.h"

#include "../sql.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::storage {

Status migration0007LegalNames(Database& database) {
    return executeSchema(database,
                         {
                             // Texts are never NULL in this schema; existing rows have none yet.
                             u"ALTER TABLE organisations ADD COLUMN legal_name TEXT NOT NULL DEFAULT ''"_s,
                         });
}

}  // namespace passerelle::storage
