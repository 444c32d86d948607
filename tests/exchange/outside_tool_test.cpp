// A file written by hand, the way an outside tool would: keys exactly as in the contract, its own key order,
// ids that are words, clause numbers as text, nulls and empty values. It must read without a single issue.
#include "fixtures.h"
#include "passerelle/exchange/json_format.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::exchange;
using namespace Qt::Literals::StringLiterals;

TEST(OutsideTool, HandWrittenFileReadsCompletely) {
    QFile file(test::sourceDir() + u"/tests/exchange/data/outside_tool.json"_s);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    const ReadResult result = readAndCheckDataset(file.readAll());
    for (const Issue& issue : result.errors + result.warnings)
        ADD_FAILURE() << issue.describe().toStdString();
    const Dataset& d = result.dataset;
    ASSERT_EQ(d.organisations.size(), 3);
    ASSERT_EQ(d.people.size(), 4);
    ASSERT_EQ(d.students.size(), 2);
    ASSERT_EQ(d.agreements.size(), 1);
    ASSERT_EQ(d.measures.size(), 1);
    ASSERT_EQ(d.groups.size(), 1);

    const Organisation& school = d.organisations[1];
    EXPECT_EQ(school.kind, OrganisationKind::School);
    EXPECT_EQ(school.uai, u"0940120A"_s);
    EXPECT_EQ(school.teachingHours.size(), 3);
    EXPECT_EQ(school.teachingHours[1], (TimeSlot{Weekday::Monday, QTime(13, 30), QTime(16, 30)}));

    const Student& noemie = d.students[0];
    EXPECT_EQ(noemie.lastName, u"Lecœur"_s);
    EXPECT_EQ(noemie.birthDate, QDate(2010, 5, 17));
    EXPECT_EQ(noemie.legalRepresentatives.at(0).firstName, u"Hélène"_s);
    EXPECT_TRUE(noemie.consents.followUp);
    EXPECT_FALSE(d.students[1].consents.followUp);  // absent in its consents: false

    const Agreement& agreement = d.agreements[0];
    EXPECT_EQ(agreement.kind, AgreementKind::RemobilisationWorkshop);
    EXPECT_EQ(agreement.parties.size(), 3);
    EXPECT_EQ(agreement.parties[2].representativeId, u"p-directeur"_s);
    EXPECT_EQ(agreement.deliberations[0].date, QDate(2023, 3, 22));
    EXPECT_EQ(agreement.end, QDate(2023, 6, 16));
    EXPECT_FALSE(agreement.durationYears.has_value());
    EXPECT_EQ(agreement.groupSize, (GroupSize{7, 9}));
    EXPECT_EQ(agreement.partnerNoticeHours, 48);
    EXPECT_EQ(agreement.status, AgreementStatus::Signed);
    EXPECT_EQ(agreement.clauses[0].number, 1);
    EXPECT_EQ(agreement.clauses[1].number, 5);
    EXPECT_EQ(agreement.amendments.size(), 1);
    ASSERT_EQ(agreement.handledDeadlines.size(), 1);
    EXPECT_EQ(agreement.handledDeadlines[0],
              (HandledDeadline{u"DEADLINE-EXPIRY"_s, QDate(2023, 6, 16), QDate(2023, 6, 2),
                               u"Nouvelle convention signée pour 2023-2024"_s}));
    EXPECT_EQ(d.organisations[2].activityDomain, u"Animation socioculturelle"_s);
    EXPECT_EQ(agreement.parties[0].designation, u"la Ville"_s);
    EXPECT_EQ(agreement.parties[0].signatureMention, u"P. le Maire de Choisy-le-Roi"_s);
    EXPECT_EQ(agreement.deliberations[0].publishedOn, QDate(2023, 3, 28));
    EXPECT_FALSE(agreement.deliberations[0].receivedAt.isValid());  // null: not known
    ASSERT_EQ(agreement.resources.size(), 1);
    EXPECT_EQ(agreement.resources[0], (Resource{.name = u"Point Information Jeunesse"_s,
                                                .kind = u"Information"_s,
                                                .phone = u"01 48 92 00 00"_s}));
    EXPECT_EQ(d.people[0].civility, u"M."_s);
    EXPECT_EQ(d.people[1].civility, QString());
    EXPECT_EQ(noemie.legalRepresentatives.at(0).civility, u"Mme"_s);

    const Measure& measure = d.measures[0];
    EXPECT_EQ(measure.studentId, u"e1"_s);
    EXPECT_EQ(measure.slots.size(), 1);
    EXPECT_EQ(measure.insurances.host.contract, u"456"_s);
    EXPECT_TRUE(measure.isSignedBy(SignatureRole::HeadOfSchool));
    EXPECT_FALSE(measure.isSignedBy(SignatureRole::LegalRepresentative));  // listed, not dated
    EXPECT_EQ(measure.status, MeasureStatus::Completed);
    EXPECT_EQ(measure.attendance[1].status, AttendanceStatus::Excused);
    EXPECT_EQ(measure.incidents[0].headNotifiedAt, QDateTime(QDate(2023, 5, 17), QTime(15, 0)));
    ASSERT_TRUE(measure.hostReport.has_value());
    EXPECT_EQ(measure.hostReport->writtenOn, QDate(2023, 5, 26));

    const GroupActivity& group = d.groups[0];
    EXPECT_TRUE(group.filming);
    EXPECT_EQ(group.participantIds, (QStringList{u"e1"_s, u"e2"_s}));
    EXPECT_FALSE(group.sessions[0].isCancelled());
    EXPECT_TRUE(group.sessions[1].isCancelled());
    EXPECT_EQ(group.sessions[0].attendance[1].status, AttendanceStatus::Absent);

    // Our own writing of it reads back the same.
    EXPECT_TRUE(readDataset(writeDataset(d)).dataset == d);
}
