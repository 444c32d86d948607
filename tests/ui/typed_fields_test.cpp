// The time and date fields typed into with the keyboard and the mouse, as a CPE does (issue 11): no setter
// gives them a value here.
#include "english_texts.h"
#include "fixtures.h"
#include "passerelle/ui/date_field.h"
#include "passerelle/ui/date_time_field.h"
#include "passerelle/ui/time_field.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCalendarWidget>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

namespace passerelle::test {
namespace {

using namespace Qt::Literals::StringLiterals;
using ui::DateField;
using ui::DateTimeField;
using ui::TimeField;

// A small form as the editors have them: a label and its field on each row, and a line edit after them.
class TypedFieldsTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto* form = new QFormLayout(&window);
        time = new TimeField(&window);
        date = new DateField(&window);
        date->setToday(fixedToday());
        birth = new DateField(&window);
        birth->setToday(fixedToday());
        birth->setTypicalDate(fixedToday().addYears(-13));
        moment = new DateTimeField(&window);
        moment->setToday(fixedToday());
        next = new QLineEdit(&window);
        form->addRow(u"&Start"_s, time);
        form->addRow(u"Signed &on:"_s, date);
        form->addRow(u"Birth date"_s, birth);
        form->addRow(u"When"_s, moment);
        form->addRow(u"Next"_s, next);
        window.show();
        QApplication::setActiveWindow(&window);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    }

    // Types into the widget that has the focus, as a keyboard does.
    static void type(const QString& text) {
        QWidget* focus = QApplication::focusWidget();
        ASSERT_NE(focus, nullptr);
        QTest::keyClicks(focus, text);
    }
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = {}) {
        QWidget* focus = QApplication::focusWidget();
        ASSERT_NE(focus, nullptr);
        QTest::keyClick(focus, key, modifiers);
    }
    static void enter(ui::TypedField* field) {
        field->setFocus(Qt::TabFocusReason);
        ASSERT_TRUE(field->lineEdit()->hasFocus());
    }

    // The cell of `day` in the calendar's month shown, clicked.
    static void clickDay(QCalendarWidget* calendar, int day) {
        auto* view = calendar->findChild<QAbstractItemView*>();
        ASSERT_NE(view, nullptr);
        const QAbstractItemModel* model = view->model();
        // Day 15 is in every month shown only once (a month shows at most 14 days of the next).
        for (int row = 1; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                if (model->data(index).toInt() == day) {
                    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
                    return;
                }
            }
        }
        ADD_FAILURE() << "no day " << day;
    }

    EnglishSourceTexts english;  // first: the fields are made in English
    QWidget window;
    TimeField* time = nullptr;
    DateField* date = nullptr;
    DateField* birth = nullptr;
    DateTimeField* moment = nullptr;
    QLineEdit* next = nullptr;
};

TEST_F(TypedFieldsTest, EveryWayOfTypingATimeShowsItAsHoursAndMinutesOnceLeft) {
    const QList<std::pair<QString, QString>> cases{
        {u"1630"_s, u"16:30"_s},  {u"16h30"_s, u"16:30"_s}, {u"16 h 30"_s, u"16:30"_s},
        {u"16:30"_s, u"16:30"_s}, {u"16H30"_s, u"16:30"_s}, {u"9h"_s, u"09:00"_s},
        {u"9"_s, u"09:00"_s},     {u"930"_s, u"09:30"_s},   {u"0800"_s, u"08:00"_s},
        {u"08:00"_s, u"08:00"_s}, {u"8h05"_s, u"08:05"_s},
    };
    for (const auto& [typed, shown] : cases) {
        enter(time);
        press(Qt::Key_A, Qt::ControlModifier);
        press(Qt::Key_Delete);
        QSignalSpy edited(time, &TimeField::timeEdited);
        type(typed);
        EXPECT_FALSE(edited.isEmpty()) << typed.toStdString() << ": announced while typing";
        press(Qt::Key_Tab);
        EXPECT_TRUE(date->lineEdit()->hasFocus()) << typed.toStdString() << ": Tab moves on";
        EXPECT_EQ(time->lineEdit()->text(), shown) << typed.toStdString();
        EXPECT_EQ(time->time(), QTime::fromString(shown, u"HH:mm"_s)) << typed.toStdString();
        EXPECT_TRUE(time->shownProblem().isEmpty()) << typed.toStdString();
        EXPECT_EQ(edited.last().at(0).toTime(), time->time()) << typed.toStdString();
    }
}

