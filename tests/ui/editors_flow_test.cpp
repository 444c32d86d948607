// The whole flow of issue 4 through the editors only, on an empty database, as a school office would do it
// on its first day: the school, the host structure, the agreement, the student, then the measure whose
// timetable trips RESP-DAILY-HOURS until it is fixed; save, reopen, undo; the students list finds the
// student.
#include "fixtures.h"
#include "passerelle/rules/rule_ids.h"
#include "passerelle/storage/database.h"
#include "passerelle/storage/repositories.h"
#include "passerelle/ui/editors.h"
#include "passerelle/ui/findings_panel.h"
#include "passerelle/ui/list_page.h"
#include "passerelle/ui/main_window.h"
#include "passerelle/ui/measure_editor.h"
#include "passerelle/ui/timetable_widget.h"
#include "typing.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace passerelle::test {
namespace {

using namespace Qt::Literals::StringLiterals;
using ui::EditorKind;
using ui::RecordEditorDialog;
using Half = ui::TimetableWidget::Half;
using Bound = ui::TimetableWidget::Bound;

template <typename W>
W* child(const QWidget& dialog, const QString& name) {
    W* widget = dialog.findChild<W*>(name);
    if (widget == nullptr)
        ADD_FAILURE() << "no widget " << name.toStdString();
    return widget;
}

void choose(const QWidget& dialog, const QString& comboName, const QString& data) {
    auto* combo = child<QComboBox>(dialog, comboName);
    const int index = combo->findData(data);
    ASSERT_GE(index, 0) << comboName.toStdString() << " lacks " << data.toStdString();
    combo->setCurrentIndex(index);
}

// Adds a row with `buttonName` and types the values into its cells, as a user does.
void addRow(const QWidget& dialog, const QString& buttonName, const QString& tableName,
            const QStringList& values) {
    child<QPushButton>(dialog, buttonName)->click();
    auto* table = child<QTableWidget>(dialog, tableName);
    const int row = table->rowCount() - 1;
    ASSERT_GE(row, 0);
    // The text cells from the first one (a civility before the names is a choice, not a text).
    int first = 0;
    while (first < table->columnCount() && table->item(row, first) == nullptr)
        ++first;
    for (int column = 0; column < values.size(); ++column)
        table->item(row, first + column)->setText(values[column]);
}

// Types a half-day's times, as "0800" and "12h".
void setTimes(const QWidget& dialog, int day, int half, QTime from, QTime to) {
    typeInto(child<ui::TimeField>(dialog, u"time_%1_%2"_s.arg(day).arg(half * 2)), from.toString(u"HHmm"_s));
    typeInto(child<ui::TimeField>(dialog, u"time_%1_%2"_s.arg(day).arg(half * 2 + 1)),
             to.toString(u"H'h'mm"_s));
}

void typeDate(const QWidget& dialog, const QString& name, const QString& text) {
    typeInto(child<ui::DateField>(dialog, name), text);
}

class EditorsFlowTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = storage::Database::open(folder.path(u"flow.sqlite"_s));
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        database = std::move(opened).value();
    }

    std::unique_ptr<RecordEditorDialog> open(EditorKind kind, const QString& id = {}) {
        auto dialog = ui::makeEditor(kind, *database, id, fixedToday(), nullptr);
        dialog->setAsker([this](RecordEditorDialog::Question question, const QString&) {
            asked << question;
            return true;
        });
        return dialog;
    }

    QString saveAndClose(RecordEditorDialog& dialog) {
        EXPECT_TRUE(dialog.save());
        EXPECT_FALSE(dialog.isModified());
        return dialog.recordId();
    }

    TempFolder folder;
    std::unique_ptr<storage::Database> database;
    QList<RecordEditorDialog::Question> asked;
};

