// `deadlines` and handled deadlines (issue 11): left out by default, listed and marked with
// --include-handled, in text and JSON, from a file and from the database; `check` leaves them out too.
#include "cli_runner.h"
#include "fixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// A1: tacitly renewed, three months' notice before the rentrée, its last day to denounce before September
// 2027 (31 May 2027) handled. A2: ends on 16 June 2027 without renewal, nothing handled.
const QByteArray exchangeFile = R"({
  "format": "passerelle",
  "version": 1,
  "organisations": [
    {"id": "O1", "kind": "school", "name": "Collège Henri Matisse"},
    {"id": "O2", "kind": "host", "name": "Cuisine centrale", "activityDomain": "Restauration collective"}
  ],
  "agreements": [
    {"id": "A1", "kind": "responsibility-measures", "title": "Mesures de responsabilisation",
     "start": "2025-09-15", "durationYears": 3, "tacitRenewal": true, "noticeMonths": 3,
     "noticeAnchor": "school-year-start", "status": "signed",
     "handledDeadlines": [
       {"rule": "DEADLINE-DENOUNCE", "due": "2027-05-31", "on": "2027-05-02",
        "note": "Reconduction votée\ten CA\nle 2 mai"}
     ]},
    {"id": "A2", "kind": "generic", "title": "Ateliers", "start": "2025-09-15", "end": "2027-06-16",
     "status": "signed"}
  ]
})";

class CliDeadlines : public ::testing::Test {
protected:
    void SetUp() override {
        QFile file(path(u"agreements.json"_s));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(exchangeFile);
    }
    CliRun run(QStringList arguments) { return runCli(arguments, m_folder.path(u"data"_s)); }
    QString path(const QString& name) const { return m_folder.path(name); }
    QString file() const { return path(u"agreements.json"_s); }

    static QList<QByteArray> lines(const CliRun& run) { return run.out.trimmed().split('\n'); }
    static QJsonArray array(const CliRun& run) { return QJsonDocument::fromJson(run.out).array(); }

    TempFolder m_folder;
};

}  // namespace

TEST_F(CliDeadlines, HandledDeadlinesAreLeftOutByDefault) {
    const CliRun deadlines = run({u"deadlines"_s, file(), u"--today"_s, u"2027-05-01"_s});
    ASSERT_EQ(deadlines.exitCode, 0) << deadlines.err.toStdString();
    const QList<QByteArray> found = lines(deadlines);
    ASSERT_EQ(found.size(), 1) << deadlines.out.toStdString();
    EXPECT_TRUE(found[0].startsWith("2027-06-16\tinfo\tDEADLINE-EXPIRY\tA2\t")) << found[0].toStdString();
    EXPECT_FALSE(deadlines.out.contains("handled"));

    const CliRun json = run({u"deadlines"_s, file(), u"--today"_s, u"2027-05-01"_s, u"--json"_s});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    ASSERT_EQ(array(json).size(), 1);
    EXPECT_EQ(array(json)[0].toObject().value(u"agreement"_s).toString(), u"A2"_s);

    // `check` does not report it either.
    const CliRun check = run({u"check"_s, file(), u"--today"_s, u"2027-05-01"_s, u"--json"_s});
    EXPECT_FALSE(check.out.contains("DEADLINE-DENOUNCE")) << check.out.toStdString();
    EXPECT_TRUE(check.out.contains("DEADLINE-EXPIRY")) << check.out.toStdString();
}

