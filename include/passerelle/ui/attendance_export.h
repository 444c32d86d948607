#pragma once

// The attendance of a measure and of a group as a spreadsheet table (issue 13, « Lists out »): what the
// editors' follow-up tables show, for the « Exporter l'émargement… » buttons. Built from the record being
// edited, so the export holds what the user sees, saved or not.

#include "passerelle/domain/group_activity.h"
#include "passerelle/domain/measure.h"
#include "passerelle/exchange/table_export.h"

#include <QString>

#include <functional>

namespace passerelle::ui {

// One row per expected session (and per date recorded outside them): the date, the hours planned that day,
// the attendance recorded (empty when none) and its note.
exchange::Table measureAttendanceTable(const Measure& measure, const QString& studentName);

// One row per session and participant, in date order: the date, start, end, hours, whether the session was
// cancelled, the participant, the attendance and its note. A cancelled session has one row, without a
// participant.
exchange::Table groupAttendanceTable(const GroupActivity& group,
                                     const std::function<QString(const QString& studentId)>& participantName);

}  // namespace passerelle::ui
