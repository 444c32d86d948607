// The partner editor driven through its widgets on a real (temporary) database: a school with its people
// and teaching hours, people edited with undo, removed with a question, saved in one transaction.
#include "passerelle/ui/organisation_editor.h"
#include "measure_editor_fixture.h"
#include "passerelle/storage/repositories.h"
#include "passerelle/ui/settings_dialog.h"
#include "passerelle/ui/timetable_widget.h"
#include "passerelle/ui/translations.h"
#include "table_typing.h"
#include "typing.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <algorithm>

namespace passerelle::test {
namespace {

using namespace Qt::Literals::StringLiterals;
using ui::OrganisationEditorDialog;
using ui::TimetableWidget;
using Question = OrganisationEditorDialog::Question;

enum PersonColumn { Civility, FirstName, LastName, Role, Email, Phone };

class OrganisationEditorTest : public ::testing::Test {
protected:
    // Scripted answers to the dialog's questions, and the questions asked, so no modal box ever blocks.
    void script(OrganisationEditorDialog& dialog, bool answer) {
        dialog.setAsker([this, answer](Question question, const QString& text) {
            asked << question;
            lastText = text;
            return answer;
        });
    }

    template <typename W>
    static W* child(const OrganisationEditorDialog& dialog, const QString& name) {
        W* widget = dialog.findChild<W*>(name);
        if (widget == nullptr)
            ADD_FAILURE() << "no widget " << name.toStdString();
        return widget;
    }

    static void chooseKind(const OrganisationEditorDialog& dialog, OrganisationKind kind) {
        auto* combo = child<QComboBox>(dialog, u"kindCombo"_s);
        const int index = combo->findData(key(kind));
        ASSERT_GE(index, 0);
        combo->setCurrentIndex(index);
    }

    // Adds a row with the button and types into its cells, as a user does.
    static void addPerson(const OrganisationEditorDialog& dialog, const QStringList& values) {
        child<QPushButton>(dialog, u"addPersonButton"_s)->click();
        auto* table = child<QTableWidget>(dialog, u"peopleTable"_s);
        const int row = table->rowCount() - 1;
        ASSERT_GE(row, 0);
        for (int column = 0; column < values.size(); ++column)
            table->item(row, FirstName + column)->setText(values[column]);
    }

    static int rowOf(const OrganisationEditorDialog& dialog, const QString& lastName) {
        auto* table = child<QTableWidget>(dialog, u"peopleTable"_s);
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, LastName)->text() == lastName)
                return row;
        }
        return -1;
    }

    QList<Person> storedPeopleOf(const QString& organisationId) {
        storage::ListQuery query;
        query.schoolId = organisationId;
        Result<storage::Page<Person>> page = storage::PersonRepository(*world.database).list(query);
        EXPECT_TRUE(page.ok());
        return page ? page->items : QList<Person>();
    }

    // Fills in a new school: UAI 0123456A, two people, lessons on Monday 08:00-12:00.
    void fillInSchool(OrganisationEditorDialog& dialog) {
        dialog.setDefaultTeachingHours({});  // whatever this machine's settings hold
        chooseKind(dialog, OrganisationKind::School);
        child<QLineEdit>(dialog, u"nameEdit"_s)
            ->setText(u"Collège Jean Moulin"_s);  // accents: QTest types ASCII only
        QTest::keyClicks(child<QLineEdit>(dialog, u"uaiEdit"_s), u"0123456A"_s);
        child<QPlainTextEdit>(dialog, u"addressEdit"_s)->setPlainText(u"3 rue de la Paix\n94000 Créteil"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"phoneEdit"_s), u"01 23 45 67 89"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"emailEdit"_s), u"ce.0123456a@ac-creteil.fr"_s);
        addPerson(dialog, {u"Anne"_s, u"Leroy"_s, u"Principale du collège"_s, u"anne.leroy@ac-creteil.fr"_s});
        addPerson(dialog, {u"Karim"_s, u"Haddad"_s, u"CPE"_s, {}, u"06 11 22 33 44"_s});
        TimetableWidget* timetable = dialog.timetable();
        typeInto(timetable->timeField(Weekday::Monday, TimetableWidget::Half::Morning,
                                      TimetableWidget::Bound::From),
                 u"0800"_s);
        typeInto(
            timetable->timeField(Weekday::Monday, TimetableWidget::Half::Morning, TimetableWidget::Bound::To),
            u"12h"_s);
    }

    QString createSchool() {
        OrganisationEditorDialog dialog(*world.database, {}, fixedToday());
        script(dialog, true);
        fillInSchool(dialog);
        EXPECT_TRUE(dialog.save()) << lastText.toStdString();
        return dialog.record().id;
    }

    MeasureEditorWorld world;
    QList<Question> asked;
    QString lastText;
};

