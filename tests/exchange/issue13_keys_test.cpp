// The keys issue 13 added for students from SIECLE: a student's `familyName` (the birth name), `ine`,
// `siecleId` (ELEVE_ID) and `leftOn`, a legal representative's `siecleId` (PERSONNE_ID). Read, refused with
// the record and key named when too long, written in their place (only when set, so that earlier files are
// written back byte for byte) and read back.
#include "passerelle/domain/input_limits.h"
#include "passerelle/exchange/json_format.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::exchange;
using namespace Qt::Literals::StringLiterals;

namespace {

// One student with `keys` added, and a representative with `representativeKeys` added.
ReadResult readStudentWith(const QJsonObject& keys, const QJsonObject& representativeKeys = {}) {
    QJsonObject representative{{u"lastName"_s, u"Bœuf"_s}};
    for (auto it = representativeKeys.begin(); it != representativeKeys.end(); ++it)
        representative.insert(it.key(), it.value());
    QJsonObject student{{u"id"_s, u"S1"_s},
                        {u"firstName"_s, u"Lætitia"_s},
                        {u"lastName"_s, u"Bœuf-Hébert"_s},
                        {u"legalRepresentatives"_s, QJsonArray{representative}}};
    for (auto it = keys.begin(); it != keys.end(); ++it)
        student.insert(it.key(), it.value());
    const QJsonObject document{
        {u"format"_s, u"passerelle"_s}, {u"version"_s, 1}, {u"students"_s, QJsonArray{student}}};
    return readDataset(QJsonDocument(document).toJson());
}

std::string dump(const QList<Issue>& issues) {
    std::string text;
    for (const Issue& issue : issues)
        text += issue.describe().toStdString() + "\n";
    return text;
}

QStringList keysAndMessages(const QList<Issue>& issues) {
    QStringList found;
    for (const Issue& issue : issues)
        found << issue.key + u": "_s + issue.message;
    return found;
}

}  // namespace

TEST(Issue13Keys, AStudentsSiecleIdentityIsRead) {
    const ReadResult result = readStudentWith({{u"familyName"_s, u"Hébert"_s},
                                               {u"ine"_s, u"070803070AJ"_s},
                                               {u"siecleId"_s, u"1234567"_s},
                                               {u"leftOn"_s, u"2026-07-04"_s}},
                                              {{u"siecleId"_s, u"712345"_s}});
    ASSERT_TRUE(result.ok()) << dump(result.errors);
    EXPECT_TRUE(result.warnings.isEmpty()) << dump(result.warnings);
    const Student& student = result.dataset.students.at(0);
    EXPECT_EQ(student.familyName, u"Hébert"_s);
    EXPECT_EQ(student.ine, u"070803070AJ"_s);
    EXPECT_EQ(student.siecleId, u"1234567"_s);
    EXPECT_EQ(student.leftOn, QDate(2026, 7, 4));
    EXPECT_EQ(student.legalRepresentatives.at(0).siecleId, u"712345"_s);

    // Absent or null: nothing.
    for (const QJsonValue& none : {QJsonValue(QJsonValue::Null), QJsonValue(u""_s)}) {
        const ReadResult empty = readStudentWith({{u"familyName"_s, none},
                                                  {u"ine"_s, none},
                                                  {u"siecleId"_s, none},
                                                  {u"leftOn"_s, QJsonValue::Null}},
                                                 {{u"siecleId"_s, none}});
        ASSERT_TRUE(empty.ok()) << dump(empty.errors);
        const Student& bare = empty.dataset.students.at(0);
        EXPECT_TRUE(bare.familyName.isEmpty());
        EXPECT_TRUE(bare.ine.isEmpty());
        EXPECT_TRUE(bare.siecleId.isEmpty());
        EXPECT_FALSE(bare.leftOn.isValid());
        EXPECT_TRUE(bare.legalRepresentatives.at(0).siecleId.isEmpty());
    }
}

