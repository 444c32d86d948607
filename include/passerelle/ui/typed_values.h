#pragma once
// What people type into a time or a date field, read the way a French school office writes it (issue 11):
// "1630", "16h30", "16 h 30", "9h" for a time; "03/02/2012", "3/2/12", "03022012", "2012-02-03" for a date.
// Pure functions, no widget: TimeField and DateField use them, and their tests need no window.
//
// Each returns the value, an invalid QTime or QDate for an empty text ("no time", "no date"), or an Error
// whose message says in words why the text is not one (translated in the "TypedValues" context).

#include "passerelle/domain/result.h"

#include <QDate>
#include <QString>
#include <QTime>

namespace passerelle::ui::typed {

// A time of day: 0:00 to 23:59.
Result<QTime> parseTime(const QString& text);
// "16:30"; empty for an invalid time.
QString timeText(const QTime& time);

// The year a two-digit year stands for: 00 to ten years after today's are this century, the others the
// last one (in 2026: 00-36 are 2000-2036, 37-99 are 1937-1999), so a birth date of 1990 and a measure of
// 2030 both come out right.
int fullYear(int twoDigitYear, const QDate& today);
// A day of the calendar between input::kFirstYear and input::kLastYear (input_limits.h). `today` only
// places two-digit years.
Result<QDate> parseDate(const QString& text, const QDate& today);
// "03/02/2012"; empty for an invalid date.
QString dateText(const QDate& date);
// Why `date` lies outside [minimum, maximum] (an invalid bound is no bound), naming the bound; empty when
// it lies inside.
QString outsideBounds(const QDate& date, const QDate& minimum, const QDate& maximum);

// A day and a month without a year ("1/9", "01/09", "0109"), as a date of 2000 (a leap year, so that 29/02
// is one): the first day of a school year, say.
Result<QDate> parseDayMonth(const QString& text);
// "01/09".
QString dayMonthText(const QDate& date);

}  // namespace passerelle::ui::typed
