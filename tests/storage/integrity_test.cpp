// Damage is caught: integrity_check on demand, and every damaged read worded as "the database is damaged;
// restore a backup: ...".
#include "storage_fixtures.h"

#include "passerelle/exchange/demo_data.h"
#include "passerelle/storage/database.h"
#include "passerelle/storage/dataset_store.h"
#include "passerelle/storage/integrity.h"

#include <QElapsedTimer>
#include <QFile>

using namespace passerelle;
using namespace passerelle::storage;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// A multi-page database of demo data, closed (its -wal folded in).
void writeDemoDatabase(const QString& path, int students) {
    auto opened = Database::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    const auto imported = DatasetStore(**opened).importDataset(
        exchange::generateDemo({.seed = 3, .students = students, .today = fixedToday()}));
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
}

// Overwrites the pages of the students table with garbage (SQLite's dbstat says which they are), so that
// the schema stays readable and the damage is met when the students are read.
void damageStudentPages(const QString& path) {
    const QStringList pages =
        rawScalar(path, u"SELECT group_concat(pageno) FROM dbstat WHERE name = 'students'"_s)
            .toString()
            .split(u',');
    ASSERT_GT(pages.size(), 3);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const qint64 pageSize = 4096;
    for (const QString& page : pages) {
        file.seek((page.toLongLong() - 1) * pageSize + 8);  // past the page header's first bytes
        file.write(QByteArray(pageSize - 8, char(0x5a)));
    }
}

}  // namespace

TEST_F(StorageTest, ASoundDatabasePassesTheIntegrityCheck) {
    importSample();
    const auto problems = integrityCheck(db());
    ASSERT_TRUE(problems.ok()) << problems.error().message.toStdString();
    EXPECT_TRUE(problems->isEmpty()) << problems->join(u'\n').toStdString();
}

TEST(Integrity, DamagedPagesAreReportedAndEveryReadSaysSo) {
    TempFolder folder;
    const QString path = folder.path(u"damaged.sqlite"_s);
    writeDemoDatabase(path, 300);
    damageStudentPages(path);
    setRestoreAdvice([] { return u"passerelle-cli restore /backups/latest.sqlite"_s; });

    auto opened = Database::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();  // page 1 and the schema are intact
    const auto problems = integrityCheck(**opened);
    ASSERT_TRUE(problems.ok()) << problems.error().message.toStdString();
    EXPECT_FALSE(problems->isEmpty());

    const auto loaded = DatasetStore(**opened).loadAll();
    ASSERT_FALSE(loaded.ok());
    EXPECT_TRUE(isDamagedDatabaseError(loaded.error())) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded.error().message,
              u"the database is damaged; restore a backup: passerelle-cli restore /backups/latest.sqlite"_s);
    setRestoreAdvice({});
}

TEST(Integrity, AFileThatIsNotADatabaseCannotBeChecked) {
    TempFolder folder;
    const QString path = folder.path(u"text.txt"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(5000, 'a'));
    file.close();
    const auto problems = integrityCheckFile(path);
    ASSERT_FALSE(problems.ok());
    EXPECT_EQ(problems.error().kind, ErrorKind::Invalid);
}

TEST(Integrity, TimeOnTenThousandStudents) {
    TempFolder folder;
    const QString path = folder.path(u"big.sqlite"_s);
    writeDemoDatabase(path, 10'000);
    auto opened = Database::open(path);
    ASSERT_TRUE(opened.ok());
    QElapsedTimer timer;
    timer.start();
    const auto problems = integrityCheck(**opened);
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->isEmpty());
    RecordProperty("integrity_check_ms", int(timer.elapsed()));
    std::printf("integrity_check of 10,000 students (%lld bytes): %lld ms\n",
                static_cast<long long>(QFile(path).size()), static_cast<long long>(timer.elapsed()));
}
