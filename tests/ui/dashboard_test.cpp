// The dashboard's figures on a demo database with a fixed today, checked against a brute-force count over
// the rules module's expected session dates.
#include "lists_fixture.h"
#include "modal_answer.h"
#include "passerelle/rules/checks.h"
#include "passerelle/rules/measure_facts.h"
#include "passerelle/storage/repositories.h"
#include "passerelle/ui/dashboard_figures.h"
#include "passerelle/ui/dashboard_page.h"
#include "passerelle/ui/deadline_table_model.h"
#include "passerelle/ui/deadlines_page.h"
#include "passerelle/ui/list_page.h"
#include "passerelle/ui/main_window.h"
#include "passerelle/ui/paged_table_model.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QStatusBar>
#include <QTest>

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
    EXPECT_TRUE(page.isLoading());  // read in the background: the page shows before its figures
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page.isLoading(); }, 20000));
    const DashboardFigures& figures = page.figures();
    EXPECT_EQ(figures.expectedToday, expectedToday.size());
    EXPECT_EQ(figures.expectedThisWeek, expectedWeek.size());
    EXPECT_EQ(figures.measuresInProgress, inProgress);
    EXPECT_EQ(figures.ruleErrors, errors);
    EXPECT_EQ(figures.nextDeadlines, rules::upcomingDeadlines(demo.dataset, today, 90));

    QAbstractItemModelTester tester(page.deadlinesModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.refresh();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page.isLoading(); }, 20000));
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

// The error tile leads to the records in error: a click opens the measures list filtered « avec erreurs »,
// holding exactly the measures the rules find errors on; the list's own filter offers the same.
TEST(DashboardPage, TheErrorTileOpensTheListOfTheRecordsWithErrors) {
    test::DemoDatabase demo;
    ASSERT_TRUE(demo.create());
    const QDate today = test::fixedToday();
    QSet<QString> measuresInError;
    QSet<QString> measuresWithWarnings;
    for (const rules::Finding& finding : rules::checkDataset(demo.dataset, today)) {
        if (finding.entity == u"measure"_s && finding.severity == rules::Severity::Error)
            measuresInError.insert(finding.id);
        if (finding.entity == u"measure"_s && finding.severity == rules::Severity::Warning)
            measuresWithWarnings.insert(finding.id);
    }
    ASSERT_FALSE(measuresInError.isEmpty());

    MainWindow window(*demo.database, today);
    window.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.dashboardPage()->isLoading(); }, 20000));
    QTest::mouseClick(window.dashboardPage()->findChild<QPushButton*>(u"errorsButton"_s), Qt::LeftButton);
    ASSERT_EQ(window.currentSection(), MainWindow::Measures);
    PagedTableModel* model = window.listPage(MainWindow::Measures)->model();
    EXPECT_EQ(model->totalCount(), measuresInError.size());
    while (model->canFetchMore({}))
        model->fetchMore({});
    for (int row = 0; row < model->rowCount(); ++row)
        EXPECT_TRUE(measuresInError.contains(model->idAt(row))) << model->idAt(row).toStdString();

    // The same list, by its filter: with warnings, then every measure again.
    auto* findings = window.listPage(MainWindow::Measures)->findChild<QComboBox*>(u"findingsCombo"_s);
    ASSERT_NE(findings, nullptr);
    EXPECT_TRUE(findings->isVisible());
    findings->setCurrentIndex(findings->findText(u"With warnings"_s));
    EXPECT_EQ(model->totalCount(), measuresWithWarnings.size());
    findings->setCurrentIndex(0);
    EXPECT_EQ(model->totalCount(), demo.dataset.measures.size());
    // The students' list has no rules of its own: no such filter.
    EXPECT_FALSE(
        window.listPage(MainWindow::Students)->findChild<QComboBox*>(u"findingsCombo"_s)->isVisible());
}

