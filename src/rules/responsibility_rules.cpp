// The rules of responsibility measures: Code de l'éducation, art. R. 511-13, and the model agreement annexed
// to the arrêté of 30 November 2011 (seed 004).
#include "french_text.h"
#include "measure_rules.h"
#include "passerelle/rules/limits.h"
#include "passerelle/rules/references.h"
#include "passerelle/rules/rule_ids.h"

#include <array>

namespace passerelle::rules::detail {

using namespace Qt::Literals::StringLiterals;

namespace {

// The short sources written into the messages, after the figures.
const QString inR51113 = u" (Code de l'éducation, art. R. 511-13)"_s;
const QString inArt2 = u" (arrêté du 30 novembre 2011, convention type, art. 2)"_s;

constexpr std::array<Weekday, 6> weekdays{Weekday::Monday,   Weekday::Tuesday, Weekday::Wednesday,
                                          Weekday::Thursday, Weekday::Friday,  Weekday::Saturday};

void checkPlannedTotalHours(const MeasureInput& input, MeasureReport& report) {
    const int total = plannedTotalMinutes(input.measure);
    if (total <= limits::kMaxResponsibilityMinutes)
        return;
    const auto sessions = input.measure.expectedDates().size();
    report.add(id::RespTotalHours, Severity::Error, u"slots"_s,
               french::duration(total) + u" prévues en tout ("_s + QString::number(sessions) +
                   (sessions > 1 ? u" séances"_s : u" séance"_s) + u" du "_s +
                   french::date(input.measure.start) + u" au "_s + french::date(input.measure.end) +
                   u"), au plus "_s + french::duration(limits::kMaxResponsibilityMinutes) + u" en tout"_s +
                   inR51113,
               reference::CodeEducationR51113);
}

// The first slot counted on `day` (one with minutes), or -1. A day's hours are the sum of its slots, so a
// finding on the day points at its first slot: that is where the form shows the day.
qsizetype firstSlotOn(const TimeSlots& slots, Weekday day) {
    for (qsizetype index = 0; index < slots.size(); ++index) {
        if (slots[index].day == day && slots[index].minutes() > 0)
            return index;
    }
    return -1;
}

}  // namespace

// The 20 hours hold for what was done as well as for what is planned (issue 11). What was done never exceeds
// what is planned, so the second finding comes with the first: it says the excess already happened, and
// points at the attendance rather than the timetable.
void checkTotalHours(const MeasureInput& input, MeasureReport& report) {
    checkPlannedTotalHours(input, report);
    const int done = doneTotalMinutes(input.measure);
    if (done <= limits::kMaxResponsibilityMinutes)
        return;
    report.add(id::RespTotalHours, Severity::Error, u"attendance"_s,
               french::duration(done) + u" faites d'après les présences relevées, au plus "_s +
                   french::duration(limits::kMaxResponsibilityMinutes) + u" en tout"_s + inR51113,
               reference::CodeEducationR51113);
}

void checkConsent(const MeasureInput& input, MeasureReport& report) {
    // Inside the student's own school no consent is collected (R. 511-13 asks for it "lorsqu'elle est
    // exécutée à l'extérieur de l'établissement"); an unknown host cannot be shown to be the school, so
    // consent is needed.
    if (hostIsStudentSchool(input))
        return;
    const Student* student = input.context.student;
    const bool minor =
        student ? isMinorOn(*student, minorityReferenceDate(input.measure, input.today)).value_or(true)
                : true;
    const bool studentMissing = !input.measure.consents.student;
    const bool representativeMissing = minor && !input.measure.consents.representative;
    if (!studentMissing && !representativeMissing)
        return;
    const QString without = studentMissing && representativeMissing
                                ? u"l'accord de l'élève ni celui de son représentant légal (élève mineur)"_s
                            : studentMissing ? u"l'accord de l'élève"_s
                                             : u"l'accord du représentant légal de l'élève mineur"_s;
    report.add(id::RespConsent, Severity::Error,
               studentMissing ? u"consents.student"_s : u"consents.representative"_s,
               u"Mesure exécutée hors de l'établissement sans "_s + without + inR51113,
               reference::CodeEducationR51113);
}

void checkDailyHours(const MeasureInput& input, MeasureReport& report) {
    for (const Weekday day : weekdays) {
        const int minutes = input.week.on(day);
        if (minutes <= limits::kMaxResponsibilityMinutesPerDay)
            continue;
        const qsizetype first = firstSlotOn(input.measure.slots, day);
        report.add(id::RespDailyHours, Severity::Error, first >= 0 ? slotField(first) : u"slots"_s,
                   french::capitalised(french::weekday(day)) + u" : "_s + french::duration(minutes) +
                       u" prévues, au plus "_s + french::duration(limits::kMaxResponsibilityMinutesPerDay) +
                       u" par jour"_s + inArt2,
                   reference::ModelAgreementArt2);
    }
}

void checkWeeklyDays(const MeasureInput& input, MeasureReport& report) {
    const int days = input.week.daysWithSlots();
    if (days <= limits::kMaxResponsibilityDaysPerWeek)
        return;
    QStringList names;
    for (const Weekday day : weekdays) {
        if (input.week.on(day) > 0)
            names << french::weekday(day);
    }
    report.add(id::RespWeeklyDays, Severity::Error, u"slots"_s,
               u"Présence prévue "_s + QString::number(days) + u" jours par semaine ("_s +
                   french::list(names) + u"), au plus "_s +
                   QString::number(limits::kMaxResponsibilityDaysPerWeek) + u" jours par semaine"_s + inArt2,
               reference::ModelAgreementArt2);
}

void checkTeachingHours(const MeasureInput& input, MeasureReport& report) {
    const Organisation* school = input.context.school;
    if (!school) {
        // Without the school its teaching hours are unknown: say so rather than pass silently. A missing
        // student is already a RESP-REQUIRED-FIELDS finding.
        if (input.context.student) {
            report.add(
                id::RespTeachingHours, Severity::Warning, u"student.school"_s,
                u"Établissement de l'élève introuvable : impossible de vérifier que les horaires sont en "
                u"dehors des heures d'enseignement"_s,
                reference::CodeEducationR51113);
        }
        return;
    }
    const TimeSlots& slots = input.measure.slots;
    for (qsizetype index = 0; index < slots.size(); ++index) {
        const TimeSlot& slot = slots[index];
        for (const TimeSlot& teaching : school->teachingHours) {
            // TimeSlot::overlaps treats touching ends as apart: a slot ending when lessons start is fine.
            if (!slot.overlaps(teaching))
                continue;
            report.add(id::RespTeachingHours, Severity::Error, slotField(index),
                       french::capitalised(french::slot(slot)) + u" : pendant les heures d'enseignement ("_s +
                           french::slot(teaching) + u"), la mesure doit se dérouler en dehors"_s + inR51113,
                       reference::CodeEducationR51113);
            break;  // one finding per slot of the measure is enough to point at it
        }
    }
}

void checkRequiredFields(const MeasureInput& input, MeasureReport& report) {
    const Measure& measure = input.measure;
    const Student* student = input.context.student;
    // The mentions of the document (convention type, art. 2), as exchange keys with their French names.
    const std::array<std::pair<bool, const char16_t*>, 9> checks{{
        {student == nullptr, u"student"},
        {student != nullptr && !student->birthDate.isValid(), u"student.birthDate"},
        {french::isBlank(measure.hostTutorId), u"hostTutor"},
        {french::isBlank(measure.schoolFollowerId), u"schoolFollower"},
        {!measure.start.isValid(), u"start"},
        {!measure.end.isValid(), u"end"},
        {french::isBlank(measure.objectives), u"objectives"},
        {french::isBlank(measure.activities), u"activities"},
        {french::isBlank(measure.places), u"places"},
    }};
    const std::array<const char16_t*, 9> names{
        u"élève",
        u"date de naissance de l'élève",
        u"personne en charge de l'accueil dans la structure",
        u"personnel de l'établissement chargé du suivi",
        u"date de début",
        u"date de fin",
        u"objectifs",
        u"principales activités",
        u"lieu(x) d'exécution",
    };
    QString firstKey;
    QStringList missing;
    for (std::size_t index = 0; index < checks.size(); ++index) {
        if (!checks[index].first)
            continue;
        if (firstKey.isEmpty())
            firstKey = QString::fromUtf16(checks[index].second);
        missing << QString::fromUtf16(names[index]);
    }
    if (missing.isEmpty())
        return;
    report.add(id::RespRequiredFields, Severity::Error, firstKey,
               (missing.size() > 1 ? u"Mentions obligatoires manquantes : "_s
                                   : u"Mention obligatoire manquante : "_s) +
                   french::list(missing) + inArt2,
               reference::ModelAgreementArt2);
}

void checkInsurance(const MeasureInput& input, MeasureReport& report) {
    const auto checkSide = [&](const Insurance& insurance, const QString& key, const QString& whose) {
        const bool insurerMissing = french::isBlank(insurance.insurer);
        const bool contractMissing = french::isBlank(insurance.contract);
        if (!insurerMissing && !contractMissing)
            return;
        const QString field = insurerMissing && contractMissing ? key
                              : insurerMissing                  ? key + u".insurer"_s
                                                                : key + u".contract"_s;
        const QString what = insurerMissing && contractMissing
                                 ? u"nom de l'assureur et numéro de contrat manquants"_s
                             : insurerMissing ? u"nom de l'assureur manquant"_s
                                              : u"numéro de contrat manquant"_s;
        report.add(id::RespInsurance, Severity::Error, field,
                   u"Assurance "_s + whose + u" : "_s + what +
                       u" (arrêté du 30 novembre 2011, convention type, art. 2 et 5)"_s,
                   reference::ModelAgreementArt5);
    };
    checkSide(input.measure.insurances.school, u"insurances.school"_s, u"de l'établissement"_s);
    checkSide(input.measure.insurances.host, u"insurances.host"_s, u"de la structure d'accueil"_s);
}

void checkHostReport(const MeasureInput& input, MeasureReport& report) {
    const Measure& measure = input.measure;
    if (!hasEnded(measure, input.today))
        return;
    if (measure.hostReport) {
        const HostReport& written = *measure.hostReport;
        const bool empty = !written.writtenOn.isValid() && french::isBlank(written.behaviour) &&
                           french::isBlank(written.involvement) && french::isBlank(written.text);
        if (!empty)
            return;
    }
    report.add(
        id::HostReportMissing, Severity::Warning, u"hostReport"_s,
        u"Mesure terminée le "_s + french::date(measure.end) +
            u" sans le compte rendu de la structure d'accueil sur le comportement et l'investissement de "
            u"l'élève (arrêté du 30 novembre 2011, convention type, art. 4)"_s,
        reference::ModelAgreementArt4);
}

}  // namespace passerelle::rules::detail
