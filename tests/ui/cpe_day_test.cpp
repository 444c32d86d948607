// A CPE's day, by keys and clicks only (issue 11): from an empty database, the first-start assistant, then
// in the main window the host structure and its people, the school's CPE, the student and her mother, the
// agreement signed by both parties, the measure typed in and signed, and later the same day its attendance
// and the host's report. Every value goes in through the real widgets (QTest keys and clicks); the editors
// run with exec() from the window, driven from ModalAction. What is read back comes from the database.
#include "fixtures.h"
#include "modal_answer.h"
#include "passerelle/rules/checks.h"
#include "passerelle/rules/measure_facts.h"
#include "passerelle/storage/database.h"
#include "passerelle/storage/repositories.h"
#include "passerelle/ui/app_settings.h"
#include "passerelle/ui/dashboard_figures.h"
#include "passerelle/ui/dashboard_page.h"
#include "passerelle/ui/date_field.h"
#include "passerelle/ui/findings_panel.h"
#include "passerelle/ui/first_start_wizard.h"
#include "passerelle/ui/list_page.h"
#include "passerelle/ui/main_window.h"
#include "passerelle/ui/measure_editor.h"
#include "passerelle/ui/record_editor.h"
#include "passerelle/ui/time_field.h"
#include "passerelle/ui/timetable_widget.h"
#include "passerelle/ui/translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QWizard>

#include <gtest/gtest.h>

#include <functional>

