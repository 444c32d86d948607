#pragma once

#include "passerelle/domain/dataset.h"
#include "passerelle/domain/result.h"
#include "passerelle/rules/deadlines.h"
#include "passerelle/rules/settings.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace passerelle::storage {
class Database;
}

namespace passerelle::ui {

// What the "Tableau de bord" shows, apart from the widgets so that it is tested on its own.
struct DashboardFigures {
    int expectedToday = 0;     // students with a session of a planned or running measure today
    int expectedThisWeek = 0;  // ... on at least one day, Monday to Saturday, of today's week
    int measuresInProgress = 0;
    int ruleErrors = 0;  // error findings of rules::checkDataset
    int ruleWarnings = 0;
    QHash<QString, int> errorsByEntity;    // error findings, by finding entity ("measure", ...)
    QList<rules::Deadline> nextDeadlines;  // rules::upcomingDeadlines within deadlineDays, soonest first
    qsizetype records = -1;  // every record of the database (the status bar's count); -1: not counted
};

// From a database, reading only what it shows (issue 14): the measures of today's week, the count of those in
// progress, the agreements (for their deadlines) and the stored findings' counts (storage/findings_store.h).
// Nothing it reads grows with the number of students.
Result<DashboardFigures> loadDashboard(storage::Database& database, const QDate& today,
                                       const rules::RuleSettings& settings = {}, int deadlineDays = 90);

// From a whole dataset, running the rules: for tests and tools that hold one. `deadlineDays`: how far ahead
// the deadlines are listed.
DashboardFigures computeDashboard(const Dataset& dataset, const QDate& today,
                                  const rules::RuleSettings& settings = {}, int deadlineDays = 90);

// Whether the measure expects its student on that date: the measure is planned or running, the date is within
// its period, and its timetable (rules::plannedMinutesPerDay) has minutes on that weekday.
bool expectsStudentOn(const Measure& measure, const QDate& date);

}  // namespace passerelle::ui
