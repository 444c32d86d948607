// Step 5 of the demo: the group activities. A weekly remobilisation workshop of 7 to 9 students per workshop
// agreement (seed 000, filmed: a media project), and the three talking groups of seed 002 (students weekly,
// parents monthly, the team twice a month). Sessions follow the school calendar; a few are cancelled by a
// partner, most with the 48 h notice, some too late; past sessions have attendance.
#include "demo_texts.h"
#include "demo_world.h"

namespace passerelle::exchange::demo {
namespace {

using namespace Qt::Literals::StringLiterals;

// Students of a school in the given class levels ("4e", "3e"), preferring those with image consent when the
// group is filmed (one workshop in six takes them as they come, so that IMAGE-CONSENT has cases).
QStringList pickParticipants(World& w, const SchoolSite& school, const QStringList& levels, int count,
                             bool filmed) {
    const bool anyone = !filmed || w.random.chance(1.0 / 6);
    QList<qsizetype> candidates;
    for (qsizetype i = school.firstStudent; i < school.firstStudent + school.studentCount; ++i) {
        const Student& student = w.dataset.students[i];
        const bool levelMatches = std::any_of(levels.begin(), levels.end(), [&](const QString& level) {
            return student.className.startsWith(level);
        });
        if (levelMatches && (anyone || student.consents.image))
            candidates << i;
    }
    QStringList participants;
    while (participants.size() < count && !candidates.isEmpty()) {
        const qsizetype pick = w.random.index(candidates.size());
        participants << w.dataset.students[candidates[pick]].id;
        candidates.removeAt(pick);
    }
    return participants;
}

// The session dates from `first` to `last`: every week, every other week or the first given weekday of each
// month, outside holidays.
QList<QDate> sessionDates(const World& w, Recurrence recurrence, int dayOfWeek, const QDate& first,
                          const QDate& last) {
    QList<QDate> dates;
    if (recurrence == Recurrence::Monthly) {
        for (QDate month(first.year(), first.month(), 1); month <= last; month = month.addMonths(1)) {
            const QDate date = SchoolCalendar::nextWeekday(month, dayOfWeek);
            if (date >= first && date <= last && !w.calendar.isHoliday(date))
                dates << date;
        }
        return dates;
    }
    const int step = recurrence == Recurrence::Weekly ? 7 : 14;
    for (QDate date = SchoolCalendar::nextWeekday(first, dayOfWeek); date <= last;
         date = date.addDays(step)) {
        if (!w.calendar.isHoliday(date))
            dates << date;
    }
    return dates;
}

void addSessions(World& w, GroupActivity& group, int dayOfWeek, const QTime& start, const QTime& end,
                 const QDate& first, const QDate& last) {
    const QDate today = w.calendar.today();
    for (const QDate& date : sessionDates(w, group.recurrence, dayOfWeek, first, last)) {
        GroupSession session;
        session.date = date;
        session.start = start;
        session.end = end;
        if (w.random.chance(0.06)) {
            // A partner warns it cannot run the session: usually in time (48 h or more), sometimes not.
            const int hours = w.random.chance(0.75) ? w.random.between(49, 120) : w.random.between(6, 40);
            const QDateTime warned = session.startsAt().addSecs(-3600 * hours);
            if (warned.date() < today)
                session.cancelledAt = warned;
        }
        if (date < today && !session.isCancelled()) {
            for (const QString& student : group.participantIds) {
                const int draw = w.random.between(0, 99);
                if (draw < 85) {
                    session.attendance.append({student, AttendanceStatus::Present, {}});
                } else if (draw < 95) {
                    session.attendance.append(
                        {student, AttendanceStatus::Absent, w.random.pick(absenceNotes())});
                } else {
                    session.attendance.append(
                        {student, AttendanceStatus::Excused, w.random.pick(excusedNotes())});
                }
            }
        }
        group.sessions.append(session);
    }
}

GroupActivity makeGroup(World& w, GroupKind kind, const Agreement& agreement, const QString& title,
                        Audience audience, Recurrence recurrence) {
    GroupActivity group;
    group.id = w.nextGroupId();
    group.kind = kind;
    group.agreementId = agreement.id;
    group.title = title;
    group.audience = audience;
    group.recurrence = recurrence;
    return group;
}

void addWorkshop(World& w, const TownSite& town) {
    const Agreement& agreement = w.dataset.agreements[town.workshopAgreement];
    const SchoolSite& school = w.schools[town.workshopSchool];
    GroupActivity group =
        makeGroup(w, GroupKind::Workshop, agreement,
                  u"Atelier de remobilisation scolaire : création d'un média – "_s + school.name,
                  Audience::Students, Recurrence::Weekly);
    group.filming = true;  // "les élèves pourraient être amenés à intervenir face caméra" (seed 000, 3.2)
    // 7 to 9 as the agreement says; one group in ten is one short or one over.
    int size = w.random.between(7, 9);
    if (w.random.chance(0.1))
        size = w.random.chance(0.5) ? 6 : 10;
    group.participantIds = pickParticipants(w, school, {u"4e"_s, u"3e"_s}, size, true);
    addSessions(w, group, 4, QTime(14, 0), QTime(16, 0), agreement.start.addDays(7), agreement.end);
    w.dataset.groups.append(group);
}

void addTalkingGroups(World& w, const TownSite& town) {
    const Agreement& agreement = w.dataset.agreements[town.talkingAgreement];
    const SchoolSite& school = w.schools[town.talkingSchool];
    const QDate first = agreement.start.addDays(7);

    GroupActivity students =
        makeGroup(w, GroupKind::TalkingGroup, agreement, u"Groupe de parole des élèves de l'atelier relais"_s,
                  Audience::Students, Recurrence::Weekly);
    students.participantIds =
        pickParticipants(w, school, {u"5e"_s, u"4e"_s, u"3e"_s}, w.random.between(5, 8), false);
    addSessions(w, students, 2, QTime(10, 0), QTime(11, 0), first, agreement.end);
    w.dataset.groups.append(students);

    GroupActivity parents =
        makeGroup(w, GroupKind::TalkingGroup, agreement, u"Groupe de parole des parents"_s, Audience::Parents,
                  Recurrence::Monthly);
    addSessions(w, parents, 4, QTime(18, 0), QTime(19, 30), first, agreement.end);
    w.dataset.groups.append(parents);

    GroupActivity team = makeGroup(w, GroupKind::TalkingGroup, agreement,
                                   u"Groupe d'analyse des pratiques de l'équipe pédagogique"_s,
                                   Audience::Team, Recurrence::TwiceMonthly);
    addSessions(w, team, 1, QTime(16, 45), QTime(18, 0), first, agreement.end);
    w.dataset.groups.append(team);
}

}  // namespace

void addGroups(World& w) {
    for (const TownSite& town : w.towns) {
        if (town.workshopAgreement >= 0)
            addWorkshop(w, town);
        if (town.talkingAgreement >= 0)
            addTalkingGroups(w, town);
    }
}

}  // namespace passerelle::exchange::demo