const TimeSlots mondayMorning{{Weekday::Monday, QTime(8, 0), QTime(12, 0)}};

TEST_F(OrganisationEditorTest, NewSchoolWithPeopleAndTeachingHoursSavesAndReopens) {
    QString id;
    {
        OrganisationEditorDialog dialog(*world.database, {}, fixedToday());
        script(dialog, true);
        EXPECT_TRUE(dialog.windowTitle().startsWith(u"New partner"_s)) << dialog.windowTitle().toStdString();
        fillInSchool(dialog);
        EXPECT_TRUE(dialog.isModified());
        EXPECT_EQ(dialog.record().teachingHours, mondayMorning);
        ASSERT_EQ(dialog.people().size(), 2);
        ASSERT_TRUE(dialog.save()) << lastText.toStdString();
        EXPECT_TRUE(asked.isEmpty());
        EXPECT_FALSE(dialog.isModified());
        id = dialog.record().id;
        ASSERT_FALSE(id.isEmpty());
        EXPECT_TRUE(dialog.windowTitle().startsWith(u"Partner — Collège Jean Moulin"_s))
            << dialog.windowTitle().toStdString();
    }
    Result<Organisation> stored = storage::OrganisationRepository(*world.database).find(id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->kind, OrganisationKind::School);
    EXPECT_EQ(stored->name, u"Collège Jean Moulin"_s);
    EXPECT_EQ(stored->uai, u"0123456A"_s);
    EXPECT_EQ(stored->address, u"3 rue de la Paix\n94000 Créteil"_s);
    EXPECT_EQ(stored->email, u"ce.0123456a@ac-creteil.fr"_s);
    EXPECT_EQ(stored->teachingHours, mondayMorning);
    const QList<Person> people = storedPeopleOf(id);
    ASSERT_EQ(people.size(), 2);
    // Listed by last name: Haddad, Leroy.
    EXPECT_EQ(people[0].fullName(), u"Karim Haddad"_s);
    EXPECT_EQ(people[0].phone, u"06 11 22 33 44"_s);
    EXPECT_EQ(people[1].role, u"Principale du collège"_s);
    EXPECT_EQ(people[1].organisationId, id);

    OrganisationEditorDialog reopened(*world.database, id, fixedToday());
    EXPECT_TRUE(reopened.loadError().isEmpty());
    EXPECT_FALSE(reopened.isModified());
    EXPECT_EQ(reopened.record(), stored.value());
    EXPECT_EQ(child<QComboBox>(reopened, u"kindCombo"_s)->currentData().toString(),
              key(OrganisationKind::School));
    EXPECT_EQ(child<QLineEdit>(reopened, u"uaiEdit"_s)->text(), u"0123456A"_s);
    EXPECT_EQ(child<QPlainTextEdit>(reopened, u"addressEdit"_s)->toPlainText(),
              u"3 rue de la Paix\n94000 Créteil"_s);
    EXPECT_EQ(reopened.timetable()
                  ->timeField(Weekday::Monday, TimetableWidget::Half::Morning, TimetableWidget::Bound::To)
                  ->time(),
              QTime(12, 0));
    auto* table = child<QTableWidget>(reopened, u"peopleTable"_s);
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_EQ(table->item(rowOf(reopened, u"Leroy"_s), Role)->text(), u"Principale du collège"_s);
    EXPECT_EQ(table->item(rowOf(reopened, u"Haddad"_s), Phone)->text(), u"06 11 22 33 44"_s);
}

