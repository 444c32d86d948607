#include "passerelle/rules/measure_facts.h"

#include "fixtures.h"
#include "rule_fixtures.h"

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::rules;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

TEST(MeasureFacts, MinutesPerDayAndDaysPerWeek) {
    const TimeSlots slots{{Weekday::Tuesday, QTime(9, 0), QTime(10, 30)},
                          {Weekday::Tuesday, QTime(14, 0), QTime(16, 0)},
                          {Weekday::Saturday, QTime(9, 0), QTime(11, 0)},
                          {Weekday::Friday, QTime(16, 0), QTime(15, 0)}};  // inverted: counts nothing
    const WeeklyMinutes week = plannedMinutesPerDay(slots);
    EXPECT_EQ(week.on(Weekday::Tuesday), 210);
    EXPECT_EQ(week.on(Weekday::Saturday), 120);
    EXPECT_EQ(week.on(Weekday::Friday), 0);
    EXPECT_EQ(week.on(Weekday::Monday), 0);
    EXPECT_EQ(week.daysWithSlots(), 2);
    EXPECT_EQ(week.perWeek(), 330);
    EXPECT_EQ(plannedDaysPerWeek(slots), 2);
    EXPECT_EQ(plannedDaysPerWeek({}), 0);
}

TEST(MeasureFacts, TotalMinutesCountsEveryExpectedDate) {
    Measure measure;
    measure.slots = {{Weekday::Monday, QTime(17, 0), QTime(18, 30)},
                     {Weekday::Saturday, QTime(9, 0), QTime(11, 0)}};
    // Every start weekday and every length up to five weeks: the arithmetic matches walking the dates.
    for (int offset = 0; offset < 7; ++offset) {
        for (int length = 0; length < 36; ++length) {
            measure.start = QDate(2026, 11, 30).addDays(offset);
            measure.end = measure.start.addDays(length);
            int walked = 0;
            for (const QDate& date : expectedSessionDates(measure)) {
                walked += minutesOn(measure.slots, *weekdayFromQt(date.dayOfWeek()));
            }
            ASSERT_EQ(plannedTotalMinutes(measure), walked) << offset << " " << length;
        }
    }
    measure.start = QDate(2026, 11, 30);
    measure.end = QDate(2026, 11, 30);  // a single Monday
    EXPECT_EQ(plannedTotalMinutes(measure), 90);
    measure.end = QDate(2026, 11, 29);  // ends before it starts
    EXPECT_EQ(plannedTotalMinutes(measure), 0);
    measure.end = QDate();
    EXPECT_EQ(plannedTotalMinutes(measure), 0);
}

TEST(MeasureFacts, HoursDoneCountThePresentDatesOfTheMeasureOnce) {
    MeasureWorld world;  // Mondays 1 h 30 and Wednesdays 2 h, 30 November to 11 December 2026: 7 h
    Measure& measure = world.measure;
    EXPECT_EQ(doneTotalMinutes(measure), 0);
    EXPECT_EQ(hoursDoneSummary(measure), u"0 h faite sur 7 h prévues"_s);

    measure.attendance = {{QDate(2026, 11, 30), AttendanceStatus::Present, {}}};  // the first day
    EXPECT_EQ(doneTotalMinutes(measure), 90);
    EXPECT_EQ(hoursDoneSummary(measure), u"1 h 30 faite sur 7 h prévues"_s);

    measure.attendance << AttendanceEntry{QDate(2026, 12, 2), AttendanceStatus::Absent, {}}
                       << AttendanceEntry{QDate(2026, 12, 7), AttendanceStatus::Present, {}}
                       << AttendanceEntry{QDate(2026, 12, 9), AttendanceStatus::Excused, {}}
                       << AttendanceEntry{QDate(2026, 11, 30), AttendanceStatus::Present, {}}  // twice
                       << AttendanceEntry{QDate(2026, 11, 23), AttendanceStatus::Present, {}}  // before
                       << AttendanceEntry{QDate(2026, 12, 14), AttendanceStatus::Present, {}}  // after
                       << AttendanceEntry{QDate(2026, 12, 1), AttendanceStatus::Present, {}};  // no slot
    EXPECT_EQ(doneTotalMinutes(measure), 180);
    EXPECT_EQ(hoursDoneSummary(measure), u"3 h faites sur 7 h prévues"_s);

    // The last day counts; minutes show as the rules write them.
    measure.slots = {{Weekday::Friday, QTime(17, 0), QTime(17, 45)}};
    measure.attendance = {{measure.end, AttendanceStatus::Present, {}}};
    EXPECT_EQ(hoursDoneSummary(measure), u"45 min faites sur 1 h 30 prévue"_s);
    measure.slots = {{Weekday::Friday, QTime(17, 0), QTime(18, 0)}};
    EXPECT_EQ(hoursDoneSummary(measure), u"1 h faite sur 2 h prévues"_s);

    measure.end = QDate();  // no end: nothing planned, nothing counted
    EXPECT_EQ(doneTotalMinutes(measure), 0);
}

