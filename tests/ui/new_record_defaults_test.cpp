// New records start with what the school office would type again and again (issue 11): the home school and
// its head on a new agreement and student, the last follower on a new measure, and the agreement's only host
// as the measure's host once the agreement is chosen (by clicking its combo box).
#include "passerelle/ui/new_record_defaults.h"
#include "measure_editor_fixture.h"
#include "passerelle/storage/repositories.h"
#include "passerelle/ui/agreement_editor.h"
#include "passerelle/ui/app_settings.h"
#include "passerelle/ui/measure_editor.h"
#include "passerelle/ui/student_editor.h"

#include <QApplication>
#include <QComboBox>
#include <QHelpEvent>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace passerelle::test {
namespace {

using namespace Qt::Literals::StringLiterals;
using ui::AppSettings;

class NewRecordDefaultsTest : public ::testing::Test {
protected:
    void SetUp() override {
        AppSettings settings = AppSettings::load();
        settings.homeSchoolId = world.school.id;
        settings.homeSchoolHeadId = world.head.id;
        settings.lastFollowerId = QString();
        settings.save();
    }
    void TearDown() override {
        AppSettings settings = AppSettings::load();
        settings.homeSchoolId.clear();
        settings.homeSchoolHeadId.clear();
        settings.lastFollowerId.clear();
        settings.save();
    }

    MeasureEditorWorld world;
};

TEST_F(NewRecordDefaultsTest, ANewAgreementHasTheHomeSchoolRepresentedByItsHead) {
    ui::AgreementEditorDialog dialog(*world.database, {}, fixedToday());
    ASSERT_FALSE(dialog.record().parties.isEmpty());
    EXPECT_EQ(dialog.record().parties.first().organisationId, world.school.id);
    EXPECT_EQ(dialog.record().parties.first().representativeId, world.head.id);
    EXPECT_FALSE(dialog.undoStack()->canUndo()) << "a default is where the record starts, not an edit";
}

TEST_F(NewRecordDefaultsTest, ANewStudentIsOfTheHomeSchool) {
    ui::StudentEditorDialog dialog(*world.database, {}, fixedToday());
    EXPECT_EQ(dialog.record().schoolId, world.school.id);
}

TEST_F(NewRecordDefaultsTest, ANewMeasureIsFollowedByTheLastFollowerAndHostedByItsAgreementsOnlyHost) {
    ui::NewRecordDefaults::rememberFollower(world.cpe.id);
    ui::MeasureEditorDialog dialog(*world.database, {}, fixedToday());
    EXPECT_EQ(dialog.measure().schoolFollowerId, world.cpe.id);
    EXPECT_TRUE(dialog.measure().hostId.isEmpty());

    // Choosing the agreement by the keyboard, as a user does: its only host comes with it, in one undo step.
    auto* agreements = dialog.findChild<QComboBox*>(u"agreementCombo"_s);
    ASSERT_NE(agreements, nullptr);
    const int index = agreements->findData(world.agreement.id);
    ASSERT_GT(index, 0);
    agreements->setFocus();
    for (int step = agreements->currentIndex(); step < index; ++step)
        QTest::keyClick(agreements, Qt::Key_Down);
    EXPECT_EQ(dialog.measure().agreementId, world.agreement.id);
    EXPECT_EQ(dialog.measure().hostId, world.host.id);
    dialog.undoStack()->undo();
    EXPECT_TRUE(dialog.measure().agreementId.isEmpty());
    EXPECT_TRUE(dialog.measure().hostId.isEmpty());
}

// A default naming a record this database does not hold (another database's school) is not used.
TEST_F(NewRecordDefaultsTest, ADefaultFromAnotherDatabaseIsLeftOut) {
    AppSettings settings = AppSettings::load();
    settings.homeSchoolId = u"school-elsewhere"_s;
    settings.save();
    ui::StudentEditorDialog dialog(*world.database, {}, fixedToday());
    EXPECT_TRUE(dialog.record().schoolId.isEmpty());
}

}  // namespace
}  // namespace passerelle::test

namespace passerelle::test {
namespace {

// Nothing cut off at 1366×768: an agreement's long title does not widen the editor past the screen; the
// combo box elides it, and hovering it shows the whole title.
TEST_F(NewRecordDefaultsTest, ALongAgreementTitleFitsTheScreenAndShowsWholeOnHover) {
    Agreement agreement = world.agreement;
    agreement.title =
        u"Convention de partenariat relative a l'accueil des eleves temporairement exclus et aux "
        u"mesures de responsabilisation hors de l'etablissement - Ville et College"_s;
    ASSERT_TRUE(storage::AgreementRepository(*world.database).save(agreement).ok());
    ui::MeasureEditorDialog dialog(*world.database, {}, fixedToday());
    auto* agreements = dialog.findChild<QComboBox*>(u"agreementCombo"_s);
    agreements->setFocus();
    agreements->setCurrentIndex(agreements->findData(agreement.id));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_LE(dialog.minimumSizeHint().width(), 1366);
    EXPECT_LT(agreements->width(), agreements->fontMetrics().horizontalAdvance(agreement.title));

    QHelpEvent hover(QEvent::ToolTip, QPoint(5, 5), agreements->mapToGlobal(QPoint(5, 5)));
    QApplication::sendEvent(agreements, &hover);
    EXPECT_EQ(QToolTip::text(), agreement.title);
    QToolTip::hideText();
    // The choice was made: answer the close question.
    dialog.setAsker([](ui::RecordEditorDialog::Question, const QString&) { return true; });
    dialog.reject();
}

}  // namespace
}  // namespace passerelle::test
