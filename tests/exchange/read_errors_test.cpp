// Every kind of error readDataset reports, each naming the record and the key; all of them collected.
#include "passerelle/exchange/json_format.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>

#include <functional>

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::exchange;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject document(const QJsonObject& lists = {}) {
    QJsonObject top{{u"format"_s, u"passerelle"_s}, {u"version"_s, 1}};
    for (auto it = lists.begin(); it != lists.end(); ++it)
        top.insert(it.key(), it.value());
    return top;
}

ReadResult read(const QJsonObject& top) {
    return readDataset(QJsonDocument(top).toJson());
}

QJsonObject validStudent(const QString& id) {
    return {{u"id"_s, id}, {u"firstName"_s, u"Zoé"_s}, {u"lastName"_s, u"Lefèvre"_s}};
}

QJsonObject withStudents(const QJsonArray& students) {
    return document({{u"students"_s, students}});
}

// The issues as "record | key | message" lines, for readable failures.
std::string dump(const QList<Issue>& issues) {
    std::string text;
    for (const Issue& issue : issues)
        text += issue.describe().toStdString() + "\n";
    return text;
}

bool hasIssue(const QList<Issue>& issues, const QString& record, const QString& key,
              const QString& messagePart) {
    for (const Issue& issue : issues) {
        if (issue.record == record && issue.key == key && issue.message.contains(messagePart))
            return true;
    }
    return false;
}

#define EXPECT_ISSUE(issues, record, key, part)                                                        \
    EXPECT_TRUE(hasIssue(issues, record, key, part))                                                   \
        << "expected " << QString(record).toStdString() << " / " << QString(key).toStdString() << "\n" \
        << dump(issues)

}  // namespace

TEST(ReadErrors, SyntaxErrorGivesLineAndColumn) {
    const QByteArray text =
        "{\n  \"format\": \"passerelle\",\n  \"version\": 1,\n  \"students\": [ { \"id\": \"S1\" ] \n}\n";
    const ReadResult result = readDataset(text);
    ASSERT_EQ(result.errors.size(), 1) << dump(result.errors);
    EXPECT_TRUE(result.errors[0].message.startsWith(u"JSON syntax error at line 4, column 30"_s))
        << dump(result.errors);
    EXPECT_TRUE(result.dataset.recordCount() == 0);
}

TEST(ReadErrors, SyntaxErrorColumnCountsCharactersNotBytes) {
    const QByteArray text = "{\"format\": \"é\", x}";  // é is two bytes; the error is at character 17
    const ReadResult result = readDataset(text);
    ASSERT_EQ(result.errors.size(), 1);
    EXPECT_TRUE(result.errors[0].message.contains(u"line 1, column 17"_s)) << dump(result.errors);
}

TEST(ReadErrors, EmptyInputAndArraysAreRefused) {
    EXPECT_FALSE(readDataset("").ok());
    const ReadResult array = readDataset("[]");
    ASSERT_EQ(array.errors.size(), 1);
    EXPECT_TRUE(array.errors[0].message.contains(u"must be a JSON object"_s));
}

TEST(ReadErrors, ByteOrderMarkIsForgiven) {
    const ReadResult result = readDataset("\xEF\xBB\xBF{\"format\": \"passerelle\", \"version\": 1}");
    EXPECT_TRUE(result.ok()) << dump(result.errors);
}

TEST(ReadErrors, FormatAndVersion) {
    const ReadResult missing = readDataset("{}");
    EXPECT_ISSUE(missing.errors, u""_s, u"format"_s, u"missing required key"_s);
    EXPECT_ISSUE(missing.errors, u""_s, u"version"_s, u"missing required key"_s);

    QJsonObject wrong = document();
    wrong[u"format"_s] = u"other"_s;
    wrong[u"version"_s] = 2;
    const ReadResult result = read(wrong);
    EXPECT_ISSUE(result.errors, u""_s, u"format"_s, u"expected \"passerelle\", found \"other\""_s);
    EXPECT_ISSUE(result.errors, u""_s, u"version"_s, u"unsupported version 2"_s);

    QJsonObject text = document();
    text[u"version"_s] = u"1"_s;
    EXPECT_ISSUE(read(text).errors, u""_s, u"version"_s, u"expected a whole number, found a string"_s);
}

