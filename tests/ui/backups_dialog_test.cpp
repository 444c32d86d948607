// Issue 10, "Backups" and "Damage is caught", in the application: Fichier › Sauvegardes… lists the
// database's backups with their state, backs up on a click and restores only after a question that names
// the backup's date; the background check tells a sound database from a damaged one.
#include "passerelle/ui/backups_dialog.h"
#include "fixtures.h"
#include "passerelle/exchange/demo_data.h"
#include "passerelle/storage/backups.h"
#include "passerelle/storage/database.h"
#include "passerelle/storage/dataset_store.h"
#include "passerelle/ui/database_health.h"

#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace passerelle::test {
namespace {

using namespace Qt::Literals::StringLiterals;

std::unique_ptr<storage::Database> demoDatabase(const QString& path, int students) {
    auto opened = storage::Database::open(path);
    EXPECT_TRUE(opened.ok()) << opened.error().message.toStdString();
    if (!opened)
        return nullptr;
    const auto imported = storage::DatasetStore(**opened).importDataset(
        exchange::generateDemo({.seed = 5, .students = students, .today = fixedToday()}));
    EXPECT_TRUE(imported.ok()) << imported.error().message.toStdString();
    return std::move(opened).value();
}

// Garbage over the second half of a closed database file: the schema stays readable, the data does not.
void damage(const QString& path) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    ASSERT_GT(size, 64 * 1024);
    file.seek(size / 2);
    file.write(QByteArray(static_cast<int>(size / 4), char(0x5a)));
}

bool waitUntil(const std::function<bool()>& done) {
    return QTest::qWaitFor(done, 30000);
}

class BackupsDialogTest : public ::testing::Test {
protected:
    void SetUp() override {
        database = demoDatabase(folder.path(u"college.sqlite"_s), 40);
        ASSERT_NE(database, nullptr);
        backupFolder = folder.path(u"backups"_s);
        storage::Backups backups(backupFolder, database->path());
        ASSERT_TRUE(backups.create(*database, storage::BackupReason::Daily, older).ok());
        ASSERT_TRUE(backups.create(*database, storage::BackupReason::Import, newer).ok());
    }

    TempFolder folder;
    std::unique_ptr<storage::Database> database;
    QString backupFolder;
    const QDateTime older{QDate(2026, 11, 20), QTime(8, 15)};
    const QDateTime newer{QDate(2026, 11, 23), QTime(17, 40)};
};

TEST_F(BackupsDialogTest, ListsTheBackupsNewestFirstAndChecksThemInTheBackground) {
    ui::BackupsDialog dialog(*database, backupFolder, {});
    auto* table = dialog.findChild<QTableWidget*>(u"backupsTable"_s);
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_EQ(dialog.backups().first().createdAt, newer);
    EXPECT_EQ(table->item(0, 0)->text(), ui::BackupsDialog::describeDate(newer));
    ASSERT_TRUE(waitUntil([&] { return !dialog.isVerifying(); }));
    QCoreApplication::processEvents();
    for (const storage::BackupEntry& entry : dialog.backups())
        EXPECT_EQ(entry.sound, std::optional<bool>(true)) << entry.path.toStdString();
    EXPECT_TRUE(dialog.findChild<QPushButton*>(u"restoreButton"_s)->isEnabled());
}

TEST_F(BackupsDialogTest, BackUpNowAddsAVerifiedBackup) {
    ui::BackupsDialog dialog(*database, backupFolder, {});
    auto* table = dialog.findChild<QTableWidget*>(u"backupsTable"_s);
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"backUpNowButton"_s), Qt::LeftButton);
    EXPECT_EQ(table->rowCount(), 3);
    EXPECT_EQ(dialog.backups().size(), 3);
}

