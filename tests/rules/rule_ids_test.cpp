#include "passerelle/rules/rule_ids.h"
#include "passerelle/rules/finding.h"

#include <gtest/gtest.h>

using namespace passerelle::rules;
using namespace Qt::Literals::StringLiterals;

// The ids are a contract with outside test suites: this list is copied from issue 3, with issue 11's five
// plausibility rules before the deadlines, not from the code.
TEST(RuleIds, MatchTheContractExactly) {
    const QStringList contract{
        u"RESP-TOTAL-HOURS"_s,    u"RESP-CONSENT"_s,         u"RESP-DAILY-HOURS"_s,
        u"RESP-WEEKLY-DAYS"_s,    u"RESP-TEACHING-HOURS"_s,  u"RESP-REQUIRED-FIELDS"_s,
        u"RESP-INSURANCE"_s,      u"MEASURE-DATES"_s,        u"MEASURE-SLOTS"_s,
        u"MEASURE-AGREEMENT"_s,   u"MINOR-REPRESENTATIVE"_s, u"MEASURE-SIGNATURES"_s,
        u"EXCLUSION-DURATION"_s,  u"EXCLUSION-CONSENT"_s,    u"AGREEMENT-PARTIES"_s,
        u"AGREEMENT-DATES"_s,     u"GROUP-SIZE"_s,           u"PARTNER-NOTICE"_s,
        u"IMAGE-CONSENT"_s,       u"HOST-REPORT-MISSING"_s,  u"INCIDENT-NOT-NOTIFIED"_s,
        u"INCIDENT-CHRONOLOGY"_s, u"ATTENDANCE-DATE"_s,      u"SIGNATURE-DATE"_s,
        u"HOST-REPORT-DATE"_s,    u"AGREEMENT-SIGNATURES"_s, u"DEADLINE-DENOUNCE"_s,
        u"DEADLINE-EXPIRY"_s,     u"DEADLINE-REVIEW"_s,
    };
    EXPECT_EQ(allRuleIds(), contract);

    const QStringList constants{
        id::RespTotalHours,      id::RespConsent,         id::RespDailyHours,      id::RespWeeklyDays,
        id::RespTeachingHours,   id::RespRequiredFields,  id::RespInsurance,       id::MeasureDates,
        id::MeasureSlots,        id::MeasureAgreement,    id::MinorRepresentative, id::MeasureSignatures,
        id::ExclusionDuration,   id::ExclusionConsent,    id::AgreementParties,    id::AgreementDates,
        id::GroupSize,           id::PartnerNotice,       id::ImageConsent,        id::HostReportMissing,
        id::IncidentNotNotified, id::IncidentChronology,  id::AttendanceDate,      id::SignatureDate,
        id::HostReportDate,      id::AgreementSignatures, id::DeadlineDenounce,    id::DeadlineExpiry,
        id::DeadlineReview,
    };
    EXPECT_EQ(constants, contract);
}

TEST(RuleIds, EveryRuleHasAFrenchTitle) {
    for (const QString& rule : allRuleIds())
        EXPECT_FALSE(ruleTitle(rule).isEmpty()) << rule.toStdString();
    EXPECT_TRUE(ruleTitle(u"NO-SUCH-RULE"_s).isEmpty());
}

TEST(Severity, KeysRoundTrip) {
    EXPECT_EQ(key(Severity::Error), u"error"_s);
    EXPECT_EQ(key(Severity::Warning), u"warning"_s);
    EXPECT_EQ(key(Severity::Info), u"info"_s);
    for (const Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        EXPECT_EQ(parseSeverity(key(severity)), severity);
    }
    EXPECT_FALSE(parseSeverity(u"fatal"_s).has_value());
}

TEST(Findings, HasErrorsIgnoresWarningsAndInfo) {
    Findings findings{{id::PartnerNotice, Severity::Warning}, {id::DeadlineExpiry, Severity::Info}};
    EXPECT_FALSE(hasErrors(findings));
    findings << Finding{id::MeasureDates, Severity::Error};
    EXPECT_TRUE(hasErrors(findings));
}