namespace passerelle::test {
namespace {

using namespace Qt::Literals::StringLiterals;
using ui::RecordEditorDialog;
using Half = ui::TimetableWidget::Half;
using Bound = ui::TimetableWidget::Bound;

// ---- Finding what the user sees -------------------------------------------------------------------------

template <typename W>
W* child(const QWidget& parent, const QString& name) {
    W* widget = parent.findChild<W*>(name);
    if (widget == nullptr)
        ADD_FAILURE() << "no widget " << name.toStdString() << " in " << parent.objectName().toStdString();
    return widget;
}

// ---- Keys and clicks ------------------------------------------------------------------------------------

void click(QWidget* widget) {
    ASSERT_NE(widget, nullptr);
    ASSERT_TRUE(widget->isEnabled()) << widget->objectName().toStdString();
    QTest::mouseClick(widget, Qt::LeftButton);
}

// Clicks into a line edit, selects what it holds and types `text` over it (ASCII only: QTest::keyClicks
// asserts on other characters).
void typeLine(QLineEdit* edit, const QString& text) {
    ASSERT_NE(edit, nullptr);
    QTest::mouseClick(edit, Qt::LeftButton);
    ASSERT_TRUE(edit->hasFocus()) << edit->objectName().toStdString();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
}

void typeLine(const QWidget& parent, const QString& name, const QString& text) {
    typeLine(child<QLineEdit>(parent, name), text);
}

// A multi-line text: a click in it, then the keys.
void typeText(const QWidget& parent, const QString& name, const QString& text) {
    auto* edit = child<QPlainTextEdit>(parent, name);
    ASSERT_NE(edit, nullptr);
    QTest::mouseClick(edit->viewport(), Qt::LeftButton);
    ASSERT_TRUE(edit->hasFocus()) << name.toStdString();
    QTest::keyClicks(edit, text);
}

// A date or a time typed into its field, then Tab to leave it, as a user goes from field to field.
void typeField(ui::TypedField* field, const QString& text) {
    ASSERT_NE(field, nullptr);
    typeLine(field->lineEdit(), text);
    QTest::keyClick(field->lineEdit(), Qt::Key_Tab);
}

void typeDate(const QWidget& parent, const QString& name, const QString& text) {
    auto* field = child<ui::DateField>(parent, name);
    typeField(field, text);
    ASSERT_NE(field, nullptr);
    EXPECT_FALSE(field->hasProblem()) << name.toStdString() << ": " << field->problem().toStdString();
}

// Chooses the item reading `text` in a combo box by the keyboard: the focus on it, then Down or Up until
// it is current (a combo box that is not open changes at each arrow key, as a user sees).
void chooseByKeys(QComboBox* combo, const QString& text) {
    ASSERT_NE(combo, nullptr);
    const int target = combo->findText(text);
    ASSERT_GE(target, 0) << combo->objectName().toStdString() << " has no item " << text.toStdString();
    combo->setFocus(Qt::TabFocusReason);
    for (int step = 0; step < combo->count() && combo->currentIndex() != target; ++step)
        QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    EXPECT_EQ(combo->currentText(), text);
}

void chooseByKeys(const QWidget& parent, const QString& comboName, const QString& text) {
    chooseByKeys(child<QComboBox>(parent, comboName), text);
}

// Ticks a check box by clicking its box.
void tick(const QWidget& parent, const QString& name) {
    auto* box = child<QCheckBox>(parent, name);
    ASSERT_NE(box, nullptr);
    ASSERT_FALSE(box->isChecked()) << name.toStdString();
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    EXPECT_TRUE(box->isChecked()) << name.toStdString() << ": the click missed the box";
}

// Clicks the tab of an editor that holds `pageName`.
void clickTab(const QWidget& dialog, const QString& pageName) {
    auto* tabs = child<QTabWidget>(dialog, u"tabs"_s);
    auto* page = child<QWidget>(dialog, pageName);
    ASSERT_TRUE(tabs != nullptr && page != nullptr);
    const int index = tabs->indexOf(page);
    ASSERT_GE(index, 0) << pageName.toStdString();
    QTabBar* bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    EXPECT_EQ(tabs->currentWidget(), page) << pageName.toStdString();
}

// The widget the keys go to: the application's focus, or the window's own while it is not the active one.
QWidget* focused(const QWidget& within) {
    if (QWidget* focus = QApplication::focusWidget())
        return focus;
    QWidget* focus = within.window()->focusWidget();
    return focus != nullptr ? focus : within.window();
}

// Adds a row to a table of people with its button, then types each cell, Tab from one cell to the next,
// Enter after the last: the table opens the first cell for typing as the row appears.
void addRowByKeys(const QWidget& dialog, const QString& buttonName, const QString& tableName,
                  const QStringList& cells) {
    auto* table = child<QTableWidget>(dialog, tableName);
    ASSERT_NE(table, nullptr);
    const int rows = table->rowCount();
    click(child<QPushButton>(dialog, buttonName));
    ASSERT_EQ(table->rowCount(), rows + 1);
    // The cell opened first: the first name, after the civility (a choice) where the table has one.
    const int first = table->currentColumn();
    for (int column = 0; column < cells.size(); ++column) {
        QWidget* cellEditor = focused(*table);
        ASSERT_NE(qobject_cast<QLineEdit*>(cellEditor), nullptr)
            << tableName.toStdString() << ": no cell open for typing in column " << column;
        QTest::keyClicks(cellEditor, cells[column]);
        QTest::keyClick(cellEditor, column + 1 < cells.size() ? Qt::Key_Tab : Qt::Key_Return);
    }
    // The view commits the cell Enter closes once the key is handled, as the event loop goes on.
    QCoreApplication::processEvents();
    for (int column = 0; column < cells.size(); ++column)
        EXPECT_EQ(table->item(rows, first + column)->text(), cells[column]);
}

// Ctrl+S from the field that has the focus, as the user presses it.
void pressSave(RecordEditorDialog& editor) {
    QSignalSpy saved(&editor, &RecordEditorDialog::saved);
    QTest::keyClick(focused(editor), Qt::Key_S, Qt::ControlModifier);
    // The shortcut presses the Save button, which clicks as its press shows (animateClick).
    EXPECT_TRUE(saved.size() == 1 || saved.wait(2000))
        << editor.windowTitle().toStdString() << ": Ctrl+S did not save";
    EXPECT_EQ(saved.size(), 1);
    EXPECT_FALSE(editor.isModified());
}

// The Close button of the editor; a saved editor closes without asking.
void clickClose(RecordEditorDialog& editor) {
    auto* buttons = editor.findChild<QDialogButtonBox*>(u"buttonBox"_s);
    ASSERT_NE(buttons, nullptr);
    click(buttons->button(QDialogButtonBox::Close));
    EXPECT_FALSE(editor.isVisible()) << editor.windowTitle().toStdString() << " stayed open";
}

QString errorsOf(const rules::Findings& findings) {
    QString errors;
    for (const rules::Finding& finding : findings) {
        if (finding.severity == rules::Severity::Error)
            errors += finding.rule + u" ("_s + finding.field + u"): "_s + finding.message + u'\n';
    }
    return errors;
}

// Runs `open` (a click or a key that opens a dialog with exec()) while `walk` uses the dialog as it shows.
// A walk stopped by a failed assertion leaves the dialog open: it is then closed without saving, so that
// the test fails instead of hanging.
template <typename Dialog>
void whileOpen(const std::function<void()>& open, const std::function<void(Dialog&)>& walk) {
    bool walked = false;
    ModalAction action([&](QWidget* modal) {
        auto* dialog = qobject_cast<Dialog*>(modal);
        if (dialog == nullptr) {
            ADD_FAILURE() << "unexpected dialog " << modal->metaObject()->className() << ": "
                          << modal->windowTitle().toStdString();
            if (auto* other = qobject_cast<QDialog*>(modal))
                other->done(QDialog::Rejected);
            return;
        }
        // Keys go to the active window: the dialog shows first, then the platform activates it.
        EXPECT_TRUE(QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; }, 2000))
            << "the dialog did not become the active window";
        walk(*dialog);
        walked = true;
        if (dialog->isVisible()) {
            ADD_FAILURE() << dialog->windowTitle().toStdString() << " was left open";
            static_cast<QDialog*>(dialog)->done(QDialog::Rejected);
        }
    });
    open();
    EXPECT_TRUE(action.done()) << "no dialog opened";
    EXPECT_TRUE(walked);
}

