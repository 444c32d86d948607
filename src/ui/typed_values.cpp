#include "passerelle/ui/typed_values.h"

#include "passerelle/domain/input_limits.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace passerelle::ui::typed {
namespace {

using namespace Qt::Literals::StringLiterals;

// The texts are translated with QCoreApplication::translate in the "TypedValues" context, written out at
// each call so that lupdate finds them.

// Spaces are only ever padding ("16 h 30", "03 / 02 / 2012"): they are taken out before reading.
QString compact(const QString& text) {
    QString result = text.simplified();
    result.remove(u' ');
    return result;
}

QString monthName(int month) {
    return QLocale().standaloneMonthName(month, QLocale::LongFormat);
}

// The day, month and year read from a text, before they are known to make a date.
struct DateParts {
    int day = 0;
    int month = 0;
    int year = 0;
};

Result<DateParts> readDateParts(const QString& text, const QDate& today) {
    static const QRegularExpression digitsOnly(u"^[0-9]+$"_s);
    static const QRegularExpression separated(u"^([0-9]{1,4})[/.\\-]([0-9]{1,2})[/.\\-]([0-9]{1,4})$"_s);
    static const QRegularExpression dayAndMonth(u"^[0-9]{1,2}[/.\\-][0-9]{1,2}[/.\\-]?$"_s);
    const auto yearOf = [&today](const QString& digits) -> Result<int> {
        if (digits.size() == 4)
            return digits.toInt();
        if (digits.size() <= 2)
            return fullYear(digits.toInt(), today);
        return failure(
            QCoreApplication::translate("TypedValues", "Give the year with 4 digits or 2: 2012 or 12."));
    };
    if (digitsOnly.match(text).hasMatch()) {
        if (text.size() != 6 && text.size() != 8) {
            if (text.size() <= 4)
                return failure(QCoreApplication::translate("TypedValues", "Give the year too: 03/02/2012."));
            return failure(
                QCoreApplication::translate("TypedValues", "Not a date: type 03/02/2012 or 03022012."));
        }
        const Result<int> year = yearOf(text.mid(4));
        if (!year)
            return year.error();
        return DateParts{text.left(2).toInt(), text.mid(2, 2).toInt(), *year};
    }
    const QRegularExpressionMatch match = separated.match(text);
    if (!match.hasMatch()) {
        if (dayAndMonth.match(text).hasMatch())
            return failure(QCoreApplication::translate("TypedValues", "Give the year too: 03/02/2012."));
        return failure(
            QCoreApplication::translate("TypedValues", "Not a date: type 03/02/2012 or 03022012."));
    }
    // A four-digit first part is a year: the ISO order 2012-02-03.
    if (match.captured(1).size() == 4)
        return DateParts{match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt()};
    if (match.captured(1).size() > 2)
        return failure(
            QCoreApplication::translate("TypedValues", "Not a date: type 03/02/2012 or 03022012."));
    const Result<int> year = yearOf(match.captured(3));
    if (!year)
        return year.error();
    return DateParts{match.captured(1).toInt(), match.captured(2).toInt(), *year};
}

}  // namespace

Result<QTime> parseTime(const QString& text) {
    const QString typed = compact(text).toLower();
    if (typed.isEmpty())
        return QTime();
    static const QRegularExpression digitsOnly(u"^[0-9]{1,4}$"_s);
    static const QRegularExpression separated(u"^([0-9]{1,2})[h:.]([0-9]*)$"_s);
    int hours = 0;
    int minutes = 0;
    if (digitsOnly.match(typed).hasMatch()) {
        // "9", "16": hours; "930", "1630", "0800": the last two digits are the minutes.
        hours = typed.size() <= 2 ? typed.toInt() : typed.left(typed.size() - 2).toInt();
        minutes = typed.size() <= 2 ? 0 : typed.right(2).toInt();
    } else if (const QRegularExpressionMatch match = separated.match(typed); match.hasMatch()) {
        hours = match.captured(1).toInt();
        const QString digits = match.captured(2);
        // "16:3" is most likely 16:30 half typed: better to ask than to save 16:03.
        if (digits.size() == 1)
            return failure(QCoreApplication::translate("TypedValues",
                                                       "Give the minutes with two digits: 16:05, 16:30."));
        if (digits.size() > 2)
            return failure(
                QCoreApplication::translate("TypedValues", "Not a time: type 16:30, 16h30 or 1630."));
        minutes = digits.isEmpty() ? 0 : digits.toInt();
    } else {
        return failure(QCoreApplication::translate("TypedValues", "Not a time: type 16:30, 16h30 or 1630."));
    }
    if (hours > 23)
        return failure(
            QCoreApplication::translate("TypedValues", "There is no hour %1: hours go from 0 to 23.")
                .arg(hours));
    if (minutes > 59)
        return failure(
            QCoreApplication::translate("TypedValues", "There is no minute %1: minutes go from 00 to 59.")
                .arg(minutes));
    return QTime(hours, minutes);
}

