// The measure editor driven through its widgets on a real (temporary) database, as a CPE would use it.
#include "passerelle/ui/measure_editor.h"
#include "measure_editor_fixture.h"
#include "passerelle/domain/input_limits.h"
#include "passerelle/rules/rule_ids.h"
#include "passerelle/storage/repositories.h"
#include "passerelle/ui/commands/value_change_command.h"
#include "passerelle/ui/findings_panel.h"
#include "passerelle/ui/record_documents_dialog.h"
#include "passerelle/ui/timetable_widget.h"
#include "passerelle/ui/translations.h"
#include "typing.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace passerelle::test {
namespace {

using namespace Qt::Literals::StringLiterals;
using ui::DateField;
using ui::DateTimeField;
using ui::MeasureEditorDialog;
using ui::TimetableWidget;
using Half = TimetableWidget::Half;
using Bound = TimetableWidget::Bound;

// The Monday of the week after fixedToday().
QDate measureStart() {
    return QDate(2026, 11, 30);
}

class MeasureEditorTest : public ::testing::Test {
protected:
    // Scripted answers to the dialog's questions, and the questions asked, so no modal box ever blocks.
    void script(MeasureEditorDialog& dialog, bool answer) {
        dialog.setAsker([this, answer](MeasureEditorDialog::Question question, const QString& text) {
            asked << question;
            lastText = text;
            return answer;
        });
    }

    template <typename W>
    static W* child(const MeasureEditorDialog& dialog, const QString& name) {
        W* widget = dialog.findChild<W*>(name);
        if (widget == nullptr)
            ADD_FAILURE() << "no widget " << name.toStdString();
        return widget;
    }

    static void choose(const MeasureEditorDialog& dialog, const QString& comboName, const QString& id) {
        auto* combo = child<QComboBox>(dialog, comboName);
        const int index = combo->findData(id);
        ASSERT_GE(index, 0) << comboName.toStdString() << " lacks " << id.toStdString();
        combo->setCurrentIndex(index);
    }

    // Types a half-day's times into the timetable, as "17h" and "2030" (two of the ways people write them).
    static void setSlot(const MeasureEditorDialog& dialog, Weekday day, Half half, QTime from, QTime to) {
        typeInto(dialog.timetable()->timeField(day, half, Bound::From), from.toString(u"H'h'mm"_s));
        typeInto(dialog.timetable()->timeField(day, half, Bound::To), to.toString(u"HHmm"_s));
    }

    static void typeDate(const MeasureEditorDialog& dialog, const QString& name, const QString& text) {
        typeInto(child<DateField>(dialog, name), text);
    }

    // Fills in a responsibility measure through the widgets: Tuesday 17:00 to `tuesdayEnd` only.
    void fillIn(const MeasureEditorDialog& dialog, QTime tuesdayEnd) {
        choose(dialog, u"studentCombo"_s, world.student.id);
        choose(dialog, u"agreementCombo"_s, world.agreement.id);
        choose(dialog, u"hostCombo"_s, world.host.id);
        choose(dialog, u"hostTutorCombo"_s, world.tutor.id);
        choose(dialog, u"schoolFollowerCombo"_s, world.cpe.id);
        typeDate(dialog, u"startDate"_s, u"30/11/2026"_s);  // measureStart()
        typeDate(dialog, u"endDate"_s, u"11/12/26"_s);      // 11 days later
        child<QCheckBox>(dialog, u"studentConsentCheck"_s)->setChecked(true);
        child<QCheckBox>(dialog, u"representativeConsentCheck"_s)->setChecked(true);
        child<QPlainTextEdit>(dialog, u"objectivesEdit"_s)->setPlainText(u"Prendre conscience de son acte"_s);
        child<QPlainTextEdit>(dialog, u"activitiesEdit"_s)->setPlainText(u"Aide à la distribution"_s);
        child<QPlainTextEdit>(dialog, u"placesEdit"_s)->setPlainText(u"Local de l'ALCEJ"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"schoolInsurerEdit"_s), u"MAIF"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"schoolContractEdit"_s), u"EPLE-4521"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"hostInsurerEdit"_s), u"MACIF"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"hostContractEdit"_s), u"RC-889"_s);
        typeDate(dialog, u"signatureHeadOfSchool"_s, u"20/11/2026"_s);
        typeDate(dialog, u"signatureHostManager"_s, u"20112026"_s);
        typeDate(dialog, u"signatureLegalRepresentative"_s, u"2026-11-21"_s);
        setSlot(dialog, Weekday::Tuesday, Half::Afternoon, QTime(17, 0), tuesdayEnd);
    }

    static std::string describe(const rules::Findings& findings) {
        std::string text;
        for (const rules::Finding& finding : findings)
            text += QString(finding.rule + u" ["_s + finding.field + u"] "_s + finding.message + u"\n"_s)
                        .toStdString();
        return text;
    }

    MeasureEditorWorld world;
    QList<MeasureEditorDialog::Question> asked;
    QString lastText;
};

