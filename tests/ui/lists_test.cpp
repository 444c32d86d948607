// The list models and the list page: paging, search, filters, delete / duplicate with undo.
#include "lists_fixture.h"
#include "modal_answer.h"
#include "passerelle/ui/list_page.h"
#include "passerelle/ui/record_table_models.h"
#include "passerelle/ui/student_table_model.h"

#include "passerelle/rules/measure_facts.h"
#include "passerelle/storage/repositories.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::ui;
using namespace Qt::Literals::StringLiterals;

namespace {

QString folded(const QString& text) {
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c.toLower();
    }
    return out;
}

class ListsTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(demo.create()); }
    test::DemoDatabase demo;
    QUndoStack undoStack;
};

template <typename Model>
void expectModelPasses(storage::Database& database, int expectedTotal) {
    Model model(database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(model.setQuery({}));
    EXPECT_EQ(model.totalCount(), expectedTotal);
    EXPECT_EQ(model.rowCount(), std::min(expectedTotal, PagedTableModel::pageSize));
    while (model.canFetchMore({}))
        model.fetchMore({});
    EXPECT_EQ(model.rowCount(), expectedTotal);
    for (int column = 0; column < model.columnCount(); ++column) {
        EXPECT_FALSE(model.headerData(column, Qt::Horizontal).toString().isEmpty()) << column;
    }
    if (expectedTotal > 0) {
        EXPECT_FALSE(model.index(0, 0).data(PagedTableModel::IdRole).toString().isEmpty());
        EXPECT_FALSE(model.index(0, 0).data().toString().isEmpty());
    }
}

}  // namespace

TEST_F(ListsTest, EveryListModelPassesTheModelTesterAndLoadsEveryPage) {
    expectModelPasses<StudentTableModel>(*demo.database, int(demo.dataset.students.size()));
    expectModelPasses<OrganisationTableModel>(*demo.database, int(demo.dataset.organisations.size()));
    expectModelPasses<AgreementTableModel>(*demo.database, int(demo.dataset.agreements.size()));
    expectModelPasses<MeasureTableModel>(*demo.database, int(demo.dataset.measures.size()));
    expectModelPasses<GroupTableModel>(*demo.database, int(demo.dataset.groups.size()));
    ASSERT_GT(demo.dataset.students.size(), PagedTableModel::pageSize);  // paging really happened
}

TEST_F(ListsTest, StudentSearchFindsHeleneWithoutAccents) {
    int helenes = 0;
    for (const Student& student : demo.dataset.students) {
        if (folded(student.firstName) == u"helene"_s || folded(student.lastName) == u"helene"_s)
            ++helenes;
    }
    ASSERT_GT(helenes, 0) << "the demo data should contain a Hélène";

    ListPage page(new StudentTableModel(*demo.database), {}, undoStack);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setSearchText(u"helene"_s);
    auto* model = static_cast<StudentTableModel*>(page.model());
    EXPECT_GE(model->totalCount(), helenes);
    EXPECT_LT(model->totalCount(), int(demo.dataset.students.size()));
    for (int row = 0; row < model->rowCount(); ++row) {
        const Student* student = model->studentAt(row);
        ASSERT_NE(student, nullptr);
        EXPECT_TRUE(folded(student->firstName).startsWith(u"helene"_s) ||
                    folded(student->lastName).startsWith(u"helene"_s))
            << student->firstName.toStdString() << ' ' << student->lastName.toStdString();
    }
    page.setSearchText(u"HÉLÈNE"_s);
    EXPECT_GE(model->totalCount(), helenes);
    page.setSearchText(u"zzzznotaname"_s);
    EXPECT_EQ(model->totalCount(), 0);
    EXPECT_EQ(model->rowCount(), 0);
}

TEST_F(ListsTest, MeasureStatusAndPeriodFiltersMatchTheData) {
    ListPage page(new MeasureTableModel(*demo.database),
                  {.statuses = filterOptions<MeasureStatus>(), .kinds = filterOptions<MeasureKind>()},
                  undoStack);
    int inProgress = 0;
    for (const Measure& measure : demo.dataset.measures)
        inProgress += measure.status == MeasureStatus::InProgress;
    page.setFilters(key(MeasureStatus::InProgress), QString());
    EXPECT_EQ(page.model()->totalCount(), inProgress);
    const QDate today = test::fixedToday();
    int runningToday = 0;
    for (const Measure& measure : demo.dataset.measures) {
        runningToday += measure.start <= today && measure.end >= today;
    }
    page.setFilters(QString(), QString(), today, today);
    EXPECT_EQ(page.model()->totalCount(), runningToday);
    page.setFilters(QString(), QString());
    EXPECT_EQ(page.model()->totalCount(), int(demo.dataset.measures.size()));
}

