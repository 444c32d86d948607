// The keys of an editor as a CPE presses them (issue 11): Enter never saves nor closes, Ctrl+S does; a date
// or a time typed that is not one stops the save, naming the field; undoing and closing without saving
// never share a word.
#include "english_texts.h"
#include "fixtures.h"
#include "measure_editor_fixture.h"
#include "passerelle/storage/repositories.h"
#include "passerelle/ui/agreement_editor.h"
#include "passerelle/ui/group_activity_editor.h"
#include "passerelle/ui/measure_editor.h"
#include "passerelle/ui/settings_dialog.h"
#include "passerelle/ui/student_editor.h"
#include "passerelle/ui/timetable_widget.h"
#include "typing.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace passerelle::test {
namespace {

using namespace Qt::Literals::StringLiterals;
using ui::DateField;
using ui::RecordEditorDialog;
using ui::TimeField;
using Question = RecordEditorDialog::Question;
using Half = ui::TimetableWidget::Half;
using Bound = ui::TimetableWidget::Bound;

class EditorKeysTest : public ::testing::Test {
protected:
    void script(RecordEditorDialog& dialog, bool answer) {
        dialog.setAsker([this, answer](Question question, const QString& text) {
            asked << question;
            lastText = text;
            return answer;
        });
    }

    static void showActive(QWidget& dialog) {
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    }

    template <typename W>
    static W* child(const QWidget& parent, const QString& name) {
        W* widget = parent.findChild<W*>(name);
        if (widget == nullptr)
            ADD_FAILURE() << "no widget " << name.toStdString();
        return widget;
    }

    // Clicks into `widget` (a field's line edit, a combo box ...), types `text`, then presses Enter.
    static void typeThenEnter(QWidget* widget, const QString& text = {}) {
        widget->setFocus(Qt::MouseFocusReason);
        ASSERT_TRUE(widget->hasFocus());
        QWidget* focus = QApplication::focusWidget();
        if (!text.isEmpty())
            QTest::keyClicks(focus, text);
        QTest::keyClick(focus, Qt::Key_Return);
        QTest::keyClick(focus, Qt::Key_Enter, Qt::KeypadModifier);
    }

