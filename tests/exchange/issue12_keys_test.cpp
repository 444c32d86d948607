// The keys issue 12 added: `civility` on people and legal representatives, a party's `designation`,
// `delegation` and `signatureMention`, a deliberation's `receivedAt`, `transmittedAt` and `publishedOn`, an
// agreement's `resources`, an organisation's `legalName`. Read, refused with the record and key named,
// written in their place (only when set, so that earlier files are written back byte for byte) and read back.
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

ReadResult readDocument(const QJsonObject& lists) {
    QJsonObject document{{u"format"_s, u"passerelle"_s}, {u"version"_s, 1}};
    for (auto it = lists.begin(); it != lists.end(); ++it)
        document.insert(it.key(), it.value());
    return readDataset(QJsonDocument(document).toJson());
}

ReadResult readPersonWith(const QJsonValue& civility) {
    return readDocument({{u"people"_s, QJsonArray{QJsonObject{{u"id"_s, u"P1"_s},
                                                              {u"organisation"_s, u"O1"_s},
                                                              {u"lastName"_s, u"Ancher"_s},
                                                              {u"civility"_s, civility}}}}});
}

ReadResult readRepresentativesWith(const QJsonArray& representatives) {
    return readDocument(
        {{u"students"_s, QJsonArray{QJsonObject{{u"id"_s, u"S1"_s},
                                                {u"firstName"_s, u"Lætitia"_s},
                                                {u"lastName"_s, u"Bœuf"_s},
                                                {u"legalRepresentatives"_s, representatives}}}}});
}