// Issue 10: what the editor saves always exports and imports again: a measure spans at most
// input::kMaxMeasureDays, the format's bound. Issue 11: an end typed beyond it stays as typed, in red with
// the reason, and the measure cannot be saved until it is corrected.
TEST_F(MeasureEditorTest, TheEndDateStaysWithinTheFormatsSpan) {
    MeasureEditorDialog dialog(*world.database, {}, fixedToday());
    script(dialog, true);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto* end = child<DateField>(dialog, u"endDate"_s);
    typeDate(dialog, u"startDate"_s, u"30/11/2026"_s);
    EXPECT_EQ(end->maximumDate(), measureStart().addDays(input::kMaxMeasureDays));
    const QString tooLate = measureStart().addDays(input::kMaxMeasureDays + 30).toString(u"dd/MM/yyyy"_s);
    typeInto(end, tooLate);
    EXPECT_EQ(end->lineEdit()->text(), tooLate) << "never clamped";
    EXPECT_TRUE(end->reasonLabel()->isVisible());
    EXPECT_TRUE(end->reasonLabel()->text().contains(u"400"_s)) << end->reasonLabel()->text().toStdString();
    EXPECT_FALSE(dialog.measure().end.isValid()) << "the measure does not take it";

    // Saving names the field and why, and goes back to it.
    child<QTabWidget>(dialog, u"tabs"_s)->setCurrentIndex(2);
    EXPECT_FALSE(dialog.save());
    ASSERT_EQ(asked, QList{MeasureEditorDialog::Question::SaveFailed});
    EXPECT_TRUE(lastText.contains(u"\"To\""_s)) << lastText.toStdString();
    EXPECT_TRUE(lastText.contains(tooLate)) << lastText.toStdString();
    EXPECT_TRUE(lastText.contains(end->problem())) << lastText.toStdString();
    EXPECT_TRUE(dialog.measure().id.isEmpty()) << "nothing saved";
    EXPECT_EQ(child<QTabWidget>(dialog, u"tabs"_s)->currentIndex(), 0);
    EXPECT_TRUE(end->hasFocus());

    const QDate last = measureStart().addDays(input::kMaxMeasureDays);
    typeInto(end, last.toString(u"dd/MM/yyyy"_s));
    EXPECT_EQ(dialog.measure().end, last);
    EXPECT_FALSE(end->hasProblem());
    dialog.reject();
}

