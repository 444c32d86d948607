// The whole database at once: load in a stable order, import as one all-or-nothing upsert.
#include "storage_fixtures.h"

#include "passerelle/storage/dataset_store.h"
#include "passerelle/storage/repositories.h"

using namespace passerelle;
using namespace passerelle::storage;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

template <typename T>
void sortById(QList<T>& list) {
    std::sort(list.begin(), list.end(), [](const T& a, const T& b) { return a.id < b.id; });
}

// The sample as loadAll() must return it: every list sorted by id, with the given revision.
Dataset sortedSample(int revision) {
    Dataset dataset = withRevisions(sampleDataset(), revision);
    sortById(dataset.organisations);
    sortById(dataset.people);
    sortById(dataset.students);
    sortById(dataset.agreements);
    sortById(dataset.measures);
    sortById(dataset.groups);
    return dataset;
}

}  // namespace

TEST_F(StorageTest, ImportThenLoadAllGivesTheDatasetBackSortedById) {
    DatasetStore store(db());
    const auto summary = store.importDataset(sampleDataset());
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->added, 11);
    EXPECT_EQ(summary->updated, 0);

    const auto loaded = store.loadAll();
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    EXPECT_TRUE(*loaded == sortedSample(1));
    // Child lists keep the order they were saved in (clauses 3, 1, 2).
    ASSERT_EQ(loaded->agreements.at(0).clauses.size(), 3);
    EXPECT_EQ(loaded->agreements.at(0).clauses.at(0).number, 3);
    EXPECT_EQ(store.recordCount().value(), 11);
}

TEST_F(StorageTest, ImportingAgainUpdatesAndBumpsRevisions) {
    importSample();
    DatasetStore store(db());
    Dataset again = withRevisions(sampleDataset(), 42);  // the file's revisions are ignored
    again.students[0].className = u"3eB"_s;
    again.students.append(Student{.id = u"S-NEW"_s, .lastName = u"Nouveau"_s, .schoolId = schoolId});
    const auto summary = store.importDataset(again);
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->added, 1);
    EXPECT_EQ(summary->updated, 11);

    EXPECT_EQ(StudentRepository(db()).find(lucasId)->className, u"3eB"_s);
    EXPECT_EQ(StudentRepository(db()).find(lucasId)->revision, 2);
    EXPECT_EQ(StudentRepository(db()).find(u"S-NEW"_s)->revision, 1);
    EXPECT_EQ(store.recordCount().value(), 12);
    // Child rows were rewritten, not appended to.
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM agreement_clauses"_s).toInt(), 3);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM group_session_attendance"_s).toInt(), 2);
    EXPECT_EQ(StudentRepository(db()).list({.text = u"nouveau"_s})->total, 1);
}

TEST_F(StorageTest, ImportedReferencesMayPointToRecordsAlreadyStored) {
    DatasetStore store(db());
    ASSERT_TRUE(store.importDataset(Dataset{.organisations = {sampleSchool(), sampleHost()}}).ok());
    const auto summary = store.importDataset(Dataset{.people = {samplePrincipal(), sampleTutor()}});
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->added, 2);
}

TEST_F(StorageTest, AFailingImportWritesNothing) {
    importSample();
    DatasetStore store(db());
    const Dataset before = store.loadAll().value();

    Dataset bad;
    Organisation renamed = sampleSchool();
    renamed.name = u"Collège renommé"_s;
    bad.organisations = {renamed};  // an update that must be undone
    bad.students = {
        Student{.id = u"S-NEW"_s, .lastName = u"Nouveau"_s, .schoolId = schoolId}};  // an addition too
    Measure dangling = sampleMeasure();
    dangling.id = u"M-BAD"_s;
    dangling.studentId = u"S-MISSING"_s;
    bad.measures = {sampleMeasure(), dangling};

    const auto summary = store.importDataset(bad);
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.error().kind, ErrorKind::Invalid);
    EXPECT_EQ(summary.error().field, u"student"_s);
    EXPECT_TRUE(summary.error().message.startsWith(u"measures[1] (id \"M-BAD\"): "_s))
        << summary.error().message.toStdString();
    EXPECT_TRUE(summary.error().message.contains(u"S-MISSING"_s));

    EXPECT_TRUE(store.loadAll().value() == before);
    EXPECT_EQ(store.recordCount().value(), 11);
    EXPECT_EQ(OrganisationRepository(db()).list({.text = u"renomme"_s})->total, 0);
    EXPECT_EQ(StudentRepository(db()).list({.text = u"nouveau"_s})->total, 0);
}

TEST_F(StorageTest, ImportRefusesMissingAndRepeatedIds) {
    DatasetStore store(db());
    const auto noId =
        store.importDataset(Dataset{.organisations = {sampleSchool(), Organisation{.name = u"X"_s}}});
    ASSERT_FALSE(noId.ok());
    EXPECT_EQ(noId.error().message, u"organisations[1] has no id."_s);
    const auto twice = store.importDataset(
        Dataset{.organisations = {sampleSchool()}, .students = {sampleHelene(), sampleHelene()}});
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().message.contains(u"students[1]"_s));
    EXPECT_EQ(store.recordCount().value(), 0);
}

TEST_F(StorageTest, AnEmptyDatabaseLoadsAnEmptyDataset) {
    DatasetStore store(db());
    const auto loaded = store.loadAll();
    ASSERT_TRUE(loaded.ok());
    EXPECT_TRUE(*loaded == Dataset{});
    EXPECT_EQ(store.recordCount().value(), 0);
}

