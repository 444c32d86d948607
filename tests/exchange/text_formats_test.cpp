// The exact shapes of dates and times: QDate::fromString(Qt::ISODate) alone would accept more.
#include "text_formats.h"

#include <gtest/gtest.h>

using namespace passerelle::exchange::detail;
using namespace Qt::Literals::StringLiterals;

TEST(TextFormats, DatesHaveExactlyTheIsoShape) {
    EXPECT_EQ(parseDate(u"2026-11-24"_s), QDate(2026, 11, 24));
    EXPECT_EQ(parseDate(u"2024-02-29"_s), QDate(2024, 2, 29));
    for (const QString& bad :
         {u"2026-1-05"_s, u"2026-02-30"_s, u"2025-02-29"_s, u"2026-13-01"_s, u"2026-00-10"_s, u"2026/11/24"_s,
          u" 2026-11-24"_s, u"2026-11-24 "_s, u"2026-11-24T10:00"_s, u"20261124"_s, u"２０２６-11-24"_s,
          u""_s, u"+2026-11-24"_s}) {
        EXPECT_FALSE(parseDate(bad).has_value()) << bad.toStdString();
    }
}

TEST(TextFormats, TimesAreHoursAndMinutes) {
    EXPECT_EQ(parseTime(u"08:00"_s), QTime(8, 0));
    EXPECT_EQ(parseTime(u"00:00"_s), QTime(0, 0));
    EXPECT_EQ(parseTime(u"23:59"_s), QTime(23, 59));
    for (const QString& bad :
         {u"8:00"_s, u"24:00"_s, u"12:60"_s, u"12:00:00"_s, u"12h00"_s, u"1200"_s, u""_s}) {
        EXPECT_FALSE(parseTime(bad).has_value()) << bad.toStdString();
    }
}

TEST(TextFormats, DateTimesAreLocalWithoutSecondsOrZone) {
    EXPECT_EQ(parseDateTime(u"2026-11-24T08:05"_s), QDateTime(QDate(2026, 11, 24), QTime(8, 5)));
    for (const QString& bad : {u"2026-11-24 08:05"_s, u"2026-11-24T08:05:00"_s, u"2026-11-24T08:05Z"_s,
                               u"2026-11-24T8:05"_s, u"2026-11-31T08:05"_s, u"2026-11-24"_s}) {
        EXPECT_FALSE(parseDateTime(bad).has_value()) << bad.toStdString();
    }
}

TEST(TextFormats, WritingPadsWithZeros) {
    EXPECT_EQ(dateText(QDate(2026, 1, 5)), "2026-01-05");
    EXPECT_EQ(dateText(QDate(987, 12, 31)), "0987-12-31");
    EXPECT_EQ(timeText(QTime(8, 5, 59)), "08:05");  // seconds are not part of the format
    EXPECT_EQ(dateTimeText(QDateTime(QDate(2026, 11, 24), QTime(17, 30))), "2026-11-24T17:30");
}

TEST(TextFormats, DateTimesInAnotherZoneAreWrittenAsLocalTime) {
    const QDateTime utc(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC);
    const QByteArray text = dateTimeText(utc);
    const auto back = parseDateTime(QString::fromLatin1(text));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, utc);  // the same instant
}