TEST_F(MeasureEditorTest, DailyHoursFindingAppearsAndGoesAsTheTimetableIsTyped) {
    MeasureEditorDialog dialog(*world.database, {}, fixedToday());
    QAbstractItemModelTester tester(dialog.findingsPanel()->list()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    fillIn(dialog, QTime(20, 30));  // 3 h 30 on Tuesday: over the 3 h a day of the convention type

    EXPECT_TRUE(dialog.findingsPanel()->ruleIds().contains(rules::id::RespDailyHours))
        << describe(dialog.findings());
    EXPECT_EQ(dialog.timetable()->dayHoursLabel(Weekday::Tuesday)->text(), u"3 h 30"_s);
    EXPECT_TRUE(dialog.timetable()->dayHoursLabel(Weekday::Monday)->text().isEmpty());
    EXPECT_TRUE(dialog.timetable()->summaryLabel()->text().contains(u"1 day"_s))
        << dialog.timetable()->summaryLabel()->text().toStdString();
    EXPECT_EQ(dialog.findingsPanel()->list()->count(), dialog.findings().size());

    typeInto(dialog.timetable()->timeField(Weekday::Tuesday, Half::Afternoon, Bound::To), u"20h"_s);
    EXPECT_FALSE(dialog.findingsPanel()->ruleIds().contains(rules::id::RespDailyHours))
        << describe(dialog.findings());
    EXPECT_EQ(dialog.timetable()->dayHoursLabel(Weekday::Tuesday)->text(), u"3 h"_s);
    // A well-formed measure: nothing left to fix, so saving asks nothing.
    EXPECT_FALSE(rules::hasErrors(dialog.findings())) << describe(dialog.findings());
}

TEST_F(MeasureEditorTest, SavedMeasureReopensWithItsValues) {
    QString id;
    {
        MeasureEditorDialog dialog(*world.database, {}, fixedToday());
        script(dialog, true);
        fillIn(dialog, QTime(20, 0));
        EXPECT_TRUE(dialog.isModified());
        ASSERT_TRUE(dialog.save()) << lastText.toStdString();
        EXPECT_TRUE(asked.isEmpty()) << "a measure without errors saves without a question";
        EXPECT_FALSE(dialog.isModified());
        id = dialog.measure().id;
        ASSERT_FALSE(id.isEmpty());
    }
    Result<Measure> stored = storage::MeasureRepository(*world.database).find(id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->slots, (TimeSlots{{Weekday::Tuesday, QTime(17, 0), QTime(20, 0)}}));
    EXPECT_EQ(stored->insurances.host.contract, u"RC-889"_s);
    EXPECT_TRUE(stored->isSignedBy(SignatureRole::LegalRepresentative));
    EXPECT_FALSE(stored->isSignedBy(SignatureRole::Student));

    MeasureEditorDialog reopened(*world.database, id, fixedToday());
    EXPECT_TRUE(reopened.loadError().isEmpty());
    EXPECT_FALSE(reopened.isModified());
    EXPECT_EQ(child<QComboBox>(reopened, u"studentCombo"_s)->currentData().toString(), world.student.id);
    EXPECT_EQ(child<QComboBox>(reopened, u"hostTutorCombo"_s)->currentData().toString(), world.tutor.id);
    EXPECT_EQ(child<QComboBox>(reopened, u"schoolFollowerCombo"_s)->currentData().toString(), world.cpe.id);
    EXPECT_EQ(child<DateField>(reopened, u"startDate"_s)->date(), measureStart());
    EXPECT_EQ(child<DateField>(reopened, u"startDate"_s)->lineEdit()->text(), u"30/11/2026"_s);
    EXPECT_EQ(child<QPlainTextEdit>(reopened, u"objectivesEdit"_s)->toPlainText(),
              u"Prendre conscience de son acte"_s);
    EXPECT_EQ(reopened.timetable()->timeField(Weekday::Tuesday, Half::Afternoon, Bound::To)->time(),
              QTime(20, 0));
    EXPECT_EQ(reopened.timetable()->timeField(Weekday::Tuesday, Half::Afternoon, Bound::From)->text(),
              u"17:00"_s);
    EXPECT_EQ(reopened.timetable()->dayHoursLabel(Weekday::Tuesday)->text(), u"3 h"_s);
    EXPECT_EQ(reopened.measure(), stored.value());
}

TEST_F(MeasureEditorTest, UndoRestoresThePreviousValueAndRedoReappliesIt) {
    MeasureEditorDialog dialog(*world.database, {}, fixedToday());
    fillIn(dialog, QTime(20, 0));
    ui::TimeField* end = dialog.timetable()->timeField(Weekday::Tuesday, Half::Afternoon, Bound::To);
    // Another field in between, so that the next time edits do not merge with the last one of fillIn.
    child<QSpinBox>(dialog, u"exclusionDaysSpin"_s)->setValue(2);
    const int before = dialog.undoStack()->count();

    // Two consecutive changes of one time field, typed key by key, are one undo step.
    typeInto(end, u"2015"_s);
    typeInto(end, u"20:30"_s);
    QStringList keys;
    for (int index = 0; index < dialog.undoStack()->count(); ++index)
        keys << static_cast<const ui::ValueChangeCommand*>(dialog.undoStack()->command(index))->mergeKey();
    EXPECT_EQ(dialog.undoStack()->count(), before + 1) << keys.join(u' ').toStdString();
    EXPECT_TRUE(dialog.findingsPanel()->ruleIds().contains(rules::id::RespDailyHours));

    dialog.undoStack()->undo();
    EXPECT_EQ(end->time(), QTime(20, 0));
    EXPECT_EQ(end->text(), u"20:00"_s);
    EXPECT_EQ(dialog.measure().slots, (TimeSlots{{Weekday::Tuesday, QTime(17, 0), QTime(20, 0)}}));
    EXPECT_FALSE(dialog.findingsPanel()->ruleIds().contains(rules::id::RespDailyHours));

    dialog.undoStack()->redo();
    EXPECT_EQ(end->time(), QTime(20, 30));
    EXPECT_TRUE(dialog.findingsPanel()->ruleIds().contains(rules::id::RespDailyHours));

    // A text field: undo gives back the previous text in the widget and in the measure.
    auto* transport = child<QLineEdit>(dialog, u"transportEdit"_s);
    QTest::keyClicks(transport, u"Bus 12"_s);
    EXPECT_EQ(dialog.measure().transport, u"Bus 12"_s);
    dialog.undoStack()->undo();
    EXPECT_EQ(transport->text(), QString());
    EXPECT_EQ(dialog.measure().transport, QString());

    // Ctrl+Z reaches the dialog's stack too.
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto* kind = child<QComboBox>(dialog, u"kindCombo"_s);
    kind->setCurrentIndex(kind->findData(key(MeasureKind::FollowUp)));
    EXPECT_EQ(dialog.measure().kind, MeasureKind::FollowUp);
    QTest::keyClick(&dialog, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(dialog.measure().kind, MeasureKind::Responsibility);
    EXPECT_EQ(kind->currentData().toString(), key(MeasureKind::Responsibility));
    QTest::keyClick(&dialog, Qt::Key_Y, Qt::ControlModifier);
    EXPECT_EQ(dialog.measure().kind, MeasureKind::FollowUp);
    script(dialog, true);
    dialog.reject();
}

TEST_F(MeasureEditorTest, SavingWithErrorsIsOnlyAsADraft) {
    MeasureEditorDialog dialog(*world.database, {}, fixedToday());
    fillIn(dialog, QTime(20, 30));
    auto* status = child<QComboBox>(dialog, u"statusCombo"_s);
    status->setCurrentIndex(status->findData(key(MeasureStatus::InProgress)));

    script(dialog, false);
    EXPECT_FALSE(dialog.save());
    ASSERT_EQ(asked, QList{MeasureEditorDialog::Question::SaveAsDraft});
    EXPECT_TRUE(lastText.contains(u"draft"_s)) << lastText.toStdString();
    EXPECT_TRUE(dialog.measure().id.isEmpty()) << "refusing the draft saves nothing";
    EXPECT_EQ(dialog.measure().status, MeasureStatus::InProgress);

    asked.clear();
    script(dialog, true);
    ASSERT_TRUE(dialog.save());
    EXPECT_EQ(asked, QList{MeasureEditorDialog::Question::SaveAsDraft});
    Result<Measure> stored = storage::MeasureRepository(*world.database).find(dialog.measure().id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->status, MeasureStatus::Planned);
    EXPECT_EQ(status->currentData().toString(), key(MeasureStatus::Planned));
}

TEST_F(MeasureEditorTest, StaleSaveOffersReloadOrKeepEditingAndNeverOverwrites) {
    QString id;
    {
        MeasureEditorDialog first(*world.database, {}, fixedToday());
        fillIn(first, QTime(20, 0));
        ASSERT_TRUE(first.save());
        id = first.measure().id;
    }
    MeasureEditorDialog dialog(*world.database, id, fixedToday());
    // Someone else saves the measure meanwhile.
    storage::MeasureRepository repository(*world.database);
    Measure theirs = repository.find(id).value();
    theirs.transport = u"Navette de la mairie"_s;
    ASSERT_TRUE(repository.save(theirs).ok());

    QTest::keyClicks(child<QLineEdit>(dialog, u"transportEdit"_s), u"A pied"_s);
    script(dialog, false);  // keep editing
    EXPECT_FALSE(dialog.save());
    EXPECT_EQ(asked, QList{MeasureEditorDialog::Question::ReloadTheirs});
    EXPECT_TRUE(dialog.isModified());
    EXPECT_EQ(dialog.measure().transport, u"A pied"_s);
    EXPECT_EQ(repository.find(id)->transport, u"Navette de la mairie"_s) << "never a silent overwrite";

    script(dialog, true);  // reload theirs
    EXPECT_FALSE(dialog.save());
    EXPECT_FALSE(dialog.isModified());
    EXPECT_EQ(dialog.measure().transport, u"Navette de la mairie"_s);
    EXPECT_EQ(child<QLineEdit>(dialog, u"transportEdit"_s)->text(), u"Navette de la mairie"_s);
    // Now up to date, an edit saves.
    QTest::keyClicks(child<QLineEdit>(dialog, u"transportEdit"_s), u" et a pied"_s);
    EXPECT_TRUE(dialog.save());
    EXPECT_EQ(repository.find(id)->transport, u"Navette de la mairie et a pied"_s);
}

TEST_F(MeasureEditorTest, ClosingWithUnsavedChangesAsks) {
    MeasureEditorDialog dialog(*world.database, {}, fixedToday());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    script(dialog, false);
    dialog.reject();  // nothing changed: closes without asking
    EXPECT_TRUE(asked.isEmpty());
    EXPECT_FALSE(dialog.isVisible());

    dialog.show();
    QTest::keyClicks(child<QLineEdit>(dialog, u"transportEdit"_s), u"Bus"_s);
    dialog.close();
    EXPECT_EQ(asked, QList{MeasureEditorDialog::Question::DiscardChanges});
    EXPECT_TRUE(dialog.isVisible()) << "the user chose to stay";
    script(dialog, true);
    dialog.reject();
    EXPECT_FALSE(dialog.isVisible());
}

TEST_F(MeasureEditorTest, ClickingAFindingFocusesItsField) {
    MeasureEditorDialog dialog(*world.database, {}, fixedToday());
    fillIn(dialog, QTime(20, 30));
    auto* tabs = child<QTabWidget>(dialog, u"tabs"_s);
    tabs->setCurrentIndex(0);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));

    QListWidget* list = dialog.findingsPanel()->list();
    QListWidgetItem* daily = nullptr;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(ui::FindingsPanel::RuleRole).toString() == rules::id::RespDailyHours)
            daily = list->item(row);
    }
    ASSERT_NE(daily, nullptr);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(daily).center());
    QWidget* slots = dialog.widgetForField(u"slots"_s);
    EXPECT_EQ(tabs->currentWidget(), child<QWidget>(dialog, u"timetableTab"_s));
    EXPECT_TRUE(slots->hasFocus());

    // Nested keys fall back to their closest known parent.
    EXPECT_EQ(dialog.widgetForField(u"insurances.host.contract"_s),
              child<QWidget>(dialog, u"hostContractEdit"_s));
    EXPECT_EQ(dialog.widgetForField(u"student.legalRepresentatives"_s),
              child<QWidget>(dialog, u"studentCombo"_s));
    EXPECT_EQ(dialog.widgetForField(u"nothing.known"_s), nullptr);
    script(dialog, true);
    dialog.reject();
}