TEST_F(ListsTest, SchoolYearFilterShowsTheMeasuresOfThatYearAndGivesWayToTheDashboardsPeriod) {
    const QList<PeriodOption> years{{u"2026-2027"_s, QDate(2026, 9, 1), QDate(2027, 8, 31)},
                                    {u"2025-2026"_s, QDate(2025, 9, 1), QDate(2026, 8, 31)}};
    ListPage page(new MeasureTableModel(*demo.database), {.schoolYears = years}, undoStack);
    auto* combo = page.findChild<QComboBox*>(u"schoolYearCombo"_s);
    ASSERT_NE(combo, nullptr);
    ASSERT_EQ(combo->count(), 3);
    const auto countIn = [this](const PeriodOption& year) {
        int count = 0;
        for (const Measure& measure : demo.dataset.measures)
            count += measure.start <= year.last && measure.end >= year.first;
        return count;
    };
    combo->setCurrentIndex(2);
    EXPECT_EQ(page.model()->totalCount(), countIn(years[1]));
    combo->setCurrentIndex(1);
    EXPECT_EQ(page.model()->totalCount(), countIn(years[0]));
    EXPECT_GT(countIn(years[0]), 0);

    // A period from the dashboard that is no school year: the combo says "all", the period is spelt out.
    const QDate today = test::fixedToday();
    page.setFilters(QString(), QString(), today, today);
    EXPECT_EQ(combo->currentIndex(), 0);
    EXPECT_TRUE(page.findChild<QLabel*>(u"periodLabel"_s)->isVisibleTo(&page));
    page.setFilters(QString(), QString(), years[1].first, years[1].last);
    EXPECT_EQ(combo->currentIndex(), 2);
    EXPECT_FALSE(page.findChild<QLabel*>(u"periodLabel"_s)->isVisibleTo(&page));
    combo->setCurrentIndex(0);
    EXPECT_EQ(page.model()->totalCount(), int(demo.dataset.measures.size()));
}

TEST_F(ListsTest, AHeaderClickSortsTheWholeListAndTheSortOutlivesANewSearch) {
    ListPage page(new MeasureTableModel(*demo.database),
                  {.statuses = filterOptions<MeasureStatus>(), .kinds = filterOptions<MeasureKind>()},
                  undoStack);
    PagedTableModel* model = page.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* header = page.findChild<QTableView*>(u"table"_s)->horizontalHeader();
    ASSERT_GT(model->totalCount(), 3);  // storage tests check that pages follow the order
    EXPECT_TRUE(model->query().sortBy.isEmpty()) << "the default order until a header is clicked";

    // The latest end date of the whole database, not only of the rows loaded: the first row once sorted.
    QDate latestEnd;
    for (const Measure& measure : demo.dataset.measures)
        latestEnd = std::max(latestEnd, measure.end);
    header->setSortIndicator(MeasureTableModel::End, Qt::DescendingOrder);
    EXPECT_EQ(model->query().sortBy, u"end"_s);
    EXPECT_TRUE(model->query().descending);
    EXPECT_EQ(model->index(0, MeasureTableModel::End).data(PagedTableModel::RawValueRole).toDate(),
              latestEnd);

    // Statuses in their lifecycle order over every page: planned, signed, in progress, completed,
    // interrupted.
    header->setSortIndicator(MeasureTableModel::Status, Qt::AscendingOrder);
    while (model->canFetchMore({}))
        model->fetchMore({});
    ASSERT_EQ(model->rowCount(), model->totalCount());
    QList<int> statuses;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString status =
            model->index(row, MeasureTableModel::Status).data(PagedTableModel::RawValueRole).toString();
        statuses << static_cast<int>(parseKey<MeasureStatus>(status).value());
    }
    EXPECT_TRUE(std::is_sorted(statuses.cbegin(), statuses.cend()));
    EXPECT_LT(statuses.constFirst(), statuses.constLast());

    page.setFilters(key(MeasureStatus::Completed), QString());
    EXPECT_EQ(model->query().sortBy, u"status"_s) << "filtering keeps the order chosen";
    EXPECT_EQ(model->query().status, key(MeasureStatus::Completed));

    // A real click on a header section sorts by that column; a second click reverses the order.
    page.resize(1200, 600);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    const QPoint kindSection(header->sectionViewportPosition(MeasureTableModel::Kind) +
                                 header->sectionSize(MeasureTableModel::Kind) / 2,
                             header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, kindSection);
    EXPECT_EQ(model->query().sortBy, u"kind"_s);
    const bool firstDescending = model->query().descending;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, kindSection);
    EXPECT_EQ(model->query().sortBy, u"kind"_s);
    EXPECT_NE(model->query().descending, firstDescending);
}

