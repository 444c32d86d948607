#include "passerelle/ui/dashboard_figures.h"

#include "passerelle/rules/checks.h"
#include "passerelle/rules/measure_facts.h"

#include <QSet>

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

DashboardFigures computeDashboard(const Dataset& dataset, const QDate& today,
                                  const rules::RuleSettings& settings, int deadlineDays) {
    DashboardFigures figures;
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    QSet<QString> todayStudents;
    QSet<QString> weekStudents;
    for (const Measure& measure : dataset.measures) {
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
