// Only our own files: whatever is not a Passerelle database is refused and left byte for byte as it was (not
// switched to WAL, no -wal/-shm beside it, same modification time); a new database is made only where no file
// exists, and it carries Passerelle's application id.
#include "storage_fixtures.h"

#include "dialect.h"

#include "passerelle/storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

using namespace passerelle;
using namespace passerelle::storage;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Snapshot {
    QByteArray bytes;
    QDateTime modified;
};

Snapshot take(const QString& path) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return {file.readAll(), QFileInfo(path).lastModified()};
}

void writeBytes(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// Opens `path`, expects a refusal, and checks that nothing changed.
void expectRefusedUntouched(const QString& path, const QString& expectedWords) {
    const Snapshot before = take(path);
    QThread::msleep(20);  // a write would show in the modification time
    const auto opened = Database::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, ErrorKind::Invalid) << opened.error().message.toStdString();
    EXPECT_TRUE(opened.error().message.contains(expectedWords)) << opened.error().message.toStdString();
    EXPECT_TRUE(opened.error().message.contains(u"unchanged"_s)) << opened.error().message.toStdString();
    const Snapshot after = take(path);
    EXPECT_EQ(after.bytes, before.bytes);
    EXPECT_EQ(after.modified, before.modified);
    for (const QString& suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s})
        EXPECT_FALSE(QFileInfo::exists(path + suffix)) << suffix.toStdString();
    // Nothing else appeared beside it (no half-made database).
    EXPECT_EQ(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

}  // namespace

TEST(ForeignFile, AnotherProgramsDatabaseWithATable) {
    TempFolder folder;
    const QString path = folder.path(u"invoices.sqlite"_s);
    rawExecute(path, {u"CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount INTEGER)"_s,
                      u"INSERT INTO invoices (amount) VALUES (42)"_s});
    expectRefusedUntouched(path, u"another program"_s);
}

TEST(ForeignFile, AnotherProgramsWalDatabaseWithAVersion) {
    TempFolder folder;
    const QString path = folder.path(u"other.sqlite"_s);
    rawExecute(path, {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA user_version = 2"_s,
                      u"CREATE TABLE notes (body TEXT)"_s, u"INSERT INTO notes VALUES ('x')"_s});
    expectRefusedUntouched(path, u"another program"_s);
}

TEST(ForeignFile, AnotherProgramsMarkedDatabase) {
    TempFolder folder;
    const QString path = folder.path(u"marked.sqlite"_s);
    rawExecute(path, {u"PRAGMA application_id = 1234"_s, u"CREATE TABLE students (id TEXT)"_s});
    expectRefusedUntouched(path, u"another program"_s);
}

TEST(ForeignFile, ADatabaseHoldingOnlyAView) {
    TempFolder folder;
    const QString path = folder.path(u"view.sqlite"_s);
    rawExecute(path, {u"CREATE VIEW answer AS SELECT 42 AS value"_s});
    expectRefusedUntouched(path, u"another program"_s);
}

TEST(ForeignFile, AnEmptyFile) {
    TempFolder folder;
    const QString path = folder.path(u"empty.sqlite"_s);
    writeBytes(path, {});
    expectRefusedUntouched(path, u"empty"_s);
}

TEST(ForeignFile, AOneByteFile) {
    TempFolder folder;
    const QString path = folder.path(u"one.sqlite"_s);
    writeBytes(path, "x");
    expectRefusedUntouched(path, u"not an SQLite database"_s);
}

TEST(ForeignFile, ATextFile) {
    TempFolder folder;
    const QString path = folder.path(u"notes.txt"_s);
    writeBytes(path, QByteArray("Liste des élèves\n").repeated(400));
    expectRefusedUntouched(path, u"not an SQLite database"_s);
}

TEST(ForeignFile, ANewerPasserelleDatabase) {
    TempFolder folder;
    const QString path = folder.path(u"newer.sqlite"_s);
    { ASSERT_TRUE(Database::open(path).ok()); }
    rawExecute(path, {u"PRAGMA user_version = %1"_s.arg(Database::latestSchemaVersion() + 1)});
    expectRefusedUntouched(path, u"newer version of Passerelle"_s);
}

TEST(ForeignFile, ANewDatabaseIsMarkedAndNothingIsLeftBeside) {
    TempFolder folder;
    const QString path = folder.path(u"new.sqlite"_s);
    {
        auto opened = Database::open(path);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        EXPECT_TRUE((*opened)->wasCreated());
    }
    EXPECT_EQ(rawScalar(path, u"PRAGMA application_id"_s).toInt(), dialect::passerelleApplicationId);
    EXPECT_EQ(QDir(folder.path(QString())).entryList(QDir::Files | QDir::Hidden),
              QStringList{u"new.sqlite"_s});
    auto again = Database::open(path);
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE((*again)->wasCreated());
}
