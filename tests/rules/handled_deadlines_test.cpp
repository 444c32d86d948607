// Deadlines marked handled (issue 11): left out of the lists, the dashboard and checkAgreement by default,
// listed with their mark on demand; a mark names one deadline, by rule and date, so the next one shows.
#include "passerelle/rules/checks.h"
#include "passerelle/rules/deadlines.h"
#include "passerelle/rules/rule_ids.h"

#include "rule_fixtures.h"

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::rules;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Tacitly renewed, three months' notice before the rentrée: the last day to denounce before 1 September 2027
// is 31 May 2027, before 1 September 2028 it is 31 May 2028.
Agreement renewed() {
    return MeasureWorld().agreement;
}

const QDate lastDay2027(2027, 5, 31);
const QDate lastDay2028(2028, 5, 31);

HandledDeadline denounceHandled(const QDate& due) {
    return {id::DeadlineDenounce, due, QDate(2027, 5, 2),
            u"Reconduction votée en conseil d'administration"_s};
}

}  // namespace

TEST(HandledDeadlines, TheRulesThatCanBeHandled) {
    EXPECT_EQ(deadlineRuleIds(), (QStringList{id::DeadlineDenounce, id::DeadlineExpiry, id::DeadlineReview}));
}

TEST(HandledDeadlines, AHandledDeadlineIsLeftOutByDefault) {
    Agreement agreement = renewed();
    const QDate today(2027, 5, 1);
    ASSERT_EQ(agreementDeadlines(agreement, today, 90).size(), 1);
    agreement.handledDeadlines = {denounceHandled(lastDay2027)};
    EXPECT_TRUE(agreementDeadlines(agreement, today, 90).isEmpty());
    EXPECT_TRUE(upcomingDeadlines(QList<Agreement>{agreement}, today, 90).isEmpty());
    Dataset dataset;
    dataset.agreements = {agreement};
    EXPECT_TRUE(upcomingDeadlines(dataset, today, 90).isEmpty());
    // Nor does checkAgreement report it.
    EXPECT_TRUE(withRule(checkAgreement(agreement, today), id::DeadlineDenounce).isEmpty());
    // Even on the day itself, when it would be a warning.
    EXPECT_TRUE(checkAgreement(agreement, lastDay2027).isEmpty());
}

TEST(HandledDeadlines, IncludedOnDemandWithTheirMark) {
    Agreement agreement = renewed();
    agreement.handledDeadlines = {denounceHandled(lastDay2027)};
    const QDate today(2027, 5, 20);  // within the warning days
    const QList<Deadline> deadlines =
        upcomingDeadlines(QList<Agreement>{agreement}, today, 90, {}, {.includeHandled = true});
    ASSERT_EQ(deadlines.size(), 1);
    EXPECT_EQ(deadlines[0].rule, id::DeadlineDenounce);
    EXPECT_EQ(deadlines[0].date, lastDay2027);
    ASSERT_TRUE(deadlines[0].handled.has_value());
    EXPECT_EQ(*deadlines[0].handled, denounceHandled(lastDay2027));
    // Nothing is left to do: information, not a warning.
    EXPECT_EQ(deadlines[0].severity, Severity::Info);

    // A deadline not handled keeps no mark and its severity.
    const Agreement open = renewed();
    const QList<Deadline> openDeadlines = agreementDeadlines(open, today, 90, {}, {.includeHandled = true});
    ASSERT_EQ(openDeadlines.size(), 1);
    EXPECT_FALSE(openDeadlines[0].handled.has_value());
    EXPECT_EQ(openDeadlines[0].severity, Severity::Warning);
    EXPECT_EQ(openDeadlines, agreementDeadlines(open, today, 90));
}

// After a renewal, next year's last day to denounce is another deadline: the mark of 2027 does not hide it.
TEST(HandledDeadlines, NextYearsDeadlineAfterARenewalStays) {
    Agreement agreement = renewed();
    agreement.handledDeadlines = {denounceHandled(lastDay2027)};
    const QDate dayAfter = lastDay2027.addDays(1);
    const QList<Deadline> next = agreementDeadlines(agreement, dayAfter, 366);
    ASSERT_EQ(next.size(), 1);
    EXPECT_EQ(next[0].date, lastDay2028);
    EXPECT_FALSE(next[0].handled.has_value());
    EXPECT_EQ(withRule(checkAgreement(agreement, lastDay2028.addDays(-10)), id::DeadlineDenounce).size(), 1);

    // A mark for a date one day off hides nothing either.
    agreement.handledDeadlines = {denounceHandled(lastDay2027.addDays(-1))};
    EXPECT_EQ(agreementDeadlines(agreement, QDate(2027, 5, 1), 90).size(), 1);
}

TEST(HandledDeadlines, AMarkNamesItsRule) {
    // A review due on the same day as the last day to denounce: handling one leaves the other.
    Agreement agreement = renewed();
    agreement.reviewEveryMonths = 12;
    agreement.reviews = {{lastDay2027.addYears(-1), {}}};
    const QDate today(2027, 5, 1);
    ASSERT_EQ(agreementDeadlines(agreement, today, 90).size(), 2);

    agreement.handledDeadlines = {{id::DeadlineReview, lastDay2027, QDate(2027, 4, 30), {}}};
    QList<Deadline> deadlines = agreementDeadlines(agreement, today, 90);
    ASSERT_EQ(deadlines.size(), 1);
    EXPECT_EQ(deadlines[0].rule, id::DeadlineDenounce);

    deadlines = agreementDeadlines(agreement, today, 90, {}, {.includeHandled = true});
    ASSERT_EQ(deadlines.size(), 2);
    EXPECT_FALSE(deadlines[0].handled.has_value());  // denounce, computed first
    EXPECT_TRUE(deadlines[1].handled.has_value());

    // A mark with an unknown rule hides nothing.
    agreement.handledDeadlines = {{u"RESP-CONSENT"_s, lastDay2027, QDate(2027, 4, 30), {}}};
    EXPECT_EQ(agreementDeadlines(agreement, today, 90).size(), 2);
}

TEST(HandledDeadlines, ExpiryAndOverdueReviewCanBeHandled) {
    Agreement agreement = renewed();
    agreement.tacitRenewal = false;
    agreement.durationYears.reset();
    agreement.end = QDate(2027, 6, 16);
    agreement.reviewEveryMonths = 12;  // due 15 September 2026 from the start, overdue on 1 June 2027
    const QDate today(2027, 6, 1);
    const QList<Deadline> all = agreementDeadlines(agreement, today, 90);
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].rule, id::DeadlineExpiry);
    EXPECT_EQ(all[1].rule, id::DeadlineReview);
    EXPECT_EQ(all[1].date, QDate(2026, 9, 15));

    agreement.handledDeadlines = {{id::DeadlineExpiry, QDate(2027, 6, 16), QDate(2027, 5, 28), {}},
                                  {id::DeadlineReview, QDate(2026, 9, 15), QDate(2026, 9, 20), {}}};
    EXPECT_TRUE(agreementDeadlines(agreement, today, 90).isEmpty());
    EXPECT_TRUE(checkAgreement(agreement, today).isEmpty());
    EXPECT_EQ(agreementDeadlines(agreement, today, 90, {}, {.includeHandled = true}).size(), 2);
}