// The report of issue 11: "0800" then Tab into an empty time gave "--:--200", kept the focus and dropped it.
TEST_F(TypedFieldsTest, ATimetableTypedWithTabsKeepsEveryTime) {
    auto* end = new TimeField(&window);
    static_cast<QFormLayout*>(window.layout())->insertRow(1, u"End"_s, end);
    end->show();
    QWidget::setTabOrder(time, end);
    enter(time);
    type(u"0800"_s);
    press(Qt::Key_Tab);
    EXPECT_TRUE(end->lineEdit()->hasFocus());
    type(u"12h"_s);
    press(Qt::Key_Tab);
    EXPECT_EQ(time->lineEdit()->text(), u"08:00"_s);
    EXPECT_EQ(end->lineEdit()->text(), u"12:00"_s);
    EXPECT_EQ(time->time(), QTime(8, 0));
    EXPECT_EQ(end->time(), QTime(12, 0));
}

TEST_F(TypedFieldsTest, AnImpossibleTimeStaysInRedWithItsReasonAndChangesNothing) {
    enter(time);
    type(u"1630"_s);
    press(Qt::Key_Tab);
    ASSERT_EQ(time->time(), QTime(16, 30));
    for (const QString& typed : {u"25h"_s, u"12:75"_s, u"abc"_s}) {
        enter(time);
        QSignalSpy edited(time, &TimeField::timeEdited);
        press(Qt::Key_A, Qt::ControlModifier);
        // Ctrl+A then typing replaces; the first keys may be a time for a moment ("2" is 02:00), but what
        // the field keeps in the end is what the whole text says.
        type(typed);
        press(Qt::Key_Tab);
        EXPECT_TRUE(date->lineEdit()->hasFocus()) << typed.toStdString() << ": Tab is never stuck";
        EXPECT_EQ(time->lineEdit()->text(), typed) << "never replaced";
        EXPECT_FALSE(time->shownProblem().isEmpty()) << typed.toStdString();
        EXPECT_TRUE(time->reasonLabel()->isVisible()) << typed.toStdString();
        EXPECT_EQ(time->reasonLabel()->text(), time->shownProblem());
        EXPECT_EQ(time->lineEdit()->toolTip(), time->shownProblem());
        EXPECT_EQ(time->lineEdit()->palette().color(QPalette::Text), QColor(0xb0, 0x00, 0x20));
        EXPECT_TRUE(time->hasProblem());
        if (typed == u"abc"_s) {
            EXPECT_TRUE(edited.isEmpty()) << "nothing announced";
        }
    }
    EXPECT_TRUE(time->reasonLabel()->text().contains(u"Not a time"_s))
        << time->reasonLabel()->text().toStdString();
    // The first keys of "25h" ("2": 02:00) were a time for a moment; leaving gave the value back.
    EXPECT_EQ(time->time(), QTime(16, 30));
    // Correcting it clears the red and the reason.
    enter(time);
    press(Qt::Key_A, Qt::ControlModifier);
    type(u"17h"_s);
    EXPECT_TRUE(time->shownProblem().isEmpty()) << "cleared as soon as it is a time";
    press(Qt::Key_Tab);
    EXPECT_EQ(time->time(), QTime(17, 0));
    EXPECT_FALSE(time->reasonLabel()->isVisible());
    EXPECT_NE(time->lineEdit()->palette().color(QPalette::Text), QColor(0xb0, 0x00, 0x20));
}

