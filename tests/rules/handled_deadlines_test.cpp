// Deadlines marked handled (issue 11): left out of the lists, the dashboard and checkAgreement by default,
// listed with their mark on demand; a mark names one deadline, by rule and date, so the next one shows.
#include "passerelle/rules/agreement_calendar.h"
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

// A review marked handled counts as held on the day it was handled: marking an overdue review handled
// without recording the meeting must not hide every later review (issue 11).
namespace {

const QDate reviewDue2026(2026, 9, 15);  // a year after the start, 15 September 2025
const QDate handledOn(2026, 10, 1);
const QDate reviewDue2027(2027, 10, 1);  // a year after it was handled

Agreement reviewedYearly() {
    Agreement agreement = renewed();
    agreement.reviewEveryMonths = 12;
    return agreement;
}

HandledDeadline reviewHandled(const QDate& due, const QDate& on) {
    return {id::DeadlineReview, due, on, u"Bilan fait par téléphone avec l'ALCEJ"_s};
}

QList<Deadline> reviewsOf(const QList<Deadline>& deadlines) {
    QList<Deadline> reviews;
    for (const Deadline& deadline : deadlines) {
        if (deadline.rule == id::DeadlineReview)
            reviews << deadline;
    }
    return reviews;
}

}  // namespace

TEST(HandledDeadlines, AHandledReviewCountsAsHeldOnTheDayItWasHandled) {
    Agreement agreement = reviewedYearly();
    ASSERT_EQ(nextReviewDue(agreement), reviewDue2026);
    agreement.handledDeadlines = {reviewHandled(reviewDue2026, handledOn)};
    EXPECT_EQ(nextReviewDue(agreement), reviewDue2027);
    const std::optional<ReviewHeld> held = lastReviewHeld(agreement);
    ASSERT_TRUE(held.has_value());
    EXPECT_EQ(held->date, handledOn);
    EXPECT_EQ(held->mark, &agreement.handledDeadlines[0]);

    // The next reminder comes into the 90 days' window like any review: 91 days before, nothing; 90 days
    // before, information; 30 days before, a warning.
    EXPECT_TRUE(reviewsOf(agreementDeadlines(agreement, reviewDue2027.addDays(-91), 90)).isEmpty());
    QList<Deadline> reviews = reviewsOf(agreementDeadlines(agreement, reviewDue2027.addDays(-90), 90));
    ASSERT_EQ(reviews.size(), 1);
    EXPECT_EQ(reviews[0].date, reviewDue2027);
    EXPECT_EQ(reviews[0].severity, Severity::Info);
    EXPECT_EQ(reviewsOf(agreementDeadlines(agreement, reviewDue2027.addDays(-31), 90))[0].severity,
              Severity::Info);
    EXPECT_EQ(reviewsOf(agreementDeadlines(agreement, reviewDue2027.addDays(-30), 90))[0].severity,
              Severity::Warning);
    // The message says what it is counted from.
    EXPECT_TRUE(reviews[0].message.contains(u"réunion précédente marquée traitée le 1er octobre 2026"_s))
        << reviews[0].message.toStdString();

    // The day after it is due, it is overdue, in the findings too, until it is held or handled in turn.
    const QDate dayAfter = reviewDue2027.addDays(1);
    reviews = reviewsOf(agreementDeadlines(agreement, dayAfter, 90));
    ASSERT_EQ(reviews.size(), 1);
    EXPECT_EQ(reviews[0].severity, Severity::Warning);
    EXPECT_TRUE(reviews[0].message.contains(u"en retard"_s));
    EXPECT_EQ(withRule(checkAgreement(agreement, dayAfter), id::DeadlineReview).size(), 1);
    agreement.handledDeadlines << reviewHandled(reviewDue2027, dayAfter);
    EXPECT_EQ(nextReviewDue(agreement), QDate(2028, 10, 2));
    EXPECT_TRUE(withRule(checkAgreement(agreement, dayAfter), id::DeadlineReview).isEmpty());
}

