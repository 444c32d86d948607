// The stored findings (issue 14): written with each record in the same transaction, recomputed for the
// records a write affects, for a new day or new settings, and always equal to what the rules module finds.
#include "storage_fixtures.h"

#include "passerelle/exchange/demo_data.h"
#include "passerelle/rules/checks.h"
#include "passerelle/storage/dataset_store.h"
#include "passerelle/storage/findings_store.h"
#include "passerelle/storage/read_statistics.h"
#include "passerelle/storage/repositories.h"

#include <QElapsedTimer>

#include <algorithm>
#include <iostream>

using namespace passerelle;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Findings in one order whatever produced them.
rules::Findings sorted(rules::Findings findings) {
    const auto key = [](const rules::Finding& f) {
        return std::tuple(f.entity, f.id, f.rule, f.field, f.message, f.date);
    };
    std::stable_sort(findings.begin(), findings.end(),
                     [&](const rules::Finding& a, const rules::Finding& b) { return key(a) < key(b); });
    return findings;
}

rules::Findings stored(storage::Database& db, const QDate& today, const rules::RuleSettings& settings = {}) {
    const auto findings = storage::storedFindings(db, today, settings);
    EXPECT_TRUE(findings.ok()) << (findings ? "" : findings.error().message.toStdString());
    return findings ? sorted(*findings) : rules::Findings();
}

rules::Findings expected(storage::Database& db, const QDate& today,
                         const rules::RuleSettings& settings = {}) {
    const auto dataset = storage::DatasetStore(db).loadAll();
    EXPECT_TRUE(dataset.ok());
    return dataset ? sorted(rules::checkDataset(*dataset, today, settings)) : rules::Findings();
}

rules::Findings of(const rules::Findings& findings, const QString& id) {
    rules::Findings mine;
    for (const rules::Finding& finding : findings) {
        if (finding.id == id)
            mine << finding;
    }
    return mine;
}

// A measure the rules find errors on (no insurance), as a copy of the stored revision.
Measure uninsured(Measure measure, int revision) {
    measure.insurances = {};
    measure.revision = revision;
    return measure;
}

class FindingsStoreTest : public StorageTest {
protected:
    void SetUp() override {
        StorageTest::SetUp();
        importSample();
        // The first read computes every finding for the day.
        ASSERT_EQ(stored(db(), today), expected(db(), today));
    }
    int rowsOf(const QString& id) {
        return scalar(u"SELECT COUNT(*) FROM findings WHERE record_id = '%1'"_s.arg(id)).toInt();
    }
    const QDate today = fixedToday();
};

}  // namespace

TEST_F(FindingsStoreTest, AMigratedDatabaseComputesItsFindingsOnceOnFirstRead) {
    EXPECT_EQ(scalar(u"SELECT computed_on FROM findings_state"_s).toString(), today.toString(Qt::ISODate));
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM findings"_s).toInt(), expected(db(), today).size());
}

TEST_F(FindingsStoreTest, ASavedRecordsFindingsAreStoredWithIt) {
    const auto saved = storage::MeasureRepository(db()).save(uninsured(sampleMeasure(), 1));
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    // Read straight from the table: the write stored them, no read recomputed them.
    EXPECT_EQ(scalar(u"SELECT computed_on FROM findings_state"_s).toString(), today.toString(Qt::ISODate));
    const rules::Findings now = expected(db(), today);
    ASSERT_FALSE(of(now, measureId).isEmpty());
    EXPECT_EQ(rowsOf(measureId), of(now, measureId).size());
    EXPECT_EQ(stored(db(), today), now);
    EXPECT_GT(
        scalar(u"SELECT COUNT(*) FROM findings WHERE record_id = '%1' AND severity = 0"_s.arg(measureId))
            .toInt(),
        0);
}

TEST_F(FindingsStoreTest, ChangingAStudentUpdatesTheFindingsOfItsMeasuresAndGroups) {
    const rules::Findings before = of(stored(db(), today), measureId);
    Student helene = sampleHelene();
    helene.revision = 1;
    helene.birthDate = QDate();  // the measure's checks read it
    helene.legalRepresentatives.clear();
    helene.consents = {};
    ASSERT_TRUE(storage::StudentRepository(db()).save(helene).ok());
    const rules::Findings after = stored(db(), today);
    EXPECT_NE(of(after, measureId), before);
    EXPECT_EQ(after, expected(db(), today));
}

TEST_F(FindingsStoreTest, ARemovedRecordTakesItsFindingsAlong) {
    auto saved = storage::MeasureRepository(db()).save(uninsured(sampleMeasure(), 1));
    ASSERT_TRUE(saved.ok());
    ASSERT_GT(rowsOf(measureId), 0);
    ASSERT_TRUE(storage::MeasureRepository(db()).remove(measureId, saved->revision).ok());
    EXPECT_EQ(rowsOf(measureId), 0);
    EXPECT_EQ(stored(db(), today), expected(db(), today));
}

