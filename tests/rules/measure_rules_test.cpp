#include "passerelle/rules/checks.h"
#include "passerelle/rules/rule_ids.h"

#include "fixtures.h"
#include "rule_fixtures.h"

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::rules;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

TEST(MeasureRules, DatesEndBeforeStart) {
    MeasureWorld world;
    world.measure.end = world.measure.start;  // a one-day measure is fine
    EXPECT_TRUE(withRule(world.check(fixedToday()), id::MeasureDates).isEmpty());
    world.measure.end = world.measure.start.addDays(-1);
    const Findings findings = withRule(world.check(fixedToday()), id::MeasureDates);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].field, u"end"_s);
    EXPECT_EQ(findings[0].message,
              u"La mesure finit le 29 novembre 2026, avant son début le 30 novembre 2026"_s);
}

TEST(MeasureRules, SlotsInvertedEmptyInvalidAndOverlapping) {
    MeasureWorld world;
    world.measure.slots = {{Weekday::Monday, QTime(17, 0), QTime(18, 0)},
                           {Weekday::Monday, QTime(18, 0), QTime(19, 0)}};  // touching: fine
    EXPECT_TRUE(world.check(fixedToday()).isEmpty());

    world.measure.slots = {{Weekday::Monday, QTime(18, 0), QTime(17, 0)},   // inverted
                           {Weekday::Tuesday, QTime(17, 0), QTime(17, 0)},  // empty
                           {Weekday::Wednesday, QTime(), QTime(15, 0)},     // no start
                           {Weekday::Thursday, QTime(17, 0), QTime(18, 30)},
                           {Weekday::Thursday, QTime(18, 0), QTime(19, 0)}};  // overlaps the previous one
    const Findings findings = withRule(world.check(fixedToday()), id::MeasureSlots);
    ASSERT_EQ(findings.size(), 4);
    EXPECT_EQ(findings[0].message, u"Créneau 1 : lundi de 18 h à 17 h, la fin doit suivre le début"_s);
    EXPECT_EQ(findings[1].message, u"Créneau 2 : mardi de 17 h à 17 h, la fin doit suivre le début"_s);
    EXPECT_EQ(findings[2].message, u"Créneau 3 (mercredi) : heure de début ou de fin invalide"_s);
    EXPECT_EQ(findings[3].message,
              u"Les créneaux du jeudi de 17 h à 18 h 30 et du jeudi de 18 h à 19 h se chevauchent"_s);
    // Each slot by its index in the measure, as the exchange format numbers it; an overlap by the first of
    // the two slots.
    EXPECT_EQ(findings[0].field, u"slots.0"_s);
    EXPECT_EQ(findings[1].field, u"slots.1"_s);
    EXPECT_EQ(findings[2].field, u"slots.2"_s);
    EXPECT_EQ(findings[3].field, u"slots.3"_s);

    world.measure.slots = {{static_cast<Weekday>(7), QTime(9, 0), QTime(10, 0)}};
    const Findings sunday = withRule(world.check(fixedToday()), id::MeasureSlots);
    ASSERT_EQ(sunday.size(), 1);
    EXPECT_TRUE(sunday[0].message.contains(u"jour invalide"_s));
    EXPECT_EQ(sunday[0].field, u"slots.0"_s);
}

TEST(MeasureRules, AgreementMissingUnknownOrUnsigned) {
    MeasureWorld world;
    world.measure.agreementId.clear();
    MeasureContext context = world.context();
    context.agreement = nullptr;
    Findings findings = withRule(checkMeasure(world.measure, context, fixedToday()), id::MeasureAgreement);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].field, u"agreement"_s);
    EXPECT_EQ(findings[0].message, u"Aucune convention n'encadre la mesure"_s);

    world.measure.agreementId = u"agreement-gone"_s;
    findings = withRule(checkMeasure(world.measure, context, fixedToday()), id::MeasureAgreement);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_TRUE(findings[0].message.contains(u"agreement-gone"_s));

    MeasureWorld draft;
    draft.agreement.status = AgreementStatus::AwaitingSignature;
    findings = withRule(draft.check(fixedToday()), id::MeasureAgreement);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_TRUE(findings[0].message.contains(u"n'est pas signée"_s));

    MeasureWorld terminated;
    terminated.agreement.status = AgreementStatus::Terminated;
    EXPECT_EQ(withRule(terminated.check(fixedToday()), id::MeasureAgreement).size(), 1);
    // A measure that ended before today may have run while the agreement was in force.
    EXPECT_TRUE(
        withRule(terminated.check(terminated.measure.end.addDays(1)), id::MeasureAgreement).isEmpty());
}

