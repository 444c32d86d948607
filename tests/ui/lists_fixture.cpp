#include "lists_fixture.h"

#include "passerelle/exchange/demo_data.h"
#include "passerelle/storage/dataset_store.h"

#include <gtest/gtest.h>

namespace passerelle::test {

bool DemoDatabase::create(int students) {
    auto opened = storage::Database::open(folder.path(QStringLiteral("demo.sqlite")));
    EXPECT_TRUE(opened.ok()) << (opened ? "" : opened.error().message.toStdString());
    if (!opened)
        return false;
    database = std::move(opened).value();
    dataset = exchange::generateDemo({.seed = 1, .students = students, .today = fixedToday()});
    const auto imported = storage::DatasetStore(*database).importDataset(dataset);
    EXPECT_TRUE(imported.ok()) << (imported ? "" : imported.error().message.toStdString());
    return imported.ok();
}

}  // namespace passerelle::test
