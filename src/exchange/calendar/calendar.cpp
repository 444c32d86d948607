// Records into calendar events (issue 13): a measure's expected sessions, a group's sessions, the agreements'
// deadlines.
#include "passerelle/exchange/calendar.h"

#include "ics_writer.h"
#include "passerelle/rules/rule_ids.h"

#include <QStringList>

#include <algorithm>

namespace passerelle::exchange {

using namespace Qt::Literals::StringLiterals;

namespace {

// « 9 h 00 », as the documents print a time.
QString frenchTime(const QTime& time) {
    return u"%1 h %2"_s.arg(time.hour()).arg(time.minute(), 2, 10, QLatin1Char('0'));
}

QString measureTitle(MeasureKind kind) {
    switch (kind) {
        case MeasureKind::Responsibility:
            return u"Mesure de responsabilisation"_s;
        case MeasureKind::ExclusionAlternative:
            return u"Alternative à l'exclusion"_s;
        case MeasureKind::FollowUp:
            return u"Suivi"_s;
    }
    return u"Mesure"_s;
}

QString withName(const QString& title, const QString& name) {
    return name.isEmpty() ? title : title + u" – "_s + name;
}

// « Cuisine centrale, 12 rue Lamartine, 94600 Choisy-le-Roi »: the host's name and address as one line each
// separated by commas (an address typed on several lines stays on several).
QString hostPlace(const Organisation& host) {
    QStringList parts;
    if (!host.name.trimmed().isEmpty())
        parts << host.name.trimmed();
    if (!host.address.trimmed().isEmpty())
        parts << host.address.trimmed();
    return parts.join(u", "_s);
}

QString deadlineTitle(const rules::Deadline& deadline) {
    if (deadline.rule == rules::id::DeadlineDenounce)
        return u"Dernier jour pour dénoncer la convention"_s;
    if (deadline.rule == rules::id::DeadlineExpiry)
        return u"Fin de la convention"_s;
    if (deadline.rule == rules::id::DeadlineReview)
        return u"Bilan de la convention à tenir"_s;
    return u"Échéance de la convention"_s;
}

// « denounce », « expiry », « review »: the UID's kind of deadline.
QString deadlineKind(const QString& rule) {
    QString kind = rule.toLower();
    if (kind.startsWith(u"deadline-"_s))
        kind = kind.mid(9);
    return kind;
}

}  // namespace

QByteArray measureCalendar(const MeasureCalendar& input, const QDateTime& stamp) {
    const Measure& measure = input.measure;
    const QString summary = withName(measureTitle(measure.kind), input.student.fullName().trimmed());
    const QString host = hostPlace(input.host);
    const QString location = host.isEmpty() ? measure.places.trimmed() : host;

    QList<ics::Event> events;
    for (const QDate& date : measure.expectedDates()) {
        const auto weekday = weekdayFromQt(date.dayOfWeek());
        if (!weekday)
            continue;
        TimeSlots slots;
        for (const TimeSlot& slot : measure.slots) {
            if (slot.day == *weekday && slot.minutes() > 0)
                slots << slot;
        }
        std::sort(slots.begin(), slots.end(),
                  [](const TimeSlot& a, const TimeSlot& b) { return a.start < b.start; });
        ics::Event event;
        event.uid = ics::uid(u"measure"_s, measure.id, date);
        event.date = date;
        QStringList ranges;
        for (const TimeSlot& slot : slots) {
            ranges << u"de %1 à %2"_s.arg(frenchTime(slot.start), frenchTime(slot.end));
            if (!event.start.isValid() || slot.start < event.start)
                event.start = slot.start;
            if (!event.end.isValid() || slot.end > event.end)
                event.end = slot.end;
        }
        event.summary = summary;
        event.location = location;
        QStringList description;
        if (ranges.size() > 1)
            description << u"Horaires : "_s + ranges.join(u" ; "_s);
        if (!host.isEmpty() && !measure.places.trimmed().isEmpty())
            description << u"Lieux : "_s + measure.places.trimmed();
        event.description = description.join(u'\n');
        events << event;
    }
    return ics::calendar(u"Passerelle – mesure %1"_s.arg(measure.id), events, stamp);
}

QByteArray groupCalendar(const GroupCalendar& input, const QDateTime& stamp) {
    const GroupActivity& group = input.group;
    QList<GroupSession> sessions;
    for (const GroupSession& session : group.sessions) {
        if (session.date.isValid())
            sessions << session;
    }
    std::stable_sort(sessions.begin(), sessions.end(), [](const GroupSession& a, const GroupSession& b) {
        return a.date != b.date ? a.date < b.date : a.start < b.start;
    });
    QList<ics::Event> events;
    QDate previous;
    int sameDay = 0;
    for (const GroupSession& session : sessions) {
        // A second session on the same day gets « -2 » after the date, and so on.
        sameDay = session.date == previous ? sameDay + 1 : 1;
        previous = session.date;
        ics::Event event;
        event.uid =
            ics::uid(u"group"_s, group.id, session.date, sameDay > 1 ? QString::number(sameDay) : QString());
        event.date = session.date;
        event.start = session.start;
        event.end = session.end;
        event.summary = group.title.trimmed().isEmpty() ? u"Séance de groupe"_s : group.title.trimmed();
        event.location = input.location.trimmed();
        event.cancelled = session.isCancelled();
        if (event.cancelled)
            event.description = u"Séance annulée"_s;
        events << event;
    }
    return ics::calendar(u"Passerelle – groupe %1"_s.arg(group.id), events, stamp);
}

QByteArray deadlinesCalendar(const QList<rules::Deadline>& deadlines, const QDateTime& stamp) {
    QList<ics::Event> events;
    for (const rules::Deadline& deadline : deadlines) {
        if (!deadline.date.isValid())
            continue;
        ics::Event event;
        event.uid = ics::uid(u"deadline"_s, deadline.agreementId, deadline.date, deadlineKind(deadline.rule));
        event.date = deadline.date;
        event.summary = withName(deadlineTitle(deadline), deadline.title.trimmed());
        QStringList description;
        description << u"Convention %1"_s.arg(deadline.agreementId);
        if (!deadline.reference.trimmed().isEmpty())
            description << deadline.reference.trimmed();
        event.description = description.join(u'\n');
        event.allDayIsFree = true;
        events << event;
    }
    return ics::calendar(u"Passerelle – échéances"_s, events, stamp);
}

}  // namespace passerelle::exchange
