// Data safety through the program, as a user or a script meets it (issue 10): foreign files refused with exit
// 2 and left as they were, damage caught (integrity, export, backup), a corpus of mutated databases that
// never crashes the program, kill -9 during an import, backups and restores.
#include "cli_runner.h"
#include "fixtures.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <gtest/gtest.h>

#include <csignal>
#include <random>

#include <sys/types.h>

using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// Statements on a raw SQLite connection (another program's view of a file).
void rawSql(const QString& path, const QStringList& statements) {
    const QString name = u"raw-"_s + QUuid::createUuid().toString();
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        connection.setDatabaseName(path);
        ASSERT_TRUE(connection.open());
        for (const QString& sql : statements) {
            QSqlQuery query(connection);
            EXPECT_TRUE(query.exec(sql)) << sql.toStdString();
        }
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
}

class CliSafety : public ::testing::Test {
protected:
    CliRun run(QStringList arguments) { return runCli(arguments, m_folder.path(u"data"_s)); }
    CliRun on(const QString& database, QStringList arguments) {
        arguments.prepend(database);
        arguments.prepend(u"--database"_s);
        return run(arguments);
    }
    QString path(const QString& name) const { return m_folder.path(name); }
    QString backupFolder() const { return m_folder.path(u"data/Passerelle/Passerelle/backups"_s); }
    QStringList backups() const {
        return QDir(backupFolder()).entryList({u"*.sqlite"_s}, QDir::Files, QDir::Name);
    }
    QString demoDatabase(const QString& name, int students, int seed = 1) {
        const QString database = path(name);
        const CliRun demo = on(database, {u"demo"_s, u"--students"_s, QString::number(students), u"--seed"_s,
                                          QString::number(seed), u"--today"_s, u"2026-11-24"_s});
        EXPECT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        return database;
    }
    static int studentLines(const CliRun& list) { return int(list.out.count('\n')); }

    TempFolder m_folder;
};

}  // namespace

TEST_F(CliSafety, ForeignFilesExitTwoAndStayAsTheyWere) {
    const QString other = path(u"other.sqlite"_s);
    rawSql(other, {u"PRAGMA journal_mode = WAL"_s, u"CREATE TABLE invoices (amount INTEGER)"_s});
    const QString view = path(u"view.sqlite"_s);
    rawSql(view, {u"CREATE VIEW v AS SELECT 1"_s});
    writeFile(path(u"empty.sqlite"_s), {});
    writeFile(path(u"one.sqlite"_s), "x");
    writeFile(path(u"text.sqlite"_s), "nom;prénom\nBernard;Hélène\n");
    for (const QString& name :
         {u"other.sqlite"_s, u"view.sqlite"_s, u"empty.sqlite"_s, u"one.sqlite"_s, u"text.sqlite"_s}) {
        const QString file = path(name);
        const QByteArray before = readFile(file);
        const QDateTime modified = QFileInfo(file).lastModified();
        for (const QStringList& command :
             {QStringList{u"list"_s, u"students"_s}, QStringList{u"integrity"_s}, QStringList{u"init"_s}}) {
            const CliRun result = on(file, command);
            EXPECT_EQ(result.exitCode, 2) << name.toStdString() << ": " << result.err.toStdString();
            EXPECT_TRUE(result.err.contains("not a Passerelle database")) << result.err.toStdString();
        }
        EXPECT_EQ(readFile(file), before) << name.toStdString();
        EXPECT_EQ(QFileInfo(file).lastModified(), modified) << name.toStdString();
        EXPECT_FALSE(QFileInfo::exists(file + u"-wal"_s)) << name.toStdString();
        EXPECT_FALSE(QFileInfo::exists(file + u"-shm"_s)) << name.toStdString();
    }
}

TEST_F(CliSafety, ADamagedDatabaseIsCaughtAndNothingIsWritten) {
    const QString database = demoDatabase(u"damaged.sqlite"_s, 300);
    ASSERT_EQ(on(database, {u"integrity"_s}).out, "ok\n");
    {
        QFile file(database);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        const qint64 pages = file.size() / 4096;
        for (qint64 page = pages / 3; page < 2 * pages / 3; page += 3) {
            file.seek(page * 4096 + 8);
            file.write(QByteArray(4000, char(0x5a)));
        }
    }
    const CliRun integrity = on(database, {u"integrity"_s});
    EXPECT_EQ(integrity.exitCode, 1) << integrity.err.toStdString();
    EXPECT_TRUE(integrity.err.contains("the database is damaged; restore a backup: "))
        << integrity.err.toStdString();
    const CliRun exported = on(database, {u"export"_s, u"-o"_s, path(u"out.json"_s)});
    EXPECT_EQ(exported.exitCode, 1);
    EXPECT_TRUE(exported.err.contains("the database is damaged; restore a backup: "))
        << exported.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path(u"out.json"_s)));
    const CliRun backup = on(database, {u"backup"_s, u"-o"_s, path(u"copy.sqlite"_s)});
    EXPECT_EQ(backup.exitCode, 1);
    EXPECT_TRUE(backup.err.contains("the database is damaged")) << backup.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path(u"copy.sqlite"_s)));
}