TEST_F(MeasureEditorTest, FollowUpListsExpectedSessionsAndRecordsAttendance) {
    MeasureEditorDialog dialog(*world.database, {}, fixedToday());
    fillIn(dialog, QTime(20, 0));  // Tuesdays from Monday 30 November to Friday 11 December
    auto* table = child<QTableWidget>(dialog, u"attendanceTable"_s);
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_EQ(table->item(1, 2)->data(Qt::UserRole).toDate(), QDate(2026, 12, 8));

    auto* status = qobject_cast<QComboBox*>(table->cellWidget(0, 1));
    ASSERT_NE(status, nullptr);
    status->setCurrentIndex(status->findData(key(AttendanceStatus::Absent)));
    ASSERT_EQ(dialog.measure().attendance.size(), 1);
    EXPECT_EQ(dialog.measure().attendance[0].date, QDate(2026, 12, 1));
    EXPECT_EQ(dialog.measure().attendance[0].status, AttendanceStatus::Absent);

    table->item(0, 2)->setText(u"Malade, certificat"_s);
    ASSERT_EQ(dialog.measure().attendance.size(), 1);
    EXPECT_EQ(dialog.measure().attendance[0].note, u"Malade, certificat"_s);
    EXPECT_EQ(dialog.measure().attendance[0].status, AttendanceStatus::Absent);

    dialog.undoStack()->undo();
    ASSERT_EQ(dialog.measure().attendance.size(), 1);
    EXPECT_TRUE(dialog.measure().attendance[0].note.isEmpty());
    dialog.undoStack()->undo();
    EXPECT_TRUE(dialog.measure().attendance.isEmpty());
    status = qobject_cast<QComboBox*>(table->cellWidget(0, 1));
    ASSERT_NE(status, nullptr);
    EXPECT_EQ(status->currentIndex(), 0);

    // Shortening the measure to its first week leaves one expected session.
    typeDate(dialog, u"endDate"_s, u"4/12/2026"_s);
    EXPECT_EQ(table->rowCount(), 1);
}

