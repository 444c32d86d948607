#pragma once

// Calendars out (issue 13): RFC 5545 iCalendar text for a measure's expected sessions, a group's sessions and
// the agreements' deadlines, so that an office's agenda (Thunderbird, Outlook, a phone) shows them. Pure:
// records in, text out. Every event has a UID made of the record's id, the kind and the date, so importing a
// second export updates the events of the first instead of adding them again.

#include "passerelle/domain/group_activity.h"
#include "passerelle/domain/measure.h"
#include "passerelle/domain/organisation.h"
#include "passerelle/domain/student.h"
#include "passerelle/rules/deadlines.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace passerelle::exchange {

// A measure with the two records its events name: the student (in the SUMMARY, as on the measure's
// documents) and the host structure (the LOCATION: its name and address; the measure's places when the host
// is unknown).
struct MeasureCalendar {
    Measure measure;
    Student student;
    Organisation host;
};

// A group with where its sessions take place (the sessions have no place of their own; empty leaves the
// LOCATION out).
struct GroupCalendar {
    GroupActivity group;
    QString location;
};

// One VEVENT per expected session (Measure::expectedDates), from the first slot's start to the last slot's
// end of that weekday, in Europe/Paris time. `stamp` is the DTSTAMP (the moment of the export).
QByteArray measureCalendar(const MeasureCalendar& input, const QDateTime& stamp);
// One VEVENT per session with a date; a cancelled session is STATUS:CANCELLED, so an agenda that had it drops
// it.
QByteArray groupCalendar(const GroupCalendar& input, const QDateTime& stamp);
// One all-day VEVENT per deadline (rules::upcomingDeadlines).
QByteArray deadlinesCalendar(const QList<rules::Deadline>& deadlines, const QDateTime& stamp);

namespace ics {

// A TEXT value escaped (RFC 5545 3.3.11): \ ; , as \\ \; \, and every line break as \n; other control
// characters but the tab dropped; composed to NFC.
QString escapeText(const QString& text);
// One content line (without its CRLF) folded into lines of at most 75 octets, each continuation starting with
// a space, never cutting a UTF-8 character; every line ends with CRLF.
QByteArray foldLine(const QByteArray& line);

}  // namespace ics

}  // namespace passerelle::exchange
