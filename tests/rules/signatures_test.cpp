// Who must still sign an agreement or a measure's document, and the agreement status that follows (issue 5).
#include "fixtures.h"
#include "passerelle/rules/measure_facts.h"
#include "passerelle/rules/rules.h"
#include "rule_fixtures.h"

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::rules;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

using Roles = QList<SignatureRole>;

Agreement threeParties(AgreementStatus status) {
    Agreement agreement;
    agreement.id = u"A1"_s;
    agreement.status = status;
    agreement.parties = {
        {u"O1"_s, u"P1"_s, u"school"_s}, {u"O2"_s, u"P2"_s, u"town"_s}, {u"O3"_s, u"P3"_s, u"association"_s}};
    return agreement;
}

}  // namespace

TEST(AgreementSignatures, MissingSignatoriesAreThePartiesWithoutADatedSignature) {
    Agreement agreement = threeParties(AgreementStatus::Draft);
    EXPECT_EQ(missingSignatories(agreement), (QStringList{u"O1"_s, u"O2"_s, u"O3"_s}));
    agreement.signatures = {{u"O2"_s, QDate(2026, 1, 5), SignatureMethod::Digital},
                            {u"O3"_s, QDate()},             // listed, not dated: not signed
                            {u"O9"_s, QDate(2026, 1, 5)}};  // not a party: ignored
    EXPECT_EQ(missingSignatories(agreement), (QStringList{u"O1"_s, u"O3"_s}));
    agreement.signatures << PartySignature{u"O1"_s, QDate(2026, 1, 6)}
                         << PartySignature{u"O3"_s, QDate(2026, 1, 7)};
    EXPECT_TRUE(missingSignatories(agreement).isEmpty());
}

TEST(AgreementSignatures, APartyListedTwiceIsMissingOnceAndAPartyWithoutOrganisationNever) {
    Agreement agreement = threeParties(AgreementStatus::Draft);
    agreement.parties << Party{u"O1"_s, u"P4"_s, u"school"_s} << Party{};
    EXPECT_EQ(missingSignatories(agreement), (QStringList{u"O1"_s, u"O2"_s, u"O3"_s}));
}

TEST(AgreementSignatures, StatusMovesToSignedWhenEveryPartyHasSigned) {
    for (const AgreementStatus status : {AgreementStatus::Draft, AgreementStatus::AwaitingSignature}) {
        Agreement agreement = threeParties(status);
        agreement.signatures = {{u"O1"_s, QDate(2026, 1, 5)},
                                {u"O2"_s, QDate(2026, 1, 6), SignatureMethod::Digital},
                                {u"O3"_s, QDate(2026, 1, 7)}};
        EXPECT_EQ(statusAfterSignatures(agreement), AgreementStatus::Signed) << key(status).toStdString();
    }
}

TEST(AgreementSignatures, ADraftWithSomeSignaturesAwaitsTheOthers) {
    Agreement agreement = threeParties(AgreementStatus::Draft);
    EXPECT_EQ(statusAfterSignatures(agreement), AgreementStatus::Draft);
    agreement.signatures = {{u"O2"_s, QDate()}};  // not dated: still nobody has signed
    EXPECT_EQ(statusAfterSignatures(agreement), AgreementStatus::Draft);
    agreement.signatures = {{u"O2"_s, QDate(2026, 1, 6)}};
    EXPECT_EQ(statusAfterSignatures(agreement), AgreementStatus::AwaitingSignature);
    agreement.status = AgreementStatus::AwaitingSignature;
    EXPECT_EQ(statusAfterSignatures(agreement), AgreementStatus::AwaitingSignature);
    agreement.signatures.clear();
    EXPECT_EQ(statusAfterSignatures(agreement), AgreementStatus::AwaitingSignature);
}

TEST(AgreementSignatures, SignedAndTerminatedAgreementsKeepTheirStatus) {
    Agreement agreement = threeParties(AgreementStatus::Terminated);
    agreement.signatures = {
        {u"O1"_s, QDate(2026, 1, 5)}, {u"O2"_s, QDate(2026, 1, 6)}, {u"O3"_s, QDate(2026, 1, 7)}};
    EXPECT_EQ(statusAfterSignatures(agreement), AgreementStatus::Terminated);
    agreement.status = AgreementStatus::Signed;
    agreement.signatures.removeLast();
    EXPECT_EQ(statusAfterSignatures(agreement), AgreementStatus::Signed);
}

TEST(AgreementSignatures, AnAgreementWithoutPartiesIsNeverSigned) {
    Agreement agreement;
    EXPECT_TRUE(missingSignatories(agreement).isEmpty());
    EXPECT_EQ(statusAfterSignatures(agreement), AgreementStatus::Draft);
}

TEST(MeasureSignatures, ResponsibilityMeasureDocument) {
    MeasureWorld world;  // a 15-year-old: the legal representative signs for the student
    const Roles minor{SignatureRole::HeadOfSchool, SignatureRole::HostManager,
                      SignatureRole::LegalRepresentative};
    EXPECT_EQ(requiredSignatures(world.measure, &world.student), minor);
    EXPECT_EQ(requiredSignatures(world.measure), minor);  // age unknown: counts as minor
    EXPECT_TRUE(isFullySigned(world.measure, &world.student));
    EXPECT_TRUE(missingSignatures(world.measure, &world.student).isEmpty());

    world.student.birthDate = world.measure.start.addYears(-18);  // 18 on the first day: signs alone
    EXPECT_EQ(requiredSignatures(world.measure, &world.student),
              (Roles{SignatureRole::HeadOfSchool, SignatureRole::HostManager, SignatureRole::Student}));
    EXPECT_EQ(missingSignatures(world.measure, &world.student), Roles{SignatureRole::Student});
    EXPECT_FALSE(isFullySigned(world.measure, &world.student));
}