    EnglishSourceTexts english;
    MeasureEditorWorld world;
    QList<Question> asked;
    QString lastText;
};

// The report of issue 11: Enter inside a date box saved the whole agreement.
TEST_F(EditorKeysTest, EnterInAnyFieldOfTheAgreementEditorNeitherSavesNorCloses) {
    ui::AgreementEditorDialog dialog(*world.database, {}, fixedToday());
    script(dialog, true);
    showActive(dialog);
    QSignalSpy saved(&dialog, &RecordEditorDialog::saved);

    auto* signedOn = child<DateField>(dialog, u"signedOnDate"_s);
    typeThenEnter(signedOn->lineEdit(), u"15/09/2026"_s);
    EXPECT_EQ(signedOn->text(), u"15/09/2026"_s);
    EXPECT_EQ(dialog.record().signedOn, QDate(2026, 9, 15));
    typeThenEnter(child<QLineEdit>(dialog, u"titleEdit"_s), u"Convention ALCEJ"_s);
    typeThenEnter(child<QComboBox>(dialog, u"statusCombo"_s));
    typeThenEnter(child<QSpinBox>(dialog, u"copiesSpin"_s), u"2"_s);
    // An invalid date too: Enter shows its reason, and still saves nothing.
    typeThenEnter(child<DateField>(dialog, u"startDate"_s)->lineEdit(), u"31/02/2026"_s);
    EXPECT_TRUE(child<DateField>(dialog, u"startDate"_s)->reasonLabel()->isVisible());

    EXPECT_TRUE(dialog.isVisible()) << "Enter closed the editor";
    EXPECT_TRUE(saved.isEmpty()) << "Enter saved the agreement";
    EXPECT_TRUE(asked.isEmpty());
    EXPECT_TRUE(dialog.record().id.isEmpty());
    EXPECT_TRUE(dialog.isModified());
    EXPECT_EQ(dialog.record().title, u"Convention ALCEJ"_s);
    for (const QPushButton* button : dialog.findChildren<QPushButton*>()) {
        EXPECT_FALSE(button->isDefault()) << button->text().toStdString();
        EXPECT_FALSE(button->autoDefault()) << button->text().toStdString();
    }

    // Ctrl+S saves, once the date is right.
    typeInto(child<DateField>(dialog, u"startDate"_s), u"15/09/2026"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    // Ctrl+S saves at once (the key, not an animated click of the button).
    ASSERT_EQ(saved.size(), 1) << lastText.toStdString();
    EXPECT_FALSE(dialog.record().id.isEmpty());
    EXPECT_TRUE(dialog.isVisible()) << "saving does not close";
}

TEST_F(EditorKeysTest, EnterInATimeOfTheTimetableOrALineEditSavesNothing) {
    ui::MeasureEditorDialog dialog(*world.database, {}, fixedToday());
    script(dialog, true);
    showActive(dialog);
    child<QTabWidget>(dialog, u"tabs"_s)->setCurrentWidget(child<QWidget>(dialog, u"timetableTab"_s));
    TimeField* from = dialog.timetable()->timeField(Weekday::Tuesday, Half::Afternoon, Bound::From);
    TimeField* to = dialog.timetable()->timeField(Weekday::Tuesday, Half::Afternoon, Bound::To);
    typeThenEnter(from->lineEdit(), u"0800"_s);
    EXPECT_EQ(from->text(), u"08:00"_s) << "Enter writes the time as leaving does";
    // Tab moves on to the end of the half-day, where "12h" is typed.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_TRUE(to->lineEdit()->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), u"12h"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(to->text(), u"12:00"_s);
    EXPECT_EQ(dialog.measure().slots, (TimeSlots{{Weekday::Tuesday, QTime(8, 0), QTime(12, 0)}}));
    typeThenEnter(to->lineEdit(), u"25h"_s);  // not a time: shown under the grid
    EXPECT_TRUE(dialog.timetable()->problemsLabel()->isVisible());
    EXPECT_TRUE(dialog.timetable()->problemsLabel()->text().contains(u"Tuesday afternoon, end"_s))
        << dialog.timetable()->problemsLabel()->text().toStdString();
    EXPECT_EQ(dialog.measure().slots, (TimeSlots{{Weekday::Tuesday, QTime(8, 0), QTime(12, 0)}}));
    typeThenEnter(child<QLineEdit>(dialog, u"transportEdit"_s), u"Bus 12"_s);

    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(asked.isEmpty()) << "no save was even tried";
    EXPECT_TRUE(dialog.measure().id.isEmpty());

    // Delete empties a time: no slot any more.
    from->setFocus(Qt::TabFocusReason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
    EXPECT_TRUE(dialog.measure().slots.isEmpty());
}

// A text that is not a date stops the save, whichever the field: the message names it and says why, and
// the field gets the focus (on its tab).
TEST_F(EditorKeysTest, SavingIsRefusedWhileAFieldHoldsWhatIsNotADate) {
    ui::StudentEditorDialog dialog(*world.database, {}, fixedToday());
    script(dialog, true);
    showActive(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, u"lastNameEdit"_s), u"Martin"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"firstNameEdit"_s), u"Leo"_s);
    auto* birth = child<DateField>(dialog, u"birthDateEdit"_s);
    typeInto(birth, u"32/01/2012"_s);
    child<QLineEdit>(dialog, u"classEdit"_s)->setFocus();
    EXPECT_FALSE(dialog.save());
    EXPECT_EQ(asked, QList{Question::SaveFailed});
    EXPECT_TRUE(lastText.contains(u"\"Birth date\""_s)) << lastText.toStdString();
    EXPECT_TRUE(lastText.contains(u"\"32/01/2012\""_s)) << lastText.toStdString();
    EXPECT_TRUE(lastText.contains(u"day 32"_s)) << lastText.toStdString();
    EXPECT_TRUE(birth->hasFocus());
    EXPECT_EQ(birth->text(), u"32/01/2012"_s);
    EXPECT_TRUE(dialog.record().id.isEmpty());

    // Emptied, the date is "unknown" and the student saves.
    typeInto(birth, QString());
    asked.clear();
    EXPECT_TRUE(dialog.save()) << lastText.toStdString();
    EXPECT_TRUE(asked.isEmpty());
    EXPECT_FALSE(dialog.record().birthDate.isValid());
}

TEST_F(EditorKeysTest, ACellOfASessionIsTypedAndNamedWhenItIsWrong) {
    ui::GroupActivityEditorDialog dialog(*world.database, {}, fixedToday());
    script(dialog, true);
    QTest::keyClicks(child<QLineEdit>(dialog, u"titleEdit"_s), u"Atelier"_s);
    QTest::mouseClick(child<QPushButton>(dialog, u"addSessionButton"_s), Qt::LeftButton);
    auto* sessions = child<QTableWidget>(dialog, u"sessionsTable"_s);
    ASSERT_EQ(sessions->rowCount(), 1);
    auto* date = qobject_cast<DateField*>(sessions->cellWidget(0, 0));
    auto* start = qobject_cast<TimeField*>(sessions->cellWidget(0, 1));
    auto* cancelled = qobject_cast<ui::DateTimeField*>(sessions->cellWidget(0, 3));
    ASSERT_TRUE(date && start && cancelled);
    typeInto(date, u"1/12/26"_s);
    typeInto(start, u"1430"_s);
    EXPECT_EQ(dialog.record().sessions[0].date, QDate(2026, 12, 1));
    EXPECT_EQ(dialog.record().sessions[0].start, QTime(14, 30));
    // Cancelled the day before at noon, when the partner warned.
    typeInto(cancelled, u"30/11/2026"_s, u"12h"_s);
    EXPECT_EQ(dialog.record().sessions[0].cancelledAt, QDateTime(QDate(2026, 11, 30), QTime(12, 0)));

    // A wrong time is refused by the cell and by Save, which names the column and the row.
    typeInto(start, u"14h75"_s);
    EXPECT_EQ(dialog.record().sessions[0].start, QTime(14, 30));
    EXPECT_EQ(start->lineEdit()->toolTip(), start->problem()) << "no room beside a cell: the tooltip";
    EXPECT_FALSE(dialog.save());
    EXPECT_TRUE(lastText.contains(u"\"From, row 1\""_s)) << lastText.toStdString();
    // Adding a session keeps what was typed in the first one.
    QTest::mouseClick(child<QPushButton>(dialog, u"addSessionButton"_s), Qt::LeftButton);
    ASSERT_EQ(sessions->rowCount(), 2);
    start = qobject_cast<TimeField*>(sessions->cellWidget(0, 1));
    EXPECT_EQ(start->text(), u"14h75"_s);
    EXPECT_TRUE(start->hasProblem());
    typeInto(start, u"14h15"_s);
    EXPECT_TRUE(dialog.save()) << lastText.toStdString();
}

TEST_F(EditorKeysTest, UndoAndClosingWithoutSavingNeverShareAWord) {
    ui::MeasureEditorDialog dialog(*world.database, {}, fixedToday());
    showActive(dialog);
    EXPECT_EQ(child<QToolButton>(dialog, u"undoButton"_s)->text(), u"Undo change"_s);
    EXPECT_EQ(child<QToolButton>(dialog, u"redoButton"_s)->text(), u"Redo change"_s);
    auto* buttons = child<QDialogButtonBox>(dialog, u"buttonBox"_s);
    EXPECT_EQ(buttons->button(QDialogButtonBox::Close)->text(), u"Close"_s);
    EXPECT_EQ(buttons->button(QDialogButtonBox::Save)->text(), u"Save"_s);
    EXPECT_EQ(buttons->button(QDialogButtonBox::Cancel), nullptr);

    // The real question, not the asker: its buttons say what they do.
    QTest::keyClicks(child<QLineEdit>(dialog, u"transportEdit"_s), u"Bus"_s);
    QStringList answers;
    const auto answer = [&answers](QMessageBox::ButtonRole role) {
        QTimer::singleShot(0, [&answers, role] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (box == nullptr)
                return;
            answers.clear();
            QAbstractButton* chosen = nullptr;
            for (QAbstractButton* button : box->buttons()) {
                answers << button->text();
                if (box->buttonRole(button) == role)
                    chosen = button;
            }
            if (chosen != nullptr)
                chosen->click();
            else
                box->reject();  // never left open: the run would wait for ever
        });
    };
    answer(QMessageBox::RejectRole);
    buttons->button(QDialogButtonBox::Close)->click();
    answers.sort();
    EXPECT_EQ(answers, (QStringList{u"Close without saving"_s, u"Keep editing"_s}));
    EXPECT_TRUE(dialog.isVisible()) << "kept editing";
    answer(QMessageBox::DestructiveRole);
    buttons->button(QDialogButtonBox::Close)->click();
    EXPECT_FALSE(dialog.isVisible());
}

