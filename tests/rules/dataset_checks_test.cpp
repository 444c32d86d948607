#include "passerelle/rules/checks.h"
#include "passerelle/rules/deadlines.h"
#include "passerelle/rules/rule_ids.h"

#include "fixtures.h"
#include "rule_fixtures.h"

#include <QElapsedTimer>
#include <QMap>

#include <gtest/gtest.h>

#include <cstdio>

using namespace passerelle;
using namespace passerelle::rules;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kSchools = 10;
constexpr int kHostsPerSchool = 4;
constexpr int kStudents = 20000;
constexpr int kMeasures = 1000;
constexpr int kGroups = 50;

// A département-sized dataset built from the clean fixture, with faults planted at known places:
// every 10th measure has 3 h 30 on Tuesdays, every 25th lacks its host tutor, every 5th group is filmed with
// a participant who has no image consent.
Dataset syntheticDataset() {
    const MeasureWorld model;
    Dataset dataset;
    for (int school = 0; school < kSchools; ++school) {
        Organisation organisation = model.school;
        organisation.id = u"school-"_s + QString::number(school);
        dataset.organisations << organisation;
        for (int host = 0; host < kHostsPerSchool; ++host) {
            Organisation structure = model.host;
            structure.id = organisation.id + u"-host-"_s + QString::number(host);
            dataset.organisations << structure;
            Agreement agreement = model.agreement;
            agreement.id = structure.id + u"-agreement"_s;
            agreement.parties = {{organisation.id, u"head"_s, u"school"_s},
                                 {structure.id, u"manager"_s, u"host"_s}};
            agreement.signatures = {{organisation.id, QDate(2025, 9, 12)},
                                    {structure.id, QDate(2025, 9, 15)}};
            dataset.agreements << agreement;
        }
    }
    dataset.students.reserve(kStudents);
    for (int index = 0; index < kStudents; ++index) {
        Student student = model.student;
        student.id = u"student-"_s + QString::number(index);
        student.schoolId = u"school-"_s + QString::number(index % kSchools);
        student.consents.image = index % 1000 != 7;
        dataset.students << student;
    }
    for (int index = 0; index < kMeasures; ++index) {
        const Student& student = dataset.students[index * (kStudents / kMeasures)];
        const QString host = student.schoolId + u"-host-"_s + QString::number(index % kHostsPerSchool);
        Measure measure = model.measure;
        measure.id = u"measure-"_s + QString::number(index);
        measure.studentId = student.id;
        measure.hostId = host;
        measure.agreementId = host + u"-agreement"_s;
        if (index % 10 == 0)
            measure.slots << TimeSlot{Weekday::Tuesday, QTime(17, 0), QTime(20, 30)};
        if (index % 25 == 0)
            measure.hostTutorId.clear();
        dataset.measures << measure;
    }
    for (int index = 0; index < kGroups; ++index) {
        GroupActivity group;
        group.id = u"group-"_s + QString::number(index);
        group.agreementId = dataset.agreements[index % dataset.agreements.size()].id;
        group.filming = true;
        for (int member = 0; member < 8; ++member) {
            group.participantIds << u"student-"_s + QString::number(index * 100 + member);
        }
        if (index % 5 == 0)
            group.participantIds[7] = u"student-"_s + QString::number(index * 1000 + 7);
        dataset.groups << group;
    }
    return dataset;
}

}  // namespace

TEST(DatasetChecks, LargeDatasetFindsExactlyThePlantedFaults) {
    const Dataset dataset = syntheticDataset();
    ASSERT_EQ(dataset.students.size(), kStudents);

    QElapsedTimer timer;
    timer.start();
    const Findings findings = checkDataset(dataset, fixedToday());
    const qint64 elapsed = timer.nsecsElapsed();
    std::printf("[ figures  ] checkDataset: %lld records, %lld findings in %.1f ms\n",
                static_cast<long long>(dataset.recordCount()), static_cast<long long>(findings.size()),
                double(elapsed) / 1e6);

    QMap<QString, int> perRule;
    for (const Finding& finding : findings)
        ++perRule[finding.rule];
    const QMap<QString, int> expected{{id::RespDailyHours, kMeasures / 10},
                                      {id::RespRequiredFields, kMeasures / 25},
                                      {id::ImageConsent, kGroups / 5}};
    EXPECT_EQ(perRule, expected);

    // Stable order: agreements, then measures, then groups, each in the dataset's order.
    EXPECT_EQ(findings.first().id, u"measure-0"_s);
    EXPECT_EQ(findings.first().rule, id::RespDailyHours);
    EXPECT_EQ(findings[1].id, u"measure-0"_s);
    EXPECT_EQ(findings[1].rule, id::RespRequiredFields);
    EXPECT_EQ(findings.last().entity, u"group"_s);
    EXPECT_EQ(checkDataset(dataset, fixedToday()), findings);
}

TEST(DatasetChecks, DeadlinesOfADataset) {
    Dataset dataset = syntheticDataset();
    dataset.agreements[3].status = AgreementStatus::Terminated;
    const QList<Deadline> deadlines = upcomingDeadlines(dataset, QDate(2027, 5, 1), 90);
    // Every signed agreement is tacitly renewed with three months' notice: one denunciation deadline each.
    EXPECT_EQ(deadlines.size(), kSchools * kHostsPerSchool - 1);
    for (const Deadline& deadline : deadlines) {
        EXPECT_EQ(deadline.rule, id::DeadlineDenounce);
        EXPECT_EQ(deadline.date, QDate(2027, 5, 31));
        EXPECT_EQ(deadline.severity, Severity::Warning);
    }
    // Same date and rule: ordered by agreement id.
    for (qsizetype index = 1; index < deadlines.size(); ++index) {
        EXPECT_LT(deadlines[index - 1].agreementId, deadlines[index].agreementId);
    }
    // The same deadlines appear among the findings of checkDataset.
    const Findings findings = checkDataset(dataset, QDate(2027, 5, 1));
    EXPECT_EQ(withRule(findings, id::DeadlineDenounce).size(), deadlines.size());
}

// The UI checks a measure on every keystroke: print the cost of one call (no timed assertion: machines vary).
TEST(DatasetChecks, CheckMeasureTakesMicroseconds) {
    const MeasureWorld clean;
    MeasureWorld faulty;
    faulty.measure.slots << TimeSlot{Weekday::Tuesday, QTime(17, 0), QTime(20, 30)};
    faulty.measure.insurances.host = {};
    faulty.measure.signatures.clear();
    const MeasureContext cleanContext = clean.context();
    const MeasureContext faultyContext = faulty.context();
    constexpr int kRuns = 100000;

    const auto timePerCall = [&](const Measure& measure, const MeasureContext& context,
                                 qsizetype& findingCount) {
        QElapsedTimer timer;
        timer.start();
        for (int run = 0; run < kRuns; ++run)
            findingCount += checkMeasure(measure, context, fixedToday()).size();
        return double(timer.nsecsElapsed()) / kRuns / 1000.0;
    };
    qsizetype cleanFindings = 0;
    qsizetype faultyFindings = 0;
    const double cleanMicros = timePerCall(clean.measure, cleanContext, cleanFindings);
    const double faultyMicros = timePerCall(faulty.measure, faultyContext, faultyFindings);
    std::printf(
        "[ figures  ] checkMeasure: %.2f us for a clean measure, %.2f us for one with %lld findings\n",
        cleanMicros, faultyMicros, static_cast<long long>(faultyFindings / kRuns));
    EXPECT_EQ(cleanFindings, 0);
    EXPECT_EQ(faultyFindings / kRuns, 3);  // daily hours, host insurance, signatures
}