TEST_F(MeasureEditorTest, UnknownIdReportsTheLoadError) {
    MeasureEditorDialog dialog(*world.database, u"measure-nowhere"_s, fixedToday());
    EXPECT_FALSE(dialog.loadError().isEmpty());
    EXPECT_TRUE(dialog.measure().id.isEmpty());
}

TEST_F(MeasureEditorTest, IncidentsAreRecordedAndTheHeadOfSchoolToldInTime) {
    MeasureEditorDialog dialog(*world.database, {}, fixedToday());
    script(dialog, true);
    fillIn(dialog, QTime(20, 0));
    auto* table = child<QTableWidget>(dialog, u"incidentsTable"_s);
    EXPECT_FALSE(child<QLineEdit>(dialog, u"incidentDescriptionEdit"_s)->isEnabled());

    QTest::mouseClick(child<QPushButton>(dialog, u"addIncidentButton"_s), Qt::LeftButton);
    ASSERT_EQ(dialog.measure().incidents.size(), 1);
    EXPECT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->currentRow(), 0);
    const QDateTime at(measureStart().addDays(1), QTime(17, 30));
    typeInto(child<DateTimeField>(dialog, u"incidentAtEdit"_s), u"01/12/2026"_s, u"17h30"_s);
    EXPECT_EQ(dialog.measure().incidents[0].at, at);
    QTest::keyClicks(child<QLineEdit>(dialog, u"incidentDescriptionEdit"_s), u"Dispute avec un camarade"_s);
    choose(dialog, u"incidentKindCombo"_s, key(IncidentKind::Behaviour));
    // Not told yet: the rules say so.
    EXPECT_TRUE(dialog.findingsPanel()->ruleIds().contains(rules::id::IncidentNotNotified));

    child<QCheckBox>(dialog, u"headNotifiedCheck"_s)->setChecked(true);
    auto* told = child<DateTimeField>(dialog, u"headNotifiedEdit"_s);
    EXPECT_EQ(told->dateTime(), at) << "the incident's own moment is proposed";
    typeInto(told->timeField(), u"1830"_s);
    EXPECT_FALSE(dialog.findingsPanel()->ruleIds().contains(rules::id::IncidentNotNotified))
        << describe(dialog.findings());
    // Told three days later is too late ("sans délai").
    typeInto(told->dateField(), u"4/12/2026"_s);
    EXPECT_EQ(dialog.measure().incidents[0].headNotifiedAt, at.addDays(3).addSecs(3600));
    EXPECT_TRUE(dialog.findingsPanel()->ruleIds().contains(rules::id::IncidentNotNotified));
    // An incident's moment cannot be emptied: the format requires it.
    typeInto(told->timeField(), QString());
    EXPECT_TRUE(told->timeField()->hasProblem());
    EXPECT_EQ(dialog.measure().incidents[0].headNotifiedAt, at.addDays(3).addSecs(3600));
    typeInto(told->timeField(), u"18:30"_s);
    // Ticking the box and typing the moment are separate undo steps: undo goes back to the ticked box.
    dialog.undoStack()->undo();
    EXPECT_EQ(dialog.measure().incidents[0].headNotifiedAt, at);
    EXPECT_EQ(told->timeField()->text(), u"17:30"_s);
    typeInto(told->timeField(), u"18h30"_s);

    auto* report = child<QGroupBox>(dialog, u"hostReportGroup"_s);
    report->setChecked(true);
    QTest::keyClicks(child<QLineEdit>(dialog, u"reportBehaviourEdit"_s), u"Correct"_s);
    child<QPlainTextEdit>(dialog, u"reportTextEdit"_s)->setPlainText(u"A aidé à la distribution."_s);
    ASSERT_TRUE(dialog.save());

    MeasureEditorDialog reopened(*world.database, dialog.measure().id, fixedToday());
    ASSERT_EQ(reopened.measure().incidents.size(), 1);
    const Incident& incident = reopened.measure().incidents[0];
    EXPECT_EQ(incident.at, at);
    EXPECT_EQ(incident.kind, IncidentKind::Behaviour);
    EXPECT_EQ(incident.description, u"Dispute avec un camarade"_s);
    EXPECT_EQ(incident.headNotifiedAt, at.addSecs(3600));
    ASSERT_TRUE(reopened.measure().hostReport.has_value());
    EXPECT_EQ(reopened.measure().hostReport->behaviour, u"Correct"_s);
    EXPECT_EQ(reopened.measure().hostReport->writtenOn, fixedToday());
    EXPECT_EQ(child<QTableWidget>(reopened, u"incidentsTable"_s)->item(0, 3)->text(),
              u"Dispute avec un camarade"_s);

    // Removing asks, then takes the incident away; undo brings it back.
    script(reopened, true);
    child<QTableWidget>(reopened, u"incidentsTable"_s)->setCurrentCell(0, 0);
    QTest::mouseClick(child<QPushButton>(reopened, u"removeIncidentButton"_s), Qt::LeftButton);
    EXPECT_EQ(asked.last(), MeasureEditorDialog::Question::Confirm);
    EXPECT_TRUE(reopened.measure().incidents.isEmpty());
    reopened.undoStack()->undo();
    EXPECT_EQ(reopened.measure().incidents.size(), 1);
}

