// Where the measure editor edits each field the rules name: the fixed fields by their exchange key
// (fieldWidgets), and the keys that name one of the measure's own rows or cells (dynamicFieldWidget): a slot
// of the timetable, a date of the follow-up, an incident, a role's signature. A click on a finding lands on
// that very widget (issue 11). Split from measure_editor.cpp, which builds and fills the form.
#include "passerelle/ui/date_time_field.h"
#include "passerelle/ui/measure_editor.h"
#include "passerelle/ui/time_field.h"
#include "passerelle/ui/timetable_widget.h"
#include "ui_measure_editor.h"

#include <QTableWidget>

namespace passerelle::ui {
namespace {

using namespace Qt::Literals::StringLiterals;
using Half = TimetableWidget::Half;
using Bound = TimetableWidget::Bound;

bool isGridDay(Weekday day) {
    const int value = static_cast<int>(day);
    return value >= static_cast<int>(Weekday::Monday) && value <= static_cast<int>(Weekday::Saturday);
}

// The grid shows a slot in its day's morning when it starts before noon, otherwise in the afternoon
// (TimetableWidget::setTimeSlots). A slot it could not place there (a second one in that half-day, a time
// missing) exists only in the measure: its day's first field stands for it, and the grid's first field for a
// slot on no day of the grid.
TimeField* gridFieldOf(const TimetableWidget& timetable, const TimeSlot& slot) {
    if (!isGridDay(slot.day))
        return timetable.timeField(Weekday::Monday, Half::Morning, Bound::From);
    const Half half = slot.isMorning() ? Half::Morning : Half::Afternoon;
    TimeField* from = timetable.timeField(slot.day, half, Bound::From);
    const bool shown = slot.start.isValid() && from->time() == slot.start &&
                       timetable.timeField(slot.day, half, Bound::To)->time() == slot.end;
    return shown ? from : timetable.timeField(slot.day, Half::Morning, Bound::From);
}

QWidget* signatureField(const Ui::MeasureEditorDialog& ui, SignatureRole role) {
    switch (role) {
        case SignatureRole::HeadOfSchool:
            return ui.signatureHeadOfSchool;
        case SignatureRole::HostManager:
            return ui.signatureHostManager;
        case SignatureRole::YouthService:
            return ui.signatureYouthService;
        case SignatureRole::Student:
            return ui.signatureStudent;
        case SignatureRole::LegalRepresentative:
            return ui.signatureLegalRepresentative;
    }
    return nullptr;
}

// The first widget set in the follow-up row of `date` (its attendance), or null when no row is that date's:
// the rows are the expected sessions, each with its date in the note's item (MeasureEditorDialog::
// showAttendance), so a date recorded outside them has none.
QWidget* attendanceCell(const QTableWidget& table, const QDate& date) {
    if (!date.isValid())
        return nullptr;
    for (int row = 0; row < table.rowCount(); ++row) {
        bool dated = false;
        for (int column = 0; column < table.columnCount() && !dated; ++column) {
            const QTableWidgetItem* item = table.item(row, column);
            dated = item != nullptr && item->data(Qt::UserRole).toDate() == date;
        }
        if (!dated)
            continue;
        for (int column = 0; column < table.columnCount(); ++column) {
            if (QWidget* cell = table.cellWidget(row, column))
                return cell;
        }
        return nullptr;
    }
    return nullptr;
}

// The index of "incidents.N..." within `count` incidents, or -1.
qsizetype incidentIndex(const QStringList& parts, qsizetype count) {
    if (parts.size() < 2 || parts[0] != u"incidents"_s)
        return -1;
    bool number = false;
    const qsizetype index = parts[1].toLongLong(&number);
    return number && index >= 0 && index < count ? index : -1;
}

}  // namespace

QWidget* MeasureEditorDialog::dynamicFieldWidget(const QString& field) const {
    const Ui::MeasureEditorDialog& ui = *m_ui;
    const QStringList parts = field.split(u'.');
    const QString& head = parts[0];
    if (head == u"slots"_s) {
        // "slots" alone (the total, the days per week) is the whole timetable: its first slot, if any.
        const QString indexText = parts.value(1, u"0"_s);
        bool number = false;
        const qsizetype index = indexText.toLongLong(&number);
        if (!number || index < 0 || index >= m_measure.slots.size())
            return nullptr;
        return gridFieldOf(*m_timetable, m_measure.slots[index]);
    }
    if (head == u"attendance"_s && parts.size() > 1)
        return attendanceCell(*ui.attendanceTable, QDate::fromString(parts[1], Qt::ISODate));
    if (head == u"signatures"_s && parts.size() > 1) {
        const std::optional<SignatureRole> role = parseKey<SignatureRole>(parts[1]);
        return role ? signatureField(ui, *role) : nullptr;
    }
    // The form under the incidents' list edits the selected one; revealField selects incident N first.
    const qsizetype incident = incidentIndex(parts, m_measure.incidents.size());
    if (incident < 0)
        return nullptr;
    const QString part = parts.value(2);
    if (part == u"at"_s)
        return ui.incidentAtEdit;
    if (part == u"kind"_s)
        return ui.incidentKindCombo;
    if (part == u"description"_s)
        return ui.incidentDescriptionEdit;
    if (part == u"headNotifiedAt"_s || part == u"headNotified"_s) {
        // The moment can be typed only once the box says the head was told.
        return m_measure.incidents[incident].headNotifiedAt.isValid()
                   ? static_cast<QWidget*>(ui.headNotifiedEdit)
                   : ui.headNotifiedCheck;
    }
    return nullptr;
}

void MeasureEditorDialog::revealField(const QString& field) {
    const qsizetype incident = incidentIndex(field.split(u'.'), m_measure.incidents.size());
    if (incident < 0)
        return;
    QTableWidget* table = m_ui->incidentsTable;
    // Selecting the row shows that incident in the form under the list (currentCellChanged).
    if (table->currentRow() != incident)
        table->setCurrentCell(static_cast<int>(incident), 0);
    table->scrollToItem(table->item(static_cast<int>(incident), 0));
}

QHash<QString, QWidget*> MeasureEditorDialog::fieldWidgets() const {
    const Ui::MeasureEditorDialog& ui = *m_ui;
    return {
        {u"student"_s, ui.studentCombo},
        {u"studentId"_s, ui.studentCombo},
        {u"agreement"_s, ui.agreementCombo},
        {u"agreementId"_s, ui.agreementCombo},
        {u"host"_s, ui.hostCombo},
        {u"hostId"_s, ui.hostCombo},
        {u"hostTutor"_s, ui.hostTutorCombo},
        {u"hostTutorId"_s, ui.hostTutorCombo},
        {u"schoolFollower"_s, ui.schoolFollowerCombo},
        {u"schoolFollowerId"_s, ui.schoolFollowerCombo},
        {u"kind"_s, ui.kindCombo},
        {u"status"_s, ui.statusCombo},
        {u"start"_s, ui.startDate},
        {u"end"_s, ui.endDate},
        {u"exclusionDays"_s, ui.exclusionDaysSpin},
        {u"consents"_s, ui.studentConsentCheck},
        {u"consents.student"_s, ui.studentConsentCheck},
        {u"consents.representative"_s, ui.representativeConsentCheck},
        {u"objectives"_s, ui.objectivesEdit},
        {u"activities"_s, ui.activitiesEdit},
        {u"places"_s, ui.placesEdit},
        {u"transport"_s, ui.transportEdit},
        {u"insurances"_s, ui.schoolInsurerEdit},
        {u"insurances.school"_s, ui.schoolInsurerEdit},
        {u"insurances.school.insurer"_s, ui.schoolInsurerEdit},
        {u"insurances.school.contract"_s, ui.schoolContractEdit},
        {u"insurances.host"_s, ui.hostInsurerEdit},
        {u"insurances.host.insurer"_s, ui.hostInsurerEdit},
        {u"insurances.host.contract"_s, ui.hostContractEdit},
        {u"signatures"_s, ui.signatureHeadOfSchool},
        {u"attendance"_s, ui.attendanceTable},
        {u"incidents"_s, ui.incidentsTable},
        {u"hostReport"_s, ui.hostReportGroup},
        {u"hostReport.writtenOn"_s, ui.reportWrittenOnEdit},
        {u"hostReport.behaviour"_s, ui.reportBehaviourEdit},
        {u"hostReport.involvement"_s, ui.reportInvolvementEdit},
        {u"hostReport.text"_s, ui.reportTextEdit},
        // An empty timetable: its first field (dynamicFieldWidget finds the slots there are).
        {u"slots"_s, m_timetable->timeField(Weekday::Monday, TimetableWidget::Half::Morning,
                                            TimetableWidget::Bound::From)},
    };
}

}  // namespace passerelle::ui
