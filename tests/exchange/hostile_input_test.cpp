// Files made to hang or fool the reader (issue 10): every fixture of tests/exchange/hostile/ is refused
// without a crash, with the record and key, or the line and column, of the culprit; the huge ones are made
// here rather than committed. And the bounds themselves: the largest value each key accepts reads, one more
// is refused.
#include "fixtures.h"
#include "passerelle/domain/input_limits.h"
#include "passerelle/exchange/json_format.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <optional>

using namespace passerelle;
using namespace passerelle::exchange;
using namespace Qt::Literals::StringLiterals;

namespace {

QString hostileDir() {
    return test::sourceDir() + u"/tests/exchange/hostile"_s;
}

QByteArray fixture(const QString& name) {
    QFile file(hostileDir() + u'/' + name);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    return file.readAll();
}

std::string dump(const QList<Issue>& issues) {
    std::string text;
    for (const Issue& issue : issues) {
        text += issue.describe().toStdString();
        if (issue.line)
            text += " @" + std::to_string(*issue.line) + ":" + std::to_string(issue.column.value_or(0));
        text += "\n";
    }
    return text;
}

struct Expected {
    QString record;  // the label, "students[0] (id \"S1\")", or "" for the top level and the text itself
    QString key;
    QString message;  // a part of it
    std::optional<int> line = std::nullopt;
    std::optional<int> column = std::nullopt;
};

bool matches(const Issue& issue, const Expected& expected) {
    return issue.record == expected.record && issue.key == expected.key &&
           issue.message.contains(expected.message) && (!expected.line || issue.line == expected.line) &&
           (!expected.column || issue.column == expected.column);
}

::testing::AssertionResult hasError(const ReadResult& result, const Expected& expected) {
    for (const Issue& issue : result.errors) {
        if (matches(issue, expected))
            return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure()
           << "expected " << expected.record.toStdString() << " / " << expected.key.toStdString() << " / "
           << expected.message.toStdString() << " among:\n"
           << dump(result.errors);
}

const QByteArray head = "{\"format\": \"passerelle\", \"version\": 1,\n";

}  // namespace

// Whatever lies in the folder: read without a crash, and refused. A fixture that read fine would test
// nothing.
TEST(Hostile, EveryFixtureIsRefused) {
    const QStringList names = QDir(hostileDir()).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    ASSERT_GE(names.size(), 20);
    for (const QString& name : names) {
        const ReadResult result = readAndCheckDataset(fixture(name));
        EXPECT_FALSE(result.ok()) << name.toStdString();
        for (const Issue& issue : result.errors)
            EXPECT_FALSE(issue.message.isEmpty()) << name.toStdString();
    }
}

TEST(Hostile, TruncatedAndFlippedFilesGiveTheLineAndColumn) {
    const ReadResult truncated = readDataset(fixture(u"truncated.json"_s));
    ASSERT_EQ(truncated.errors.size(), 1) << dump(truncated.errors);
    EXPECT_TRUE(hasError(truncated, {u""_s, u""_s, u"unterminated string"_s, 8}));

    const ReadResult separator = readDataset(fixture(u"flipped_separator.json"_s));
    EXPECT_TRUE(hasError(separator, {u""_s, u""_s, u"line 3, column 12: missing name separator"_s, 3, 12}));

    // é (C3 A9) with its second byte flipped to ')': named by record and key, placed by line and column.
    const ReadResult utf8 = readDataset(fixture(u"flipped_utf8.json"_s));
    ASSERT_EQ(utf8.errors.size(), 1) << dump(utf8.errors);
    EXPECT_TRUE(
        hasError(utf8, {u"students[0] (id \"S1\")"_s, u"firstName"_s,
                        u"invalid UTF-8: byte 0xC3 is not followed by the 1 continuation bytes"_s, 8, 34}));
    EXPECT_EQ(utf8.errors[0].recordId, u"S1"_s);

    EXPECT_TRUE(hasError(readDataset(fixture(u"empty.json"_s)), {u""_s, u""_s, u"the document is empty"_s}));
    EXPECT_TRUE(hasError(readDataset(fixture(u"not_an_object.json"_s)),
                         {u""_s, u""_s, u"the document must be a JSON object, found an array"_s}));
    EXPECT_TRUE(hasError(readDataset(fixture(u"duplicate_top_key.json"_s)),
                         {u""_s, u""_s, u"duplicate key \"students\""_s, 5, 3}));
}

TEST(Hostile, BadUtf8IsRefusedWhereItStands) {
    const ReadResult latin1 = readDataset(fixture(u"latin1.json"_s));
    EXPECT_EQ(latin1.errors.size(), 3) << dump(latin1.errors);
    EXPECT_TRUE(hasError(latin1, {u"organisations[0] (id \"O1\")"_s, u"name"_s, u"invalid UTF-8"_s, 5}));
    EXPECT_TRUE(
        hasError(latin1, {u"students[0] (id \"S1\")"_s, u"firstName"_s, u"save the file as UTF-8"_s, 8}));
    EXPECT_TRUE(hasError(latin1, {u"students[0] (id \"S1\")"_s, u"lastName"_s, u"byte 0xE8"_s, 8}));

    EXPECT_TRUE(
        hasError(readDataset(fixture(u"overlong_utf8.json"_s)),
                 {u"students[0] (id \"S1\")"_s, u"firstName"_s, u"overlong encoding (byte 0xC0)"_s, 4}));
    EXPECT_TRUE(hasError(readDataset(fixture(u"encoded_surrogate.json"_s)),
                         {u"students[0] (id \"S1\")"_s, u"lastName"_s, u"encoded surrogate U+D800"_s}));

    // Not text at all: nothing to name, so the line and column say where, in the message too.
    const ReadResult binary = readDataset(fixture(u"binary.json"_s));
    EXPECT_TRUE(hasError(
        binary, {u""_s, u""_s,
                 u"byte 0x89 cannot start a character; save the file as UTF-8 (line 1, column 1)"_s, 1, 1}));
    EXPECT_TRUE(hasError(binary, {u""_s, u""_s, u"NUL character (line 3, column 1)"_s, 3, 1}));
}

TEST(Hostile, LoneSurrogatesAndNulAreRefused) {
    EXPECT_TRUE(hasError(readDataset(fixture(u"lone_high_surrogate.json"_s)),
                         {u"students[0] (id \"S1\")"_s, u"firstName"_s,
                          u"lone surrogate \\ud800: not followed by a low surrogate"_s, 4, 44}));
    // The id comes after the culprit; the record is still named by it.
    EXPECT_TRUE(hasError(readDataset(fixture(u"lone_low_surrogate.json"_s)),
                         {u"students[0] (id \"S2\")"_s, u"firstName"_s,
                          u"lone surrogate \\uDC00: not preceded by a high surrogate"_s}));
    EXPECT_TRUE(hasError(readDataset(fixture(u"nul_raw.json"_s)),
                         {u"students[0] (id \"S1\")"_s, u"firstName"_s, u"NUL character"_s}));
    EXPECT_TRUE(hasError(readDataset(fixture(u"nul_escaped.json"_s)),
                         {u"people[0] (id \"P1\")"_s, u"lastName"_s, u"NUL character (\\u0000)"_s}));

    // A pair is one character, and fine; so is the same in UTF-8.
    const ReadResult pair = readDataset(head +
                                        "\"students\": [{\"id\": \"S1\", \"firstName\": \"\\ud83d\\ude00\", "
                                        "\"lastName\": \"\xF0\x9F\x98\x80\"}]}");
    ASSERT_TRUE(pair.ok()) << dump(pair.errors);
    EXPECT_EQ(pair.dataset.students[0].firstName, pair.dataset.students[0].lastName);
}

TEST(Hostile, Utf16AndUtf32FilesAreRecognised) {
    for (const QString& name :
         {u"utf16le_bom.json"_s, u"utf16be_bom.json"_s, u"utf16le_no_bom.json"_s, u"utf16be_no_bom.json"_s}) {
        const ReadResult result = readDataset(fixture(name));
        ASSERT_EQ(result.errors.size(), 1) << name.toStdString() << "\n" << dump(result.errors);
        EXPECT_EQ(result.errors[0].message, u"the file is UTF-16; save it as UTF-8"_s) << name.toStdString();
    }
    for (const QString& name : {u"utf32le_bom.json"_s, u"utf32be_no_bom.json"_s}) {
        const ReadResult result = readDataset(fixture(name));
        ASSERT_EQ(result.errors.size(), 1) << name.toStdString();
        EXPECT_EQ(result.errors[0].message, u"the file is UTF-32; save it as UTF-8"_s) << name.toStdString();
    }
    // A UTF-8 byte order mark stays forgiven.
    EXPECT_TRUE(readDataset("\xEF\xBB\xBF" + head + "\"students\": []}").ok());
}

TEST(Hostile, NumbersAndDatesOutOfRangeNameTheRecordAndKey) {
    const ReadResult result = readDataset(fixture(u"out_of_range.json"_s));
    const QString agreement = u"agreements[0] (id \"A1\")"_s;
    const QString measure = u"measures[0] (id \"M1\")"_s;
    EXPECT_TRUE(
        hasError(result, {agreement, u"noticeMonths"_s, u"out of range: 2147483647; expected 0 to 120"_s}));
    EXPECT_TRUE(hasError(result, {agreement, u"start"_s, u"out of range: \"1899-12-31\""_s}));
    EXPECT_TRUE(hasError(result, {agreement, u"durationYears"_s, u"out of range: 100; expected 0 to 99"_s}));
    EXPECT_TRUE(hasError(result, {agreement, u"breachNoticeMonths"_s, u"out of range: -1"_s}));
    EXPECT_TRUE(hasError(result, {agreement, u"reviewEveryMonths"_s, u"out of range: 121"_s}));
    EXPECT_TRUE(hasError(result, {agreement, u"groupSize.min"_s, u"out of range: -1; expected 0 to 500"_s}));
    EXPECT_TRUE(hasError(result, {agreement, u"groupSize.max"_s, u"out of range: 501"_s}));
    EXPECT_TRUE(
        hasError(result, {agreement, u"partnerNoticeHours"_s, u"out of range: 8761; expected 0 to 8760"_s}));
    EXPECT_TRUE(hasError(result, {agreement, u"copies"_s, u"out of range: 0; expected 1 to 20"_s}));
    EXPECT_TRUE(
        hasError(result, {agreement, u"clauses[0].number"_s, u"out of range: 1000; expected 0 to 999"_s}));
    EXPECT_TRUE(
        hasError(result, {agreement, u"clauses[1].number"_s, u"out of range: \"99999999999999999999\""_s}));
    EXPECT_TRUE(hasError(result, {agreement, u"amendments[0].number"_s, u"out of range: -1"_s}));
    EXPECT_TRUE(hasError(result, {measure, u"exclusionDays"_s, u"out of range: 366; expected 0 to 365"_s}));
    EXPECT_TRUE(hasError(result, {measure, u"end"_s, u"dates lie between 1900-01-01 and 2199-12-31"_s}));
    EXPECT_TRUE(hasError(result, {measure, u"incidents[0].at"_s, u"out of range: \"2200-01-01T00:00\""_s}));
    EXPECT_EQ(result.errors.size(), 15) << dump(result.errors);
    EXPECT_EQ(result.errors[0].recordId, u"A1"_s);
}

TEST(Hostile, IdsOfSpacesDuplicatesAndMissingReferences) {
    const ReadResult spaces = readAndCheckDataset(fixture(u"id_of_spaces.json"_s));
    // A record without a usable id cannot be named by it: it is placed by the line and column of its start.
    EXPECT_TRUE(
        hasError(spaces, {u"students[0]"_s, u"id"_s, u"an id must not be made of spaces only"_s, 5, 16}));
    EXPECT_TRUE(hasError(spaces, {u"measures[0] (id \"M1\")"_s, u"student"_s, u"spaces only"_s}));
    EXPECT_TRUE(hasError(spaces, {u"measures[0] (id \"M1\")"_s, u"host"_s, u"spaces only"_s}));
    EXPECT_EQ(spaces.errors.size(), 3) << dump(spaces.errors);

    EXPECT_TRUE(hasError(
        readDataset(fixture(u"duplicate_ids.json"_s)),
        {u"students[2] (id \"S1\")"_s, u"id"_s, u"duplicate id \"S1\" (first used by students[0])"_s}));

    const ReadResult missing = readAndCheckDataset(fixture(u"missing_references.json"_s));
    EXPECT_TRUE(
        hasError(missing, {u"students[0] (id \"S1\")"_s, u"school"_s, u"refers to organisation \"O9\""_s}));
    EXPECT_TRUE(
        hasError(missing, {u"measures[0] (id \"M1\")"_s, u"student"_s, u"refers to student \"S9\""_s}));
    EXPECT_TRUE(
        hasError(missing, {u"measures[0] (id \"M1\")"_s, u"hostTutor"_s, u"refers to person \"P9\""_s}));
    EXPECT_EQ(missing.errors[0].recordId, u"S1"_s);
}

TEST(Hostile, DeepNestingIsRefusedWithoutRecursion) {
    const ReadResult small = readDataset(fixture(u"deep_nesting.json"_s));
    ASSERT_EQ(small.errors.size(), 1) << dump(small.errors);
    EXPECT_TRUE(small.errors[0].key.startsWith(u"extra[0][0]"_s));
    EXPECT_TRUE(
        hasError(small, {u""_s, small.errors[0].key, u"nested too deeply: more than 64 levels"_s, 4, 75}));

    // 100,000 levels, as the whole document, inside a record list and as objects: one error each.
    const int depth = 100000;
    const QByteArray arrays = QByteArray(depth, '[') + QByteArray(depth, ']');
    QByteArray objects;
    for (int i = 0; i < depth; ++i)
        objects += "{\"a\":";
    const QList<QByteArray> texts = {
        arrays, head + "\"students\": " + arrays + "}",
        head + "\"students\": [" + objects + "1" + QByteArray(depth, '}') + "]}"};
    for (const QByteArray& text : texts) {
        const ReadResult result = readDataset(text);
        ASSERT_EQ(result.errors.size(), 1) << dump(result.errors);
        EXPECT_TRUE(result.errors[0].message.startsWith(u"nested too deeply"_s)) << dump(result.errors);
    }
    // Unterminated, too.
    EXPECT_FALSE(readDataset(head + "\"x\": " + QByteArray(depth, '[')).ok());
}

TEST(Hostile, HugeStringsAreRefusedBeforeParsing) {
    const QByteArray fifty(50 * 1024 * 1024, 'a');
    const ReadResult name = readDataset(head + "\"students\": [{\"id\": \"S1\", \"firstName\": \"" + fifty +
                                        "\", \"lastName\": \"B\"}]}");
    ASSERT_EQ(name.errors.size(), 1) << dump(name.errors);
    EXPECT_TRUE(
        hasError(name, {u"students[0] (id \"S1\")"_s, u"firstName"_s,
                        u"too long: 52428800 characters; no text may be longer than 20000"_s, 2, 40}));

    // An id that long cannot name its record; the line and column do.
    const ReadResult id = readDataset(head + "\"students\": [{\"id\": \"" + fifty + "\"}]}");
    EXPECT_TRUE(hasError(id, {u"students[0]"_s, u"id"_s, u"too long"_s, 2, 21})) << dump(id.errors);

    // Escapes count as the one character they stand for.
    QByteArray escaped;
    for (int i = 0; i <= input::kMaxFreeTextLength; ++i)
        escaped += "\\u00e9";
    EXPECT_TRUE(hasError(readDataset(head + "\"students\": [{\"id\": \"S1\", \"x\": \"" + escaped + "\"}]}"),
                         {u"students[0] (id \"S1\")"_s, u"x"_s, u"too long: 20001 characters"_s}));
}

TEST(Hostile, ProblemsOfTheTextAreListedUpToAHundred) {
    const ReadResult result = readDataset(head + "\"students\": [{\"id\": \"S1\", \"firstName\": \"" +
                                          QByteArray(1000, '\xE9') + "\"}]}");
    ASSERT_EQ(result.errors.size(), 101);
    EXPECT_EQ(result.errors.last().message, u"only the first 100 problems of the text are listed"_s);
}

// No timing assertion: were any of these quadratic, the suite would time out.
TEST(Hostile, ReadingStaysLinearInTheText) {
    // A top level of 200,000 unknown keys in decreasing order (the worst order for a sorted insertion).
    QByteArray keys = head;
    for (int i = 200000; i > 0; --i)
        keys += "\"k" + QByteArray::number(i) + "\": 0, ";
    keys += "\"students\": []}";
    const ReadResult top = readDataset(keys);
    EXPECT_TRUE(top.ok()) << dump(top.errors.mid(0, 3));
    EXPECT_EQ(top.warnings.size(), 200000);

    // 50,000 students with the same id: one duplicate error each, found by hashing.
    QByteArray same = head + "\"students\": [";
    for (int i = 0; i < 50000; ++i)
        same += QByteArray(i ? "," : "") + "{\"id\": \"S\", \"firstName\": \"A\", \"lastName\": \"B\"}";
    same += "]}";
    EXPECT_EQ(readDataset(same).errors.size(), 49999);
}

TEST(Hostile, ListsInsideARecordAreBounded) {
    const auto measureWithSlots = [](int count) {
        QJsonArray slots;
        for (int i = 0; i < count; ++i)
            slots.append(QJsonObject{{u"day"_s, u"mon"_s}, {u"start"_s, u"08:00"_s}, {u"end"_s, u"09:00"_s}});
        QJsonArray participants;
        for (int i = 0; i < count; ++i)
            participants.append(u"S1"_s);
        const QJsonObject measure{{u"id"_s, u"M1"_s},
                                  {u"kind"_s, u"responsibility"_s},
                                  {u"student"_s, u"S1"_s},
                                  {u"slots"_s, slots}};
        const QJsonObject group{{u"id"_s, u"G1"_s},
                                {u"kind"_s, u"workshop"_s},
                                {u"title"_s, u"T"_s},
                                {u"participants"_s, participants}};
        return readDataset(QJsonDocument(QJsonObject{{u"format"_s, u"passerelle"_s},
                                                     {u"version"_s, 1},
                                                     {u"measures"_s, QJsonArray{measure}},
                                                     {u"groups"_s, QJsonArray{group}}})
                               .toJson());
    };
    const ReadResult largest = measureWithSlots(input::kMaxListItems);
    ASSERT_TRUE(largest.ok()) << dump(largest.errors);
    EXPECT_EQ(largest.dataset.measures[0].slots.size(), input::kMaxListItems);
    EXPECT_EQ(largest.dataset.groups[0].participantIds.size(), input::kMaxListItems);

    const ReadResult above = measureWithSlots(input::kMaxListItems + 1);
    EXPECT_TRUE(
        hasError(above, {u"measures[0] (id \"M1\")"_s, u"slots"_s, u"too many items: 1001; at most 1000"_s}));
    EXPECT_TRUE(hasError(above, {u"groups[0] (id \"G1\")"_s, u"participants"_s, u"too many items: 1001"_s}));
    EXPECT_EQ(above.errors.size(), 2) << dump(above.errors);
}

namespace {

// One record of each kind with every bounded key at its largest value (`above` 0), or one above (1): ids and
// texts filled to their length, numbers to the top of their range, dates to the last day allowed. Free texts
// go above on their own (`freeAbove`): a text longer than any allowed refuses the file before its records are
// read, so it would hide the other keys' errors.
QJsonObject boundaryDocument(int above, int freeAbove = 0) {
    const auto number = [&](input::IntRange range) { return range.max + above; };
    const QString id(input::kMaxIdLength + above, u'x');
    const QString name(input::kMaxNameLength + above, u'x');
    const QString free(input::kMaxFreeTextLength + freeAbove, u'x');
    const QString lastDate = above ? u"2200-01-01"_s : u"2199-12-31"_s;
    const QString lastDateTime = above ? u"2200-01-01T00:00"_s : u"2199-12-31T23:59"_s;

    const QJsonObject organisation{{u"id"_s, id},      {u"kind"_s, u"school"_s},    {u"name"_s, name},
                                   {u"uai"_s, name},   {u"address"_s, free},        {u"phone"_s, name},
                                   {u"email"_s, name}, {u"activityDomain"_s, name}, {u"legalName"_s, name}};
    const QJsonObject person{{u"id"_s, id},         {u"organisation"_s, id}, {u"firstName"_s, name},
                             {u"lastName"_s, name}, {u"role"_s, name},       {u"email"_s, name},
                             {u"phone"_s, name}};
    const QJsonObject student{{u"id"_s, id},
                              {u"firstName"_s, name},
                              {u"lastName"_s, name},
                              {u"familyName"_s, name},
                              {u"birthDate"_s, lastDate},
                              {u"className"_s, name},
                              {u"school"_s, id},
                              {u"ine"_s, QString(input::kMaxIneLength + above, u'x')},
                              {u"siecleId"_s, id},
                              {u"leftOn"_s, lastDate},
                              {u"legalRepresentatives"_s, QJsonArray{QJsonObject{{u"firstName"_s, name},
                                                                                 {u"lastName"_s, name},
                                                                                 {u"relation"_s, name},
                                                                                 {u"address"_s, free},
                                                                                 {u"phone"_s, name},
                                                                                 {u"email"_s, name},
                                                                                 {u"siecleId"_s, id}}}}};
    const QJsonObject agreement{
        {u"id"_s, id},
        {u"kind"_s, u"generic"_s},
        {u"title"_s, name},
        {u"parties"_s, QJsonArray{QJsonObject{{u"organisation"_s, id},
                                              {u"representative"_s, id},
                                              {u"role"_s, name},
                                              {u"designation"_s, name},
                                              {u"delegation"_s, free},
                                              {u"signatureMention"_s, name}}}},
        {u"deliberations"_s, QJsonArray{QJsonObject{{u"body"_s, name},
                                                    {u"number"_s, name},
                                                    {u"date"_s, lastDate},
                                                    {u"receivedAt"_s, lastDate},
                                                    {u"transmittedAt"_s, lastDate},
                                                    {u"publishedOn"_s, lastDate}}}},
        {u"signedOn"_s, lastDate},
        {u"start"_s, lastDate},
        {u"end"_s, lastDate},
        {u"durationYears"_s, number(input::kDurationYears)},
        {u"noticeMonths"_s, number(input::kMonths)},
        {u"breachNoticeMonths"_s, number(input::kMonths)},
        {u"reviewEveryMonths"_s, number(input::kMonths)},
        {u"reviews"_s, QJsonArray{QJsonObject{{u"date"_s, lastDate}, {u"notes"_s, free}}}},
        {u"groupSize"_s,
         QJsonObject{{u"min"_s, number(input::kGroupSize)}, {u"max"_s, number(input::kGroupSize)}}},
        {u"partnerNoticeHours"_s, number(input::kHours)},
        {u"copies"_s, number(input::kCopies)},
        {u"signatures"_s, QJsonArray{QJsonObject{{u"organisation"_s, id}, {u"signedOn"_s, lastDate}}}},
        {u"clauses"_s,
         QJsonArray{
             QJsonObject{{u"number"_s, number(input::kArticleNumber)}, {u"title"_s, name}, {u"text"_s, free}},
             QJsonObject{{u"number"_s, QString::number(number(input::kArticleNumber))}}}},
        {u"amendments"_s,
         QJsonArray{QJsonObject{
             {u"number"_s, number(input::kArticleNumber)}, {u"signedOn"_s, lastDate}, {u"text"_s, free}}}},
        {u"resources"_s, QJsonArray{QJsonObject{{u"name"_s, name},
                                                {u"kind"_s, name},
                                                {u"audience"_s, name},
                                                {u"contact"_s, name},
                                                {u"phone"_s, name},
                                                {u"email"_s, name}}}},
        {u"handledDeadlines"_s, QJsonArray{QJsonObject{{u"rule"_s, u"DEADLINE-REVIEW"_s},
                                                       {u"due"_s, lastDate},
                                                       {u"on"_s, lastDate},
                                                       {u"note"_s, free}}}}};
    const QJsonObject insurance{{u"insurer"_s, name}, {u"contract"_s, name}};
    const QJsonObject measure{
        {u"id"_s, id},
        {u"kind"_s, u"exclusion-alternative"_s},
        {u"student"_s, id},
        {u"agreement"_s, id},
        {u"host"_s, id},
        {u"hostTutor"_s, id},
        {u"schoolFollower"_s, id},
        {u"start"_s, lastDate},
        {u"end"_s, lastDate},
        {u"exclusionDays"_s, number(input::kExclusionDays)},
        {u"objectives"_s, free},
        {u"activities"_s, free},
        {u"places"_s, free},
        {u"transport"_s, free},
        {u"insurances"_s, QJsonObject{{u"school"_s, insurance}, {u"host"_s, insurance}}},
        {u"signatures"_s, QJsonArray{QJsonObject{{u"role"_s, u"student"_s}, {u"signedOn"_s, lastDate}}}},
        {u"attendance"_s,
         QJsonArray{QJsonObject{{u"date"_s, lastDate}, {u"status"_s, u"present"_s}, {u"note"_s, free}}}},
        {u"incidents"_s, QJsonArray{QJsonObject{{u"at"_s, lastDateTime},
                                                {u"kind"_s, u"other"_s},
                                                {u"description"_s, free},
                                                {u"headNotifiedAt"_s, lastDateTime}}}},
        {u"hostReport"_s, QJsonObject{{u"writtenOn"_s, lastDate},
                                      {u"behaviour"_s, free},
                                      {u"involvement"_s, free},
                                      {u"text"_s, free}}}};
    const QJsonObject group{
        {u"id"_s, id},
        {u"kind"_s, u"workshop"_s},
        {u"agreement"_s, id},
        {u"title"_s, name},
        {u"participants"_s, QJsonArray{id}},
        {u"sessions"_s,
         QJsonArray{QJsonObject{
             {u"date"_s, lastDate},
             {u"cancelledAt"_s, lastDateTime},
             {u"attendance"_s,
              QJsonArray{QJsonObject{{u"student"_s, id}, {u"status"_s, u"absent"_s}, {u"note"_s, free}}}}}}}};
    return {{u"format"_s, u"passerelle"_s},
            {u"version"_s, 1},
            {u"organisations"_s, QJsonArray{organisation}},
            {u"people"_s, QJsonArray{person}},
            {u"students"_s, QJsonArray{student}},
            {u"agreements"_s, QJsonArray{agreement}},
            {u"measures"_s, QJsonArray{measure}},
            {u"groups"_s, QJsonArray{group}}};
}

}  // namespace

TEST(Hostile, TheLargestValueOfEveryBoundedKeyReads) {
    const ReadResult result = readAndCheckDataset(QJsonDocument(boundaryDocument(0)).toJson());
    ASSERT_TRUE(result.ok()) << dump(result.errors);
    EXPECT_TRUE(result.warnings.isEmpty()) << dump(result.warnings);
    const Agreement& agreement = result.dataset.agreements.at(0);
    EXPECT_EQ(agreement.noticeMonths, input::kMonths.max);
    EXPECT_EQ(agreement.partnerNoticeHours, input::kHours.max);
    EXPECT_EQ(agreement.copies, input::kCopies.max);
    EXPECT_EQ(agreement.clauses.at(1).number, input::kArticleNumber.max);
    EXPECT_EQ(agreement.handledDeadlines.at(0).note.size(), input::kMaxFreeTextLength);
    EXPECT_EQ(result.dataset.organisations.at(0).activityDomain.size(), input::kMaxNameLength);
    EXPECT_EQ(result.dataset.organisations.at(0).legalName.size(), input::kMaxNameLength);
    EXPECT_EQ(agreement.parties.at(0).delegation.size(), input::kMaxFreeTextLength);
    EXPECT_EQ(agreement.deliberations.at(0).publishedOn, QDate(2199, 12, 31));
    EXPECT_EQ(agreement.resources.at(0).audience.size(), input::kMaxNameLength);
    EXPECT_EQ(result.dataset.measures.at(0).objectives.size(), input::kMaxFreeTextLength);
    EXPECT_EQ(result.dataset.students.at(0).birthDate, QDate(2199, 12, 31));
    EXPECT_EQ(result.dataset.students.at(0).familyName.size(), input::kMaxNameLength);
    EXPECT_EQ(result.dataset.students.at(0).ine.size(), input::kMaxIneLength);
    EXPECT_EQ(result.dataset.students.at(0).siecleId.size(), input::kMaxIdLength);
    EXPECT_EQ(result.dataset.students.at(0).leftOn, QDate(2199, 12, 31));
    EXPECT_EQ(result.dataset.students.at(0).legalRepresentatives.at(0).siecleId.size(), input::kMaxIdLength);
}

namespace {

QStringList sortedKeys(const QList<Issue>& issues) {
    QStringList found;
    for (const Issue& issue : issues)
        found.append(issue.record.section(u' ', 0, 0) + u'|' + issue.key);
    found.sort();
    return found;
}

}  // namespace

TEST(Hostile, OneAboveTheLargestValueOfEveryBoundedKeyIsRefused) {
    const ReadResult result = readDataset(QJsonDocument(boundaryDocument(1)).toJson());
    // Each bounded key of the document gives one error; the ids are too long to name the records.
    QStringList expected = {
        // organisation
        u"organisations[0]|id"_s, u"organisations[0]|name"_s, u"organisations[0]|activityDomain"_s,
        u"organisations[0]|legalName"_s, u"organisations[0]|uai"_s, u"organisations[0]|phone"_s,
        u"organisations[0]|email"_s,
        // person
        u"people[0]|id"_s, u"people[0]|organisation"_s, u"people[0]|firstName"_s, u"people[0]|lastName"_s,
        u"people[0]|role"_s, u"people[0]|email"_s, u"people[0]|phone"_s,
        // student
        u"students[0]|id"_s, u"students[0]|firstName"_s, u"students[0]|lastName"_s,
        u"students[0]|familyName"_s, u"students[0]|birthDate"_s, u"students[0]|className"_s,
        u"students[0]|school"_s, u"students[0]|ine"_s, u"students[0]|siecleId"_s, u"students[0]|leftOn"_s,
        u"students[0]|legalRepresentatives[0].firstName"_s, u"students[0]|legalRepresentatives[0].lastName"_s,
        u"students[0]|legalRepresentatives[0].relation"_s, u"students[0]|legalRepresentatives[0].phone"_s,
        u"students[0]|legalRepresentatives[0].email"_s, u"students[0]|legalRepresentatives[0].siecleId"_s,
        // agreement
        u"agreements[0]|id"_s, u"agreements[0]|title"_s, u"agreements[0]|parties[0].organisation"_s,
        u"agreements[0]|parties[0].representative"_s, u"agreements[0]|parties[0].role"_s,
        u"agreements[0]|parties[0].designation"_s, u"agreements[0]|parties[0].signatureMention"_s,
        u"agreements[0]|deliberations[0].body"_s, u"agreements[0]|deliberations[0].number"_s,
        u"agreements[0]|deliberations[0].date"_s, u"agreements[0]|deliberations[0].receivedAt"_s,
        u"agreements[0]|deliberations[0].transmittedAt"_s, u"agreements[0]|deliberations[0].publishedOn"_s,
        u"agreements[0]|signedOn"_s, u"agreements[0]|start"_s, u"agreements[0]|end"_s,
        u"agreements[0]|durationYears"_s, u"agreements[0]|noticeMonths"_s,
        u"agreements[0]|breachNoticeMonths"_s, u"agreements[0]|reviewEveryMonths"_s,
        u"agreements[0]|reviews[0].date"_s, u"agreements[0]|groupSize.min"_s,
        u"agreements[0]|groupSize.max"_s, u"agreements[0]|partnerNoticeHours"_s, u"agreements[0]|copies"_s,
        u"agreements[0]|signatures[0].organisation"_s, u"agreements[0]|signatures[0].signedOn"_s,
        u"agreements[0]|clauses[0].number"_s, u"agreements[0]|clauses[0].title"_s,
        u"agreements[0]|clauses[1].number"_s, u"agreements[0]|amendments[0].number"_s,
        u"agreements[0]|amendments[0].signedOn"_s, u"agreements[0]|resources[0].name"_s,
        u"agreements[0]|resources[0].kind"_s, u"agreements[0]|resources[0].audience"_s,
        u"agreements[0]|resources[0].contact"_s, u"agreements[0]|resources[0].phone"_s,
        u"agreements[0]|resources[0].email"_s, u"agreements[0]|handledDeadlines[0].due"_s,
        u"agreements[0]|handledDeadlines[0].on"_s,
        // measure
        u"measures[0]|id"_s, u"measures[0]|student"_s, u"measures[0]|agreement"_s, u"measures[0]|host"_s,
        u"measures[0]|hostTutor"_s, u"measures[0]|schoolFollower"_s, u"measures[0]|start"_s,
        u"measures[0]|end"_s, u"measures[0]|exclusionDays"_s, u"measures[0]|insurances.school.insurer"_s,
        u"measures[0]|insurances.school.contract"_s, u"measures[0]|insurances.host.insurer"_s,
        u"measures[0]|insurances.host.contract"_s, u"measures[0]|signatures[0].signedOn"_s,
        u"measures[0]|attendance[0].date"_s, u"measures[0]|incidents[0].at"_s,
        u"measures[0]|incidents[0].headNotifiedAt"_s, u"measures[0]|hostReport.writtenOn"_s,
        // group
        u"groups[0]|id"_s, u"groups[0]|agreement"_s, u"groups[0]|title"_s, u"groups[0]|participants[0]"_s,
        u"groups[0]|sessions[0].date"_s, u"groups[0]|sessions[0].cancelledAt"_s,
        u"groups[0]|sessions[0].attendance[0].student"_s};
    for (const Issue& issue : result.errors) {
        EXPECT_TRUE(issue.message.startsWith(u"too long"_s) || issue.message.startsWith(u"out of range"_s))
            << issue.describe().toStdString();
        // Ids too long cannot name a record: every issue is placed in the text instead.
        EXPECT_TRUE(issue.line.has_value()) << issue.describe().toStdString();
    }
    expected.sort();
    EXPECT_EQ(sortedKeys(result.errors), expected) << dump(result.errors);

    // Free texts, one character too long: refused from the text, each with its record (named by its id) and
    // key.
    const ReadResult free = readDataset(QJsonDocument(boundaryDocument(0, 1)).toJson());
    QStringList freeKeys = {u"organisations[0]|address"_s,
                            u"students[0]|legalRepresentatives[0].address"_s,
                            u"agreements[0]|parties[0].delegation"_s,
                            u"agreements[0]|reviews[0].notes"_s,
                            u"agreements[0]|clauses[0].text"_s,
                            u"agreements[0]|amendments[0].text"_s,
                            u"agreements[0]|handledDeadlines[0].note"_s,
                            u"measures[0]|objectives"_s,
                            u"measures[0]|activities"_s,
                            u"measures[0]|places"_s,
                            u"measures[0]|transport"_s,
                            u"measures[0]|attendance[0].note"_s,
                            u"measures[0]|incidents[0].description"_s,
                            u"measures[0]|hostReport.behaviour"_s,
                            u"measures[0]|hostReport.involvement"_s,
                            u"measures[0]|hostReport.text"_s,
                            u"groups[0]|sessions[0].attendance[0].note"_s};
    freeKeys.sort();
    EXPECT_EQ(sortedKeys(free.errors), freeKeys) << dump(free.errors);
    for (const Issue& issue : free.errors) {
        EXPECT_EQ(issue.message, u"too long: 20001 characters; no text may be longer than 20000"_s);
        EXPECT_EQ(issue.recordId, QString(input::kMaxIdLength, u'x'));
    }
}

// A record's texts and lists may not all be at their bounds at once: its whole JSON is bounded too, so that
// no record prints thousands of pages. A measure's dates span at most a school year and its summer.
TEST(Hostile, ARecordAndAMeasuresSpanAreBoundedAsAWhole) {
    const auto document = [](int clauses, const QString& end) {
        QJsonArray articles;
        for (int i = 0; i < clauses; ++i) {
            articles.append(
                QJsonObject{{u"number"_s, i + 1}, {u"text"_s, QString(input::kMaxFreeTextLength, u'x')}});
        }
        const QJsonObject agreement{
            {u"id"_s, u"A1"_s}, {u"kind"_s, u"generic"_s}, {u"title"_s, u"T"_s}, {u"clauses"_s, articles}};
        const QJsonObject measure{{u"id"_s, u"M1"_s},
                                  {u"kind"_s, u"responsibility"_s},
                                  {u"student"_s, u"S1"_s},
                                  {u"start"_s, u"2026-09-01"_s},
                                  {u"end"_s, end}};
        return readDataset(QJsonDocument(QJsonObject{{u"format"_s, u"passerelle"_s},
                                                     {u"version"_s, 1},
                                                     {u"agreements"_s, QJsonArray{agreement}},
                                                     {u"measures"_s, QJsonArray{measure}}})
                               .toJson());
    };
    const int fitting = input::kMaxRecordBytes / (input::kMaxFreeTextLength + 64);
    const QString lastEnd = QDate(2026, 9, 1).addDays(input::kMaxMeasureDays).toString(Qt::ISODate);
    const ReadResult largest = document(fitting, lastEnd);
    ASSERT_TRUE(largest.ok()) << dump(largest.errors);
    EXPECT_EQ(largest.dataset.agreements.at(0).clauses.size(), fitting);

    const QString oneDayMore = QDate(2026, 9, 1).addDays(input::kMaxMeasureDays + 1).toString(Qt::ISODate);
    const ReadResult above = document(fitting + 2, oneDayMore);
    EXPECT_TRUE(hasError(above, {u"agreements[0] (id \"A1\")"_s, {}, u"record too large"_s}));
    EXPECT_TRUE(hasError(above, {u"measures[0] (id \"M1\")"_s, u"end"_s, u"the measure spans 401 days"_s}));
    EXPECT_EQ(above.errors.size(), 2) << dump(above.errors);
}