TEST_F(OrganisationEditorTest, ANewSchoolStartsWithTheDefaultTeachingHours) {
    OrganisationEditorDialog dialog(*world.database, {}, fixedToday());
    const TimeSlots defaults{{Weekday::Tuesday, QTime(8, 30), QTime(12, 30)},
                             {Weekday::Tuesday, QTime(13, 30), QTime(16, 30)}};
    dialog.setDefaultTeachingHours(defaults);
    chooseKind(dialog, OrganisationKind::School);
    EXPECT_EQ(dialog.record().teachingHours, defaults);
    EXPECT_EQ(dialog.timetable()->timeSlots(), defaults);
    // One step: undoing the kind takes the hours away with it.
    dialog.undoStack()->undo();
    EXPECT_EQ(dialog.record().kind, OrganisationKind::Other);
    EXPECT_TRUE(dialog.record().teachingHours.isEmpty());

    // An existing school keeps its own hours.
    OrganisationEditorDialog existing(*world.database, world.host.id, fixedToday());
    existing.setDefaultTeachingHours(defaults);
    chooseKind(existing, OrganisationKind::School);
    EXPECT_TRUE(existing.record().teachingHours.isEmpty());
    script(dialog, true);
    script(existing, true);
}

TEST_F(OrganisationEditorTest, APersonsNameEditIsUndoable) {
    const QString id = createSchool();
    OrganisationEditorDialog dialog(*world.database, id, fixedToday());
    auto* table = child<QTableWidget>(dialog, u"peopleTable"_s);
    const int row = rowOf(dialog, u"Leroy"_s);
    ASSERT_GE(row, 0);
    table->item(row, FirstName)->setText(u"Anne-Marie"_s);
    EXPECT_TRUE(dialog.isModified());
    EXPECT_EQ(dialog.people()[row].firstName, u"Anne-Marie"_s);

    dialog.undoStack()->undo();
    EXPECT_EQ(dialog.people()[row].firstName, u"Anne"_s);
    EXPECT_EQ(table->item(row, FirstName)->text(), u"Anne"_s);
    EXPECT_FALSE(dialog.isModified());
    dialog.undoStack()->redo();
    EXPECT_EQ(table->item(row, FirstName)->text(), u"Anne-Marie"_s);

    script(dialog, true);
    ASSERT_TRUE(dialog.save()) << lastText.toStdString();
    bool found = false;
    for (const Person& person : storedPeopleOf(id))
        found = found || person.fullName() == u"Anne-Marie Leroy"_s;
    EXPECT_TRUE(found);

    // Undoing past the save and saving again writes the earlier name back, without conflicting with itself.
    dialog.undoStack()->undo();
    EXPECT_TRUE(dialog.isModified());
    asked.clear();
    ASSERT_TRUE(dialog.save()) << lastText.toStdString();
    EXPECT_TRUE(asked.isEmpty());
    found = false;
    for (const Person& person : storedPeopleOf(id))
        found = found || person.fullName() == u"Anne Leroy"_s;
    EXPECT_TRUE(found);
}

TEST_F(OrganisationEditorTest, RemovingAPersonAsksAndDeletesOnSave) {
    const QString id = createSchool();
    OrganisationEditorDialog dialog(*world.database, id, fixedToday());
    auto* table = child<QTableWidget>(dialog, u"peopleTable"_s);
    table->setCurrentCell(rowOf(dialog, u"Haddad"_s), 0);

    asked.clear();
    script(dialog, false);
    child<QPushButton>(dialog, u"removePersonButton"_s)->click();
    EXPECT_EQ(asked, QList{Question::Confirm});
    EXPECT_TRUE(lastText.contains(u"Karim Haddad"_s)) << lastText.toStdString();
    EXPECT_EQ(table->rowCount(), 2) << "the user said no";
    EXPECT_FALSE(dialog.isModified());

    script(dialog, true);
    child<QPushButton>(dialog, u"removePersonButton"_s)->click();
    EXPECT_EQ(table->rowCount(), 1);
    EXPECT_EQ(rowOf(dialog, u"Haddad"_s), -1);
    EXPECT_EQ(storedPeopleOf(id).size(), 2) << "nothing is deleted before Save";
    ASSERT_TRUE(dialog.save()) << lastText.toStdString();
    const QList<Person> people = storedPeopleOf(id);
    ASSERT_EQ(people.size(), 1);
    EXPECT_EQ(people[0].lastName, u"Leroy"_s);

    // Undo brings the person back; saving creates them again.
    dialog.undoStack()->undo();
    EXPECT_EQ(table->rowCount(), 2);
    ASSERT_TRUE(dialog.save()) << lastText.toStdString();
    EXPECT_EQ(storedPeopleOf(id).size(), 2);
}