TEST(MeasureSignatures, ExclusionAlternativeCommitmentContract) {
    MeasureWorld world;
    world.measure.kind = MeasureKind::ExclusionAlternative;
    world.measure.signatures = {{SignatureRole::HeadOfSchool, QDate(2026, 11, 20)},
                                {SignatureRole::Student, QDate()}};
    EXPECT_EQ(requiredSignatures(world.measure, &world.student),
              (Roles{SignatureRole::HeadOfSchool, SignatureRole::YouthService, SignatureRole::Student,
                     SignatureRole::LegalRepresentative}));
    EXPECT_EQ(
        missingSignatures(world.measure, &world.student),
        (Roles{SignatureRole::YouthService, SignatureRole::Student, SignatureRole::LegalRepresentative}));
    world.measure.signatures = {{SignatureRole::LegalRepresentative, QDate(2026, 11, 21)},
                                {SignatureRole::Student, QDate(2026, 11, 21)},
                                {SignatureRole::YouthService, QDate(2026, 11, 22), SignatureMethod::Digital},
                                {SignatureRole::HeadOfSchool, QDate(2026, 11, 20), SignatureMethod::Digital}};
    EXPECT_TRUE(isFullySigned(world.measure, &world.student));
    EXPECT_TRUE(isFullySigned(world.measure));
}

TEST(MeasureSignatures, FollowUpNeedsNoSignature) {
    MeasureWorld world;
    world.measure.kind = MeasureKind::FollowUp;
    world.measure.signatures.clear();
    EXPECT_TRUE(requiredSignatures(world.measure).isEmpty());
    EXPECT_TRUE(missingSignatures(world.measure).isEmpty());
    EXPECT_TRUE(isFullySigned(world.measure));
}

TEST(MeasureSignatures, APlannedMeasureBecomesSignedWithItsLastRequiredSignature) {
    MeasureWorld world;  // a minor: head of school, host manager, legal representative
    world.measure.status = MeasureStatus::Planned;
    world.measure.signatures = {{SignatureRole::HeadOfSchool, QDate(2026, 11, 20)},
                                {SignatureRole::HostManager, QDate(2026, 11, 20)}};
    EXPECT_EQ(statusAfterSignatures(world.measure, &world.student), MeasureStatus::Planned);
    world.measure.signatures << RoleSignature{SignatureRole::LegalRepresentative, QDate()};  // no date yet
    EXPECT_EQ(statusAfterSignatures(world.measure, &world.student), MeasureStatus::Planned);
    world.measure.signatures.last().signedOn = QDate(2026, 11, 21);
    EXPECT_EQ(statusAfterSignatures(world.measure, &world.student), MeasureStatus::Signed);

    // Under way, ended or already signed: the status is the user's, signatures do not move it.
    for (const MeasureStatus status : {MeasureStatus::InProgress, MeasureStatus::Completed,
                                       MeasureStatus::Interrupted, MeasureStatus::Signed}) {
        world.measure.status = status;
        EXPECT_EQ(statusAfterSignatures(world.measure, &world.student), status);
        world.measure.signatures.removeLast();
        EXPECT_EQ(statusAfterSignatures(world.measure, &world.student), status) << "not taken back";
        world.measure.signatures << RoleSignature{SignatureRole::LegalRepresentative, QDate(2026, 11, 21)};
    }
}

TEST(MeasureSignatures, AFollowUpIsNeverSignedBySignatures) {
    MeasureWorld world;
    world.measure.kind = MeasureKind::FollowUp;
    world.measure.status = MeasureStatus::Planned;
    world.measure.signatures.clear();
    EXPECT_EQ(statusAfterSignatures(world.measure), MeasureStatus::Planned);
}

// The signatures a measure needs are the ones MEASURE-SIGNATURES checks: the two never disagree.
TEST(MeasureSignatures, SameAnswerAsTheMeasureSignaturesRule) {
    MeasureWorld world;
    for (const MeasureKind kind :
         {MeasureKind::Responsibility, MeasureKind::ExclusionAlternative, MeasureKind::FollowUp}) {
        for (const QDate birth : {QDate(2011, 5, 10), QDate(2000, 1, 1), QDate()}) {
            world.measure.kind = kind;
            world.student.birthDate = birth;
            SCOPED_TRACE(key(kind).toStdString() + " " + birth.toString(Qt::ISODate).toStdString());
            EXPECT_EQ(requiredSignatures(world.measure, &world.student),
                      requiredSignatureRoles(world.measure, &world.student, fixedToday()));
            EXPECT_EQ(missingSignatures(world.measure, &world.student),
                      missingSignatureRoles(world.measure, &world.student, fixedToday()));
            EXPECT_EQ(isFullySigned(world.measure, &world.student),
                      withRule(world.check(fixedToday()), id::MeasureSignatures).isEmpty());
        }
    }
}
