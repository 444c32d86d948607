// Backups: written with VACUUM INTO, verified, private, named by date; made before a migration and once a
// day; pruned by the retention policy (a fake clock); restored over the database with the old one kept.
#include "storage_fixtures.h"

#include "passerelle/exchange/demo_data.h"
#include "passerelle/storage/backups.h"
#include "passerelle/storage/database.h"
#include "passerelle/storage/dataset_store.h"
#include "passerelle/storage/integrity.h"
#include "passerelle/storage/repositories.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace passerelle;
using namespace passerelle::storage;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Qt's permission bits for the group and others: none may be set on a backup or its folder.
constexpr int othersMask = 0x0077;

const QDateTime monday(QDate(2026, 11, 23), QTime(9, 30, 0));

int studentCount(const QString& path) {
    return rawScalar(path, u"SELECT COUNT(*) FROM students"_s).toInt();
}

void writeBytes(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

class BackupTest : public StorageTest {
protected:
    QString backupFolder() const { return m_folder.path(u"backups"_s); }
    Backups backups(RetentionPolicy policy = {}) const { return Backups(backupFolder(), m_path, policy); }
};

}  // namespace

TEST_F(BackupTest, ACopyIsVerifiedPrivateAndNamedByDate) {
    importSample();
    const auto made = backups().create(db(), BackupReason::Manual, monday);
    ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
    EXPECT_EQ(QFileInfo(made->path).fileName(), u"passerelle-20261123-093000-manual.sqlite"_s);
    EXPECT_EQ(QFileInfo(made->path).permissions() & othersMask, 0);
    EXPECT_EQ(QFile::permissions(backupFolder()) & othersMask, 0);
    EXPECT_TRUE(QFile::permissions(backupFolder()) & QFileDevice::ExeOwner);
    EXPECT_EQ(studentCount(made->path), 2);
    EXPECT_TRUE(integrityCheckFile(made->path)->isEmpty());
    // Only the backup is in the folder: no temporary file left.
    EXPECT_EQ(QDir(backupFolder()).entryList(QDir::Files | QDir::Hidden).size(), 1);

    const auto listed = backups().list(Backups::Verify::Yes);
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 1);
    EXPECT_EQ(listed->first().createdAt, monday);
    EXPECT_EQ(listed->first().reason, BackupReason::Manual);
    EXPECT_EQ(listed->first().size, QFileInfo(made->path).size());
    EXPECT_EQ(listed->first().sound, std::optional<bool>(true));

    // Two in the same second get different names.
    const auto second = backups().create(db(), BackupReason::Import, monday);
    ASSERT_TRUE(second.ok());
    EXPECT_NE(second->path, made->path);
}

TEST_F(BackupTest, OnceADay) {
    importSample();
    const auto first = backupIfDue(db(), backupFolder(), monday);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_TRUE(first->has_value());
    const auto sameDay = backupIfDue(db(), backupFolder(), monday.addSecs(3600 * 8));
    ASSERT_TRUE(sameDay.ok());
    EXPECT_FALSE(sameDay->has_value());
    const auto nextDay = backupIfDue(db(), backupFolder(), monday.addDays(1));
    ASSERT_TRUE(nextDay.ok());
    EXPECT_TRUE(nextDay->has_value());
    EXPECT_EQ(backups().list()->size(), 2);
}

TEST_F(BackupTest, PruningKeepsDailyWeeklyAndMonthly) {
    importSample();
    // A fake clock: one backup a day for ten days of January 2026 (Thursday 1st to Saturday 10th).
    const RetentionPolicy policy{.daily = 3, .weekly = 2, .monthly = 1};
    for (int day = 1; day <= 10; ++day) {
        ASSERT_TRUE(backups(policy)
                        .create(db(), BackupReason::Daily, QDateTime(QDate(2026, 1, day), QTime(8, 0)))
                        .ok());
    }
    const auto left = backups(policy).list();
    ASSERT_TRUE(left.ok());
    QList<int> days;
    for (const BackupEntry& entry : *left)
        days << entry.createdAt.date().day();
    // The 3 newest days; the newest of the week before (ISO week 1 ends on Sunday 4th); the month's newest.
    EXPECT_EQ(days, (QList<int>{10, 9, 8, 4}));
}

