// The student editor driven through its widgets on a real (temporary) database: identity, school, legal
// representatives and consents saved and reopened, undo and redo, and the Students list finding the result.
#include "passerelle/ui/student_editor.h"
#include "measure_editor_fixture.h"
#include "passerelle/storage/repositories.h"
#include "passerelle/ui/list_page.h"
#include "passerelle/ui/student_table_model.h"
#include "passerelle/ui/translations.h"
#include "table_typing.h"
#include "typing.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace passerelle::test {
namespace {

using namespace Qt::Literals::StringLiterals;
using ui::DateField;
using ui::StudentEditorDialog;
using Question = StudentEditorDialog::Question;

enum RepresentativeColumn { Civility, FirstName, LastName, Relation, Address, Phone, Email };

class StudentEditorTest : public ::testing::Test {
protected:
    void script(StudentEditorDialog& dialog, bool answer) {
        dialog.setAsker([this, answer](Question question, const QString& text) {
            asked << question;
            lastText = text;
            return answer;
        });
    }

    template <typename W>
    static W* child(const StudentEditorDialog& dialog, const QString& name) {
        W* widget = dialog.findChild<W*>(name);
        if (widget == nullptr)
            ADD_FAILURE() << "no widget " << name.toStdString();
        return widget;
    }

    void fillIn(const StudentEditorDialog& dialog) {
        child<QLineEdit>(dialog, u"firstNameEdit"_s)
            ->setText(u"Zéphyrine"_s);  // accents: QTest types ASCII only
        QTest::keyClicks(child<QLineEdit>(dialog, u"lastNameEdit"_s), u"Quatremare"_s);
        typeInto(child<DateField>(dialog, u"birthDateEdit"_s), u"15/3/12"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"classEdit"_s), u"4e A"_s);
        auto* school = child<QComboBox>(dialog, u"schoolCombo"_s);
        ASSERT_GE(school->findData(world.school.id), 0);
        EXPECT_EQ(school->findData(world.host.id), -1) << "only schools are offered";
        school->setCurrentIndex(school->findData(world.school.id));
        child<QPushButton>(dialog, u"addRepresentativeButton"_s)->click();
        auto* table = child<QTableWidget>(dialog, u"representativesTable"_s);
        ASSERT_EQ(table->rowCount(), 1);
        const QStringList values{u"Marc"_s,           u"Quatremare"_s,
                                 u"père"_s,           u"12 allée des Tilleuls, 94000 Créteil"_s,
                                 u"06 12 34 56 78"_s, u"marc.q@example.fr"_s};
        for (int column = 0; column < values.size(); ++column)
            table->item(0, FirstName + column)->setText(values[column]);
        child<QCheckBox>(dialog, u"followUpConsentCheck"_s)->setChecked(true);
    }

    MeasureEditorWorld world;
    QList<Question> asked;
    QString lastText;
};

TEST_F(StudentEditorTest, NewStudentWithARepresentativeSavesAndReopens) {
    QString id;
    {
        StudentEditorDialog dialog(*world.database, {}, fixedToday());
        script(dialog, true);
        EXPECT_TRUE(dialog.windowTitle().startsWith(u"New student"_s));
        fillIn(dialog);
        // 14 on 24 November 2026, born 15 March 2012.
        // (The tests install no translator: the label reads "14 year(s) old" here, "14 years old" in English,
        // "14 ans" in French.)
        EXPECT_TRUE(child<QLabel>(dialog, u"ageLabel"_s)->text().startsWith(u"14 "_s))
            << child<QLabel>(dialog, u"ageLabel"_s)->text().toStdString();
        ASSERT_TRUE(dialog.save()) << lastText.toStdString();
        EXPECT_TRUE(asked.isEmpty());
        EXPECT_FALSE(dialog.isModified());
        id = dialog.record().id;
        ASSERT_FALSE(id.isEmpty());
        EXPECT_TRUE(dialog.windowTitle().startsWith(u"Student — Zéphyrine Quatremare"_s))
            << dialog.windowTitle().toStdString();
    }
    Result<Student> stored = storage::StudentRepository(*world.database).find(id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->fullName(), u"Zéphyrine Quatremare"_s);
    EXPECT_EQ(stored->birthDate, QDate(2012, 3, 15));
    EXPECT_EQ(stored->className, u"4e A"_s);
    EXPECT_EQ(stored->schoolId, world.school.id);
    EXPECT_TRUE(stored->consents.followUp);
    EXPECT_FALSE(stored->consents.image);
    ASSERT_EQ(stored->legalRepresentatives.size(), 1);
    EXPECT_EQ(
        stored->legalRepresentatives[0],
        (LegalRepresentative{u"Marc"_s, u"Quatremare"_s, u"père"_s, u"12 allée des Tilleuls, 94000 Créteil"_s,
                             u"06 12 34 56 78"_s, u"marc.q@example.fr"_s}));

    StudentEditorDialog reopened(*world.database, id, fixedToday());
    EXPECT_TRUE(reopened.loadError().isEmpty());
    EXPECT_FALSE(reopened.isModified());
    EXPECT_EQ(reopened.record(), stored.value());
    EXPECT_EQ(child<QLineEdit>(reopened, u"lastNameEdit"_s)->text(), u"Quatremare"_s);
    EXPECT_EQ(child<DateField>(reopened, u"birthDateEdit"_s)->date(), QDate(2012, 3, 15));
    EXPECT_EQ(child<DateField>(reopened, u"birthDateEdit"_s)->text(), u"15/03/2012"_s);
    EXPECT_EQ(child<QComboBox>(reopened, u"schoolCombo"_s)->currentData().toString(), world.school.id);
    EXPECT_TRUE(child<QCheckBox>(reopened, u"followUpConsentCheck"_s)->isChecked());
    EXPECT_FALSE(child<QCheckBox>(reopened, u"imageConsentCheck"_s)->isChecked());
    auto* table = child<QTableWidget>(reopened, u"representativesTable"_s);
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, Relation)->text(), u"père"_s);
    EXPECT_EQ(table->item(0, Email)->text(), u"marc.q@example.fr"_s);
}