TEST_F(OrganisationEditorTest, APersonStillReferredToIsNotRemovedAndNothingIsHalfWritten) {
    OrganisationEditorDialog dialog(*world.database, world.host.id, fixedToday());
    script(dialog, true);
    // The director signs the agreement for the host: the repository refuses to delete him.
    QTest::keyClicks(child<QLineEdit>(dialog, u"phoneEdit"_s), u"01 02 03 04 05"_s);
    child<QTableWidget>(dialog, u"peopleTable"_s)->setCurrentCell(rowOf(dialog, u"Roux"_s), 0);
    child<QPushButton>(dialog, u"removePersonButton"_s)->click();
    const QList<Person> shown = dialog.people();
    asked.clear();
    EXPECT_FALSE(dialog.save());
    ASSERT_EQ(asked, QList{Question::SaveFailed});
    EXPECT_TRUE(lastText.contains(u"Paul Roux"_s) && lastText.contains(u"agreement"_s))
        << lastText.toStdString();
    EXPECT_TRUE(dialog.isModified());
    EXPECT_EQ(dialog.people(), shown);

    Result<Organisation> stored = storage::OrganisationRepository(*world.database).find(world.host.id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->revision, world.host.revision) << "the organisation was not written either";
    EXPECT_TRUE(stored->phone.isEmpty());
    EXPECT_EQ(storedPeopleOf(world.host.id).size(), 2);

    // Undoing the removal lets the rest be saved.
    dialog.undoStack()->undo();
    ASSERT_TRUE(dialog.save()) << lastText.toStdString();
    EXPECT_EQ(storage::OrganisationRepository(*world.database).find(world.host.id)->phone,
              u"01 02 03 04 05"_s);
}

TEST_F(OrganisationEditorTest, SavedElsewhereMeanwhileIsAConflict) {
    OrganisationEditorDialog dialog(*world.database, world.host.id, fixedToday());
    storage::OrganisationRepository repository(*world.database);
    Organisation theirs = repository.find(world.host.id).value();
    theirs.email = u"contact@alcej.fr"_s;
    ASSERT_TRUE(repository.save(theirs).ok());

    QTest::keyClicks(child<QLineEdit>(dialog, u"nameEdit"_s), u" de Creteil"_s);
    script(dialog, false);  // keep editing
    EXPECT_FALSE(dialog.save());
    EXPECT_EQ(asked, QList{Question::ReloadTheirs});
    EXPECT_TRUE(dialog.isModified());
    EXPECT_EQ(repository.find(world.host.id)->name, u"ALCEJ"_s) << "never a silent overwrite";

    asked.clear();
    script(dialog, true);  // reload theirs
    EXPECT_FALSE(dialog.save());
    EXPECT_EQ(asked, QList{Question::ReloadTheirs});
    EXPECT_FALSE(dialog.isModified());
    EXPECT_EQ(child<QLineEdit>(dialog, u"emailEdit"_s)->text(), u"contact@alcej.fr"_s);
    EXPECT_EQ(child<QLineEdit>(dialog, u"nameEdit"_s)->text(), u"ALCEJ"_s);
}

TEST_F(OrganisationEditorTest, APersonChangedElsewhereIsAConflictOfTheEditor) {
    OrganisationEditorDialog dialog(*world.database, world.host.id, fixedToday());
    storage::PersonRepository people(*world.database);
    Person theirs = people.find(world.tutor.id).value();
    theirs.phone = u"06 00 00 00 01"_s;
    ASSERT_TRUE(people.save(theirs).ok());

    QTest::keyClicks(child<QLineEdit>(dialog, u"nameEdit"_s), u" 94"_s);
    child<QTableWidget>(dialog, u"peopleTable"_s)
        ->item(rowOf(dialog, u"Petit"_s), Phone)
        ->setText(u"07 99"_s);
    script(dialog, false);
    EXPECT_FALSE(dialog.save());
    EXPECT_EQ(asked, QList{Question::ReloadTheirs});
    EXPECT_EQ(people.find(world.tutor.id)->phone, u"06 00 00 00 01"_s);
    EXPECT_EQ(storage::OrganisationRepository(*world.database).find(world.host.id)->name, u"ALCEJ"_s)
        << "the organisation's write was rolled back with the person's";

    script(dialog, true);
    EXPECT_FALSE(dialog.save());
    EXPECT_FALSE(dialog.isModified());
    EXPECT_EQ(child<QTableWidget>(dialog, u"peopleTable"_s)->item(rowOf(dialog, u"Petit"_s), Phone)->text(),
              u"06 00 00 00 01"_s);
}