TEST(MeasureRules, AgreementPeriodMustCoverTheMeasure) {
    MeasureWorld world;
    world.agreement.tacitRenewal = false;
    world.agreement.durationYears.reset();
    world.agreement.end = world.measure.end;  // ends on the measure's last day: covered
    EXPECT_TRUE(world.check(fixedToday()).isEmpty());

    world.agreement.end = world.measure.end.addDays(-1);
    Findings findings = withRule(world.check(fixedToday()), id::MeasureAgreement);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].field, u"end"_s);
    EXPECT_TRUE(findings[0].message.contains(u"court du 15 septembre 2025 au 10 décembre 2026"_s))
        << findings[0].message.toStdString();

    world.agreement.end = QDate(2027, 6, 30);
    world.agreement.start = world.measure.start.addDays(1);
    findings = withRule(world.check(fixedToday()), id::MeasureAgreement);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].field, u"start"_s);

    // Tacit renewal: open-ended once started, however old the first period.
    MeasureWorld renewed;
    renewed.agreement.start = QDate(2019, 9, 1);
    renewed.agreement.signedOn = QDate(2019, 6, 1);
    renewed.agreement.durationYears = 1;
    EXPECT_TRUE(renewed.check(fixedToday()).isEmpty());
}

TEST(MeasureRules, HostMustBeAParty) {
    MeasureWorld world;
    world.agreement.parties.removeLast();
    const Findings findings = withRule(world.check(fixedToday()), id::MeasureAgreement);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].field, u"host"_s);
    EXPECT_TRUE(findings[0].message.contains(u"« ALCEJ » n'est pas partie à la convention"_s))
        << findings[0].message.toStdString();

    MeasureWorld unknownHost;
    MeasureContext context = unknownHost.context();
    context.host = nullptr;
    const Findings missing =
        withRule(checkMeasure(unknownHost.measure, context, fixedToday()), id::MeasureAgreement);
    ASSERT_EQ(missing.size(), 1);
    EXPECT_EQ(missing[0].field, u"host"_s);
    EXPECT_TRUE(missing[0].message.contains(u"introuvable"_s));
}

TEST(MeasureRules, MinorWithoutRepresentativeSeventeenVersusEighteen) {
    MeasureWorld world;
    world.student.legalRepresentatives.clear();
    world.student.birthDate = QDate(2008, 12, 1);  // 17 on 30 November 2026, the start date
    Findings findings = withRule(world.check(fixedToday()), id::MinorRepresentative);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].severity, Severity::Error);
    EXPECT_EQ(findings[0].field, u"student.legalRepresentatives"_s);
    EXPECT_TRUE(
        findings[0].message.startsWith(u"Laura Martin a 17 ans le 30 novembre 2026 (début de la mesure)"_s))
        << findings[0].message.toStdString();

    world.student.birthDate = QDate(2008, 11, 30);  // 18 on the start date
    EXPECT_TRUE(withRule(world.check(fixedToday()), id::MinorRepresentative).isEmpty());
}

TEST(MeasureRules, SignaturesWarningBeforeStartErrorOnceStarted) {
    MeasureWorld world;
    world.measure.signatures.removeLast();  // the legal representative has not signed
    const QDate start = world.measure.start;
    Findings findings = withRule(world.check(start.addDays(-1)), id::MeasureSignatures);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].severity, Severity::Warning);
    EXPECT_EQ(findings[0].field, u"signatures"_s);
    EXPECT_EQ(
        findings[0].message,
        u"Signature manquante : représentant légal, à recueillir avant le début de la mesure le 30 novembre 2026"_s);

    findings = withRule(world.check(start), id::MeasureSignatures);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].severity, Severity::Error);

    // An adult signs for herself: the representative's signature does not replace hers.
    world.student.birthDate = QDate(2008, 11, 30);
    findings = withRule(world.check(start), id::MeasureSignatures);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_TRUE(
        findings[0].message.startsWith(u"Signature manquante : élève alors que la mesure a commencé"_s))
        << findings[0].message.toStdString();
}

TEST(MeasureRules, ExclusionAlternativeSignatures) {
    MeasureWorld world;
    world.measure.kind = MeasureKind::ExclusionAlternative;
    world.measure.exclusionDays = 3;
    const Findings findings = withRule(world.check(world.measure.start), id::MeasureSignatures);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_TRUE(findings[0].message.startsWith(u"Signatures manquantes : service Jeunesse et élève"_s))
        << findings[0].message.toStdString();
    EXPECT_TRUE(findings[0].reference.contains(u"contrat d'engagement"_s));
}

