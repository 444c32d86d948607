#include "cli_runner.h"
#include "fixtures.h"
#include "test_database.h"

#include "passerelle/exchange/json_format.h"

#include <QCryptographicHash>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <memory>
#include <vector>

#include <gtest/gtest.h>

using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

class Cli : public ::testing::Test {
protected:
    CliRun run(QStringList arguments) { return runCli(arguments, m_folder.path(u"data"_s)); }
    QString path(const QString& name) const { return m_folder.path(name); }
    // A new database: a file in the test's folder, or one on the test server when the suite runs against one
    // (test_database.h): the same tests on both back ends.
    QString newDatabase(const QString& name) {
        m_databases.push_back(std::make_unique<TestDatabase>(m_folder, name));
        EXPECT_TRUE(m_databases.back()->error().isEmpty()) << m_databases.back()->error().toStdString();
        return m_databases.back()->location();
    }

    static QByteArray readFile(const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static void writeFile(const QString& path, const QByteArray& bytes) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    // A small database with demo data.
    QString demoDatabase(int students = 120) {
        const QString database = newDatabase(u"demo"_s);
        const CliRun demo = run({u"--database"_s, database, u"demo"_s, u"--students"_s,
                                 QString::number(students), u"--today"_s, u"2026-11-24"_s});
        EXPECT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        return database;
    }

    TempFolder m_folder;
    std::vector<std::unique_ptr<TestDatabase>> m_databases;
};

}  // namespace

TEST_F(Cli, VersionAndHelp) {
    const CliRun version = run({u"--version"_s});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith("passerelle-cli ")) << version.out.toStdString();
    const CliRun help = run({u"--help"_s});
    EXPECT_EQ(help.exitCode, 0);
    for (const char* command : {"init", "import", "export", "list", "demo", "check", "deadlines"}) {
        EXPECT_TRUE(help.out.contains(command)) << command;
    }
}

TEST_F(Cli, BadUsageExitsWithTwo) {
    EXPECT_EQ(run({}).exitCode, 2);
    EXPECT_EQ(run({u"no-such-command"_s}).exitCode, 2);
    EXPECT_EQ(run({u"list"_s, u"--no-such-option"_s}).exitCode, 2);
    EXPECT_EQ(run({u"--database"_s, path(u"x.sqlite"_s), u"list"_s, u"dragons"_s}).exitCode, 2);
    EXPECT_EQ(run({u"--database"_s, path(u"x.sqlite"_s), u"check"_s, u"--today"_s, u"2026-13-01"_s}).exitCode,
              2);
}

TEST_F(Cli, InitCreatesTheDatabase) {
    const QString database = path(u"new.sqlite"_s);
    const CliRun init = run({u"--database"_s, database, u"init"_s});
    EXPECT_EQ(init.exitCode, 0) << init.err.toStdString();
    EXPECT_TRUE(QFile::exists(database));
}

TEST_F(Cli, ExportImportExportIsByteIdentical) {
    const QString database = demoDatabase();
    const QString first = path(u"first.json"_s);
    ASSERT_EQ(run({u"--database"_s, database, u"export"_s, u"-o"_s, first}).exitCode, 0);

    const QString copy = newDatabase(u"copy"_s);
    const CliRun imported = run({u"--database"_s, copy, u"import"_s, first});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains("added")) << imported.out.toStdString();

    const QString second = path(u"second.json"_s);
    ASSERT_EQ(run({u"--database"_s, copy, u"export"_s, u"-o"_s, second}).exitCode, 0);
    const QByteArray a = readFile(first);
    ASSERT_FALSE(a.isEmpty());
    EXPECT_EQ(a, readFile(second));

    // Importing the same file again updates every record and adds none.
    const CliRun again = run({u"--database"_s, copy, u"import"_s, first});
    ASSERT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains(" 0 added")) << again.out.toStdString();
}

