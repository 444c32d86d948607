// The measure editor's follow-up exports (issue 13): the attendance as the follow-up tab shows it, and the
// expected sessions as an iCalendar file. Both take the measure being edited, saved or not.
#include "passerelle/exchange/calendar.h"
#include "passerelle/ui/attendance_export.h"
#include "passerelle/ui/measure_editor.h"
#include "passerelle/ui/record_documents.h"
#include "passerelle/ui/table_export_actions.h"

#include "ui_measure_editor.h"

#include <QDateTime>
#include <QPushButton>

namespace passerelle::ui {

void MeasureEditorDialog::connectExports() {
    connect(m_ui->exportAttendanceButton, &QPushButton::clicked, this,
            &MeasureEditorDialog::exportAttendance);
    connect(m_ui->exportCalendarButton, &QPushButton::clicked, this, &MeasureEditorDialog::exportCalendar);
}

void MeasureEditorDialog::exportAttendance() {
    const QString name = m_student ? m_student->fullName() : QString();
    saveTableAs(this, measureAttendanceTable(m_measure, name),
                sanitisedFileName(tr("attendance") + u' ' + name));
}

void MeasureEditorDialog::exportCalendar() {
    const exchange::MeasureCalendar input{m_measure, m_student.value_or(Student{}),
                                          m_host.value_or(Organisation{})};
    const QString name = m_student ? m_student->fullName() : QString();
    saveCalendarAs(this, exchange::measureCalendar(input, QDateTime::currentDateTimeUtc()),
                   sanitisedFileName(tr("sessions") + u' ' + name));
}

}  // namespace passerelle::ui
