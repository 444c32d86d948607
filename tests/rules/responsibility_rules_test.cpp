#include "passerelle/rules/checks.h"
#include "passerelle/rules/rule_ids.h"

#include "fixtures.h"
#include "rule_fixtures.h"

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::rules;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Four evening slots of 2 h 30 (Monday, Tuesday, Thursday, Friday) over two weeks: 20 h 00 exactly.
void planTwentyHours(Measure& measure) {
    measure.slots.clear();
    for (const Weekday day : {Weekday::Monday, Weekday::Tuesday, Weekday::Thursday, Weekday::Friday}) {
        measure.slots << TimeSlot{day, QTime(17, 0), QTime(19, 30)};
    }
}

}  // namespace

TEST(ResponsibilityRules, CleanMeasureHasNoFinding) {
    const MeasureWorld world;
    const Findings findings = world.check(fixedToday());
    EXPECT_TRUE(findings.isEmpty()) << ruleIds(findings).join(u", "_s).toStdString();
    // Still clean once it has started and ended, with its host report.
    MeasureWorld ended;
    ended.measure.hostReport = HostReport{QDate(2026, 12, 12), u"Impliquée"_s, u"Sérieuse"_s, {}};
    EXPECT_TRUE(ended.check(QDate(2026, 12, 20)).isEmpty());
}

TEST(ResponsibilityRules, TotalHoursTwentyIsFineTwentyAndAHalfIsNot) {
    MeasureWorld world;
    planTwentyHours(world.measure);
    EXPECT_TRUE(withRule(world.check(fixedToday()), id::RespTotalHours).isEmpty());

    world.measure.slots[0].end = QTime(19, 45);  // Mondays 2 h 45: 20 h 30 in all
    const Findings findings = withRule(world.check(fixedToday()), id::RespTotalHours);
    ASSERT_EQ(findings.size(), 1);
    const Finding& finding = findings.first();
    EXPECT_EQ(finding.severity, Severity::Error);
    EXPECT_EQ(finding.entity, u"measure"_s);
    EXPECT_EQ(finding.id, u"measure-1"_s);
    EXPECT_EQ(finding.field, u"slots"_s);
    EXPECT_TRUE(finding.message.contains(u"20 h 30 prévues en tout"_s)) << finding.message.toStdString();
    EXPECT_TRUE(finding.message.contains(u"au plus 20 h"_s));
    EXPECT_TRUE(finding.message.contains(u"8 séances"_s));
    EXPECT_EQ(finding.reference, u"Code de l'éducation, art. R. 511-13"_s);
}

TEST(ResponsibilityRules, TotalHoursDoneTwentyIsFineTwentyAndOneMinuteIsNot) {
    MeasureWorld world;
    planTwentyHours(world.measure);
    // One more minute on Wednesdays: 20 h 02 planned (a finding on the timetable, whatever is done).
    world.measure.slots << TimeSlot{Weekday::Wednesday, QTime(17, 0), QTime(17, 1)};
    for (const QDate& date : world.measure.expectedDates()) {
        if (date.dayOfWeek() != Qt::Wednesday)
            world.measure.attendance << AttendanceEntry{date, AttendanceStatus::Present, {}};
    }
    const QDate today = world.measure.end;
    Findings findings = withRule(world.check(today), id::RespTotalHours);
    ASSERT_EQ(findings.size(), 1);  // 20 h done: fine
    EXPECT_EQ(findings[0].field, u"slots"_s);

    world.measure.attendance << AttendanceEntry{QDate(2026, 12, 2), AttendanceStatus::Present, {}};
    findings = withRule(world.check(today), id::RespTotalHours);
    ASSERT_EQ(findings.size(), 2);
    EXPECT_EQ(findings[1].severity, Severity::Error);
    EXPECT_EQ(findings[1].field, u"attendance"_s);
    EXPECT_EQ(findings[1].message,
              u"20 h 01 faites d'après les présences relevées, au plus 20 h en tout (Code "
              u"de l'éducation, art. R. 511-13)"_s);
    EXPECT_EQ(findings[1].reference, u"Code de l'éducation, art. R. 511-13"_s);
}

