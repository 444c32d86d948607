// Issue 11's plausibility rules at their boundaries: today itself is fine and tomorrow is an error; the
// measure's first and last days are fine and the days around them are errors; the incident's own minute is
// fine and the minute before is an error.
#include "passerelle/rules/checks.h"
#include "passerelle/rules/references.h"
#include "passerelle/rules/rule_ids.h"

#include "fixtures.h"
#include "rule_fixtures.h"

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::rules;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// A day after the clean measure has ended (it runs from 30 November to 11 December 2026).
const QDate afterTheMeasure(2026, 12, 20);

Findings incidentFindings(const Measure& measure) {
    const MeasureWorld world;
    return withRule(checkMeasure(measure, world.context(), afterTheMeasure), id::IncidentChronology);
}

}  // namespace

TEST(PlausibilityRules, IncidentToldInItsOwnMinuteIsFineTheMinuteBeforeIsNot) {
    MeasureWorld world;
    const QDateTime at(QDate(2026, 12, 2), QTime(15, 0, 45));
    world.measure.incidents = {{at, IncidentKind::Behaviour, u"Insolence"_s, at},
                               {at, IncidentKind::Accident, u"Chute"_s, QDateTime(at.date(), QTime(15, 0))}};
    EXPECT_TRUE(incidentFindings(world.measure).isEmpty());  // 15 h 00 min 00 s: the incident's minute

    world.measure.incidents[1].headNotifiedAt = QDateTime(at.date(), QTime(14, 59, 59));
    const Findings findings = incidentFindings(world.measure);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].severity, Severity::Error);
    EXPECT_EQ(findings[0].entity, u"measure"_s);
    EXPECT_EQ(findings[0].field, u"incidents.1.headNotifiedAt"_s);
    EXPECT_EQ(findings[0].message,
              u"Incident (accident) du 2 décembre 2026 à 15 h : chef d'établissement informé le 2 décembre "
              u"2026 à 14 h 59, avant l'incident lui-même ; vérifier l'une des deux dates"_s);
    EXPECT_EQ(findings[0].reference,
              u"Cohérence des dates ; Arrêté du 30 novembre 2011, convention type annexée, art. 6 et 7"_s);

    // The day before, whatever the hour; nothing to compare while either date is missing.
    world.measure.incidents[1].headNotifiedAt = QDateTime(QDate(2026, 12, 1), QTime(23, 0));
    EXPECT_EQ(incidentFindings(world.measure).size(), 1);
    world.measure.incidents[1].headNotifiedAt = QDateTime();
    world.measure.incidents[0].at = QDateTime();
    EXPECT_TRUE(incidentFindings(world.measure).isEmpty());
}

TEST(PlausibilityRules, AttendanceUpToTodayIsFineTomorrowIsNot) {
    MeasureWorld world;
    const QDate today(2026, 12, 2);  // a Wednesday of the measure
    world.measure.attendance = {{QDate(2026, 11, 30), AttendanceStatus::Present, {}},
                                {today, AttendanceStatus::Absent, {}}};
    EXPECT_TRUE(withRule(world.check(today), id::AttendanceDate).isEmpty());

    world.measure.attendance << AttendanceEntry{QDate(2026, 12, 3), AttendanceStatus::Present, {}};
    const Findings findings = withRule(world.check(today), id::AttendanceDate);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].severity, Severity::Error);
    EXPECT_EQ(findings[0].field, u"attendance.2026-12-03"_s);
    EXPECT_EQ(findings[0].message,
              u"Présence relevée pour le 3 décembre 2026, après aujourd'hui (2 décembre 2026)"_s);
    EXPECT_EQ(findings[0].reference,
              u"Cohérence des dates ; Arrêté du 30 novembre 2011, convention type annexée, art. 2"_s);
}