TEST_F(CliDeadlines, IncludeHandledListsThemMarked) {
    const CliRun deadlines =
        run({u"deadlines"_s, file(), u"--today"_s, u"2027-05-01"_s, u"--include-handled"_s});
    ASSERT_EQ(deadlines.exitCode, 0) << deadlines.err.toStdString();
    const QList<QByteArray> found = lines(deadlines);
    ASSERT_EQ(found.size(), 2) << deadlines.out.toStdString();
    // Information now: nothing is left to do. The note's tab and line break stay on the line.
    EXPECT_TRUE(found[0].startsWith("2027-05-31\tinfo\tDEADLINE-DENOUNCE\tA1\t")) << found[0].toStdString();
    EXPECT_TRUE(found[0].endsWith("\thandled on 2027-05-02: Reconduction votée en CA le 2 mai"))
        << found[0].toStdString();
    EXPECT_EQ(found[0].count('\t'), 5);
    EXPECT_TRUE(found[1].startsWith("2027-06-16\tinfo\tDEADLINE-EXPIRY\tA2\t")) << found[1].toStdString();
    EXPECT_FALSE(found[1].contains("handled"));

    const CliRun json =
        run({u"deadlines"_s, file(), u"--today"_s, u"2027-05-01"_s, u"--include-handled"_s, u"--json"_s});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonArray list = array(json);
    ASSERT_EQ(list.size(), 2) << json.out.toStdString();
    const QJsonObject handled = list[0].toObject();
    EXPECT_EQ(handled.value(u"rule"_s).toString(), u"DEADLINE-DENOUNCE"_s);
    EXPECT_EQ(handled.value(u"severity"_s).toString(), u"info"_s);
    EXPECT_EQ(
        handled.value(u"handled"_s).toObject(),
        (QJsonObject{{u"on"_s, u"2027-05-02"_s}, {u"note"_s, u"Reconduction votée\ten CA\nle 2 mai"_s}}));
    EXPECT_FALSE(list[1].toObject().contains(u"handled"_s));
}

// The mark names the 2027 deadline: once it has passed, next year's shows again, handled or not asked.
TEST_F(CliDeadlines, NextYearsDeadlineShowsAfterTheHandledOne) {
    const CliRun deadlines =
        run({u"deadlines"_s, file(), u"--today"_s, u"2027-06-01"_s, u"--days"_s, u"400"_s});
    ASSERT_EQ(deadlines.exitCode, 0) << deadlines.err.toStdString();
    EXPECT_TRUE(deadlines.out.contains("2028-05-31\tinfo\tDEADLINE-DENOUNCE\tA1\t"))
        << deadlines.out.toStdString();
}

// Through the database: import, list from it, and export gives the keys back.
TEST_F(CliDeadlines, HandledDeadlinesAndActivityDomainSurviveTheDatabase) {
    const QString database = path(u"school.sqlite"_s);
    const CliRun imported = run({u"--database"_s, database, u"import"_s, file()});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();

    const CliRun deadlines = run({u"--database"_s, database, u"deadlines"_s, u"--today"_s, u"2027-05-01"_s});
    ASSERT_EQ(deadlines.exitCode, 0) << deadlines.err.toStdString();
    EXPECT_EQ(lines(deadlines).size(), 1) << deadlines.out.toStdString();
    const CliRun all = run(
        {u"--database"_s, database, u"deadlines"_s, u"--today"_s, u"2027-05-01"_s, u"--include-handled"_s});
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    EXPECT_EQ(lines(all).size(), 2) << all.out.toStdString();

    const CliRun exported = run({u"--database"_s, database, u"export"_s});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.out.contains(
        R"({"rule": "DEADLINE-DENOUNCE", "due": "2027-05-31", "on": "2027-05-02", "note": "Reconduction votée\ten CA\nle 2 mai"})"))
        << exported.out.toStdString();
    EXPECT_TRUE(exported.out.contains(R"("activityDomain": "Restauration collective")"))
        << exported.out.toStdString();
}

TEST_F(CliDeadlines, AMalformedMarkIsRefusedNamingRecordAndKey) {
    QByteArray broken = exchangeFile;
    broken.replace("\"rule\": \"DEADLINE-DENOUNCE\"", "\"rule\": \"DEADLINE-DENONCE\"");
    QFile file(path(u"broken.json"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(broken);
    file.close();
    const CliRun deadlines = run({u"deadlines"_s, path(u"broken.json"_s), u"--today"_s, u"2027-05-01"_s});
    EXPECT_EQ(deadlines.exitCode, 2);
    EXPECT_TRUE(deadlines.err.contains(
        R"(agreements[0] (id "A1"): handledDeadlines[0].rule: unknown value "DEADLINE-DENONCE")"))
        << deadlines.err.toStdString();
}
