// Clicking a finding in an editor's rules panel focuses the exact field it is about (issue 11): the Tuesday
// afternoon slot for a Tuesday finding, the follow-up row of a date, the incident told too early, a role's or
// a party's signature date. Each finding is clicked with the mouse on the real list, as a CPE does.
#include "measure_editor_fixture.h"
#include "passerelle/rules/rule_ids.h"
#include "passerelle/storage/repositories.h"
#include "passerelle/ui/agreement_editor.h"
#include "passerelle/ui/date_field.h"
#include "passerelle/ui/date_time_field.h"
#include "passerelle/ui/findings_panel.h"
#include "passerelle/ui/measure_editor.h"
#include "passerelle/ui/time_field.h"
#include "passerelle/ui/timetable_widget.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QListWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <algorithm>

#include <gtest/gtest.h>

namespace passerelle::test {
namespace {

using namespace Qt::Literals::StringLiterals;
using ui::RecordEditorDialog;
using Half = ui::TimetableWidget::Half;
using Bound = ui::TimetableWidget::Bound;

template <typename T>
T saved(storage::Database& database, const T& record) {
    Result<T> stored = storage::Repository<T>(database).save(record);
    if (!stored)
        ADD_FAILURE() << stored.error().message.toStdString();
    return stored ? stored.value() : record;
}

template <typename W>
W* child(const QWidget& dialog, const QString& name) {
    W* widget = dialog.findChild<W*>(name);
    if (widget == nullptr)
        ADD_FAILURE() << "no widget " << name.toStdString();
    return widget;
}

// Shows the editor as the active window, on its first tab, so that a click can move the focus anywhere.
void showActive(RecordEditorDialog& dialog) {
    child<QTabWidget>(dialog, u"tabs"_s)->setCurrentIndex(0);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
}

// The rules panel's line of the finding on `field`, scrolled into view; null when there is none.
QListWidgetItem* findingOn(const RecordEditorDialog& dialog, const QString& field) {
    QListWidget* list = dialog.findingsPanel()->list();
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem* item = list->item(row);
        if (item->data(ui::FindingsPanel::FieldRole).toString() == field) {
            list->scrollToItem(item);
            return item;
        }
    }
    return nullptr;
}

// Clicks the finding on `field` in the rules panel; false when the panel lists none.
bool clickFinding(const RecordEditorDialog& dialog, const QString& field) {
    QListWidgetItem* item = findingOn(dialog, field);
    if (item == nullptr)
        return false;
    QListWidget* list = dialog.findingsPanel()->list();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    return true;
}

// The keyboard focus is on `field` or inside it (a date field's line edit).
::testing::AssertionResult focusIsIn(const QWidget* field) {
    const QWidget* focus = QApplication::focusWidget();
    if (field != nullptr && focus != nullptr && (focus == field || field->isAncestorOf(focus)))
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << "focus on " << (focus ? focus->metaObject()->className() : "nothing") << " \""
           << (focus ? focus->objectName().toStdString() : std::string()) << "\", expected "
           << (field ? field->metaObject()->className() : "null") << " \""
           << (field ? field->objectName().toStdString() : std::string()) << "\"";
}

std::string describe(const rules::Findings& findings) {
    std::string text;
    for (const rules::Finding& finding : findings)
        text += QString(finding.rule + u" ["_s + finding.field + u"] "_s + finding.message + u"\n"_s)
                    .toStdString();
    return text;
}

class FindingFocusTest : public ::testing::Test {
protected:
    // Scripted answers to the dialog's questions, so that no modal box ever blocks.
    static void script(RecordEditorDialog& dialog, bool answer) {
        dialog.setAsker([answer](RecordEditorDialog::Question, const QString&) { return answer; });
    }