// A deadline dealt with is marked handled by its button (a date and a note typed in the dialog): it leaves
// the list and the agreement keeps the mark; shown on demand, greyed, it can be reopened.
TEST(DeadlinesPage, ADeadlineMarkedHandledLeavesTheListAndCanBeReopened) {
    test::DemoDatabase demo;
    ASSERT_TRUE(demo.create());
    const QDate today = test::fixedToday();
    DeadlinesPage page(*demo.database, today, {});
    page.show();
    page.setHorizonDays(365);
    ASSERT_GT(page.model()->rowCount(), 0);
    page.selectRow(0);
    const rules::Deadline deadline = *page.currentDeadline();
    auto* button = page.findChild<QPushButton*>(u"markHandledButton"_s);
    ASSERT_TRUE(button->isEnabled());

    const test::ModalAction fill([](QWidget* dialog) {
        auto* note = dialog->findChild<QPlainTextEdit*>(u"noteEdit"_s);
        EXPECT_EQ(dialog->focusWidget(), note) << "the note first: the date is usually today";
        note->setFocus();
        QTest::keyClicks(note, u"Letter sent to the town"_s);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    QTest::mouseClick(button, Qt::LeftButton);
    ASSERT_TRUE(fill.done());
    const auto listed = [&page, &deadline] {
        for (const rules::Deadline& shown : page.model()->deadlines()) {
            if (shown.agreementId == deadline.agreementId && shown.rule == deadline.rule &&
                shown.date == deadline.date)
                return true;
        }
        return false;
    };
    EXPECT_FALSE(listed()) << "a handled deadline leaves the list";
    const auto agreement = storage::AgreementRepository(*demo.database).find(deadline.agreementId);
    ASSERT_TRUE(agreement.ok());
    const HandledDeadline* mark = agreement->handled(deadline.rule, deadline.date);
    ASSERT_NE(mark, nullptr);
    EXPECT_EQ(mark->on, today);
    EXPECT_EQ(mark->note, u"Letter sent to the town"_s);

    QTest::mouseClick(page.findChild<QCheckBox*>(u"showHandledCheck"_s), Qt::LeftButton);
    ASSERT_TRUE(listed()) << "shown again on demand";
    int handledRow = -1;
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        if (page.model()->index(row, 0).data(DeadlineTableModel::HandledRole).toBool())
            handledRow = row;
    }
    ASSERT_GE(handledRow, 0);
    EXPECT_TRUE(page.model()
                    ->index(handledRow, DeadlineTableModel::Details)
                    .data()
                    .toString()
                    .contains(u"Letter sent to the town"_s));
    page.selectRow(handledRow);
    EXPECT_EQ(button->text().remove(u'&'), u"Reopen"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_EQ(
        storage::AgreementRepository(*demo.database).find(deadline.agreementId)->handledDeadlines.size(), 0);
}

// Starting reads what the first screen shows (issue 14): the dashboard, in the background; each list's first
// page only when the list first shows, and again after an edit only when it shows.
TEST(MainWindowStart, ListsAreReadWhenTheyFirstShow) {
    test::DemoDatabase demo;
    ASSERT_TRUE(demo.create());
    MainWindow window(*demo.database, test::fixedToday());
    window.showSection(MainWindow::Dashboard);
    window.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.dashboardPage()->isLoading(); }, 20000));
    for (const MainWindow::Section section :
         {MainWindow::Agreements, MainWindow::Partners, MainWindow::Students, MainWindow::Measures,
          MainWindow::Groups}) {
        EXPECT_EQ(window.listPage(section)->model()->rowCount(), 0) << int(section);
    }
    EXPECT_EQ(window.deadlinesPage()->model()->rowCount(), 0);

    window.showSection(MainWindow::Students);
    PagedTableModel* students = window.listPage(MainWindow::Students)->model();
    EXPECT_EQ(students->rowCount(), std::min<int>(PagedTableModel::pageSize, demo.dataset.students.size()));
    EXPECT_EQ(students->totalCount(), demo.dataset.students.size());
    EXPECT_EQ(window.listPage(MainWindow::Measures)->model()->rowCount(), 0);
    window.showSection(MainWindow::Deadlines);
    EXPECT_GT(window.deadlinesPage()->model()->rowCount(), 0);
}

// The status bar's database line comes with the dashboard's figures (counted in the worker) and sits beside
// the bar's messages: an import's summary shown meanwhile is not overwritten when the count arrives.
TEST(MainWindowStart, TheRecordCountComesWithTheFiguresBesideTheMessages) {
    test::DemoDatabase demo;
    ASSERT_TRUE(demo.create());
    MainWindow window(*demo.database, test::fixedToday());
    window.show();
    auto* label = window.findChild<QLabel*>(u"databaseLabel"_s);
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().contains(demo.database->path()));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.dashboardPage()->isLoading(); }, 20000));
    EXPECT_TRUE(label->text().contains(QString::number(demo.dataset.recordCount())))
        << label->text().toStdString();

    window.statusBar()->showMessage(u"Imported: 1 added, 0 updated."_s, 10000);
    window.dashboardPage()->refresh();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.dashboardPage()->isLoading(); }, 20000));
    EXPECT_EQ(window.statusBar()->currentMessage(), u"Imported: 1 added, 0 updated."_s);
}
