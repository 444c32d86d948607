#pragma once

// Records with every field filled, a small consistent dataset, and a fresh database per test.

#include "fixtures.h"
#include "test_database.h"

#include "passerelle/domain/dataset.h"
#include "passerelle/storage/database.h"

#include <QSqlQuery>
#include <QVariant>

#include <gtest/gtest.h>

#include <memory>

namespace passerelle::test {

// Ids of the sample records.
inline const QString schoolId = QStringLiteral("ORG-SCHOOL");
inline const QString hostId = QStringLiteral("ORG-HOST");
inline const QString townId = QStringLiteral("ORG-TOWN");
inline const QString principalId = QStringLiteral("P-PRINCIPAL");
inline const QString tutorId = QStringLiteral("P-TUTOR");
inline const QString cpeId = QStringLiteral("P-CPE");
inline const QString heleneId = QStringLiteral("S-HELENE");
inline const QString lucasId = QStringLiteral("S-LUCAS");
inline const QString agreementId = QStringLiteral("A-RESP");
inline const QString measureId = QStringLiteral("M-1");
inline const QString groupId = QStringLiteral("G-1");

Organisation sampleSchool();
Organisation sampleHost();
Organisation sampleTown();
Person samplePrincipal();
Person sampleTutor();
Person sampleCpe();
Student sampleHelene();
Student sampleLucas();
Agreement sampleAgreement();
Measure sampleMeasure();
GroupActivity sampleGroup();

// All of the above, each list in an order that is not sorted by id.
Dataset sampleDataset();

// The dataset with every revision set to `revision`, to compare with what the database returns.
Dataset withRevisions(Dataset dataset, int revision);

// A database in a private folder, deleted after the test; or on the test server when the suite runs against
// one (test_database.h).
class StorageTest : public ::testing::Test {
protected:
    void SetUp() override;
    storage::Database& db() { return *m_database; }
    // Loads the sample dataset through DatasetStore.
    void importSample();
    // One value from a raw SQL query on the test's database, for checks below the API (child rows, PRAGMAs).
    QVariant scalar(const QString& sql);
    void reopen();

    TempFolder m_folder;
    std::unique_ptr<TestDatabase> m_testDatabase;  // dropped after the connection below is closed
    QString m_path;
    std::unique_ptr<storage::Database> m_database;
};

// One value of a query on a raw connection to `path` (no Passerelle code involved).
QVariant rawScalar(const QString& path, const QString& sql);
// Runs statements on a raw connection to `path`.
void rawExecute(const QString& path, const QStringList& statements);

}  // namespace passerelle::test