// A message box nobody expects (a save refused, an error) would block the walk: it fails the test, with
// its text, and is closed.
class UnexpectedBoxes final : public QObject {
public:
    UnexpectedBoxes() {
        m_timer.setInterval(50);
        connect(&m_timer, &QTimer::timeout, this, [] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (box == nullptr || !box->isVisible())
                return;
            ADD_FAILURE() << "unexpected message: " << box->text().toStdString() << " "
                          << box->informativeText().toStdString();
            box->done(QMessageBox::Cancel);
        });
        m_timer.start();
    }

private:
    QTimer m_timer;
};

// ---- The main window --------------------------------------------------------------------------------------

void clickSection(ui::MainWindow& window, const QString& title) {
    auto* sideBar = child<QListWidget>(window, u"sideBar"_s);
    ASSERT_NE(sideBar, nullptr);
    const QList<QListWidgetItem*> items = sideBar->findItems(title, Qt::MatchExactly);
    ASSERT_EQ(items.size(), 1) << title.toStdString();
    QTest::mouseClick(sideBar->viewport(), Qt::LeftButton, {},
                      sideBar->visualItemRect(items.first()).center());
    EXPECT_EQ(sideBar->currentItem(), items.first());
}

QPushButton* listButton(ui::ListPage* page, const QString& name) {
    return page ? child<QPushButton>(*page, name) : nullptr;
}

// Clicks the row of the list that has a cell reading `text` (the list holds a few rows here).
void clickRow(ui::ListPage* page, const QString& text) {
    ASSERT_NE(page, nullptr);
    auto* table = child<QTableView>(*page, u"table"_s);
    QAbstractItemModel* model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            if (index.data().toString() == text) {
                QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
                EXPECT_FALSE(page->currentId().isEmpty());
                return;
            }
        }
    }
    FAIL() << "no row reads " << text.toStdString();
}

// ---- The database, read back ------------------------------------------------------------------------------

template <typename T>
QList<T> stored(storage::Database& database, const storage::ListQuery& query = {}) {
    auto page = storage::Repository<T>(database).list(query);
    if (!page) {
        ADD_FAILURE() << page.error().message.toStdString();
        return {};
    }
    return page->items;
}

class CpeDay : public ::testing::Test {
protected:
    void SetUp() override {
        // The screen in English, as the test reads it, whatever a test run before it in this process
        // installed (the screenshots install French); the translators are put back afterwards.
        for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
            if (QCoreApplication::removeTranslator(translator))
                m_translatorsBefore << translator;
        }
        ui::installTranslations(QLocale(QLocale::English));
        m_settingsBefore = ui::AppSettings::load();
        auto opened = storage::Database::open(folder.path(u"cpe-day.sqlite"_s));
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        database = std::move(opened).value();
    }
    // The assistant and the window write the preferences (home school, last follower, recent files): they
    // are put back for the tests that run after this one in the same process.
    void TearDown() override {
        m_settingsBefore.save();
        for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
            if (!m_translatorsBefore.contains(translator) && QCoreApplication::removeTranslator(translator))
                delete translator;
        }
        for (QTranslator* translator : std::as_const(m_translatorsBefore))
            QCoreApplication::installTranslator(translator);
    }

    TempFolder folder;
    std::unique_ptr<storage::Database> database;

private:
    ui::AppSettings m_settingsBefore;
    QList<QTranslator*> m_translatorsBefore;
};

