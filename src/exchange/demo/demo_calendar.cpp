#include "demo_calendar.h"

#include <array>

namespace passerelle::exchange::demo {

SchoolCalendar::SchoolCalendar(const QDate& today)
    : m_today(today), m_yearStart(today.month() >= 9 ? today.year() : today.year() - 1, 9, 1) {}

QDate SchoolCalendar::nextWeekday(const QDate& date, int dayOfWeek) {
    return date.addDays((dayOfWeek - date.dayOfWeek() + 7) % 7);
}

QDate SchoolCalendar::workshopsEnd() const {
    // The Friday of the week holding 16 June, like the seed's "vendredi 16 juin 2023".
    const QDate june16(startYear() + 1, 6, 16);
    return nextWeekday(june16.addDays(-4), 5);
}

// A two-week break starting on the first Saturday on or after the given date.
bool SchoolCalendar::inBreak(const QDate& date, int year, int month, int day) const {
    const QDate first = nextWeekday(QDate(year, month, day), 6);
    return date >= first && date < first.addDays(16);
}

bool SchoolCalendar::isHoliday(const QDate& date) const {
    // Holidays of any school year, so dates of the previous year (history) are handled too.
    const int year = date.month() >= 9 ? date.year() : date.year() - 1;
    if (date.month() == 7 || date.month() == 8)
        return true;
    if (inBreak(date, year, 10, 18) || inBreak(date, year, 12, 19))
        return true;
    if (inBreak(date, year + 1, 2, 14) || inBreak(date, year + 1, 4, 11))
        return true;
    // Public holidays that fall in term time.
    static constexpr std::array<std::pair<int, int>, 4> fixed{{{11, 1}, {11, 11}, {5, 1}, {5, 8}}};
    for (const auto& [month, day] : fixed) {
        if (date.month() == month && date.day() == day)
            return true;
    }
    return false;
}

QDate SchoolCalendar::nextSchoolDay(QDate date) const {
    while (date.dayOfWeek() > 5 || isHoliday(date))
        date = date.addDays(1);
    return date;
}

QString SchoolCalendar::frenchDate(const QDate& date) {
    static const std::array<QString, 12> months{
        QStringLiteral("janvier"), QStringLiteral("février"),  QStringLiteral("mars"),
        QStringLiteral("avril"),   QStringLiteral("mai"),      QStringLiteral("juin"),
        QStringLiteral("juillet"), QStringLiteral("août"),     QStringLiteral("septembre"),
        QStringLiteral("octobre"), QStringLiteral("novembre"), QStringLiteral("décembre")};
    return QString::number(date.day()) + u' ' + months[static_cast<std::size_t>(date.month() - 1)] + u' ' +
           QString::number(date.year());
}

}  // namespace passerelle::exchange::demo
