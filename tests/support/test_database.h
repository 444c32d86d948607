#pragma once

// The database a test writes to: an SQLite file (the default), or, when the suite runs against a server
// (PASSERELLE_TEST_BACKEND=postgresql, set by the ctest entries that run a suite under pg_virtualenv), a new
// database on that throwaway server (not dropped: a DROP DATABASE forces a checkpoint, and the cluster goes
// when the suite ends). One set of tests, both back ends (issue 15).

#include <QString>

namespace passerelle::test {

class TempFolder;

// Whether this run's databases are on a PostgreSQL server (the libpq environment names it: PGHOST ...).
bool testingOnServer();

class TestDatabase {
public:
    // `name` makes the file's name ("demo" -> demo.sqlite in `folder`) or part of the server database's.
    TestDatabase(const TempFolder& folder, const QString& name);
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    // What --database or Database::open takes: a file path, or postgresql:///name.
    QString location() const { return m_location; }
    // Empty on success; what failed otherwise (for ASSERT/ADD_FAILURE).
    QString error() const { return m_error; }

private:
    QString m_location;
    QString m_error;
};

}  // namespace passerelle::test
