// Version 8 (issue 13): a student's identity in SIECLE (the birth name when it differs from the name used,
// the INE, SIECLE's ELEVE_ID and the day the student left) and a legal representative's PERSONNE_ID, so that
// a second import finds the same records again.
#include "migrations.h"

#include "../sql.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::storage {

Status migration0008SiecleIdentities(Database& database) {
    return executeSchema(
        database, {
                      // Texts are never NULL in this schema; existing rows have none of them yet.
                      u"ALTER TABLE students ADD COLUMN family_name TEXT NOT NULL DEFAULT ''"_s,
                      u"ALTER TABLE students ADD COLUMN ine TEXT NOT NULL DEFAULT ''"_s,
                      u"ALTER TABLE students ADD COLUMN siecle_id TEXT NOT NULL DEFAULT ''"_s,
                      // Dates are NULL while unknown, as everywhere.
                      u"ALTER TABLE students ADD COLUMN left_on TEXT"_s,
                      u"ALTER TABLE student_representatives ADD COLUMN siecle_id TEXT NOT NULL DEFAULT ''"_s,
                      // An import looks students up by INE, then by SIECLE id; typed students have neither.
                      u"CREATE INDEX students_by_ine ON students (ine) WHERE ine <> ''"_s,
                      u"CREATE INDEX students_by_siecle_id ON students (siecle_id) WHERE siecle_id <> ''"_s,
                  });
}

}  // namespace passerelle::storage
