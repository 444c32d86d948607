// Version 9 (issue 14): each record's rule findings, kept up to date by the writes (findings_store.cpp), so
// that the dashboard's counts and the lists' « avec erreurs » filters are indexed queries instead of a run of
// the rules over the whole database.
#include "migrations.h"

#include "../sql.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::storage {

Status migration0009Findings(Database& database) {
    return executeSchema(
        database,
        {
            // One row per finding of rules::checkAgreement, checkMeasure or checkGroup. `entity` is the
            // finding's entity ("agreement", "measure", "group"); `seq` keeps the rules table's order;
            // `severity` 0 error, 1 warning, 2 info; `due` the date of a deadline, NULL otherwise. No foreign
            // key: the writes that remove a record remove its findings in the same transaction.
            u"CREATE TABLE findings ("
            "entity TEXT NOT NULL, "
            "record_id TEXT NOT NULL, "
            "seq INTEGER NOT NULL, "
            "rule TEXT NOT NULL, "
            "severity INTEGER NOT NULL, "
            "field TEXT NOT NULL, "
            "message TEXT NOT NULL, "
            "reference TEXT NOT NULL, "
            "due TEXT, "
            "PRIMARY KEY (entity, record_id, seq))"_s,
            // The counts and the « avec erreurs » filters.
            u"CREATE INDEX findings_by_severity ON findings (entity, severity, record_id)"_s,
            // For which day and which rule settings the rows were computed: one row, or none while the
            // findings are stale (as after this migration: the first read computes them all once).
            u"CREATE TABLE findings_state ("
            "id INTEGER PRIMARY KEY CHECK (id = 1), "
            "computed_on TEXT NOT NULL, "
            "settings TEXT NOT NULL)"_s,
        });
}

}  // namespace passerelle::storage
