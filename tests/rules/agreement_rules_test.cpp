#include "passerelle/rules/checks.h"
#include "passerelle/rules/deadlines.h"
#include "passerelle/rules/rule_ids.h"

#include "fixtures.h"
#include "rule_fixtures.h"

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::rules;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Tacitly renewed, three months' notice before the rentrée: the last day to denounce before 1 September 2027
// is 31 May 2027.
Agreement renewed() {
    return MeasureWorld().agreement;
}

Agreement fixedEnd() {
    Agreement agreement = renewed();
    agreement.id = u"agreement-workshops"_s;
    agreement.title = u"Ateliers de remobilisation"_s;
    agreement.tacitRenewal = false;
    agreement.durationYears.reset();
    agreement.end = QDate(2027, 6, 16);
    agreement.clauses = {{5, u"Durée de la convention"_s, u"La convention prendra fin le 16 juin 2027."_s}};
    return agreement;
}

}  // namespace

TEST(AgreementRules, CleanAgreementHasNoFinding) {
    EXPECT_TRUE(checkAgreement(renewed(), fixedToday()).isEmpty());
    EXPECT_TRUE(checkAgreement(fixedEnd(), fixedToday()).isEmpty());
}

TEST(AgreementRules, PartiesAtLeastTwoEachWithARepresentative) {
    Agreement agreement = renewed();
    agreement.parties[1].representativeId.clear();
    Findings findings = checkAgreement(agreement, fixedToday());
    ASSERT_EQ(ruleIds(findings), QStringList{id::AgreementParties});
    EXPECT_EQ(findings[0].entity, u"agreement"_s);
    EXPECT_EQ(findings[0].id, agreement.id);
    EXPECT_EQ(findings[0].field, u"parties"_s);
    EXPECT_TRUE(findings[0].message.startsWith(u"Partie n° 2 (« host-alcej ») sans représentant"_s));

    agreement.parties.removeLast();
    findings = checkAgreement(agreement, fixedToday());
    ASSERT_EQ(ruleIds(findings), QStringList{id::AgreementParties});
    EXPECT_TRUE(findings[0].message.startsWith(u"La convention compte 1 partie"_s));
    EXPECT_EQ(findings[0].reference, u"Code civil, art. 1101"_s);
}

TEST(AgreementRules, DatesEndBeforeStartOrNoEnd) {
    Agreement agreement = fixedEnd();
    agreement.end = agreement.start;  // a single day is odd but coherent
    EXPECT_TRUE(withRule(checkAgreement(agreement, fixedToday()), id::AgreementDates).isEmpty());
    agreement.end = agreement.start.addDays(-1);
    Findings findings = withRule(checkAgreement(agreement, fixedToday()), id::AgreementDates);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].field, u"end"_s);
    EXPECT_EQ(findings[0].reference,
              u"Convention « Ateliers de remobilisation », art. 5 (Durée de la convention)"_s);

    agreement.end = QDate();
    findings = withRule(checkAgreement(agreement, fixedToday()), id::AgreementDates);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_TRUE(findings[0].message.contains(u"ni date de fin ni durée"_s));

    agreement.durationYears = 0;
    findings = withRule(checkAgreement(agreement, fixedToday()), id::AgreementDates);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].field, u"durationYears"_s);
}

TEST(AgreementRules, DenounceDeadlineThirtyDaysIsAWarningThirtyOneIsInfo) {
    const Agreement agreement = renewed();
    const QDate lastDay(2027, 5, 31);
    Findings findings = withRule(checkAgreement(agreement, lastDay.addDays(-30)), id::DeadlineDenounce);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].severity, Severity::Warning);
    EXPECT_EQ(findings[0].date, lastDay);
    EXPECT_EQ(findings[0].field, u"noticeMonths"_s);
    EXPECT_TRUE(findings[0].message.contains(
        u"avant la rentrée du 1er septembre 2027 : le 31 mai 2027 (dans 30 jours, "
        u"préavis de 3 mois)"_s))
        << findings[0].message.toStdString();
    EXPECT_EQ(
        findings[0].reference,
        u"Convention « Mesures de responsabilisation avec l'ALCEJ » ; Arrêté du 30 novembre 2011, convention "
        u"type annexée, art. 9"_s);

    findings = withRule(checkAgreement(agreement, lastDay.addDays(-31)), id::DeadlineDenounce);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].severity, Severity::Info);
    EXPECT_EQ(withRule(checkAgreement(agreement, lastDay.addDays(-90)), id::DeadlineDenounce).size(), 1);
    EXPECT_TRUE(withRule(checkAgreement(agreement, lastDay.addDays(-91)), id::DeadlineDenounce).isEmpty());
    // On the last day itself: still a warning; the day after, the next one is a year away.
    EXPECT_EQ(withRule(checkAgreement(agreement, lastDay), id::DeadlineDenounce).value(0).severity,
              Severity::Warning);
    EXPECT_TRUE(withRule(checkAgreement(agreement, lastDay.addDays(1)), id::DeadlineDenounce).isEmpty());
}

