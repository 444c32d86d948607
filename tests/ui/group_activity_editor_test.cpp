// The group activity editor driven through its widgets on a real (temporary) database: a remobilisation
// workshop of seed 000, its participants found by the search line, its sessions and their attendance.
#include "passerelle/ui/group_activity_editor.h"
#include "fixtures.h"
#include "passerelle/rules/rule_ids.h"
#include "passerelle/storage/database.h"
#include "passerelle/storage/repositories.h"
#include "passerelle/ui/findings_panel.h"
#include "typing.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace passerelle::test {
namespace {

using namespace Qt::Literals::StringLiterals;
using ui::GroupActivityEditorDialog;
using Question = GroupActivityEditorDialog::Question;

template <typename T>
T saved(storage::Database& database, const T& record) {
    Result<T> stored = storage::Repository<T>(database).save(record);
    if (!stored)
        ADD_FAILURE() << stored.error().message.toStdString();
    return stored ? stored.value() : record;
}

Student student(const QString& schoolId, const QString& first, const QString& last, bool imageConsent) {
    Student result;
    result.firstName = first;
    result.lastName = last;
    result.className = u"4e B"_s;
    result.birthDate = QDate(2012, 3, 4);
    result.schoolId = schoolId;
    result.consents.image = imageConsent;
    return result;
}

class GroupActivityEditorTest : public ::testing::Test {
protected:
    void SetUp() override {
        Result<std::unique_ptr<storage::Database>> opened =
            storage::Database::open(folder.path(u"groups.db"_s));
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        database = std::move(opened).value();
        Organisation school;
        school.kind = OrganisationKind::School;
        school.name = u"Collège Henri Matisse"_s;
        school = saved(*database, school);
        // Seed 000: a weekly group of 7 to 9 students; 3 to 9 here so that three students make a group.
        agreement.kind = AgreementKind::RemobilisationWorkshop;
        agreement.title = u"Ateliers de remobilisation scolaire"_s;
        agreement.start = QDate(2026, 9, 1);
        agreement.end = QDate(2027, 7, 4);
        agreement.groupSize = GroupSize{3, 9};
        agreement = saved(*database, agreement);
        laura = saved(*database, student(school.id, u"Laura"_s, u"Martin"_s, true));
        hugo = saved(*database, student(school.id, u"Hugo"_s, u"Martin"_s, false));
        ines = saved(*database, student(school.id, u"Inès"_s, u"Bernard"_s, true));
    }

    void script(GroupActivityEditorDialog& dialog, bool answer) {
        dialog.setAsker([this, answer](Question question, const QString&) {
            asked << question;
            return answer;
        });
    }

    template <typename W>
    static W* child(const GroupActivityEditorDialog& dialog, const QString& name) {
        W* widget = dialog.findChild<W*>(name);
        if (widget == nullptr)
            ADD_FAILURE() << "no widget " << name.toStdString();
        return widget;
    }

    static void choose(QComboBox* combo, const QString& data) {
        const int index = combo->findData(data);
        ASSERT_GE(index, 0) << "no item " << data.toStdString();
        combo->setCurrentIndex(index);
    }

    // Types `search`, selects the students found with these ids and adds them.
    static void addStudents(const GroupActivityEditorDialog& dialog, const QString& search,
                            const QStringList& ids) {
        auto* searchEdit = child<QLineEdit>(dialog, u"studentSearchEdit"_s);
        searchEdit->clear();
        QTest::keyClicks(searchEdit, search);
        auto* candidates = child<QListWidget>(dialog, u"candidateList"_s);
        candidates->clearSelection();
        for (int row = 0; row < candidates->count(); ++row) {
            if (ids.contains(candidates->item(row)->data(Qt::UserRole).toString()))
                candidates->item(row)->setSelected(true);
        }
        ASSERT_EQ(candidates->selectedItems().size(), ids.size()) << "search " << search.toStdString();
        QTest::mouseClick(child<QPushButton>(dialog, u"addParticipantButton"_s), Qt::LeftButton);
    }

    static bool hasFinding(const GroupActivityEditorDialog& dialog, const QString& rule) {
        return dialog.findingsPanel()->ruleIds().contains(rule);
    }

    static QComboBox* statusCell(QTableWidget* attendance, int row) {
        return qobject_cast<QComboBox*>(attendance->cellWidget(row, 1));
    }