TEST(ReadErrors, RequiredKeysOfEveryKind) {
    const ReadResult result = read(document({
        {u"organisations"_s, QJsonArray{QJsonObject{{u"id"_s, u"O1"_s}}}},
        {u"people"_s, QJsonArray{QJsonObject{{u"id"_s, u"P1"_s}}}},
        {u"students"_s, QJsonArray{QJsonObject{{u"id"_s, u"S1"_s}}}},
        {u"agreements"_s, QJsonArray{QJsonObject{{u"id"_s, u"A1"_s}}}},
        {u"measures"_s, QJsonArray{QJsonObject{{u"firstName"_s, u"x"_s}}}},
        {u"groups"_s, QJsonArray{QJsonObject{{u"id"_s, u"G1"_s}}}},
    }));
    const QString missing = u"missing required key"_s;
    EXPECT_ISSUE(result.errors, u"organisations[0] (id \"O1\")"_s, u"kind"_s, missing);
    EXPECT_ISSUE(result.errors, u"organisations[0] (id \"O1\")"_s, u"name"_s, missing);
    EXPECT_ISSUE(result.errors, u"people[0] (id \"P1\")"_s, u"organisation"_s, missing);
    EXPECT_ISSUE(result.errors, u"people[0] (id \"P1\")"_s, u"lastName"_s, missing);
    EXPECT_ISSUE(result.errors, u"students[0] (id \"S1\")"_s, u"firstName"_s, missing);
    EXPECT_ISSUE(result.errors, u"students[0] (id \"S1\")"_s, u"lastName"_s, missing);
    EXPECT_ISSUE(result.errors, u"agreements[0] (id \"A1\")"_s, u"kind"_s, missing);
    EXPECT_ISSUE(result.errors, u"agreements[0] (id \"A1\")"_s, u"title"_s, missing);
    EXPECT_ISSUE(result.errors, u"measures[0]"_s, u"id"_s, missing);
    EXPECT_ISSUE(result.errors, u"measures[0]"_s, u"kind"_s, missing);
    EXPECT_ISSUE(result.errors, u"measures[0]"_s, u"student"_s, missing);
    EXPECT_ISSUE(result.errors, u"groups[0] (id \"G1\")"_s, u"kind"_s, missing);
    EXPECT_ISSUE(result.errors, u"groups[0] (id \"G1\")"_s, u"title"_s, missing);
    // One error per missing key, all collected: nothing else was wrong.
    EXPECT_EQ(result.errors.size(), 13) << dump(result.errors);
    // The measure line also says "firstName" is not a measure's key.
    EXPECT_ISSUE(result.warnings, u"measures[0]"_s, u"firstName"_s, u"unknown key \"firstName\" ignored"_s);
}

TEST(ReadErrors, NullOrEmptyRequiredValues) {
    QJsonObject student = validStudent(u"S1"_s);
    student[u"firstName"_s] = QJsonValue::Null;
    student[u"lastName"_s] = u""_s;
    const ReadResult result = read(withStudents(
        {student, QJsonObject{{u"id"_s, u""_s}, {u"firstName"_s, u"A"_s}, {u"lastName"_s, u"B"_s}}}));
    EXPECT_ISSUE(result.errors, u"students[0] (id \"S1\")"_s, u"firstName"_s, u"required key is null"_s);
    EXPECT_ISSUE(result.errors, u"students[0] (id \"S1\")"_s, u"lastName"_s, u"must not be empty"_s);
    EXPECT_ISSUE(result.errors, u"students[1]"_s, u"id"_s, u"must not be empty"_s);
    EXPECT_EQ(result.errors.size(), 3) << dump(result.errors);
}