TEST(ResponsibilityRules, DailyHoursThreeIsFineThreeAndOneMinuteIsNot) {
    MeasureWorld world;
    world.measure.slots = {{Weekday::Tuesday, QTime(17, 0), QTime(20, 0)}};
    EXPECT_TRUE(withRule(world.check(fixedToday()), id::RespDailyHours).isEmpty());

    world.measure.slots = {{Weekday::Tuesday, QTime(17, 0), QTime(18, 30)},
                           {Weekday::Tuesday, QTime(18, 30), QTime(20, 1)}};
    const Findings findings = withRule(world.check(fixedToday()), id::RespDailyHours);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(
        findings[0].message,
        u"Mardi : 3 h 01 prévues, au plus 3 h par jour (arrêté du 30 novembre 2011, convention type, art. 2)"_s);
    EXPECT_EQ(findings[0].field, u"slots.0"_s);  // the day's first slot
    EXPECT_EQ(findings[0].reference, u"Arrêté du 30 novembre 2011, convention type annexée, art. 2"_s);

    world.measure.slots = {{Weekday::Tuesday, QTime(17, 0), QTime(20, 30)},
                           {Weekday::Saturday, QTime(8, 0), QTime(12, 0)}};
    const Findings two = withRule(world.check(fixedToday()), id::RespDailyHours);
    ASSERT_EQ(two.size(), 2);
    EXPECT_TRUE(two[0].message.startsWith(u"Mardi : 3 h 30 prévues"_s)) << two[0].message.toStdString();
    EXPECT_TRUE(two[1].message.startsWith(u"Samedi : 4 h prévues"_s)) << two[1].message.toStdString();
    EXPECT_EQ(two[0].field, u"slots.0"_s);
    EXPECT_EQ(two[1].field, u"slots.1"_s);
}

// A day's finding points at the first slot of that day in the measure's order, skipping a slot that counts
// nothing (its end before its start), so that a form can focus the half-day that makes the day too long.
TEST(ResponsibilityRules, DailyHoursPointsAtTheDaysFirstCountedSlot) {
    MeasureWorld world;
    world.measure.slots = {{Weekday::Monday, QTime(17, 0), QTime(18, 0)},
                           {Weekday::Tuesday, QTime(19, 0), QTime(18, 0)},    // inverted: 0 minutes
                           {Weekday::Tuesday, QTime(17, 0), QTime(18, 30)},   // the first counted
                           {Weekday::Tuesday, QTime(18, 30), QTime(20, 1)}};  // 3 h 01 on Tuesday
    const Findings findings = withRule(world.check(fixedToday()), id::RespDailyHours);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].field, u"slots.2"_s);
}

TEST(ResponsibilityRules, WeeklyDaysFourIsFineFiveIsNot) {
    MeasureWorld world;
    world.measure.slots.clear();
    for (const Weekday day : {Weekday::Monday, Weekday::Tuesday, Weekday::Wednesday, Weekday::Thursday}) {
        world.measure.slots << TimeSlot{day, QTime(17, 0), QTime(18, 0)};
    }
    EXPECT_TRUE(world.check(fixedToday()).isEmpty());

    world.measure.slots << TimeSlot{Weekday::Saturday, QTime(9, 0), QTime(10, 0)};
    const Findings findings = world.check(fixedToday());
    EXPECT_EQ(ruleIds(findings), QStringList{id::RespWeeklyDays});
    ASSERT_EQ(findings.size(), 1);
    EXPECT_TRUE(
        findings[0].message.contains(u"5 jours par semaine (lundi, mardi, mercredi, jeudi et samedi)"_s))
        << findings[0].message.toStdString();
    EXPECT_TRUE(findings[0].message.contains(u"au plus 4 jours"_s));
    EXPECT_EQ(findings[0].field, u"slots"_s);  // no single slot is wrong: the timetable is
}

