// checkReferences: each reference that resolves neither in the file nor elsewhere is an error naming the
// record and key; references to records outside the file are fine when the caller knows them.
#include "passerelle/exchange/json_format.h"
#include "sample_dataset.h"

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::exchange;
using namespace Qt::Literals::StringLiterals;

namespace {

std::string dump(const QList<Issue>& issues) {
    std::string text;
    for (const Issue& issue : issues)
        text += issue.describe().toStdString() + "\n";
    return text;
}

bool hasIssue(const QList<Issue>& issues, const QString& record, const QString& key, const QString& part) {
    return std::any_of(issues.begin(), issues.end(), [&](const Issue& issue) {
        return issue.record == record && issue.key == key && issue.message.contains(part);
    });
}

// A dataset whose every reference points nowhere.
Dataset dangling() {
    Dataset d;
    d.people = {{u"P1"_s, u"O9"_s, {}, u"Martin"_s, {}, {}, {}}};
    Student student;
    student.id = u"S1"_s;
    student.schoolId = u"O9"_s;
    d.students = {student};
    Agreement agreement;
    agreement.id = u"A1"_s;
    agreement.parties = {{u"O9"_s, u"P9"_s, u"school"_s}};
    agreement.signatures = {{u"O8"_s, {}}};
    d.agreements = {agreement};
    Measure measure;
    measure.id = u"M1"_s;
    measure.studentId = u"S9"_s;
    measure.agreementId = u"A9"_s;
    measure.hostId = u"O9"_s;
    measure.hostTutorId = u"P9"_s;
    measure.schoolFollowerId = u"P8"_s;
    d.measures = {measure};
    GroupActivity group;
    group.id = u"G1"_s;
    group.agreementId = u"A9"_s;
    group.participantIds = {u"S1"_s, u"S9"_s};
    GroupSession session;
    session.date = QDate(2026, 1, 8);
    session.attendance = {{u"S1"_s, AttendanceStatus::Present, {}}, {u"S8"_s, AttendanceStatus::Absent, {}}};
    group.sessions = {session};
    d.groups = {group};
    return d;
}

}  // namespace

TEST(References, SampleResolvesCompletely) {
    EXPECT_TRUE(checkReferences(test::fullSample()).isEmpty());
}

TEST(References, EveryDanglingReferenceIsNamed) {
    const QList<Issue> issues = checkReferences(dangling());
    const QString nowhere = u"which is neither in the file nor among the existing records"_s;
    EXPECT_TRUE(hasIssue(issues, u"people[0] (id \"P1\")"_s, u"organisation"_s,
                         u"organisation \"O9\", "_s + nowhere));
    EXPECT_TRUE(hasIssue(issues, u"students[0] (id \"S1\")"_s, u"school"_s, u"organisation \"O9\""_s));
    const QString agreement = u"agreements[0] (id \"A1\")"_s;
    EXPECT_TRUE(hasIssue(issues, agreement, u"parties[0].organisation"_s, u"organisation \"O9\""_s));
    EXPECT_TRUE(hasIssue(issues, agreement, u"parties[0].representative"_s, u"person \"P9\""_s));
    EXPECT_TRUE(hasIssue(issues, agreement, u"signatures[0].organisation"_s, u"organisation \"O8\""_s));
    const QString measure = u"measures[0] (id \"M1\")"_s;
    EXPECT_TRUE(hasIssue(issues, measure, u"student"_s, u"student \"S9\""_s));
    EXPECT_TRUE(hasIssue(issues, measure, u"agreement"_s, u"agreement \"A9\""_s));
    EXPECT_TRUE(hasIssue(issues, measure, u"host"_s, u"organisation \"O9\""_s));
    EXPECT_TRUE(hasIssue(issues, measure, u"hostTutor"_s, u"person \"P9\""_s));
    EXPECT_TRUE(hasIssue(issues, measure, u"schoolFollower"_s, u"person \"P8\""_s));
    const QString group = u"groups[0] (id \"G1\")"_s;
    EXPECT_TRUE(hasIssue(issues, group, u"agreement"_s, u"agreement \"A9\""_s));
    EXPECT_TRUE(hasIssue(issues, group, u"participants[1]"_s, u"student \"S9\""_s));
    EXPECT_TRUE(hasIssue(issues, group, u"sessions[0].attendance[1].student"_s, u"student \"S8\""_s));
    EXPECT_EQ(issues.size(), 13) << dump(issues);
}

