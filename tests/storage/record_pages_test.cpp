// forEachPage (issue 14, « streams for bulk »): every record of a kind, a page at a time, in exactly the
// order DatasetStore::loadAll gives, so that the streamed export stays byte-identical; and reading the
// agreements this way (what `passerelle-cli deadlines` does) reads no student row.
#include "storage_fixtures.h"

#include "passerelle/exchange/demo_data.h"
#include "passerelle/storage/dataset_store.h"
#include "passerelle/storage/read_statistics.h"
#include "passerelle/storage/record_pages.h"

#include <iostream>
#include <mutex>
#include <vector>

using namespace passerelle;
using namespace passerelle::storage;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

template <typename T>
QList<T> paged(Database& database, int pageSize, int* pageCount = nullptr) {
    QList<T> all;
    int pages = 0;
    const Status status = database.snapshot([&] {
        return forEachPage(database, PageHandler<T>([&](const QList<T>& page) {
                               EXPECT_LE(page.size(), pageSize);
                               EXPECT_FALSE(page.isEmpty());
                               all << page;
                               ++pages;
                               return success();
                           }),
                           pageSize);
    });
    EXPECT_TRUE(status.ok()) << status.error().message.toStdString();
    if (pageCount)
        *pageCount = pages;
    return all;
}

}  // namespace

TEST_F(StorageTest, PagesGiveLoadAllsRecordsInItsOrder) {
    const Dataset demo = exchange::generateDemo({.seed = 5, .students = 300, .today = fixedToday()});
    ASSERT_TRUE(DatasetStore(db()).importDataset(demo).ok());
    const auto all = DatasetStore(db()).loadAll();
    ASSERT_TRUE(all.ok());
    int pages = 0;
    EXPECT_EQ(paged<Student>(db(), 7, &pages), all->students);
    EXPECT_EQ(pages, (all->students.size() + 6) / 7);
    EXPECT_EQ(paged<Organisation>(db(), 7), all->organisations);
    EXPECT_EQ(paged<Person>(db(), 7), all->people);
    EXPECT_EQ(paged<Agreement>(db(), 7), all->agreements);
    EXPECT_EQ(paged<Measure>(db(), 7), all->measures);
    EXPECT_EQ(paged<GroupActivity>(db(), 1), all->groups);
    EXPECT_EQ(paged<Student>(db(), 1000), all->students);  // one page, not full
    // Pages that end exactly on the last record: no empty page after them.
    const int count = int(all->students.size());
    EXPECT_EQ(paged<Student>(db(), count, &pages), all->students);
    EXPECT_EQ(pages, 1);
    ASSERT_EQ(count % 2, 0);
    EXPECT_EQ(paged<Student>(db(), count / 2, &pages), all->students);
    EXPECT_EQ(pages, 2);
}

TEST_F(StorageTest, PagesKeepLoadAllsOrderWhenTheDatabaseSortsIdsOtherwise) {
    // SQLite orders ids by their UTF-8 bytes, QString by UTF-16 code units: U+FFFD comes before U+1F600 in
    // the first and after it in the second. An imported file may hold such ids; the export must not reorder
    // them.
    Dataset dataset;
    for (const QString& id : {u"B"_s, u"a\uFFFD"_s, u"a\U0001F600"_s, u"a"_s, u"A-1"_s})
        dataset.organisations << Organisation{.id = id, .name = u"Structure "_s + id};
    ASSERT_TRUE(DatasetStore(db()).importDataset(dataset).ok());
    const auto all = DatasetStore(db()).loadAll();
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(paged<Organisation>(db(), 2), all->organisations);
    EXPECT_EQ(paged<Organisation>(db(), 10), all->organisations);
}

TEST_F(StorageTest, ReadingTheAgreementsReadsNoStudentRow) {
    const Dataset demo = exchange::generateDemo({.seed = 3, .students = 2000, .today = fixedToday()});
    ASSERT_TRUE(DatasetStore(db()).importDataset(demo).ok());
    // The agreements' own rows and their child rows (parties, clauses, signatures...), plus each id read
    // once more (the order check), one row per page (its last id) and a few statements' worth of slack.
    qint64 agreementRows = 0;
    for (const Agreement& a : demo.agreements) {
        agreementRows += 1 + a.parties.size() + a.deliberations.size() + a.reviews.size() +
                         a.signatures.size() + a.clauses.size() + a.amendments.size() + a.resources.size() +
                         a.handledDeadlines.size();
    }
    const qint64 bound = agreementRows + demo.agreements.size() + 10;

    const ReadStatistics before = readStatistics();
    const QList<Agreement> agreements = paged<Agreement>(db(), defaultPageSize);
    const ReadStatistics after = readStatistics();
    const qint64 rows = after.rows - before.rows;
    std::cout << "[ rows     ] " << demo.agreements.size() << " agreements (" << agreementRows
              << " rows with their child rows): " << rows << " rows, " << after.statements - before.statements
              << " statements\n";
    EXPECT_EQ(agreements.size(), demo.agreements.size());
    EXPECT_LE(rows, bound);
    EXPECT_LT(rows, demo.students.size() / 4);  // far from reading the 2,000 students
}

