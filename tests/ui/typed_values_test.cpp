// What people type into a time or a date field, read without any widget (issue 11).
#include "passerelle/ui/typed_values.h"
#include "english_texts.h"
#include "passerelle/domain/input_limits.h"

#include <gtest/gtest.h>

namespace passerelle::test {
namespace {

using namespace Qt::Literals::StringLiterals;
namespace typed = ui::typed;

const QDate today(2026, 11, 23);

std::string reasonOf(const Error& error) {
    return error.message.toStdString();
}

// The reasons are compared in English.
class TypedValuesTest : public ::testing::Test {
    EnglishSourceTexts m_english;
};

TEST_F(TypedValuesTest, EveryWayOfWritingATimeReadsAsThatTime) {
    const QList<std::pair<QString, QTime>> cases{
        {u"1630"_s, QTime(16, 30)},  {u"16h30"_s, QTime(16, 30)}, {u"16 h 30"_s, QTime(16, 30)},
        {u"16:30"_s, QTime(16, 30)}, {u"16H30"_s, QTime(16, 30)}, {u"9h"_s, QTime(9, 0)},
        {u"9"_s, QTime(9, 0)},       {u"930"_s, QTime(9, 30)},    {u"0800"_s, QTime(8, 0)},
        {u"08:00"_s, QTime(8, 0)},   {u"8h05"_s, QTime(8, 5)},    {u" 16.30 "_s, QTime(16, 30)},
        {u"0"_s, QTime(0, 0)},       {u"23:59"_s, QTime(23, 59)}, {u"12:"_s, QTime(12, 0)},
    };
    for (const auto& [text, time] : cases) {
        const Result<QTime> read = typed::parseTime(text);
        ASSERT_TRUE(read.ok()) << text.toStdString() << ": " << reasonOf(read.error());
        EXPECT_EQ(read.value(), time) << text.toStdString();
    }
    EXPECT_EQ(typed::timeText(QTime(16, 30)), u"16:30"_s);
    EXPECT_EQ(typed::timeText(QTime(8, 5)), u"08:05"_s);
    EXPECT_EQ(typed::timeText(QTime()), QString());
}

TEST_F(TypedValuesTest, AnEmptyTimeIsNoTime) {
    for (const QString& text : {QString(), u"   "_s}) {
        const Result<QTime> read = typed::parseTime(text);
        ASSERT_TRUE(read.ok());
        EXPECT_FALSE(read.value().isValid());
    }
}

TEST_F(TypedValuesTest, AnImpossibleTimeSaysWhy) {
    const QList<std::pair<QString, QString>> cases{
        {u"25h"_s, u"hour 25"_s},       {u"12:75"_s, u"minute 75"_s}, {u"abc"_s, u"Not a time"_s},
        {u"2400"_s, u"hour 24"_s},      {u"16:3"_s, u"two digits"_s}, {u"12345"_s, u"Not a time"_s},
        {u"16:300"_s, u"Not a time"_s}, {u"-8"_s, u"Not a time"_s},
    };
    for (const auto& [text, words] : cases) {
        const Result<QTime> read = typed::parseTime(text);
        ASSERT_FALSE(read.ok()) << text.toStdString() << " read as " << read->toString().toStdString();
        EXPECT_TRUE(read.error().message.contains(words))
            << text.toStdString() << ": " << reasonOf(read.error());
    }
}

TEST_F(TypedValuesTest, EveryWayOfWritingADateReadsAsThatDate) {
    const QDate february3(2012, 2, 3);
    for (const QString& text : {u"03/02/2012"_s, u"3/2/12"_s, u"03022012"_s, u"2012-02-03"_s, u"3.2.2012"_s,
                                u"3-2-2012"_s, u"030212"_s, u" 03 / 02 / 2012 "_s}) {
        const Result<QDate> read = typed::parseDate(text, today);
        ASSERT_TRUE(read.ok()) << text.toStdString() << ": " << reasonOf(read.error());
        EXPECT_EQ(read.value(), february3) << text.toStdString();
    }
    EXPECT_EQ(typed::dateText(february3), u"03/02/2012"_s);
    EXPECT_FALSE(typed::parseDate(QString(), today).value().isValid()) << "empty: no date";
}

// In 2026, 00 to 36 are this century and 37 to 99 the last: a birth date of 1990 and a measure of 2030
// both come out right.
TEST_F(TypedValuesTest, TwoDigitYearsPivotTenYearsAhead) {
    EXPECT_EQ(typed::fullYear(12, today), 2012);
    EXPECT_EQ(typed::fullYear(0, today), 2000);
    EXPECT_EQ(typed::fullYear(36, today), 2036);
    EXPECT_EQ(typed::fullYear(37, today), 1937);
    EXPECT_EQ(typed::fullYear(90, today), 1990);
    EXPECT_EQ(typed::parseDate(u"1/1/90"_s, today).value(), QDate(1990, 1, 1));
    EXPECT_EQ(typed::parseDate(u"1/1/30"_s, today).value(), QDate(2030, 1, 1));
    // The pivot follows today.
    EXPECT_EQ(typed::fullYear(40, QDate(2031, 1, 1)), 2040);
}

TEST_F(TypedValuesTest, AnImpossibleDateSaysWhy) {
    const QList<std::pair<QString, QString>> cases{
        {u"31/02/2012"_s, u"day 31"_s},   {u"32/01/2012"_s, u"day 32"_s}, {u"29/02/2013"_s, u"day 29"_s},
        {u"03/13/2012"_s, u"month 13"_s}, {u"01/01/1899"_s, u"1900"_s},   {u"01/01/2200"_s, u"2199"_s},
        {u"3/2"_s, u"year too"_s},        {u"3/2/201"_s, u"4 digits"_s},  {u"abc"_s, u"Not a date"_s},
        {u"0302201"_s, u"Not a date"_s},
    };
    for (const auto& [text, words] : cases) {
        const Result<QDate> read = typed::parseDate(text, today);
        ASSERT_FALSE(read.ok()) << text.toStdString() << " read as " << read->toString().toStdString();
        EXPECT_TRUE(read.error().message.contains(words))
            << text.toStdString() << ": " << reasonOf(read.error());
    }
    // The exchange format's own years are accepted at both ends.
    EXPECT_TRUE(typed::parseDate(u"01/01/%1"_s.arg(input::kFirstYear), today).ok());
    EXPECT_TRUE(typed::parseDate(u"31/12/%1"_s.arg(input::kLastYear), today).ok());
}

TEST_F(TypedValuesTest, BoundsAreNamed) {
    const QDate first(2026, 9, 1);
    const QDate last(2027, 10, 6);
    EXPECT_TRUE(typed::outsideBounds(QDate(2027, 1, 1), first, last).isEmpty());
    EXPECT_TRUE(typed::outsideBounds(last, first, last).isEmpty());
    EXPECT_TRUE(typed::outsideBounds(QDate(2027, 10, 7), first, last).contains(u"06/10/2027"_s));
    EXPECT_TRUE(typed::outsideBounds(QDate(2026, 8, 31), first, last).contains(u"01/09/2026"_s));
    EXPECT_TRUE(typed::outsideBounds(QDate(1990, 1, 1), {}, {}).isEmpty()) << "no bound";
}

TEST_F(TypedValuesTest, ADayAndAMonthWithoutAYear) {
    for (const QString& text : {u"1/9"_s, u"01/09"_s, u"0109"_s, u"1.9"_s, u"1-9"_s})
        EXPECT_EQ(typed::parseDayMonth(text).value(), QDate(2000, 9, 1)) << text.toStdString();
    EXPECT_EQ(typed::parseDayMonth(u"29/02"_s).value(), QDate(2000, 2, 29));
    EXPECT_EQ(typed::dayMonthText(QDate(2000, 9, 1)), u"01/09"_s);
    EXPECT_FALSE(typed::parseDayMonth(u"31/04"_s).ok());
    EXPECT_FALSE(typed::parseDayMonth(u"1/13"_s).ok());
    EXPECT_FALSE(typed::parseDayMonth(u"septembre"_s).ok());
}

}  // namespace
}  // namespace passerelle::test
