#include "passerelle/domain/enums.h"

#include <gtest/gtest.h>

using namespace passerelle;

namespace {

template <typename Enum>
void expectKeysRoundTrip(std::initializer_list<const char*> keys) {
    QStringList expected;
    for (const char* k : keys)
        expected << QString::fromLatin1(k);
    EXPECT_EQ(allKeys<Enum>(), expected);
    for (const QString& k : expected) {
        const auto value = parseKey<Enum>(k);
        ASSERT_TRUE(value.has_value()) << k.toStdString();
        EXPECT_EQ(key(*value), k);
    }
    EXPECT_FALSE(parseKey<Enum>(QStringLiteral("no-such-key")).has_value());
}

}  // namespace

// The keys are the exchange-format contract: this test fails if one is renamed.
TEST(Enums, KeysAreTheExchangeContract) {
    expectKeysRoundTrip<OrganisationKind>(
        {"school", "town", "association", "host", "state-service", "health-centre", "other"});
    expectKeysRoundTrip<AgreementKind>({"responsibility-measures", "exclusion-alternative",
                                        "remobilisation-workshop", "talking-groups", "absenteeism-prevention",
                                        "generic"});
    expectKeysRoundTrip<AgreementStatus>({"draft", "awaiting-signature", "signed", "terminated"});
    expectKeysRoundTrip<NoticeAnchor>({"notification", "school-year-start"});
    expectKeysRoundTrip<MeasureKind>({"responsibility", "exclusion-alternative", "follow-up"});
    expectKeysRoundTrip<MeasureStatus>({"planned", "signed", "in-progress", "completed", "interrupted"});
    expectKeysRoundTrip<SignatureRole>(
        {"head-of-school", "host-manager", "youth-service", "student", "legal-representative"});
    expectKeysRoundTrip<SignatureMethod>({"paper", "digital"});
    expectKeysRoundTrip<AttendanceStatus>({"present", "absent", "excused"});
    expectKeysRoundTrip<IncidentKind>({"accident", "absence", "behaviour", "other"});
    expectKeysRoundTrip<GroupKind>({"workshop", "talking-group"});
    expectKeysRoundTrip<Audience>({"students", "parents", "team"});
    expectKeysRoundTrip<Recurrence>({"weekly", "twice-monthly", "monthly"});
    expectKeysRoundTrip<Weekday>({"mon", "tue", "wed", "thu", "fri", "sat"});
}

TEST(Enums, KeysAreCaseSensitive) {
    EXPECT_FALSE(parseKey<Weekday>(QStringLiteral("Mon")).has_value());
}

TEST(Enums, WeekdayFromQtHasNoSunday) {
    EXPECT_EQ(weekdayFromQt(1), Weekday::Monday);
    EXPECT_EQ(weekdayFromQt(6), Weekday::Saturday);
    EXPECT_FALSE(weekdayFromQt(7).has_value());
    EXPECT_FALSE(weekdayFromQt(0).has_value());
}
