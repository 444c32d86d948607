// `passerelle-cli pdf measure ID` reads only the records around the measure (issue 14, « read what you
// show »): its document must say exactly what the document made from the whole database says.
// `pdf --all-measures`, which made its documents from the whole database before it rendered on a thread pool
// (issue 14), is the reference here, in a 2,000-student database where most records have nothing to do with
// any one measure.

#include "cli_runner.h"
#include "fixtures.h"
#include "pdf_tools.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString today = u"2026-11-24"_s;

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class CliPdfOneRecord : public ::testing::Test {
protected:
    CliRun run(const QStringList& arguments) const {
        return runCli(QStringList{u"--database"_s, m_database} + arguments, m_folder.path(u"data"_s));
    }

    TempFolder m_folder;
    QString m_database = m_folder.path(u"demo.sqlite"_s);
};

}  // namespace

TEST_F(CliPdfOneRecord, AMeasureSaysWhatTheWholeDatabaseSays) {
    const CliRun demo = run({u"demo"_s, u"--students"_s, u"2000"_s, u"--today"_s, today});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    const QString folder = m_folder.path(u"all"_s);
    const CliRun all = run({u"pdf"_s, u"--all-measures"_s, u"-o"_s, folder, u"--today"_s, today});
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    const QStringList measures = QDir(folder).entryList({u"*.pdf"_s}, QDir::Files, QDir::Name);
    ASSERT_GE(measures.size(), 20);

    // Every third measure: each kind of measure (responsibility, exclusion alternative, follow-up) and of
    // finding (drafts stamped « PROJET » and final documents) comes up, in a few seconds.
    int compared = 0;
    for (qsizetype i = 0; i < measures.size(); i += 3) {
        const QString id = measures.at(i).chopped(4);
        const QString file = m_folder.path(id + u"-one.pdf"_s);
        const CliRun one = run({u"pdf"_s, u"measure"_s, id, u"-o"_s, file, u"--today"_s, today});
        ASSERT_EQ(one.exitCode, 0) << id.toStdString() << ": " << one.err.toStdString();
        EXPECT_TRUE(one.out.startsWith(QByteArray(file.toUtf8() + '\t'))) << one.out.toStdString();
        const QString expected = pdfText(readFile(QDir(folder).filePath(measures.at(i))));
        ASSERT_FALSE(expected.trimmed().isEmpty()) << id.toStdString();
        EXPECT_EQ(pdfText(readFile(file)), expected) << id.toStdString();
        ++compared;
    }
    EXPECT_GE(compared, 7);

    // A measure that does not exist is still bad input, named as before.
    const CliRun missing = run({u"pdf"_s, u"measure"_s, u"NO-SUCH-ID"_s, u"--today"_s, today});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains("NO-SUCH-ID")) << missing.err.toStdString();
}

// `pdf --all-measures` renders on every core (issue 14), each worker on its own connection: the listing stays
// in the order of the measures' ids, each line's SHA-256 is its file's, and `--document` reaches the workers.
TEST_F(CliPdfOneRecord, EveryMeasureInOrderWithTheNamedDocument) {
    const CliRun demo = run({u"demo"_s, u"--students"_s, u"600"_s, u"--today"_s, today});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    const QString folder = m_folder.path(u"reports"_s);
    const CliRun all = run({u"pdf"_s, u"--all-measures"_s, u"-o"_s, folder, u"--document"_s, u"host-report"_s,
                            u"--today"_s, today});
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    const QList<QByteArray> lines = all.out.trimmed().split('\n');
    ASSERT_GE(lines.size(), 10);
    EXPECT_EQ(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), lines.size());
    QStringList ids;
    for (const QByteArray& line : lines) {
        const QList<QByteArray> fields = line.split('\t');
        ASSERT_EQ(fields.size(), 2) << line.toStdString();
        const QString file = QString::fromUtf8(fields.at(0));
        ids << QFileInfo(file).completeBaseName();
        EXPECT_EQ(QCryptographicHash::hash(readFile(file), QCryptographicHash::Sha256).toHex(), fields.at(1))
            << line.toStdString();
    }
    QStringList sorted = ids;
    sorted.sort();
    EXPECT_EQ(ids, sorted);

    for (qsizetype i = 0; i < ids.size(); i += 4) {
        const QString file = m_folder.path(ids.at(i) + u"-report.pdf"_s);
        const CliRun one = run({u"pdf"_s, u"measure"_s, ids.at(i), u"--document"_s, u"host-report"_s, u"-o"_s,
                                file, u"--today"_s, today});
        ASSERT_EQ(one.exitCode, 0) << one.err.toStdString();
        EXPECT_EQ(pdfText(readFile(file)), pdfText(readFile(QDir(folder).filePath(ids.at(i) + u".pdf"_s))))
            << ids.at(i).toStdString();
    }
}