TEST(ReadErrors, WrongTypes) {
    QJsonObject student = validStudent(u"S1"_s);
    student[u"birthDate"_s] = 20110304;
    student[u"consents"_s] = QJsonObject{{u"followUp"_s, u"yes"_s}, {u"image"_s, 1}};
    student[u"legalRepresentatives"_s] = QJsonObject{};
    QJsonObject numericId = validStudent({});
    numericId[u"id"_s] = 12;
    const ReadResult result = read(document({
        {u"students"_s, QJsonArray{student, numericId, u"S3"_s}},
        {u"people"_s, QJsonObject{}},
    }));
    EXPECT_ISSUE(result.errors, u"students[0] (id \"S1\")"_s, u"birthDate"_s,
                 u"expected a string, found a number"_s);
    EXPECT_ISSUE(result.errors, u"students[0] (id \"S1\")"_s, u"consents.followUp"_s,
                 u"expected true or false, found a string"_s);
    EXPECT_ISSUE(result.errors, u"students[0] (id \"S1\")"_s, u"consents.image"_s,
                 u"expected true or false, found a number"_s);
    EXPECT_ISSUE(result.errors, u"students[0] (id \"S1\")"_s, u"legalRepresentatives"_s,
                 u"expected an array, found an object"_s);
    EXPECT_ISSUE(result.errors, u"students[1]"_s, u"id"_s, u"expected a string, found a number"_s);
    EXPECT_ISSUE(result.errors, u"students[2]"_s, u""_s, u"expected an object, found a string"_s);
    EXPECT_ISSUE(result.errors, u""_s, u"people"_s, u"expected an array, found an object"_s);
    EXPECT_EQ(result.errors.size(), 7) << dump(result.errors);
}

TEST(ReadErrors, NumbersMustBeWholeAndFitAnInt) {
    const QJsonObject agreement{
        {u"id"_s, u"A1"_s},
        {u"kind"_s, u"generic"_s},
        {u"title"_s, u"T"_s},
        {u"durationYears"_s, 2.5},
        {u"copies"_s, 3e10},
        {u"noticeMonths"_s, u"3"_s},  // only clause and amendment numbers may be text
        {u"clauses"_s,
         QJsonArray{QJsonObject{{u"number"_s, u"4"_s}}, QJsonObject{{u"number"_s, u"4a"_s}},
                    QJsonObject{{u"number"_s, 5}}, QJsonObject{{u"title"_s, u"sans numéro"_s}}}},
    };
    const ReadResult result = read(document({{u"agreements"_s, QJsonArray{agreement}}}));
    const QString record = u"agreements[0] (id \"A1\")"_s;
    EXPECT_ISSUE(result.errors, record, u"durationYears"_s, u"expected a whole number, found 2.5"_s);
    // Whole but beyond any int, and above the copies' bound (input_limits.h).
    EXPECT_ISSUE(result.errors, record, u"copies"_s, u"out of range: 30000000000; expected 1 to 20"_s);
    EXPECT_ISSUE(result.errors, record, u"noticeMonths"_s, u"expected a whole number, found a string"_s);
    EXPECT_ISSUE(result.errors, record, u"clauses[1].number"_s, u"expected a whole number, found \"4a\""_s);
    EXPECT_ISSUE(result.errors, record, u"clauses[3].number"_s, u"missing required key"_s);
    EXPECT_EQ(result.errors.size(), 5) << dump(result.errors);
    ASSERT_EQ(result.dataset.agreements[0].clauses.size(), 4);
    EXPECT_EQ(result.dataset.agreements[0].clauses[0].number, 4);  // "4" accepted
    EXPECT_EQ(result.dataset.agreements[0].clauses[2].number, 5);
}

TEST(ReadErrors, UnknownEnumerationValuesListTheAllowedOnes) {
    const QJsonObject measure{
        {u"id"_s, u"M1"_s},
        {u"kind"_s, u"punishment"_s},
        {u"student"_s, u"S1"_s},
        {u"status"_s, u"done"_s},
        {u"slots"_s,
         QJsonArray{QJsonObject{{u"day"_s, u"sun"_s}, {u"start"_s, u"09:00"_s}, {u"end"_s, u"10:00"_s}}}},
        {u"signatures"_s, QJsonArray{QJsonObject{{u"role"_s, u"mayor"_s}}}},
    };
    const ReadResult result = read(document({{u"measures"_s, QJsonArray{measure}}}));
    const QString record = u"measures[0] (id \"M1\")"_s;
    EXPECT_ISSUE(
        result.errors, record, u"kind"_s,
        u"unknown value \"punishment\"; expected one of: responsibility, exclusion-alternative, follow-up"_s);
    EXPECT_ISSUE(result.errors, record, u"status"_s,
                 u"expected one of: planned, signed, in-progress, completed, interrupted"_s);
    EXPECT_ISSUE(result.errors, record, u"slots[0].day"_s,
                 u"unknown value \"sun\"; expected one of: mon, tue, wed, thu, fri, sat"_s);
    EXPECT_ISSUE(
        result.errors, record, u"signatures[0].role"_s,
        u"expected one of: head-of-school, host-manager, youth-service, student, legal-representative"_s);
    EXPECT_EQ(result.errors.size(), 4) << dump(result.errors);
}

