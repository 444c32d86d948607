// The editors' exports (issue 13, « Lists out »): the follow-up tab's « Exporter l'émargement… » and «
// Ajouter à un agenda… » of a measure, and the same two buttons of a group, clicked as a CPE does; the file
// dialog is answered by typing the file's name, and the files are read back.
#include "lists_fixture.h"
#include "measure_editor_fixture.h"
#include "passerelle/storage/repositories.h"
#include "passerelle/ui/deadline_table_model.h"
#include "passerelle/ui/deadlines_page.h"
#include "passerelle/ui/group_activity_editor.h"
#include "passerelle/ui/measure_editor.h"
#include "passerelle/ui/table_export_actions.h"

#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace passerelle::test {
namespace {

using namespace Qt::Literals::StringLiterals;

template <typename W>
W* child(const QWidget& parent, const QString& name) {
    W* widget = parent.findChild<W*>(name);
    if (widget == nullptr)
        ADD_FAILURE() << "no widget " << name.toStdString();
    return widget;
}

// Clicks `button` and answers the file dialog it opens with `path`, as a user types the file's name and
// clicks Save. The type chosen is the one the path's extension names, as a user picks it in the dialog.
void clickAndSaveAs(QPushButton* button, const QString& path) {
    bool asked = false;
    ui::setSaveFileChooser([&](QWidget*, const QString&, const QString& suggested, const QString& filters,
                               QString* selectedFilter) {
        asked = true;
        EXPECT_FALSE(suggested.isEmpty()) << "a name is suggested";
        if (selectedFilter != nullptr) {
            for (const QString& filter : filters.split(u";;"_s)) {
                if (filter.contains(u"*."_s + QFileInfo(path).suffix()))
                    *selectedFilter = filter;
            }
        }
        return path;
    });
    QTest::mouseClick(button, Qt::LeftButton);
    ui::setSaveFileChooser({});
    EXPECT_TRUE(asked) << "no file was asked for";
}

QByteArray contents(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        ADD_FAILURE() << "cannot read " << path.toStdString();
    return file.readAll();
}

// The CSV's lines without the BOM and the CRLFs.
QStringList csvLines(const QString& path) {
    const QByteArray bytes = contents(path);
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "a UTF-8 BOM, so that Excel reads the accents";
    QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s);
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

void clickTab(QTabWidget* tabs, const QString& objectName) {
    for (int index = 0; index < tabs->count(); ++index) {
        if (tabs->widget(index)->objectName() == objectName) {
            QTabBar* bar = tabs->tabBar();
            QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
            return;
        }
    }
    ADD_FAILURE() << "no tab " << objectName.toStdString();
}

class MeasureExportsTest : public ::testing::Test {
protected:
    void SetUp() override {
        Measure measure;
        measure.studentId = world.student.id;
        measure.agreementId = world.agreement.id;
        measure.hostId = world.host.id;
        measure.start = QDate(2026, 3, 2);  // a Monday
        measure.end = QDate(2026, 3, 13);
        // Wednesdays 14:00–16:30 and Fridays 9:00–11:00: two sessions a week, four in all.
        measure.slots = {{Weekday::Wednesday, QTime(14, 0), QTime(16, 30)},
                         {Weekday::Friday, QTime(9, 0), QTime(11, 0)}};
        measure.attendance = {{QDate(2026, 3, 4), AttendanceStatus::Present, u"Ponctuel; motivé"_s},
                              {QDate(2026, 3, 6), AttendanceStatus::Absent, {}}};
        const auto saved = storage::Repository<Measure>(*world.database).save(measure);
        ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
        measureId = saved->id;
    }