// The French of issue 11: « Annuler » was both the undo button and the closing question's button.
TEST(EditorWordingTest, InFrenchUndoAndClosingShareNoVerb) {
    QTranslator french;
    ASSERT_TRUE(french.load(u"passerelle_fr"_s, u":/i18n"_s));
    const auto inFrench = [&french](const char* source) {
        for (const char* context : {"passerelle::ui::RecordEditorDialog", "RecordEditorDialog"}) {
            const QString text = french.translate(context, source);
            if (!text.isEmpty())
                return text;
        }
        return QString();
    };
    const QString undo = inFrench("Undo change");
    if (undo.isEmpty())
        GTEST_SKIP() << "not translated yet";
    const QString verb = undo.section(u' ', 0, 0);
    for (const char* closing : {"Close", "Close without saving", "Keep editing"}) {
        const QString text = inFrench(closing);
        EXPECT_FALSE(text.contains(verb, Qt::CaseInsensitive))
            << closing << ": " << text.toStdString() << " shares « " << verb.toStdString() << " » with "
            << undo.toStdString();
    }
}

// Ctrl+Z in a date field is the editor's undo, not the line edit's own (which would change the text behind
// the field's back).
TEST_F(EditorKeysTest, CtrlZInADateFieldUndoesTheEditorsChange) {
    ui::MeasureEditorDialog dialog(*world.database, {}, fixedToday());
    script(dialog, true);
    showActive(dialog);
    auto* start = child<DateField>(dialog, u"startDate"_s);
    start->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(QApplication::focusWidget(), u"30/11/2026"_s);
    EXPECT_EQ(dialog.measure().start, QDate(2026, 11, 30));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_FALSE(dialog.measure().start.isValid());
    EXPECT_TRUE(start->text().isEmpty());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Y, Qt::ControlModifier);
    EXPECT_EQ(dialog.measure().start, QDate(2026, 11, 30));
    EXPECT_EQ(start->text(), u"30/11/2026"_s);
    dialog.reject();
}

TEST_F(EditorKeysTest, TheSchoolYearsFirstDayIsTypedAsADayAndAMonth) {
    ui::AppSettings settings;
    ui::SettingsDialog dialog(settings);
    QStringList refusals;
    dialog.setRefusalShower([&refusals](const QString& text) { refusals << text; });
    auto* first = child<DateField>(dialog, u"schoolYearEdit"_s);
    EXPECT_EQ(first->text(), u"01/09"_s);
    typeInto(first, u"31/02"_s);
    dialog.accept();
    ASSERT_EQ(refusals.size(), 1);
    EXPECT_TRUE(refusals[0].contains(u"31/02"_s)) << refusals[0].toStdString();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    typeInto(first, u"0209"_s);
    dialog.accept();
    EXPECT_EQ(refusals.size(), 1);
    EXPECT_EQ(dialog.settings().schoolYearStartMonth, 9);
    EXPECT_EQ(dialog.settings().schoolYearStartDay, 2);
}

}  // namespace
}  // namespace passerelle::test
