// Step 4 of the demo: measures for about 3 % of the students. Responsibility measures follow the law and the
// model agreement (R. 511-13, seed 004): at most 3 h a day and 4 days a week, at most 20 h in all, outside
// the school's teaching hours, consents, insurances and signatures filled in. About one in twelve carries one
// deliberate flaw (3 h 30 on a day, 5 days, 22 h in all, a slot during lessons, a missing insurance contract,
// consent, field or signature, 10 days of exclusion ...) so that the rules module has something to report.
#include "demo_texts.h"
#include "demo_world.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace passerelle::exchange::demo {
namespace {

using namespace Qt::Literals::StringLiterals;

enum class Flaw {
    None,
    DailyHours,
    FiveDays,
    TotalHours,
    TeachingHours,
    Insurance,
    Consent,
    MissingField,
    Signature
};

constexpr double flawRate = 0.08;

Flaw drawFlaw(World& w) {
    if (!w.random.chance(flawRate))
        return Flaw::None;
    return static_cast<Flaw>(w.random.between(1, 8));
}

QString lowerFirstLetter(const QString& text) {
    return text.left(1).toLower() + text.mid(1);
}

QTime plus(const QTime& time, int minutes) {
    return time.addSecs(minutes * 60);
}

// A weekly timetable outside teaching hours: Wednesday afternoon, Saturday morning or after lessons.
TimeSlots responsibilitySlots(World& w, const SchoolSite& school, Flaw flaw) {
    const QTime after = school.afternoonEnd;
    switch (flaw) {
        case Flaw::DailyHours:
            return {{Weekday::Wednesday, QTime(13, 30), QTime(17, 0)}};  // 3 h 30
        case Flaw::FiveDays:
            return {{Weekday::Monday, after, plus(after, 60)},
                    {Weekday::Tuesday, after, plus(after, 60)},
                    {Weekday::Thursday, after, plus(after, 60)},
                    {Weekday::Friday, after, plus(after, 60)},
                    {Weekday::Saturday, QTime(9, 0), QTime(11, 0)}};
        case Flaw::TeachingHours:
            return {{Weekday::Tuesday, plus(after, -60), plus(after, 60)}};
        default:
            break;
    }
    switch (w.random.between(0, 4)) {
        case 0:
            return {{Weekday::Wednesday, QTime(13, 30), QTime(16, 30)}};
        case 1:
            return {{Weekday::Wednesday, QTime(14, 0), QTime(17, 0)},
                    {Weekday::Saturday, QTime(9, 0), QTime(12, 0)}};
        case 2:
            return {{Weekday::Monday, after, plus(after, 90)}, {Weekday::Thursday, after, plus(after, 90)}};
        case 3:
            return {{Weekday::Saturday, QTime(9, 0), QTime(12, 0)}};
        default:
            return {{Weekday::Tuesday, plus(after, 30), plus(after, 150)},
                    {Weekday::Wednesday, QTime(14, 0), QTime(16, 0)},
                    {Weekday::Friday, plus(after, 30), plus(after, 150)}};
    }
}

int minutesOnDate(const TimeSlots& slots, const QDate& date) {
    const auto weekday = weekdayFromQt(date.dayOfWeek());
    return weekday ? minutesOn(slots, *weekday) : 0;
}

// The first date on or after `from` whose weekday has a slot.
QDate firstSlotDate(const TimeSlots& slots, QDate from) {
    for (int i = 0; i < 7 && minutesOnDate(slots, from) == 0; ++i)
        from = from.addDays(1);
    return from;
}

// The last slot date such that the slots from `start` up to it add up to about `targetMinutes`: never more,
// unless `exceed` (a deliberate flaw).
QDate endForTotal(const TimeSlots& slots, const QDate& start, int targetMinutes, bool exceed) {
    QDate end = start;
    int total = 0;
    for (QDate day = start; day < start.addDays(200); day = day.addDays(1)) {
        const int minutes = minutesOnDate(slots, day);
        if (minutes == 0)
            continue;
        if (total > 0 && total + minutes > targetMinutes && !exceed)
            break;
        total += minutes;
        end = day;
        if (total >= targetMinutes)
            break;
    }
    return end;
}

bool minorOn(const Student& student, const QDate& date) {
    const auto age = student.ageOn(date);
    return !age || *age < 18;
}

QString twoObjectives(World& w) {
    const auto objectives = responsibilityObjectives();
    const qsizetype first = w.random.index(static_cast<qsizetype>(objectives.size()));
    const qsizetype second = (first + 1 + w.random.index(static_cast<qsizetype>(objectives.size()) - 1)) %
                             static_cast<qsizetype>(objectives.size());
    return objectives[static_cast<std::size_t>(first)] + u" ; "_s +
           lowerFirstLetter(objectives[static_cast<std::size_t>(second)]);
}

// Signatures dated a few days before the start, once that day has come.
void sign(World& w, Measure& m, const QList<SignatureRole>& roles) {
    const QDate signedOn = m.start.addDays(-w.random.between(2, 10));
    if (signedOn > w.calendar.today())
        return;
    for (const SignatureRole role : roles)
        m.signatures.append({role, signedOn.addDays(-w.random.between(0, 2))});
}

IncidentKind drawIncidentKind(World& w, AttendanceStatus status) {
    if (status == AttendanceStatus::Absent)
        return IncidentKind::Absence;
    const int draw = w.random.between(0, 99);
    return draw < 60 ? IncidentKind::Behaviour : draw < 80 ? IncidentKind::Accident : IncidentKind::Other;
}

// Status, attendance for the dates already past, a few incidents and, for responsibility measures that have
// ended, the host's report.
void unfold(World& w, Measure& m) {
    const QDate today = w.calendar.today();
    const bool interrupted = m.end < today && w.random.chance(0.04);
    m.status = m.start > today ? MeasureStatus::Planned
               : m.end < today ? (interrupted ? MeasureStatus::Interrupted : MeasureStatus::Completed)
                               : MeasureStatus::InProgress;
    const QList<QDate> dates = m.expectedDates();
    const qsizetype held = interrupted ? std::max<qsizetype>(1, dates.size() / 2) : dates.size();
    for (qsizetype i = 0; i < held && dates[i] < today; ++i) {
        const int draw = w.random.between(0, 99);
        if (draw < 90) {
            m.attendance.append({dates[i], AttendanceStatus::Present, {}});
        } else if (draw < 96) {
            m.attendance.append({dates[i], AttendanceStatus::Absent, w.random.pick(absenceNotes())});
        } else {
            m.attendance.append({dates[i], AttendanceStatus::Excused, w.random.pick(excusedNotes())});
        }
    }
    if (!m.attendance.isEmpty() && w.random.chance(interrupted ? 0.7 : 0.1)) {
        const AttendanceEntry& entry = w.random.pick(m.attendance);
        Incident incident;
        incident.kind = drawIncidentKind(w, entry.status);
        QTime slotStart(14, 0);
        for (const TimeSlot& slot : m.slots) {
            if (weekdayFromQt(entry.date.dayOfWeek()) == slot.day) {
                slotStart = slot.start;
                break;
            }
        }
        incident.at = QDateTime(entry.date, plus(slotStart, w.random.between(5, 60)));
        incident.description = w.random.pick(incidentDescriptions(static_cast<int>(incident.kind)));
        // Most are reported within hours, as seed 004 requires ("sans délai"); some late, some never.
        const int draw = w.random.between(0, 99);
        if (draw < 85) {
            incident.headNotifiedAt = incident.at.addSecs(60 * w.random.between(20, 300));
        } else if (draw < 93) {
            incident.headNotifiedAt = incident.at.addSecs(3600 * w.random.between(26, 50));
        }
        if (incident.headNotifiedAt.isValid() && incident.headNotifiedAt.date() > today)
            incident.headNotifiedAt = {};
        m.incidents.append(incident);
    }
    const bool ended = m.status == MeasureStatus::Completed || m.status == MeasureStatus::Interrupted;
    if (m.kind == MeasureKind::Responsibility && ended && m.end.addDays(3) <= today &&
        w.random.chance(0.88)) {
        HostReport report;
        report.writtenOn = std::min(today, m.end.addDays(w.random.between(1, 7)));
        report.behaviour = w.random.pick(reportBehaviours());
        report.involvement = w.random.pick(reportInvolvements());
        report.text = w.random.pick(reportTexts());
        m.hostReport = report;
    }
}

void responsibility(World& w, Measure& m, const SchoolSite& school, const Student& student) {
    const Flaw flaw = drawFlaw(w);
    const qsizetype choice = w.random.index(school.responsibilityAgreements.size());
    const TownSite& town = w.towns[school.town];
    const HostSite& host = town.hosts[school.responsibilityHosts[choice]];
    m.agreementId = w.dataset.agreements[school.responsibilityAgreements[choice]].id;
    m.hostId = host.id;
    m.hostTutorId = host.tutorId;
    m.schoolFollowerId = w.random.pick(school.cpeIds);
    m.slots = responsibilitySlots(w, school, flaw);
    m.start = firstSlotDate(m.slots, w.calendar.today().addDays(w.random.between(-180, 35)));
    const bool overTotal = flaw == Flaw::TotalHours;
    m.end = endForTotal(m.slots, m.start,
                        60 * (overTotal ? w.random.between(22, 26) : w.random.between(6, 20)), overTotal);
    const HostTemplate& kind = hostTemplates()[static_cast<std::size_t>(host.templateIndex)];
    m.objectives = twoObjectives(w);
    m.activities = kind.activities;
    m.places = kind.place + u", "_s + host.address;
    m.transport = w.random.pick(transports());
    const bool minor = minorOn(student, m.start);
    m.consents = {true, minor || !student.legalRepresentatives.isEmpty()};
    m.insurances = {{school.insurer, school.contract}, {host.insurer, host.contract}};
    QList<SignatureRole> roles{SignatureRole::HeadOfSchool, SignatureRole::HostManager,
                               minor ? SignatureRole::LegalRepresentative : SignatureRole::Student};
    switch (flaw) {
        case Flaw::Insurance:
            m.insurances.host.contract.clear();
            break;
        case Flaw::Consent:
            (minor ? m.consents.representative : m.consents.student) = false;
            break;
        case Flaw::MissingField:
            if (w.random.chance(0.5)) {
                m.objectives.clear();
            } else {
                m.places.clear();
            }
            break;
        case Flaw::Signature:
            roles.removeAll(SignatureRole::HostManager);
            break;
        default:
            break;
    }
    sign(w, m, roles);
}

void exclusionAlternative(World& w, Measure& m, const SchoolSite& school, Student& student) {
    const TownSite& town = w.towns[school.town];
    const Flaw flaw = drawFlaw(w);
    m.agreementId = w.dataset.agreements[school.exclusionAgreement].id;
    m.hostId = town.id;
    m.hostTutorId = w.random.pick(town.youthWorkerIds);  // the mission tutor (tuteur de mission, seed 001)
    m.schoolFollowerId = w.random.pick(school.cpeIds);
    static constexpr int usualDays[] = {1, 2, 2, 3, 3, 3, 4, 5, 5, 8};
    int days = usualDays[w.random.index(10)];
    if (flaw == Flaw::DailyHours || flaw == Flaw::FiveDays)
        days = 10;  // beyond the 8 days of R. 511-13
    m.exclusionDays = days;
    // The student spends the excluded school days with the service Jeunesse.
    for (const Weekday day : {Weekday::Monday, Weekday::Tuesday, Weekday::Thursday, Weekday::Friday}) {
        m.slots.append({day, QTime(9, 0), QTime(12, 0)});
        m.slots.append({day, QTime(13, 30), QTime(16, 0)});
    }
    m.slots.append({Weekday::Wednesday, QTime(9, 0), QTime(12, 0)});
    m.start = w.calendar.nextSchoolDay(w.calendar.today().addDays(w.random.between(-180, 30)));
    m.end = m.start;
    for (int counted = 1; counted < days;) {
        m.end = m.end.addDays(1);
        if (m.end.dayOfWeek() <= 5)
            ++counted;
    }
    m.objectives =
        u"Interroger sa posture et s'engager dans un processus de remobilisation : rapport à l'adulte et "
        u"à l'autorité, rapport à soi, rapport à ses pairs"_s;
    m.activities =
        u"Accueil de l'élève et de son représentant légal par le service Jeunesse le premier jour ; "
        u"mission d'intérêt général : "_s +
        w.random.pick(exclusionMissions()) + u" ; tenue du livret d'accueil"_s;
    m.places = u"Service Jeunesse, "_s + town.address;
    m.transport = w.random.pick(transports());
    m.consents = {true, true};
    m.insurances = {{school.insurer, school.contract}, {town.insurer, town.contract}};
    // The family's agreement to a follow-up is asked before the measure (seed 001, art. 2 and 4).
    student.consents.followUp = flaw != Flaw::Consent;
    QList<SignatureRole> roles{SignatureRole::HeadOfSchool, SignatureRole::YouthService,
                               SignatureRole::Student, SignatureRole::LegalRepresentative};
    if (flaw == Flaw::Signature)
        roles.removeAll(SignatureRole::YouthService);
    sign(w, m, roles);
}

void followUp(World& w, Measure& m, const SchoolSite& school, Student& student) {
    const TownSite& town = w.towns[school.town];
    m.agreementId = w.dataset.agreements[school.exclusionAgreement].id;
    m.hostId = town.id;
    m.hostTutorId = w.random.pick(town.youthWorkerIds);  // the path referent (référent de parcours, seed 001)
    m.schoolFollowerId = w.random.pick(school.cpeIds);
    m.slots = {{Weekday::Wednesday, QTime(14, 0), QTime(15, 0)}};
    m.start = firstSlotDate(m.slots, w.calendar.today().addDays(w.random.between(-150, 20)));
    m.end = m.start.addDays(7 * w.random.between(6, 14));
    m.objectives =
        u"Accompagnement individuel par un référent de parcours après la cellule de veille (GPDS) : "
        u"prévenir le décrochage scolaire"_s;
    m.activities =
        u"Entretiens hebdomadaires avec le référent de parcours, rencontres avec la famille, orientation "
        u"vers les partenaires du territoire"_s;
    m.places = u"Service Jeunesse, "_s + town.address;
    m.consents = {true, true};
    student.consents.followUp = true;
    sign(w, m,
         {SignatureRole::HeadOfSchool, SignatureRole::YouthService, SignatureRole::LegalRepresentative});
}

}  // namespace

void addMeasures(World& w) {
    for (const SchoolSite& school : w.schools) {
        const qsizetype count = std::lround(school.studentCount * 0.03);
        QSet<qsizetype> chosen;
        while (chosen.size() < count) {
            const qsizetype index = school.firstStudent + w.random.index(school.studentCount);
            if (chosen.contains(index))
                continue;
            chosen.insert(index);
            Student& student = w.dataset.students[index];
            Measure m;
            m.id = w.nextMeasureId();
            m.studentId = student.id;
            const int draw = w.random.between(0, 99);
            if (draw < 60 && !school.responsibilityAgreements.isEmpty()) {
                m.kind = MeasureKind::Responsibility;
                responsibility(w, m, school, student);
            } else if (draw < 90) {
                m.kind = MeasureKind::ExclusionAlternative;
                exclusionAlternative(w, m, school, student);
            } else {
                m.kind = MeasureKind::FollowUp;
                followUp(w, m, school, student);
            }
            unfold(w, m);
            w.dataset.measures.append(m);
        }
    }
}

}  // namespace passerelle::exchange::demo