// Issue 14: into an empty kind, records are inserted without looking up their revision and their index
// entries are numbered in bulk; the records must still be found, and updated the usual way afterwards.
TEST_F(StorageTest, RecordsImportedInBulkAreFoundBySearchAndUpdateLater) {
    DatasetStore store(db());
    ASSERT_TRUE(store.importDataset(sampleDataset()).ok());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM search_entries"_s).toInt(), 11);
    EXPECT_EQ(scalar(u"SELECT COUNT(DISTINCT entry_id) FROM search_entries"_s).toInt(), 11);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM student_search"_s).toInt(),
              scalar(u"SELECT COUNT(*) FROM students"_s).toInt());
    EXPECT_EQ(StudentRepository(db()).list({.text = sampleHelene().firstName})->total, 1);
    EXPECT_EQ(OrganisationRepository(db()).list({.text = sampleSchool().name})->total, 1);

    // Students now stored, a new kind empty: the students take the per-record path, the new ones the bulk
    // one.
    Dataset next;
    Student renamed = sampleHelene();
    renamed.lastName = u"Zanzibar"_s;
    next.students = {renamed, Student{.id = u"S-NEW"_s, .lastName = u"Nouveau"_s, .schoolId = schoolId}};
    const auto summary = store.importDataset(next);
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->added, 1);
    EXPECT_EQ(summary->updated, 1);
    EXPECT_EQ(StudentRepository(db()).list({.text = u"zanzibar"_s})->total, 1);
    EXPECT_EQ(StudentRepository(db()).list({.text = u"nouveau"_s})->total, 1);
    EXPECT_EQ(StudentRepository(db()).find(sampleHelene().id)->revision, 2);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM search_entries"_s).toInt(), 12);
}

TEST_F(StorageTest, ABulkImportFailingHalfwayLeavesAnEmptyDatabaseEmpty) {
    DatasetStore store(db());
    Dataset bad = sampleDataset();
    Student lost = sampleHelene();
    lost.id = u"S-LOST"_s;
    lost.schoolId = u"ORG-MISSING"_s;
    bad.students.insert(1, lost);
    const auto summary = store.importDataset(bad);
    ASSERT_FALSE(summary.ok());
    EXPECT_TRUE(summary.error().message.startsWith(u"students[1] (id \"S-LOST\"): "_s))
        << summary.error().message.toStdString();
    EXPECT_TRUE(summary.error().message.contains(u"ORG-MISSING"_s));
    EXPECT_EQ(store.recordCount().value(), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM search_entries"_s).toInt(), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM organisation_search"_s).toInt(), 0);

    // Nothing was left behind that would stand in the way of the good file.
    ASSERT_TRUE(store.importDataset(sampleDataset()).ok());
    EXPECT_EQ(store.recordCount().value(), 11);
}

TEST_F(StorageTest, ContainsLooksUpOneStoredRecord) {
    DatasetStore store(db());
    ASSERT_TRUE(store.importDataset(Dataset{.organisations = {sampleSchool()}}).ok());
    EXPECT_TRUE(store.contains(u"organisations"_s, schoolId).value());
    EXPECT_FALSE(store.contains(u"organisations"_s, u"ORG-MISSING"_s).value());
    EXPECT_FALSE(store.contains(u"students"_s, schoolId).value());
    EXPECT_FALSE(store.contains(u"dragons"_s, schoolId).ok());
}

// The import lowers SQLite's page cache for its own duration (issue 14): afterwards, succeeded or failed, the
// connection's cache is the one it had, so that the program's later reads keep their 64 MiB.
TEST_F(StorageTest, AnImportPutsThePageCacheBack) {
    const int before = scalar(u"PRAGMA cache_size"_s).toInt();
    ASSERT_NE(before, -16384);
    DatasetStore store(db());
    ASSERT_TRUE(store.importDataset(sampleDataset()).ok());
    EXPECT_EQ(scalar(u"PRAGMA cache_size"_s).toInt(), before);
    ASSERT_FALSE(
        store.importDataset(Dataset{.students = {Student{.id = u"S-X"_s, .schoolId = u"ORG-MISSING"_s}}})
            .ok());
    EXPECT_EQ(scalar(u"PRAGMA cache_size"_s).toInt(), before);
}

// A bulk import into empty tables builds their indexes after the rows (issue 14): whether it succeeds or
// fails halfway, the schema's indexes are all there afterwards, as they were.
TEST_F(StorageTest, ABulkImportLeavesEveryIndexInPlace) {
    const QString indexes =
        u"SELECT group_concat(name || ':' || sql, ';') FROM "
        "(SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name)"_s;
    const QString before = scalar(indexes).toString();
    ASSERT_TRUE(before.contains(u"students_by_name"_s));
    DatasetStore store(db());
    Dataset bad = sampleDataset();
    bad.students.append(Student{.id = u"S-LOST"_s, .schoolId = u"ORG-MISSING"_s});
    ASSERT_FALSE(store.importDataset(bad).ok());
    EXPECT_EQ(scalar(indexes).toString(), before);
    ASSERT_TRUE(store.importDataset(sampleDataset()).ok());
    EXPECT_EQ(scalar(indexes).toString(), before);
    EXPECT_EQ(scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
}
