#pragma once

#include "passerelle/domain/dataset.h"
#include "passerelle/domain/result.h"

namespace passerelle::storage {

class Database;

struct ImportSummary {
    int added = 0;
    int updated = 0;
};

// The whole database at once: what export, import, demo and `check` need.
class DatasetStore {
public:
    explicit DatasetStore(Database& database) : m_database(database) {}

    // Every record, each list sorted by id, so that two exports of the same data are byte-identical.
    Result<Dataset> loadAll() const;
    // Adds the records with new ids and updates those whose id exists, in one transaction: on any failure
    // nothing is written. Stored revisions are bumped; the dataset's own revisions are ignored.
    Result<ImportSummary> importDataset(const Dataset& dataset);
    // The number of records of every kind together, for the status bar and the "empty database: load demo
    // data?" question.
    Result<qsizetype> recordCount() const;

private:
    Database& m_database;
};

}  // namespace passerelle::storage
