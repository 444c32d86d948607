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
    // The same, freeing each record once written, so that a large import does not hold every record and the
    // database's page cache at once (issue 14). Give it the only copy: a shared one would be copied.
    Result<ImportSummary> importDataset(Dataset&& dataset);
    // Whether a record of that kind, named by its list in a Dataset ("organisations", "people", "students",
    // "agreements", "measures", "groups"), is stored with that id: one primary-key look-up, so that checking
    // a file's references never loads the database (issue 14).
    Result<bool> contains(const QString& list, const QString& id) const;
    // The number of records of every kind together, for the status bar and the "empty database: load demo
    // data?" question.
    Result<qsizetype> recordCount() const;

private:
    // `release`: the same dataset when the import owns it, to free records as they are written.
    Result<ImportSummary> importRecords(const Dataset& dataset, Dataset* release);

    Database& m_database;
};

}  // namespace passerelle::storage
