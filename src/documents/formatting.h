#pragma once

// French typography for the documents: long dates, « 14 h 00 », durations, and blanks to fill in by hand.

#include "passerelle/domain/time_slot.h"

#include <QDate>
#include <QString>
#include <QTime>

namespace passerelle::documents {

// What an empty field prints: a dotted line long enough to write on.
QString blank();
QString orBlank(const QString& text);

// « 24 novembre 2026 », « 1er décembre 2026 »; a blank for an invalid date.
QString longDate(const QDate& date);
// « mardi 24 novembre 2026 »
QString longDateWithDay(const QDate& date);
// « 14 h 00 »
QString frenchTime(const QTime& time);
// « De 14 h 00 à 16 h 00 »
QString slotRange(const TimeSlot& slot);
// « 12 h », « 2 h 30 »
QString frenchDuration(int minutes);
// The same text with a non-breaking space between a figure and its unit (« 15 h », « 1 h 30 », « 45 min »),
// as French typography asks, so that a line never ends between « 15 » and « h ».
QString keepFiguresTogether(const QString& text);
// « 1 jour », « 3 jours »: French puts 0 and 1 in the singular. `singular` takes an « s » in the plural.
QString frenchCount(qsizetype count, const QString& singular);
// « lundi » ... « samedi », capitalised for the timetable: « Lundi »
QString weekdayName(Weekday day, bool capitalised);
// « trois », used in « en trois exemplaires »; digits past twelve.
QString numberInWords(int number);

}  // namespace passerelle::documents
