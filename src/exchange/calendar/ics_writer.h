#pragma once

// The iCalendar text itself (RFC 5545): a VCALENDAR with the Europe/Paris VTIMEZONE and its events, escaped,
// folded at 75 octets and with CRLF line ends. calendar.cpp turns records into these events.

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

namespace passerelle::exchange::ics {

struct Event {
    QString uid;
    QDate date;
    QTime start;  // both valid and start < end: a timed event in Europe/Paris; otherwise an all-day event
    QTime end;
    QString summary;
    QString location;     // left out when empty
    QString description;  // left out when empty
    bool cancelled = false;
    bool allDayIsFree = false;  // TRANSP:TRANSPARENT (a deadline does not make the day busy)
};

// « measure-M000002-20261216@passerelle »: the kind, the record's id (characters outside [A-Za-z0-9._-]
// percent-encoded), the date and an optional suffix.
QString uid(const QString& kind, const QString& recordId, const QDate& date, const QString& suffix = {});

// The whole calendar: VCALENDAR, the VTIMEZONE (always: an empty calendar still has one component) and the
// events in the order given.
QByteArray calendar(const QString& name, const QList<Event>& events, const QDateTime& stamp);

}  // namespace passerelle::exchange::ics
