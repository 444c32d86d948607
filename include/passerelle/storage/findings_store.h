#pragma once

// Each record's rule findings, stored (table `findings`, docs/data-model.md) and kept up to date by the
// writes: a repository save or removal and DatasetStore::importDataset recompute, in their own transaction,
// the findings of the records the write affects (the record, and the measures and groups whose checks read
// it). The rules module still decides every finding: storage calls rules::checkAgreement, checkMeasure and
// checkGroup, it never re-implements them.
//
// Findings depend on the day (deadlines, reports due) and on the rule settings. The rows hold the findings
// of one day and one set of settings (table `findings_state`); a read for another day or other settings
// first recomputes them all, once, in one transaction. Reading therefore writes, at most once a day.

#include "passerelle/domain/result.h"
#include "passerelle/rules/finding.h"
#include "passerelle/rules/settings.h"

#include <QDate>
#include <QHash>
#include <QStringList>

namespace passerelle::storage {

class Database;

struct FindingCounts {
    int errors = 0;  // error findings, as rules::checkDataset would count them
    int warnings = 0;
    QHash<QString, int> errorsByEntity;  // error findings by entity ("agreement", "measure", "group")
    QHash<QString, int> warningsByEntity;
};

// Makes the stored findings those of `today` and `settings`: recomputes them all when they were computed
// for another day or other settings, or never (a database just migrated). Otherwise reads one row.
Status ensureFindingsCurrent(Database& database, const QDate& today, const rules::RuleSettings& settings);

// Recomputes every record's findings for `today` and `settings`, in one transaction, unless another
// connection made them current for that day and settings meanwhile (checked again once the write lock is
// held).
Status recomputeAllFindings(Database& database, const QDate& today, const rules::RuleSettings& settings);

// The error and warning counts of the whole database on `today` (an indexed query once current).
Result<FindingCounts> countFindings(Database& database, const QDate& today,
                                    const rules::RuleSettings& settings);

// The ids of the records of one entity with at least one finding of `severity` on `today`, in id order.
Result<QStringList> recordsWithFindings(Database& database, const QString& entity, rules::Severity severity,
                                        const QDate& today, const rules::RuleSettings& settings);

// Every stored finding on `today`: agreements, measures, then groups, each by id, each record's findings in
// the rules table's order.
Result<rules::Findings> storedFindings(Database& database, const QDate& today,
                                       const rules::RuleSettings& settings);

}  // namespace passerelle::storage