TEST_F(EditorsFlowTest, SchoolHostAgreementStudentAndMeasureThroughTheEditors) {
    // The school, its head and CPE, and its teaching hours (Monday to Friday 08:00-12:00 and 13:30-16:30).
    auto school = open(EditorKind::Organisation);
    choose(*school, u"kindCombo"_s, key(OrganisationKind::School));
    child<QLineEdit>(*school, u"nameEdit"_s)->setText(u"Collège Henri Matisse"_s);
    QTest::keyClicks(child<QLineEdit>(*school, u"uaiEdit"_s), u"0941234A"_s);
    addRow(*school, u"addPersonButton"_s, u"peopleTable"_s, {u"Claire"_s, u"Durand"_s, u"Principale"_s});
    addRow(*school, u"addPersonButton"_s, u"peopleTable"_s, {u"Nadia"_s, u"Benali"_s, u"CPE"_s});
    for (int day = 0; day < 5; ++day) {
        setTimes(*school, day, 0, QTime(8, 0), QTime(12, 0));
        setTimes(*school, day, 1, QTime(13, 30), QTime(16, 30));
    }
    const QString schoolId = saveAndClose(*school);
    ASSERT_FALSE(schoolId.isEmpty());

    // The host structure, its director (who signs) and the tutor.
    auto host = open(EditorKind::Organisation);
    choose(*host, u"kindCombo"_s, key(OrganisationKind::Association));
    child<QLineEdit>(*host, u"nameEdit"_s)->setText(u"ALCEJ"_s);
    addRow(*host, u"addPersonButton"_s, u"peopleTable"_s, {u"Paul"_s, u"Roux"_s, u"Directeur"_s});
    addRow(*host, u"addPersonButton"_s, u"peopleTable"_s, {u"Inès"_s, u"Moreau"_s, u"Animatrice"_s});
    const QString hostId = saveAndClose(*host);

    // Their agreement, signed by both.
    const auto personId = [this](const QString& organisationId, const QString& lastName) {
        storage::ListQuery query;
        query.schoolId = organisationId;
        auto people = storage::PersonRepository(*database).list(query);
        for (const Person& person : people ? people->items : QList<Person>{}) {
            if (person.lastName == lastName)
                return person.id;
        }
        ADD_FAILURE() << "nobody named " << lastName.toStdString();
        return QString();
    };
    auto agreement = open(EditorKind::Agreement);
    choose(*agreement, u"kindCombo"_s, key(AgreementKind::ResponsibilityMeasures));
    child<QLineEdit>(*agreement, u"titleEdit"_s)->setText(u"Mesures de responsabilisation — ALCEJ"_s);
    for (const auto& [organisation, representative] : {std::pair{schoolId, personId(schoolId, u"Durand"_s)},
                                                       std::pair{hostId, personId(hostId, u"Roux"_s)}}) {
        choose(*agreement, u"newPartyOrganisationCombo"_s, organisation);
        choose(*agreement, u"newPartyRepresentativeCombo"_s, representative);
        QTest::mouseClick(child<QPushButton>(*agreement, u"addPartyButton"_s), Qt::LeftButton);
    }
    typeDate(*agreement, u"signedOnDate"_s, u"15/09/2026"_s);
    typeDate(*agreement, u"startDate"_s, u"15/9/26"_s);
    child<QRadioButton>(*agreement, u"durationRadio"_s)->click();
    child<QSpinBox>(*agreement, u"durationSpin"_s)->setValue(3);
    auto* signatures = child<QTableWidget>(*agreement, u"signaturesTable"_s);
    ASSERT_EQ(signatures->rowCount(), 2);
    signatures->item(0, 1)->setCheckState(Qt::Checked);
    signatures->item(1, 1)->setCheckState(Qt::Checked);
    const QString agreementId = saveAndClose(*agreement);

    // The student and her mother, who consents to the follow-up.
    auto student = open(EditorKind::Student);
    child<QLineEdit>(*student, u"firstNameEdit"_s)->setText(u"Hélène"_s);
    child<QLineEdit>(*student, u"lastNameEdit"_s)->setText(u"Lefèvre"_s);
    typeDate(*student, u"birthDateEdit"_s, u"14032012"_s);
    child<QLineEdit>(*student, u"classEdit"_s)->setText(u"4e B"_s);
    choose(*student, u"schoolCombo"_s, schoolId);
    addRow(*student, u"addRepresentativeButton"_s, u"representativesTable"_s,
           {u"Sophie"_s, u"Lefèvre"_s, u"mère"_s, u"3 rue des Lilas, 94600 Choisy-le-Roi"_s,
            u"06 12 34 56 78"_s});
    child<QCheckBox>(*student, u"followUpConsentCheck"_s)->setChecked(true);
    const QString studentId = saveAndClose(*student);

    // The measure: 3 h 30 on a Tuesday evening is over the 3 hours a day.
    auto dialog = open(EditorKind::Measure);
    auto& measure = static_cast<ui::MeasureEditorDialog&>(*dialog);
    choose(measure, u"studentCombo"_s, studentId);
    choose(measure, u"agreementCombo"_s, agreementId);
    choose(measure, u"hostCombo"_s, hostId);
    choose(measure, u"hostTutorCombo"_s, personId(hostId, u"Moreau"_s));
    choose(measure, u"schoolFollowerCombo"_s, personId(schoolId, u"Benali"_s));
    typeDate(measure, u"startDate"_s, u"30/11/2026"_s);
    typeDate(measure, u"endDate"_s, u"2026-12-11"_s);
    child<QCheckBox>(measure, u"studentConsentCheck"_s)->setChecked(true);
    child<QCheckBox>(measure, u"representativeConsentCheck"_s)->setChecked(true);
    child<QPlainTextEdit>(measure, u"objectivesEdit"_s)->setPlainText(u"Réparer le tort causé"_s);
    child<QPlainTextEdit>(measure, u"activitiesEdit"_s)->setPlainText(u"Aide au tri des dons"_s);
    child<QPlainTextEdit>(measure, u"placesEdit"_s)->setPlainText(u"Local de l'ALCEJ"_s);
    typeInto(measure.timetable()->timeField(Weekday::Tuesday, Half::Afternoon, Bound::From), u"17h"_s);
    typeInto(measure.timetable()->timeField(Weekday::Tuesday, Half::Afternoon, Bound::To), u"20 h 30"_s);
    EXPECT_TRUE(measure.findingsPanel()->ruleIds().contains(rules::id::RespDailyHours));
    typeInto(measure.timetable()->timeField(Weekday::Tuesday, Half::Afternoon, Bound::To), u"2000"_s);
    EXPECT_FALSE(measure.findingsPanel()->ruleIds().contains(rules::id::RespDailyHours));
    EXPECT_FALSE(measure.findingsPanel()->ruleIds().contains(rules::id::RespTeachingHours))
        << "17:00-20:00 is after the school's lessons";
    child<QLineEdit>(measure, u"schoolInsurerEdit"_s)->setText(u"MAIF"_s);
    child<QLineEdit>(measure, u"schoolContractEdit"_s)->setText(u"EPLE-4521"_s);
    child<QLineEdit>(measure, u"hostInsurerEdit"_s)->setText(u"MACIF"_s);
    child<QLineEdit>(measure, u"hostContractEdit"_s)->setText(u"RC-889"_s);
    typeDate(measure, u"signatureHeadOfSchool"_s, u"20/11/2026"_s);
    typeDate(measure, u"signatureHostManager"_s, u"20.11.2026"_s);
    typeDate(measure, u"signatureLegalRepresentative"_s, u"21-11-2026"_s);
    std::string errors;
    for (const rules::Finding& finding : measure.findings())
        if (finding.severity == rules::Severity::Error)
            errors += QString(finding.rule + u": "_s + finding.message + u"\n"_s).toStdString();
    EXPECT_EQ(errors, "") << "a measure made through the editors alone can be complete";
    const QString measureId = saveAndClose(measure);
    EXPECT_FALSE(asked.contains(RecordEditorDialog::Question::SaveAsDraft));

    // Reopened, the measure is as saved; an edit is undone.
    auto reopened = open(EditorKind::Measure, measureId);
    auto& again = static_cast<ui::MeasureEditorDialog&>(*reopened);
    ASSERT_TRUE(again.loadError().isEmpty());
    EXPECT_EQ(again.measure().studentId, studentId);
    EXPECT_EQ(again.measure().agreementId, agreementId);
    EXPECT_EQ(again.timetable()->timeField(Weekday::Tuesday, Half::Afternoon, Bound::To)->time(),
              QTime(20, 0));
    child<QPlainTextEdit>(again, u"placesEdit"_s)->setPlainText(u"Gymnase"_s);
    EXPECT_TRUE(again.isModified());
    again.undoStack()->undo();
    EXPECT_EQ(again.measure().places, u"Local de l'ALCEJ"_s);
    EXPECT_FALSE(again.isModified());

    // The students list finds her without the accents, and every list model behaves.
    ui::MainWindow window(*database, fixedToday());
    ui::ListPage* students = window.studentsPage();
    students->setSearchText(u"helene lefevre"_s);
    students->applySearch();
    QAbstractItemModel* model = students->findChild<QTableView*>()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_TRUE(model->index(0, 0).data().toString().contains(u"Lef"_s));
}

}  // namespace
}  // namespace passerelle::test