TEST_F(MeasureEditorTest, SignaturesSayHowTheyWereGivenAndWhatIsStillToSign) {
    MeasureEditorDialog dialog(*world.database, {}, fixedToday());
    script(dialog, true);
    fillIn(dialog, QTime(20, 0));
    auto* summary = child<QLabel>(dialog, u"signatureSummaryLabel"_s);
    // fillIn dates the head of school, the host manager and the legal representative: a minor's document is
    // complete.
    EXPECT_EQ(summary->text(), u"Every signature the document needs is there."_s);
    typeDate(dialog, u"signatureHostManager"_s, QString());  // empty: not signed
    EXPECT_EQ(summary->text(), u"Still to sign: Host manager"_s);
    typeDate(dialog, u"signatureHostManager"_s, u"22/11/2026"_s);
    choose(dialog, u"signatureMethod_host-manager"_s, key(SignatureMethod::Digital));
    ASSERT_TRUE(dialog.save());

    MeasureEditorDialog reopened(*world.database, dialog.measure().id, fixedToday());
    const auto signature =
        std::find_if(reopened.measure().signatures.cbegin(), reopened.measure().signatures.cend(),
                     [](const RoleSignature& s) { return s.role == SignatureRole::HostManager; });
    ASSERT_NE(signature, reopened.measure().signatures.cend());
    EXPECT_EQ(signature->method, SignatureMethod::Digital);
    EXPECT_EQ(signature->signedOn, QDate(2026, 11, 22));
    EXPECT_EQ(child<QComboBox>(reopened, u"signatureMethod_host-manager"_s)->currentData().toString(),
              key(SignatureMethod::Digital));
}

