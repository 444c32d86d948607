#pragma once

// The entry points of the rules layer: domain values in, findings out. No I/O, no clock, no database: the UI
// calls checkMeasure on every keystroke (it takes about a microsecond), the CLI calls checkDataset on a whole
// file.

#include "passerelle/domain/agreement.h"
#include "passerelle/domain/dataset.h"
#include "passerelle/domain/group_activity.h"
#include "passerelle/domain/measure.h"
#include "passerelle/domain/organisation.h"
#include "passerelle/domain/student.h"
#include "passerelle/rules/finding.h"
#include "passerelle/rules/settings.h"

#include <QDate>
#include <QString>

#include <functional>

namespace passerelle::rules {

// The records a measure refers to. Any may be null: a reference that cannot be resolved is a finding, never a
// crash. `school` is the student's school (its teaching hours), `host` the measure's host structure.
struct MeasureContext {
    const Student* student = nullptr;
    const Organisation* school = nullptr;
    const Organisation* host = nullptr;
    const Agreement* agreement = nullptr;
};

// Resolves a measure's references through an index (the school is the student's).
MeasureContext contextFor(const Measure& measure, const DatasetIndex& index);

// Every finding on one measure, in the order of the rules table.
Findings checkMeasure(const Measure& measure, const MeasureContext& context, const QDate& today,
                      const RuleSettings& settings = {});

// Every finding on one agreement: its parties and dates, and its deadlines within
// settings.deadlineHorizonDays.
Findings checkAgreement(const Agreement& agreement, const QDate& today, const RuleSettings& settings = {});

// Finds a student by id; returns null for an unknown id.
using StudentLookup = std::function<const Student*(const QString& studentId)>;

// Every finding on one group activity. `agreement` may be null (no group size to check, the default 48 h
// notice applies).
Findings checkGroup(const GroupActivity& group, const Agreement* agreement, const StudentLookup& students,
                    const QDate& today, const RuleSettings& settings = {});

// Every finding of a dataset, in a stable order: agreements, then measures, then groups, each in the
// dataset's order, and each record's findings in the order of the rules table.
Findings checkDataset(const Dataset& dataset, const QDate& today, const RuleSettings& settings = {});

}  // namespace passerelle::rules