TEST(PlausibilityRules, AttendanceOnTheFirstAndLastDaysIsFineOneDayOutsideIsNot) {
    MeasureWorld world;
    world.measure.attendance = {{world.measure.start, AttendanceStatus::Present, {}},
                                {world.measure.end, AttendanceStatus::Excused, {}}};
    EXPECT_TRUE(withRule(world.check(afterTheMeasure), id::AttendanceDate).isEmpty());

    world.measure.attendance.prepend({world.measure.start.addDays(-1), AttendanceStatus::Absent, {}});
    world.measure.attendance << AttendanceEntry{world.measure.end.addDays(1), AttendanceStatus::Excused, {}};
    const Findings findings = withRule(world.check(afterTheMeasure), id::AttendanceDate);
    ASSERT_EQ(findings.size(), 2);  // one per entry
    EXPECT_EQ(findings[0].field, u"attendance.2026-11-29"_s);
    EXPECT_EQ(findings[0].message,
              u"Absence relevée pour le 29 novembre 2026, avant le début de la mesure le 30 novembre 2026"_s);
    EXPECT_EQ(findings[1].field, u"attendance.2026-12-12"_s);
    EXPECT_EQ(findings[1].message,
              u"Absence excusée relevée pour le 12 décembre 2026, après la fin de la mesure "
              u"le 11 décembre 2026"_s);

    // After the end and after today: still one finding for the entry, which says the first.
    const Findings onTheLastDay = withRule(world.check(world.measure.end), id::AttendanceDate);
    ASSERT_EQ(onTheLastDay.size(), 2);
    EXPECT_EQ(onTheLastDay[1].message, findings[1].message);
}

TEST(PlausibilityRules, MeasureSignedTodayIsFineTomorrowIsNot) {
    MeasureWorld world;
    world.measure.signatures = {{SignatureRole::HeadOfSchool, fixedToday()},
                                {SignatureRole::HostManager, fixedToday()},
                                {SignatureRole::LegalRepresentative, fixedToday()}};
    EXPECT_TRUE(world.check(fixedToday()).isEmpty());

    world.measure.signatures[0].signedOn = fixedToday().addDays(1);
    world.measure.signatures << RoleSignature{SignatureRole::Student, fixedToday().addDays(3)};
    const Findings findings = withRule(world.check(fixedToday()), id::SignatureDate);
    ASSERT_EQ(findings.size(), 2);
    EXPECT_EQ(findings[0].severity, Severity::Error);
    EXPECT_EQ(findings[0].field, u"signatures.head-of-school"_s);
    EXPECT_EQ(findings[0].message,
              u"Signature du chef d'établissement datée du 25 novembre 2026, après aujourd'hui (24 novembre "
              u"2026)"_s);
    EXPECT_EQ(findings[1].field, u"signatures.student"_s);
    EXPECT_TRUE(findings[1].message.startsWith(u"Signature de l'élève datée du 27 novembre 2026"_s));
    EXPECT_EQ(findings[0].reference,
              u"Cohérence des dates ; Arrêté du 30 novembre 2011, convention type annexée, art. 2"_s);

    world.measure.kind = MeasureKind::ExclusionAlternative;
    const Findings contract = withRule(world.check(fixedToday()), id::SignatureDate);
    ASSERT_EQ(contract.size(), 2);
    EXPECT_EQ(contract[0].reference, u"Cohérence des dates ; "_s + reference::ExclusionAlternativeContract);
}

TEST(PlausibilityRules, AgreementSignedTodayIsFineTomorrowIsNot) {
    Agreement agreement = MeasureWorld().agreement;
    agreement.signedOn = fixedToday();
    agreement.signatures = {{agreement.parties[0].organisationId, fixedToday()},
                            {agreement.parties[1].organisationId, fixedToday()}};
    EXPECT_TRUE(checkAgreement(agreement, fixedToday()).isEmpty());

    agreement.signedOn = fixedToday().addDays(1);
    agreement.signatures[1].signedOn = fixedToday().addDays(1);
    const Findings findings = checkAgreement(agreement, fixedToday());
    ASSERT_EQ(ruleIds(findings), (QStringList{id::SignatureDate, id::SignatureDate}));
    EXPECT_EQ(findings[0].entity, u"agreement"_s);
    EXPECT_EQ(findings[0].field, u"signedOn"_s);
    EXPECT_EQ(findings[0].message,
              u"Convention signée le 25 novembre 2026, après aujourd'hui (24 novembre 2026)"_s);
    EXPECT_EQ(findings[1].field, u"signatures.host-alcej"_s);
    EXPECT_EQ(findings[1].message,
              u"Signature de la partie « host-alcej » datée du 25 novembre 2026, après aujourd'hui (24 "
              u"novembre 2026)"_s);
    EXPECT_EQ(findings[1].reference, u"Cohérence des dates ; Code civil, art. 1367"_s);
}

