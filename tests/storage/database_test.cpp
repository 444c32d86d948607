// Opening a database: file creation, connection settings, refusals that leave the file untouched,
// transactions.
#include "storage_fixtures.h"

#include "passerelle/storage/database.h"
#include "passerelle/storage/repositories.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>

#include <atomic>
#include <thread>
#include <vector>

using namespace passerelle;
using namespace passerelle::storage;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

}  // namespace

TEST(Database, CreatesTheFileAndItsFolders) {
    TempFolder folder;
    const QString path = folder.path(u"a/b/c/passerelle.sqlite"_s);
    auto opened = Database::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_EQ((*opened)->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_GE(Database::latestSchemaVersion(), 2);
}

// A worker's second connection (the dashboard's, the PDF workers') never makes a database: one moved or
// deleted while the program runs is an error, and nothing appears at its path.
TEST(Database, ASecondConnectionNeverCreatesTheFile) {
    TempFolder folder;
    const QString path = folder.path(u"gone/passerelle.sqlite"_s);
    const auto opened = storage::Database::open(path, {.existingOnly = true});
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, ErrorKind::NotFound);
    EXPECT_TRUE(opened.error().message.contains(u"no longer exists"_s));
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_FALSE(QFileInfo::exists(folder.path(u"gone"_s)));
    ASSERT_TRUE(storage::Database::open(path).ok());  // the program's own open creates it
    EXPECT_TRUE(storage::Database::open(path, {.existingOnly = true}).ok());
}

TEST_F(StorageTest, ConnectionSettings) {
    EXPECT_EQ(scalar(u"PRAGMA foreign_keys"_s).toInt(), 1);
    EXPECT_EQ(scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    EXPECT_EQ(scalar(u"PRAGMA busy_timeout"_s).toInt(), 5000);
    EXPECT_EQ(scalar(u"PRAGMA user_version"_s).toInt(), Database::latestSchemaVersion());
}

TEST_F(StorageTest, ReopeningKeepsDataAndVersion) {
    importSample();
    reopen();
    EXPECT_EQ(db().schemaVersion(), Database::latestSchemaVersion());
    const auto student = StudentRepository(db()).find(heleneId);
    ASSERT_TRUE(student.ok());
    EXPECT_EQ(student->lastName, u"Bernard"_s);
}

TEST(Database, RefusesANewerDatabaseAndLeavesItUnchanged) {
    TempFolder folder;
    const QString path = folder.path(u"newer.sqlite"_s);
    { ASSERT_TRUE(Database::open(path).ok()); }
    rawExecute(path, {u"PRAGMA user_version = %1"_s.arg(Database::latestSchemaVersion() + 1)});
    const QByteArray before = readAll(path);
    ASSERT_FALSE(before.isEmpty());

    const auto opened = Database::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, ErrorKind::Invalid);
    EXPECT_TRUE(opened.error().message.contains(u"newer version of Passerelle"_s))
        << opened.error().message.toStdString();
    EXPECT_TRUE(opened.error().message.contains(u"unchanged"_s));
    EXPECT_EQ(readAll(path), before);
    EXPECT_EQ(rawScalar(path, u"PRAGMA user_version"_s).toInt(), Database::latestSchemaVersion() + 1);
}

TEST(Database, RefusesAFileThatIsNotADatabase) {
    TempFolder folder;
    const QString path = folder.path(u"document.pdf"_s);
    const QByteArray bytes = "%PDF-1.7\n" + QByteArray(4096, 'x') + "\n%%EOF\n";
    writeAll(path, bytes);
    const auto opened = Database::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().message.contains(u"not a Passerelle database"_s))
        << opened.error().message.toStdString();
    EXPECT_TRUE(opened.error().message.contains(u"document.pdf"_s));
    EXPECT_EQ(readAll(path), bytes);
}

TEST(Database, RefusesAnotherProgramsDatabase) {
    TempFolder folder;
    const QString path = folder.path(u"other.sqlite"_s);
    rawExecute(path, {u"CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount INTEGER)"_s,
                      u"INSERT INTO invoices (amount) VALUES (42)"_s});
    const QByteArray before = readAll(path);
    const auto opened = Database::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().message.contains(u"another program"_s))
        << opened.error().message.toStdString();
    EXPECT_EQ(readAll(path), before);
}

