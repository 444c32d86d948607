#include "passerelle/ui/records_with_findings.h"

#include "passerelle/storage/findings_store.h"

namespace passerelle::ui {

Result<QStringList> recordsWithFindings(storage::Database& database, const QString& entity,
                                        rules::Severity severity, const QDate& today,
                                        const rules::RuleSettings& settings) {
    return storage::recordsWithFindings(database, entity, severity, today, settings);
}

}  // namespace passerelle::ui
