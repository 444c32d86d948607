// The exact bytes writeDataset produces: key order, indentation, one-line small objects, escapes.
#include "passerelle/exchange/json_format.h"

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::exchange;
using namespace Qt::Literals::StringLiterals;

TEST(WriteDataset, EmptyDatasetListsEveryKind) {
    EXPECT_EQ(writeDataset({}),
              "{\n"
              "  \"format\": \"passerelle\",\n"
              "  \"version\": 1,\n"
              "  \"organisations\": [],\n"
              "  \"people\": [],\n"
              "  \"students\": [],\n"
              "  \"agreements\": [],\n"
              "  \"measures\": [],\n"
              "  \"groups\": []\n"
              "}\n");
}

TEST(WriteDataset, FixedKeyOrderIndentationAndOmittedEmptyValues) {
    Dataset d;
    Organisation school;
    school.id = u"O1"_s;
    school.kind = OrganisationKind::School;
    school.name = u"Collège Molière"_s;
    school.uai = u"0941234A"_s;
    school.teachingHours = {{Weekday::Monday, QTime(8, 0), QTime(12, 0)}};
    d.organisations = {school};
    Student student;
    student.id = u"S1"_s;
    student.firstName = u"Hélène"_s;
    student.lastName = u"Cœur"_s;
    student.birthDate = QDate(2011, 3, 4);
    student.schoolId = u"O1"_s;
    student.consents.followUp = true;
    d.students = {student};
    const QByteArray expected =
        "{\n"
        "  \"format\": \"passerelle\",\n"
        "  \"version\": 1,\n"
        "  \"organisations\": [\n"
        "    {\n"
        "      \"id\": \"O1\",\n"
        "      \"kind\": \"school\",\n"
        "      \"name\": \"Collège Molière\",\n"
        "      \"uai\": \"0941234A\",\n"
        "      \"teachingHours\": [\n"
        "        {\"day\": \"mon\", \"start\": \"08:00\", \"end\": \"12:00\"}\n"
        "      ]\n"
        "    }\n"
        "  ],\n"
        "  \"people\": [],\n"
        "  \"students\": [\n"
        "    {\n"
        "      \"id\": \"S1\",\n"
        "      \"firstName\": \"Hélène\",\n"
        "      \"lastName\": \"Cœur\",\n"
        "      \"birthDate\": \"2011-03-04\",\n"
        "      \"school\": \"O1\",\n"
        "      \"consents\": {\"followUp\": true, \"image\": false}\n"
        "    }\n"
        "  ],\n"
        "  \"agreements\": [],\n"
        "  \"measures\": [],\n"
        "  \"groups\": []\n"
        "}\n";
    EXPECT_EQ(writeDataset(d), expected);
}

TEST(WriteDataset, EscapesQuotesBackslashesAndControlCharactersOnly) {
    Dataset d;
    Person person;
    person.id = u"P1"_s;
    person.organisationId = u"O1"_s;
    person.lastName = u"a\"b\\c\nd\te\u0001f é’œ"_s;
    d.people = {person};
    const QByteArray text = writeDataset(d);
    EXPECT_TRUE(text.contains(R"("lastName": "a\"b\\c\nd\te\u0001f é’œ")")) << text.toStdString();
}