TEST_F(TypedFieldsTest, DeleteAndBackspaceEmptyATime) {
    enter(time);
    type(u"1630"_s);
    press(Qt::Key_Tab);
    // Tab into a field selects its text: Delete empties it.
    press(Qt::Key_Tab, Qt::ShiftModifier);
    ASSERT_TRUE(time->lineEdit()->hasFocus());
    QSignalSpy edited(time, &TimeField::timeEdited);
    press(Qt::Key_Delete);
    EXPECT_TRUE(time->lineEdit()->text().isEmpty());
    ASSERT_EQ(edited.size(), 1);
    EXPECT_FALSE(edited.last().at(0).toTime().isValid()) << "empty: no time";
    EXPECT_FALSE(time->time().isValid());
    press(Qt::Key_Tab);
    EXPECT_TRUE(time->shownProblem().isEmpty()) << "an empty time is no slot, not a mistake";

    // Backspace, key by key.
    enter(time);
    type(u"9h"_s);
    press(Qt::Key_End);
    press(Qt::Key_Backspace);
    press(Qt::Key_Backspace);
    EXPECT_TRUE(time->lineEdit()->text().isEmpty());
    EXPECT_FALSE(time->time().isValid());
    // Select all, then Backspace.
    type(u"1015"_s);
    EXPECT_EQ(time->time(), QTime(10, 15));
    press(Qt::Key_A, Qt::ControlModifier);
    press(Qt::Key_Backspace);
    EXPECT_FALSE(time->time().isValid());
}

TEST_F(TypedFieldsTest, TheProgramsTimeNeitherAnnouncesNorMovesTheCursor) {
    QSignalSpy edited(time, &TimeField::timeEdited);
    time->setTime(QTime(8, 0));
    EXPECT_EQ(time->lineEdit()->text(), u"08:00"_s);
    EXPECT_TRUE(edited.isEmpty());
    enter(time);
    press(Qt::Key_End);
    press(Qt::Key_Backspace);
    type(u"5"_s);  // 08:05, typed: announced
    ASSERT_EQ(edited.size(), 1);
    const int cursor = time->lineEdit()->cursorPosition();
    time->setTime(QTime(8, 5));  // what an editor does after the edit: the same time
    EXPECT_EQ(time->lineEdit()->cursorPosition(), cursor);
    EXPECT_EQ(edited.size(), 1);
}

TEST_F(TypedFieldsTest, EveryWayOfTypingADateShowsItDayMonthYearOnceLeft) {
    for (const QString& typed :
         {u"03/02/2012"_s, u"3/2/12"_s, u"03022012"_s, u"2012-02-03"_s, u"3.2.2012"_s, u"3-2-2012"_s}) {
        enter(date);
        press(Qt::Key_A, Qt::ControlModifier);
        press(Qt::Key_Delete);
        QSignalSpy edited(date, &DateField::dateEdited);
        type(typed);
        press(Qt::Key_Tab);
        EXPECT_TRUE(birth->lineEdit()->hasFocus()) << typed.toStdString();
        EXPECT_EQ(date->lineEdit()->text(), u"03/02/2012"_s) << typed.toStdString();
        EXPECT_EQ(date->date(), QDate(2012, 2, 3)) << typed.toStdString();
        ASSERT_FALSE(edited.isEmpty()) << typed.toStdString();
        EXPECT_EQ(edited.last().at(0).toDate(), QDate(2012, 2, 3));
    }
    // A two-digit year of the last century.
    enter(date);
    press(Qt::Key_A, Qt::ControlModifier);
    type(u"14/7/89"_s);
    press(Qt::Key_Tab);
    EXPECT_EQ(date->date(), QDate(1989, 7, 14));
    // Emptied, it is no date.
    enter(date);
    press(Qt::Key_Delete);
    EXPECT_FALSE(date->date().isValid());
}