TEST_F(Cli, MalformedFileIsRefusedAndTheDatabaseStaysAsItWas) {
    const QString database = demoDatabase(60);
    const QString before = path(u"before.json"_s);
    ASSERT_EQ(run({u"--database"_s, database, u"export"_s, u"-o"_s, before}).exitCode, 0);

    QJsonObject document = QJsonDocument::fromJson(readFile(before)).object();
    QJsonArray students = document.value(u"students"_s).toArray();
    ASSERT_GE(students.size(), 2);
    // One good change that must NOT land, and one bad date that makes the file invalid.
    QJsonObject changed = students.at(0).toObject();
    changed.insert(u"lastName"_s, u"Changé"_s);
    students.replace(0, changed);
    QJsonObject broken = students.at(1).toObject();
    broken.insert(u"birthDate"_s, u"2010-13-45"_s);
    students.replace(1, broken);
    document.insert(u"students"_s, students);
    const QString bad = path(u"bad.json"_s);
    writeFile(bad, QJsonDocument(document).toJson());

    const CliRun imported = run({u"--database"_s, database, u"import"_s, bad});
    EXPECT_EQ(imported.exitCode, 2);
    EXPECT_TRUE(imported.err.contains("birthDate")) << imported.err.toStdString();
    EXPECT_TRUE(imported.err.contains(broken.value(u"id"_s).toString().toUtf8()))
        << imported.err.toStdString();

    const QString after = path(u"after.json"_s);
    ASSERT_EQ(run({u"--database"_s, database, u"export"_s, u"-o"_s, after}).exitCode, 0);
    EXPECT_EQ(readFile(before), readFile(after));

    writeFile(bad, "{ not json");
    EXPECT_EQ(run({u"--database"_s, database, u"import"_s, bad}).exitCode, 2);
    EXPECT_EQ(run({u"--database"_s, database, u"import"_s, path(u"missing.json"_s)}).exitCode, 2);
}

TEST_F(Cli, ListSearchIgnoresAccentsAndCase) {
    const QString database = newDatabase(u"search"_s);
    const QString file = path(u"one.json"_s);
    writeFile(file, R"({"format": "passerelle", "version": 1,
        "organisations": [{"id": "S1", "kind": "school", "name": "Collège Molière", "uai": "0940001A"}],
        "people": [], "agreements": [], "measures": [], "groups": [],
        "students": [
            {"id": "E1", "firstName": "Hélène", "lastName": "Lefèvre", "className": "4e B", "school": "S1"},
            {"id": "E2", "firstName": "Zoé", "lastName": "Cœur", "className": "3e A", "school": "S1"},
            {"id": "E3", "firstName": "Paul", "lastName": "Martin", "className": "3e A", "school": "S1"}]})");
    ASSERT_EQ(run({u"--database"_s, database, u"import"_s, file}).exitCode, 0);
    for (const QString& query : {u"helene"_s, u"HÉLÈNE"_s, u"Hélène"_s, u"lefev"_s}) {
        const CliRun found = run({u"--database"_s, database, u"list"_s, u"students"_s, u"--search"_s, query});
        EXPECT_EQ(found.exitCode, 0);
        EXPECT_TRUE(found.out.startsWith("E1\t")) << query.toStdString() << ": " << found.out.toStdString();
        EXPECT_EQ(found.out.count('\n'), 1) << query.toStdString();
    }
    const CliRun oe =
        run({u"--database"_s, database, u"list"_s, u"students"_s, u"--search"_s, u"coeur"_s, u"--json"_s});
    ASSERT_EQ(oe.exitCode, 0);
    const QJsonArray records = QJsonDocument::fromJson(oe.out).array();
    ASSERT_EQ(records.size(), 1) << oe.out.toStdString();
    EXPECT_EQ(records.at(0).toObject().value(u"id"_s).toString(), u"E2"_s);
    EXPECT_EQ(records.at(0).toObject().value(u"lastName"_s).toString(), u"Cœur"_s);
}