TEST_F(StudentEditorTest, NameEditsUndoAndRedo) {
    StudentEditorDialog dialog(*world.database, world.student.id, fixedToday());
    auto* lastName = child<QLineEdit>(dialog, u"lastNameEdit"_s);
    lastName->clear();
    QTest::keyClicks(lastName, u"Martin-Dubois"_s);
    EXPECT_EQ(dialog.record().lastName, u"Martin-Dubois"_s);
    EXPECT_TRUE(dialog.windowTitle().contains(u"Laura Martin-Dubois"_s))
        << dialog.windowTitle().toStdString();
    // Every keystroke of one field is one undo step.
    EXPECT_EQ(dialog.undoStack()->count(), 1);

    dialog.undoStack()->undo();
    EXPECT_EQ(dialog.record().lastName, u"Martin"_s);
    EXPECT_EQ(lastName->text(), u"Martin"_s);
    EXPECT_FALSE(dialog.isModified());
    dialog.undoStack()->redo();
    EXPECT_EQ(lastName->text(), u"Martin-Dubois"_s);
    EXPECT_TRUE(dialog.isModified());

    // A representative's cell is undoable too, separately from the name.
    auto* table = child<QTableWidget>(dialog, u"representativesTable"_s);
    ASSERT_EQ(table->rowCount(), 1);
    table->item(0, Phone)->setText(u"06 98 76 54 32"_s);
    EXPECT_EQ(dialog.record().legalRepresentatives[0].phone, u"06 98 76 54 32"_s);
    dialog.undoStack()->undo();
    EXPECT_TRUE(table->item(0, Phone)->text().isEmpty());
    EXPECT_EQ(dialog.record().lastName, u"Martin-Dubois"_s);

    script(dialog, true);
    ASSERT_TRUE(dialog.save()) << lastText.toStdString();
    EXPECT_EQ(storage::StudentRepository(*world.database).find(world.student.id)->lastName,
              u"Martin-Dubois"_s);
    // Undoing past the save and saving again is no conflict with itself.
    dialog.undoStack()->undo();
    asked.clear();
    ASSERT_TRUE(dialog.save()) << lastText.toStdString();
    EXPECT_TRUE(asked.isEmpty());
    EXPECT_EQ(storage::StudentRepository(*world.database).find(world.student.id)->lastName, u"Martin"_s);
}

TEST_F(StudentEditorTest, RemovingARepresentativeAsks) {
    StudentEditorDialog dialog(*world.database, world.student.id, fixedToday());
    auto* table = child<QTableWidget>(dialog, u"representativesTable"_s);
    table->setCurrentCell(0, 0);
    script(dialog, false);
    child<QPushButton>(dialog, u"removeRepresentativeButton"_s)->click();
    EXPECT_EQ(asked, QList{Question::Confirm});
    EXPECT_TRUE(lastText.contains(u"Sophie Martin"_s)) << lastText.toStdString();
    EXPECT_EQ(table->rowCount(), 1);

    script(dialog, true);
    child<QPushButton>(dialog, u"removeRepresentativeButton"_s)->click();
    EXPECT_EQ(table->rowCount(), 0);
    EXPECT_TRUE(dialog.record().legalRepresentatives.isEmpty());
    dialog.undoStack()->undo();
    EXPECT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, FirstName)->text(), u"Sophie"_s);
}

TEST_F(StudentEditorTest, AgeFollowsTheBirthDateAndAnUnknownDateShowsNone) {
    StudentEditorDialog dialog(*world.database, {}, fixedToday());
    auto* age = child<QLabel>(dialog, u"ageLabel"_s);
    EXPECT_TRUE(age->text().isEmpty());
    auto* birth = child<DateField>(dialog, u"birthDateEdit"_s);
    typeInto(birth, u"25/11/08"_s);  // 18 tomorrow
    EXPECT_TRUE(age->text().startsWith(u"17 "_s)) << age->text().toStdString();
    EXPECT_EQ(dialog.record().birthDate, QDate(2008, 11, 25));
    typeInto(birth, QString());
    EXPECT_FALSE(dialog.record().birthDate.isValid());
    EXPECT_TRUE(age->text().isEmpty());
    script(dialog, true);
}

