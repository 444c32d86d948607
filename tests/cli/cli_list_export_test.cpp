// `passerelle-cli list KIND --format csv|xlsx|json -o FILE` (issue 13, « Lists out »): the file holds what
// the text lines print, read back as a spreadsheet would.
#include "cli_runner.h"
#include "fixtures.h"
#include "table_readers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

class CliListExport : public ::testing::Test {
protected:
    void SetUp() override {
        m_database = path(u"demo.sqlite"_s);
        const CliRun demo = run({u"demo"_s, u"--students"_s, u"40"_s, u"--today"_s, u"2026-11-24"_s});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }
    CliRun run(QStringList arguments) {
        arguments.prepend(m_database);
        arguments.prepend(u"--database"_s);
        return runCli(arguments, m_folder.path(u"data"_s));
    }
    QString path(const QString& name) const { return m_folder.path(name); }
    static QByteArray readFile(const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    // The text lines of `list students`, split at the tabs.
    QList<QStringList> textLines(const QStringList& extra = {}) {
        const CliRun listed = run(QStringList{u"list"_s, u"students"_s} + extra);
        EXPECT_EQ(listed.exitCode, 0) << listed.err.toStdString();
        QList<QStringList> lines;
        for (const QString& line : QString::fromUtf8(listed.out).split(u'\n', Qt::SkipEmptyParts))
            lines << line.split(u'\t');
        return lines;
    }

    TempFolder m_folder;
    QString m_database;
};

QString frenchDate(const QString& isoDate) {
    return isoDate.isEmpty() ? QString() : QDate::fromString(isoDate, Qt::ISODate).toString(u"dd/MM/yyyy"_s);
}

}  // namespace

TEST_F(CliListExport, StudentsAsCsvHoldTheListedRowsWithFrenchDates) {
    const QList<QStringList> lines = textLines();
    ASSERT_FALSE(lines.isEmpty());
    const QString file = path(u"eleves.csv"_s);
    const CliRun exported = run({u"list"_s, u"students"_s, u"--format"_s, u"csv"_s, u"-o"_s, file});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.out.isEmpty());
    EXPECT_EQ(fileMode(file), 0600);

    const auto csv = parseCsv(readFile(file));
    ASSERT_TRUE(csv);
    EXPECT_TRUE(csv->bom);
    EXPECT_TRUE(csv->crlf);
    ASSERT_EQ(csv->rows.size(), lines.size() + 1);
    EXPECT_EQ(csv->rows.at(0), (QStringList{u"id"_s, u"lastName"_s, u"firstName"_s, u"className"_s,
                                            u"birthDate"_s, u"schoolId"_s}));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringList expected = lines.at(i);
        ASSERT_EQ(expected.size(), 6);
        expected[4] = frenchDate(expected.at(4));
        EXPECT_EQ(csv->rows.at(i + 1), expected) << i;
    }
}

TEST_F(CliListExport, SearchNarrowsTheExportAsItNarrowsTheList) {
    const QList<QStringList> all = textLines();
    ASSERT_GE(all.size(), 2);
    const QString lastName = all.first().at(1);
    const QList<QStringList> found = textLines({u"--search"_s, lastName});
    ASSERT_FALSE(found.isEmpty());
    const QString file = path(u"cherches.json"_s);
    const CliRun exported =
        run({u"list"_s, u"students"_s, u"--search"_s, lastName, u"--format"_s, u"json"_s, u"-o"_s, file});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(readFile(file)).array();
    ASSERT_EQ(rows.size(), found.size());
    for (qsizetype i = 0; i < found.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        EXPECT_EQ(row.value(u"id"_s).toString(), found.at(i).at(0));
        EXPECT_EQ(row.value(u"lastName"_s).toString(), found.at(i).at(1));
        EXPECT_EQ(row.value(u"birthDate"_s).toString(), found.at(i).at(4));
    }
}