TEST(ReadErrors, BadDatesTimesAndDateTimes) {
    QJsonObject student = validStudent(u"S1"_s);
    student[u"birthDate"_s] = u"2010-13-01"_s;
    const QJsonObject measure{
        {u"id"_s, u"M1"_s},
        {u"kind"_s, u"responsibility"_s},
        {u"student"_s, u"S1"_s},
        {u"start"_s, u"2026-2-3"_s},
        {u"end"_s, u"2026-02-30"_s},
        {u"slots"_s,
         QJsonArray{QJsonObject{{u"day"_s, u"wed"_s}, {u"start"_s, u"9:00"_s}, {u"end"_s, u"24:00"_s}}}},
        {u"incidents"_s, QJsonArray{QJsonObject{{u"at"_s, u"2026-02-04 10:00"_s},
                                                {u"kind"_s, u"other"_s},
                                                {u"headNotifiedAt"_s, u"2026-02-04T10:00:00"_s}}}},
        {u"attendance"_s, QJsonArray{QJsonObject{{u"date"_s, u"04/02/2026"_s}, {u"status"_s, u"present"_s}}}},
    };
    const ReadResult result =
        read(document({{u"students"_s, QJsonArray{student}}, {u"measures"_s, QJsonArray{measure}}}));
    EXPECT_ISSUE(result.errors, u"students[0] (id \"S1\")"_s, u"birthDate"_s,
                 u"not a date (YYYY-MM-DD): \"2010-13-01\""_s);
    const QString record = u"measures[0] (id \"M1\")"_s;
    EXPECT_ISSUE(result.errors, record, u"start"_s, u"not a date (YYYY-MM-DD): \"2026-2-3\""_s);
    EXPECT_ISSUE(result.errors, record, u"end"_s, u"not a date"_s);
    EXPECT_ISSUE(result.errors, record, u"slots[0].start"_s, u"not a time (HH:MM): \"9:00\""_s);
    EXPECT_ISSUE(result.errors, record, u"slots[0].end"_s, u"not a time (HH:MM): \"24:00\""_s);
    EXPECT_ISSUE(result.errors, record, u"incidents[0].at"_s, u"not a date-time (YYYY-MM-DDTHH:MM)"_s);
    EXPECT_ISSUE(result.errors, record, u"incidents[0].headNotifiedAt"_s, u"not a date-time"_s);
    EXPECT_ISSUE(result.errors, record, u"attendance[0].date"_s, u"not a date"_s);
    EXPECT_EQ(result.errors.size(), 8) << dump(result.errors);
}

TEST(ReadErrors, DuplicateIdsWithinAKind) {
    const ReadResult result = read(document({
        {u"students"_s, QJsonArray{validStudent(u"S1"_s), validStudent(u"S2"_s), validStudent(u"S1"_s)}},
        // The same id in another kind is fine: ids are per kind.
        {u"people"_s, QJsonArray{QJsonObject{
                          {u"id"_s, u"S1"_s}, {u"organisation"_s, u"O1"_s}, {u"lastName"_s, u"Martin"_s}}}},
    }));
    ASSERT_EQ(result.errors.size(), 1) << dump(result.errors);
    EXPECT_ISSUE(result.errors, u"students[2] (id \"S1\")"_s, u"id"_s,
                 u"duplicate id \"S1\" (first used by students[0])"_s);
}

TEST(ReadErrors, ErrorsOfManyRecordsAreAllCollected) {
    QJsonArray students;
    for (int i = 0; i < 50; ++i) {
        QJsonObject student = validStudent(u"S"_s + QString::number(i));
        if (i % 5 == 0)
            student[u"birthDate"_s] = u"not a date"_s;
        students.append(student);
    }
    const ReadResult result = read(withStudents(students));
    EXPECT_EQ(result.errors.size(), 10);
    EXPECT_ISSUE(result.errors, u"students[45] (id \"S45\")"_s, u"birthDate"_s, u"not a date"_s);
}

