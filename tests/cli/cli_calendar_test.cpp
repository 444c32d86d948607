// `calendar` (issue 13): a measure's expected sessions, a group's sessions and the coming deadlines written
// as private iCalendar files; the same UIDs from one export to the next; an unknown id exits with 2 naming
// it.
#include "cli_runner.h"
#include "fixtures.h"

#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray exchangeFile = R"({
  "format": "passerelle",
  "version": 1,
  "organisations": [
    {"id": "O1", "kind": "school", "name": "Collège Henri Matisse"},
    {"id": "O2", "kind": "host", "name": "Cuisine centrale", "address": "12 rue Lamartine, 94600 Choisy-le-Roi"}
  ],
  "students": [{"id": "S1", "firstName": "Lætitia", "lastName": "Bénard", "school": "O1"}],
  "agreements": [
    {"id": "A1", "kind": "generic", "title": "Ateliers", "start": "2025-09-15", "end": "2027-06-16",
     "status": "signed"}
  ],
  "measures": [{"id": "M1", "kind": "responsibility", "student": "S1", "agreement": "A1", "host": "O2",
                "start": "2026-12-14", "end": "2026-12-18",
                "slots": [{"day": "mon", "start": "14:00", "end": "16:00"},
                          {"day": "wed", "start": "09:00", "end": "11:30"}]}],
  "groups": [{"id": "G1", "kind": "workshop", "agreement": "A1", "title": "Atelier média",
              "audience": "students", "recurrence": "weekly", "participants": ["S1"],
              "sessions": [{"date": "2026-12-10", "start": "14:00", "end": "16:00"},
                           {"date": "2026-12-17", "start": "14:00", "end": "16:00"}]}]
})";

class CliCalendar : public ::testing::Test {
protected:
    void SetUp() override {
        QFile file(path(u"records.json"_s));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(exchangeFile);
        file.close();
        const CliRun imported = run({u"import"_s, path(u"records.json"_s)});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    }
    CliRun run(QStringList arguments) {
        arguments.prepend(path(u"passerelle.sqlite"_s));
        arguments.prepend(u"--database"_s);
        return runCli(arguments, m_folder.path(u"data"_s));
    }
    QString path(const QString& name) const { return m_folder.path(name); }

    // Runs the export into the file and returns its text, checking the exit code and the file's privacy.
    QByteArray calendar(const QStringList& form, const QString& name) {
        const CliRun exported = run(QStringList{u"calendar"_s} + form + QStringList{u"-o"_s, path(name)});
        EXPECT_EQ(exported.exitCode, 0) << exported.err.toStdString();
        EXPECT_EQ(fileMode(path(name)), 0600);
        QFile file(path(name));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }

    static QStringList uids(const QByteArray& ics) {
        QStringList found;
        const QRegularExpression uid(u"^UID:(.*)\r$"_s, QRegularExpression::MultilineOption);
        for (auto it = uid.globalMatch(QString::fromUtf8(ics)); it.hasNext();)
            found << it.next().captured(1);
        return found;
    }

    TempFolder m_folder;
};

}  // namespace

TEST_F(CliCalendar, AMeasuresExpectedSessions) {
    const QByteArray ics = calendar({u"--measure"_s, u"M1"_s}, u"m1.ics"_s);
    EXPECT_TRUE(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Passerelle//FR\r\n"));
    EXPECT_TRUE(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n"));
    EXPECT_EQ(uids(ics),
              (QStringList{u"measure-M1-20261214@passerelle"_s, u"measure-M1-20261216@passerelle"_s}));
    EXPECT_TRUE(ics.contains("DTSTART;TZID=Europe/Paris:20261216T090000\r\n"));
    EXPECT_TRUE(ics.contains("DTEND;TZID=Europe/Paris:20261216T113000\r\n"));
    EXPECT_TRUE(ics.contains(u"SUMMARY:Mesure de responsabilisation – Lætitia Bénard\r\n"_s.toUtf8()));
    EXPECT_TRUE(ics.contains("LOCATION:Cuisine centrale\\, 12 rue Lamartine\\, 94600 Choisy-le-Roi\r\n"));
    // A second export updates the same events.
    EXPECT_EQ(uids(calendar({u"--measure"_s, u"M1"_s}, u"again.ics"_s)), uids(ics));
}

TEST_F(CliCalendar, AGroupsSessions) {
    const QByteArray ics = calendar({u"--group"_s, u"G1"_s}, u"g1.ics"_s);
    EXPECT_EQ(uids(ics), (QStringList{u"group-G1-20261210@passerelle"_s, u"group-G1-20261217@passerelle"_s}));
    EXPECT_TRUE(ics.contains("DTSTART;TZID=Europe/Paris:20261217T140000\r\n"));
    EXPECT_TRUE(ics.contains(u"SUMMARY:Atelier média\r\n"_s.toUtf8()));
}

TEST_F(CliCalendar, TheComingDeadlines) {
    const QByteArray ics =
        calendar({u"--deadlines"_s, u"--today"_s, u"2027-05-01"_s, u"--days"_s, u"90"_s}, u"deadlines.ics"_s);
    EXPECT_EQ(uids(ics), (QStringList{u"deadline-A1-20270616-expiry@passerelle"_s}));
    EXPECT_TRUE(ics.contains("DTSTART;VALUE=DATE:20270616\r\n"));
    EXPECT_TRUE(ics.contains("END:VCALENDAR\r\n"));
}

TEST_F(CliCalendar, AnUnknownIdOrABadFormIsRefused) {
    for (const auto& [form, expected] :
         {std::pair{QStringList{u"--measure"_s, u"M404"_s}, u"M404"_s},
          std::pair{QStringList{u"--group"_s, u"G404"_s}, u"G404"_s},
          std::pair{QStringList{u"--measure"_s, u"M1"_s, u"--deadlines"_s}, u"expected"_s},
          std::pair{QStringList{}, u"expected"_s}}) {
        const CliRun refused =
            run(QStringList{u"calendar"_s} + form + QStringList{u"-o"_s, path(u"x.ics"_s)});
        EXPECT_EQ(refused.exitCode, 2) << form.join(u' ').toStdString();
        EXPECT_TRUE(QString::fromUtf8(refused.err).contains(expected)) << refused.err.toStdString();
        EXPECT_FALSE(QFile::exists(path(u"x.ics"_s)));
    }
}