TEST_F(BackupsDialogTest, RestoreAsksNamingTheDateAndHandsTheBackupToTheProgram) {
    ui::BackupsDialog dialog(*database, backupFolder, {});
    ASSERT_TRUE(waitUntil([&] { return !dialog.isVerifying(); }));
    QCoreApplication::processEvents();
    auto* table = dialog.findChild<QTableWidget*>(u"backupsTable"_s);
    auto* restore = dialog.findChild<QPushButton*>(u"restoreButton"_s);
    table->selectRow(1);  // the older one
    QStringList questions;
    bool answer = false;
    dialog.setConfirm([&](const QString& question) {
        questions << question;
        return answer;
    });
    QSignalSpy requests(&dialog, &ui::BackupsDialog::restoreRequested);
    QTest::mouseClick(restore, Qt::LeftButton);
    ASSERT_EQ(questions.size(), 1);
    EXPECT_TRUE(questions.first().contains(ui::BackupsDialog::describeDate(older)))
        << questions.first().toStdString();
    EXPECT_EQ(requests.size(), 0) << "no restore without a yes";

    answer = true;
    QTest::mouseClick(restore, Qt::LeftButton);
    ASSERT_EQ(requests.size(), 1);
    EXPECT_EQ(requests.first().at(0).toString(), dialog.backups().at(1).path);
    EXPECT_EQ(requests.first().at(1).toDateTime(), older);
}

TEST_F(BackupsDialogTest, ADamagedBackupIsShownAsSuchAndCannotBeRestored) {
    const QString newest = storage::Backups(backupFolder, database->path()).list()->first().path;
    damage(newest);
    ui::BackupsDialog dialog(*database, backupFolder, {});
    ASSERT_TRUE(waitUntil([&] { return !dialog.isVerifying(); }));
    QCoreApplication::processEvents();
    auto* table = dialog.findChild<QTableWidget*>(u"backupsTable"_s);
    table->selectRow(0);
    EXPECT_EQ(dialog.backups().first().sound, std::optional<bool>(false));
    EXPECT_FALSE(dialog.findChild<QPushButton*>(u"restoreButton"_s)->isEnabled());
    table->selectRow(1);
    EXPECT_TRUE(dialog.findChild<QPushButton*>(u"restoreButton"_s)->isEnabled());
}

TEST(DatabaseHealth, TellsASoundDatabaseFromADamagedOne) {
    TempFolder folder;
    const QString sound = folder.path(u"sound.sqlite"_s);
    const QString damaged = folder.path(u"damaged.sqlite"_s);
    demoDatabase(sound, 200).reset();
    demoDatabase(damaged, 200).reset();
    damage(damaged);

    ui::DatabaseHealthCheck check;
    QSignalSpy sounds(&check, &ui::DatabaseHealthCheck::sound);
    QSignalSpy damages(&check, &ui::DatabaseHealthCheck::damaged);
    check.start(sound);
    ASSERT_TRUE(waitUntil([&] { return sounds.size() + damages.size() > 0; }));
    EXPECT_EQ(sounds.size(), 1);
    EXPECT_EQ(damages.size(), 0);

    check.start(damaged);
    ASSERT_TRUE(waitUntil([&] { return damages.size() > 0; }));
    EXPECT_FALSE(damages.first().first().toStringList().isEmpty());
}

// The day's backup is the background check's, after the window shows: a sound database gets it, once a day;
// a damaged one never does (a damaged copy would push a sound one out).
TEST(DatabaseHealth, ASoundDatabaseGetsTheDaysBackupInTheWorker) {
    TempFolder folder;
    const QString sound = folder.path(u"sound.sqlite"_s);
    const QString damaged = folder.path(u"damaged.sqlite"_s);
    demoDatabase(sound, 200).reset();
    demoDatabase(damaged, 200).reset();
    damage(damaged);
    const QString backups = folder.path(u"backups"_s);

    ui::DatabaseHealthCheck check;
    check.start(sound, backups);
    ASSERT_TRUE(waitUntil([&] { return !check.isRunning(); }));
    check.start(sound, backups);  // the same day: no second backup
    ASSERT_TRUE(waitUntil([&] { return !check.isRunning(); }));
    EXPECT_EQ(storage::Backups(backups, sound).list()->size(), 1);
    check.start(damaged, backups);
    ASSERT_TRUE(waitUntil([&] { return !check.isRunning(); }));
    EXPECT_TRUE(storage::Backups(backups, damaged).list()->isEmpty());
}

}  // namespace
}  // namespace passerelle::test