    TempFolder folder;
    std::unique_ptr<storage::Database> database;
    Agreement agreement;
    Student laura;
    Student hugo;
    Student ines;
    QList<Question> asked;
};

TEST_F(GroupActivityEditorTest, ParticipantsSessionsAndAttendanceAreSavedAndReopened) {
    QString id;
    {
        GroupActivityEditorDialog dialog(*database, {}, fixedToday());
        script(dialog, true);
        EXPECT_TRUE(dialog.windowTitle().startsWith(u"New group activity"_s));
        QTest::keyClicks(child<QLineEdit>(dialog, u"titleEdit"_s), u"Atelier du mardi"_s);
        choose(child<QComboBox>(dialog, u"agreementCombo"_s), agreement.id);

        // The search is case-blind; a student already in the group is no longer offered.
        addStudents(dialog, u"LAURA"_s, {laura.id});
        addStudents(dialog, u"martin"_s, {hugo.id});
        EXPECT_EQ(dialog.record().participantIds, (QStringList{laura.id, hugo.id}));
        EXPECT_EQ(child<QListWidget>(dialog, u"candidateList"_s)->count(), 0) << "both Martins are in";
        EXPECT_EQ(child<QListWidget>(dialog, u"participantsList"_s)->count(), 2);
        EXPECT_TRUE(hasFinding(dialog, rules::id::GroupSize)) << "2 students, the agreement says 3 to 9";

        auto* sessions = child<QTableWidget>(dialog, u"sessionsTable"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"addSessionButton"_s), Qt::LeftButton);
        ASSERT_EQ(sessions->rowCount(), 1);
        typeInto(qobject_cast<ui::DateField*>(sessions->cellWidget(0, 0)), u"1/12/2026"_s);
        typeInto(qobject_cast<ui::TimeField*>(sessions->cellWidget(0, 1)), u"15h"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"addSessionButton"_s), Qt::LeftButton);
        ASSERT_EQ(dialog.record().sessions.size(), 2);
        EXPECT_EQ(dialog.record().sessions[1].date, QDate(2026, 12, 8))
            << "weekly: a week after the last one";
        EXPECT_EQ(dialog.record().sessions[1].start, QTime(15, 0));
        EXPECT_EQ(sessions->currentRow(), 1);

        auto* attendance = child<QTableWidget>(dialog, u"attendanceTable"_s);
        sessions->setCurrentCell(0, 0);
        ASSERT_EQ(attendance->rowCount(), 2);
        EXPECT_EQ(attendance->item(1, 0)->text(), u"Hugo Martin (4e B)"_s);
        choose(statusCell(attendance, 0), key(AttendanceStatus::Present));
        choose(statusCell(attendance, 1), key(AttendanceStatus::Absent));
        attendance->item(1, 2)->setText(u"Malade"_s);
        sessions->setCurrentCell(1, 0);
        EXPECT_EQ(statusCell(attendance, 0)->currentData().toString(), QString()) << "the second session's";
        attendance->item(0, 2)->setText(u"En retard"_s);  // a note alone: present

        ASSERT_TRUE(dialog.save());
        EXPECT_TRUE(asked.isEmpty());
        id = dialog.record().id;
        ASSERT_FALSE(id.isEmpty());
        EXPECT_TRUE(dialog.windowTitle().startsWith(u"Group activity — Atelier du mardi"_s))
            << dialog.windowTitle().toStdString();
    }
    Result<GroupActivity> stored = storage::GroupRepository(*database).find(id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->agreementId, agreement.id);
    ASSERT_EQ(stored->sessions.size(), 2);
    EXPECT_EQ(stored->sessions[0].attendance,
              (QList<SessionAttendance>{{laura.id, AttendanceStatus::Present, {}},
                                        {hugo.id, AttendanceStatus::Absent, u"Malade"_s}}));
    EXPECT_EQ(stored->sessions[1].attendance,
              (QList<SessionAttendance>{{laura.id, AttendanceStatus::Present, u"En retard"_s}}));

    GroupActivityEditorDialog reopened(*database, id, fixedToday());
    EXPECT_TRUE(reopened.loadError().isEmpty());
    EXPECT_FALSE(reopened.isModified());
    EXPECT_EQ(reopened.record(), stored.value());
    EXPECT_EQ(child<QComboBox>(reopened, u"agreementCombo"_s)->currentData().toString(), agreement.id);
    EXPECT_EQ(child<QListWidget>(reopened, u"participantsList"_s)->item(0)->text(), u"Laura Martin (4e B)"_s);
    auto* sessions = child<QTableWidget>(reopened, u"sessionsTable"_s);
    ASSERT_EQ(sessions->rowCount(), 2);
    EXPECT_EQ(qobject_cast<ui::DateField*>(sessions->cellWidget(0, 0))->date(), QDate(2026, 12, 1));
    EXPECT_EQ(qobject_cast<ui::TimeField*>(sessions->cellWidget(0, 1))->text(), u"15:00"_s);
    sessions->setCurrentCell(0, 0);
    auto* attendance = child<QTableWidget>(reopened, u"attendanceTable"_s);
    ASSERT_EQ(attendance->rowCount(), 2);
    EXPECT_EQ(statusCell(attendance, 1)->currentData().toString(), key(AttendanceStatus::Absent));
    EXPECT_EQ(attendance->item(1, 2)->text(), u"Malade"_s);
}

