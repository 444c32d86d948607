#include "passerelle/domain/agreement.h"
#include "passerelle/domain/dataset.h"
#include "passerelle/domain/measure.h"
#include "passerelle/domain/organisation.h"
#include "passerelle/domain/student.h"
#include "passerelle/domain/time_slot.h"

#include <gtest/gtest.h>

using namespace passerelle;
using namespace Qt::Literals::StringLiterals;

TEST(TimeSlot, MinutesAndOverlap) {
    const TimeSlot morning{Weekday::Tuesday, QTime(9, 0), QTime(12, 30)};
    EXPECT_EQ(morning.minutes(), 210);
    EXPECT_TRUE(morning.isMorning());
    const TimeSlot touching{Weekday::Tuesday, QTime(12, 30), QTime(13, 0)};
    EXPECT_FALSE(morning.overlaps(touching));
    const TimeSlot overlapping{Weekday::Tuesday, QTime(12, 29), QTime(13, 0)};
    EXPECT_TRUE(morning.overlaps(overlapping));
    const TimeSlot otherDay{Weekday::Wednesday, QTime(9, 0), QTime(12, 30)};
    EXPECT_FALSE(morning.overlaps(otherDay));
    const TimeSlot inverted{Weekday::Monday, QTime(14, 0), QTime(13, 0)};
    EXPECT_EQ(inverted.minutes(), 0);
    EXPECT_EQ(minutesOn({morning, touching, otherDay}, Weekday::Tuesday), 240);
}

TEST(Organisation, UaiShape) {
    EXPECT_TRUE(isWellFormedUai(u"0941234A"_s));
    EXPECT_FALSE(isWellFormedUai(u"094123A"_s));
    EXPECT_FALSE(isWellFormedUai(u"09412345"_s));
    EXPECT_FALSE(isWellFormedUai(QString()));
}

TEST(Student, AgeOnBirthdayBoundaries) {
    Student student;
    student.birthDate = QDate(2008, 3, 15);
    EXPECT_EQ(student.ageOn(QDate(2026, 3, 14)), 17);
    EXPECT_EQ(student.ageOn(QDate(2026, 3, 15)), 18);
    Student leap;
    leap.birthDate = QDate(2008, 2, 29);
    EXPECT_EQ(leap.ageOn(QDate(2026, 2, 28)), 17);
    EXPECT_EQ(leap.ageOn(QDate(2026, 3, 1)), 18);
    EXPECT_FALSE(Student{}.ageOn(QDate(2026, 1, 1)).has_value());
}

TEST(Student, FullNameSkipsEmptyParts) {
    Student student;
    student.firstName = u"Hélène"_s;
    EXPECT_EQ(student.fullName(), u"Hélène"_s);
    student.lastName = u"Lefèvre"_s;
    EXPECT_EQ(student.fullName(), u"Hélène Lefèvre"_s);
}

TEST(Agreement, EffectiveEndFromDurationOrEnd) {
    Agreement agreement;
    agreement.start = QDate(2026, 5, 1);
    agreement.durationYears = 3;
    EXPECT_EQ(agreement.effectiveEnd(), QDate(2029, 4, 30));
    agreement.end = QDate(2027, 6, 16);
    EXPECT_EQ(agreement.effectiveEnd(), QDate(2027, 6, 16));
    EXPECT_FALSE(Agreement{}.effectiveEnd().isValid());
}

TEST(Agreement, PartyLookup) {
    Agreement agreement;
    agreement.parties = {{u"town"_s, u"mayor"_s, u"town"_s}, {u"school"_s, u"head"_s, u"school"_s}};
    ASSERT_NE(agreement.partyFor(u"school"_s), nullptr);
    EXPECT_EQ(agreement.partyFor(u"school"_s)->representativeId, u"head"_s);
    EXPECT_FALSE(agreement.isParty(u"host"_s));
}

// A mark names one deadline: the same rule due on another date (next year's) is not handled.
TEST(Agreement, HandledDeadlineLookupByRuleAndDate) {
    Agreement agreement;
    agreement.handledDeadlines = {
        {u"DEADLINE-DENOUNCE"_s, QDate(2027, 5, 31), QDate(2027, 5, 2), u"Reconduction décidée"_s}};
    const HandledDeadline* mark = agreement.handled(u"DEADLINE-DENOUNCE"_s, QDate(2027, 5, 31));
    ASSERT_NE(mark, nullptr);
    EXPECT_EQ(mark->on, QDate(2027, 5, 2));
    EXPECT_EQ(agreement.handled(u"DEADLINE-DENOUNCE"_s, QDate(2028, 5, 31)), nullptr);
    EXPECT_EQ(agreement.handled(u"DEADLINE-REVIEW"_s, QDate(2027, 5, 31)), nullptr);
}

TEST(Measure, ExpectedDatesFollowTheTimetable) {
    Measure measure;
    measure.start = QDate(2026, 11, 23);  // Monday
    measure.end = QDate(2026, 12, 6);     // Sunday, two weeks later
    measure.slots = {{Weekday::Wednesday, QTime(14, 0), QTime(17, 0)},
                     {Weekday::Saturday, QTime(9, 0), QTime(11, 0)}};
    const QList<QDate> expected{QDate(2026, 11, 25), QDate(2026, 11, 28), QDate(2026, 12, 2),
                                QDate(2026, 12, 5)};
    EXPECT_EQ(measure.expectedDates(), expected);
    measure.end = QDate(2026, 11, 1);
    EXPECT_TRUE(measure.expectedDates().isEmpty());
}

TEST(Measure, SignatureNeedsADate) {
    Measure measure;
    measure.signatures = {{SignatureRole::HeadOfSchool, QDate(2026, 11, 20)},
                          {SignatureRole::Student, QDate()}};
    EXPECT_TRUE(measure.isSignedBy(SignatureRole::HeadOfSchool));
    EXPECT_FALSE(measure.isSignedBy(SignatureRole::Student));
    EXPECT_FALSE(measure.isSignedBy(SignatureRole::HostManager));
}

TEST(Dataset, IndexFindsRecordsById) {
    Dataset dataset;
    dataset.organisations = {Organisation{.id = u"o1"_s, .name = u"Collège Molière"_s}};
    dataset.students = {Student{.id = u"s1"_s, .lastName = u"Martin"_s}};
    const DatasetIndex index(dataset);
    ASSERT_NE(index.organisation(u"o1"_s), nullptr);
    EXPECT_EQ(index.organisation(u"o1"_s)->name, u"Collège Molière"_s);
    EXPECT_EQ(index.student(u"nobody"_s), nullptr);
    EXPECT_EQ(dataset.recordCount(), 2);
}