TEST(Database, RefusesAFolderAndAnEmptyPath) {
    TempFolder folder;
    const auto onFolder = Database::open(folder.path(QString()));
    ASSERT_FALSE(onFolder.ok());
    EXPECT_TRUE(onFolder.error().message.contains(u"folder"_s));
    EXPECT_FALSE(Database::open(QString()).ok());
}

TEST(Database, EachConnectionHasItsOwnNameRemovedWithIt) {
    TempFolder folder;
    const QString path = folder.path(u"shared.sqlite"_s);
    const QStringList before = QSqlDatabase::connectionNames();
    {
        auto first = Database::open(path);
        auto second = Database::open(path);
        ASSERT_TRUE(first.ok() && second.ok());
        EXPECT_NE((*first)->connection().connectionName(), (*second)->connection().connectionName());
        EXPECT_EQ(QSqlDatabase::connectionNames().size(), before.size() + 2);
        // Use the statement cache so that the destructor has live queries to clean up first.
        ASSERT_TRUE(StudentRepository(**first).list({}).ok());
    }
    EXPECT_EQ(QSqlDatabase::connectionNames(), before);
}

TEST_F(StorageTest, TransactionRollsBackWhenTheWorkFails) {
    OrganisationRepository organisations(db());
    const Status status = db().transaction([&]() -> Status {
        EXPECT_TRUE(db().inTransaction());
        const auto saved = organisations.save(sampleSchool());  // joins this transaction
        EXPECT_TRUE(saved.ok());
        return failure(u"changed my mind"_s);
    });
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().message, u"changed my mind"_s);
    EXPECT_FALSE(db().inTransaction());
    EXPECT_EQ(organisations.find(schoolId).error().kind, ErrorKind::NotFound);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM organisation_teaching_hours"_s).toInt(), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM search_entries"_s).toInt(), 0);
}

TEST_F(StorageTest, TransactionCommitsWhenTheWorkSucceeds) {
    OrganisationRepository organisations(db());
    ASSERT_TRUE(db().transaction([&]() -> Status {
                        if (auto s = organisations.save(sampleSchool()); !s)
                            return s.error();
                        if (auto s = organisations.save(sampleHost()); !s)
                            return s.error();
                        return success();
                    })
                    .ok());
    reopen();
    EXPECT_TRUE(OrganisationRepository(db()).find(schoolId).ok());
    EXPECT_TRUE(OrganisationRepository(db()).find(hostId).ok());
}

TEST_F(StorageTest, ASecondConnectionSeesCommittedDataAndWrites) {
    // A second connection (another Passerelle on the same file) sees committed data and can write after us.
    importSample();
    auto other = Database::open(m_path);
    ASSERT_TRUE(other.ok());
    auto student = StudentRepository(**other).find(heleneId);
    ASSERT_TRUE(student.ok());
    student->className = u"3eB"_s;
    ASSERT_TRUE(StudentRepository(**other).save(*student).ok());
    EXPECT_EQ(StudentRepository(db()).find(heleneId)->className, u"3eB"_s);
}

TEST(Database, SeveralProgramsOpeningANewFileAtOnceAllSucceed) {
    // Each thread stands for one Passerelle: its own connection, all racing to migrate the same new file.
    TempFolder folder;
    const QString path = folder.path(u"race.sqlite"_s);
    std::atomic<int> opened = 0;
    std::vector<std::thread> programs;
    for (int i = 0; i < 4; ++i) {
        programs.emplace_back([&] {
            const auto database = Database::open(path);
            if (database && (*database)->schemaVersion() == Database::latestSchemaVersion())
                ++opened;
        });
    }
    for (std::thread& program : programs)
        program.join();
    EXPECT_EQ(opened, 4);
    EXPECT_EQ(rawScalar(path, u"PRAGMA user_version"_s).toInt(), Database::latestSchemaVersion());
}