TEST_F(GroupActivityEditorTest, UndoTakesBackAttendanceParticipantsAndSessions) {
    GroupActivityEditorDialog dialog(*database, {}, fixedToday());
    addStudents(dialog, u"ines"_s, {ines.id});  // "Inès" without its accent
    QTest::mouseClick(child<QPushButton>(dialog, u"addSessionButton"_s), Qt::LeftButton);
    EXPECT_EQ(dialog.record().sessions[0].date, fixedToday());
    auto* attendance = child<QTableWidget>(dialog, u"attendanceTable"_s);
    ASSERT_EQ(attendance->rowCount(), 1);
    choose(statusCell(attendance, 0), key(AttendanceStatus::Excused));
    ASSERT_EQ(dialog.record().sessions[0].attendance.size(), 1);

    dialog.undoStack()->undo();
    EXPECT_TRUE(dialog.record().sessions[0].attendance.isEmpty());
    EXPECT_EQ(statusCell(attendance, 0)->currentData().toString(), QString());
    dialog.undoStack()->undo();
    EXPECT_TRUE(dialog.record().sessions.isEmpty());
    EXPECT_EQ(child<QTableWidget>(dialog, u"sessionsTable"_s)->rowCount(), 0);
    EXPECT_EQ(attendance->rowCount(), 0);
    dialog.undoStack()->undo();
    EXPECT_TRUE(dialog.record().participantIds.isEmpty());
    EXPECT_FALSE(dialog.isModified());
    dialog.undoStack()->redo();
    EXPECT_EQ(dialog.record().participantIds, QStringList{ines.id});

    // Removing a participant asks first.
    script(dialog, true);
    child<QListWidget>(dialog, u"participantsList"_s)->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>(dialog, u"removeParticipantButton"_s), Qt::LeftButton);
    EXPECT_EQ(asked, QList{Question::Confirm});
    EXPECT_TRUE(dialog.record().participantIds.isEmpty());
    dialog.reject();
}

TEST_F(GroupActivityEditorTest, FilmingAStudentWithoutImageConsentIsAFinding) {
    GroupActivityEditorDialog dialog(*database, {}, fixedToday());
    addStudents(dialog, u"martin"_s, {laura.id, hugo.id});
    EXPECT_FALSE(hasFinding(dialog, rules::id::ImageConsent));
    auto* filming = child<QCheckBox>(dialog, u"filmingCheck"_s);
    filming->setChecked(true);
    ASSERT_TRUE(hasFinding(dialog, rules::id::ImageConsent));
    EXPECT_EQ(dialog.findings().size(), 1) << "Laura agreed, Hugo did not";
    EXPECT_TRUE(dialog.findings().first().message.contains(u"Hugo Martin"_s));
    EXPECT_EQ(dialog.widgetForField(dialog.findings().first().field),
              child<QWidget>(dialog, u"participantsList"_s));
    dialog.undoStack()->undo();
    EXPECT_FALSE(filming->isChecked());
    EXPECT_FALSE(hasFinding(dialog, rules::id::ImageConsent));
    script(dialog, true);
    dialog.reject();
}

}  // namespace
}  // namespace passerelle::test
