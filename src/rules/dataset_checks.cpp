// checkDataset: every record of a dataset through its rules, in a stable order.
#include "passerelle/rules/checks.h"

namespace passerelle::rules {

Findings checkDataset(const Dataset& dataset, const QDate& today, const RuleSettings& settings) {
    const DatasetIndex index(dataset);
    Findings findings;
    for (const Agreement& agreement : dataset.agreements)
        findings << checkAgreement(agreement, today, settings);
    for (const Measure& measure : dataset.measures) {
        findings << checkMeasure(measure, contextFor(measure, index), today, settings);
    }
    const StudentLookup students = [&index](const QString& id) { return index.student(id); };
    for (const GroupActivity& group : dataset.groups) {
        findings << checkGroup(group, index.agreement(group.agreementId), students, today, settings);
    }
    return findings;
}

}  // namespace passerelle::rules
