#pragma once

// The school calendar the demo data lives in: the school year of `today` (starting 1 September) and its
// holidays, approximated on the Île-de-France (zone C) pattern.

#include <QDate>
#include <QString>

namespace passerelle::exchange::demo {

class SchoolCalendar {
public:
    explicit SchoolCalendar(const QDate& today);

    QDate today() const { return m_today; }
    QDate yearStart() const { return m_yearStart; }  // 1 September
    int startYear() const { return m_yearStart.year(); }
    // The last Friday of the year's teaching before the summer (mid June: workshops end then, seed 000).
    QDate workshopsEnd() const;
    bool isHoliday(const QDate& date) const;
    // The first date on or after `date` with that Qt day of week (1 = Monday).
    static QDate nextWeekday(const QDate& date, int dayOfWeek);
    // The first school day (Monday to Friday, not a holiday) on or after `date`.
    QDate nextSchoolDay(QDate date) const;

    // "16 juin 2027"
    static QString frenchDate(const QDate& date);

private:
    bool inBreak(const QDate& date, int year, int month, int day) const;

    QDate m_today;
    QDate m_yearStart;
};

}  // namespace passerelle::exchange::demo