TEST_F(StudentEditorTest, AStudentNeedsANameAndTheMessageSaysWhich) {
    StudentEditorDialog dialog(*world.database, {}, fixedToday());
    script(dialog, false);
    child<QLineEdit>(dialog, u"firstNameEdit"_s)->setText(u"Inès"_s);  // accents: QTest types ASCII only
    EXPECT_FALSE(dialog.save());
    EXPECT_EQ(asked, QList{Question::SaveFailed});
    EXPECT_TRUE(lastText.contains(u"Last name"_s)) << lastText.toStdString();
    EXPECT_TRUE(dialog.record().id.isEmpty());
}

TEST_F(StudentEditorTest, TheStudentsListFindsTheNewStudent) {
    {
        StudentEditorDialog dialog(*world.database, {}, fixedToday());
        script(dialog, true);
        fillIn(dialog);
        ASSERT_TRUE(dialog.save()) << lastText.toStdString();
    }
    QUndoStack undoStack;
    ui::ListPage page(new ui::StudentTableModel(*world.database), {}, undoStack);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setSearchText(u"zephyrine"_s);  // accent-blind, as a CPE types it
    auto* model = static_cast<ui::StudentTableModel*>(page.model());
    ASSERT_EQ(model->totalCount(), 1);
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->studentAt(0)->lastName, u"Quatremare"_s);
    EXPECT_EQ(model->studentAt(0)->className, u"4e A"_s);
    page.setSearchText(u"quatrem"_s);
    EXPECT_EQ(model->totalCount(), 1);
}

// Run with PASSERELLE_SCREENSHOT_DIR set (under xvfb-run at 1366x768) to write student-editor-*.png there.
TEST_F(StudentEditorTest, Screenshot) {
    const QString folder = qEnvironmentVariable("PASSERELLE_SCREENSHOT_DIR");
    if (folder.isEmpty())
        GTEST_SKIP() << "PASSERELLE_SCREENSHOT_DIR not set";
    ui::installTranslations(QLocale(QLocale::French, QLocale::France));
    StudentEditorDialog dialog(*world.database, world.student.id, fixedToday());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    ASSERT_TRUE(QDir().mkpath(folder));
    auto* tabs = child<QTabWidget>(dialog, u"tabs"_s);
    for (const QString& tab : {u"generalTab"_s, u"representativesTab"_s}) {
        tabs->setCurrentWidget(child<QWidget>(dialog, tab));
        QTest::qWait(100);
        EXPECT_TRUE(dialog.grab().save(folder + u"/student-editor-"_s + tab + u".png"_s));
    }
    script(dialog, true);
    dialog.reject();
}

// A legal representative's civility (issue 12): chosen by keys in the combo box before the first name, one
// undo step, saved with the representative; a new representative starts without one, typing at the first
// name.
TEST_F(StudentEditorTest, ARepresentativesCivilityIsChosenByKeysAndSaved) {
    StudentEditorDialog dialog(*world.database, world.student.id, fixedToday());
    script(dialog, true);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    child<QTabWidget>(dialog, u"tabs"_s)->setCurrentWidget(child<QWidget>(dialog, u"representativesTab"_s));
    auto* table = child<QTableWidget>(dialog, u"representativesTable"_s);
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->horizontalHeaderItem(Civility)->text(), u"Civility"_s);
    QComboBox* civility = comboInCell(table, 0, Civility);
    ASSERT_NE(civility, nullptr);
    EXPECT_EQ(civility->currentText(), u"—"_s);
    chooseByTyping(civility, u"Mme"_s);
    EXPECT_EQ(dialog.record().legalRepresentatives[0].civility, u"Mme"_s);
    dialog.undoStack()->undo();
    EXPECT_TRUE(dialog.record().legalRepresentatives[0].civility.isEmpty());
    EXPECT_EQ(comboInCell(table, 0, Civility)->currentText(), u"—"_s);
    dialog.undoStack()->redo();
    EXPECT_EQ(comboInCell(table, 0, Civility)->currentText(), u"Mme"_s);

    child<QPushButton>(dialog, u"addRepresentativeButton"_s)->click();
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_EQ(table->currentColumn(), FirstName) << "typing starts at the first name";
    typeIntoCell(table, 1, FirstName, u"Marc"_s);
    typeIntoCell(table, 1, LastName, u"Martin"_s);
    chooseByTyping(comboInCell(table, 1, Civility), u"M."_s);
    EXPECT_EQ(dialog.record().legalRepresentatives[1].civility, u"M."_s);

    ASSERT_TRUE(dialog.save()) << lastText.toStdString();
    Result<Student> stored = storage::StudentRepository(*world.database).find(world.student.id);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->legalRepresentatives.size(), 2);
    EXPECT_EQ(stored->legalRepresentatives[0].civility, u"Mme"_s);
    EXPECT_EQ(stored->legalRepresentatives[1].fullName(), u"Marc Martin"_s);
    EXPECT_EQ(stored->legalRepresentatives[1].civility, u"M."_s);
}

}  // namespace
}  // namespace passerelle::test
