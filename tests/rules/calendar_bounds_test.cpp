// Issue 10: no calendar computation may take time that grows with a value a file supplies. The functions
// compute their answer from an estimate and a few corrections; these tests compare them with the obvious
// walk (period after period, year after year) wherever the walk is short enough to run, and feed the
// largest values any file could hold, which the old walks took minutes over.
#include "passerelle/domain/input_limits.h"
#include "passerelle/rules/agreement_calendar.h"
#include "passerelle/rules/deadlines.h"

#include <gtest/gtest.h>

#include <limits>

using namespace passerelle;
using namespace passerelle::rules;

namespace {

Agreement renewed(const QDate& start, const QDate& end, std::optional<int> durationYears = std::nullopt) {
    Agreement agreement;
    agreement.start = start;
    agreement.end = end;
    agreement.durationYears = durationYears;
    agreement.tacitRenewal = true;
    agreement.status = AgreementStatus::Signed;
    return agreement;
}

// Renewal n ends the day before afterFirst + n periods (anchored on the first period's end, so that short
// months never make the anniversaries drift): the walk, for comparison.
QDate walkedExpiry(const Agreement& agreement, const QDate& today) {
    const QDate end = agreement.effectiveEnd();
    if (end >= today)
        return end;
    const QDate start = *agreementStart(agreement);
    const QDate afterFirst = end.addDays(1);
    const int spanMonths = (afterFirst.year() - start.year()) * 12 + afterFirst.month() - start.month();
    const bool wholeMonths = spanMonths > 0 && start.addMonths(spanMonths) == afterFirst;
    for (int n = 1;; ++n) {
        QDate periodEnd;
        if (agreement.durationYears && *agreement.durationYears > 0)
            periodEnd = afterFirst.addYears(n * *agreement.durationYears).addDays(-1);
        else if (wholeMonths)
            periodEnd = afterFirst.addMonths(n * spanMonths).addDays(-1);
        else
            periodEnd = afterFirst.addDays(n * start.daysTo(afterFirst) - 1);
        if (periodEnd >= today)
            return periodEnd;
    }
}

// The nearest rentrée for which notice can still be given, found by walking year by year.
QDate walkedRentree(const Agreement& agreement, const QDate& today) {
    QDate rentree = nextSchoolYearStart(today);
    while (lastDayToDenounceBefore(agreement, rentree) < today)
        rentree = schoolYearStartIn(rentree.year() + 1);
    return rentree;
}

}  // namespace

TEST(CalendarBounds, ExpiryMatchesTheWalkForEveryKindOfPeriod) {
    const QList<Agreement> agreements = {
        renewed(QDate(2020, 1, 31), QDate(2020, 2, 28)),  // whole month from the 31st
        renewed(QDate(2020, 1, 1), QDate(2020, 6, 30)),   // six months
        renewed(QDate(2019, 3, 5), QDate(2019, 3, 5)),    // one day
        renewed(QDate(2019, 3, 5), QDate(2019, 4, 17)),   // 44 days
        renewed(QDate(2016, 2, 29), QDate(), 1),          // a year from 29 February
        renewed(QDate(2015, 9, 15), QDate(), 3),          // three years
    };
    for (const Agreement& agreement : agreements) {
        for (QDate today(2021, 1, 1); today < QDate(2031, 1, 1); today = today.addDays(13)) {
            EXPECT_EQ(expiryDate(agreement, today), walkedExpiry(agreement, today))
                << agreement.start.toString(Qt::ISODate).toStdString() << " on "
                << today.toString(Qt::ISODate).toStdString();
        }
    }
}

TEST(CalendarBounds, ExpiryOfAOneDayAgreementFromTheFirstYearIsComputedNotWalked) {
    const QDate first(input::kFirstYear, 1, 1);
    const QDate last(input::kLastYear, 12, 31);
    const Agreement oneDay = renewed(first, first);
    EXPECT_EQ(expiryDate(oneDay, last), last);
    EXPECT_EQ(expiryDate(oneDay, last.addDays(-5)), last.addDays(-5));
    const Agreement oneMonth = renewed(first, QDate(input::kFirstYear, 1, 31));
    EXPECT_EQ(expiryDate(oneMonth, QDate(input::kLastYear, 12, 2)), last);
}

TEST(CalendarBounds, DenounceDeadlineMatchesTheWalkForEveryAcceptedNotice) {
    Agreement agreement = renewed(QDate(2020, 9, 1), QDate(), 3);
    agreement.noticeAnchor = NoticeAnchor::SchoolYearStart;
    for (int months = input::kMonths.min; months <= input::kMonths.max; ++months) {
        agreement.noticeMonths = months;
        for (const QDate today : {QDate(2026, 11, 24), QDate(2027, 5, 31), QDate(2027, 6, 1),
                                  QDate(2027, 8, 31), QDate(2027, 9, 1), QDate(2028, 2, 29)}) {
            const DenounceDeadline next = nextDenounceDeadline(agreement, today);
            EXPECT_EQ(next.schoolYearStart, walkedRentree(agreement, today)) << months << " months";
            EXPECT_GE(next.lastDay, today);
        }
    }
}

TEST(CalendarBounds, TheLargestNumbersAFileCouldHoldGiveAnAnswerAtOnce) {
    // Before issue 10, "noticeMonths": 2147483647 walked 178 million school years (and QDate::addMonths
    // itself counts months off a year at a time): the calendar holds months to the format's bound.
    Agreement agreement = renewed(QDate(2020, 9, 1), QDate(), input::kDurationYears.max);
    agreement.noticeAnchor = NoticeAnchor::SchoolYearStart;
    const QDate today(2026, 11, 24);
    for (const int months : {input::kMonths.max, std::numeric_limits<int>::max()}) {
        agreement.noticeMonths = months;
        agreement.breachNoticeMonths = months;
        agreement.reviewEveryMonths = months;
        const DenounceDeadline next = nextDenounceDeadline(agreement, today);
        EXPECT_TRUE(next.schoolYearStart.isValid());
        EXPECT_GE(next.lastDay, today);
        EXPECT_GE(next.schoolYearStart, today.addMonths(input::kMonths.max));
        (void)agreementDeadlines(agreement, today, 90);
        (void)denunciationEffectiveDate(agreement, today);
        (void)terminationAfterFormalNotice(agreement, today);
        (void)nextReviewDue(agreement);
    }
    const Agreement forEver = renewed(QDate(input::kFirstYear, 1, 1), QDate(), input::kDurationYears.max);
    EXPECT_GE(*expiryDate(forEver, QDate(input::kLastYear, 12, 31)), QDate(input::kLastYear, 12, 31));
}
