#include "passerelle/rules/agreement_calendar.h"

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::rules;

namespace {

Agreement renewedYearly() {
    Agreement agreement;
    agreement.signedOn = QDate(2025, 9, 15);
    agreement.start = QDate(2025, 9, 15);
    agreement.durationYears = 3;
    agreement.tacitRenewal = true;
    agreement.noticeMonths = 3;
    agreement.noticeAnchor = NoticeAnchor::SchoolYearStart;
    agreement.status = AgreementStatus::Signed;
    return agreement;
}

}  // namespace

TEST(AgreementCalendar, SchoolYearStartIsASetting) {
    EXPECT_EQ(nextSchoolYearStart(QDate(2026, 11, 24)), QDate(2027, 9, 1));
    EXPECT_EQ(nextSchoolYearStart(QDate(2027, 9, 1)), QDate(2027, 9, 1));
    EXPECT_EQ(nextSchoolYearStart(QDate(2027, 8, 31)), QDate(2027, 9, 1));
    RuleSettings reunion;  // La Réunion starts mid-August
    reunion.schoolYearStartMonth = 8;
    reunion.schoolYearStartDay = 16;
    EXPECT_EQ(nextSchoolYearStart(QDate(2026, 11, 24), reunion), QDate(2027, 8, 16));
    EXPECT_FALSE(nextSchoolYearStart(QDate()).isValid());
}

TEST(AgreementCalendar, SchoolYearOfADateRunsFromItsRentreeToTheDayBeforeTheNext) {
    const auto year = schoolYearOf(QDate(2026, 11, 24));
    ASSERT_TRUE(year.has_value());
    EXPECT_EQ(year->first, QDate(2026, 9, 1));
    EXPECT_EQ(year->last, QDate(2027, 8, 31));
    EXPECT_EQ(schoolYearOf(QDate(2026, 9, 1))->first, QDate(2026, 9, 1));
    EXPECT_EQ(schoolYearOf(QDate(2026, 8, 31))->first, QDate(2025, 9, 1));
    RuleSettings reunion;
    reunion.schoolYearStartMonth = 8;
    reunion.schoolYearStartDay = 16;
    EXPECT_EQ(schoolYearOf(QDate(2026, 8, 20), reunion)->first, QDate(2026, 8, 16));
    EXPECT_EQ(schoolYearOf(QDate(2026, 8, 20), reunion)->last, QDate(2027, 8, 15));
    EXPECT_FALSE(schoolYearOf(QDate()).has_value());
}

TEST(AgreementCalendar, SchoolYearsAroundADateStartWithTheNextOneNewestFirst) {
    const QList<SchoolYear> years = schoolYearsAround(QDate(2026, 11, 24), 3);
    ASSERT_EQ(years.size(), 3);
    EXPECT_EQ(years[0].first, QDate(2027, 9, 1));
    EXPECT_EQ(years[0].last, QDate(2028, 8, 31));
    EXPECT_EQ(years[1].first, QDate(2026, 9, 1));
    EXPECT_EQ(years[2].first, QDate(2025, 9, 1));
    EXPECT_EQ(years[2].last, QDate(2026, 8, 31));
    EXPECT_TRUE(schoolYearsAround(QDate(), 3).isEmpty());
}

TEST(AgreementCalendar, LastDayToDenounceIsTheDayBeforeTheNoticeStarts) {
    const Agreement agreement = renewedYearly();
    // Three months before 1 September is 1 June; a notice given that day expires at the end of 1 September,
    // so the last day that respects "trois mois précédant la rentrée" is 31 May.
    EXPECT_EQ(lastDayToDenounceBefore(agreement, QDate(2027, 9, 1)), QDate(2027, 5, 31));
    EXPECT_EQ(nextDenounceDeadline(agreement, QDate(2026, 11, 24)).lastDay, QDate(2027, 5, 31));
    EXPECT_EQ(nextDenounceDeadline(agreement, QDate(2027, 5, 31)).lastDay, QDate(2027, 5, 31));
    // From 1 June it is too late for that rentrée: the next one counts.
    const DenounceDeadline late = nextDenounceDeadline(agreement, QDate(2027, 6, 1));
    EXPECT_EQ(late.lastDay, QDate(2028, 5, 31));
    EXPECT_EQ(late.schoolYearStart, QDate(2028, 9, 1));
    // Without its own notice the model agreement's three months apply; six months move it to 28 February.
    Agreement noNotice = agreement;
    noNotice.noticeMonths.reset();
    EXPECT_EQ(noticeMonthsOf(noNotice), 3);
    Agreement sixMonths = agreement;
    sixMonths.noticeMonths = 6;
    EXPECT_EQ(lastDayToDenounceBefore(sixMonths, QDate(2027, 9, 1)), QDate(2027, 2, 28));
}

