// The plausibility of a measure's dates (issue 11): what is recorded as having happened cannot have happened
// after today, nor outside the measure, nor before what it answers. No text states these rules; a date that
// cannot be true takes the worth out of the document or the count it belongs to (the hours done, the
// signatures, the report), so each is an error.
#include "french_text.h"
#include "measure_rules.h"
#include "passerelle/rules/references.h"
#include "passerelle/rules/rule_ids.h"
#include "role_set.h"

namespace passerelle::rules::detail {

using namespace Qt::Literals::StringLiterals;

namespace {

// True when `date` is after today; an unknown today (or date) proves nothing.
bool afterToday(const QDate& date, const QDate& today) {
    return date.isValid() && today.isValid() && date > today;
}

QString afterTodayText(const QDate& today) {
    return u", après aujourd'hui ("_s + french::date(today) + u")"_s;
}

QString plausibility(const QString& source) {
    return reference::DatesPlausibility + u" ; "_s + source;
}

// A date-time to the minute, so that seconds never decide: telling the head in the incident's own minute is
// fine.
qint64 minuteOf(const QDateTime& moment) {
    const qint64 seconds = moment.toSecsSinceEpoch();
    return seconds >= 0 ? seconds / 60 : (seconds - 59) / 60;
}

QString attendanceName(AttendanceStatus status) {
    switch (status) {
        case AttendanceStatus::Present:
            return u"Présence"_s;
        case AttendanceStatus::Absent:
            return u"Absence"_s;
        case AttendanceStatus::Excused:
            return u"Absence excusée"_s;
    }
    return {};
}

// "du chef d'établissement", "de l'élève".
QString ofSignatory(SignatureRole role) {
    return role == SignatureRole::Student ? u"de l'"_s + frenchName(role) : u"du "_s + frenchName(role);
}

}  // namespace

void checkIncidentChronology(const MeasureInput& input, MeasureReport& report) {
    const QList<Incident>& incidents = input.measure.incidents;
    for (qsizetype index = 0; index < incidents.size(); ++index) {
        const Incident& incident = incidents[index];
        if (!incident.at.isValid() || !incident.headNotifiedAt.isValid() ||
            minuteOf(incident.headNotifiedAt) >= minuteOf(incident.at))
            continue;
        report.add(id::IncidentChronology, Severity::Error, u"incidents.%1.headNotifiedAt"_s.arg(index),
                   incidentLabel(incident) + u" : chef d'établissement informé le "_s +
                       french::date(incident.headNotifiedAt.date()) + u" à "_s +
                       french::time(incident.headNotifiedAt.time()) +
                       u", avant l'incident lui-même ; vérifier l'une des deux dates"_s,
                   plausibility(reference::ModelAgreementArt6And7));
    }
}

void checkAttendanceDates(const MeasureInput& input, MeasureReport& report) {
    const Measure& measure = input.measure;
    const QString reference = plausibility(measureDocumentReference(measure.kind));
    for (const AttendanceEntry& entry : measure.attendance) {
        if (!entry.date.isValid())
            continue;
        // One finding per entry, for its first reason: outside the measure says more than "not yet".
        QString why;
        if (measure.start.isValid() && entry.date < measure.start)
            why = u", avant le début de la mesure le "_s + french::date(measure.start);
        else if (measure.end.isValid() && entry.date > measure.end)
            why = u", après la fin de la mesure le "_s + french::date(measure.end);
        else if (afterToday(entry.date, input.today))
            why = afterTodayText(input.today);
        else
            continue;
        report.add(id::AttendanceDate, Severity::Error, u"attendance."_s + entry.date.toString(Qt::ISODate),
                   attendanceName(entry.status) + u" relevée pour le "_s + french::date(entry.date) + why,
                   reference);
    }
}

void checkSignatureDates(const MeasureInput& input, MeasureReport& report) {
    const Measure& measure = input.measure;
    for (const RoleSignature& signature : measure.signatures) {
        if (!afterToday(signature.signedOn, input.today))
            continue;
        report.add(id::SignatureDate, Severity::Error, u"signatures."_s + key(signature.role),
                   u"Signature "_s + ofSignatory(signature.role) + u" datée du "_s +
                       french::date(signature.signedOn) + afterTodayText(input.today),
                   plausibility(measureDocumentReference(measure.kind)));
    }
}

void checkHostReportDate(const MeasureInput& input, MeasureReport& report) {
    const Measure& measure = input.measure;
    if (!measure.hostReport || !measure.hostReport->writtenOn.isValid())
        return;
    const QDate written = measure.hostReport->writtenOn;
    QString why;
    if (measure.start.isValid() && written < measure.start)
        why = u", avant le début de la mesure le "_s + french::date(measure.start);
    else if (afterToday(written, input.today))
        why = afterTodayText(input.today);
    else
        return;
    report.add(id::HostReportDate, Severity::Error, u"hostReport.writtenOn"_s,
               u"Compte rendu de la structure d'accueil daté du "_s + french::date(written) + why,
               plausibility(reference::ModelAgreementArt4));
}

}  // namespace passerelle::rules::detail