QString timeText(const QTime& time) {
    return time.isValid() ? time.toString(u"HH:mm"_s) : QString();
}

int fullYear(int twoDigitYear, const QDate& today) {
    const int century = today.year() / 100 * 100;
    const int pivot = today.year() % 100 + 10;
    return twoDigitYear <= pivot ? century + twoDigitYear : century - 100 + twoDigitYear;
}

Result<QDate> parseDate(const QString& text, const QDate& today) {
    const QString typed = compact(text);
    if (typed.isEmpty())
        return QDate();
    const Result<DateParts> parts = readDateParts(typed, today);
    if (!parts)
        return parts.error();
    const auto [day, month, year] = *parts;
    if (year < input::kFirstYear || year > input::kLastYear)
        return failure(QCoreApplication::translate("TypedValues", "The year must lie between %1 and %2.")
                           .arg(input::kFirstYear)
                           .arg(input::kLastYear));
    if (month < 1 || month > 12)
        return failure(
            QCoreApplication::translate("TypedValues", "There is no month %1: months go from 1 to 12.")
                .arg(month));
    const QDate date(year, month, day);
    if (!date.isValid())
        return failure(QCoreApplication::translate("TypedValues", "There is no day %1 in %2 %3.")
                           .arg(day)
                           .arg(monthName(month))
                           .arg(year));
    return date;
}

QString dateText(const QDate& date) {
    return date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : QString();
}

QString outsideBounds(const QDate& date, const QDate& minimum, const QDate& maximum) {
    if (!date.isValid())
        return {};
    if (minimum.isValid() && date < minimum)
        return QCoreApplication::translate("TypedValues", "The earliest date allowed here is %1.")
            .arg(dateText(minimum));
    if (maximum.isValid() && date > maximum)
        return QCoreApplication::translate("TypedValues", "The latest date allowed here is %1.")
            .arg(dateText(maximum));
    return {};
}

Result<QDate> parseDayMonth(const QString& text) {
    const QString typed = compact(text);
    if (typed.isEmpty())
        return QDate();
    static const QRegularExpression separated(u"^([0-9]{1,2})[/.\\-]([0-9]{1,2})$"_s);
    static const QRegularExpression digitsOnly(u"^[0-9]{4}$"_s);
    int day = 0;
    int month = 0;
    if (const QRegularExpressionMatch match = separated.match(typed); match.hasMatch()) {
        day = match.captured(1).toInt();
        month = match.captured(2).toInt();
    } else if (digitsOnly.match(typed).hasMatch()) {
        day = typed.left(2).toInt();
        month = typed.right(2).toInt();
    } else {
        return failure(
            QCoreApplication::translate("TypedValues", "Not a day and a month: type 01/09 or 0109."));
    }
    if (month < 1 || month > 12)
        return failure(
            QCoreApplication::translate("TypedValues", "There is no month %1: months go from 1 to 12.")
                .arg(month));
    constexpr int anyLeapYear = 2000;
    const QDate date(anyLeapYear, month, day);
    if (!date.isValid())
        return failure(QCoreApplication::translate("TypedValues", "There is no day %1 in %2.")
                           .arg(day)
                           .arg(monthName(month)));
    return date;
}

QString dayMonthText(const QDate& date) {
    return date.isValid() ? date.toString(u"dd/MM"_s) : QString();
}

}  // namespace passerelle::ui::typed