TEST_F(CpeDay, FromAnEmptyDatabaseToASignedMeasureWithAttendanceAndAHostReportByKeysAndClicks) {
    const QDate today = fixedToday();  // Tuesday 24 November 2026
    UnexpectedBoxes unexpectedBoxes;

    // 1. First start: the assistant asks for the school, its head, the rentrée and the teaching hours (the
    //    usual ones are kept), then an empty start. Startup::welcome then applies the answers.
    ui::FirstStartWizard wizard(today);
    whileOpen<ui::FirstStartWizard>(
        [&] { wizard.exec(); },
        [&](ui::FirstStartWizard& page) {
            const auto next = [&page] { click(page.button(QWizard::NextButton)); };
            typeLine(page, u"nameEdit"_s, u"College Jean Moulin"_s);
            typeLine(page, u"uaiEdit"_s, u"0761234A"_s);
            typeLine(page, u"addressEdit"_s, u"12 rue des Ecoles, 76000 Rouen"_s);
            typeLine(page, u"phoneEdit"_s, u"02 35 12 34 56"_s);
            typeLine(page, u"emailEdit"_s, u"ce.0761234a@ac-rouen.fr"_s);
            next();
            ASSERT_EQ(page.currentPage()->objectName(), u"headPage"_s);
            typeLine(page, u"headFirstNameEdit"_s, u"Claire"_s);
            typeLine(page, u"headLastNameEdit"_s, u"Durand"_s);
            typeLine(child<ui::DateField>(page, u"rentreeField"_s)->lineEdit(), u"1/9"_s);
            next();
            ASSERT_EQ(page.currentPage()->objectName(), u"hoursPage"_s);
            next();  // the usual teaching hours: no lessons on Wednesday afternoon
            ASSERT_EQ(page.currentPage()->objectName(), u"startPage"_s);
            EXPECT_TRUE(child<QAbstractButton>(page, u"emptyRadio"_s)->isChecked());
            click(page.button(QWizard::FinishButton));
        });
    ASSERT_EQ(wizard.result(), QDialog::Accepted);
    ui::AppSettings settings = ui::AppSettings::load();
    ASSERT_EQ(ui::FirstStartWizard::apply(wizard.answers(), *database, today, settings), QString());
    ASSERT_FALSE(settings.homeSchoolId.isEmpty());
    const QString schoolId = settings.homeSchoolId;
    const QString headId = settings.homeSchoolHeadId;
    {
        const auto school = storage::OrganisationRepository(*database).find(schoolId);
        ASSERT_TRUE(school.ok());
        EXPECT_EQ(school->uai, u"0761234A"_s);
        EXPECT_EQ(school->address, u"12 rue des Ecoles, 76000 Rouen"_s);
        EXPECT_EQ(school->phone, u"02 35 12 34 56"_s);
        EXPECT_EQ(school->email, u"ce.0761234a@ac-rouen.fr"_s);
        EXPECT_EQ(school->teachingHours.size(), 9) << "the usual hours, free on Wednesday afternoon";
        const auto head = storage::PersonRepository(*database).find(headId);
        ASSERT_TRUE(head.ok());
        EXPECT_EQ(head->fullName(), u"Claire Durand"_s);
        EXPECT_EQ(settings.schoolYearStartMonth, 9);
        EXPECT_EQ(settings.schoolYearStartDay, 1);
    }

    // The main window on that database.
    ui::MainWindow window(*database, today);
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));

    // 2. Partners: Ctrl+N opens a new partner. The host structure, its domain of activity, its manager (who
    //    signs) and the tutor who will welcome the student.
    clickSection(window, u"Partners"_s);
    ASSERT_EQ(window.currentSection(), ui::MainWindow::Partners);
    whileOpen<RecordEditorDialog>(
        [&] { QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier); },
        [&](RecordEditorDialog& editor) {
            EXPECT_TRUE(editor.windowTitle().startsWith(u"New partner"_s));
            chooseByKeys(editor, u"kindCombo"_s, u"Host structure"_s);
            typeLine(editor, u"nameEdit"_s, u"Maison de quartier Saint-Sever"_s);
            ASSERT_TRUE(child<QLineEdit>(editor, u"activityDomainEdit"_s)->isVisible());
            typeLine(editor, u"activityDomainEdit"_s, u"Animation socioculturelle"_s);
            typeText(editor, u"addressEdit"_s, u"5 place Saint-Sever, 76100 Rouen"_s);
            typeLine(editor, u"phoneEdit"_s, u"02 35 98 76 54"_s);
            typeLine(editor, u"emailEdit"_s, u"accueil@mq-saint-sever.fr"_s);
            clickTab(editor, u"peopleTab"_s);
            addRowByKeys(editor, u"addPersonButton"_s, u"peopleTable"_s,
                         {u"Paul"_s, u"Roux"_s, u"Directeur"_s});
            addRowByKeys(editor, u"addPersonButton"_s, u"peopleTable"_s,
                         {u"Marc"_s, u"Petit"_s, u"Animateur"_s});
            pressSave(editor);
            clickClose(editor);
        });
    const QList<Organisation> hosts = stored<Organisation>(*database, {.kind = key(OrganisationKind::Host)});
    ASSERT_EQ(hosts.size(), 1);
    const Organisation host = hosts.first();
    EXPECT_EQ(host.name, u"Maison de quartier Saint-Sever"_s);
    EXPECT_EQ(host.activityDomain, u"Animation socioculturelle"_s);
    EXPECT_EQ(host.phone, u"02 35 98 76 54"_s);

    //    Then the school, from the Partners list (a click on its row, Edit): the CPE joins its people.
    clickRow(window.listPage(ui::MainWindow::Partners), u"College Jean Moulin"_s);
    whileOpen<RecordEditorDialog>(
        [&] { click(listButton(window.listPage(ui::MainWindow::Partners), u"editButton"_s)); },
        [&](RecordEditorDialog& editor) {
            EXPECT_EQ(child<QLineEdit>(editor, u"uaiEdit"_s)->text(), u"0761234A"_s);
            clickTab(editor, u"peopleTab"_s);
            EXPECT_EQ(child<QTableWidget>(editor, u"peopleTable"_s)->rowCount(), 1) << "the head of school";
            addRowByKeys(editor, u"addPersonButton"_s, u"peopleTable"_s, {u"Nadia"_s, u"Benali"_s, u"CPE"_s});
            pressSave(editor);
            clickClose(editor);
        });
    const auto personOf = [this](const QString& organisationId, const QString& lastName) {
        for (const Person& person : stored<Person>(*database, {.schoolId = organisationId})) {
            if (person.lastName == lastName)
                return person;
        }
        ADD_FAILURE() << "nobody named " << lastName.toStdString();
        return Person{};
    };
    const Person director = personOf(host.id, u"Roux"_s);
    const Person tutor = personOf(host.id, u"Petit"_s);
    const Person cpe = personOf(schoolId, u"Benali"_s);
    EXPECT_EQ(tutor.role, u"Animateur"_s);
    EXPECT_EQ(cpe.role, u"CPE"_s);

    // 3. Students: the New button. Her names, her birth date typed (a minor: 13 today), her class, and her
    //    mother as legal representative; the school is already the home school.
    clickSection(window, u"Students"_s);
    whileOpen<RecordEditorDialog>(
        [&] { click(listButton(window.listPage(ui::MainWindow::Students), u"newButton"_s)); },
        [&](RecordEditorDialog& editor) {
            typeLine(editor, u"firstNameEdit"_s, u"Lea"_s);
            typeLine(editor, u"lastNameEdit"_s, u"Martin"_s);
            typeDate(editor, u"birthDateEdit"_s, u"12/03/2013"_s);
            EXPECT_EQ(child<QLabel>(editor, u"ageLabel"_s)->text(), u"13 years old"_s);
            typeLine(editor, u"classEdit"_s, u"5e B"_s);
            EXPECT_EQ(child<QComboBox>(editor, u"schoolCombo"_s)->currentText(), u"College Jean Moulin"_s);
            tick(editor, u"followUpConsentCheck"_s);
            clickTab(editor, u"representativesTab"_s);
            addRowByKeys(editor, u"addRepresentativeButton"_s, u"representativesTable"_s,
                         {u"Sophie"_s, u"Martin"_s, u"mere"_s, u"3 rue des Lilas, 76100 Rouen"_s,
                          u"06 12 34 56 78"_s});
            pressSave(editor);
            clickClose(editor);
        });
    const QList<Student> students = stored<Student>(*database);
    ASSERT_EQ(students.size(), 1);
    const Student student = students.first();
    EXPECT_EQ(student.birthDate, QDate(2013, 3, 12));
    EXPECT_EQ(student.schoolId, schoolId);
    ASSERT_EQ(student.legalRepresentatives.size(), 1);
    EXPECT_EQ(student.legalRepresentatives.first().phone, u"06 12 34 56 78"_s);

    // 4. Agreements: New. The home school and its head are already a party; the kind, the title, the dates
    //    typed; Enter in a date saves nothing; the host joins the parties with its director; each party's
    //    signature date typed makes the agreement « signed ». Then Ctrl+S.
    clickSection(window, u"Agreements"_s);
    whileOpen<RecordEditorDialog>(
        [&] { click(listButton(window.listPage(ui::MainWindow::Agreements), u"newButton"_s)); },
        [&](RecordEditorDialog& editor) {
            QSignalSpy saved(&editor, &RecordEditorDialog::saved);
            auto* parties = child<QTableWidget>(editor, u"partiesTable"_s);
            ASSERT_EQ(parties->rowCount(), 1);
            EXPECT_EQ(parties->item(0, 0)->text(), u"College Jean Moulin"_s);
            chooseByKeys(editor, u"kindCombo"_s, u"Responsibility measures"_s);
            typeLine(editor, u"titleEdit"_s, u"Mesures de responsabilisation - Maison de quartier"_s);

            // Enter, by habit, at the end of a date: the date is written, the agreement is not saved.
            auto* signedOn = child<ui::DateField>(editor, u"signedOnDate"_s);
            typeLine(signedOn->lineEdit(), u"01/09/2026"_s);
            QTest::keyClick(signedOn->lineEdit(), Qt::Key_Return);
            EXPECT_EQ(signedOn->date(), QDate(2026, 9, 1));
            EXPECT_TRUE(editor.isVisible()) << "Enter closed the agreement";
            EXPECT_TRUE(saved.isEmpty()) << "Enter saved the agreement";
            EXPECT_TRUE(stored<Agreement>(*database).isEmpty()) << "Enter saved the agreement";

            typeDate(editor, u"startDate"_s, u"01/09/2026"_s);
            EXPECT_TRUE(child<QAbstractButton>(editor, u"fixedEndRadio"_s)->isChecked());
            typeDate(editor, u"endDate"_s, u"31/08/2029"_s);

            clickTab(editor, u"partiesTab"_s);
            chooseByKeys(editor, u"newPartyOrganisationCombo"_s, host.name);
            chooseByKeys(editor, u"newPartyRepresentativeCombo"_s, u"Paul Roux — Directeur"_s);
            click(child<QPushButton>(editor, u"addPartyButton"_s));
            ASSERT_EQ(parties->rowCount(), 2);
            EXPECT_EQ(parties->item(1, 0)->text(), host.name);

            clickTab(editor, u"signaturesTab"_s);
            auto* signatures = child<QTableWidget>(editor, u"signaturesTable"_s);
            ASSERT_EQ(signatures->rowCount(), 2);
            for (int row = 0; row < 2; ++row) {
                auto* date = qobject_cast<ui::DateField*>(signatures->cellWidget(row, 2));
                ASSERT_NE(date, nullptr) << "row " << row;
                typeField(date, row == 0 ? u"01/09/2026"_s : u"1/9/26"_s);
                EXPECT_EQ(date->date(), QDate(2026, 9, 1));
            }
            EXPECT_EQ(child<QComboBox>(editor, u"statusCombo"_s)->currentText(), u"Signed"_s)
                << "every party has signed";
            EXPECT_EQ(errorsOf(editor.findings()), QString());
            pressSave(editor);
            clickClose(editor);
        });
    const QList<Agreement> agreements = stored<Agreement>(*database);
    ASSERT_EQ(agreements.size(), 1);
    const Agreement agreement = agreements.first();
    EXPECT_EQ(agreement.kind, AgreementKind::ResponsibilityMeasures);
    EXPECT_EQ(agreement.status, AgreementStatus::Signed);
    EXPECT_EQ(agreement.start, QDate(2026, 9, 1));
    EXPECT_EQ(agreement.end, QDate(2029, 8, 31));
    ASSERT_EQ(agreement.parties.size(), 2);
    EXPECT_EQ(agreement.parties[0].representativeId, headId);
    EXPECT_EQ(agreement.parties[1].representativeId, director.id);
    EXPECT_EQ(agreement.signatures.size(), 2);

    // 5. Measures: New. The student found by typing her name, the agreement chosen (the host comes with
    //    it), the tutor and the CPE who follows; the dates, the consents, the content, Wednesday afternoon
    //    typed into the timetable, the insurances and the three signatures the document needs. Ctrl+S.
    clickSection(window, u"Measures"_s);
    const QString measureTitle = u"Measure — Lea Martin"_s;
    whileOpen<RecordEditorDialog>(
        [&] { click(listButton(window.listPage(ui::MainWindow::Measures), u"newButton"_s)); },
        [&](RecordEditorDialog& editor) {
            auto& measure = static_cast<ui::MeasureEditorDialog&>(editor);
            typeLine(measure, u"studentSearchEdit"_s, u"martin"_s);
            auto* studentCombo = child<QComboBox>(measure, u"studentCombo"_s);
            ASSERT_TRUE(QTest::qWaitFor([&] { return measure.measure().studentId == student.id; }, 3000))
                << "the search did not choose the only student it found: "
                << studentCombo->currentText().toStdString();
            EXPECT_EQ(studentCombo->currentText(), u"Lea Martin (5e B)"_s);
            chooseByKeys(measure, u"agreementCombo"_s, agreement.title);
            EXPECT_EQ(child<QComboBox>(measure, u"hostCombo"_s)->currentText(), host.name)
                << "the agreement's only host";
            chooseByKeys(measure, u"hostTutorCombo"_s, u"Marc Petit — Animateur"_s);
            chooseByKeys(measure, u"schoolFollowerCombo"_s, u"Nadia Benali — CPE"_s);
            EXPECT_EQ(child<QComboBox>(measure, u"kindCombo"_s)->currentText(), u"Responsibility measure"_s);
            typeDate(measure, u"startDate"_s, u"04/11/2026"_s);
            typeDate(measure, u"endDate"_s, u"18/11/2026"_s);
            tick(measure, u"studentConsentCheck"_s);
            tick(measure, u"representativeConsentCheck"_s);

            clickTab(measure, u"contentTab"_s);
            typeText(measure, u"objectivesEdit"_s, u"Reparer le tort cause et reprendre confiance"_s);
            typeText(measure, u"activitiesEdit"_s, u"Aide a l'accueil et au rangement de la ludotheque"_s);
            typeText(measure, u"placesEdit"_s, u"Maison de quartier, 5 place Saint-Sever"_s);
            typeLine(measure, u"transportEdit"_s, u"A pied depuis le college"_s);

            clickTab(measure, u"timetableTab"_s);
            ui::TimeField* from =
                measure.timetable()->timeField(Weekday::Wednesday, Half::Afternoon, Bound::From);
            ui::TimeField* to =
                measure.timetable()->timeField(Weekday::Wednesday, Half::Afternoon, Bound::To);
            typeLine(from->lineEdit(), u"1400"_s);
            QTest::keyClick(from->lineEdit(), Qt::Key_Tab);
            ASSERT_TRUE(to->lineEdit()->hasFocus()) << "Tab goes on to the end of the half-day";
            QTest::keyClicks(to->lineEdit(), u"16h30"_s);
            QTest::keyClick(to->lineEdit(), Qt::Key_Tab);
            EXPECT_EQ(from->text(), u"14:00"_s);
            EXPECT_EQ(to->text(), u"16:30"_s);
            EXPECT_EQ(measure.measure().slots,
                      (TimeSlots{{Weekday::Wednesday, QTime(14, 0), QTime(16, 30)}}));
            EXPECT_TRUE(child<QLabel>(measure, u"totalLabel"_s)
                            ->text()
                            .startsWith(u"Over the whole measure: 7 h 30"_s))
                << child<QLabel>(measure, u"totalLabel"_s)->text().toStdString();

            clickTab(measure, u"signaturesTab"_s);
            typeLine(measure, u"schoolInsurerEdit"_s, u"MAIF"_s);
            typeLine(measure, u"schoolContractEdit"_s, u"EPLE-4521"_s);
            typeLine(measure, u"hostInsurerEdit"_s, u"MACIF"_s);
            typeLine(measure, u"hostContractEdit"_s, u"RC-889"_s);
            EXPECT_EQ(child<QComboBox>(measure, u"statusCombo"_s)->currentText(), u"Planned (draft)"_s);
            typeDate(measure, u"signatureHeadOfSchool"_s, u"02/11/2026"_s);
            typeDate(measure, u"signatureHostManager"_s, u"2.11.2026"_s);
            typeDate(measure, u"signatureLegalRepresentative"_s, u"03112026"_s);
            EXPECT_EQ(child<QLabel>(measure, u"signatureSummaryLabel"_s)->text(),
                      u"Every signature the document needs is there."_s);
            EXPECT_EQ(child<QComboBox>(measure, u"statusCombo"_s)->currentText(), u"Signed"_s)
                << "the last signature makes the measure signed";
            EXPECT_EQ(errorsOf(measure.findingsPanel()->findings()), QString());

            pressSave(measure);
            EXPECT_FALSE(measure.recordId().isEmpty());
            EXPECT_EQ(measure.windowTitle(), measureTitle + u"[*]"_s);
            clickClose(measure);
        });
    const QList<Measure> measures = stored<Measure>(*database);
    ASSERT_EQ(measures.size(), 1);
    const QString measureId = measures.first().id;
    EXPECT_EQ(measures.first().status, MeasureStatus::Signed);
    EXPECT_TRUE(rules::signaturesComplete(measures.first(), &student, today));
    EXPECT_EQ(ui::AppSettings::load().lastFollowerId, cpe.id) << "the next measure is followed by the CPE";

    // 6. Later in the day: the measure again, from the Measures list. Follow-up: the student came on the
    //    4th and the 18th; the 11th (a public holiday) is excused, with a note. Then the host's report.
    clickRow(window.listPage(ui::MainWindow::Measures), u"Martin Lea"_s);
    whileOpen<RecordEditorDialog>(
        [&] { click(listButton(window.listPage(ui::MainWindow::Measures), u"editButton"_s)); },
        [&](RecordEditorDialog& editor) {
            EXPECT_EQ(editor.windowTitle(), measureTitle + u"[*]"_s);
            clickTab(editor, u"followUpTab"_s);
            auto* attendance = child<QTableWidget>(editor, u"attendanceTable"_s);
            ASSERT_EQ(attendance->rowCount(), 3) << "three Wednesdays";
            const QStringList marks{u"Present"_s, u"Excused"_s, u"Present"_s};
            for (int row = 0; row < 3; ++row)
                chooseByKeys(qobject_cast<QComboBox*>(attendance->cellWidget(row, 1)), marks[row]);
            QTableWidgetItem* note = attendance->item(1, 2);
            const QRect noteCell = attendance->visualItemRect(note);
            QTest::mouseClick(attendance->viewport(), Qt::LeftButton, {}, noteCell.center());
            QTest::keyClick(attendance, Qt::Key_F2);  // F2 opens the cell for typing
            QWidget* noteEditor = focused(editor);
            ASSERT_NE(qobject_cast<QLineEdit*>(noteEditor), nullptr)
                << "the note cell does not open for typing";
            QTest::keyClicks(noteEditor, u"Ferie (11 novembre)"_s);
            QTest::keyClick(noteEditor, Qt::Key_Return);
            QCoreApplication::processEvents();  // the view commits the cell Enter closed
            EXPECT_EQ(note->text(), u"Ferie (11 novembre)"_s);
            EXPECT_EQ(child<QLabel>(editor, u"hoursDoneLabel"_s)->text(), u"5 h faites sur 7 h 30 prévues"_s);

            clickTab(editor, u"incidentsTab"_s);
            auto* report = child<QGroupBox>(editor, u"hostReportGroup"_s);
            report->setFocus(Qt::TabFocusReason);
            QTest::keyClick(report, Qt::Key_Space);
            ASSERT_TRUE(report->isChecked()) << "Space on the report's box";
            typeDate(editor, u"reportWrittenOnEdit"_s, u"19/11/2026"_s);
            typeLine(editor, u"reportBehaviourEdit"_s, u"Polie, ponctuelle"_s);
            typeLine(editor, u"reportInvolvementEdit"_s, u"S'est investie dans le rangement"_s);
            typeText(editor, u"reportTextEdit"_s,
                     u"Lea a range la ludotheque et aide a l'accueil des enfants."_s);
            EXPECT_EQ(errorsOf(editor.findings()), QString());
            pressSave(editor);
            clickClose(editor);
        });

    // 7. What the database holds: the signed measure, its attendance, the host's report, its signatures;
    //    and no rule error on it, nor anywhere the dashboard looks.
    const auto measure = storage::MeasureRepository(*database).find(measureId);
    ASSERT_TRUE(measure.ok());
    EXPECT_EQ(measure->studentId, student.id);
    EXPECT_EQ(measure->agreementId, agreement.id);
    EXPECT_EQ(measure->hostId, host.id);
    EXPECT_EQ(measure->hostTutorId, tutor.id);
    EXPECT_EQ(measure->schoolFollowerId, cpe.id);
    EXPECT_EQ(measure->start, QDate(2026, 11, 4));
    EXPECT_EQ(measure->end, QDate(2026, 11, 18));
    EXPECT_EQ(measure->status, MeasureStatus::Signed);
    EXPECT_TRUE(measure->consents.student);
    EXPECT_TRUE(measure->consents.representative);
    EXPECT_EQ(measure->insurances.host.contract, u"RC-889"_s);
    const QList<AttendanceEntry> attendance{
        {QDate(2026, 11, 4), AttendanceStatus::Present, {}},
        {QDate(2026, 11, 11), AttendanceStatus::Excused, u"Ferie (11 novembre)"_s},
        {QDate(2026, 11, 18), AttendanceStatus::Present, {}},
    };
    EXPECT_EQ(measure->attendance, attendance);
    EXPECT_EQ(rules::doneTotalMinutes(*measure), 5 * 60);
    ASSERT_TRUE(measure->hostReport.has_value());
    EXPECT_EQ(measure->hostReport->writtenOn, QDate(2026, 11, 19));
    EXPECT_EQ(measure->hostReport->behaviour, u"Polie, ponctuelle"_s);
    EXPECT_EQ(measure->hostReport->involvement, u"S'est investie dans le rangement"_s);
    EXPECT_FALSE(measure->hostReport->text.isEmpty());
    const QList<RoleSignature> signatures{
        {SignatureRole::HeadOfSchool, QDate(2026, 11, 2), SignatureMethod::Paper},
        {SignatureRole::HostManager, QDate(2026, 11, 2), SignatureMethod::Paper},
        {SignatureRole::LegalRepresentative, QDate(2026, 11, 3), SignatureMethod::Paper},
    };
    for (const RoleSignature& signature : signatures)
        EXPECT_TRUE(measure->signatures.contains(signature)) << key(signature.role).toStdString();
    EXPECT_EQ(measure->signatures.size(), signatures.size());

    const auto school = storage::OrganisationRepository(*database).find(schoolId);
    ASSERT_TRUE(school.ok());
    rules::MeasureContext context;
    context.student = &student;
    context.school = &*school;
    context.host = &host;
    context.agreement = &agreement;
    const rules::Findings findings = rules::checkMeasure(*measure, context, today);
    EXPECT_EQ(errorsOf(findings), QString());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.dashboardPage()->isLoading(); }, 20000));
    EXPECT_EQ(window.dashboardPage()->figures().ruleErrors, 0);
    // The measures list shows what was done against what was planned.
    QAbstractItemModel* list =
        child<QTableView>(*window.listPage(ui::MainWindow::Measures), u"table"_s)->model();
    ASSERT_EQ(list->rowCount(), 1);
    QStringList row;
    for (int column = 0; column < list->columnCount(); ++column)
        row << list->index(0, column).data().toString();
    EXPECT_TRUE(row.contains(u"5 h / 7 h 30"_s)) << row.join(u" | "_s).toStdString();
}

}  // namespace
}  // namespace passerelle::test