TEST_F(OrganisationEditorTest, APartnerThatIsNotASchoolHasNoUaiNorTeachingHours) {
    OrganisationEditorDialog dialog(*world.database, world.host.id, fixedToday());
    auto* tabs = child<QTabWidget>(dialog, u"tabs"_s);
    const int teachingTab = tabs->indexOf(child<QWidget>(dialog, u"teachingTab"_s));
    auto* uai = child<QLineEdit>(dialog, u"uaiEdit"_s);
    EXPECT_FALSE(uai->isVisibleTo(&dialog));
    EXPECT_FALSE(uai->isEnabled());
    EXPECT_FALSE(tabs->isTabVisible(teachingTab));
    EXPECT_FALSE(tabs->isTabEnabled(teachingTab));

    chooseKind(dialog, OrganisationKind::School);
    EXPECT_TRUE(uai->isVisibleTo(&dialog));
    EXPECT_TRUE(uai->isEnabled());
    EXPECT_TRUE(tabs->isTabVisible(teachingTab));
    auto* phone = child<QLineEdit>(dialog, u"phoneEdit"_s);
    const int phoneRowY = phone->geometry().y();
    QTest::keyClicks(uai, u"123"_s);
    auto* hint = child<QLabel>(dialog, u"uaiHintLabel"_s);
    EXPECT_TRUE(hint->isVisibleTo(&dialog));
    EXPECT_TRUE(hint->text().contains(u"Seven digits"_s));
    EXPECT_EQ(phone->geometry().y(), phoneRowY) << "the hint sits beside the field: the form does not move";
    QTest::keyClicks(uai, u"4567B"_s);
    EXPECT_TRUE(hint->text().isEmpty());
    EXPECT_EQ(phone->geometry().y(), phoneRowY);

    // Back to an association: the UAI goes with the kind, in one undo step.
    chooseKind(dialog, OrganisationKind::Association);
    EXPECT_TRUE(dialog.record().uai.isEmpty());
    EXPECT_FALSE(uai->isVisibleTo(&dialog));
    dialog.undoStack()->undo();
    EXPECT_EQ(dialog.record().uai, u"1234567B"_s);
    EXPECT_TRUE(uai->isVisibleTo(&dialog));

    // The existing school of the world shows its hours.
    OrganisationEditorDialog school(*world.database, world.school.id, fixedToday());
    EXPECT_TRUE(child<QTabWidget>(school, u"tabs"_s)->isTabVisible(teachingTab));
    EXPECT_EQ(school.record().teachingHours, world.school.teachingHours);
    const TimeSlots shown = school.timetable()->timeSlots();  // the grid's order: by day
    EXPECT_EQ(shown.size(), world.school.teachingHours.size());
    for (const TimeSlot& slot : world.school.teachingHours)
        EXPECT_TRUE(shown.contains(slot)) << key(slot.day).toStdString();
    script(dialog, true);
}

TEST_F(OrganisationEditorTest, APartnerNeedsANameAndItsPeopleANameEach) {
    OrganisationEditorDialog dialog(*world.database, {}, fixedToday());
    script(dialog, false);
    chooseKind(dialog, OrganisationKind::Town);
    EXPECT_FALSE(dialog.save());
    EXPECT_EQ(asked, QList{Question::SaveFailed});
    EXPECT_TRUE(lastText.contains(u"Name"_s)) << lastText.toStdString();

    child<QLineEdit>(dialog, u"nameEdit"_s)
        ->setText(u"Mairie de Créteil"_s);  // accents: QTest types ASCII only
    child<QPushButton>(dialog, u"addPersonButton"_s)->click();
    asked.clear();
    EXPECT_FALSE(dialog.save());
    EXPECT_EQ(asked, QList{Question::SaveFailed});
    EXPECT_TRUE(lastText.contains(u"People"_s)) << lastText.toStdString();
    EXPECT_TRUE(dialog.record().id.isEmpty());

    auto* table = child<QTableWidget>(dialog, u"peopleTable"_s);
    table->item(0, LastName)->setText(u"Cathala"_s);
    table->item(0, Role)->setText(u"Maire"_s);
    EXPECT_TRUE(dialog.save()) << lastText.toStdString();
    const QList<Person> people = storedPeopleOf(dialog.record().id);
    ASSERT_EQ(people.size(), 1);
    EXPECT_EQ(people[0].role, u"Maire"_s);
    // Each row addition is its own undo step, separate from the cell edits.
    EXPECT_GE(dialog.undoStack()->count(), 5);
}