TEST(Retention, EveryBackupOfTheNewestDayStaysUntilTheNextDay) {
    const auto at = [](int day, int hour) {
        return BackupEntry{
            u"b"_s, QDateTime(QDate(2026, 11, day), QTime(hour, 0)), BackupReason::Import, 1, {}};
    };
    // The day's backup, then one before each of two imports, then "Back Up Now": all four stay today.
    const QList<BackupEntry> today = {at(23, 17), at(23, 14), at(23, 10), at(23, 8), at(22, 18), at(22, 8)};
    EXPECT_EQ(keptByPolicy(today, {}), (QList<qsizetype>{0, 1, 2, 3, 4}));
    // The next day, the 23rd keeps only its newest, like the 22nd.
    QList<BackupEntry> tomorrow = today;
    tomorrow.prepend(at(24, 8));
    EXPECT_EQ(keptByPolicy(tomorrow, {}), (QList<qsizetype>{0, 1, 5}));
}

TEST(Retention, TheDefaultPolicyOverFourHundredDays) {
    QList<BackupEntry> entries;
    const QDate last(2026, 11, 23);  // a Monday
    for (int back = 0; back < 400; ++back)
        entries << BackupEntry{
            u"b"_s, QDateTime(last.addDays(-back), QTime(8, 0)), BackupReason::Daily, 1, {}};
    const QList<qsizetype> kept = keptByPolicy(entries, {});
    QList<QDate> dates;
    for (qsizetype index : kept)
        dates << entries.at(index).createdAt.date();
    // 7 daily (17 to 23 November); 4 weekly: this week's Monday and the 3 Sundays before it, of which the
    // 22nd is already kept as a daily one; the last day of the 11 months before November.
    EXPECT_EQ(dates.size(), 7 + 2 + 11);
    EXPECT_TRUE(dates.contains(QDate(2026, 11, 8)));
    EXPECT_FALSE(dates.contains(QDate(2026, 11, 1)));
    EXPECT_TRUE(dates.contains(QDate(2026, 11, 17)));
    EXPECT_FALSE(dates.contains(QDate(2026, 11, 16)));
    EXPECT_TRUE(dates.contains(QDate(2026, 11, 15)));  // Sunday: the newest of its ISO week
    EXPECT_TRUE(dates.contains(QDate(2026, 10, 31)));  // the newest of October
    EXPECT_TRUE(dates.contains(QDate(2025, 12, 31)));
    EXPECT_FALSE(dates.contains(QDate(2025, 11, 30)));  // the 13th month back
    EXPECT_TRUE(keptByPolicy({}, {}).isEmpty());
}

TEST(Backup, MadeBeforeAMigrationButNotForANewFile) {
    TempFolder folder;
    const QString path = folder.path(u"school.sqlite"_s);
    const QString backupsFolder = folder.path(u"backups"_s);
    {
        auto fresh = Database::open(folder.path(u"fresh.sqlite"_s), {backupsFolder, {}});
        ASSERT_TRUE(fresh.ok());
    }
    EXPECT_FALSE(QFileInfo::exists(backupsFolder));
    { ASSERT_TRUE(Database::openAtVersion(path, 3).ok()); }
    // Rows as version 3 stored them: today's code writes columns version 3 does not have.
    const QString school =
        u"INSERT INTO organisations (id, kind, name, sort_name, uai, address, phone, "
        "email, revision) VALUES ('ORG-SCHOOL', 'school', 'Collège', 'college', '', '', '', "
        "'', 1)"_s;
    const QString students =
        u"INSERT INTO students (id, first_name, last_name, sort_last_name, "
        "sort_first_name, class_name, school_id, consent_follow_up, consent_image, "
        "revision) VALUES ('S1', 'Hélène', 'Bernard', 'bernard', 'helene', '', "
        "'ORG-SCHOOL', 0, 0, 1), ('S2', 'Lucas', 'Petit', 'petit', 'lucas', '', "
        "'ORG-SCHOOL', 0, 0, 1)"_s;
    rawExecute(path, {school, students});
    auto opened = Database::open(path, {backupsFolder, {}});
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    const auto listed = Backups(backupsFolder, path).list(Backups::Verify::Yes);
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 1);
    EXPECT_EQ(listed->first().reason, BackupReason::Migration);
    EXPECT_EQ(listed->first().sound, std::optional<bool>(true));
    EXPECT_EQ(rawScalar(listed->first().path, u"PRAGMA user_version"_s).toInt(), 3);
    EXPECT_EQ(studentCount(listed->first().path), 2);
}

TEST_F(BackupTest, ACopyNeverReplacesAFile) {
    const QString target = m_folder.path(u"copy.sqlite"_s);
    writeBytes(target, "keep me");
    const Status written = writeVerifiedCopy(db(), target);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().kind, ErrorKind::Conflict);
    QFile file(target);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), "keep me");
}

