// Issue 10, "Private by default" and "Honest I/O errors", end to end: whatever the session's umask, what
// passerelle-cli creates is readable by its own account only, and a full disk is named as such, once.
#include "cli_runner.h"
#include "fixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

class CliPrivateFiles : public ::testing::Test {
protected:
    // The children inherit the test's umask: 022, the usual one, under which files are world-readable.
    void SetUp() override { m_previousUmask = ::umask(022); }
    void TearDown() override { ::umask(m_previousUmask); }

    CliRun run(const QStringList& arguments) { return runCli(arguments, m_folder.path(u"home"_s)); }
    QString path(const QString& name) const { return m_folder.path(name); }
    // Where the program keeps its log and default database (XDG_DATA_HOME is the runner's folder).
    QString dataFolder() const { return m_folder.path(u"home/Passerelle/Passerelle"_s); }

    QString demoDatabase() {
        const QString database = path(u"school/passerelle.sqlite"_s);
        const CliRun demo = run(
            {u"--database"_s, database, u"demo"_s, u"--students"_s, u"30"_s, u"--today"_s, u"2026-11-24"_s});
        EXPECT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        return database;
    }
    QString firstMeasure(const QString& database) {
        const CliRun list = run({u"--database"_s, database, u"list"_s, u"measures"_s, u"--limit"_s, u"1"_s});
        EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
        return QString::fromUtf8(list.out.left(list.out.indexOf('\t')));
    }

    TempFolder m_folder;
    mode_t m_previousUmask = 022;
};

}  // namespace

TEST_F(CliPrivateFiles, TheDatabaseItsFolderTheLogExportsAndPdfsAreTheOwnersOnly) {
    const QString database = demoDatabase();
    EXPECT_EQ(fileMode(database), 0600);
    EXPECT_EQ(fileMode(path(u"school"_s)), 0700);
    EXPECT_EQ(fileMode(dataFolder()), 0700);
    EXPECT_EQ(fileMode(dataFolder() + u"/passerelle.log"_s), 0600);

    const QString exported = path(u"export.json"_s);
    ASSERT_EQ(run({u"--database"_s, database, u"export"_s, u"-o"_s, exported}).exitCode, 0);
    EXPECT_EQ(fileMode(exported), 0600);

    const QString measure = firstMeasure(database);
    ASSERT_FALSE(measure.isEmpty());
    const QString pdf = path(u"measure.pdf"_s);
    const CliRun printed = run({u"--database"_s, database, u"pdf"_s, u"measure"_s, measure, u"-o"_s, pdf,
                                u"--today"_s, u"2026-11-24"_s});
    ASSERT_EQ(printed.exitCode, 0) << printed.err.toStdString();
    EXPECT_EQ(fileMode(pdf), 0600);

    const QString folder = path(u"pdfs/all"_s);
    const CliRun all = run({u"--database"_s, database, u"pdf"_s, u"--all-measures"_s, u"-o"_s, folder,
                            u"--today"_s, u"2026-11-24"_s});
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    EXPECT_EQ(fileMode(folder), 0700);
    const QStringList files = QDir(folder).entryList({u"*.pdf"_s}, QDir::Files);
    ASSERT_FALSE(files.isEmpty());
    for (const QString& file : files)
        EXPECT_EQ(fileMode(QDir(folder).filePath(file)), 0600) << file.toStdString();
}

TEST_F(CliPrivateFiles, WhatAnOlderVersionLeftReadableIsTightened) {
    ASSERT_TRUE(QDir().mkpath(dataFolder()));
    ASSERT_EQ(::chmod(QFile::encodeName(dataFolder()).constData(), 0755), 0);
    const QString log = dataFolder() + u"/passerelle.log"_s;
    QFile file(log);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("2026-11-01 older log line\n");
    file.close();
    ASSERT_EQ(::chmod(QFile::encodeName(log).constData(), 0644), 0);

    EXPECT_EQ(run({u"--version"_s}).exitCode, 0);  // no command: nothing is opened yet
    EXPECT_EQ(run({u"--database"_s, path(u"x.sqlite"_s), u"init"_s}).exitCode, 0);
    EXPECT_EQ(fileMode(dataFolder()), 0700);
    EXPECT_EQ(fileMode(log), 0600);

    // A database an older version created 0644: tightened before it is opened, so that its -wal and -shm
    // (which SQLite creates with the database's own mode) are private too.
    const QString database = path(u"x.sqlite"_s);
    ASSERT_EQ(::chmod(QFile::encodeName(database).constData(), 0644), 0);
    EXPECT_EQ(run({u"--database"_s, database, u"list"_s, u"students"_s}).exitCode, 0);
    EXPECT_EQ(fileMode(database), 0600);
}

// A real full disk: a 16 KiB tmpfs mounted for the test (root only, as in CI; skipped elsewhere).
class CliFullDisk : public CliPrivateFiles {
protected:
    void SetUp() override {
        CliPrivateFiles::SetUp();
        if (!m_disk.mounted())
            GTEST_SKIP() << m_disk.why().toStdString();
    }
    QString m_mount = path(u"full"_s);
    SmallDisk m_disk{m_mount, u"16k"_s};
};

TEST_F(CliFullDisk, ExportNamesTheFileAndTheReasonAndLeavesNothingHalfWritten) {
    const QString database = demoDatabase();
    const QString target = m_mount + u"/export.json"_s;
    const CliRun exported = run({u"--database"_s, database, u"export"_s, u"-o"_s, target});
    EXPECT_EQ(exported.exitCode, 1);
    EXPECT_TRUE(exported.err.contains("No space left on device")) << exported.err.toStdString();
    EXPECT_TRUE(exported.err.contains(target.toUtf8())) << exported.err.toStdString();
    EXPECT_FALSE(exported.err.contains("Unknown error")) << exported.err.toStdString();
    EXPECT_TRUE(QDir(m_mount).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_F(CliFullDisk, ABatchOfPdfsStopsAtTheFirstFileThatDoesNotFitWithOneMessage) {
    const QString database = demoDatabase();
    const QString folder = m_mount + u"/pdfs"_s;
    const CliRun all = run({u"--database"_s, database, u"pdf"_s, u"--all-measures"_s, u"-o"_s, folder,
                            u"--today"_s, u"2026-11-24"_s});
    EXPECT_EQ(all.exitCode, 1);
    EXPECT_EQ(all.err.count("No space left on device"), 1) << all.err.toStdString();
    EXPECT_TRUE(all.err.contains("stopped at measure")) << all.err.toStdString();
    // Every file left is a whole PDF.
    for (const QString& name : QDir(folder).entryList(QDir::Files | QDir::Hidden)) {
        QFile pdf(QDir(folder).filePath(name));
        ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        EXPECT_TRUE(bytes.startsWith("%PDF")) << name.toStdString();
        EXPECT_TRUE(bytes.trimmed().endsWith("%%EOF")) << name.toStdString();
    }
}