ReadResult readAgreementWith(const QJsonObject& keys) {
    QJsonObject agreement{{u"id"_s, u"A1"_s}, {u"kind"_s, u"generic"_s}, {u"title"_s, u"Convention"_s}};
    for (auto it = keys.begin(); it != keys.end(); ++it)
        agreement.insert(it.key(), it.value());
    return readDocument({{u"agreements"_s, QJsonArray{agreement}}});
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

TEST(CivilityKey, MonsieurMadameOrNothingAreRead) {
    for (const QString& civility : {u"M."_s, u"Mme"_s, u""_s}) {
        const ReadResult result = readPersonWith(civility);
        ASSERT_TRUE(result.ok()) << dump(result.errors);
        EXPECT_TRUE(result.warnings.isEmpty()) << dump(result.warnings);
        EXPECT_EQ(result.dataset.people.at(0).civility, civility);
    }
    EXPECT_TRUE(readPersonWith(QJsonValue::Null).ok());
    EXPECT_TRUE(readPersonWith(QJsonValue::Null).dataset.people.at(0).civility.isEmpty());

    const ReadResult representatives =
        readRepresentativesWith({QJsonObject{{u"civility"_s, u"Mme"_s}, {u"lastName"_s, u"Bœuf"_s}},
                                 QJsonObject{{u"civility"_s, u"M."_s}, {u"lastName"_s, u"Hébert"_s}},
                                 QJsonObject{{u"lastName"_s, u"Martin"_s}}});
    ASSERT_TRUE(representatives.ok()) << dump(representatives.errors);
    const auto& read = representatives.dataset.students.at(0).legalRepresentatives;
    ASSERT_EQ(read.size(), 3);
    EXPECT_EQ(read[0].civility, u"Mme"_s);
    EXPECT_EQ(read[1].civility, u"M."_s);
    EXPECT_EQ(read[2].civility, QString());
}

// « Mlle », « Monsieur », « Mr », « mme » or a stray space: an error naming the record and the key, as any
// other value outside its set.
TEST(CivilityKey, AnUnknownCivilityNamesTheRecordAndKey) {
    const ReadResult person = readPersonWith(u"Mlle"_s);
    ASSERT_EQ(person.errors.size(), 1) << dump(person.errors);
    EXPECT_EQ(person.errors[0].record, u"people[0] (id \"P1\")"_s);
    EXPECT_EQ(person.errors[0].recordId, u"P1"_s);
    EXPECT_EQ(person.errors[0].key, u"civility"_s);
    EXPECT_EQ(person.errors[0].message,
              u"unknown value \"Mlle\"; expected one of: M., Mme (or no civility)"_s);
    EXPECT_EQ(person.errors[0].describe(),
              u"people[0] (id \"P1\"): civility: unknown value \"Mlle\"; expected one of: M., Mme (or no "
              "civility)"_s)
        << person.errors[0].describe().toStdString();

    const ReadResult representatives = readRepresentativesWith(
        {QJsonObject{{u"civility"_s, u"Mme"_s}}, QJsonObject{{u"civility"_s, u"Monsieur"_s}},
         QJsonObject{{u"civility"_s, u"mme"_s}}, QJsonObject{{u"civility"_s, u"M. "_s}},
         QJsonObject{{u"civility"_s, 1}}});
    for (const Issue& issue : representatives.errors)
        EXPECT_EQ(issue.record, u"students[0] (id \"S1\")"_s);
    EXPECT_EQ(
        keysAndMessages(representatives.errors),
        (QStringList{
            u"legalRepresentatives[1].civility: unknown value \"Monsieur\"; expected one of: M., Mme (or "
            "no civility)"_s,
            u"legalRepresentatives[2].civility: unknown value \"mme\"; expected one of: M., Mme (or no "
            "civility)"_s,
            u"legalRepresentatives[3].civility: unknown value \"M. \"; expected one of: M., Mme (or no "
            "civility)"_s,
            u"legalRepresentatives[4].civility: expected a string, found a number"_s,
        }))
        << dump(representatives.errors);
}

TEST(PartyAndDeliberationKeys, ReadWithTheirBoundsAndDates) {
    const QString delegation =
        u"agissant au nom et pour le compte de ladite Ville en exécution de la délibération du Conseil "
        "municipal en date du 22 mars 2023 et en vertu de l'arrêté de Monsieur le Maire en date du 3 avril "
        "2023"_s;
    const ReadResult result = readAgreementWith(
        {{u"parties"_s, QJsonArray{QJsonObject{{u"organisation"_s, u"O3"_s},
                                               {u"designation"_s, u"la Ville"_s},
                                               {u"delegation"_s, delegation},
                                               {u"signatureMention"_s, u"P. le Maire de Rouen"_s}},
                                   QJsonObject{{u"organisation"_s, u"O1"_s}}}},
         {u"deliberations"_s, QJsonArray{QJsonObject{{u"body"_s, u"Conseil municipal"_s},
                                                     {u"date"_s, u"2023-03-22"_s},
                                                     {u"receivedAt"_s, u"2023-03-27"_s},
                                                     {u"transmittedAt"_s, u"2023-03-24"_s},
                                                     {u"publishedOn"_s, u"2023-03-28"_s}},
                                         QJsonObject{{u"body"_s, u"Conseil d'administration"_s}}}}});
    ASSERT_TRUE(result.ok()) << dump(result.errors);
    EXPECT_TRUE(result.warnings.isEmpty()) << dump(result.warnings);
    const Agreement& agreement = result.dataset.agreements.at(0);
    EXPECT_EQ(agreement.parties.at(0),
              (Party{u"O3"_s, {}, {}, u"la Ville"_s, delegation, u"P. le Maire de Rouen"_s}));
    EXPECT_EQ(agreement.parties.at(1), (Party{u"O1"_s}));
    EXPECT_EQ(agreement.deliberations.at(0), (Deliberation{u"Conseil municipal"_s,
                                                           {},
                                                           QDate(2023, 3, 22),
                                                           QDate(2023, 3, 27),
                                                           QDate(2023, 3, 24),
                                                           QDate(2023, 3, 28)}));
    EXPECT_EQ(agreement.deliberations.at(1), (Deliberation{u"Conseil d'administration"_s}));

    const ReadResult bad = readAgreementWith(
        {{u"parties"_s, QJsonArray{QJsonObject{{u"organisation"_s, u"O3"_s},
                                               {u"designation"_s, QString(input::kMaxNameLength + 1, u'x')},
                                               {u"delegation"_s, QString(input::kMaxFreeTextLength, u'x')},
                                               {u"signatureMention"_s, 3}}}},
         {u"deliberations"_s, QJsonArray{QJsonObject{{u"receivedAt"_s, u"2023-02-29"_s},
                                                     {u"transmittedAt"_s, u"23/03/2023"_s},
                                                     {u"publishedOn"_s, u"2200-01-01"_s}}}}});
    for (const Issue& issue : bad.errors)
        EXPECT_EQ(issue.record, u"agreements[0] (id \"A1\")"_s);
    EXPECT_EQ(keysAndMessages(bad.errors),
              (QStringList{
                  u"parties[0].designation: too long: 201 characters; at most 200"_s,
                  u"parties[0].signatureMention: expected a string, found a number"_s,
                  u"deliberations[0].receivedAt: not a date (YYYY-MM-DD): \"2023-02-29\""_s,
                  u"deliberations[0].transmittedAt: not a date (YYYY-MM-DD): \"23/03/2023\""_s,
                  u"deliberations[0].publishedOn: out of range: \"2200-01-01\"; dates lie between 1900-01-01 "
                  "and 2199-12-31"_s,
              }))
        << dump(bad.errors);
}

TEST(ResourcesKey, ReadBoundedAndUnknownKeysWarned) {
    const ReadResult result = readAgreementWith(
        {{u"resources"_s,
          QJsonArray{QJsonObject{{u"name"_s, u"Maison des adolescents"_s},
                                 {u"kind"_s, u"Santé"_s},
                                 {u"audience"_s, u"Jeunes de 11 à 21 ans et leurs familles"_s},
                                 {u"contact"_s, u"Accueil"_s},
                                 {u"phone"_s, u"02 35 00 00 00"_s},
                                 {u"email"_s, u"mda@example.fr"_s}},
                     QJsonObject{{u"name"_s, u"Point écoute parents"_s}, {u"website"_s, u"https://x"_s}}}}});
    ASSERT_TRUE(result.ok()) << dump(result.errors);
    ASSERT_EQ(result.warnings.size(), 1) << dump(result.warnings);
    EXPECT_EQ(result.warnings[0].key, u"resources[1].website"_s);
    const Agreement& agreement = result.dataset.agreements.at(0);
    ASSERT_EQ(agreement.resources.size(), 2);
    EXPECT_EQ(agreement.resources[0],
              (Resource{u"Maison des adolescents"_s, u"Santé"_s, u"Jeunes de 11 à 21 ans et leurs familles"_s,
                        u"Accueil"_s, u"02 35 00 00 00"_s, u"mda@example.fr"_s}));
    EXPECT_EQ(agreement.resources[1], (Resource{.name = u"Point écoute parents"_s}));

    const ReadResult bad = readAgreementWith(
        {{u"resources"_s, QJsonArray{QJsonObject{{u"name"_s, QString(input::kMaxNameLength + 1, u'x')},
                                                 {u"phone"_s, 102030405}},
                                     u"Maison des adolescents"_s}}});
    EXPECT_EQ(keysAndMessages(bad.errors),
              (QStringList{u"resources[0].name: too long: 201 characters; at most 200"_s,
                           u"resources[0].phone: expected a string, found a number"_s,
                           u"resources[1]: expected an object, found a string"_s}))
        << dump(bad.errors);
}

TEST(Issue12Keys, WrittenInTheirPlaceAndReadBack) {
    Dataset d;
    Person person;
    person.id = u"P1"_s;
    person.organisationId = u"O1"_s;
    person.firstName = u"Cécile"_s;
    person.lastName = u"Ancher"_s;
    person.civility = u"Mme"_s;
    Student student;
    student.id = u"S1"_s;
    student.firstName = u"Lætitia"_s;
    student.lastName = u"Bœuf"_s;
    student.legalRepresentatives = {{.firstName = u"Zoé"_s, .civility = u"Mme"_s}, {.lastName = u"Hébert"_s}};
    Agreement agreement;
    agreement.id = u"A1"_s;
    agreement.title = u"Convention"_s;
    agreement.parties = {{u"O3"_s, u"P2"_s, u"town"_s, u"la Ville"_s, u"agissant au nom de la Ville"_s,
                          u"P. le Maire de Rouen"_s}};
    agreement.deliberations = {{u"Conseil municipal"_s, u"2023-14"_s, QDate(2023, 3, 22), QDate(2023, 3, 27),
                                QDate(2023, 3, 24), QDate(2023, 3, 28)}};
    agreement.resources = {{u"Maison des adolescents"_s, u"Santé"_s, u"11-21 ans"_s, u"Accueil"_s,
                            u"02 35 00 00 00"_s, u"mda@example.fr"_s},
                           {.name = u"Point écoute parents"_s}};
    d.people = {person};
    d.students = {student};
    d.agreements = {agreement};
    const QByteArray written = writeDataset(d);
    for (const char* expected : {
             "      \"organisation\": \"O1\",\n"
             "      \"civility\": \"Mme\",\n"
             "      \"firstName\": \"Cécile\",\n",
             "        {\"civility\": \"Mme\", \"firstName\": \"Zoé\"},\n"
             "        {\"lastName\": \"Hébert\"}\n",
             "        {\"organisation\": \"O3\", \"representative\": \"P2\", \"role\": \"town\", "
             "\"designation\": "
             "\"la Ville\", \"delegation\": \"agissant au nom de la Ville\", \"signatureMention\": \"P. le "
             "Maire "
             "de Rouen\"}\n",
             "        {\"body\": \"Conseil municipal\", \"number\": \"2023-14\", \"date\": \"2023-03-22\", "
             "\"receivedAt\": \"2023-03-27\", \"transmittedAt\": \"2023-03-24\", \"publishedOn\": "
             "\"2023-03-28\"}\n",
             "      \"resources\": [\n"
             "        {\"name\": \"Maison des adolescents\", \"kind\": \"Santé\", \"audience\": \"11-21 "
             "ans\", "
             "\"contact\": \"Accueil\", \"phone\": \"02 35 00 00 00\", \"email\": \"mda@example.fr\"},\n"
             "        {\"name\": \"Point écoute parents\"}\n"
             "      ]\n",
         }) {
        EXPECT_TRUE(written.contains(expected)) << expected << "\nin\n" << written.toStdString();
    }
    const ReadResult read = readDataset(written);
    ASSERT_TRUE(read.ok()) << dump(read.errors);
    EXPECT_TRUE(read.warnings.isEmpty()) << dump(read.warnings);
    EXPECT_TRUE(read.dataset == d);
    EXPECT_EQ(writeDataset(read.dataset), written);
}

// A file written before issue 12 (none of its keys) is written back byte for byte: the new keys are left out
// while empty.
TEST(Issue12Keys, AFileWithoutThemIsWrittenBackByteForByte) {
    const QByteArray before =
        "{\n"
        "  \"format\": \"passerelle\",\n"
        "  \"version\": 1,\n"
        "  \"organisations\": [],\n"
        "  \"people\": [\n"
        "    {\n"
        "      \"id\": \"P1\",\n"
        "      \"organisation\": \"O1\",\n"
        "      \"firstName\": \"Cécile\",\n"
        "      \"lastName\": \"Ancher\",\n"
        "      \"role\": \"Principale du collège\"\n"
        "    }\n"
        "  ],\n"
        "  \"students\": [\n"
        "    {\n"
        "      \"id\": \"S1\",\n"
        "      \"firstName\": \"Lætitia\",\n"
        "      \"lastName\": \"Bœuf\",\n"
        "      \"legalRepresentatives\": [\n"
        "        {\"firstName\": \"Zoé\", \"lastName\": \"Bœuf\", \"relation\": \"mère\"}\n"
        "      ],\n"
        "      \"consents\": {\"followUp\": true, \"image\": false}\n"
        "    }\n"
        "  ],\n"
        "  \"agreements\": [\n"
        "    {\n"
        "      \"id\": \"A1\",\n"
        "      \"kind\": \"generic\",\n"
        "      \"title\": \"Convention\",\n"
        "      \"parties\": [\n"
        "        {\"organisation\": \"O3\", \"representative\": \"P1\", \"role\": \"town\"}\n"
        "      ],\n"
        "      \"deliberations\": [\n"
        "        {\"body\": \"Conseil municipal\", \"number\": \"2023-14\", \"date\": \"2023-03-22\"}\n"
        "      ],\n"
        "      \"tacitRenewal\": false,\n"
        "      \"noticeAnchor\": \"notification\",\n"
        "      \"status\": \"draft\",\n"
        "      \"amendments\": [\n"
        "        {\"number\": 1, \"signedOn\": \"2023-05-02\", \"text\": \"Avenant n° 1\"}\n"
        "      ]\n"
        "    }\n"
        "  ],\n"
        "  \"measures\": [],\n"
        "  \"groups\": []\n"
        "}\n";
    const ReadResult read = readDataset(before);
    ASSERT_TRUE(read.ok()) << dump(read.errors);
    EXPECT_TRUE(read.warnings.isEmpty()) << dump(read.warnings);
    EXPECT_EQ(writeDataset(read.dataset), before);
}

// An organisation's « raison sociale » (seed 004: « La structure d'accueil (nom, raison sociale et adresse)
// »): read, bounded like `name`, written right after the name and only when set.
TEST(LegalNameKey, ReadWrittenAfterTheNameAndBounded) {
    const auto readHost = [](const QJsonValue& legalName) {
        return readDocument({{u"organisations"_s, QJsonArray{QJsonObject{{u"id"_s, u"O2"_s},
                                                                         {u"kind"_s, u"association"_s},
                                                                         {u"name"_s, u"ALCEJ"_s},
                                                                         {u"legalName"_s, legalName}}}}});
    };
    const ReadResult result = readHost(u"Association Loisirs Culture Enfance Jeunesse"_s);
    ASSERT_TRUE(result.ok()) << dump(result.errors);
    EXPECT_TRUE(result.warnings.isEmpty()) << dump(result.warnings);
    const Organisation& host = result.dataset.organisations.at(0);
    EXPECT_EQ(host.legalName, u"Association Loisirs Culture Enfance Jeunesse"_s);
    EXPECT_TRUE(readHost(QJsonValue::Null).ok());
    EXPECT_TRUE(readHost(QJsonValue::Null).dataset.organisations.at(0).legalName.isEmpty());

    const ReadResult tooLong = readHost(QString(input::kMaxNameLength + 1, u'x'));
    EXPECT_EQ(keysAndMessages(tooLong.errors),
              QStringList{u"legalName: too long: 201 characters; at most 200"_s})
        << dump(tooLong.errors);
    EXPECT_EQ(tooLong.errors.value(0).record.section(u' ', 0, 0), u"organisations[0]"_s);
    const ReadResult number = readHost(3);
    EXPECT_EQ(keysAndMessages(number.errors), QStringList{u"legalName: expected a string, found a number"_s})
        << dump(number.errors);

    Dataset d;
    d.organisations = {host};
    const QByteArray written = writeDataset(d);
    EXPECT_TRUE(
        written.contains("      \"name\": \"ALCEJ\",\n"
                         "      \"legalName\": \"Association Loisirs Culture Enfance Jeunesse\"\n"))
        << written.toStdString();
    const ReadResult read = readDataset(written);
    ASSERT_TRUE(read.ok()) << dump(read.errors);
    EXPECT_TRUE(read.dataset == d);
    EXPECT_EQ(writeDataset(read.dataset), written);

    // None: the key is left out, so files without it stay byte-identical.
    d.organisations[0].legalName.clear();
    EXPECT_FALSE(writeDataset(d).contains("legalName"));
    const QByteArray before =
        "{\n"
        "  \"format\": \"passerelle\",\n"
        "  \"version\": 1,\n"
        "  \"organisations\": [\n"
        "    {\n"
        "      \"id\": \"O2\",\n"
        "      \"kind\": \"association\",\n"
        "      \"name\": \"ALCEJ\",\n"
        "      \"activityDomain\": \"Animation\",\n"
        "      \"address\": \"2 avenue des Chalets\"\n"
        "    }\n"
        "  ],\n"
        "  \"people\": [],\n"
        "  \"students\": [],\n"
        "  \"agreements\": [],\n"
        "  \"measures\": [],\n"
        "  \"groups\": []\n"
        "}\n";
    const ReadResult old = readDataset(before);
    ASSERT_TRUE(old.ok()) << dump(old.errors);
    EXPECT_EQ(writeDataset(old.dataset), before);
}