TEST_F(Cli, CheckReportsRuleErrorsAsJsonWithExitOne) {
    const QString file = path(u"measure.json"_s);
    writeFile(file, R"({"format": "passerelle", "version": 1,
        "organisations": [{"id": "S1", "kind": "school", "name": "Collège Henri Matisse", "uai": "0941234A"}],
        "people": [], "agreements": [], "groups": [],
        "students": [{"id": "E1", "firstName": "Hélène", "lastName": "Lefèvre", "birthDate": "2012-05-01",
                      "school": "S1"}],
        "measures": [{"id": "M1", "kind": "exclusion-alternative", "student": "E1", "exclusionDays": 9,
                      "start": "2026-11-23", "end": "2026-11-27"}]})");
    const CliRun checked = run({u"check"_s, file, u"--today"_s, u"2026-11-20"_s, u"--json"_s});
    EXPECT_EQ(checked.exitCode, 1) << checked.err.toStdString();
    const QJsonArray findings = QJsonDocument::fromJson(checked.out).array();
    bool exclusionDuration = false;
    for (const QJsonValue& value : findings) {
        const QJsonObject finding = value.toObject();
        for (const char* keyName : {"rule", "severity", "entity", "id", "field", "message", "reference"}) {
            EXPECT_TRUE(finding.contains(QLatin1String(keyName))) << keyName;
        }
        if (finding.value(u"rule"_s).toString() == u"EXCLUSION-DURATION"_s) {
            exclusionDuration = true;
            EXPECT_EQ(finding.value(u"severity"_s).toString(), u"error"_s);
            EXPECT_EQ(finding.value(u"entity"_s).toString(), u"measure"_s);
            EXPECT_EQ(finding.value(u"id"_s).toString(), u"M1"_s);
        }
    }
    EXPECT_TRUE(exclusionDuration) << checked.out.toStdString();
}

TEST_F(Cli, DeadlinesOnDemoDataAreSortedSoonestFirst) {
    const QString database = demoDatabase(300);
    const CliRun deadlines = run({u"--database"_s, database, u"deadlines"_s, u"--today"_s, u"2026-11-24"_s,
                                  u"--days"_s, u"400"_s, u"--json"_s});
    ASSERT_EQ(deadlines.exitCode, 0) << deadlines.err.toStdString();
    const QJsonArray list = QJsonDocument::fromJson(deadlines.out).array();
    QString previous;
    for (const QJsonValue& value : list) {
        const QString date = value.toObject().value(u"date"_s).toString();
        EXPECT_LE(previous, date);
        previous = date;
    }
}

TEST_F(Cli, PdfOfEveryMeasureAndVerifyRefusesAnUnsignedFile) {
    const QString database = demoDatabase(300);
    const QString folder = path(u"pdfs"_s);
    const CliRun all = run({u"--database"_s, database, u"pdf"_s, u"--all-measures"_s, u"-o"_s, folder,
                            u"--today"_s, u"2026-11-24"_s});
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    const QList<QByteArray> lines = all.out.trimmed().split('\n');
    ASSERT_FALSE(lines.isEmpty());
    for (const QByteArray& line : lines) {
        const QList<QByteArray> fields = line.split('\t');
        ASSERT_EQ(fields.size(), 2) << line.toStdString();
        EXPECT_EQ(fields.at(1).size(), 64);  // SHA-256 in hexadecimal
        EXPECT_TRUE(readFile(QString::fromUtf8(fields.at(0))).startsWith("%PDF")) << line.toStdString();
    }
    const QString firstPdf = QString::fromUtf8(lines.first().split('\t').first());
    // A PDF without signature is "bad input" for verify; so is a file that is not a PDF.
    EXPECT_EQ(run({u"verify"_s, firstPdf}).exitCode, 2);
    writeFile(path(u"text.pdf"_s), "hello");
    EXPECT_EQ(run({u"verify"_s, path(u"text.pdf"_s)}).exitCode, 2);
    EXPECT_EQ(run({u"--database"_s, database, u"pdf"_s, u"measure"_s, u"NO-SUCH-ID"_s}).exitCode, 2);
    // sign refuses a password on the command line: there is no such option.
    EXPECT_EQ(run({u"sign"_s, firstPdf, u"-o"_s, path(u"s.pdf"_s), u"--password"_s, u"secret"_s}).exitCode,
              2);
}

