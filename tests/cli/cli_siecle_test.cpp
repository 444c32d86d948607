#include "cli_runner.h"
#include "fixtures.h"
#include "siecle_samples.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// The collège of the sample exports, a second school, and a student typed by hand who is in the files (Zoé,
// with her consents and a representative typed by hand) and one who is not.
const QByteArray startFile = R"({
  "format": "passerelle",
  "version": 1,
  "organisations": [
    {"id": "O1", "kind": "school", "name": "Collège Henri Matisse", "uai": "0941234A"},
    {"id": "O2", "kind": "school", "name": "Collège Jean Macé", "uai": "0945678B"}
  ],
  "students": [
    {"id": "S-typed", "firstName": "Zoé", "lastName": "Lefèvre-d'Œuvre", "birthDate": "2012-03-14",
     "className": "3e A", "school": "O1",
     "legalRepresentatives": [{"firstName": "Marc", "lastName": "Lefèvre", "relation": "père"}],
     "consents": {"followUp": true, "image": true}},
    {"id": "S-other", "firstName": "Ana", "lastName": "Silva", "birthDate": "2012-05-05", "className": "3B",
     "school": "O1"}
  ]
})";

class CliSiecle : public ::testing::Test {
protected:
    void SetUp() override {
        write(path(u"start.json"_s), startFile);
        write(path(u"ElevesSansAdresses.xml"_s), elevesXml());
        write(path(u"ResponsablesAvecAdresses.zip"_s),
              zipOf(u"ResponsablesAvecAdresses.xml"_s, responsablesXml()));
        const CliRun imported = run({u"import"_s, path(u"start.json"_s)});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    }
    CliRun run(QStringList arguments) {
        return runCli(QStringList{u"--database"_s, path(u"db.sqlite"_s)} + arguments,
                      m_folder.path(u"data"_s));
    }
    QString path(const QString& name) const { return m_folder.path(name); }
    QStringList files() const {
        return {path(u"ResponsablesAvecAdresses.zip"_s), path(u"ElevesSansAdresses.xml"_s)};
    }
    static void write(const QString& path, const QByteArray& bytes) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    QByteArray exported() {
        const CliRun run = this->run({u"export"_s});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return run.out;
    }
    QJsonObject student(const QByteArray& exportedJson, const QString& siecleId) {
        for (const QJsonValue value :
             QJsonDocument::fromJson(exportedJson).object().value(u"students"_s).toArray()) {
            if (value.toObject().value(u"siecleId"_s).toString() == siecleId)
                return value.toObject();
        }
        return {};
    }

    TempFolder m_folder;
};

}  // namespace

TEST_F(CliSiecle, ADryRunShowsTheChangesAndWritesNothing) {
    const QByteArray before = exported();
    const CliRun dry = run(QStringList{u"import-siecle"_s, u"--dry-run"_s, u"--json"_s} + files());
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    const QJsonObject report = QJsonDocument::fromJson(dry.out).object();
    EXPECT_TRUE(report.value(u"dryRun"_s).toBool());
    EXPECT_EQ(report.value(u"school"_s).toObject().value(u"id"_s).toString(), u"O1"_s);
    const QJsonObject counts = report.value(u"counts"_s).toObject();
    EXPECT_EQ(counts.value(u"added"_s).toInt(), 3);
    EXPECT_EQ(counts.value(u"updated"_s).toInt(), 1);
    EXPECT_EQ(counts.value(u"unchanged"_s).toInt(), 0);
    EXPECT_EQ(counts.value(u"leavers"_s).toInt(), 1);
    EXPECT_EQ(counts.value(u"absent"_s).toInt(), 1);
    EXPECT_EQ(counts.value(u"skipped"_s).toInt(), 1);
    const QJsonArray changes =
        report.value(u"updated"_s).toArray().first().toObject().value(u"changes"_s).toArray();
    QStringList fields;
    for (const QJsonValue change : changes)
        fields.append(change.toObject().value(u"field"_s).toString());
    EXPECT_EQ(fields, (QStringList{u"ine"_s, u"siecleId"_s, u"className"_s, u"legalRepresentatives"_s}));
    EXPECT_EQ(exported(), before);
}