// Run with PASSERELLE_SCREENSHOT_DIR set (under xvfb-run at 1366x768) to write partner-editor-*.png there.
TEST_F(OrganisationEditorTest, Screenshot) {
    const QString folder = qEnvironmentVariable("PASSERELLE_SCREENSHOT_DIR");
    if (folder.isEmpty())
        GTEST_SKIP() << "PASSERELLE_SCREENSHOT_DIR not set";
    ui::installTranslations(QLocale(QLocale::French, QLocale::France));
    OrganisationEditorDialog dialog(*world.database, world.school.id, fixedToday());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    ASSERT_TRUE(QDir().mkpath(folder));
    auto* tabs = child<QTabWidget>(dialog, u"tabs"_s);
    for (const QString& tab : {u"generalTab"_s, u"peopleTab"_s, u"teachingTab"_s}) {
        tabs->setCurrentWidget(child<QWidget>(dialog, tab));
        QTest::qWait(100);
        EXPECT_TRUE(dialog.grab().save(folder + u"/partner-editor-"_s + tab + u".png"_s));
    }
    script(dialog, true);
    dialog.reject();
}

// The hours a new school starts with come from the settings: kept as text in the settings file, edited in
// the settings dialog with the same timetable grid.
TEST(DefaultTeachingHoursTest, TheSettingsKeepThemAndTheSettingsDialogEditsThem) {
    using ui::AppSettings;
    const TimeSlots slots{{Weekday::Monday, QTime(8, 0), QTime(12, 0)},
                          {Weekday::Monday, QTime(13, 30), QTime(16, 30)}};
    EXPECT_EQ(AppSettings::slotsToStrings(slots), (QStringList{u"mon 08:00-12:00"_s, u"mon 13:30-16:30"_s}));
    EXPECT_EQ(AppSettings::slotsFromStrings(AppSettings::slotsToStrings(slots)), slots);
    EXPECT_TRUE(
        AppSettings::slotsFromStrings({u"sun 08:00-12:00"_s, u"tue 12:00-08:00"_s, u"garbage"_s}).isEmpty());

    AppSettings settings;
    settings.defaultTeachingHours = slots;
    ui::SettingsDialog dialog(settings);
    auto* grid = dialog.findChild<TimetableWidget*>(u"defaultTeachingHours"_s);
    ASSERT_NE(grid, nullptr);
    EXPECT_EQ(grid->timeSlots(), slots);
    typeInto(grid->timeField(Weekday::Tuesday, TimetableWidget::Half::Morning, TimetableWidget::Bound::From),
             u"8h"_s);
    typeInto(grid->timeField(Weekday::Tuesday, TimetableWidget::Half::Morning, TimetableWidget::Bound::To),
             u"12:00"_s);
    const TimeSlots edited = slots + TimeSlots{{Weekday::Tuesday, QTime(8, 0), QTime(12, 0)}};
    EXPECT_EQ(dialog.settings().defaultTeachingHours, edited);

    const QString folder = qEnvironmentVariable("PASSERELLE_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        QTest::qWait(100);
        ASSERT_TRUE(QDir().mkpath(folder));
        EXPECT_TRUE(dialog.grab().save(folder + u"/settings-dialog.png"_s));
    }
}

}  // namespace
}  // namespace passerelle::test