TEST(AgreementCalendar, DenunciationEffectiveDate) {
    Agreement agreement = renewedYearly();
    // Anchored at the school-year start: effective from the next school year whose notice is respected.
    EXPECT_EQ(denunciationEffectiveDate(agreement, QDate(2026, 10, 1)), QDate(2027, 9, 1));
    EXPECT_EQ(denunciationEffectiveDate(agreement, QDate(2027, 5, 31)), QDate(2027, 9, 1));
    EXPECT_EQ(denunciationEffectiveDate(agreement, QDate(2027, 6, 1)), QDate(2028, 9, 1));
    // Anchored at the notification (seed 001: six months by registered letter).
    agreement.noticeAnchor = NoticeAnchor::Notification;
    agreement.noticeMonths = 6;
    EXPECT_EQ(denunciationEffectiveDate(agreement, QDate(2026, 3, 15)), QDate(2026, 9, 15));
    EXPECT_EQ(denunciationEffectiveDate(agreement, QDate(2026, 8, 31)), QDate(2027, 2, 28));
    EXPECT_FALSE(denunciationEffectiveDate(agreement, QDate()).has_value());
}

TEST(AgreementCalendar, TerminationAfterFormalNotice) {
    Agreement agreement = renewedYearly();
    EXPECT_EQ(terminationAfterFormalNotice(agreement, QDate(2026, 3, 15)), QDate(2026, 4, 15));
    EXPECT_EQ(terminationAfterFormalNotice(agreement, QDate(2026, 1, 31)), QDate(2026, 2, 28));
    agreement.breachNoticeMonths = 2;
    EXPECT_EQ(terminationAfterFormalNotice(agreement, QDate(2026, 3, 15)), QDate(2026, 5, 15));
    EXPECT_FALSE(terminationAfterFormalNotice(agreement, QDate()).has_value());
}

TEST(AgreementCalendar, NextReviewFromTheLastReviewOrTheStart) {
    Agreement agreement = renewedYearly();
    EXPECT_FALSE(nextReviewDue(agreement).has_value());
    agreement.reviewEveryMonths = 12;
    EXPECT_EQ(nextReviewDue(agreement), QDate(2026, 9, 15));
    agreement.reviews = {{QDate(2026, 1, 10), {}}, {QDate(2025, 12, 1), {}}};
    EXPECT_EQ(nextReviewDue(agreement), QDate(2027, 1, 10));
    agreement.start = QDate();
    agreement.signedOn = QDate();
    agreement.reviews.clear();
    EXPECT_FALSE(nextReviewDue(agreement).has_value());
}

TEST(AgreementCalendar, ExpiryDateFollowsRenewals) {
    Agreement agreement = renewedYearly();
    agreement.tacitRenewal = false;
    EXPECT_EQ(expiryDate(agreement, QDate(2026, 11, 24)), QDate(2028, 9, 14));
    agreement.tacitRenewal = true;
    EXPECT_EQ(expiryDate(agreement, QDate(2028, 9, 14)), QDate(2028, 9, 14));
    EXPECT_EQ(expiryDate(agreement, QDate(2028, 9, 15)), QDate(2031, 9, 14));
    // A fixed end renews for the same span.
    agreement.durationYears.reset();
    agreement.end = QDate(2026, 6, 30);
    agreement.start = QDate(2026, 1, 1);
    EXPECT_EQ(expiryDate(agreement, QDate(2026, 7, 1)), QDate(2026, 12, 31));
    agreement.end = QDate(2026, 6, 20);  // 171 days, not whole months: renews for 171 days
    EXPECT_EQ(expiryDate(agreement, QDate(2026, 7, 1)), QDate(2026, 12, 8));
    agreement.end = QDate();
    EXPECT_FALSE(expiryDate(agreement, QDate(2026, 7, 1)).has_value());
}

TEST(AgreementCalendar, CoversAndStart) {
    Agreement agreement = renewedYearly();
    agreement.start = QDate();
    EXPECT_EQ(agreementStart(agreement), QDate(2025, 9, 15));  // "à compter de sa signature"
    EXPECT_FALSE(agreementCovers(agreement, QDate(2025, 9, 14), QDate(2025, 9, 20)));
    EXPECT_TRUE(
        agreementCovers(agreement, QDate(2025, 9, 15), QDate(2040, 1, 1)));  // tacit renewal: open-ended
    agreement.tacitRenewal = false;
    EXPECT_TRUE(agreementCovers(agreement, QDate(2028, 9, 1), QDate(2028, 9, 14)));
    EXPECT_FALSE(agreementCovers(agreement, QDate(2028, 9, 1), QDate(2028, 9, 15)));
    EXPECT_FALSE(agreementCovers(Agreement{}, QDate(2026, 1, 1), QDate(2026, 1, 2)));
}