TEST_F(CliSiecle, ImportsOnceAndASecondImportChangesNothing) {
    const CliRun first = run(QStringList{u"import-siecle"_s} + files());
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(
        "3 added, 1 updated, 0 unchanged, 1 leaver(s), 1 absent from the files, 1 link(s) skipped"))
        << first.out.toStdString();
    EXPECT_TRUE(first.out.contains("absent from the files (kept): Ana Silva")) << first.out.toStdString();
    EXPECT_TRUE(first.out.contains("skipped: Paul INCONNU for student 9999")) << first.out.toStdString();

    const QByteArray after = exported();
    const QJsonObject zoe = student(after, u"1001"_s);
    EXPECT_EQ(zoe.value(u"id"_s).toString(), u"S-typed"_s);
    EXPECT_EQ(zoe.value(u"lastName"_s).toString(), u"Lefèvre-d'Œuvre"_s)
        << "equal ignoring case: kept as typed";
    EXPECT_EQ(zoe.value(u"firstName"_s).toString(), u"Zoé"_s);
    EXPECT_EQ(zoe.value(u"className"_s).toString(), u"3A"_s);
    EXPECT_EQ(zoe.value(u"ine"_s).toString(), u"123456789AB"_s);
    EXPECT_TRUE(zoe.value(u"consents"_s).toObject().value(u"image"_s).toBool()) << "consents stay";
    const QJsonArray representatives = zoe.value(u"legalRepresentatives"_s).toArray();
    ASSERT_EQ(representatives.size(), 2)
        << "the father typed by hand and the mother of level 1, not the grandmother";
    EXPECT_EQ(representatives.at(0).toObject().value(u"firstName"_s).toString(), u"Marc"_s);
    EXPECT_EQ(representatives.at(1).toObject().value(u"siecleId"_s).toString(), u"7001"_s);
    EXPECT_EQ(representatives.at(1).toObject().value(u"civility"_s).toString(), u"Mme"_s);
    const QJsonObject jean = student(after, u"1002"_s);
    EXPECT_EQ(jean.value(u"lastName"_s).toString(), u"MARTIN"_s);
    EXPECT_EQ(jean.value(u"familyName"_s).toString(), u"N'DIAYE"_s);
    EXPECT_EQ(jean.value(u"school"_s).toString(), u"O1"_s);
    EXPECT_EQ(student(after, u"1003"_s).value(u"leftOn"_s).toString(), u"2027-01-15"_s);
    EXPECT_FALSE(after.contains("3LAT")) << "a group is not a class";
    EXPECT_TRUE(after.contains("\"S-other\"")) << "absent from the files: kept";

    const CliRun second = run(QStringList{u"import-siecle"_s} + files());
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_TRUE(second.out.contains("0 added, 0 updated, 4 unchanged")) << second.out.toStdString();
    EXPECT_EQ(exported(), after) << "importing the same files again changes nothing";
}

TEST_F(CliSiecle, AMalformedFileIsRefusedWithEveryErrorAndNothingIsWritten) {
    QByteArray bad = elevesXml();
    bad.replace("30/06/2013", "31/02/2013");
    write(path(u"ElevesSansAdresses.xml"_s), bad);
    write(path(u"broken.xml"_s), "<?xml version=\"1.0\"?>\n<BEE_RESPONSABLES>\n<DONNEES>\n");
    const QByteArray before = exported();
    const CliRun refused = run(QStringList{u"import-siecle"_s, path(u"broken.xml"_s)} + files());
    EXPECT_EQ(refused.exitCode, 2);
    const QString err = QString::fromUtf8(refused.err);
    EXPECT_TRUE(err.contains(u"broken.xml:4: not well-formed XML"_s)) << err.toStdString();
    EXPECT_TRUE(err.contains(u"student 1003 (BŒUF Léa): DATE_NAISS is not a date"_s)) << err.toStdString();
    EXPECT_TRUE(err.contains(u"2 error(s); nothing was imported."_s)) << err.toStdString();
    EXPECT_EQ(exported(), before);
}

TEST_F(CliSiecle, TheSchoolComesFromTheUaiOrFromSchool) {
    write(path(u"other.xml"_s), QByteArray(elevesXml()).replace("0941234A", "0990000Z"));
    const CliRun unknown = run({u"import-siecle"_s, path(u"other.xml"_s)});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains("0990000Z")) << unknown.err.toStdString();

    const CliRun named =
        run({u"import-siecle"_s, u"--school"_s, u"O2"_s, u"--dry-run"_s, path(u"other.xml"_s)});
    EXPECT_EQ(named.exitCode, 0) << named.err.toStdString();
    EXPECT_TRUE(named.err.contains("warning: the files are for the UAI 0990000Z")) << named.err.toStdString();
    EXPECT_TRUE(named.out.contains("4 added")) << named.out.toStdString();

    EXPECT_EQ(run({u"import-siecle"_s, u"--school"_s, u"NOPE"_s, path(u"other.xml"_s)}).exitCode, 2);
    EXPECT_EQ(run({u"import-siecle"_s}).exitCode, 2);
}