TEST_F(CliSafety, MutatedDatabasesNeverCrashTheProgram) {
    const QString pristine = demoDatabase(u"pristine.sqlite"_s, 40);
    const QByteArray original = readFile(pristine);
    ASSERT_GT(original.size(), 8 * 4096);
    std::mt19937 random(20261124);
    for (int round = 0; round < 50; ++round) {
        QByteArray bytes = original;
        const qint64 pageCount = bytes.size() / 4096;
        switch (round % 3) {
            case 0:  // flipped bytes anywhere, page 1 included
                for (int i = 0; i < 1 + int(random() % 40); ++i)
                    bytes[qsizetype(random() % bytes.size())] ^= char(1 + random() % 255);
                break;
            case 1:  // truncated
                bytes.truncate(qsizetype(random() % bytes.size()));
                break;
            default: {  // a zeroed page
                const qint64 page = qint64(random() % pageCount);
                bytes.replace(page * 4096, 4096, QByteArray(4096, '\0'));
            }
        }
        const QString mutant = path(u"m%1/mutant.sqlite"_s.arg(round));
        ASSERT_TRUE(QDir().mkpath(QFileInfo(mutant).absolutePath()));
        writeFile(mutant, bytes);
        const CliRun integrity = on(mutant, {u"integrity"_s});
        for (const CliRun& result :
             {integrity, on(mutant, {u"list"_s, u"students"_s}), on(mutant, {u"export"_s})}) {
            EXPECT_TRUE(result.exitCode == 0 || result.exitCode == 1 || result.exitCode == 2)
                << "round " << round << ": exit " << result.exitCode;
            if (result.exitCode != 0) {
                EXPECT_FALSE(result.err.trimmed().isEmpty()) << "round " << round;
            }
        }
        if (integrity.exitCode != 0) {
            EXPECT_NE(on(mutant, {u"export"_s}).exitCode, 0) << "round " << round;
        }
    }
}

TEST_F(CliSafety, KillDuringAnImportLeavesOldOrNewContent) {
    // big.json: a few thousand students, exported from another database.
    const QString source = demoDatabase(u"source.sqlite"_s, 3000, 8);
    const QString big = path(u"big.json"_s);
    ASSERT_EQ(on(source, {u"export"_s, u"-o"_s, big}).exitCode, 0);
    const QString pristine = demoDatabase(u"old.sqlite"_s, 50, 7);
    const QByteArray oldBytes = readFile(pristine);
    const int oldCount = studentLines(on(pristine, {u"list"_s, u"students"_s}));

    // One full import to know the new content and how long it takes.
    const QString full = path(u"full.sqlite"_s);
    writeFile(full, oldBytes);
    QElapsedTimer timer;
    timer.start();
    ASSERT_EQ(on(full, {u"import"_s, big}).exitCode, 0);
    const qint64 importMs = timer.elapsed();
    const int newCount = studentLines(on(full, {u"list"_s, u"students"_s}));
    ASSERT_GT(newCount, oldCount);

    int sawOld = 0;
    int sawNew = 0;
    for (int round = 0; round < 20; ++round) {
        const QString database = path(u"k%1/kill.sqlite"_s.arg(round));
        ASSERT_TRUE(QDir().mkpath(QFileInfo(database).absolutePath()));
        writeFile(database, oldBytes);
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_DATA_HOME"_s, path(u"data"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, path(u"data"_s));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(PASSERELLE_CLI_PATH), {u"--database"_s, database, u"import"_s, big});
        ASSERT_TRUE(process.waitForStarted());
        QThread::msleep(5 + (importMs * 11 / 10) * round / 19);
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished();

        const CliRun integrity = on(database, {u"integrity"_s});
        EXPECT_EQ(integrity.exitCode, 0) << "round " << round << ": " << integrity.err.toStdString();
        EXPECT_EQ(integrity.out, "ok\n");
        const int count = studentLines(on(database, {u"list"_s, u"students"_s}));
        EXPECT_TRUE(count == oldCount || count == newCount) << "round " << round << ": " << count;
        sawOld += count == oldCount;
        sawNew += count == newCount;
    }
    std::printf("import of big.json: %lld ms; after kill -9: %d old, %d new\n",
                static_cast<long long>(importMs), sawOld, sawNew);
}

