// The first-start assistant, used by keys and clicks: the school, its head and rentrée, its teaching hours,
// then an empty start; what it wrote, and the refusals of fields that cannot be right.
#include "fixtures.h"
#include "passerelle/storage/database.h"
#include "passerelle/storage/repositories.h"
#include "passerelle/ui/app_settings.h"
#include "passerelle/ui/date_field.h"
#include "passerelle/ui/first_start_wizard.h"
#include "passerelle/ui/time_field.h"
#include "passerelle/ui/timetable_widget.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTest>

#include <gtest/gtest.h>

namespace passerelle::ui {
namespace {

using namespace Qt::Literals::StringLiterals;

QLineEdit* lineEdit(QWidget& parent, const QString& name) {
    auto* edit = parent.findChild<QLineEdit*>(name);
    EXPECT_NE(edit, nullptr) << name.toStdString();
    return edit;
}

void typeInto(QLineEdit* edit, const QString& text) {
    edit->setFocus();
    QTest::keyClicks(edit, text);
}

void clickNext(QWizard& wizard) {
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
}

TEST(FirstStartWizard, AsksForTheSchoolThenStartsEmptyAndRemembersTheSchool) {
    const QDate today(2026, 11, 24);
    FirstStartWizard wizard(today);
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));

    // Page 1: the school. No name, or a UAI without its letter, keeps the user on the page.
    clickNext(wizard);
    EXPECT_EQ(wizard.currentId(), wizard.startId());
    typeInto(lineEdit(wizard, u"nameEdit"_s), u"College Jean Moulin"_s);
    QLineEdit* uai = lineEdit(wizard, u"uaiEdit"_s);
    typeInto(uai, u"0761234"_s);
    QLineEdit* phone = lineEdit(wizard, u"phoneEdit"_s);
    typeInto(phone, u"02 35 x@ 12 34 56"_s);
    EXPECT_EQ(phone->text(), u"02 35  12 34 56"_s) << "a phone refuses letters and '@'";
    clickNext(wizard);
    EXPECT_EQ(wizard.currentId(), wizard.startId());
    EXPECT_EQ(wizard.findChild<QLabel*>(u"uaiReasonLabel"_s)->text(), u"Seven digits and a letter"_s);
    uai->setFocus();
    QTest::keyClick(uai, Qt::Key_End);
    QTest::keyClicks(uai, u"a"_s);
    EXPECT_EQ(uai->text(), u"0761234A"_s);
    typeInto(lineEdit(wizard, u"emailEdit"_s), u"ce.0761234a@ac-rouen"_s);
    clickNext(wizard);
    EXPECT_EQ(wizard.currentId(), wizard.startId()) << "an e-mail without its domain";
    QTest::keyClicks(lineEdit(wizard, u"emailEdit"_s), u".fr"_s);
    typeInto(lineEdit(wizard, u"addressEdit"_s), u"12 rue des Ecoles, 76000 Rouen"_s);
    clickNext(wizard);
    ASSERT_NE(wizard.currentId(), wizard.startId());

    // Page 2: the head of school and the rentrée, typed the short way.
    typeInto(lineEdit(wizard, u"headFirstNameEdit"_s), u"Claire"_s);
    typeInto(lineEdit(wizard, u"headLastNameEdit"_s), u"Durand"_s);
    auto* rentree = wizard.findChild<DateField*>(u"rentreeField"_s);
    ASSERT_NE(rentree, nullptr);
    rentree->lineEdit()->setFocus();
    rentree->lineEdit()->selectAll();
    QTest::keyClick(rentree->lineEdit(), Qt::Key_Delete);
    QTest::keyClicks(rentree->lineEdit(), u"2/9"_s);
    clickNext(wizard);

    // Page 3: the teaching hours start with the usual ones; Wednesday afternoon typed in.
    TimeField* from = wizard.teachingHours()->timeField(Weekday::Wednesday, TimetableWidget::Half::Afternoon,
                                                        TimetableWidget::Bound::From);
    TimeField* to = wizard.teachingHours()->timeField(Weekday::Wednesday, TimetableWidget::Half::Afternoon,
                                                      TimetableWidget::Bound::To);
    from->lineEdit()->setFocus();
    QTest::keyClicks(from->lineEdit(), u"1330"_s);
    QTest::keyClick(from->lineEdit(), Qt::Key_Tab);
    to->lineEdit()->setFocus();
    QTest::keyClicks(to->lineEdit(), u"15h"_s);
    clickNext(wizard);

    // Page 4: an empty start is the default.
    EXPECT_TRUE(wizard.findChild<QRadioButton*>(u"emptyRadio"_s)->isChecked());
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    EXPECT_EQ(wizard.result(), QDialog::Accepted);

    const FirstStartAnswers answers = wizard.answers();
    EXPECT_EQ(answers.school.name, u"College Jean Moulin"_s);
    EXPECT_EQ(answers.school.uai, u"0761234A"_s);
    EXPECT_EQ(answers.school.email, u"ce.0761234a@ac-rouen.fr"_s);
    EXPECT_EQ(answers.head.fullName(), u"Claire Durand"_s);
    EXPECT_EQ(answers.rentreeDay, 2);
    EXPECT_EQ(answers.rentreeMonth, 9);
    EXPECT_FALSE(answers.demoData);
    EXPECT_TRUE(
        answers.school.teachingHours.contains(TimeSlot{Weekday::Wednesday, QTime(13, 30), QTime(15, 0)}));

    test::TempFolder folder;
    auto database = storage::Database::open(folder.path(u"first.db"_s));
    ASSERT_TRUE(database.ok());
    AppSettings settings;
    ASSERT_EQ(FirstStartWizard::apply(answers, **database, today, settings), QString());
    const auto school = storage::OrganisationRepository(**database).find(settings.homeSchoolId);
    ASSERT_TRUE(school.ok());
    EXPECT_EQ(school->name, u"College Jean Moulin"_s);
    EXPECT_TRUE(school->isSchool());
    const auto head = storage::PersonRepository(**database).find(settings.homeSchoolHeadId);
    ASSERT_TRUE(head.ok());
    EXPECT_EQ(head->organisationId, school->id);
    EXPECT_EQ(AppSettings::load().homeSchoolId, school->id);
    EXPECT_EQ(AppSettings::load().schoolYearStartDay, 2);
}

}  // namespace
}  // namespace passerelle::ui