TEST_F(ListsTest, DeleteAndDuplicateAreUndoable) {
    // Group activities: nothing refers to them, so deleting one is allowed.
    ListPage page(new GroupTableModel(*demo.database), {.statuses = {}, .kinds = filterOptions<GroupKind>()},
                  undoStack);
    const int total = page.model()->totalCount();
    ASSERT_GT(total, 1);
    page.selectRow(0);
    const QString id = page.currentId();
    ASSERT_FALSE(id.isEmpty());

    auto* deleteButton = page.findChild<QPushButton*>(u"deleteButton"_s);
    ASSERT_NE(deleteButton, nullptr);
    {
        // Keep: nothing is deleted.
        const test::MessageBoxAnswer keep(u"Keep"_s);
        QTest::mouseClick(deleteButton, Qt::LeftButton);
        EXPECT_TRUE(keep.answered());
    }
    EXPECT_EQ(page.model()->totalCount(), total);
    const test::MessageBoxAnswer confirm(u"Delete"_s);
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    ASSERT_TRUE(confirm.answered());
    EXPECT_TRUE(confirm.question().contains(page.model()->data(page.model()->index(0, 0)).toString()) ||
                confirm.question().contains(u"Delete the group activity"_s))
        << confirm.question().toStdString();
    EXPECT_TRUE(confirm.question().contains(u"Undo"_s));
    EXPECT_EQ(page.model()->totalCount(), total - 1);
    EXPECT_FALSE(storage::GroupRepository(*demo.database).find(id).ok());
    undoStack.undo();
    EXPECT_EQ(page.model()->totalCount(), total);
    const auto restored = storage::GroupRepository(*demo.database).find(id);
    ASSERT_TRUE(restored.ok());
    EXPECT_FALSE(restored->title.isEmpty());
    undoStack.redo();
    EXPECT_EQ(page.model()->totalCount(), total - 1);
    undoStack.undo();

    page.selectRow(0);
    const QString source = page.currentId();
    page.duplicateCurrent();
    EXPECT_EQ(page.model()->totalCount(), total + 1);
    undoStack.undo();
    EXPECT_EQ(page.model()->totalCount(), total);
    undoStack.redo();
    EXPECT_EQ(page.model()->totalCount(), total + 1);
    EXPECT_TRUE(storage::GroupRepository(*demo.database).find(source).ok());
}

// The question names what goes: for a measure, the student and the dates, as the list shows them.
TEST_F(ListsTest, DeletingAMeasureAsksNamingTheStudentAndTheDates) {
    ListPage page(new MeasureTableModel(*demo.database),
                  {.statuses = filterOptions<MeasureStatus>(), .kinds = filterOptions<MeasureKind>()},
                  undoStack);
    ASSERT_GT(page.model()->totalCount(), 0);
    page.selectRow(0);
    auto* model = page.model();
    const QString student = model->data(model->index(0, MeasureTableModel::StudentName)).toString();
    const QString start = model->data(model->index(0, MeasureTableModel::Start)).toString();
    const QString end = model->data(model->index(0, MeasureTableModel::End)).toString();
    const int total = model->totalCount();
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    auto* table = page.findChild<QTableView*>();
    table->setFocus();
    const test::MessageBoxAnswer keep(u"Keep"_s);
    QTest::keyClick(table, Qt::Key_Delete);
    ASSERT_TRUE(keep.answered());
    EXPECT_TRUE(keep.question().contains(student)) << keep.question().toStdString();
    EXPECT_TRUE(keep.question().contains(start)) << keep.question().toStdString();
    EXPECT_TRUE(keep.question().contains(end)) << keep.question().toStdString();
    EXPECT_EQ(model->totalCount(), total);
}

// The measures list shows what was really done: the hours of the dates marked present against the hours
// planned, as the rules count them.
TEST_F(ListsTest, TheMeasuresListShowsTheHoursDoneAgainstTheHoursPlanned) {
    ListPage page(new MeasureTableModel(*demo.database),
                  {.statuses = filterOptions<MeasureStatus>(), .kinds = filterOptions<MeasureKind>()},
                  undoStack);
    auto* model = page.model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    int withAttendance = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto measure = storage::MeasureRepository(*demo.database).find(model->idAt(row));
        ASSERT_TRUE(measure.ok());
        const QModelIndex cell = model->index(row, MeasureTableModel::HoursDone);
        EXPECT_EQ(cell.data(PagedTableModel::RawValueRole).toInt(), rules::doneTotalMinutes(*measure));
        EXPECT_EQ(cell.data(Qt::ToolTipRole).toString(), rules::hoursDoneSummary(*measure));
        const QString shown = cell.data().toString();
        EXPECT_TRUE(shown.contains(u" / "_s)) << shown.toStdString();
        if (rules::doneTotalMinutes(*measure) > 0)
            ++withAttendance;
    }
    EXPECT_GT(withAttendance, 0) << "the demo has measures with sessions attended";
    EXPECT_EQ(model->headerData(MeasureTableModel::HoursDone, Qt::Horizontal).toString(), u"Hours done"_s);
    EXPECT_TRUE(model->sortKey(MeasureTableModel::HoursDone).isEmpty());
}