TEST_F(BackupTest, ADamagedBackupIsListedAsNotSoundAndNotAdvised) {
    importSample();
    const auto older = backups().create(db(), BackupReason::Daily, monday);
    const auto newer = backups().create(db(), BackupReason::Daily, monday.addDays(1));
    ASSERT_TRUE(older.ok() && newer.ok());
    {
        QFile file(newer->path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        file.seek(4096);
        file.write(QByteArray(file.size() - 4096, char(0x33)));
    }
    const auto listed = backups().list(Backups::Verify::Yes);
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 2);
    EXPECT_EQ(listed->at(0).sound, std::optional<bool>(false));
    EXPECT_EQ(listed->at(1).sound, std::optional<bool>(true));
    EXPECT_EQ(backups().latestSound(3), QStringList{older->path});
}

TEST_F(BackupTest, RestoreReplacesTheDatabaseAndKeepsTheOldOne) {
    importSample();
    const auto made = backups().create(db(), BackupReason::Manual, monday);
    ASSERT_TRUE(made.ok());
    Student added = sampleHelene();
    added.id = u"S-NEW"_s;
    ASSERT_TRUE(StudentRepository(db()).save(added).ok());
    m_database.reset();
    ASSERT_EQ(studentCount(m_path), 3);

    const auto restored = restoreDatabase(m_path, made->path, backupFolder(), {}, monday.addDays(1));
    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    EXPECT_EQ(studentCount(m_path), 2);
    ASSERT_FALSE(restored->keptBackup.isEmpty());
    EXPECT_EQ(studentCount(restored->keptBackup), 3);
    EXPECT_TRUE(restored->keptBackup.endsWith(u"-restore.sqlite"_s));
    EXPECT_EQ(QFileInfo(m_path).permissions() & othersMask, 0);
    // No temporary file left beside the database.
    const QStringList beside = QDir(m_folder.path(QString())).entryList(QDir::Files | QDir::Hidden);
    EXPECT_EQ(beside.filter(u".partial"_s), QStringList());
}

TEST_F(BackupTest, RestoreRefusesForeignAndDamagedFilesAndTheDatabaseStaysUsable) {
    importSample();
    const QString text = m_folder.path(u"notes.txt"_s);
    writeBytes(text, QByteArray(8192, 'n'));
    const auto foreign = restoreDatabase(m_path, text, backupFolder(), {}, monday);
    ASSERT_FALSE(foreign.ok());
    EXPECT_EQ(foreign.error().kind, ErrorKind::Invalid);

    const auto made = backups().create(db(), BackupReason::Manual, monday);
    ASSERT_TRUE(made.ok());
    {
        QFile file(made->path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        file.seek(4096);
        file.write(QByteArray(file.size() - 4096, char(0x33)));
    }
    const auto damaged = restoreDatabase(m_path, made->path, backupFolder(), {}, monday);
    ASSERT_FALSE(damaged.ok());
    EXPECT_EQ(damaged.error().kind, ErrorKind::Invalid);
    EXPECT_TRUE(damaged.error().message.contains(u"nothing was restored"_s))
        << damaged.error().message.toStdString();

    EXPECT_EQ(StudentRepository(db()).list({})->total, 2);
    reopen();
    EXPECT_EQ(StudentRepository(db()).list({})->total, 2);
}

TEST_F(BackupTest, RestoreRefusesWhileAnotherProgramHasTheDatabaseOpen) {
    importSample();
    const auto made = backups().create(db(), BackupReason::Manual, monday);
    ASSERT_TRUE(made.ok());
    // m_database stands for another Passerelle using the file.
    const auto restored = restoreDatabase(m_path, made->path, backupFolder(), {}, monday);
    ASSERT_FALSE(restored.ok());
    EXPECT_EQ(restored.error().kind, ErrorKind::Conflict) << restored.error().message.toStdString();
    EXPECT_EQ(StudentRepository(db()).list({})->total, 2);
}

TEST(Backup, TimeOnTenThousandStudents) {
    TempFolder folder;
    const QString path = folder.path(u"big.sqlite"_s);
    auto opened = Database::open(path);
    ASSERT_TRUE(opened.ok());
    ASSERT_TRUE(
        DatasetStore(**opened)
            .importDataset(exchange::generateDemo({.seed = 5, .students = 10'000, .today = fixedToday()}))
            .ok());
    QElapsedTimer timer;
    timer.start();
    const auto made = Backups(folder.path(u"backups"_s), path).create(**opened, BackupReason::Manual, monday);
    ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
    std::printf(
        "backup of 10,000 students (%lld bytes, integrity check before and after included): %lld ms\n",
        static_cast<long long>(made->size), static_cast<long long>(timer.elapsed()));
}