TEST_F(CliListExport, StudentsAsXlsxHaveDateCellsAndAFrozenHeader) {
    const QList<QStringList> lines = textLines();
    ASSERT_FALSE(lines.isEmpty());
    const QString file = path(u"eleves.xlsx"_s);
    const CliRun exported = run({u"list"_s, u"students"_s, u"--format"_s, u"xlsx"_s, u"-o"_s, file});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_EQ(fileMode(file), 0600);

    const auto sheet = zipEntry(file, "xl/worksheets/sheet1.xml");
    const auto strings = zipEntry(file, "xl/sharedStrings.xml");
    const auto styles = zipEntry(file, "xl/styles.xml");
    ASSERT_TRUE(sheet && strings && styles);
    const QString xml = QString::fromUtf8(*sheet);
    EXPECT_TRUE(strings->contains(">birthDate<"));
    EXPECT_TRUE(strings->contains(QByteArray(">" + lines.first().at(1).toUtf8() + "<")));
    // The first student's birth date is a date cell: a day number in a dd/mm/yyyy style.
    const QDate born = QDate::fromString(lines.first().at(4), Qt::ISODate);
    ASSERT_TRUE(born.isValid());
    const qint64 serial = QDate(1899, 12, 30).daysTo(born);
    EXPECT_TRUE(
        QRegularExpression(u"<c r=\"E2\" s=\"[1-9]\\d*\"><v>%1</v></c>"_s.arg(serial)).match(xml).hasMatch())
        << xml.left(2000).toStdString();
    EXPECT_TRUE(styles->contains("formatCode=\"dd/mm/yyyy\""));
    EXPECT_TRUE(QRegularExpression(u"<pane [^>]*state=\"frozen\"/>"_s).match(xml).hasMatch());
    EXPECT_TRUE(xml.contains(u"<autoFilter ref=\"A1:F%1\"/>"_s.arg(lines.size() + 1)));
}

TEST_F(CliListExport, EveryKindExportsTheRowsItLists) {
    for (const QString& kind :
         {u"students"_s, u"organisations"_s, u"people"_s, u"agreements"_s, u"measures"_s, u"groups"_s}) {
        const CliRun listed = run({u"list"_s, kind});
        ASSERT_EQ(listed.exitCode, 0) << kind.toStdString();
        const qsizetype lineCount = QString::fromUtf8(listed.out).split(u'\n', Qt::SkipEmptyParts).size();
        const QString file = path(kind + u".csv"_s);
        // -o alone: the format from the file's extension.
        const CliRun exported = run({u"list"_s, kind, u"-o"_s, file});
        ASSERT_EQ(exported.exitCode, 0) << kind.toStdString() << exported.err.toStdString();
        const auto csv = parseCsv(readFile(file));
        ASSERT_TRUE(csv) << kind.toStdString();
        EXPECT_EQ(csv->rows.size(), lineCount + 1) << kind.toStdString();
        ASSERT_TRUE(
            run({u"list"_s, kind, u"--format"_s, u"xlsx"_s, u"-o"_s, path(kind + u".xlsx"_s)}).exitCode == 0)
            << kind.toStdString();
        EXPECT_TRUE(zipEntry(path(kind + u".xlsx"_s), "xl/worksheets/sheet1.xml")) << kind.toStdString();
    }
    // --format csv without -o: standard output.
    const CliRun toStdout = run({u"list"_s, u"groups"_s, u"--format"_s, u"csv"_s});
    ASSERT_EQ(toStdout.exitCode, 0);
    EXPECT_TRUE(
        toStdout.out.startsWith("\xEF\xBB\xBF"
                                "id;kind;audience;recurrence;title\r\n"));
}

TEST_F(CliListExport, BadFormatsAndUnwritableFilesHaveTheirExitCodes) {
    const QString file = path(u"x.xlsx"_s);
    EXPECT_EQ(run({u"list"_s, u"students"_s, u"--format"_s, u"ods"_s, u"-o"_s, file}).exitCode, 2);
    EXPECT_EQ(run({u"list"_s, u"students"_s, u"--format"_s, u"xlsx"_s}).exitCode, 2);  // not to a terminal
    EXPECT_EQ(run({u"list"_s, u"students"_s, u"--format"_s, u"csv"_s, u"--json"_s}).exitCode, 2);
    EXPECT_EQ(run({u"list"_s, u"students"_s, u"-o"_s, path(u"eleves.txt"_s)}).exitCode, 2);
    EXPECT_FALSE(QFile::exists(file));
    for (const QString& format : {u"csv"_s, u"xlsx"_s, u"json"_s}) {
        const CliRun failed = run({u"list"_s, u"students"_s, u"--format"_s, format, u"-o"_s,
                                   path(u"no/such/folder/eleves."_s + format)});
        EXPECT_EQ(failed.exitCode, 1) << format.toStdString();
        EXPECT_TRUE(failed.err.contains("cannot write")) << failed.err.toStdString();
    }
}