TEST_F(TypedFieldsTest, AnImpossibleDateStaysInRedWithItsReason) {
    enter(date);
    type(u"15/01/2012"_s);
    press(Qt::Key_Tab);
    ASSERT_EQ(date->date(), QDate(2012, 1, 15));
    const auto typeAndLeave = [this](const QString& typed, const QString& words) {
        enter(date);
        press(Qt::Key_A, Qt::ControlModifier);
        type(typed);
        press(Qt::Key_Tab);
        EXPECT_EQ(date->lineEdit()->text(), typed) << "never replaced";
        EXPECT_TRUE(date->reasonLabel()->isVisible());
        EXPECT_TRUE(date->reasonLabel()->text().contains(words)) << date->reasonLabel()->text().toStdString();
        EXPECT_EQ(date->lineEdit()->toolTip(), date->reasonLabel()->text());
    };
    typeAndLeave(u"31/02/2012"_s, u"day 31"_s);
    typeAndLeave(u"32/01/2012"_s, u"day 32"_s);
    // While typed, "31/02/2012" went through "31/02/2" (2002) and "31/02/20" (2020), which have no 31
    // February either: none was a date, so the value is still the last one that was.
    EXPECT_EQ(date->date(), QDate(2012, 1, 15));
    typeAndLeave(u"01/01/1850"_s, u"1900"_s);
    typeAndLeave(u"01/01/2250"_s, u"2199"_s);
    EXPECT_TRUE(date->hasProblem());
    // "01/01/1850" went through "01/01/18" (2018), a date for a moment; leaving gave the value back.
    EXPECT_EQ(date->date(), QDate(2012, 1, 15));
}

// A bound is enforced with a reason, never by changing the date typed.
TEST_F(TypedFieldsTest, ADateOutsideTheFieldsBoundsIsRefusedWithItsReason) {
    date->setMaximumDate(QDate(2027, 1, 4), u"A measure lasts at most 400 days."_s);
    date->setMinimumDate(QDate(2026, 1, 1));
    enter(date);
    type(u"05/01/2027"_s);
    press(Qt::Key_Tab);
    EXPECT_EQ(date->lineEdit()->text(), u"05/01/2027"_s);
    EXPECT_EQ(date->reasonLabel()->text(), u"A measure lasts at most 400 days."_s);
    EXPECT_FALSE(date->date().isValid()) << "not taken";
    enter(date);
    press(Qt::Key_A, Qt::ControlModifier);
    type(u"31/12/2025"_s);
    press(Qt::Key_Tab);
    EXPECT_TRUE(date->reasonLabel()->text().contains(u"01/01/2026"_s));
    enter(date);
    press(Qt::Key_A, Qt::ControlModifier);
    type(u"04/01/2027"_s);
    press(Qt::Key_Tab);
    EXPECT_EQ(date->date(), QDate(2027, 1, 4));
    // A bound moved by the program (the start of the measure changed) shows its problem at once.
    date->setMaximumDate(QDate(2026, 12, 31));
    EXPECT_TRUE(date->reasonLabel()->isVisible());
    EXPECT_TRUE(date->reasonLabel()->text().contains(u"31/12/2026"_s));
    EXPECT_EQ(date->lineEdit()->text(), u"04/01/2027"_s);
}

TEST_F(TypedFieldsTest, TheCalendarOpensOnTheFieldsMonthAndFillsTheDayClicked) {
    // Empty: today's month.
    QTest::mouseClick(date->calendarButton(), Qt::LeftButton);
    QCalendarWidget* calendar = date->calendar();
    ASSERT_NE(calendar, nullptr);
    ASSERT_TRUE(date->calendarPopup()->isVisible());
    EXPECT_EQ(calendar->yearShown(), fixedToday().year());
    EXPECT_EQ(calendar->monthShown(), fixedToday().month());
    QSignalSpy edited(date, &DateField::dateEdited);
    clickDay(calendar, 15);
    EXPECT_FALSE(date->calendarPopup()->isVisible());
    const QDate fifteenth(fixedToday().year(), fixedToday().month(), 15);
    EXPECT_EQ(date->date(), fifteenth);
    EXPECT_EQ(date->lineEdit()->text(), fifteenth.toString(u"dd/MM/yyyy"_s));
    ASSERT_EQ(edited.size(), 1);
    EXPECT_TRUE(date->lineEdit()->hasFocus());

    // With a date typed: that date's month.
    enter(date);
    press(Qt::Key_A, Qt::ControlModifier);
    type(u"3/2/12"_s);
    QTest::mouseClick(date->calendarButton(), Qt::LeftButton);
    EXPECT_EQ(calendar->yearShown(), 2012);
    EXPECT_EQ(calendar->monthShown(), 2);
    clickDay(calendar, 15);
    EXPECT_EQ(date->date(), QDate(2012, 2, 15));

    // F4 opens it from the keyboard; Escape closes it and keeps the date.
    enter(date);
    press(Qt::Key_F4);
    EXPECT_TRUE(date->calendarPopup()->isVisible());
    QTest::keyClick(calendar, Qt::Key_Escape);
    EXPECT_FALSE(date->calendarPopup()->isVisible());
    EXPECT_EQ(date->date(), QDate(2012, 2, 15));
}

