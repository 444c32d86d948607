// The dashboard's figures on a demo database with a fixed today, checked against a brute-force count over
// the rules module's expected session dates.
#include "lists_fixture.h"
#include "passerelle/rules/checks.h"
#include "passerelle/rules/measure_facts.h"
#include "passerelle/ui/dashboard_figures.h"
#include "passerelle/ui/dashboard_page.h"
#include "passerelle/ui/deadline_table_model.h"
#include "passerelle/ui/deadlines_page.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSet>

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::ui;
using namespace Qt::Literals::StringLiterals;

namespace {

bool running(const Measure& m) {
    return m.status == MeasureStatus::Planned || m.status == MeasureStatus::Signed ||
           m.status == MeasureStatus::InProgress;
}

Measure measureOn(const QString& student, const QDate& start, const QDate& end, Weekday day) {
    Measure measure;
    measure.id = student + u"-m"_s;
    measure.studentId = student;
    measure.start = start;
    measure.end = end;
    measure.status = MeasureStatus::InProgress;
    TimeSlot slot;
    slot.day = day;
    slot.start = QTime(14, 0);
    slot.end = QTime(16, 0);
    measure.slots.append(slot);
    return measure;
}

}  // namespace

TEST(DashboardFigures, CountsStudentsExpectedTodayAndThisWeekAtTheBoundaries) {
    const QDate tuesday = test::fixedToday();  // 24 November 2026
    ASSERT_EQ(tuesday.dayOfWeek(), 2);
    Dataset dataset;
    dataset.measures = {
        measureOn(u"A"_s, tuesday, tuesday, Weekday::Tuesday),                         // today only: counts
        measureOn(u"B"_s, tuesday.addDays(1), tuesday.addDays(30), Weekday::Tuesday),  // starts tomorrow
        measureOn(u"C"_s, tuesday.addDays(-30), tuesday, Weekday::Saturday),  // Saturday after its end
        measureOn(u"D"_s, tuesday.addDays(-30), tuesday.addDays(30), Weekday::Saturday),  // this Saturday
        measureOn(u"E"_s, tuesday.addDays(-30), tuesday.addDays(30), Weekday::Tuesday),
        measureOn(u"F"_s, tuesday, tuesday.addDays(30), Weekday::Tuesday),
    };
    dataset.measures[4].status = MeasureStatus::Interrupted;  // an interrupted measure expects no one
    dataset.measures[5].status = MeasureStatus::Signed;       // signed, first day today: expected
    const DashboardFigures figures = computeDashboard(dataset, tuesday);
    EXPECT_EQ(figures.expectedToday, 2);     // A and F
    EXPECT_EQ(figures.expectedThisWeek, 3);  // A, F (Tuesday) and D (Saturday)
    EXPECT_EQ(figures.measuresInProgress, 4);
}

TEST(DashboardFigures, MatchTheRulesModuleOnTheDemoDatabase) {
    test::DemoDatabase demo;
    ASSERT_TRUE(demo.create());
    const QDate today = test::fixedToday();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    QSet<QString> expectedToday;
    QSet<QString> expectedWeek;
    int inProgress = 0;
    for (const Measure& measure : demo.dataset.measures) {
        inProgress += measure.status == MeasureStatus::InProgress;
        if (!running(measure))
            continue;
        for (const QDate& date : rules::expectedSessionDates(measure)) {
            if (date == today)
                expectedToday.insert(measure.studentId);
            if (date >= monday && date <= monday.addDays(5))
                expectedWeek.insert(measure.studentId);
        }
    }
    int errors = 0;
    for (const rules::Finding& finding : rules::checkDataset(demo.dataset, today)) {
        errors += finding.severity == rules::Severity::Error;
    }

    DashboardPage page(*demo.database, today, {});
    const DashboardFigures& figures = page.figures();
    EXPECT_EQ(figures.expectedToday, expectedToday.size());
    EXPECT_EQ(figures.expectedThisWeek, expectedWeek.size());
    EXPECT_EQ(figures.measuresInProgress, inProgress);
    EXPECT_EQ(figures.ruleErrors, errors);
    EXPECT_EQ(figures.nextDeadlines, rules::upcomingDeadlines(demo.dataset, today, 90));

    QAbstractItemModelTester tester(page.deadlinesModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.refresh();
    EXPECT_LE(page.deadlinesModel()->rowCount(), 8);

    QList<QString> requested;
    QObject::connect(&page, &DashboardPage::measuresRequested,
                     [&](const QString& status, const QDate& from, const QDate& to) {
                         requested << status << from.toString(Qt::ISODate) << to.toString(Qt::ISODate);
                     });
    page.findChild<QPushButton*>(u"inProgressButton"_s)->click();
    EXPECT_EQ(requested, (QList<QString>{u"in-progress"_s, QString(), QString()}));
}

TEST(DeadlinesPage, ListsTheRulesDeadlinesForTheChosenHorizon) {
    test::DemoDatabase demo;
    ASSERT_TRUE(demo.create());
    const QDate today = test::fixedToday();
    DeadlinesPage page(*demo.database, today, {});
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setHorizonDays(365);
    EXPECT_EQ(page.model()->deadlines(), rules::upcomingDeadlines(demo.dataset, today, 365));
    EXPECT_GT(page.model()->rowCount(), 0);
    page.setHorizonDays(30);
    EXPECT_EQ(page.model()->deadlines(), rules::upcomingDeadlines(demo.dataset, today, 30));
    const int rows = page.model()->rowCount();
    for (int row = 0; row < rows; ++row) {
        const int days = page.model()
                             ->index(row, DeadlineTableModel::DaysLeft)
                             .data(DeadlineTableModel::RawValueRole)
                             .toInt();
        EXPECT_LE(days, 30);
    }
}
