#include "text_formats.h"

namespace passerelle::exchange::detail {
namespace {

void appendDigits(QByteArray& out, int value, int width) {
    char buffer[8];
    for (int i = width - 1; i >= 0; --i) {
        buffer[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    out.append(buffer, width);
}

// The number written with exactly `count` ASCII digits from `from`, or -1.
int digitsAt(const QString& text, qsizetype from, int count) {
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

std::optional<QDate> dateAt(const QString& text, qsizetype from) {
    if (text.at(from + 4) != u'-' || text.at(from + 7) != u'-')
        return std::nullopt;
    const int year = digitsAt(text, from, 4);
    const int month = digitsAt(text, from + 5, 2);
    const int day = digitsAt(text, from + 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<QTime> timeAt(const QString& text, qsizetype from) {
    if (text.at(from + 2) != u':')
        return std::nullopt;
    const int hour = digitsAt(text, from, 2);
    const int minute = digitsAt(text, from + 3, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59)
        return std::nullopt;
    return QTime(hour, minute);
}

}  // namespace

QByteArray dateText(const QDate& date) {
    QByteArray out;
    out.reserve(10);
    appendDigits(out, date.year(), 4);
    out.append('-');
    appendDigits(out, date.month(), 2);
    out.append('-');
    appendDigits(out, date.day(), 2);
    return out;
}

QByteArray timeText(const QTime& time) {
    QByteArray out;
    out.reserve(5);
    appendDigits(out, time.hour(), 2);
    out.append(':');
    appendDigits(out, time.minute(), 2);
    return out;
}

QByteArray dateTimeText(const QDateTime& dateTime) {
    // The format speaks local time: a value held in UTC or with an offset is written as the local wall clock.
    const QDateTime local = dateTime.timeSpec() == Qt::LocalTime ? dateTime : dateTime.toLocalTime();
    return dateText(local.date()) + 'T' + timeText(local.time());
}

std::optional<QDate> parseDate(const QString& text) {
    if (text.size() != 10)
        return std::nullopt;
    return dateAt(text, 0);
}

std::optional<QTime> parseTime(const QString& text) {
    if (text.size() != 5)
        return std::nullopt;
    return timeAt(text, 0);
}

std::optional<QDateTime> parseDateTime(const QString& text) {
    if (text.size() != 16 || text.at(10) != u'T')
        return std::nullopt;
    const auto date = dateAt(text, 0);
    const auto time = timeAt(text, 11);
    if (!date || !time)
        return std::nullopt;
    return QDateTime(*date, *time);
}

}  // namespace passerelle::exchange::detail
