#include "passerelle/rules/checks.h"
#include "passerelle/rules/rule_ids.h"

#include "fixtures.h"
#include "rule_fixtures.h"

#include <QHash>

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::rules;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Seed 000: a weekly workshop for 7 to 9 students, partners warn 48 h before, students may be filmed.
struct WorkshopWorld {
    Agreement agreement;
    GroupActivity group;
    QHash<QString, Student> students;

    WorkshopWorld() {
        agreement.id = u"agreement-choisy"_s;
        agreement.title = u"Ateliers de remobilisation scolaire"_s;
        agreement.groupSize = GroupSize{7, 9};
        agreement.partnerNoticeHours = 48;
        agreement.clauses = {
            {3, u"Actions et modalités de mise en œuvre"_s,
             u"3.1 Défaillance d'un des partenaires : s'informer mutuellement 48h avant."_s}};
        group.id = u"group-media"_s;
        group.agreementId = agreement.id;
        group.title = u"Atelier média"_s;
        group.filming = true;
        for (int index = 1; index <= 8; ++index) {
            Student student;
            student.id = u"student-"_s + QString::number(index);
            student.firstName = u"Élève"_s;
            student.lastName = QString::number(index);
            student.consents.image = true;
            students.insert(student.id, student);
            group.participantIds << student.id;
        }
        group.sessions = {{QDate(2026, 12, 1), QTime(14, 0), QTime(16, 0), {}, {}}};
    }
    StudentLookup lookup() const {
        return [this](const QString& id) { return students.contains(id) ? &*students.find(id) : nullptr; };
    }
    Findings check() const { return checkGroup(group, &agreement, lookup(), fixedToday()); }
};

}  // namespace

TEST(GroupRules, CleanGroupHasNoFinding) {
    EXPECT_TRUE(WorkshopWorld().check().isEmpty());
}

TEST(GroupRules, SizeWithinTheAgreementBounds) {
    WorkshopWorld world;
    world.group.participantIds = world.group.participantIds.mid(0, 7);  // 7: the minimum
    EXPECT_TRUE(world.check().isEmpty());
    world.group.participantIds.removeLast();  // 6
    Findings findings = world.check();
    ASSERT_EQ(ruleIds(findings), QStringList{id::GroupSize});
    EXPECT_EQ(findings[0].entity, u"group"_s);
    EXPECT_EQ(findings[0].id, u"group-media"_s);
    EXPECT_EQ(findings[0].field, u"participants"_s);
    EXPECT_EQ(findings[0].message, u"Le groupe compte 6 participants, la convention en prévoit de 7 à 9"_s);

    WorkshopWorld crowded;
    crowded.group.participantIds << u"student-1"_s << u"student-2"_s;  // 10
    EXPECT_EQ(ruleIds(crowded.check()), QStringList{id::GroupSize});
    // Without an agreement there is no size to respect.
    EXPECT_TRUE(checkGroup(crowded.group, nullptr, crowded.lookup(), fixedToday()).isEmpty());
}

TEST(GroupRules, PartnerNoticeFortySevenHoursWarnsFortyEightDoesNot) {
    WorkshopWorld world;
    const QDateTime startsAt(QDate(2026, 12, 1), QTime(14, 0));
    world.group.sessions[0].cancelledAt = startsAt.addSecs(-48 * 3600);
    EXPECT_TRUE(world.check().isEmpty());

    world.group.sessions[0].cancelledAt = startsAt.addSecs(-47 * 3600);
    const Findings findings = world.check();
    ASSERT_EQ(ruleIds(findings), QStringList{id::PartnerNotice});
    EXPECT_EQ(findings[0].severity, Severity::Warning);
    EXPECT_EQ(findings[0].field, u"sessions"_s);
    EXPECT_EQ(
        findings[0].message,
        u"Séance du 1er décembre 2026 à 14 h annulée 47 h avant son début, au moins 48 h de prévenance prévues"_s);
    EXPECT_EQ(
        findings[0].reference,
        u"Convention « Ateliers de remobilisation scolaire », art. 3 (Actions et modalités de mise en œuvre)"_s);

    // The agreement's own notice replaces the default; without an agreement 48 h apply.
    world.agreement.partnerNoticeHours = 24;
    EXPECT_TRUE(world.check().isEmpty());
    EXPECT_EQ(ruleIds(checkGroup(world.group, nullptr, world.lookup(), fixedToday())),
              QStringList{id::PartnerNotice});
    world.group.sessions[0].cancelledAt = startsAt.addSecs(600);
    EXPECT_TRUE(world.check().value(0).message.contains(u"annulée après son début"_s));
}

TEST(GroupRules, ImageConsentWhenFilmed) {
    WorkshopWorld world;
    world.students[u"student-3"_s].consents.image = false;
    world.group.participantIds << u"student-unknown"_s;  // 9 participants: size still fine
    Findings findings = world.check();
    ASSERT_EQ(ruleIds(findings), (QStringList{id::ImageConsent, id::ImageConsent}));
    EXPECT_EQ(findings[0].message,
              u"Élève 3 n'a pas d'autorisation de droit à l'image alors que le groupe est filmé"_s);
    EXPECT_TRUE(findings[1].message.contains(u"student-unknown"_s));
    EXPECT_EQ(findings[0].reference,
              u"Convention « Ateliers de remobilisation scolaire » ; Code civil, art. 9"_s);

    world.group.filming = false;
    EXPECT_TRUE(world.check().isEmpty());
}
