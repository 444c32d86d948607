// Syntax errors wherever they are in the document: the file is split into records before each is parsed, so
// every place a split can go wrong is covered, each with the line and column of the culprit.
#include "passerelle/exchange/json_format.h"

#include <gtest/gtest.h>

using namespace passerelle::exchange;
using namespace Qt::Literals::StringLiterals;

namespace {

// The only error of a document refused for its syntax, as text GoogleTest prints readably.
std::string syntaxError(const QByteArray& text) {
    const ReadResult result = readDataset(text);
    if (result.errors.size() != 1)
        return "(" + std::to_string(result.errors.size()) + " errors)";
    EXPECT_TRUE(result.warnings.isEmpty());
    EXPECT_EQ(result.dataset.recordCount(), 0);
    return result.errors[0].message.toStdString();
}

const QByteArray head = "{\"format\": \"passerelle\", \"version\": 1,\n";

}  // namespace

TEST(Syntax, ErrorInsideARecordRefusesTheWholeFile) {
    const QByteArray text =
        head +
        "\"students\": [\n"
        "  {\"id\": \"S1\", \"firstName\": \"A\", \"lastName\": \"B\", \"birthDate\": \"bad\"},\n"
        "  {\"id\": \"S2\", \"firstName\": tru, \"lastName\": \"B\"}\n"
        "]}\n";
    // The first student's bad date is not reported: a file that is not JSON is refused for that alone. Qt
    // points at the "," where it gave up reading "tru".
    EXPECT_EQ(syntaxError(text), "JSON syntax error at line 4, column 32: illegal value");
}

TEST(Syntax, StructureBetweenRecords) {
    EXPECT_EQ(syntaxError(head + "\"students\": [{\"id\": \"S1\"} {\"id\": \"S2\"}]}"),
              "JSON syntax error at line 2, column 27: missing value separator");
    EXPECT_EQ(syntaxError(head + "\"students\": [{\"id\": \"S1\"},]}"),
              "JSON syntax error at line 2, column 27: illegal value");
    EXPECT_EQ(syntaxError(head + "\"students\": [{\"id\": \"S1\"}"),
              "JSON syntax error at line 2, column 25: unterminated array");
    EXPECT_EQ(syntaxError(head + "\"students\": [{\"id\": \"S1]}"),
              "JSON syntax error at line 2, column 25: unterminated string");
    EXPECT_EQ(syntaxError(head + "\"students\": [{\"id\": [\"S1\"}]}"),
              "JSON syntax error at line 2, column 26: unexpected '}'");
}

// Errors at the end of the text point at its last character.
TEST(Syntax, StructureOfTheTopLevel) {
    EXPECT_EQ(syntaxError("{\"format\" \"passerelle\"}"),
              "JSON syntax error at line 1, column 11: missing name separator");
    EXPECT_EQ(syntaxError("{\"format\": \"passerelle\" \"version\": 1}"),
              "JSON syntax error at line 1, column 25: missing value separator");
    EXPECT_EQ(syntaxError("{\"format\": \"passerelle\", version: 1}"),
              "JSON syntax error at line 1, column 26: expected a key");
    EXPECT_EQ(syntaxError("{\"format\": \"passerelle\"} x"),
              "JSON syntax error at line 1, column 26: garbage at the end of the document");
    EXPECT_EQ(syntaxError("{\"format\": \"passerelle\""),
              "JSON syntax error at line 1, column 23: unterminated object");
    EXPECT_EQ(syntaxError("   \n  "), "JSON syntax error at line 2, column 2: the document is empty");
    EXPECT_EQ(syntaxError("{\"version\": 1, \"version\": 2}"),
              "JSON syntax error at line 1, column 16: duplicate key \"version\"");
}

TEST(Syntax, ValuesOutsideTheRecordListsAreParsedToo) {
    // An unknown key's value is ignored, but it must still be JSON.
    EXPECT_EQ(syntaxError(head + "\"extra\": {\"a\": [1, 2,]}}"),
              "JSON syntax error at line 2, column 22: object is missing after a comma");
    EXPECT_EQ(syntaxError("{\"format\": \"passerelle\", \"version\": 01}").substr(0, 38),
              "JSON syntax error at line 1, column 38");
}

TEST(Syntax, TopLevelMustBeAnObject) {
    ASSERT_EQ(readDataset("[1, 2]").errors.size(), 1);
    EXPECT_EQ(readDataset("[1, 2]").errors[0].message,
              u"the document must be a JSON object, found an array"_s);
    EXPECT_TRUE(readDataset("[1, 2").errors[0].message.startsWith(u"JSON syntax error"_s));
    EXPECT_TRUE(readDataset("\"passerelle\"").errors[0].message.startsWith(u"JSON syntax error"_s) ||
                readDataset("\"passerelle\"").errors[0].message.contains(u"found a string"_s));
}

TEST(Syntax, StringsMayHoldBracketsQuotesAndEscapedKeys) {
    const QByteArray text =
        head +
        "\"stu\\u0064ents\": [{\"id\": \"S]}1\", \"firstName\": \"a \\\"[{\\\\\", \"lastName\": \"}\"}],\n"
        "\"people\": []}";
    const ReadResult result = readDataset(text);
    ASSERT_TRUE(result.ok()) << result.errors.value(0).describe().toStdString();
    EXPECT_TRUE(result.warnings.isEmpty());
    ASSERT_EQ(result.dataset.students.size(), 1);
    EXPECT_EQ(result.dataset.students[0].id, u"S]}1"_s);
    EXPECT_EQ(result.dataset.students[0].firstName, u"a \"[{\\"_s);
}

TEST(Syntax, RecordListThatIsNotAnArray) {
    const ReadResult result = readDataset(head + "\"students\": {\"id\": \"S1\"}, \"people\": null}");
    ASSERT_EQ(result.errors.size(), 1);
    EXPECT_EQ(result.errors[0].key, u"students"_s);
    EXPECT_EQ(result.errors[0].message, u"expected an array, found an object"_s);
}