TEST_F(FindingsStoreTest, ANewDayOrNewSettingsRecomputeEverythingOnce) {
    const QDate later = today.addDays(40);  // deadlines come closer, reports fall due
    ASSERT_NE(expected(db(), later), expected(db(), today));
    EXPECT_EQ(stored(db(), later), expected(db(), later));
    EXPECT_EQ(scalar(u"SELECT computed_on FROM findings_state"_s).toString(), later.toString(Qt::ISODate));
    const rules::RuleSettings wide{.deadlineHorizonDays = 400, .deadlineWarningDays = 200};
    EXPECT_EQ(stored(db(), later, wide), expected(db(), later, wide));
    // A write on that day keeps that day's and those settings' findings.
    ASSERT_TRUE(storage::MeasureRepository(db()).save(uninsured(sampleMeasure(), 1)).ok());
    EXPECT_EQ(stored(db(), later, wide), expected(db(), later, wide));
}

TEST_F(FindingsStoreTest, AFailedWriteLeavesTheFindingsAsTheyWere) {
    // Every stored row, in key order (portable SQL: the suite also runs on PostgreSQL).
    const auto rows = [&] {
        QStringList all;
        QSqlQuery query(db().connection());
        EXPECT_TRUE(query.exec(
            u"SELECT entity, record_id, seq, rule FROM findings ORDER BY entity, record_id, seq"_s));
        while (query.next())
            all << query.value(0).toString() + query.value(1).toString() + query.value(2).toString() +
                       query.value(3).toString();
        return all;
    };
    const QStringList before = rows();
    ASSERT_FALSE(before.isEmpty());
    const Status status = db().transaction([&]() -> Status {
        if (auto s = storage::MeasureRepository(db()).save(uninsured(sampleMeasure(), 1)); !s)
            return s.error();
        return failure(u"a later step of the same write fails"_s);
    });
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(rows(), before);
    EXPECT_EQ(stored(db(), today), expected(db(), today));
}

TEST_F(FindingsStoreTest, CountsAndFiltersAreTheRulesOnes) {
    ASSERT_TRUE(storage::MeasureRepository(db()).save(uninsured(sampleMeasure(), 1)).ok());
    const rules::Findings all = expected(db(), today);
    ASSERT_FALSE(all.isEmpty());
    const auto counts = storage::countFindings(db(), today, {});
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->errors, std::ranges::count(all, rules::Severity::Error, &rules::Finding::severity));
    EXPECT_EQ(counts->warnings, std::ranges::count(all, rules::Severity::Warning, &rules::Finding::severity));
    const auto inError = storage::recordsWithFindings(db(), u"measure"_s, rules::Severity::Error, today, {});
    ASSERT_TRUE(inError.ok());
    EXPECT_EQ(*inError, QStringList{measureId});
}

