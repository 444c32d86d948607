#include "siecle_samples.h"

#include "passerelle/exchange/siecle.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::exchange;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

SiecleData readBoth() {
    SiecleData data;
    readSiecleXml(elevesXml(), u"ElevesSansAdresses.xml"_s, data);
    readSiecleXml(responsablesXml(), u"ResponsablesAvecAdresses.xml"_s, data);
    return data;
}

const Student* bySiecleId(const SiecleData& data, const QString& id) {
    for (const Student& student : data.students) {
        if (student.siecleId == id)
            return &student;
    }
    return nullptr;
}

QString writeFile(const QTemporaryDir& folder, const QString& name, const QByteArray& bytes) {
    QFile file(folder.filePath(name));
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return file.fileName();
}

QString describeAll(const QList<SiecleIssue>& issues) {
    QStringList lines;
    for (const SiecleIssue& issue : issues)
        lines.append(issue.describe());
    return lines.join(u'\n');
}

}  // namespace

TEST(SiecleRead, StudentsFromAnIso885915Export) {
    const SiecleData data = readBoth();
    ASSERT_TRUE(data.ok()) << describeAll(data.errors).toStdString();
    EXPECT_EQ(data.uai, u"0941234A"_s);
    EXPECT_TRUE(data.otherUais.isEmpty());
    ASSERT_EQ(data.students.size(), 4);

    const Student* zoe = bySiecleId(data, u"1001"_s);
    ASSERT_NE(zoe, nullptr);
    EXPECT_EQ(zoe->lastName, u"LEFÈVRE-D'ŒUVRE"_s);
    EXPECT_EQ(zoe->firstName, u"Zoé"_s);
    EXPECT_TRUE(zoe->familyName.isEmpty());
    EXPECT_EQ(zoe->ine, u"123456789AB"_s);
    EXPECT_EQ(zoe->birthDate, QDate(2012, 3, 14));
    EXPECT_EQ(zoe->className, u"3A"_s) << "the group G 3LAT is not a class";
    EXPECT_FALSE(zoe->leftOn.isValid());
    EXPECT_TRUE(zoe->id.isEmpty());

    const Student* jean = bySiecleId(data, u"1002"_s);
    ASSERT_NE(jean, nullptr);
    EXPECT_EQ(jean->lastName, u"MARTIN"_s) << "NOM_USAGE when given";
    EXPECT_EQ(jean->familyName, u"N'DIAYE"_s);
    EXPECT_EQ(jean->firstName, u"Jean-Éric"_s);
    EXPECT_EQ(jean->ine, u"987654321CD"_s) << "INE_BEA when there is no ID_NATIONAL";
    EXPECT_EQ(jean->className, u"3B"_s);

    const Student* lea = bySiecleId(data, u"1003"_s);
    ASSERT_NE(lea, nullptr);
    EXPECT_EQ(lea->lastName, u"BŒUF"_s);
    EXPECT_EQ(lea->leftOn, QDate(2027, 1, 15));
    EXPECT_TRUE(lea->className.isEmpty());

    const Student* hugo = bySiecleId(data, u"1004"_s);
    ASSERT_NE(hugo, nullptr);
    EXPECT_EQ(hugo->lastName, u"DURAND"_s) << "the older NOM";
    EXPECT_EQ(hugo->className, u"4C"_s);
}

TEST(SiecleRead, LegalRepresentativesOfLevelOneOnly) {
    const SiecleData data = readBoth();
    ASSERT_TRUE(data.ok()) << describeAll(data.errors).toStdString();
    EXPECT_TRUE(data.hasStudents);
    EXPECT_TRUE(data.hasRepresentatives);
    ASSERT_EQ(data.links.size(), 3) << "the grandmother of level 3 is not a legal representative";

    const SiecleLink& mother = data.links.at(0);
    EXPECT_EQ(mother.studentSiecleId, u"1001"_s);
    EXPECT_EQ(mother.representative.siecleId, u"7001"_s);
    EXPECT_EQ(mother.representative.civility, u"Mme"_s);
    EXPECT_EQ(mother.representative.lastName, u"LEFÈVRE-D'ŒUVRE"_s);
    EXPECT_EQ(mother.representative.firstName, u"Hélène"_s);
    EXPECT_EQ(mother.representative.relation, u"mère"_s);
    EXPECT_EQ(mother.representative.phone, u"0611223344"_s) << "the mobile first";
    EXPECT_EQ(mother.representative.email, u"helene.lefevre@example.fr"_s);
    EXPECT_EQ(mother.representative.address, u"12 RUE DE L'ÉGLISE, BÂTIMENT B, 94600 CHOISY-LE-ROI"_s);

    const SiecleLink& father = data.links.at(1);
    EXPECT_EQ(father.studentSiecleId, u"1002"_s);
    EXPECT_EQ(father.representative.civility, u"M."_s);
    EXPECT_EQ(father.representative.relation, u"père"_s);
    EXPECT_EQ(father.representative.phone, u"0148000000"_s);
    EXPECT_EQ(father.representative.address, u"3 AVENUE ANATOLE FRANCE, 94400 VITRY-SUR-SEINE"_s);

    EXPECT_EQ(data.links.at(2).studentSiecleId, u"9999"_s);
    EXPECT_EQ(data.links.at(2).representative.relation, u"tuteur"_s);
}

