// read(write(d)) == d, and write(read(write(d))) gives the same bytes: on a sample with every field and on
// demo data of several seeds and sizes.
#include "fixtures.h"
#include "passerelle/exchange/demo_data.h"
#include "passerelle/exchange/json_format.h"
#include "sample_dataset.h"

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::exchange;
using namespace Qt::Literals::StringLiterals;

namespace {

// Fails with the first differing record, which is far more readable than "datasets differ".
template <typename T>
void expectSameRecords(const QList<T>& actual, const QList<T>& expected, const char* kind) {
    ASSERT_EQ(actual.size(), expected.size()) << kind;
    for (qsizetype i = 0; i < actual.size(); ++i) {
        ASSERT_TRUE(actual[i] == expected[i]) << kind << "[" << i << "] id " << expected[i].id.toStdString();
    }
}

void expectRoundTrip(const Dataset& original) {
    const QByteArray written = writeDataset(original);
    const ReadResult read = readDataset(written);
    ASSERT_TRUE(read.ok()) << read.errors.value(0).describe().toStdString();
    EXPECT_TRUE(read.warnings.isEmpty()) << read.warnings.value(0).describe().toStdString();
    expectSameRecords(read.dataset.organisations, original.organisations, "organisations");
    expectSameRecords(read.dataset.people, original.people, "people");
    expectSameRecords(read.dataset.students, original.students, "students");
    expectSameRecords(read.dataset.agreements, original.agreements, "agreements");
    expectSameRecords(read.dataset.measures, original.measures, "measures");
    expectSameRecords(read.dataset.groups, original.groups, "groups");
    EXPECT_TRUE(read.dataset == original);
    EXPECT_EQ(writeDataset(read.dataset), written);
}

}  // namespace

TEST(RoundTrip, SampleWithEveryField) {
    expectRoundTrip(test::fullSample());
}

TEST(RoundTrip, EmptyDataset) {
    expectRoundTrip({});
}

TEST(RoundTrip, EmptyHostReportAndZeroNumbersStayDifferentFromAbsent) {
    const Dataset sample = test::fullSample();
    const ReadResult read = readDataset(writeDataset(sample));
    ASSERT_TRUE(read.ok());
    ASSERT_TRUE(read.dataset.measures[0].hostReport.has_value());
    EXPECT_EQ(*read.dataset.measures[0].hostReport, HostReport{});
    EXPECT_FALSE(read.dataset.measures[1].hostReport.has_value());
    EXPECT_EQ(read.dataset.agreements[0].durationYears, 0);
    EXPECT_FALSE(read.dataset.agreements[1].durationYears.has_value());
    EXPECT_EQ(read.dataset.measures[0].exclusionDays, 0);
    EXPECT_FALSE(read.dataset.measures[1].exclusionDays.has_value());
}

TEST(RoundTrip, RevisionsAreNotPartOfTheFormat) {
    Dataset dataset = test::fullSample();
    dataset.students[0].revision = 7;
    const ReadResult read = readDataset(writeDataset(dataset));
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read.dataset.students[0].revision, 0);
    EXPECT_FALSE(writeDataset(dataset).contains("revision"));
}

TEST(RoundTrip, DemoDataOfSeveralSeedsAndSizes) {
    for (const quint32 seed : {1u, 2u, 77u}) {
        for (const int students : {1, 300, 2500}) {
            SCOPED_TRACE(testing::Message() << "seed " << seed << ", " << students << " students");
            expectRoundTrip(generateDemo({.seed = seed, .students = students, .today = test::fixedToday()}));
        }
    }
}

TEST(RoundTrip, DemoDataAtAnotherTimeOfYear) {
    // Early September: this year's workshops are not signed yet, last year's measures are history.
    expectRoundTrip(generateDemo({.seed = 5, .students = 1200, .today = QDate(2027, 9, 3)}));
    expectRoundTrip(generateDemo({.seed = 5, .students = 1200, .today = QDate(2027, 6, 30)}));
}