TEST(ResponsibilityRules, TeachingHoursTouchingIsFineOverlappingIsNot) {
    MeasureWorld world;
    // Ends exactly when Monday's lessons start, starts exactly when they end.
    world.measure.slots = {{Weekday::Monday, QTime(7, 0), QTime(8, 0)},
                           {Weekday::Thursday, QTime(16, 30), QTime(18, 0)}};
    EXPECT_TRUE(world.check(fixedToday()).isEmpty());

    world.measure.slots[0].end = QTime(8, 1);
    const Findings findings = withRule(world.check(fixedToday()), id::RespTeachingHours);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].severity, Severity::Error);
    EXPECT_EQ(findings[0].field, u"slots.0"_s);
    EXPECT_TRUE(findings[0].message.startsWith(
        u"Lundi de 7 h à 8 h 01 : pendant les heures d'enseignement (lundi de 8 h à 12 h)"_s))
        << findings[0].message.toStdString();
    // One finding per slot, each naming its own.
    world.measure.slots[1].start = QTime(16, 0);
    const Findings both = withRule(world.check(fixedToday()), id::RespTeachingHours);
    ASSERT_EQ(both.size(), 2);
    EXPECT_EQ(both[0].field, u"slots.0"_s);
    EXPECT_EQ(both[1].field, u"slots.1"_s);
    // Wednesday afternoon has no lessons.
    world.measure.slots = {{Weekday::Wednesday, QTime(13, 0), QTime(16, 0)}};
    EXPECT_TRUE(withRule(world.check(fixedToday()), id::RespTeachingHours).isEmpty());
}

TEST(ResponsibilityRules, UnknownSchoolIsAWarningNotASilentPass) {
    MeasureWorld world;
    MeasureContext context = world.context();
    context.school = nullptr;
    const Findings findings = checkMeasure(world.measure, context, fixedToday());
    ASSERT_EQ(ruleIds(findings), QStringList{id::RespTeachingHours});
    EXPECT_EQ(findings[0].severity, Severity::Warning);
}

TEST(ResponsibilityRules, RequiredFieldsNamedInOneFinding) {
    MeasureWorld world;
    world.student.birthDate = QDate();
    world.measure.objectives = u"   "_s;
    world.measure.places.clear();
    const Findings findings = withRule(world.check(fixedToday()), id::RespRequiredFields);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].field, u"student.birthDate"_s);
    EXPECT_EQ(
        findings[0].message,
        u"Mentions obligatoires manquantes : date de naissance de l'élève, objectifs et lieu(x) d'exécution "
        u"(arrêté du 30 novembre 2011, convention type, art. 2)"_s);

    MeasureWorld tutorless;
    tutorless.measure.hostTutorId.clear();
    const Findings one = withRule(tutorless.check(fixedToday()), id::RespRequiredFields);
    ASSERT_EQ(one.size(), 1);
    EXPECT_EQ(one[0].field, u"hostTutor"_s);
    EXPECT_TRUE(
        one[0].message.startsWith(u"Mention obligatoire manquante : personne en charge de l'accueil"_s));
}

TEST(ResponsibilityRules, RequiredFieldsIncludeTheStudentAndDates) {
    MeasureWorld world;
    world.measure.start = QDate();
    world.measure.schoolFollowerId.clear();
    MeasureContext context = world.context();
    context.student = nullptr;
    const Findings findings =
        withRule(checkMeasure(world.measure, context, fixedToday()), id::RespRequiredFields);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].field, u"student"_s);
    EXPECT_TRUE(findings[0].message.contains(
        u"élève, personnel de l'établissement chargé du suivi et date de début"_s))
        << findings[0].message.toStdString();
}

