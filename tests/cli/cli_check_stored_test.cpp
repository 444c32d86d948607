// `passerelle-cli check` on a database reads the stored findings (issue 14: no whole-database load); checking
// the same records as an exchange file runs every rule in memory (rules::checkDataset). Both must print the
// same findings in the same order, on the day the findings were stored and on days they must be recomputed.

#include "cli_runner.h"
#include "fixtures.h"

#include <gtest/gtest.h>

using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

class CliCheckStored : public ::testing::Test {
protected:
    CliRun run(const QStringList& arguments) const {
        return runCli(QStringList{u"--database"_s, m_database} + arguments, m_folder.path(u"data"_s));
    }

    TempFolder m_folder;
    QString m_database = m_folder.path(u"demo.sqlite"_s);
};

}  // namespace

TEST_F(CliCheckStored, TheDatabaseSaysWhatItsExportSays) {
    const CliRun demo = run({u"demo"_s, u"--students"_s, u"2000"_s, u"--today"_s, u"2026-11-24"_s});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    const QString file = m_folder.path(u"export.json"_s);
    const CliRun exported = run({u"export"_s, u"-o"_s, file});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();

    // The demo's day, then later days (deadlines come closer, reports fall due) and an earlier one: each new
    // day recomputes the stored findings, asking the same day again reads them.
    for (const QString& day : {u"2026-11-24"_s, u"2027-02-15"_s, u"2027-02-15"_s, u"2026-09-01"_s}) {
        for (const bool json : {true, false}) {
            QStringList options{u"--today"_s, day};
            if (json)
                options << u"--json"_s;
            const CliRun fromDatabase = run(QStringList{u"check"_s} + options);
            const CliRun fromFile = runCli(QStringList{u"check"_s, file} + options, m_folder.path(u"data"_s));
            SCOPED_TRACE(day.toStdString() + (json ? " --json" : ""));
            EXPECT_EQ(fromDatabase.exitCode, fromFile.exitCode) << fromDatabase.err.toStdString();
            EXPECT_LE(fromDatabase.exitCode, 1);
            EXPECT_FALSE(fromDatabase.out.isEmpty());
            EXPECT_EQ(fromDatabase.out, fromFile.out);
        }
    }
}
