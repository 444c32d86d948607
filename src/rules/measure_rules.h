#pragma once

// The rules on one measure, one function per rule, called by checkMeasure in the order of the rules table.
// Internal to the rules layer.

#include "passerelle/rules/checks.h"
#include "passerelle/rules/measure_facts.h"

namespace passerelle::rules::detail {

// What every measure rule reads: the measure, its references, today, and the timetable summed once.
struct MeasureInput {
    const Measure& measure;
    const MeasureContext& context;
    QDate today;
    WeeklyMinutes week;
};

// Appends findings on one measure (entity "measure", its id).
class MeasureReport {
public:
    MeasureReport(const Measure& measure, Findings& findings) : m_measure(measure), m_findings(findings) {}
    void add(const QString& rule, Severity severity, const QString& field, const QString& message,
             const QString& reference);

private:
    const Measure& m_measure;
    Findings& m_findings;
};

// responsibility_rules.cpp: responsibility measures only (the caller checks the kind).
void checkTotalHours(const MeasureInput& input, MeasureReport& report);
void checkConsent(const MeasureInput& input, MeasureReport& report);
void checkDailyHours(const MeasureInput& input, MeasureReport& report);
void checkWeeklyDays(const MeasureInput& input, MeasureReport& report);
void checkTeachingHours(const MeasureInput& input, MeasureReport& report);
void checkRequiredFields(const MeasureInput& input, MeasureReport& report);
void checkInsurance(const MeasureInput& input, MeasureReport& report);
void checkHostReport(const MeasureInput& input, MeasureReport& report);

// measure_rules.cpp: every kind of measure.
void checkDates(const MeasureInput& input, MeasureReport& report);
void checkSlots(const MeasureInput& input, MeasureReport& report);
void checkAgreementLink(const MeasureInput& input, MeasureReport& report);
void checkMinorRepresentative(const MeasureInput& input, MeasureReport& report);
void checkSignatures(const MeasureInput& input, MeasureReport& report);
void checkIncidents(const MeasureInput& input, MeasureReport& report);

// exclusion_rules.cpp: exclusion alternatives (and follow-ups for the family's consent).
void checkExclusionDuration(const MeasureInput& input, MeasureReport& report);
void checkExclusionConsent(const MeasureInput& input, MeasureReport& report);

// measure_dates_rules.cpp: dates that cannot be true (issue 11), every kind of measure.
void checkIncidentChronology(const MeasureInput& input, MeasureReport& report);
void checkAttendanceDates(const MeasureInput& input, MeasureReport& report);
void checkSignatureDates(const MeasureInput& input, MeasureReport& report);
void checkHostReportDate(const MeasureInput& input, MeasureReport& report);

// The source of the measure's own document: the convention type's art. 2 for a responsibility measure, the
// commitment contract of seed 001 for an exclusion alternative.
QString measureDocumentReference(MeasureKind kind);

// "slots.2": the field of the measure's slot at `index` in Measure::slots, as the exchange format numbers its
// array, so that a form can point at that very slot. Findings on the timetable as a whole say "slots".
QString slotField(qsizetype index);

// "Incident (comportement) du 2 décembre 2026 à 15 h": how the incident rules name one.
QString incidentLabel(const Incident& incident);

// Whether the host is the student's own school (then the measure is carried out inside the school).
bool hostIsStudentSchool(const MeasureInput& input);

}  // namespace passerelle::rules::detail