// The parallel export's reading (issue 14): the ranges of one scan, each loaded on its own reader thread,
// give forEachPage's pages; ids that SQLite sorts otherwise than QString give no ranges (forEachPage's path).
TEST_F(StorageTest, RangesReadInParallelGiveForEachPagesPages) {
    const Dataset demo = exchange::generateDemo({.seed = 3, .students = 2000, .today = fixedToday()});
    ASSERT_TRUE(DatasetStore(db()).importDataset(demo).ok());
    const QList<Student> students = paged<Student>(db(), 300);
    const QList<Agreement> agreements = paged<Agreement>(db(), 300);
    ASSERT_EQ(students.size(), 2000);

    QList<PageRange> studentRanges;
    QList<PageRange> agreementRanges;
    std::vector<QList<Student>> studentPages;
    std::vector<QList<Agreement>> agreementPages;
    std::mutex mutex;
    size_t next = 0;
    int readersUsed = 0;
    const auto ran = readInParallel(
        db(), 2,
        [&]() -> Status {
            auto s = pageRanges<Student>(db(), 300);
            auto a = pageRanges<Agreement>(db(), 300);
            if (!s || !a || !s->has_value() || !a->has_value())
                return failure(u"no ranges"_s);
            studentRanges = **s;
            agreementRanges = **a;
            studentPages.resize(size_t(studentRanges.size()));
            agreementPages.resize(size_t(agreementRanges.size()));
            return success();
        },
        [&](Database& reader) -> Status {
            EXPECT_NE(&reader, &db());
            {
                const std::lock_guard lock(mutex);
                ++readersUsed;
            }
            const size_t total = studentPages.size() + agreementPages.size();
            for (;;) {
                size_t index = 0;
                {
                    const std::lock_guard lock(mutex);
                    if (next == total)
                        return success();
                    index = next++;
                }
                if (index < studentPages.size()) {
                    auto page = loadPage<Student>(reader, studentRanges[qsizetype(index)]);
                    if (!page)
                        return page.error();
                    studentPages[index] = *page;
                } else {
                    index -= studentPages.size();
                    auto page = loadPage<Agreement>(reader, agreementRanges[qsizetype(index)]);
                    if (!page)
                        return page.error();
                    agreementPages[index] = *page;
                }
            }
        },
        [] { return success(); });
    ASSERT_TRUE(ran.ok()) << ran.error().message.toStdString();
    EXPECT_TRUE(*ran);
    EXPECT_EQ(readersUsed, 2);
    EXPECT_EQ(studentRanges.size(), 7);  // 6 full pages and 200 students
    QList<Student> parallelStudents;
    for (const auto& page : studentPages)
        parallelStudents << page;
    EXPECT_EQ(parallelStudents, students);
    QList<Agreement> parallelAgreements;
    for (const auto& page : agreementPages)
        parallelAgreements << page;
    EXPECT_EQ(parallelAgreements, agreements);

    // A failing reader's error is the result.
    const auto failed = readInParallel(
        db(), 2, [] { return success(); }, [](Database&) { return failure(u"reader failed"_s); },
        [] { return success(); });
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().message, u"reader failed"_s);

    // Ids sorted otherwise by SQLite: no ranges, the caller keeps forEachPage's order.
    Dataset odd;
    for (const QString& id : {u"a\uFFFD"_s, u"a\U0001F600"_s})
        odd.organisations << Organisation{.id = id, .name = u"Structure "_s + id};
    ASSERT_TRUE(DatasetStore(db()).importDataset(odd).ok());
    const auto ranges = pageRanges<Organisation>(db(), 300);
    ASSERT_TRUE(ranges.ok());
    EXPECT_FALSE(ranges->has_value());
    const auto studentRangesAgain = pageRanges<Student>(db(), 1000);
    ASSERT_TRUE(studentRangesAgain.ok() && studentRangesAgain->has_value());
    EXPECT_EQ((*studentRangesAgain)->size(), 2);
    EXPECT_EQ((*studentRangesAgain)->first().after, std::nullopt);
    EXPECT_EQ((*studentRangesAgain)->last().after, (*studentRangesAgain)->first().last);
}