TEST(ResponsibilityRules, InsuranceOfEachSide) {
    MeasureWorld world;
    world.measure.insurances.host.contract.clear();
    Findings findings = withRule(world.check(fixedToday()), id::RespInsurance);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].field, u"insurances.host.contract"_s);
    EXPECT_TRUE(findings[0].message.startsWith(
        u"Assurance de la structure d'accueil : numéro de contrat manquant"_s));
    EXPECT_TRUE(findings[0].reference.contains(u"art. 2 et 5"_s));

    world.measure.insurances.school = {};
    findings = withRule(world.check(fixedToday()), id::RespInsurance);
    ASSERT_EQ(findings.size(), 2);
    EXPECT_EQ(findings[0].field, u"insurances.school"_s);
    EXPECT_TRUE(findings[0].message.contains(u"nom de l'assureur et numéro de contrat manquants"_s));
    EXPECT_EQ(findings[1].field, u"insurances.host.contract"_s);

    MeasureWorld insurerless;
    insurerless.measure.insurances.school.insurer = u" "_s;
    findings = withRule(insurerless.check(fixedToday()), id::RespInsurance);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].field, u"insurances.school.insurer"_s);
}

TEST(ResponsibilityRules, ConsentOutsideTheSchool) {
    MeasureWorld world;
    world.measure.consents = {true, false};
    Findings findings = withRule(world.check(fixedToday()), id::RespConsent);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].field, u"consents.representative"_s);
    EXPECT_EQ(findings[0].reference, u"Code de l'éducation, art. R. 511-13"_s);

    world.measure.consents = {false, false};
    findings = withRule(world.check(fixedToday()), id::RespConsent);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].field, u"consents.student"_s);
    EXPECT_TRUE(findings[0].message.contains(u"l'accord de l'élève ni celui de son représentant légal"_s));

    // An adult student alone consents.
    world.measure.consents = {true, false};
    world.student.birthDate = QDate(2008, 11, 30);
    EXPECT_TRUE(withRule(world.check(fixedToday()), id::RespConsent).isEmpty());

    // Inside the student's own school, no consent is collected (and no agreement is needed).
    MeasureWorld inside;
    inside.measure.consents = {false, false};
    inside.measure.hostId = inside.school.id;
    inside.measure.agreementId.clear();
    MeasureContext context = inside.context();
    context.host = &inside.school;
    context.agreement = nullptr;
    EXPECT_TRUE(checkMeasure(inside.measure, context, fixedToday()).isEmpty());
}

TEST(ResponsibilityRules, HostReportOnceEnded) {
    MeasureWorld world;
    const QDate end = world.measure.end;
    EXPECT_TRUE(withRule(world.check(end), id::HostReportMissing).isEmpty());  // the last day itself
    const Findings findings = withRule(world.check(end.addDays(1)), id::HostReportMissing);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].severity, Severity::Warning);
    EXPECT_EQ(findings[0].field, u"hostReport"_s);
    EXPECT_TRUE(findings[0].message.contains(u"11 décembre 2026"_s)) << findings[0].message.toStdString();
    EXPECT_TRUE(findings[0].reference.endsWith(u"art. 4"_s));

    world.measure.hostReport = HostReport{};  // present but blank: still missing
    EXPECT_EQ(withRule(world.check(end.addDays(1)), id::HostReportMissing).size(), 1);
    world.measure.hostReport->text = u"L'élève s'est investie."_s;
    EXPECT_TRUE(withRule(world.check(end.addDays(1)), id::HostReportMissing).isEmpty());
}

TEST(ResponsibilityRules, ApplyToResponsibilityMeasuresOnly) {
    MeasureWorld world;
    world.measure.kind = MeasureKind::FollowUp;
    world.measure.slots = {{Weekday::Monday, QTime(9, 0), QTime(13, 0)}};  // 4 h during lessons
    world.measure.insurances = {};
    world.measure.objectives.clear();
    const Findings findings = world.check(world.measure.end.addDays(5));
    for (const Finding& finding : findings) {
        EXPECT_FALSE(finding.rule.startsWith(u"RESP-"_s)) << finding.rule.toStdString();
        EXPECT_NE(finding.rule, id::HostReportMissing);
    }
}