// The report of issue 11: the calendar of a birth date opened on January 2000.
TEST_F(TypedFieldsTest, AnEmptyBirthDatesCalendarOpensThirteenYearsAgo) {
    QTest::mouseClick(birth->calendarButton(), Qt::LeftButton);
    ASSERT_NE(birth->calendar(), nullptr);
    EXPECT_EQ(birth->calendar()->yearShown(), fixedToday().year() - 13);
    EXPECT_EQ(birth->calendar()->monthShown(), fixedToday().month());
    clickDay(birth->calendar(), 15);
    EXPECT_EQ(birth->date(), QDate(fixedToday().year() - 13, fixedToday().month(), 15));
}

TEST_F(TypedFieldsTest, AMomentNeedsItsDateAndItsTime) {
    QSignalSpy edited(moment, &DateTimeField::dateTimeEdited);
    moment->setFocus(Qt::TabFocusReason);
    type(u"03/02/2012"_s);
    EXPECT_TRUE(edited.isEmpty()) << "a date without its time is not a moment yet";
    press(Qt::Key_Tab);
    ASSERT_TRUE(moment->timeField()->lineEdit()->hasFocus());
    press(Qt::Key_Tab);
    EXPECT_TRUE(moment->timeField()->hasProblem()) << "the time is asked for";
    EXPECT_TRUE(moment->reasonLabel()->isVisible());
    moment->timeField()->setFocus(Qt::TabFocusReason);
    type(u"1745"_s);
    ASSERT_FALSE(edited.isEmpty());
    EXPECT_EQ(edited.last().at(0).toDateTime(), QDateTime(QDate(2012, 2, 3), QTime(17, 45)));
    EXPECT_FALSE(moment->reasonLabel()->isVisible());
    // A time left half typed ("17h4") gives the moment back as it was before the keys.
    moment->timeField()->setFocus(Qt::TabFocusReason);
    type(u"17h4"_s);
    press(Qt::Key_Tab);
    EXPECT_TRUE(moment->reasonLabel()->isVisible());
    EXPECT_EQ(moment->dateTime(), QDateTime(QDate(2012, 2, 3), QTime(17, 45)));
    EXPECT_EQ(edited.last().at(0).toDateTime(), QDateTime(QDate(2012, 2, 3), QTime(17, 45)));
    moment->timeField()->setFocus(Qt::TabFocusReason);
    type(u"17h45"_s);
    // Emptying the date: no moment.
    moment->dateField()->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Delete);
    EXPECT_FALSE(edited.last().at(0).toDateTime().isValid());
}

TEST_F(TypedFieldsTest, ProblemsAreFoundAndNamedByTheirLabel) {
    EXPECT_EQ(ui::firstFieldWithProblem(&window), nullptr);
    enter(date);
    type(u"32/01/2012"_s);
    enter(time);
    type(u"25h"_s);
    EXPECT_EQ(ui::firstFieldWithProblem(&window), time) << "in the form's order";
    EXPECT_EQ(ui::fieldLabel(time), u"Start"_s);
    EXPECT_EQ(ui::fieldLabel(date), u"Signed on"_s);
    EXPECT_EQ(ui::fieldProblemMessage(date),
              u"The field \"Signed on\" holds \"32/01/2012\". "_s + date->problem());
    // A disabled field's text is not used: it does not count.
    time->setEnabled(false);
    EXPECT_EQ(ui::firstFieldWithProblem(&window), date);
}

}  // namespace
}  // namespace passerelle::test
