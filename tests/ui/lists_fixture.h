#pragma once
// A temporary database filled with the demo generator's data for a fixed "today", shared by the list,
// dashboard and main window tests.

#include "fixtures.h"
#include "passerelle/domain/dataset.h"
#include "passerelle/storage/database.h"

#include <memory>

namespace passerelle::test {

struct DemoDatabase {
    TempFolder folder;
    Dataset dataset;
    std::unique_ptr<storage::Database> database;

    // Returns false (with a gtest failure) when the database cannot be made.
    bool create(int students = 300);
};

}  // namespace passerelle::test
