#include "passerelle/ui/dashboard_figures.h"

#include "passerelle/rules/checks.h"
#include "passerelle/rules/measure_facts.h"
#include "passerelle/storage/dataset_store.h"
#include "passerelle/storage/deadline_reads.h"
#include "passerelle/storage/findings_store.h"
#include "passerelle/storage/repositories.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::ui {

bool expectsStudentOn(const Measure& measure, const QDate& date) {
    if (measure.status != MeasureStatus::Planned && measure.status != MeasureStatus::Signed &&
        measure.status != MeasureStatus::InProgress)
        return false;
    if (!measure.start.isValid() || !measure.end.isValid() || date < measure.start || date > measure.end) {
        return false;
    }
    const auto weekday = weekdayFromQt(date.dayOfWeek());
    return weekday && rules::plannedMinutesPerDay(measure.slots).on(*weekday) > 0;
}

namespace {

// Today's and this week's expected students, and the measures in progress, among `measures`.
void countMeasures(const QList<Measure>& measures, const QDate& today, DashboardFigures& figures) {
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    QSet<QString> todayStudents;
    QSet<QString> weekStudents;
    for (const Measure& measure : measures) {
        if (measure.status == MeasureStatus::InProgress)
            ++figures.measuresInProgress;
        if (expectsStudentOn(measure, today))
            todayStudents.insert(measure.studentId);
        for (int day = 0; day < 6; ++day) {
            if (expectsStudentOn(measure, monday.addDays(day))) {
                weekStudents.insert(measure.studentId);
                break;
            }
        }
    }
    figures.expectedToday = static_cast<int>(todayStudents.size());
    figures.expectedThisWeek = static_cast<int>(weekStudents.size());
}

}  // namespace

Result<DashboardFigures> loadDashboard(storage::Database& database, const QDate& today,
                                       const rules::RuleSettings& settings, int deadlineDays) {
    DashboardFigures figures;
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    // The measures whose period meets this week (Monday to Saturday): the only ones that can expect anyone.
    const auto week =
        storage::Repository<Measure>(database).listAll({.from = monday, .to = monday.addDays(5)});
    if (!week)
        return week.error();
    countMeasures(*week, today, figures);
    const auto inProgress =
        storage::MeasureRepository(database).list({.status = u"in-progress"_s, .limit = 0});
    if (!inProgress)
        return inProgress.error();
    figures.measuresInProgress = inProgress->total;

    const auto counts = storage::countFindings(database, today, settings);
    if (!counts)
        return counts.error();
    figures.ruleErrors = counts->errors;
    figures.ruleWarnings = counts->warnings;
    figures.errorsByEntity = counts->errorsByEntity;

    // The agreements' terms, then only those with a deadline whole (issue 14), not every agreement.
    auto deadlines = storage::storedDeadlines(database, today, deadlineDays, settings);
    if (!deadlines)
        return deadlines.error();
    figures.nextDeadlines = std::move(deadlines).value();
    // Counting every table's rows scans their indexes: here, off the GUI thread, not while the window starts.
    const auto records = storage::DatasetStore(database).recordCount();
    if (!records)
        return records.error();
    figures.records = *records;
    return figures;
}

DashboardFigures computeDashboard(const Dataset& dataset, const QDate& today,
                                  const rules::RuleSettings& settings, int deadlineDays) {
    DashboardFigures figures;
    countMeasures(dataset.measures, today, figures);
    for (const rules::Finding& finding : rules::checkDataset(dataset, today, settings)) {
        if (finding.severity == rules::Severity::Error) {
            ++figures.ruleErrors;
            ++figures.errorsByEntity[finding.entity];
        }
        if (finding.severity == rules::Severity::Warning)
            ++figures.ruleWarnings;
    }
    figures.nextDeadlines = rules::upcomingDeadlines(dataset, today, deadlineDays, settings);
    return figures;
}

}  // namespace passerelle::ui