TEST_F(CliSafety, BackupsBeforeAnImportAndOnceADay) {
    const QString database = demoDatabase(u"school.sqlite"_s, 30);
    ASSERT_EQ(backups().size(), 0);  // a new database: nothing to keep yet
    ASSERT_EQ(on(database, {u"list"_s, u"students"_s}).exitCode, 0);
    ASSERT_EQ(backups().size(), 1);  // the day's backup
    ASSERT_EQ(on(database, {u"list"_s, u"students"_s}).exitCode, 0);
    EXPECT_EQ(backups().size(), 1);  // not twice a day
    const QString exported = path(u"school.json"_s);
    ASSERT_EQ(on(database, {u"export"_s, u"-o"_s, exported}).exitCode, 0);
    const CliRun imported = on(database, {u"import"_s, exported});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    // The import's backup is the day's newest; every backup of the newest day is kept until the next day.
    ASSERT_EQ(backups().size(), 2);
    EXPECT_EQ(backups().filter(u"-import.sqlite"_s).size(), 1) << backups().join(u' ').toStdString();
    EXPECT_EQ(backups().filter(u"-daily.sqlite"_s).size(), 1) << backups().join(u' ').toStdString();
    EXPECT_EQ(QFileInfo(backupFolder()).permissions() & 0x0077, 0);
}

TEST_F(CliSafety, BackupWhileAnotherProcessWritesAndRestore) {
    const QString database = demoDatabase(u"school.sqlite"_s, 30);
    QProcess writer;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, path(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, path(u"data"_s));
    writer.setProcessEnvironment(environment);
    writer.start(QStringLiteral(PASSERELLE_CLI_PATH),
                 {u"--database"_s, database, u"demo"_s, u"--students"_s, u"3000"_s, u"--seed"_s, u"9"_s});
    ASSERT_TRUE(writer.waitForStarted());
    QThread::msleep(300);
    const QString copy = path(u"copy.sqlite"_s);
    const CliRun backup = on(database, {u"backup"_s, u"-o"_s, copy});
    EXPECT_EQ(backup.exitCode, 0) << backup.err.toStdString();
    writer.waitForFinished(120'000);
    EXPECT_EQ(QFileInfo(copy).permissions() & 0x0077, 0);
    EXPECT_EQ(on(copy, {u"integrity"_s}).out, "ok\n");
    const int copied = studentLines(on(copy, {u"list"_s, u"students"_s}));
    // Before the writer's transaction or after it (the demo ids of both runs overlap: 3,000 in all).
    EXPECT_TRUE(copied == 30 || copied == 3000) << copied;
    // Never over an existing file.
    EXPECT_EQ(on(database, {u"backup"_s, u"-o"_s, copy}).exitCode, 2);

    // Restore: a foreign and a damaged file are refused, the database stays usable.
    const int now = studentLines(on(database, {u"list"_s, u"students"_s}));
    writeFile(path(u"notes.txt"_s), QByteArray(9000, 'n'));
    EXPECT_EQ(on(database, {u"restore"_s, path(u"notes.txt"_s)}).exitCode, 2);
    QByteArray damaged = readFile(copy);
    damaged.replace(4096, damaged.size() - 4096, QByteArray(damaged.size() - 4096, char(0x21)));
    writeFile(path(u"damaged.sqlite"_s), damaged);
    EXPECT_EQ(on(database, {u"restore"_s, path(u"damaged.sqlite"_s)}).exitCode, 2);
    EXPECT_EQ(studentLines(on(database, {u"list"_s, u"students"_s})), now);

    // A sound backup is restored; the replaced database is kept as a backup.
    const CliRun restored = on(database, {u"restore"_s, copy});
    ASSERT_EQ(restored.exitCode, 0) << restored.err.toStdString();
    EXPECT_TRUE(restored.out.contains("kept as")) << restored.out.toStdString();
    EXPECT_EQ(studentLines(on(database, {u"list"_s, u"students"_s})), copied);
    EXPECT_EQ(backups().filter(u"-restore"_s).size(), 1);
}