TEST(ReadErrors, UnknownKeysAreWarningsNotErrors) {
    QJsonObject student = validStudent(u"S1"_s);
    student[u"nickname"_s] = u"Zozo"_s;
    student[u"consents"_s] = QJsonObject{{u"followUp"_s, true}, {u"photo"_s, true}};
    student[u"legalRepresentatives"_s] =
        QJsonArray{QJsonObject{{u"lastName"_s, u"X"_s}, {u"mobile"_s, u"06"_s}}};
    QJsonObject top = withStudents({student});
    top[u"exportedBy"_s] = u"ENT tool 2.1"_s;
    const ReadResult result = read(top);
    EXPECT_TRUE(result.ok()) << dump(result.errors);
    EXPECT_EQ(result.warnings.size(), 4) << dump(result.warnings);
    EXPECT_ISSUE(result.warnings, u""_s, u"exportedBy"_s, u"unknown key \"exportedBy\" ignored"_s);
    EXPECT_ISSUE(result.warnings, u"students[0] (id \"S1\")"_s, u"nickname"_s,
                 u"unknown key \"nickname\" ignored"_s);
    EXPECT_ISSUE(result.warnings, u"students[0] (id \"S1\")"_s, u"consents.photo"_s, u"unknown key"_s);
    EXPECT_ISSUE(result.warnings, u"students[0] (id \"S1\")"_s, u"legalRepresentatives[0].mobile"_s,
                 u"unknown key"_s);
    EXPECT_TRUE(result.dataset.students[0].consents.followUp);
}

TEST(ReadErrors, NullEmptyStringsAndEmptyListsAreAcceptedForOptionalValues) {
    QJsonObject student = validStudent(u"S1"_s);
    student[u"birthDate"_s] = QJsonValue::Null;
    student[u"className"_s] = u""_s;
    student[u"school"_s] = QJsonValue::Null;
    student[u"legalRepresentatives"_s] = QJsonArray{};
    student[u"consents"_s] = QJsonValue::Null;
    const QJsonObject measure{
        {u"id"_s, u"M1"_s},
        {u"kind"_s, u"follow-up"_s},
        {u"student"_s, u"S1"_s},
        {u"agreement"_s, u""_s},
        {u"exclusionDays"_s, QJsonValue::Null},
        {u"hostReport"_s, QJsonValue::Null},
        {u"insurances"_s, QJsonObject{{u"school"_s, QJsonValue::Null}}},
        {u"objectives"_s, u""_s},
        {u"slots"_s, QJsonArray{}},
    };
    const ReadResult result = read(document({{u"students"_s, QJsonArray{student}},
                                             {u"measures"_s, QJsonArray{measure}},
                                             {u"groups"_s, QJsonValue::Null}}));
    EXPECT_TRUE(result.ok()) << dump(result.errors);
    EXPECT_TRUE(result.warnings.isEmpty()) << dump(result.warnings);
    const Student& s = result.dataset.students.at(0);
    EXPECT_FALSE(s.birthDate.isValid());
    EXPECT_TRUE(s.className.isEmpty());
    EXPECT_EQ(s.consents, StudentConsents{});
    const Measure& m = result.dataset.measures.at(0);
    EXPECT_FALSE(m.exclusionDays.has_value());
    EXPECT_FALSE(m.hostReport.has_value());
    EXPECT_EQ(m.insurances, Insurances{});
}

