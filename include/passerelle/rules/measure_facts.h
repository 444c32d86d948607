#pragma once

// The computations the rules make on a measure, exposed so that the UI, the documents and the CLI show the
// same figures the rules check instead of computing their own.

#include "passerelle/domain/enums.h"
#include "passerelle/domain/measure.h"
#include "passerelle/domain/student.h"
#include "passerelle/domain/time_slot.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace passerelle::rules {

// Planned minutes per weekday of a timetable, Monday to Saturday. Inverted or invalid slots count 0 (they are
// MEASURE-SLOTS findings); overlapping slots add up (also a MEASURE-SLOTS finding).
struct WeeklyMinutes {
    std::array<int, 6> perDay{};  // index 0 = Monday ... 5 = Saturday

    int on(Weekday day) const;
    int daysWithSlots() const;  // the days of the week the student is expected
    int perWeek() const;
};

WeeklyMinutes plannedMinutesPerDay(const TimeSlots& slots);

// Days of the week with at least one slot (RESP-WEEKLY-DAYS counts these).
int plannedDaysPerWeek(const TimeSlots& slots);

// The minutes planned over the whole measure: the slots of every date from start to end inclusive whose
// weekday has slots (RESP-TOTAL-HOURS). 0 when a date is missing or the measure ends before it starts.
// Computed without walking the dates, so it costs the same for a week or a year.
int plannedTotalMinutes(const Measure& measure);

// The minutes actually done (issue 11): for each date marked present, counted once, from start to end
// inclusive, the planned minutes of that date's weekday. Absences, excused days and dates outside the measure
// count nothing (the last are ATTENDANCE-DATE findings). RESP-TOTAL-HOURS holds it to the 20 hours too.
int doneTotalMinutes(const Measure& measure);

// « 15 h faites sur 18 h prévues », « 1 h 30 faite sur 6 h prévues »: the done and planned totals above, in
// the rules' French figures, for the follow-up tab, the measures list and the documents.
QString hoursDoneSummary(const Measure& measure);

// Whether the measure has ended by `today`: its last day is before today. On the last day itself it is still
// under way, so HOST-REPORT-MISSING waits for the next day, and the documents print the hours done from then
// on, when they are final. False when either date is unknown.
bool hasEnded(const Measure& measure, const QDate& today);

// The dates of the expected sessions (Measure::expectedDates), for attendance sheets and documents.
QList<QDate> expectedSessionDates(const Measure& measure);

// Whether the student is under 18 on the date; nothing when the birth date (or the date) is unknown.
std::optional<bool> isMinorOn(const Student& student, const QDate& date);

// The date minority is judged on for a measure: its start, or today when the start is not set yet.
QDate minorityReferenceDate(const Measure& measure, const QDate& today);

// The roles that must sign the measure's document:
// - responsibility (convention type, art. 2): head-of-school, host-manager, and the student if adult or the
//   legal-representative if minor (unknown age counts as minor: most students are, and the missing birth
//   date is reported on its own);
// - exclusion alternative (seed 001, art. 3, contrat d'engagement): head-of-school, youth-service, student,
// and
//   legal-representative unless the student is known to be adult on the start date (an adult has none);
// - follow-up: none.
// `student` may be null. `today` only matters when the measure has no start date.
QList<SignatureRole> requiredSignatureRoles(const Measure& measure, const Student* student,
                                            const QDate& today);
QList<SignatureRole> missingSignatureRoles(const Measure& measure, const Student* student,
                                           const QDate& today);
bool signaturesComplete(const Measure& measure, const Student* student, const QDate& today);

}  // namespace passerelle::rules