// Issue 14: a file's references to records outside it are looked up in the database one by one (never by
// loading it): a stored record answers, a missing one is reported and nothing is imported.
TEST_F(Cli, ImportResolvesReferencesToStoredRecordsAndRefusesDanglingOnes) {
    const QString database = newDatabase(u"refs"_s);
    const QString school = path(u"school.json"_s);
    writeFile(school, R"({"format": "passerelle", "version": 1,
        "organisations": [{"id": "S1", "kind": "school", "name": "Collège Molière", "uai": "0940001A"}]})");
    ASSERT_EQ(run({u"--database"_s, database, u"import"_s, school}).exitCode, 0);

    const QString students = path(u"students.json"_s);
    writeFile(students, R"({"format": "passerelle", "version": 1, "students": [
        {"id": "E1", "firstName": "Hélène", "lastName": "Lefèvre", "className": "4e B", "school": "S1"}]})");
    const CliRun resolved = run({u"--database"_s, database, u"import"_s, students});
    EXPECT_EQ(resolved.exitCode, 0) << resolved.err.toStdString();
    EXPECT_TRUE(resolved.out.contains("1 added, 0 updated")) << resolved.out.toStdString();

    const QString dangling = path(u"dangling.json"_s);
    writeFile(dangling, R"({"format": "passerelle", "version": 1, "students": [
        {"id": "E2", "firstName": "Zoé", "lastName": "Cœur", "className": "3e A", "school": "S9"}]})");
    const CliRun refused = run({u"--database"_s, database, u"import"_s, dangling});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains("students[0] (id \"E2\")")) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains("\"S9\"")) << refused.err.toStdString();
    const CliRun listed = run({u"--database"_s, database, u"list"_s, u"students"_s});
    EXPECT_EQ(listed.out.count('\n'), 1) << listed.out.toStdString();
}

// The export reads its pages on two threads (issue 14): its bytes must stay writeDataset's for the records
// sorted by id, as the sequential export wrote them; and likewise on the sequential path that ids which
// SQLite sorts otherwise than QString take.
TEST_F(Cli, ExportIsWriteDatasetOfTheRecordsSortedById) {
    const QString database = demoDatabase(2000);
    const auto sortedById = [](passerelle::Dataset dataset) {
        const auto byId = [](auto& list) {
            std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
        };
        byId(dataset.organisations);
        byId(dataset.people);
        byId(dataset.students);
        byId(dataset.agreements);
        byId(dataset.measures);
        byId(dataset.groups);
        return passerelle::exchange::writeDataset(dataset);
    };
    const auto exportedAndExpected = [&](const QString& name) {
        const QString file = path(name);
        const CliRun exported = run({u"--database"_s, database, u"export"_s, u"-o"_s, file});
        EXPECT_EQ(exported.exitCode, 0) << exported.err.toStdString();
        const QByteArray text = readFile(file);
        const auto read = passerelle::exchange::readDataset(text);
        EXPECT_TRUE(read.ok());
        return std::pair{text, read};
    };
    const auto [parallel, read] = exportedAndExpected(u"parallel.json"_s);
    EXPECT_EQ(read.dataset.students.size(), 2000);
    EXPECT_EQ(parallel, sortedById(read.dataset));
    // The same to standard output.
    const CliRun toStdout = run({u"--database"_s, database, u"export"_s});
    EXPECT_EQ(toStdout.out, parallel);

    passerelle::Dataset odd;
    for (const QString& id : {u"a\uFFFD"_s, u"a\U0001F600"_s})
        odd.organisations << passerelle::Organisation{.id = id, .name = u"Structure "_s + id};
    const QString oddFile = path(u"odd.json"_s);
    writeFile(oddFile, passerelle::exchange::writeDataset(odd));
    const CliRun imported = run({u"--database"_s, database, u"import"_s, oddFile});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const auto [sequential, readAgain] = exportedAndExpected(u"sequential.json"_s);
    EXPECT_EQ(readAgain.dataset.organisations.size(), read.dataset.organisations.size() + 2);
    EXPECT_EQ(sequential, sortedById(readAgain.dataset));
}