TEST(AgreementRules, ExpiryDeadlineThirtyDaysIsAWarningThirtyOneIsInfo) {
    const Agreement agreement = fixedEnd();
    const QDate end(2027, 6, 16);
    Findings findings = withRule(checkAgreement(agreement, end.addDays(-30)), id::DeadlineExpiry);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].severity, Severity::Warning);
    EXPECT_EQ(findings[0].date, end);
    EXPECT_TRUE(findings[0].message.contains(u"prend fin le 16 juin 2027 (dans 30 jours)"_s));
    EXPECT_EQ(withRule(checkAgreement(agreement, end.addDays(-31)), id::DeadlineExpiry).value(0).severity,
              Severity::Info);
    EXPECT_TRUE(withRule(checkAgreement(agreement, end.addDays(-91)), id::DeadlineExpiry).isEmpty());
    EXPECT_EQ(withRule(checkAgreement(agreement, end), id::DeadlineExpiry).size(), 1);
    EXPECT_TRUE(withRule(checkAgreement(agreement, end.addDays(1)), id::DeadlineExpiry).isEmpty());
    // A renewed agreement has no expiry deadline, only a denunciation one.
    EXPECT_TRUE(withRule(checkAgreement(renewed(), QDate(2028, 9, 1)), id::DeadlineExpiry).isEmpty());
}

TEST(AgreementRules, ReviewOverdueIsAWarning) {
    Agreement agreement = renewed();
    agreement.reviewEveryMonths = 12;
    agreement.reviews = {{QDate(2025, 12, 1), u"Bilan annuel"_s}};
    const QDate due(2026, 12, 1);
    Findings findings = withRule(checkAgreement(agreement, due.addDays(1)), id::DeadlineReview);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].severity, Severity::Warning);
    EXPECT_EQ(findings[0].date, due);
    EXPECT_TRUE(findings[0].message.contains(u"en retard"_s));
    EXPECT_TRUE(findings[0].message.contains(u"dernière réunion le 1er décembre 2025"_s));
    // Still overdue a year later: a review stays due until it is held.
    EXPECT_EQ(withRule(checkAgreement(agreement, due.addYears(1)), id::DeadlineReview).size(), 1);
    // Coming: warning within 30 days, information from 31 to 90 days.
    EXPECT_EQ(withRule(checkAgreement(agreement, due.addDays(-30)), id::DeadlineReview).value(0).severity,
              Severity::Warning);
    EXPECT_EQ(withRule(checkAgreement(agreement, due.addDays(-31)), id::DeadlineReview).value(0).severity,
              Severity::Info);
    EXPECT_TRUE(withRule(checkAgreement(agreement, due.addDays(-91)), id::DeadlineReview).isEmpty());
    // Held: the next one is a year away.
    agreement.reviews << Review{QDate(2026, 11, 20), {}};
    EXPECT_TRUE(withRule(checkAgreement(agreement, due.addDays(1)), id::DeadlineReview).isEmpty());
}

TEST(AgreementRules, OnlySignedAgreementsHaveDeadlines) {
    Agreement agreement = renewed();
    agreement.reviewEveryMonths = 1;
    const QDate today(2027, 5, 1);
    EXPECT_FALSE(agreementDeadlines(agreement, today, 90).isEmpty());
    for (const AgreementStatus status : {AgreementStatus::Terminated, AgreementStatus::Draft}) {
        agreement.status = status;
        EXPECT_TRUE(agreementDeadlines(agreement, today, 90).isEmpty());
        EXPECT_TRUE(checkAgreement(agreement, today).isEmpty());
    }
}

TEST(Deadlines, SoonestFirstAcrossAgreements) {
    Agreement denounce = renewed();
    Agreement expiry = fixedEnd();
    Agreement review = renewed();
    review.id = u"agreement-review"_s;
    review.tacitRenewal = false;  // ends 14 September 2028: no denunciation deadline, no expiry soon
    review.reviewEveryMonths = 12;
    review.reviews = {{QDate(2026, 4, 20), {}}};
    const QDate today(2027, 4, 1);
    const QList<Deadline> deadlines =
        upcomingDeadlines(QList<Agreement>{expiry, denounce, review}, today, 365);
    ASSERT_EQ(deadlines.size(), 3);
    EXPECT_EQ(deadlines[0].rule, id::DeadlineReview);  // 20 April 2027
    EXPECT_EQ(deadlines[0].date, QDate(2027, 4, 20));
    EXPECT_EQ(deadlines[0].severity, Severity::Warning);
    EXPECT_EQ(deadlines[1].rule, id::DeadlineDenounce);  // 31 May 2027
    EXPECT_EQ(deadlines[1].agreementId, denounce.id);
    EXPECT_EQ(deadlines[1].title, denounce.title);
    EXPECT_EQ(deadlines[1].severity, Severity::Info);
    EXPECT_EQ(deadlines[1].daysFrom(today), 60);
    EXPECT_EQ(deadlines[2].rule, id::DeadlineExpiry);  // 16 June 2027
    // A shorter horizon keeps the first ones only.
    EXPECT_EQ(upcomingDeadlines(QList<Agreement>{expiry, denounce, review}, today, 60).size(), 2);
    const Finding finding = toFinding(deadlines[2]);
    EXPECT_EQ(finding.entity, u"agreement"_s);
    EXPECT_EQ(finding.id, expiry.id);
    EXPECT_EQ(finding.date, QDate(2027, 6, 16));
    EXPECT_EQ(finding.field, u"end"_s);
}