TEST_F(MeasureEditorTest, TheLastRequiredSignatureMakesThePlannedMeasureSignedInOneUndoStep) {
    MeasureEditorDialog dialog(*world.database, {}, fixedToday());
    script(dialog, true);
    fillIn(dialog, QTime(20, 0));  // every signature a minor's responsibility measure needs
    auto* status = child<QComboBox>(dialog, u"statusCombo"_s);
    EXPECT_EQ(dialog.measure().status, MeasureStatus::Signed);
    EXPECT_EQ(status->currentData().toString(), key(MeasureStatus::Signed));

    typeDate(dialog, u"signatureLegalRepresentative"_s, QString());
    EXPECT_EQ(dialog.measure().status, MeasureStatus::Signed) << "removing a signature does not take it back";
    status->setCurrentIndex(status->findData(key(MeasureStatus::Planned)));
    typeDate(dialog, u"signatureLegalRepresentative"_s, u"21/11/2026"_s);
    EXPECT_EQ(dialog.measure().status, MeasureStatus::Signed);
    dialog.undoStack()->undo();
    EXPECT_EQ(dialog.measure().status, MeasureStatus::Planned) << "the signature and its status: one step";
    EXPECT_FALSE(dialog.measure().isSignedBy(SignatureRole::LegalRepresentative));
    dialog.undoStack()->redo();
    ASSERT_TRUE(dialog.save()) << lastText.toStdString();
    Result<Measure> stored = storage::MeasureRepository(*world.database).find(dialog.measure().id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->status, MeasureStatus::Signed);
}

TEST_F(MeasureEditorTest, TheStudentSearchRefillsTheListAndPicksTheOnlyMatch) {
    Student other = world.student;
    other.id.clear();
    other.revision = 0;
    other.firstName = u"Hélène"_s;
    other.lastName = u"Bernard"_s;
    const auto stored = storage::StudentRepository(*world.database).save(other);
    ASSERT_TRUE(stored.ok());
    MeasureEditorDialog dialog(*world.database, {}, fixedToday());
    auto* combo = child<QComboBox>(dialog, u"studentCombo"_s);
    EXPECT_EQ(combo->count(), 3);  // (none) and the two students

    QTest::keyClicks(child<QLineEdit>(dialog, u"studentSearchEdit"_s), u"helene"_s);
    QTest::qWait(400);
    EXPECT_EQ(combo->count(), 2);
    EXPECT_EQ(dialog.measure().studentId, stored->id);  // the only match is chosen, as an edit
    EXPECT_EQ(dialog.undoStack()->count(), 1);

    child<QLineEdit>(dialog, u"studentSearchEdit"_s)->setText(u"zzz"_s);
    QTest::qWait(400);
    // Nothing matches: the list keeps the student chosen, and the choice stays.
    EXPECT_EQ(combo->count(), 2);
    EXPECT_EQ(combo->currentData().toString(), stored->id);
}

