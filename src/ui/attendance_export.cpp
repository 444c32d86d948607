#include "passerelle/ui/attendance_export.h"

#include "passerelle/rules/measure_facts.h"
#include "passerelle/ui/enum_labels.h"

#include <QCoreApplication>

#include <algorithm>

namespace passerelle::ui {
namespace {

class AttendanceExport {
    Q_DECLARE_TR_FUNCTIONS(AttendanceExport)
};

using exchange::ColumnType;
using exchange::TableCell;

// A spreadsheet wants hours as a number it can add up: 1 h 30 is 1.5.
TableCell hours(int minutes) {
    return minutes > 0 ? TableCell(minutes / 60.0) : TableCell();
}

TableCell text(const QString& value) {
    return value.isEmpty() ? TableCell() : TableCell(value);
}

TableCell time(const QTime& value) {
    return value.isValid() ? TableCell(value.toString(QStringLiteral("HH:mm"))) : TableCell();
}

// An XLSX sheet name holds at most 31 characters (table_export cuts it); the title stays readable.
QString sheetTitle(const QString& prefix, const QString& name) {
    return name.isEmpty() ? prefix : prefix + QStringLiteral(" ") + name;
}

}  // namespace

exchange::Table measureAttendanceTable(const Measure& measure, const QString& studentName) {
    exchange::Table table;
    table.title = sheetTitle(AttendanceExport::tr("Attendance sheet"), studentName);
    table.columns = {{AttendanceExport::tr("Date"), ColumnType::Date},
                     {AttendanceExport::tr("Hours planned"), ColumnType::Number},
                     {AttendanceExport::tr("Attendance"), ColumnType::Text},
                     {AttendanceExport::tr("Note"), ColumnType::Text}};
    QList<QDate> dates = rules::expectedSessionDates(measure);
    for (const AttendanceEntry& entry : measure.attendance) {
        if (!dates.contains(entry.date))
            dates.append(entry.date);
    }
    std::sort(dates.begin(), dates.end());
    for (const QDate& date : std::as_const(dates)) {
        const auto weekday = weekdayFromQt(date.dayOfWeek());
        const int planned = weekday ? minutesOn(measure.slots, *weekday) : 0;
        const auto recorded =
            std::find_if(measure.attendance.cbegin(), measure.attendance.cend(),
                         [&date](const AttendanceEntry& entry) { return entry.date == date; });
        const bool hasEntry = recorded != measure.attendance.cend();
        table.rows.append({date, hours(planned),
                           hasEntry ? text(EnumLabels::of(recorded->status)) : TableCell(),
                           hasEntry ? text(recorded->note) : TableCell()});
    }
    return table;
}

exchange::Table groupAttendanceTable(
    const GroupActivity& group, const std::function<QString(const QString& studentId)>& participantName) {
    exchange::Table table;
    table.title = sheetTitle(AttendanceExport::tr("Attendance sheet"), group.title);
    table.columns = {{AttendanceExport::tr("Date"), ColumnType::Date},
                     {AttendanceExport::tr("Start"), ColumnType::Text},
                     {AttendanceExport::tr("End"), ColumnType::Text},
                     {AttendanceExport::tr("Hours"), ColumnType::Number},
                     {AttendanceExport::tr("Cancelled"), ColumnType::Text},
                     {AttendanceExport::tr("Participant"), ColumnType::Text},
                     {AttendanceExport::tr("Attendance"), ColumnType::Text},
                     {AttendanceExport::tr("Note"), ColumnType::Text}};
    QList<GroupSession> sessions = group.sessions;
    std::stable_sort(sessions.begin(), sessions.end(), [](const GroupSession& a, const GroupSession& b) {
        return a.date != b.date ? a.date < b.date : a.start < b.start;
    });
    for (const GroupSession& session : std::as_const(sessions)) {
        const int minutes = session.start.isValid() && session.end.isValid()
                                ? std::max(0, session.start.secsTo(session.end) / 60)
                                : 0;
        const QList<TableCell> sessionCells{session.date, time(session.start), time(session.end),
                                            hours(minutes)};
        if (session.isCancelled()) {
            table.rows.append(sessionCells +
                              QList<TableCell>{AttendanceExport::tr("Cancelled on %1")
                                                   .arg(QLocale().toString(session.cancelledAt.date(),
                                                                           QLocale::ShortFormat)),
                                               TableCell(), TableCell(), TableCell()});
            continue;
        }
        for (const QString& studentId : group.participantIds) {
            const auto entry =
                std::find_if(session.attendance.cbegin(), session.attendance.cend(),
                             [&studentId](const SessionAttendance& a) { return a.studentId == studentId; });
            const bool hasEntry = entry != session.attendance.cend();
            table.rows.append(sessionCells +
                              QList<TableCell>{TableCell(), text(participantName(studentId)),
                                               hasEntry ? text(EnumLabels::of(entry->status)) : TableCell(),
                                               hasEntry ? text(entry->note) : TableCell()});
        }
    }
    return table;
}

}  // namespace passerelle::ui