TEST(References, RecordsKnownElsewhereResolve) {
    // What the CLI does on import: ask the database about ids the file does not hold.
    const auto database = [](RecordKind kind, const QString& id) {
        switch (kind) {
            case RecordKind::Organisation:
                return id == u"O9"_s || id == u"O8"_s;
            case RecordKind::Person:
                return id == u"P9"_s || id == u"P8"_s;
            case RecordKind::Student:
                return id == u"S9"_s || id == u"S8"_s;
            case RecordKind::Agreement:
                return id == u"A9"_s;
            default:
                return false;
        }
    };
    EXPECT_TRUE(checkReferences(dangling(), database).isEmpty())
        << dump(checkReferences(dangling(), database));
}

TEST(References, KindMustMatch) {
    Dataset d = test::fullSample();
    d.measures[0].hostId = u"P2"_s;       // a person, not an organisation
    d.measures[0].hostTutorId = u"O2"_s;  // an organisation, not a person
    const auto everything = [](RecordKind, const QString& id) { return id == u"unrelated"_s; };
    const QList<Issue> issues = checkReferences(d, everything);
    EXPECT_EQ(issues.size(), 2) << dump(issues);
    EXPECT_TRUE(hasIssue(issues, u"measures[0] (id \"M1\")"_s, u"host"_s, u"organisation \"P2\""_s));
    EXPECT_TRUE(hasIssue(issues, u"measures[0] (id \"M1\")"_s, u"hostTutor"_s, u"person \"O2\""_s));
}

TEST(References, ExistingDatasetOverload) {
    Dataset existing;
    existing.organisations = {{.id = u"O9"_s}, {.id = u"O8"_s}};
    existing.people = {{.id = u"P9"_s}, {.id = u"P8"_s}};
    existing.students = {{.id = u"S9"_s}, {.id = u"S8"_s}};
    existing.agreements = {{.id = u"A9"_s}};
    EXPECT_TRUE(checkReferences(dangling(), &existing).isEmpty());
    existing.agreements.clear();
    EXPECT_EQ(checkReferences(dangling(), &existing).size(), 2);  // the measure's and the group's agreement
    EXPECT_EQ(checkReferences(dangling(), nullptr).size(), 13);
}

TEST(References, EmptyOptionalReferencesAreFine) {
    Dataset d;
    Measure measure;
    measure.id = u"M1"_s;
    measure.studentId = u"S1"_s;
    d.students = {{.id = u"S1"_s, .firstName = u"A"_s, .lastName = u"B"_s}};
    d.measures = {measure};
    EXPECT_TRUE(checkReferences(d).isEmpty());
}

TEST(References, ReadAndCheckCombinesBothSteps) {
    const QByteArray text = R"({"format": "passerelle", "version": 1,
        "students": [{"id": "S1", "firstName": "Zoé", "lastName": "Cœur", "school": "O1", "birthDate": "x"}]})";
    const ReadResult result = readAndCheckDataset(text);
    ASSERT_EQ(result.errors.size(), 2) << dump(result.errors);
    EXPECT_EQ(result.errors[0].key, u"birthDate"_s);
    EXPECT_EQ(result.errors[1].key, u"school"_s);
    const ReadResult known = readAndCheckDataset(text, [](RecordKind kind, const QString& id) {
        return kind == RecordKind::Organisation && id == u"O1"_s;
    });
    EXPECT_EQ(known.errors.size(), 1);
    EXPECT_EQ(readAndCheckDataset("{").errors.size(), 1);  // a syntax error only
}