// The documents print the hours done from the day after the last day, as HOST-REPORT-MISSING warns.
TEST(MeasureFacts, AMeasureHasEndedTheDayAfterItsLastDay) {
    MeasureWorld world;  // 30 November to 11 December 2026
    const Measure& measure = world.measure;
    EXPECT_FALSE(hasEnded(measure, QDate(2026, 12, 10)));
    EXPECT_FALSE(hasEnded(measure, QDate(2026, 12, 11)));  // the last day itself: still under way
    EXPECT_TRUE(hasEnded(measure, QDate(2026, 12, 12)));
    EXPECT_FALSE(hasEnded(measure, QDate()));  // no today: nothing is known to be over
    Measure endless = measure;
    endless.end = QDate();
    EXPECT_FALSE(hasEnded(endless, QDate(2030, 1, 1)));
}

TEST(MeasureFacts, MinorityOnADate) {
    Student student;
    student.birthDate = QDate(2008, 11, 30);
    EXPECT_EQ(isMinorOn(student, QDate(2026, 11, 29)), true);
    EXPECT_EQ(isMinorOn(student, QDate(2026, 11, 30)), false);
    EXPECT_FALSE(isMinorOn(Student{}, QDate(2026, 11, 30)).has_value());
}

TEST(MeasureFacts, ResponsibilitySignatoriesDependOnMinority) {
    MeasureWorld world;
    world.student.birthDate = QDate(2008, 12, 1);  // 17 on the start date
    EXPECT_EQ(requiredSignatureRoles(world.measure, &world.student, fixedToday()),
              (QList<SignatureRole>{SignatureRole::HeadOfSchool, SignatureRole::HostManager,
                                    SignatureRole::LegalRepresentative}));
    world.student.birthDate = QDate(2008, 11, 30);  // 18 on the start date
    EXPECT_EQ(requiredSignatureRoles(world.measure, &world.student, fixedToday()),
              (QList<SignatureRole>{SignatureRole::HeadOfSchool, SignatureRole::HostManager,
                                    SignatureRole::Student}));
    // Unknown student: counted as a minor.
    EXPECT_TRUE(requiredSignatureRoles(world.measure, nullptr, fixedToday())
                    .contains(SignatureRole::LegalRepresentative));
}

TEST(MeasureFacts, ExclusionAlternativeAndFollowUpSignatories) {
    MeasureWorld world;
    world.measure.kind = MeasureKind::ExclusionAlternative;
    EXPECT_EQ(requiredSignatureRoles(world.measure, &world.student, fixedToday()),
              (QList<SignatureRole>{SignatureRole::HeadOfSchool, SignatureRole::YouthService,
                                    SignatureRole::Student, SignatureRole::LegalRepresentative}));
    world.student.birthDate = QDate(2008, 1, 1);  // adult: no legal representative to sign
    EXPECT_FALSE(requiredSignatureRoles(world.measure, &world.student, fixedToday())
                     .contains(SignatureRole::LegalRepresentative));
    world.measure.kind = MeasureKind::FollowUp;
    EXPECT_TRUE(requiredSignatureRoles(world.measure, &world.student, fixedToday()).isEmpty());
    EXPECT_TRUE(signaturesComplete(world.measure, &world.student, fixedToday()));
}

TEST(MeasureFacts, MissingSignaturesIgnoreUndatedOnes) {
    MeasureWorld world;
    EXPECT_TRUE(signaturesComplete(world.measure, &world.student, fixedToday()));
    world.measure.signatures[1].signedOn = QDate();  // host manager: recorded but not dated
    EXPECT_EQ(missingSignatureRoles(world.measure, &world.student, fixedToday()),
              QList<SignatureRole>{SignatureRole::HostManager});
    EXPECT_FALSE(signaturesComplete(world.measure, &world.student, fixedToday()));
}