TEST(MeasureRules, ExclusionDurationOneToEightDays) {
    MeasureWorld world;
    world.measure.kind = MeasureKind::ExclusionAlternative;
    world.measure.signatures << RoleSignature{SignatureRole::YouthService, QDate(2026, 11, 20)}
                             << RoleSignature{SignatureRole::Student, QDate(2026, 11, 20)};
    for (const int days : {1, 8}) {
        world.measure.exclusionDays = days;
        EXPECT_TRUE(world.check(fixedToday()).isEmpty()) << days;
    }
    for (const int days : {0, 9}) {
        world.measure.exclusionDays = days;
        const Findings findings = world.check(fixedToday());
        ASSERT_EQ(ruleIds(findings), QStringList{id::ExclusionDuration}) << days;
        EXPECT_EQ(findings[0].field, u"exclusionDays"_s);
        EXPECT_EQ(findings[0].reference, u"Code de l'éducation, art. R. 511-13"_s);
    }
    world.measure.exclusionDays = 9;
    EXPECT_TRUE(
        world.check(fixedToday())[0].message.startsWith(u"9 jours d'exclusion : une exclusion temporaire "
                                                        u"dure de 1 à 8 jours"_s));
    world.measure.exclusionDays.reset();
    const Findings missing = world.check(fixedToday());
    ASSERT_EQ(ruleIds(missing), QStringList{id::ExclusionDuration});
    EXPECT_TRUE(missing[0].message.contains(u"non renseigné"_s));
    // Only exclusion alternatives have exclusion days.
    world.measure.kind = MeasureKind::FollowUp;
    EXPECT_TRUE(withRule(world.check(fixedToday()), id::ExclusionDuration).isEmpty());
}

TEST(MeasureRules, FamilyConsentForAMinorInExclusionOrFollowUp) {
    for (const MeasureKind kind : {MeasureKind::ExclusionAlternative, MeasureKind::FollowUp}) {
        MeasureWorld world;
        world.measure.kind = kind;
        world.measure.exclusionDays = 2;
        world.student.consents.followUp = false;
        Findings findings = withRule(world.check(fixedToday()), id::ExclusionConsent);
        ASSERT_EQ(findings.size(), 1);
        EXPECT_EQ(findings[0].field, u"student.consents.followUp"_s);
        EXPECT_TRUE(findings[0].message.contains(u"Laura Martin"_s));

        world.student.birthDate = QDate(2008, 11, 30);  // adult on the start date: her own decision
        EXPECT_TRUE(withRule(world.check(fixedToday()), id::ExclusionConsent).isEmpty());
    }
    MeasureWorld responsibility;
    responsibility.student.consents.followUp = false;
    EXPECT_TRUE(withRule(responsibility.check(fixedToday()), id::ExclusionConsent).isEmpty());
}

TEST(MeasureRules, IncidentToldWithinTwentyFourHours) {
    MeasureWorld world;
    const QDateTime at(QDate(2026, 12, 2), QTime(15, 0));
    world.measure.incidents = {{at, IncidentKind::Behaviour, u"Insolence"_s, at.addSecs(24 * 3600)}};
    EXPECT_TRUE(world.check(fixedToday()).isEmpty());

    world.measure.incidents[0].headNotifiedAt = at.addSecs(24 * 3600 + 60);
    Findings findings = withRule(world.check(fixedToday()), id::IncidentNotNotified);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].severity, Severity::Warning);
    EXPECT_EQ(findings[0].field, u"incidents"_s);
    EXPECT_EQ(findings[0].message,
              u"Incident (comportement) du 2 décembre 2026 à 15 h signalé au chef "
              u"d'établissement 24 h 01 après, au plus 24 h (« sans délai »)"_s);

    world.measure.incidents[0].headNotifiedAt = QDateTime();
    findings = withRule(world.check(fixedToday()), id::IncidentNotNotified);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_TRUE(findings[0].message.contains(u"non signalé"_s));
    EXPECT_TRUE(findings[0].reference.contains(u"art. 6 et 7"_s));
}

TEST(MeasureRules, NullContextNeverCrashes) {
    MeasureWorld world;
    for (const MeasureKind kind :
         {MeasureKind::Responsibility, MeasureKind::ExclusionAlternative, MeasureKind::FollowUp}) {
        world.measure.kind = kind;
        const Findings findings = checkMeasure(world.measure, MeasureContext{}, fixedToday());
        EXPECT_FALSE(findings.isEmpty());
        EXPECT_FALSE(checkMeasure(Measure{}, MeasureContext{}, fixedToday()).isEmpty());
    }
}

TEST(MeasureRules, ContextFromAnIndex) {
    const MeasureWorld world;
    Dataset dataset;
    dataset.organisations = {world.school, world.host};
    dataset.students = {world.student};
    dataset.agreements = {world.agreement};
    const DatasetIndex index(dataset);
    const MeasureContext context = contextFor(world.measure, index);
    ASSERT_NE(context.student, nullptr);
    EXPECT_EQ(context.student->id, world.student.id);
    ASSERT_NE(context.school, nullptr);
    EXPECT_EQ(context.school->id, world.school.id);
    ASSERT_NE(context.host, nullptr);
    EXPECT_EQ(context.host->id, world.host.id);
    ASSERT_NE(context.agreement, nullptr);
    EXPECT_TRUE(checkMeasure(world.measure, context, fixedToday()).isEmpty());
}
