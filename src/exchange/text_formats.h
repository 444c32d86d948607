#pragma once

// The exact text shapes of the exchange format's dates and times. QDate::fromString(Qt::ISODate) accepts more
// than the format allows (e.g. "2026-1-5" in some Qt versions, or trailing time parts), so shapes are checked
// character by character here, in one place, for the reader and the writer alike.

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

#include <optional>

namespace passerelle::exchange::detail {

// "YYYY-MM-DD", "HH:MM", "YYYY-MM-DDTHH:MM" (local time, no seconds, no zone).
QByteArray dateText(const QDate& date);
QByteArray timeText(const QTime& time);
QByteArray dateTimeText(const QDateTime& dateTime);

std::optional<QDate> parseDate(const QString& text);
std::optional<QTime> parseTime(const QString& text);
std::optional<QDateTime> parseDateTime(const QString& text);

}  // namespace passerelle::exchange::detail
