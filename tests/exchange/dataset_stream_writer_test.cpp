// DatasetStreamWriter (issue 14, streamed export): a dataset written a record at a time, its text drained
// between records as `passerelle-cli export` drains it to the file, gives writeDataset's bytes exactly.
#include "passerelle/exchange/dataset_stream_writer.h"
#include "fixtures.h"
#include "passerelle/exchange/demo_data.h"
#include "passerelle/exchange/json_format.h"
#include "sample_dataset.h"

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::exchange;

namespace {

// Writes the dataset through the stream writer, moving the text out after every record.
QByteArray streamed(const Dataset& dataset) {
    QByteArray whole;
    QByteArray buffer;
    DatasetStreamWriter writer(buffer);
    const auto drain = [&] {
        whole += buffer;
        buffer.resize(0);
    };
    const auto collection = [&](std::string_view key, const auto& records) {
        writer.collection(key);
        drain();
        for (const auto& record : records) {
            writer.record(record);
            drain();
        }
    };
    writer.begin();
    drain();
    collection("organisations", dataset.organisations);
    collection("people", dataset.people);
    collection("students", dataset.students);
    collection("agreements", dataset.agreements);
    collection("measures", dataset.measures);
    collection("groups", dataset.groups);
    writer.end();
    drain();
    return whole;
}

}  // namespace

TEST(DatasetStreamWriter, AnEmptyDatasetGivesWriteDatasetsBytes) {
    EXPECT_EQ(streamed({}), writeDataset({}));
}

TEST(DatasetStreamWriter, TheSampleGivesWriteDatasetsBytes) {
    const Dataset sample = test::fullSample();
    EXPECT_EQ(streamed(sample), writeDataset(sample));
}

TEST(DatasetStreamWriter, DemoDataGivesWriteDatasetsBytes) {
    const Dataset demo = generateDemo({.seed = 14, .students = 400, .today = test::fixedToday()});
    ASSERT_FALSE(demo.groups.isEmpty());
    const QByteArray text = streamed(demo);
    EXPECT_EQ(text, writeDataset(demo));
    EXPECT_TRUE(readDataset(text).ok());
}