TEST(ReadErrors, RequiredKeysInsideNestedObjects) {
    const QJsonObject agreement{
        {u"id"_s, u"A1"_s},
        {u"kind"_s, u"remobilisation-workshop"_s},
        {u"title"_s, u"T"_s},
        {u"parties"_s, QJsonArray{QJsonObject{{u"role"_s, u"school"_s}}, u"O1"_s}},
        {u"groupSize"_s, QJsonObject{{u"min"_s, 7}}},
    };
    const QJsonObject group{
        {u"id"_s, u"G1"_s},
        {u"kind"_s, u"workshop"_s},
        {u"title"_s, u"Atelier"_s},
        {u"participants"_s, QJsonArray{u"S1"_s, 3, u""_s}},
        {u"sessions"_s,
         QJsonArray{QJsonObject{{u"start"_s, u"14:00"_s},
                                {u"attendance"_s, QJsonArray{QJsonObject{{u"status"_s, u"present"_s}}}}}}},
    };
    const ReadResult result =
        read(document({{u"agreements"_s, QJsonArray{agreement}}, {u"groups"_s, QJsonArray{group}}}));
    EXPECT_ISSUE(result.errors, u"agreements[0] (id \"A1\")"_s, u"parties[0].organisation"_s,
                 u"missing required key"_s);
    EXPECT_ISSUE(result.errors, u"agreements[0] (id \"A1\")"_s, u"parties[1]"_s,
                 u"expected an object, found a string"_s);
    EXPECT_ISSUE(result.errors, u"agreements[0] (id \"A1\")"_s, u"groupSize.max"_s,
                 u"missing required key"_s);
    EXPECT_ISSUE(result.errors, u"groups[0] (id \"G1\")"_s, u"participants[1]"_s,
                 u"expected a string, found a number"_s);
    EXPECT_ISSUE(result.errors, u"groups[0] (id \"G1\")"_s, u"participants[2]"_s, u"must not be empty"_s);
    EXPECT_ISSUE(result.errors, u"groups[0] (id \"G1\")"_s, u"sessions[0].date"_s, u"missing required key"_s);
    EXPECT_ISSUE(result.errors, u"groups[0] (id \"G1\")"_s, u"sessions[0].attendance[0].student"_s,
                 u"missing required key"_s);
    EXPECT_EQ(result.errors.size(), 7) << dump(result.errors);
}

TEST(ReadErrors, DescribeJoinsRecordKeyAndMessage) {
    EXPECT_EQ((Issue{u"students[3] (id \"S000004\")"_s, u"birthDate"_s, u"not a date"_s}.describe()),
              u"students[3] (id \"S000004\"): birthDate: not a date"_s);
    EXPECT_EQ((Issue{{}, u"version"_s, u"unsupported"_s}.describe()), u"version: unsupported"_s);
    EXPECT_EQ((Issue{{}, {}, u"JSON syntax error"_s}.describe()), u"JSON syntax error"_s);
}

// Issue 14: the elements of a long list are read by several threads, a batch at a time; the records, the
// issues and their order must be those of reading them one after another, across the batches.
TEST(ReadErrors, ALongListKeepsTheOrderOfItsRecordsAndIssues) {
    QJsonArray students;
    QStringList expected;  // the errors' records, in order
    for (int i = 0; i < 10000; ++i) {
        const QString id = u"S"_s + QString::number(i);
        const QString label = u"students[%1] (id \"%2\")"_s.arg(i).arg(id);
        if (i == 7000) {
            students.append(42);
            expected << u"students[7000]"_s;
            continue;
        }
        QJsonObject student = validStudent(i == 5000 ? u"S10"_s : id);
        if (i % 997 == 0) {
            student[u"birthDate"_s] = u"not a date"_s;
            expected << label;
        }
        if (i == 5000)
            expected << u"students[5000] (id \"S10\")"_s;
        if (i == 4096)
            student[u"colour"_s] = u"blue"_s;
        if (i == 8000) {
            student.remove(u"id"_s);
            expected << u"students[8000]"_s;
        }
        students.append(student);
    }
    const ReadResult result = read(withStudents(students));
    QStringList records;
    for (const Issue& issue : result.errors)
        records << issue.record;
    EXPECT_EQ(records, expected) << dump(result.errors);
    EXPECT_EQ(result.errors.at(expected.indexOf(u"students[5000] (id \"S10\")"_s)).message,
              u"duplicate id \"S10\" (first used by students[10])"_s);
    ASSERT_EQ(result.warnings.size(), 1) << dump(result.warnings);
    EXPECT_EQ(result.warnings.at(0).record, u"students[4096] (id \"S4096\")"_s);
    // The elements refused whole (7000) are not records; the others are, in the file's order.
    ASSERT_EQ(result.dataset.students.size(), 9999);
    EXPECT_EQ(result.dataset.students.at(6999).id, u"S6999"_s);
    EXPECT_EQ(result.dataset.students.at(7000).id, u"S7001"_s);
    EXPECT_EQ(result.dataset.students.at(9998).id, u"S9999"_s);
    // Issues of a record without an id point at where it starts.
    const Issue& anonymous = result.errors.at(expected.indexOf(u"students[8000]"_s));
    EXPECT_TRUE(anonymous.line.has_value());
}