    // Checked on Tuesday 24 November 2026 (fixedToday): a measure from Monday 16 November to Friday 4
    // December, on Monday evenings (slot 0) and Tuesday 17:00-20:30 (slot 1, 3 h 30: RESP-DAILY-HOURS),
    // with attendance on a day before it and on a session after today, a second incident told to the head
    // an hour before it happened, the host manager's signature dated after today, and a report written
    // before the measure began.
    Measure implausibleMeasure() const {
        Measure measure;
        measure.kind = MeasureKind::Responsibility;
        measure.studentId = world.student.id;
        measure.agreementId = world.agreement.id;
        measure.hostId = world.host.id;
        measure.hostTutorId = world.tutor.id;
        measure.schoolFollowerId = world.cpe.id;
        measure.start = QDate(2026, 11, 16);
        measure.end = QDate(2026, 12, 4);
        measure.slots = {{Weekday::Monday, QTime(17, 0), QTime(18, 0)},
                         {Weekday::Tuesday, QTime(17, 0), QTime(20, 30)}};
        measure.attendance = {{QDate(2026, 11, 13), AttendanceStatus::Present, {}},
                              {QDate(2026, 11, 16), AttendanceStatus::Present, {}},
                              {QDate(2026, 12, 1), AttendanceStatus::Present, {}}};
        measure.incidents = {{QDateTime(QDate(2026, 11, 17), QTime(18, 0)), IncidentKind::Behaviour,
                              u"Retard"_s, QDateTime(QDate(2026, 11, 17), QTime(18, 30))},
                             {QDateTime(QDate(2026, 11, 23), QTime(18, 0)), IncidentKind::Other, u"Dispute"_s,
                              QDateTime(QDate(2026, 11, 23), QTime(17, 0))}};
        measure.signatures = {{SignatureRole::HeadOfSchool, QDate(2026, 11, 10), SignatureMethod::Paper},
                              {SignatureRole::HostManager, QDate(2026, 11, 30), SignatureMethod::Paper}};
        measure.hostReport = HostReport{QDate(2026, 11, 12), {}, {}, u"Compte rendu"_s};
        return saved(*world.database, measure);
    }

