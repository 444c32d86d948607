// The demo generator's data (every record kind, as the application really fills it) through the database and
// back.
#include "storage_fixtures.h"

#include "passerelle/exchange/demo_data.h"
#include "passerelle/exchange/json_format.h"
#include "passerelle/storage/dataset_store.h"

using namespace passerelle;
using namespace passerelle::storage;
using namespace passerelle::test;

namespace {

template <typename T>
void sortById(QList<T>& list) {
    std::sort(list.begin(), list.end(), [](const T& a, const T& b) { return a.id < b.id; });
}

}  // namespace

TEST_F(StorageTest, DemoDataRoundTripsExactly) {
    Dataset demo = exchange::generateDemo({.seed = 7, .students = 1500, .today = fixedToday()});
    ASSERT_GT(demo.measures.size(), 0);
    ASSERT_GT(demo.groups.size(), 0);
    DatasetStore store(db());
    const auto summary = store.importDataset(demo);
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->added, demo.recordCount());

    Dataset expected = withRevisions(demo, 1);
    sortById(expected.organisations);
    sortById(expected.people);
    sortById(expected.students);
    sortById(expected.agreements);
    sortById(expected.measures);
    sortById(expected.groups);
    const auto loaded = store.loadAll();
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    EXPECT_TRUE(loaded->organisations == expected.organisations);
    EXPECT_TRUE(loaded->people == expected.people);
    EXPECT_TRUE(loaded->students == expected.students);
    EXPECT_TRUE(loaded->agreements == expected.agreements);
    EXPECT_TRUE(loaded->measures == expected.measures);
    EXPECT_TRUE(loaded->groups == expected.groups);
    // What an export writes: the same bytes as the generated data, sorted.
    EXPECT_EQ(exchange::writeDataset(*loaded), exchange::writeDataset(expected));

    // Importing the export again only updates, and changes nothing but the revisions.
    const auto again = store.importDataset(*loaded);
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(again->added, 0);
    EXPECT_EQ(again->updated, demo.recordCount());
    EXPECT_TRUE(store.loadAll().value() == withRevisions(expected, 2));
}