// Handled two weeks before it was due, when the reminder came: the meeting held early counts from its day.
TEST(HandledDeadlines, AReviewHandledEarlyCountsFromItsDay) {
    Agreement agreement = reviewedYearly();
    agreement.handledDeadlines = {reviewHandled(reviewDue2026, QDate(2026, 9, 1))};
    EXPECT_EQ(nextReviewDue(agreement), QDate(2027, 9, 1));
    EXPECT_TRUE(reviewsOf(agreementDeadlines(agreement, QDate(2026, 9, 1), 90)).isEmpty());
    // Counted strictly before a date: the review handled on 1 September is not held before 1 September.
    EXPECT_FALSE(lastReviewHeld(agreement, QDate(2026, 9, 1)).has_value());
    EXPECT_EQ(lastReviewHeld(agreement, QDate(2026, 9, 2))->date, QDate(2026, 9, 1));
}

// With --include-handled the handled review stays listed, marked, beside the next one, so that it can be seen
// and reopened; without, only the next one shows.
TEST(HandledDeadlines, TheHandledReviewIsListedOnDemandBesideTheNext) {
    Agreement agreement = reviewedYearly();
    agreement.handledDeadlines = {reviewHandled(reviewDue2026, handledOn)};
    const QDate today = reviewDue2027.addDays(1);
    QList<Deadline> reviews =
        reviewsOf(agreementDeadlines(agreement, today, 90, {}, {.includeHandled = true}));
    ASSERT_EQ(reviews.size(), 2);
    EXPECT_EQ(reviews[0].date, reviewDue2026);
    ASSERT_TRUE(reviews[0].handled.has_value());
    EXPECT_EQ(*reviews[0].handled, reviewHandled(reviewDue2026, handledOn));
    EXPECT_EQ(reviews[0].severity, Severity::Info);
    // Dealt with: neither late nor counted down.
    EXPECT_TRUE(reviews[0].message.contains(
        u" attendue au plus tard le 15 septembre 2026 (une tous les 12 mois, aucune réunion depuis le début)"_s))
        << reviews[0].message.toStdString();
    EXPECT_FALSE(reviews[0].message.contains(u"en retard"_s));
    EXPECT_EQ(reviews[1].date, reviewDue2027);
    EXPECT_FALSE(reviews[1].handled.has_value());
    EXPECT_EQ(reviews[1].severity, Severity::Warning);

    reviews = reviewsOf(agreementDeadlines(agreement, today, 90));
    ASSERT_EQ(reviews.size(), 1);
    EXPECT_EQ(reviews[0].date, reviewDue2027);

    // Once the next one is handled too, the first mark has been replaced and is no longer listed.
    agreement.handledDeadlines << reviewHandled(reviewDue2027, today);
    reviews = reviewsOf(agreementDeadlines(agreement, today, 90, {}, {.includeHandled = true}));
    ASSERT_EQ(reviews.size(), 1);
    EXPECT_EQ(reviews[0].date, reviewDue2027);
    EXPECT_TRUE(reviews[0].handled.has_value());
}

TEST(HandledDeadlines, ARecordedReviewOnOrAfterTheMarkIsTheReview) {
    Agreement agreement = reviewedYearly();
    agreement.handledDeadlines = {reviewHandled(reviewDue2026, handledOn)};
    // Recorded the day before the mark: the mark is the later one.
    agreement.reviews = {{handledOn.addDays(-1), {}}};
    EXPECT_EQ(nextReviewDue(agreement), reviewDue2027);
    EXPECT_NE(lastReviewHeld(agreement)->mark, nullptr);
    // Recorded on the mark's day: the meeting recorded is the review, the mark is not listed any more.
    agreement.reviews = {{handledOn, {}}};
    EXPECT_EQ(nextReviewDue(agreement), reviewDue2027);
    EXPECT_EQ(lastReviewHeld(agreement)->mark, nullptr);
    const QList<Deadline> reviews =
        reviewsOf(agreementDeadlines(agreement, reviewDue2027.addDays(1), 90, {}, {.includeHandled = true}));
    ASSERT_EQ(reviews.size(), 1);
    EXPECT_TRUE(reviews[0].message.contains(u"dernière réunion le 1er octobre 2026"_s));
    // Recorded later: counted from the meeting.
    agreement.reviews = {{QDate(2027, 1, 10), {}}};
    EXPECT_EQ(nextReviewDue(agreement), QDate(2028, 1, 10));
}