// A GUI worker and the GUI thread may both find the findings stale and both start recomputing them: the
// second one, entering its transaction after the first committed, finds them current and reads only the
// state row.
TEST_F(FindingsStoreTest, ASecondConnectionDoesNotRecomputeWhatTheFirstJustDid) {
    auto opened = storage::Database::open(m_path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    storage::Database& other = **opened;
    const QDate later = today.addDays(40);
    ASSERT_TRUE(storage::recomputeAllFindings(db(), later, {}).ok());
    const auto rowsRead = [](const std::function<void()>& work) {
        const storage::ReadStatistics before = storage::readStatistics();
        work();
        return storage::readStatistics().rows - before.rows;
    };
    EXPECT_LE(rowsRead([&] { ASSERT_TRUE(storage::recomputeAllFindings(other, later, {}).ok()); }), 1);
    EXPECT_EQ(stored(other, later), expected(other, later));
    // Other settings are not current: that connection recomputes.
    const rules::RuleSettings wide{.deadlineHorizonDays = 400, .deadlineWarningDays = 200};
    EXPECT_GT(rowsRead([&] { ASSERT_TRUE(storage::recomputeAllFindings(other, later, wide).ok()); }), 10);
    EXPECT_EQ(stored(db(), later, wide), expected(db(), later, wide));
}

// Not a check: how long the daily recompute of every finding takes on a copy of a big database (a demo made
// by `passerelle-cli demo`), printed for docs/performance.md. Runs only when PASSERELLE_FINDINGS_TIMING names
// that copy, which it makes stale first.
TEST(FindingsTiming, RecomputeEverythingOnADatabaseCopy) {
    const QString path = qEnvironmentVariable("PASSERELLE_FINDINGS_TIMING");
    if (path.isEmpty())
        GTEST_SKIP() << "PASSERELLE_FINDINGS_TIMING names no database copy";
    rawExecute(path, {u"DELETE FROM findings_state"_s});
    auto opened = storage::Database::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    const storage::ReadStatistics before = storage::readStatistics();
    QElapsedTimer timer;
    timer.start();
    ASSERT_TRUE(storage::ensureFindingsCurrent(**opened, fixedToday(), {}).ok());
    const qint64 ms = timer.elapsed();
    const storage::ReadStatistics after = storage::readStatistics();
    std::cout << "[ timing   ] recompute every finding: " << ms << " ms, " << after.rows - before.rows
              << " rows, " << after.statements - before.statements << " statements\n";
}

// The demo generator's database: imported in bulk, the stored findings are the rules' on every record.
TEST_F(StorageTest, StoredFindingsEqualTheRulesOnTheDemoDatabase) {
    const QDate today = fixedToday();
    Dataset demo = exchange::generateDemo({.seed = 3, .students = 1500, .today = today});
    ASSERT_TRUE(storage::DatasetStore(db()).importDataset(demo).ok());
    const rules::Findings all = sorted(rules::checkDataset(demo, today));
    ASSERT_FALSE(all.isEmpty());
    EXPECT_EQ(stored(db(), today), all);
    // A second import (every record updated) keeps them current through the bulk write's own refresh.
    demo.measures.first().insurances = {};
    const auto again = storage::DatasetStore(db()).importDataset(demo);
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(scalar(u"SELECT computed_on FROM findings_state"_s).toString(), today.toString(Qt::ISODate));
    EXPECT_EQ(stored(db(), today), sorted(rules::checkDataset(demo, today)));
}

// The day's recompute reads the measures and groups a page (500) at a time: a demo with more measures than a
// page gets, on a new day, exactly the rules' findings on every record, across the pages' edges.
TEST_F(StorageTest, TheDaysRecomputeAcrossPagesGivesTheRulesFindings) {
    const QDate today = fixedToday();
    const Dataset demo = exchange::generateDemo({.seed = 7, .students = 20000, .today = today});
    ASSERT_GT(demo.measures.size(), 500);
    ASSERT_TRUE(storage::DatasetStore(db()).importDataset(demo).ok());
    for (const QDate& day : {today.addDays(1), today.addDays(40)}) {
        SCOPED_TRACE(day.toString(Qt::ISODate).toStdString());
        EXPECT_EQ(stored(db(), day), sorted(rules::checkDataset(demo, day)));
    }
}

// Once a day's findings are stored, the counts, the filter and a write's upkeep read rows in proportion to
// the findings and the records concerned, never to the students (issue 14).
TEST_F(StorageTest, CountsFiltersAndUpkeepDoNotReadEveryStudent) {
    const QDate today = fixedToday();
    const Dataset demo = exchange::generateDemo({.seed = 5, .students = 2000, .today = today});
    ASSERT_TRUE(storage::DatasetStore(db()).importDataset(demo).ok());
    ASSERT_TRUE(storage::ensureFindingsCurrent(db(), today, {}).ok());
    const auto rowsReadBy = [](const char* what, const std::function<void()>& work) {
        const storage::ReadStatistics before = storage::readStatistics();
        work();
        const qint64 rows = storage::readStatistics().rows - before.rows;
        std::cout << "[ rows     ] " << what << ", 2,000 students: " << rows << " rows\n";
        return rows;
    };
    const qint64 students = demo.students.size();
    EXPECT_LT(rowsReadBy("countFindings", [&] { ASSERT_TRUE(storage::countFindings(db(), today, {}).ok()); }),
              20);
    qsizetype inError = 0;
    const qint64 filterRows = rowsReadBy("recordsWithFindings", [&] {
        const auto ids = storage::recordsWithFindings(db(), u"measure"_s, rules::Severity::Error, today, {});
        ASSERT_TRUE(ids.ok());
        inError = ids->size();
    });
    EXPECT_LT(filterRows, inError + 5);
    // A student with a measure, saved again: that student, the measure and what it reads.
    const QString studentId = demo.measures.first().studentId;
    const auto student = storage::StudentRepository(db()).find(studentId);
    ASSERT_TRUE(student.ok());
    EXPECT_LT(rowsReadBy("save one student and refresh the findings it affects",
                         [&] { ASSERT_TRUE(storage::StudentRepository(db()).save(*student).ok()); }),
              students / 10);
}

// A database of version 8 with records: migration 9 adds the tables empty, and the first read computes every
// record's findings.
TEST_F(StorageTest, MigrationNineLeavesFindingsForTheFirstReadToCompute) {
    const QDate today = fixedToday();
    importSample();
    ASSERT_TRUE(storage::MeasureRepository(db()).save(uninsured(sampleMeasure(), 1)).ok());
    m_database.reset();
    rawExecute(m_path,
               {u"DROP TABLE findings"_s, u"DROP TABLE findings_state"_s, u"PRAGMA user_version = 8"_s});
    reopen();
    ASSERT_EQ(db().schemaVersion(), storage::Database::latestSchemaVersion());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM findings"_s).toInt(), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM findings_state"_s).toInt(), 0);
    const rules::Findings all = expected(db(), today);
    ASSERT_FALSE(all.isEmpty());
    const auto counts = storage::countFindings(db(), today, {});
    ASSERT_TRUE(counts.ok()) << counts.error().message.toStdString();
    EXPECT_EQ(counts->errors, std::ranges::count(all, rules::Severity::Error, &rules::Finding::severity));
    EXPECT_EQ(stored(db(), today), all);
}
