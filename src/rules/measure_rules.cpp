// The rules every kind of measure follows: coherent dates and timetable, an agreement in force with the host
// as a party, a representative for a minor, the signatures of its document, incidents told to the head.
#include "measure_rules.h"
#include "french_text.h"
#include "passerelle/rules/agreement_calendar.h"
#include "passerelle/rules/limits.h"
#include "passerelle/rules/references.h"
#include "passerelle/rules/rule_ids.h"
#include "role_set.h"

namespace passerelle::rules::detail {

using namespace Qt::Literals::StringLiterals;

namespace {

QString agreementName(const Agreement& agreement) {
    return u"« "_s + (agreement.title.isEmpty() ? agreement.id : agreement.title) + u" »"_s;
}

QString slotLabel(qsizetype index) {
    return u"Créneau "_s + QString::number(index + 1);
}

bool isValidDay(Weekday day) {
    const int value = static_cast<int>(day);
    return value >= static_cast<int>(Weekday::Monday) && value <= static_cast<int>(Weekday::Saturday);
}

QString incidentKindName(IncidentKind kind) {
    switch (kind) {
        case IncidentKind::Accident:
            return u"accident"_s;
        case IncidentKind::Absence:
            return u"absence"_s;
        case IncidentKind::Behaviour:
            return u"comportement"_s;
        case IncidentKind::Other:
            return u"autre"_s;
    }
    return {};
}

QString agreementLinkReference(MeasureKind kind) {
    return kind == MeasureKind::Responsibility
               ? reference::CodeEducationR51113 + u" ; convention type, art. 1"_s
               : u"Convention de partenariat encadrant la mesure"_s;
}

}  // namespace

void checkDates(const MeasureInput& input, MeasureReport& report) {
    const Measure& measure = input.measure;
    if (!measure.start.isValid() || !measure.end.isValid() || measure.end >= measure.start)
        return;
    report.add(id::MeasureDates, Severity::Error, u"end"_s,
               u"La mesure finit le "_s + french::date(measure.end) + u", avant son début le "_s +
                   french::date(measure.start),
               measureDocumentReference(measure.kind));
}

QString slotField(qsizetype index) {
    return u"slots.%1"_s.arg(index);
}

void checkSlots(const MeasureInput& input, MeasureReport& report) {
    const TimeSlots& slots = input.measure.slots;
    const QString reference = measureDocumentReference(input.measure.kind);
    for (qsizetype index = 0; index < slots.size(); ++index) {
        const TimeSlot& slot = slots[index];
        if (!isValidDay(slot.day)) {
            report.add(id::MeasureSlots, Severity::Error, slotField(index),
                       slotLabel(index) + u" : jour invalide (du lundi au samedi)"_s, reference);
        } else if (!slot.start.isValid() || !slot.end.isValid()) {
            report.add(id::MeasureSlots, Severity::Error, slotField(index),
                       slotLabel(index) + u" ("_s + french::weekday(slot.day) +
                           u") : heure de début ou de fin invalide"_s,
                       reference);
        } else if (slot.end <= slot.start) {
            report.add(id::MeasureSlots, Severity::Error, slotField(index),
                       slotLabel(index) + u" : "_s + french::slot(slot) + u", la fin doit suivre le début"_s,
                       reference);
        }
    }
    // Overlaps between well-formed slots of the same day, each pair once, pointing at the first of the two:
    // which of them is wrong is the user's call, and the message names both.
    for (qsizetype first = 0; first < slots.size(); ++first) {
        if (slots[first].minutes() <= 0 || !isValidDay(slots[first].day))
            continue;
        for (qsizetype second = first + 1; second < slots.size(); ++second) {
            if (slots[second].minutes() <= 0 || !slots[first].overlaps(slots[second]))
                continue;
            report.add(id::MeasureSlots, Severity::Error, slotField(first),
                       u"Les créneaux du "_s + french::slot(slots[first]) + u" et du "_s +
                           french::slot(slots[second]) + u" se chevauchent"_s,
                       reference);
        }
    }
}

void checkAgreementLink(const MeasureInput& input, MeasureReport& report) {
    const Measure& measure = input.measure;
    const QString reference = agreementLinkReference(measure.kind);
    // A measure carried out inside the student's own school needs no agreement (R. 511-13: the agreement is
    // with the outside structure); one that names an agreement is still checked against it.
    const bool insideSchool = hostIsStudentSchool(input);
    if (measure.agreementId.isEmpty()) {
        if (!insideSchool) {
            report.add(id::MeasureAgreement, Severity::Error, u"agreement"_s,
                       u"Aucune convention n'encadre la mesure"_s, reference);
        }
    } else if (!input.context.agreement) {
        report.add(id::MeasureAgreement, Severity::Error, u"agreement"_s,
                   u"Convention « "_s + measure.agreementId + u" » introuvable"_s, reference);
    }

    if (const Agreement* agreement = input.context.agreement) {
        switch (agreement->status) {
            case AgreementStatus::Draft:
            case AgreementStatus::AwaitingSignature:
                report.add(id::MeasureAgreement, Severity::Error, u"agreement"_s,
                           u"La convention "_s + agreementName(*agreement) +
                               u" n'est pas signée : la mesure ne peut pas s'y appuyer"_s,
                           reference);
                break;
            case AgreementStatus::Terminated:
                // A measure that ended before today may have run while the agreement was in force.
                if (!measure.end.isValid() || measure.end >= input.today) {
                    report.add(id::MeasureAgreement, Severity::Error, u"agreement"_s,
                               u"La convention "_s + agreementName(*agreement) + u" est résiliée"_s,
                               reference);
                }
                break;
            case AgreementStatus::Signed:
                break;
        }
        if (measure.start.isValid()) {
            const std::optional<QDate> start = agreementStart(*agreement);
            if (!start) {
                report.add(
                    id::MeasureAgreement, Severity::Error, u"agreement"_s,
                    u"La convention "_s + agreementName(*agreement) +
                        u" n'a ni date de début ni date de signature : impossible de savoir si elle couvre "
                        u"la mesure"_s,
                    reference);
            } else if (!agreementCovers(*agreement, measure.start, measure.end)) {
                const QDate end = agreement->effectiveEnd();
                report.add(id::MeasureAgreement, Severity::Error,
                           measure.start < *start ? u"start"_s : u"end"_s,
                           u"La convention "_s + agreementName(*agreement) + u" court du "_s +
                               french::date(*start) + u" au "_s + french::date(end) +
                               u" : elle ne couvre pas la "
                               u"mesure du "_s +
                               french::date(measure.start) + u" au "_s +
                               french::date(measure.end.isValid() ? measure.end : measure.start),
                           reference);
            }
        }
    }

    if (measure.hostId.isEmpty()) {
        if (measure.kind == MeasureKind::Responsibility) {
            report.add(id::MeasureAgreement, Severity::Error, u"host"_s,
                       u"Aucune structure d'accueil n'est indiquée"_s, reference);
        }
    } else if (!input.context.host) {
        report.add(id::MeasureAgreement, Severity::Error, u"host"_s,
                   u"Structure d'accueil « "_s + measure.hostId + u" » introuvable"_s, reference);
    } else if (const Agreement* agreement = input.context.agreement;
               agreement && !agreement->isParty(measure.hostId)) {
        report.add(id::MeasureAgreement, Severity::Error, u"host"_s,
                   u"La structure d'accueil « "_s + input.context.host->name +
                       u" » n'est pas partie à la convention "_s + agreementName(*agreement),
                   reference);
    }
}

void checkMinorRepresentative(const MeasureInput& input, MeasureReport& report) {
    const Student* student = input.context.student;
    if (!student || !student->legalRepresentatives.isEmpty())
        return;
    const QDate on = minorityReferenceDate(input.measure, input.today);
    const std::optional<int> age = student->ageOn(on);
    if (!age || *age >= limits::kAgeOfMajority)
        return;
    report.add(id::MinorRepresentative, Severity::Error, u"student.legalRepresentatives"_s,
               student->fullName() + u" a "_s + QString::number(*age) + u" ans le "_s + french::date(on) +
                   (input.measure.start.isValid() ? u" (début de la mesure)"_s : QString()) +
                   u" : un élève mineur doit avoir un représentant légal, et aucun n'est enregistré"_s,
               reference::ModelAgreementArt2 + u" ; "_s + reference::CodeCivilArt414);
}

void checkSignatures(const MeasureInput& input, MeasureReport& report) {
    const Measure& measure = input.measure;
    const RoleSet missing = missingRoles(measure, input.context.student, input.today);
    if (missing.isEmpty())
        return;
    const bool started = measure.start.isValid() && input.today >= measure.start;
    const QStringList names = missing.frenchNames();
    QString when;
    if (started) {
        when = u" alors que la mesure a commencé le "_s + french::date(measure.start);
    } else if (measure.start.isValid()) {
        when = u", à recueillir avant le début de la mesure le "_s + french::date(measure.start);
    }
    report.add(id::MeasureSignatures, started ? Severity::Error : Severity::Warning, u"signatures"_s,
               (names.size() > 1 ? u"Signatures manquantes : "_s : u"Signature manquante : "_s) +
                   french::list(names) + when,
               measureDocumentReference(measure.kind));
}

QString incidentLabel(const Incident& incident) {
    return u"Incident ("_s + incidentKindName(incident.kind) + u") du "_s +
           (incident.at.isValid()
                ? french::date(incident.at.date()) + u" à "_s + french::time(incident.at.time())
                : u"(date inconnue)"_s);
}

void checkIncidents(const MeasureInput& input, MeasureReport& report) {
    constexpr qint64 maxSeconds = qint64(limits::kMaxIncidentNotificationHours) * 3600;
    for (const Incident& incident : input.measure.incidents) {
        const QString what = incidentLabel(incident);
        if (!incident.headNotifiedAt.isValid()) {
            report.add(id::IncidentNotNotified, Severity::Warning, u"incidents"_s,
                       what + u" non signalé au chef d'établissement, à informer sans délai"_s,
                       reference::ModelAgreementArt6And7);
            continue;
        }
        if (!incident.at.isValid())
            continue;
        const qint64 delay = incident.at.secsTo(incident.headNotifiedAt);
        if (delay <= maxSeconds)
            continue;
        report.add(id::IncidentNotNotified, Severity::Warning, u"incidents"_s,
                   what + u" signalé au chef d'établissement "_s + french::duration(int(delay / 60)) +
                       u" après, au plus "_s + QString::number(limits::kMaxIncidentNotificationHours) +
                       u" h (« sans délai »)"_s,
                   reference::ModelAgreementArt6And7);
    }
}

}  // namespace passerelle::rules::detail