    MeasureEditorWorld world;
};

TEST_F(FindingFocusTest, MeasureFindingsFocusTheExactField) {
    const Measure measure = implausibleMeasure();
    ui::MeasureEditorDialog dialog(*world.database, measure.id, fixedToday());
    script(dialog, true);
    ASSERT_TRUE(dialog.loadError().isEmpty()) << dialog.loadError().toStdString();
    showActive(dialog);
    auto* tabs = child<QTabWidget>(dialog, u"tabs"_s);
    const std::string findings = describe(dialog.findings());

    // Tuesday is too long: its first slot, the afternoon, is the field; not Monday's, not the grid's first.
    ASSERT_TRUE(clickFinding(dialog, u"slots.1"_s)) << findings;
    ui::TimeField* tuesday = dialog.timetable()->timeField(Weekday::Tuesday, Half::Afternoon, Bound::From);
    EXPECT_TRUE(focusIsIn(tuesday));
    EXPECT_EQ(tabs->currentWidget(), child<QWidget>(dialog, u"timetableTab"_s));
    EXPECT_EQ(tuesday->time(), QTime(17, 0));

    // A session after today: its row of the follow-up, current and scrolled to.
    tabs->setCurrentIndex(0);
    ASSERT_TRUE(clickFinding(dialog, u"attendance.2026-12-01"_s)) << findings;
    auto* attendance = child<QTableWidget>(dialog, u"attendanceTable"_s);
    EXPECT_EQ(tabs->currentWidget(), child<QWidget>(dialog, u"followUpTab"_s));
    const int december = attendance->currentRow();
    ASSERT_GE(december, 0);
    EXPECT_EQ(attendance->item(december, 2)->data(Qt::UserRole).toDate(), QDate(2026, 12, 1));
    EXPECT_TRUE(focusIsIn(attendance->cellWidget(december, 1)));

    // A day before the measure is no session: it has a row of its own, marked, so that the user sees it
    // and can take it back.
    tabs->setCurrentIndex(0);
    ASSERT_TRUE(clickFinding(dialog, u"attendance.2026-11-13"_s)) << findings;
    const int outside = attendance->currentRow();
    ASSERT_GE(outside, 0);
    EXPECT_EQ(attendance->item(outside, 2)->data(Qt::UserRole).toDate(), QDate(2026, 11, 13));
    EXPECT_TRUE(attendance->item(outside, 0)->text().contains(u"no session planned"_s));
    EXPECT_TRUE(focusIsIn(attendance->cellWidget(outside, 1)));

    // The second incident is selected, and the moment the head was told, in the form under the list.
    tabs->setCurrentIndex(0);
    auto* incidents = child<QTableWidget>(dialog, u"incidentsTable"_s);
    incidents->setCurrentCell(0, 0);
    ASSERT_TRUE(clickFinding(dialog, u"incidents.1.headNotifiedAt"_s)) << findings;
    EXPECT_EQ(tabs->currentWidget(), child<QWidget>(dialog, u"incidentsTab"_s));
    EXPECT_EQ(incidents->currentRow(), 1);
    auto* told = child<ui::DateTimeField>(dialog, u"headNotifiedEdit"_s);
    EXPECT_TRUE(focusIsIn(told));
    EXPECT_EQ(told->dateTime(), QDateTime(QDate(2026, 11, 23), QTime(17, 0)));

    tabs->setCurrentIndex(0);
    ASSERT_TRUE(clickFinding(dialog, u"hostReport.writtenOn"_s)) << findings;
    EXPECT_TRUE(focusIsIn(child<QWidget>(dialog, u"reportWrittenOnEdit"_s)));

    // The host manager's date, not the first signature field.
    tabs->setCurrentIndex(0);
    ASSERT_TRUE(clickFinding(dialog, u"signatures."_s + key(SignatureRole::HostManager))) << findings;
    EXPECT_EQ(tabs->currentWidget(), child<QWidget>(dialog, u"signaturesTab"_s));
    EXPECT_TRUE(focusIsIn(child<QWidget>(dialog, u"signatureHostManager"_s)));

    EXPECT_FALSE(dialog.isModified()) << "looking at a finding changes nothing";

    // Taking the stray date back by the keyboard: « Not recorded » removes it, and its finding goes.
    tabs->setCurrentWidget(child<QWidget>(dialog, u"followUpTab"_s));
    auto* stray = qobject_cast<QComboBox*>(attendance->cellWidget(outside, 1));
    ASSERT_NE(stray, nullptr);
    stray->setFocus();
    QTest::keyClick(stray, Qt::Key_Home);
    EXPECT_FALSE(std::any_of(dialog.measure().attendance.cbegin(), dialog.measure().attendance.cend(),
                             [](const AttendanceEntry& entry) { return entry.date == QDate(2026, 11, 13); }));
    EXPECT_FALSE(std::any_of(dialog.findings().cbegin(), dialog.findings().cend(),
                             [](const rules::Finding& f) { return f.field == u"attendance.2026-11-13"_s; }));
    dialog.reject();
}

// Keys the rules may give that no finding of the measure above gives: each still finds its widget.
TEST_F(FindingFocusTest, MeasureKeysOfSlotsAndIncidents) {
    Measure measure = implausibleMeasure();
    // A second Tuesday afternoon: the grid has no room for it, so its day's first field stands for it.
    measure.slots << TimeSlot{Weekday::Tuesday, QTime(14, 0), QTime(15, 0)}
                  << TimeSlot{Weekday::Saturday, QTime(9, 0), QTime(11, 0)};
    measure.incidents[0].headNotifiedAt = QDateTime();
    measure = saved(*world.database, measure);
    ui::MeasureEditorDialog dialog(*world.database, measure.id, fixedToday());
    script(dialog, true);
    const ui::TimetableWidget& grid = *dialog.timetable();
    EXPECT_EQ(dialog.widgetForField(u"slots.0"_s),
              grid.timeField(Weekday::Monday, Half::Afternoon, Bound::From));
    EXPECT_EQ(dialog.widgetForField(u"slots.2"_s),
              grid.timeField(Weekday::Tuesday, Half::Morning, Bound::From));
    EXPECT_EQ(dialog.widgetForField(u"slots.3"_s),
              grid.timeField(Weekday::Saturday, Half::Morning, Bound::From));
    // The whole timetable: its first slot. A slot that is not there: the timetable's key.
    EXPECT_EQ(dialog.widgetForField(u"slots"_s),
              grid.timeField(Weekday::Monday, Half::Afternoon, Bound::From));
    EXPECT_EQ(dialog.widgetForField(u"slots.9"_s), dialog.widgetForField(u"slots"_s));
    // An incident not told yet: the box that says it was.
    EXPECT_EQ(dialog.widgetForField(u"incidents.0.headNotifiedAt"_s),
              child<QCheckBox>(dialog, u"headNotifiedCheck"_s));
    EXPECT_EQ(dialog.widgetForField(u"incidents.7.headNotifiedAt"_s),
              child<QTableWidget>(dialog, u"incidentsTable"_s));
    EXPECT_EQ(dialog.widgetForField(u"attendance"_s), child<QTableWidget>(dialog, u"attendanceTable"_s));
    dialog.reject();
}

TEST_F(FindingFocusTest, AgreementFindingsFocusThePartysSignature) {
    // Signed, says its status, while the town has not signed; the host's signature and the agreement's own
    // date are after today.
    Organisation town;
    town.kind = OrganisationKind::Town;
    town.name = u"Ville de Choisy-le-Roi"_s;
    town = saved(*world.database, town);
    Agreement agreement = world.agreement;
    agreement.id.clear();
    agreement.revision = 0;
    agreement.parties << Party{town.id, {}, u"town"_s};
    agreement.signedOn = QDate(2026, 11, 28);
    agreement.signatures = {{world.school.id, QDate(2025, 9, 15)}, {world.host.id, QDate(2026, 11, 30)}};
    agreement = saved(*world.database, agreement);

    ui::AgreementEditorDialog dialog(*world.database, agreement.id, fixedToday());
    script(dialog, true);
    ASSERT_TRUE(dialog.loadError().isEmpty()) << dialog.loadError().toStdString();
    showActive(dialog);
    auto* tabs = child<QTabWidget>(dialog, u"tabs"_s);
    auto* signatures = child<QTableWidget>(dialog, u"signaturesTable"_s);
    const std::string findings = describe(dialog.findings());

    // The host is the second party: its row's date, that row current.
    ASSERT_TRUE(clickFinding(dialog, u"signatures."_s + world.host.id)) << findings;
    EXPECT_EQ(tabs->currentWidget(), child<QWidget>(dialog, u"signaturesTab"_s));
    EXPECT_EQ(signatures->currentRow(), 1);
    QWidget* hostDate = signatures->cellWidget(1, 2);
    ASSERT_NE(qobject_cast<ui::DateField*>(hostDate), nullptr);
    EXPECT_TRUE(focusIsIn(hostDate));
    EXPECT_EQ(qobject_cast<ui::DateField*>(hostDate)->date(), QDate(2026, 11, 30));

    tabs->setCurrentIndex(tabs->indexOf(child<QWidget>(dialog, u"partiesTab"_s)));
    ASSERT_TRUE(clickFinding(dialog, u"signedOn"_s)) << findings;
    EXPECT_EQ(tabs->currentWidget(), child<QWidget>(dialog, u"generalTab"_s));
    EXPECT_TRUE(focusIsIn(child<QWidget>(dialog, u"signedOnDate"_s)));

    // The town's missing signature is the table's (AGREEMENT-SIGNATURES names every party missing).
    tabs->setCurrentIndex(0);
    ASSERT_TRUE(clickFinding(dialog, u"signatures"_s)) << findings;
    EXPECT_TRUE(focusIsIn(signatures));

    // A party that signs no more (removed since): the table.
    EXPECT_EQ(dialog.widgetForField(u"signatures.gone"_s), signatures);
    EXPECT_FALSE(dialog.isModified());
    dialog.reject();
}

}  // namespace
}  // namespace passerelle::test