TEST_F(MeasureEditorTest, DocumentsOpenForTheSavedMeasureOnly) {
    MeasureEditorDialog dialog(*world.database, {}, fixedToday());
    fillIn(dialog, QTime(20, 0));
    auto* documents = child<QPushButton>(dialog, u"documentsButton"_s);
    // Unsaved: the user declines to save, nothing opens and nothing is written.
    script(dialog, false);
    bool opened = false;
    QTimer::singleShot(0, [&opened] {
        if (auto* modal = qobject_cast<ui::RecordDocumentsDialog*>(QApplication::activeModalWidget())) {
            opened = true;
            modal->reject();
        }
    });
    documents->click();
    EXPECT_EQ(asked.last(), MeasureEditorDialog::Question::Confirm);
    EXPECT_FALSE(opened);
    EXPECT_TRUE(dialog.measure().id.isEmpty());

    // Agreeing saves the measure, then its documents dialog opens.
    script(dialog, true);
    QTimer::singleShot(100, [&opened] {
        if (auto* modal = qobject_cast<ui::RecordDocumentsDialog*>(QApplication::activeModalWidget())) {
            opened = modal->loadError().isEmpty();
            modal->reject();
        }
    });
    documents->click();
    EXPECT_TRUE(opened);
    EXPECT_FALSE(dialog.measure().id.isEmpty());
    EXPECT_FALSE(dialog.isModified());
}

TEST_F(MeasureEditorTest, UndoingPastASaveThenSavingUpdatesTheSameMeasure) {
    MeasureEditorDialog dialog(*world.database, {}, fixedToday());
    script(dialog, true);
    fillIn(dialog, QTime(20, 0));
    QTest::mouseClick(child<QPushButton>(dialog, u"addIncidentButton"_s), Qt::LeftButton);
    ASSERT_TRUE(dialog.save());
    const QString id = dialog.measure().id;
    const int revision = dialog.measure().revision;
    dialog.undoStack()->undo();  // the incident, added before the save (a whole-record edit)
    EXPECT_TRUE(dialog.measure().incidents.isEmpty());
    EXPECT_EQ(dialog.measure().id, id);
    EXPECT_EQ(dialog.measure().revision, revision);
    ASSERT_TRUE(dialog.save()) << lastText.toStdString();
    EXPECT_EQ(dialog.measure().id, id);
    EXPECT_EQ(storage::MeasureRepository(*world.database).list({})->total, 1);
}

TEST(ValueChangeCommandTest, MergesOnlyEditsOfTheSameField) {
    QVariant value = 1;
    const auto setter = [&value](const QVariant& v) { value = v; };
    QUndoStack stack;
    stack.push(new ui::ValueChangeCommand(u"a"_s, 1, 2, setter, u"edit"_s));
    stack.push(new ui::ValueChangeCommand(u"a"_s, 2, 3, setter, u"edit"_s));
    EXPECT_EQ(stack.count(), 1);
    EXPECT_EQ(value, 3);
    stack.push(new ui::ValueChangeCommand(u"b"_s, 3, 4, setter, u"edit"_s));
    EXPECT_EQ(stack.count(), 2);
    stack.undo();
    EXPECT_EQ(value, 3);
    stack.undo();
    EXPECT_EQ(value, 1);
    // Back to where it started: the merged command disappears.
    stack.redo();
    stack.push(new ui::ValueChangeCommand(u"a"_s, 3, 1, setter, u"edit"_s));
    EXPECT_EQ(stack.count(), 0);
    EXPECT_EQ(value, 1);
}

// Run with PASSERELLE_SCREENSHOT_DIR set (under xvfb-run at 1366x768) to write measure-editor.png there.
TEST_F(MeasureEditorTest, Screenshot) {
    const QString folder = qEnvironmentVariable("PASSERELLE_SCREENSHOT_DIR");
    if (folder.isEmpty())
        GTEST_SKIP() << "PASSERELLE_SCREENSHOT_DIR not set";
    ui::installTranslations(QLocale(QLocale::French, QLocale::France));
    MeasureEditorDialog dialog(*world.database, {}, fixedToday());
    fillIn(dialog, QTime(20, 30));
    setSlot(dialog, Weekday::Thursday, Half::Afternoon, QTime(17, 0), QTime(18, 30));
    child<QTabWidget>(dialog, u"tabs"_s)->setCurrentWidget(child<QWidget>(dialog, u"timetableTab"_s));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(200);
    ASSERT_TRUE(QDir().mkpath(folder));
    EXPECT_TRUE(dialog.grab().save(folder + u"/measure-editor.png"_s));
    script(dialog, true);
    dialog.reject();
}

}  // namespace
}  // namespace passerelle::test