TEST(SiecleRead, FilesBefore2018NameLegalRepresentativesWithRespLegal) {
    const QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<BEE_RESPONSABLES><PARAMETRES><UAJ>0941234A</UAJ></PARAMETRES><DONNEES>
<PERSONNES>
<PERSONNE PERSONNE_ID="1"><NOM>A</NOM><PRENOM>Un</PRENOM></PERSONNE>
<PERSONNE PERSONNE_ID="2"><NOM>B</NOM><PRENOM>Deux</PRENOM></PERSONNE>
<PERSONNE PERSONNE_ID="3"><NOM>C</NOM><PRENOM>Trois</PRENOM></PERSONNE>
</PERSONNES>
<RESPONSABLES>
<RESPONSABLE_ELEVE><ELEVE_ID>5</ELEVE_ID><PERSONNE_ID>1</PERSONNE_ID><RESP_LEGAL>1</RESP_LEGAL><CODE_PARENTE>20</CODE_PARENTE></RESPONSABLE_ELEVE>
<RESPONSABLE_ELEVE><ELEVE_ID>5</ELEVE_ID><PERSONNE_ID>2</PERSONNE_ID><RESP_LEGAL>2</RESP_LEGAL><CODE_PARENTE>10</CODE_PARENTE></RESPONSABLE_ELEVE>
<RESPONSABLE_ELEVE><ELEVE_ID>5</ELEVE_ID><PERSONNE_ID>3</PERSONNE_ID><RESP_LEGAL>0</RESP_LEGAL><CODE_PARENTE>90</CODE_PARENTE></RESPONSABLE_ELEVE>
</RESPONSABLES></DONNEES></BEE_RESPONSABLES>)";
    SiecleData data;
    readSiecleXml(xml, u"old.xml"_s, data);
    ASSERT_TRUE(data.ok()) << describeAll(data.errors).toStdString();
    ASSERT_EQ(data.links.size(), 2);
    EXPECT_EQ(data.links.at(0).representative.lastName, u"A"_s);
    EXPECT_EQ(data.links.at(1).representative.relation, u"mère"_s);
}

TEST(SiecleRead, ZippedOrNotInAnyOrder) {
    QTemporaryDir folder;
    const QByteArray zipped = zipOf(u"ResponsablesAvecAdresses.xml"_s, responsablesXml());
    ASSERT_FALSE(zipped.isEmpty());
    const QString responsables = writeFile(folder, u"ResponsablesAvecAdresses.zip"_s, zipped);
    const QString eleves = writeFile(folder, u"ElevesSansAdresses.xml"_s, elevesXml());
    const QString elevesZip =
        writeFile(folder, u"ElevesSansAdresses.zip"_s, zipOf(u"ElevesSansAdresses.xml"_s, elevesXml()));

    const SiecleData expected = readBoth();
    for (const QList<QString>& paths :
         {QList<QString>{responsables, eleves}, QList<QString>{elevesZip, responsables}}) {
        const SiecleData data = readSiecle(paths);
        ASSERT_TRUE(data.ok()) << describeAll(data.errors).toStdString();
        EXPECT_EQ(data.students, expected.students);
        ASSERT_EQ(data.links.size(), expected.links.size());
        for (qsizetype i = 0; i < data.links.size(); ++i)
            EXPECT_EQ(data.links.at(i).representative, expected.links.at(i).representative);
        EXPECT_EQ(data.uai, u"0941234A"_s);
    }
}