namespace passerelle::test {
namespace {

// A host's domain of activity (printed in the measure document) and contact fields that check what is typed.
TEST_F(OrganisationEditorTest, AHostHasADomainOfActivityAndItsPhoneRefusesAnEmail) {
    OrganisationEditorDialog dialog(*world.database, world.host.id, fixedToday());
    auto* domain = child<QLineEdit>(dialog, u"activityDomainEdit"_s);
    EXPECT_TRUE(domain->isVisibleTo(&dialog));
    domain->selectAll();
    QTest::keyClicks(domain, u"Restauration collective"_s);
    EXPECT_EQ(dialog.record().activityDomain, u"Restauration collective"_s);
    auto* phone = child<QLineEdit>(dialog, u"phoneEdit"_s);
    phone->selectAll();
    QTest::keyClick(phone, Qt::Key_Delete);
    QTest::keyClicks(phone, u"cpe@college.fr"_s);
    EXPECT_TRUE(phone->text().remove(u'.').isEmpty()) << phone->text().toStdString();
    QTest::keyClicks(phone, u"02 35 12 34 56"_s);
    EXPECT_TRUE(dialog.record().phone.endsWith(u"02 35 12 34 56"_s)) << dialog.record().phone.toStdString();
    auto* email = child<QLineEdit>(dialog, u"emailEdit"_s);
    email->selectAll();
    QTest::keyClick(email, Qt::Key_Delete);
    QTest::keyClicks(email, u"accueil @mairie"_s);
    EXPECT_EQ(email->text(), u"accueil@mairie"_s) << "no space in an e-mail";
    script(dialog, true);
    dialog.reject();
}

}  // namespace
}  // namespace passerelle::test

namespace passerelle::test {
namespace {

// A person's phone cell refuses an e-mail as it is typed, and an e-mail cell a space: typed by keys into the
// cell's own editor.
TEST_F(OrganisationEditorTest, APersonsPhoneCellRefusesAnEmail) {
    const QString id = createSchool();
    OrganisationEditorDialog dialog(*world.database, id, fixedToday());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* table = child<QTableWidget>(dialog, u"peopleTable"_s);
    const int row = rowOf(dialog, u"Leroy"_s);
    ASSERT_GE(row, 0);
    const auto typeInCell = [table, row](int column, const QString& text) {
        table->setCurrentCell(row, column);
        table->editItem(table->item(row, column));
        auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        EXPECT_NE(editor, nullptr);
        if (editor == nullptr)
            return;
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QApplication::processEvents();
    };
    typeInCell(Phone, u"anne@college.fr 01 23"_s);
    const QString phone = dialog.people()[row].phone;
    EXPECT_TRUE(phone.endsWith(u"01 23"_s)) << phone.toStdString();
    EXPECT_FALSE(phone.contains(u'@') || phone.contains(u'a'))
        << "letters and '@' refused: " << phone.toStdString();
    typeInCell(Email, u"anne leroy@ac.fr"_s);
    EXPECT_EQ(dialog.people()[row].email, u"anneleroy@ac.fr"_s);
    script(dialog, true);
    dialog.reject();
}

}  // namespace
}  // namespace passerelle::test

