// How stored dates and times are read back (sql.h): the hand-read "YYYY-MM-DD" / "HH:MM" fast path must say
// exactly what QDate::fromString / QTime::fromString say, valid or not.

#include "sql.h"

#include <QDate>
#include <QTime>

#include <gtest/gtest.h>

using namespace passerelle::storage;
using namespace Qt::Literals::StringLiterals;

TEST(SqlValues, DatesReadAsTheFormatReadsThem) {
    for (const QString& text :
         {u"2026-12-02"_s, u"2024-02-29"_s, u"2026-02-29"_s, u"2026-02-30"_s, u"2026-13-01"_s,
          u"2026-00-10"_s, u"2026-01-00"_s, u"0001-01-01"_s, u"9999-12-31"_s, u"2026-1-02"_s, u"2026/12/02"_s,
          u"2026-12-0x"_s, u"２026-12-02"_s, u""_s, u"2026-12-02T10:00"_s}) {
        EXPECT_EQ(toDate(QVariant(text)), QDate::fromString(text, u"yyyy-MM-dd"_s)) << text.toStdString();
    }
    EXPECT_EQ(toDate(QVariant(u"2026-12-02"_s)), QDate(2026, 12, 2));
    EXPECT_FALSE(toDate(QVariant()).isValid());
}

TEST(SqlValues, TimesReadAsTheFormatReadsThem) {
    for (const QString& text : {u"08:30"_s, u"00:00"_s, u"23:59"_s, u"24:00"_s, u"12:60"_s, u"8:30"_s,
                                u"08h30"_s, u"0a:30"_s, u""_s, u"08:30:00"_s}) {
        EXPECT_EQ(toTime(QVariant(text)), QTime::fromString(text, u"HH:mm"_s)) << text.toStdString();
    }
    EXPECT_EQ(toTime(QVariant(u"16:05"_s)), QTime(16, 5));
    EXPECT_FALSE(toTime(QVariant()).isValid());
}
