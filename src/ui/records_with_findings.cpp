#include "passerelle/ui/records_with_findings.h"

#include "passerelle/rules/checks.h"
#include "passerelle/storage/dataset_store.h"

#include <QSet>

namespace passerelle::ui {

Result<QStringList> recordsWithFindings(storage::Database& database, const QString& entity,
                                        rules::Severity severity, const QDate& today,
                                        const rules::RuleSettings& settings) {
    const auto dataset = storage::DatasetStore(database).loadAll();
    if (!dataset)
        return dataset.error();
    QStringList ids;
    QSet<QString> seen;
    for (const rules::Finding& finding : rules::checkDataset(*dataset, today, settings)) {
        if (finding.entity == entity && finding.severity == severity && !seen.contains(finding.id)) {
            seen.insert(finding.id);
            ids << finding.id;
        }
    }
    return ids;
}

}  // namespace passerelle::ui