namespace passerelle::test {
namespace {

// A person's civility (issue 12) is chosen by keys in the combo box before the first name, one undo step,
// and saved with the person; a new row opens its first name for typing, not the civility.
TEST_F(OrganisationEditorTest, APersonsCivilityIsChosenByKeysAndSaved) {
    const QString id = createSchool();
    OrganisationEditorDialog dialog(*world.database, id, fixedToday());
    script(dialog, true);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    child<QTabWidget>(dialog, u"tabs"_s)->setCurrentWidget(child<QWidget>(dialog, u"peopleTab"_s));
    auto* table = child<QTableWidget>(dialog, u"peopleTable"_s);
    EXPECT_EQ(table->horizontalHeaderItem(Civility)->text(), u"Civility"_s);
    EXPECT_FALSE(table->horizontalHeaderItem(Civility)->toolTip().isEmpty());
    const int row = rowOf(dialog, u"Leroy"_s);
    ASSERT_GE(row, 0);
    QComboBox* civility = comboInCell(table, row, Civility);
    ASSERT_NE(civility, nullptr);
    EXPECT_EQ(civility->currentText(), u"—"_s) << "not specified";
    EXPECT_EQ(civility->count(), 3);

    chooseByTyping(civility, u"Mme"_s);
    EXPECT_EQ(civility->currentText(), u"Mme"_s);
    EXPECT_EQ(dialog.people()[row].civility, u"Mme"_s);
    EXPECT_TRUE(dialog.isModified());
    dialog.undoStack()->undo();
    EXPECT_TRUE(dialog.people()[row].civility.isEmpty());
    EXPECT_EQ(comboInCell(table, row, Civility)->currentText(), u"—"_s);
    dialog.undoStack()->redo();
    EXPECT_EQ(comboInCell(table, row, Civility)->currentText(), u"Mme"_s);

    const int haddad = rowOf(dialog, u"Haddad"_s);
    chooseByTyping(comboInCell(table, haddad, Civility), u"M."_s);
    EXPECT_EQ(dialog.people()[haddad].civility, u"M."_s);

    child<QPushButton>(dialog, u"addPersonButton"_s)->click();
    EXPECT_EQ(table->currentColumn(), FirstName) << "typing starts at the first name";
    typeIntoCell(table, table->rowCount() - 1, LastName, u"Petit"_s);
    EXPECT_TRUE(dialog.people().last().civility.isEmpty());

    ASSERT_TRUE(dialog.save()) << lastText.toStdString();
    const QList<Person> people = storedPeopleOf(id);
    ASSERT_EQ(people.size(), 3);
    for (const Person& person : people) {
        const QString expected = person.lastName == u"Leroy"_s    ? u"Mme"_s
                                 : person.lastName == u"Haddad"_s ? u"M."_s
                                                                  : QString();
        EXPECT_EQ(person.civility, expected) << person.lastName.toStdString();
    }
    OrganisationEditorDialog reopened(*world.database, id, fixedToday());
    EXPECT_EQ(
        comboInCell(child<QTableWidget>(reopened, u"peopleTable"_s), rowOf(reopened, u"Leroy"_s), Civility)
            ->currentText(),
        u"Mme"_s);
}

}  // namespace
}  // namespace passerelle::test

namespace passerelle::test {
namespace {

// A partner's legal name (issue 12, seed 004: « nom, raison sociale et adresse »), typed after its name: its
// tooltip explains the « raison sociale », the typing is one undo step, and Save writes it with the record.
TEST_F(OrganisationEditorTest, AHostsLegalNameIsTypedUndoneAndSaved) {
    OrganisationEditorDialog dialog(*world.database, world.host.id, fixedToday());
    script(dialog, true);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* legalName = child<QLineEdit>(dialog, u"legalNameEdit"_s);
    ASSERT_NE(legalName, nullptr);
    EXPECT_TRUE(legalName->isVisibleTo(&dialog));
    EXPECT_TRUE(legalName->text().isEmpty());
    EXPECT_TRUE(legalName->toolTip().contains(u"raison sociale"_s)) << legalName->toolTip().toStdString();
    EXPECT_TRUE(legalName->toolTip().contains(u"Association Loisirs Culture Enfance Jeunesse"_s));
    auto* label = child<QLabel>(dialog, u"legalNameEditLabel"_s);
    EXPECT_EQ(label->buddy(), legalName);
    EXPECT_EQ(label->text().remove(u'&'), u"Legal name"_s);

    legalName->setFocus();
    QTest::keyClicks(legalName, u"Association Loisirs Culture Enfance Jeunesse"_s);
    EXPECT_EQ(dialog.record().legalName, u"Association Loisirs Culture Enfance Jeunesse"_s);
    EXPECT_TRUE(dialog.isModified());
    const Organisation before = world.host;
    dialog.undoStack()->undo();
    EXPECT_TRUE(dialog.record().legalName.isEmpty());
    EXPECT_TRUE(legalName->text().isEmpty());
    dialog.undoStack()->redo();
    EXPECT_EQ(legalName->text(), u"Association Loisirs Culture Enfance Jeunesse"_s);

    ASSERT_TRUE(dialog.save()) << lastText.toStdString();
    const auto stored = storage::OrganisationRepository(*world.database).find(world.host.id);
    ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();
    EXPECT_EQ(stored->legalName, u"Association Loisirs Culture Enfance Jeunesse"_s);
    EXPECT_EQ(stored->name, before.name) << "the usual name is kept";
    EXPECT_EQ(stored->revision, before.revision + 1);

    OrganisationEditorDialog reopened(*world.database, world.host.id, fixedToday());
    EXPECT_EQ(child<QLineEdit>(reopened, u"legalNameEdit"_s)->text(),
              u"Association Loisirs Culture Enfance Jeunesse"_s);
    script(reopened, true);
    reopened.reject();
}

}  // namespace
}  // namespace passerelle::test