TEST(Issue13Keys, OnlyLengthsAreChecked) {
    // An INE is 11 characters; anything up to 20 is taken as it is (the shape is no concern of the format),
    // and a date of leaving in the past or before the birth date is no error either.
    for (const QString& ine :
         {u"070803070AJ"_s, u"1234"_s, u"070803070aj "_s, QString(input::kMaxIneLength, u'9')}) {
        const ReadResult result = readStudentWith(
            {{u"ine"_s, ine}, {u"birthDate"_s, u"2012-02-29"_s}, {u"leftOn"_s, u"2001-09-01"_s}});
        ASSERT_TRUE(result.ok()) << ine.toStdString() << "\n" << dump(result.errors);
        EXPECT_TRUE(result.warnings.isEmpty()) << dump(result.warnings);
        EXPECT_EQ(result.dataset.students.at(0).ine, ine);
        EXPECT_EQ(result.dataset.students.at(0).leftOn, QDate(2001, 9, 1));
    }
    const ReadResult largest = readStudentWith({{u"familyName"_s, QString(input::kMaxNameLength, u'x')},
                                                {u"siecleId"_s, QString(input::kMaxIdLength, u'7')}},
                                               {{u"siecleId"_s, QString(input::kMaxIdLength, u'7')}});
    ASSERT_TRUE(largest.ok()) << dump(largest.errors);

    const ReadResult tooLong = readStudentWith({{u"familyName"_s, QString(input::kMaxNameLength + 1, u'x')},
                                                {u"ine"_s, QString(input::kMaxIneLength + 1, u'9')},
                                                {u"siecleId"_s, QString(input::kMaxIdLength + 1, u'7')}},
                                               {{u"siecleId"_s, QString(input::kMaxIdLength + 1, u'7')}});
    EXPECT_EQ(keysAndMessages(tooLong.errors),
              (QStringList{u"familyName: too long: 201 characters; at most 200"_s,
                           u"ine: too long: 21 characters; at most 20"_s,
                           u"siecleId: too long: 65 characters; at most 64"_s,
                           u"legalRepresentatives[0].siecleId: too long: 65 characters; at most 64"_s}))
        << dump(tooLong.errors);
    for (const Issue& issue : tooLong.errors)
        EXPECT_EQ(issue.record.section(u' ', 0, 0), u"students[0]"_s);

    const ReadResult number = readStudentWith({{u"ine"_s, 70803070}});
    EXPECT_EQ(keysAndMessages(number.errors), QStringList{u"ine: expected a string, found a number"_s})
        << dump(number.errors);
    const ReadResult badDate = readStudentWith({{u"leftOn"_s, u"04/07/2026"_s}});
    ASSERT_EQ(badDate.errors.size(), 1) << dump(badDate.errors);
    EXPECT_EQ(badDate.errors.at(0).key, u"leftOn"_s);
}

TEST(Issue13Keys, WrittenInTheirPlaceOnlyWhenSetAndReadBack) {
    Dataset d;
    Student student{
        .id = u"S1"_s,
        .firstName = u"Lætitia"_s,
        .lastName = u"Bœuf-Hébert"_s,
        .birthDate = QDate(2012, 2, 29),
        .className = u"3e B"_s,
        .legalRepresentatives = {{.lastName = u"Bœuf"_s, .civility = u"Mme"_s, .siecleId = u"712345"_s},
                                 {.lastName = u"Hébert"_s}},
        .familyName = u"Hébert"_s,
        .ine = u"070803070AJ"_s,
        .siecleId = u"1234567"_s,
        .leftOn = QDate(2026, 7, 4)};
    d.students = {student};
    const QByteArray written = writeDataset(d);
    EXPECT_TRUE(
        written.contains("      \"lastName\": \"Bœuf-Hébert\",\n"
                         "      \"familyName\": \"Hébert\",\n"
                         "      \"birthDate\": \"2012-02-29\",\n"
                         "      \"className\": \"3e B\",\n"
                         "      \"ine\": \"070803070AJ\",\n"
                         "      \"siecleId\": \"1234567\",\n"
                         "      \"leftOn\": \"2026-07-04\",\n"))
        << written.toStdString();
    EXPECT_TRUE(written.contains("{\"civility\": \"Mme\", \"lastName\": \"Bœuf\", \"siecleId\": \"712345\"}"))
        << written.toStdString();
    EXPECT_TRUE(written.contains("{\"lastName\": \"Hébert\"}")) << written.toStdString();
    const ReadResult read = readDataset(written);
    ASSERT_TRUE(read.ok()) << dump(read.errors);
    EXPECT_TRUE(read.dataset == d);
    EXPECT_EQ(writeDataset(read.dataset), written);

    // None: the keys are left out, so files without them stay byte-identical.
    Student typed = student;
    typed.familyName.clear();
    typed.ine.clear();
    typed.siecleId.clear();
    typed.leftOn = {};
    typed.legalRepresentatives[0].siecleId.clear();
    d.students = {typed};
    const QByteArray without = writeDataset(d);
    for (const char* key : {"familyName", "ine", "siecleId", "leftOn"})
        EXPECT_FALSE(without.contains(key)) << key;
    const QByteArray before =
        "{\n"
        "  \"format\": \"passerelle\",\n"
        "  \"version\": 1,\n"
        "  \"organisations\": [],\n"
        "  \"people\": [],\n"
        "  \"students\": [\n"
        "    {\n"
        "      \"id\": \"S1\",\n"
        "      \"firstName\": \"Lætitia\",\n"
        "      \"lastName\": \"Bœuf-Hébert\",\n"
        "      \"birthDate\": \"2012-02-29\",\n"
        "      \"className\": \"3e B\",\n"
        "      \"legalRepresentatives\": [\n"
        "        {\"civility\": \"Mme\", \"lastName\": \"Bœuf\"},\n"
        "        {\"lastName\": \"Hébert\"}\n"
        "      ],\n"
        "      \"consents\": {\"followUp\": false, \"image\": false}\n"
        "    }\n"
        "  ],\n"
        "  \"agreements\": [],\n"
        "  \"measures\": [],\n"
        "  \"groups\": []\n"
        "}\n";
    EXPECT_EQ(without, before);
    const ReadResult old = readDataset(before);
    ASSERT_TRUE(old.ok()) << dump(old.errors);
    EXPECT_EQ(writeDataset(old.dataset), before);
}