namespace {

// A file of 10,000 students (three batches), one per line from line 3, after a byte order mark; `patch`
// changes the text of some of them.
QByteArray studentsFile(const std::function<QByteArray(int, QByteArray)>& patch) {
    QByteArray text = "\xEF\xBB\xBF{\"format\": \"passerelle\", \"version\": 1,\n\"students\": [\n";
    for (int i = 0; i < 10000; ++i) {
        const QByteArray id = "S" + QByteArray::number(i);
        text += patch(i, "{\"id\": \"" + id + "\", \"firstName\": \"Zoé\", \"lastName\": \"Lefèvre\"}");
        text += i + 1 < 10000 ? ",\n" : "\n";
    }
    return text + "]}\n";
}

ReadResult readFile(const QByteArray& text) {
    QTemporaryFile file;
    if (!file.open() || file.write(text) != text.size() || !file.seek(0))
        return {};
    return readDatasetFile(file);
}

std::string positioned(const QList<Issue>& issues) {
    std::string text;
    for (const Issue& issue : issues)
        text += QString::number(issue.line.value_or(0)).toStdString() + ":" +
                QString::number(issue.column.value_or(0)).toStdString() + " " +
                issue.describe().toStdString() + "\n";
    return text;
}

}  // namespace

// Issue 14: a file is checked whole, then its record lists are read again from it a batch at a time. The
// records, the issues, their order and their positions are those of reading the same bytes from memory.
TEST(ReadErrors, AFileReadsAsTheSameBytesInMemory) {
    const QByteArray text = studentsFile([](int i, QByteArray element) {
        if (i == 8000)  // no id: its issues point at its line
            return QByteArray("{\"firstName\": \"Zoé\", \"lastName\": \"Lefèvre\"}");
        if (i == 5000)
            element.replace("\"Zoé\"", "\"Zoé\", \"birthDate\": \"not a date\"");
        if (i == 6000)
            element.replace("\"S6000\"", "\"S10\"");
        if (i == 4100)
            element.replace("\"Zoé\"", "\"Zoé\", \"colour\": \"blue\"");
        return element;
    });
    const ReadResult fromMemory = readDataset(text);
    const ReadResult fromFile = readFile(text);
    ASSERT_EQ(fromMemory.errors.size(), 3) << positioned(fromMemory.errors);
    EXPECT_EQ(positioned(fromFile.errors), positioned(fromMemory.errors));
    EXPECT_EQ(positioned(fromFile.warnings), positioned(fromMemory.warnings));
    EXPECT_EQ(fromFile.dataset, fromMemory.dataset);
    ASSERT_EQ(fromFile.dataset.students.size(), 10000);
    const Issue& anonymous = fromFile.errors.at(2);
    EXPECT_EQ(anonymous.record, u"students[8000]"_s);
    EXPECT_EQ(anonymous.line, 8003);
    EXPECT_EQ(anonymous.column, 1);
}

TEST(ReadErrors, ASyntaxErrorInALaterBatchOfAFileNamesItsLine) {
    const QByteArray text = studentsFile([](int i, QByteArray element) {
        return i == 9000 ? element.replace("\"Lefèvre\"", "tru") : element;
    });
    const ReadResult fromFile = readFile(text);
    ASSERT_EQ(fromFile.errors.size(), 1) << positioned(fromFile.errors);
    EXPECT_EQ(positioned(fromFile.errors), positioned(readDataset(text).errors));
    EXPECT_EQ(fromFile.errors.at(0).line, 9003);
    // The "t" of "tru": column 49 in characters, "é" being one (50 in bytes).
    EXPECT_EQ(fromFile.errors.at(0).column, 49) << positioned(fromFile.errors);
    EXPECT_TRUE(fromFile.dataset.students.isEmpty());
}