TEST(SiecleRead, EveryErrorWithItsFileLineAndStudent) {
    QByteArray badDate = elevesXml();
    badDate.replace("30/06/2013", "31/02/2013");
    badDate.replace("01/09/2012", "2012-09-01");
    SiecleData data;
    readSiecleXml(badDate, u"eleves.xml"_s, data);
    ASSERT_EQ(data.errors.size(), 2) << describeAll(data.errors).toStdString();
    EXPECT_EQ(data.errors.at(0).file, u"eleves.xml"_s);
    EXPECT_EQ(data.errors.at(0).studentId, u"1003"_s);
    EXPECT_EQ(data.errors.at(0).studentName, u"BŒUF Léa"_s);
    EXPECT_EQ(data.errors.at(0).line, int(badDate.left(badDate.indexOf("31/02/2013")).count('\n')) + 1);
    EXPECT_TRUE(data.errors.at(0).describe().contains(u"DATE_NAISS"_s))
        << data.errors.at(0).describe().toStdString();
    EXPECT_EQ(data.errors.at(1).studentId, u"1004"_s);

    SiecleData broken;
    readSiecleXml("<?xml version=\"1.0\"?>\n<BEE_ELEVES>\n<DONNEES>\n</BEE_ELEVES>", u"broken.xml"_s, broken);
    ASSERT_EQ(broken.errors.size(), 1);
    EXPECT_EQ(broken.errors.at(0).line, 4);
    EXPECT_TRUE(broken.errors.at(0).message.startsWith(u"not well-formed XML"_s));

    SiecleData wrongRoot;
    readSiecleXml("<?xml version=\"1.0\"?>\n<html><body/></html>", u"page.xml"_s, wrongRoot);
    ASSERT_EQ(wrongRoot.errors.size(), 1);
    EXPECT_TRUE(wrongRoot.errors.at(0).message.contains(u"<html>"_s));

    QTemporaryDir folder;
    const QString notAZip =
        writeFile(folder, u"export.zip"_s, QByteArray("PK\x03\x04 this is no archive", 25));
    const QString missing = folder.filePath(u"missing.xml"_s);
    const SiecleData files = readSiecle({notAZip, missing});
    ASSERT_EQ(files.errors.size(), 2) << describeAll(files.errors).toStdString();
    EXPECT_EQ(files.errors.at(0).file, notAZip);
    EXPECT_EQ(files.errors.at(1).file, missing);
}

TEST(SiecleRead, HostileInputEndsWithAnErrorNotACrashOrAHang) {
    // Nesting far deeper than any stack would hold if it were followed.
    QByteArray deep = "<BEE_ELEVES><DONNEES><ELEVES><ELEVE ELEVE_ID=\"1\">";
    for (int i = 0; i < 200000; ++i)
        deep += "<a>";
    SiecleData data;
    readSiecleXml(deep, u"deep.xml"_s, data);
    EXPECT_FALSE(data.ok());

    QByteArray outside = "<BEE_ELEVES>";
    for (int i = 0; i < 200000; ++i)
        outside += "<a>";
    SiecleData other;
    readSiecleXml(outside, u"deep2.xml"_s, other);
    EXPECT_FALSE(other.ok());

    // Entities expanding a billion times.
    const QByteArray laughs = R"(<?xml version="1.0"?>
<!DOCTYPE BEE_ELEVES [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>
<BEE_ELEVES><DONNEES><ELEVES><ELEVE ELEVE_ID="1"><NOM>&f;&f;&f;&f;&f;&f;</NOM></ELEVE></ELEVES></DONNEES></BEE_ELEVES>)";
    SiecleData bomb;
    readSiecleXml(laughs, u"bomb.xml"_s, bomb);
    EXPECT_FALSE(bomb.ok());

    SiecleData empty;
    readSiecleXml({}, u"empty.xml"_s, empty);
    EXPECT_FALSE(empty.ok());
}

TEST(SiecleRead, NamesMatchIgnoringCaseAccentsAndLigatures) {
    EXPECT_EQ(nameKey(u"LEFÈVRE-D'ŒUVRE"_s), nameKey(u"Lefevre d'oeuvre"_s));
    EXPECT_EQ(nameKey(u"  Jean--Éric "_s), u"jean eric"_s);
    EXPECT_NE(nameKey(u"Léa"_s), nameKey(u"Léo"_s));
    EXPECT_EQ(siecleRelation(u"51"_s), u"aide sociale à l'enfance"_s);
    EXPECT_TRUE(siecleRelation(u"99"_s).isEmpty());
}

TEST(SiecleRead, AZipEntryOverTwoHundredMegabytesIsRefusedUnread) {
    // An archive whose headers announce 300 MB once uncompressed (a zip bomb would): refused before reading.
    QByteArray zipped = zipOf(u"ElevesSansAdresses.xml"_s, elevesXml());
    ASSERT_FALSE(zipped.isEmpty());
    const auto setSize = [&](qsizetype at) {
        const quint32 size = 300u * 1024 * 1024;
        for (int i = 0; i < 4; ++i)
            zipped[at + i] = char((size >> (8 * i)) & 0xFF);
    };
    const qsizetype local = zipped.indexOf(QByteArray("PK\x03\x04", 4));
    const qsizetype central = zipped.indexOf(QByteArray("PK\x01\x02", 4));
    ASSERT_GE(local, 0);
    ASSERT_GT(central, local);
    setSize(local + 22);
    setSize(central + 24);
    QTemporaryDir folder;
    const QString path = writeFile(folder, u"bomb.zip"_s, zipped);
    const SiecleData data = readSiecle({path});
    ASSERT_EQ(data.errors.size(), 1) << describeAll(data.errors).toStdString();
    EXPECT_TRUE(data.errors.first().message.contains(u"larger than 200 MB"_s))
        << data.errors.first().describe().toStdString();
    EXPECT_TRUE(data.students.isEmpty());
}