    MeasureEditorWorld world;
    QString measureId;
};

TEST_F(MeasureExportsTest, TheAttendanceIsExportedAsTheFollowUpTabShowsIt) {
    ui::MeasureEditorDialog editor(*world.database, measureId, QDate(2026, 3, 9));
    editor.show();
    clickTab(child<QTabWidget>(editor, u"tabs"_s), u"followUpTab"_s);
    const QString path = world.folder.path(u"emargement.csv"_s);
    clickAndSaveAs(child<QPushButton>(editor, u"exportAttendanceButton"_s), path);

    const QStringList lines = csvLines(path);
    ASSERT_EQ(lines.size(), 5) << lines.join(u'\n').toStdString();
    EXPECT_EQ(lines[0], u"Date;Hours planned;Attendance;Note"_s);
    EXPECT_EQ(lines[1], u"04/03/2026;2,5;Present;\"Ponctuel; motivé\""_s)
        << "hours as numbers, the note quoted";
    EXPECT_EQ(lines[2], u"06/03/2026;2;Absent;"_s);
    EXPECT_EQ(lines[3], u"11/03/2026;2,5;;"_s) << "a session not recorded yet is a row too";
    EXPECT_EQ(lines[4], u"13/03/2026;2;;"_s);
}

TEST_F(MeasureExportsTest, TheAttendanceCanBeAnExcelWorkbook) {
    ui::MeasureEditorDialog editor(*world.database, measureId, QDate(2026, 3, 9));
    editor.show();
    clickTab(child<QTabWidget>(editor, u"tabs"_s), u"followUpTab"_s);
    const QString path = world.folder.path(u"emargement.xlsx"_s);
    clickAndSaveAs(child<QPushButton>(editor, u"exportAttendanceButton"_s), path);
    EXPECT_TRUE(contents(path).startsWith("PK\x03\x04")) << "an XLSX is a zip";
}

TEST_F(MeasureExportsTest, TheTypedExtensionWinsOverTheTypeChosenBefore) {
    ui::MeasureEditorDialog editor(*world.database, measureId, QDate(2026, 3, 9));
    editor.show();
    clickTab(child<QTabWidget>(editor, u"tabs"_s), u"followUpTab"_s);
    clickAndSaveAs(child<QPushButton>(editor, u"exportAttendanceButton"_s),
                   world.folder.path(u"first.xlsx"_s));
    // The dialog now starts on « Excel workbook »; the user leaves it so and types a .csv name.
    const QString typed = world.folder.path(u"second.csv"_s);
    ui::setSaveFileChooser(
        [&](QWidget*, const QString&, const QString& suggested, const QString&, QString* selectedFilter) {
            EXPECT_TRUE(suggested.endsWith(u".xlsx"_s)) << "the last type is remembered";
            EXPECT_TRUE(selectedFilter != nullptr && selectedFilter->contains(u"xlsx"_s));
            return typed;
        });
    QTest::mouseClick(child<QPushButton>(editor, u"exportAttendanceButton"_s), Qt::LeftButton);
    ui::setSaveFileChooser({});
    EXPECT_FALSE(QFileInfo::exists(typed + u".xlsx"_s));
    EXPECT_TRUE(contents(typed).startsWith("\xEF\xBB\xBF")) << "a CSV, as typed";
}

TEST_F(MeasureExportsTest, TheExpectedSessionsGoToAnAgendaWithStableIds) {
    ui::MeasureEditorDialog editor(*world.database, measureId, QDate(2026, 3, 9));
    editor.show();
    clickTab(child<QTabWidget>(editor, u"tabs"_s), u"followUpTab"_s);
    const QString first = world.folder.path(u"seances"_s);  // no extension typed: .ics is added
    clickAndSaveAs(child<QPushButton>(editor, u"exportCalendarButton"_s), first);
    const QByteArray ics = contents(first + u".ics"_s);
    EXPECT_TRUE(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    EXPECT_EQ(ics.count("BEGIN:VEVENT"), 4) << "one event per expected session";
    EXPECT_TRUE(ics.contains("DTSTART;TZID=Europe/Paris:20260304T140000"));

    const QString second = world.folder.path(u"seances-2.ics"_s);
    clickAndSaveAs(child<QPushButton>(editor, u"exportCalendarButton"_s), second);
    const auto uids = [](const QByteArray& text) {
        QList<QByteArray> found;
        for (const QByteArray& line : text.split('\n')) {
            if (line.startsWith("UID:"))
                found << line.trimmed();
        }
        return found;
    };
    EXPECT_EQ(uids(ics), uids(contents(second))) << "a second export updates the agenda's events";
}

class GroupExportsTest : public ::testing::Test {
protected:
    void SetUp() override {
        GroupActivity group;
        group.kind = GroupKind::Workshop;
        group.agreementId = world.agreement.id;
        group.title = u"Atelier théâtre"_s;
        group.participantIds = {world.student.id};
        GroupSession held{QDate(2026, 3, 4), QTime(14, 0), QTime(15, 30), {}, {}};
        held.attendance = {{world.student.id, AttendanceStatus::Excused, u"malade"_s}};
        const GroupSession cancelled{
            QDate(2026, 3, 11), QTime(14, 0), QTime(15, 30), QDateTime(QDate(2026, 3, 9), QTime(10, 0)), {}};
        group.sessions = {cancelled, held};
        const auto saved = storage::Repository<GroupActivity>(*world.database).save(group);
        ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
        groupId = saved->id;
    }

    MeasureEditorWorld world;
    QString groupId;
};

TEST_F(GroupExportsTest, EverySessionAndParticipantIsARow) {
    ui::GroupActivityEditorDialog editor(*world.database, groupId, QDate(2026, 3, 12));
    editor.show();
    const QString path = world.folder.path(u"atelier.csv"_s);
    clickAndSaveAs(child<QPushButton>(editor, u"exportAttendanceButton"_s), path);

    const QStringList lines = csvLines(path);
    ASSERT_EQ(lines.size(), 3) << lines.join(u'\n').toStdString();
    EXPECT_EQ(lines[0], u"Date;Start;End;Hours;Cancelled;Participant;Attendance;Note"_s);
    EXPECT_TRUE(lines[1].startsWith(u"04/03/2026;14:00;15:30;1,5;;"_s)) << lines[1].toStdString();
    EXPECT_TRUE(lines[1].contains(world.student.lastName)) << "the participant is named";
    EXPECT_TRUE(lines[1].endsWith(u";Excused;malade"_s)) << lines[1].toStdString();
    EXPECT_TRUE(lines[2].startsWith(u"11/03/2026;14:00;15:30;1,5;Cancelled on"_s)) << lines[2].toStdString();
}

TEST_F(GroupExportsTest, ACancelledSessionLeavesTheAgenda) {
    ui::GroupActivityEditorDialog editor(*world.database, groupId, QDate(2026, 3, 12));
    editor.show();
    const QString path = world.folder.path(u"atelier.ics"_s);
    clickAndSaveAs(child<QPushButton>(editor, u"exportCalendarButton"_s), path);
    const QByteArray ics = contents(path);
    EXPECT_EQ(ics.count("BEGIN:VEVENT"), 2);
    EXPECT_EQ(ics.count("STATUS:CANCELLED"), 1);
}

// The deadlines page's « Ajouter à un agenda… »: one all-day event per deadline shown.
TEST(DeadlinesCalendarExport, TheDeadlinesShownGoToAnAgenda) {
    DemoDatabase demo;
    ASSERT_TRUE(demo.create());
    ui::DeadlinesPage page(*demo.database, fixedToday(), rules::RuleSettings{});
    page.setHorizonDays(365);
    const int shown = page.model()->rowCount();
    ASSERT_GT(shown, 0);
    page.show();
    const QString path = demo.folder.path(u"echeances.ics"_s);
    clickAndSaveAs(page.findChild<QPushButton*>(u"exportCalendarButton"_s), path);
    const QByteArray ics = contents(path);
    EXPECT_EQ(ics.count("BEGIN:VEVENT"), shown);
    EXPECT_TRUE(ics.contains("DTSTART;VALUE=DATE:")) << "all-day events";
}

}  // namespace
}  // namespace passerelle::test
