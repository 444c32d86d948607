#pragma once

#include "passerelle/domain/result.h"
#include "passerelle/rules/finding.h"
#include "passerelle/rules/settings.h"

#include <QDate>
#include <QStringList>

namespace passerelle::storage {
class Database;
}

namespace passerelle::ui {

// The ids of the records of one kind ("measure", "agreement", "group": a finding's entity) on which the
// rules find at least one finding of `severity`, judged on `today`: what the lists' « avec erreurs » and
// « avec avertissements » filters show, and what the dashboard's error count counts.
// An indexed query on the stored findings (storage/findings_store.h), which the first read of a day
// recomputes once.
Result<QStringList> recordsWithFindings(storage::Database& database, const QString& entity,
                                        rules::Severity severity, const QDate& today,
                                        const rules::RuleSettings& settings);

}  // namespace passerelle::ui