TEST(HandledDeadlines, OnlyAHandledReviewCountsAsAReview) {
    Agreement agreement = reviewedYearly();
    agreement.handledDeadlines = {denounceHandled(lastDay2027),
                                  {id::DeadlineExpiry, reviewDue2026, handledOn, {}}};
    EXPECT_EQ(nextReviewDue(agreement), reviewDue2026);
    EXPECT_FALSE(lastReviewHeld(agreement).has_value());
    // Without a review period, a handled review asks for no other.
    agreement.reviewEveryMonths.reset();
    agreement.handledDeadlines = {reviewHandled(reviewDue2026, handledOn)};
    EXPECT_FALSE(nextReviewDue(agreement).has_value());
    EXPECT_TRUE(
        reviewsOf(agreementDeadlines(agreement, reviewDue2027, 90, {}, {.includeHandled = true})).isEmpty());
}

// What storage::storedDeadlines relies on (issue 14): only the statuses deadlineCriteria names have
// deadlines, and an agreement's deadlines are decided without its clauses, which only word the references,
// nor its other lists.
TEST(HandledDeadlines, OnlyTheCriteriasStatusesHaveDeadlines) {
    const DeadlineCriteria criteria = deadlineCriteria();
    EXPECT_EQ(criteria.statuses, QList<AgreementStatus>{AgreementStatus::Signed});
    for (const QString& key : allKeys<AgreementStatus>()) {
        Agreement agreement = renewed();
        agreement.status = *parseKey<AgreementStatus>(key);
        EXPECT_EQ(
            agreementDeadlines(agreement, QDate(2027, 5, 1), 2000, {}, {.includeHandled = true}).isEmpty(),
            !criteria.statuses.contains(agreement.status))
            << key.toStdString();
    }
}

TEST(HandledDeadlines, TheClausesOnlyWordTheReferences) {
    Agreement agreement = renewed();
    agreement.reviewEveryMonths = 12;
    agreement.handledDeadlines = {denounceHandled(lastDay2027)};
    agreement.clauses = {{4, u"Suivi et bilan"_s, u"Les parties se réunissent chaque année."_s},
                         {9, u"Résiliation"_s, u"Préavis de trois mois."_s}};
    Agreement terms = agreement;
    terms.clauses.clear();
    terms.parties.clear();
    terms.signatures.clear();
    terms.amendments.clear();
    terms.deliberations.clear();
    terms.resources.clear();
    for (Review& review : terms.reviews)
        review.notes.clear();
    qsizetype compared = 0;
    for (QDate today(2026, 1, 1); today < QDate(2029, 1, 1); today = today.addDays(29)) {
        const QList<Deadline> whole = agreementDeadlines(agreement, today, 400, {}, {.includeHandled = true});
        QList<Deadline> withoutClauses = agreementDeadlines(terms, today, 400, {}, {.includeHandled = true});
        ASSERT_EQ(withoutClauses.size(), whole.size()) << today.toString(Qt::ISODate).toStdString();
        for (qsizetype i = 0; i < whole.size(); ++i) {
            withoutClauses[i].reference = whole[i].reference;
            EXPECT_EQ(withoutClauses[i], whole[i]);
        }
        compared += whole.size();
    }
    EXPECT_GT(compared, 10);
}