TEST(PlausibilityRules, HostReportFromTheFirstDayToTodayIsFine) {
    MeasureWorld world;
    world.measure.hostReport = HostReport{world.measure.start, u"Impliquée"_s, {}, {}};
    EXPECT_TRUE(withRule(world.check(afterTheMeasure), id::HostReportDate).isEmpty());
    world.measure.hostReport->writtenOn = afterTheMeasure;
    EXPECT_TRUE(withRule(world.check(afterTheMeasure), id::HostReportDate).isEmpty());

    world.measure.hostReport->writtenOn = afterTheMeasure.addDays(1);
    Findings findings = withRule(world.check(afterTheMeasure), id::HostReportDate);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].severity, Severity::Error);
    EXPECT_EQ(findings[0].field, u"hostReport.writtenOn"_s);
    EXPECT_EQ(findings[0].message,
              u"Compte rendu de la structure d'accueil daté du 21 décembre 2026, après aujourd'hui (20 "
              u"décembre 2026)"_s);
    EXPECT_EQ(findings[0].reference,
              u"Cohérence des dates ; Arrêté du 30 novembre 2011, convention type annexée, art. 4"_s);

    world.measure.hostReport->writtenOn = world.measure.start.addDays(-1);
    findings = withRule(world.check(afterTheMeasure), id::HostReportDate);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].message,
              u"Compte rendu de la structure d'accueil daté du 29 novembre 2026, avant le "
              u"début de la mesure le 30 novembre 2026"_s);

    // An undated report is HOST-REPORT-MISSING's business when it is empty, and no date to doubt otherwise.
    world.measure.hostReport->writtenOn = QDate();
    EXPECT_TRUE(withRule(world.check(afterTheMeasure), id::HostReportDate).isEmpty());
}

TEST(PlausibilityRules, SignedAgreementNeedsEveryPartysDatedSignature) {
    Agreement agreement = MeasureWorld().agreement;
    EXPECT_TRUE(checkAgreement(agreement, fixedToday()).isEmpty());

    agreement.signatures[1].signedOn = QDate();  // listed, not dated: not signed
    Findings findings = checkAgreement(agreement, fixedToday());
    ASSERT_EQ(ruleIds(findings), QStringList{id::AgreementSignatures});
    EXPECT_EQ(findings[0].severity, Severity::Error);
    EXPECT_EQ(findings[0].field, u"signatures"_s);
    EXPECT_EQ(findings[0].message,
              u"Convention au statut « signée » sans la signature datée de la partie « host-alcej » : dater "
              u"chaque signature, ou revenir au statut « en attente de signature »"_s);
    EXPECT_EQ(findings[0].reference, u"Code civil, art. 1367"_s);

    agreement.signatures.clear();
    findings = checkAgreement(agreement, fixedToday());
    ASSERT_EQ(findings.size(), 1);
    EXPECT_TRUE(findings[0].message.contains(u"des parties « school-matisse » et « host-alcej »"_s))
        << findings[0].message.toStdString();

    // Only "signed" claims every signature: a draft, an agreement awaiting signature or a terminated one
    // says nothing about them.
    for (const AgreementStatus status :
         {AgreementStatus::Draft, AgreementStatus::AwaitingSignature, AgreementStatus::Terminated}) {
        agreement.status = status;
        EXPECT_TRUE(withRule(checkAgreement(agreement, fixedToday()), id::AgreementSignatures).isEmpty());
    }
}

TEST(PlausibilityRules, NoTodayNoFutureToCompareWith) {
    MeasureWorld world;
    world.measure.signatures[0].signedOn = QDate(2030, 1, 1);
    world.measure.attendance = {{world.measure.end, AttendanceStatus::Present, {}}};
    const Findings findings = world.check(QDate());
    EXPECT_TRUE(withRule(findings, id::SignatureDate).isEmpty());
    EXPECT_TRUE(withRule(findings, id::AttendanceDate).isEmpty());
}
