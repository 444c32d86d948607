#include "siecle_samples.h"

#include "passerelle/exchange/siecle.h"

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::exchange;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

SiecleData sample(bool withRepresentatives = true) {
    SiecleData data;
    readSiecleXml(elevesXml(), u"ElevesSansAdresses.xml"_s, data);
    if (withRepresentatives)
        readSiecleXml(responsablesXml(), u"ResponsablesAvecAdresses.xml"_s, data);
    EXPECT_TRUE(data.ok());
    return data;
}

// The students as a first import would store them (ids given).
QList<Student> stored(const SiecleImportPlan& first) {
    QList<Student> students = first.added;
    for (qsizetype i = 0; i < students.size(); ++i) {
        students[i].id = u"S%1"_s.arg(i + 1);
        students[i].revision = 1;
    }
    return students;
}

const PlannedUpdate* updateOf(const SiecleImportPlan& plan, const QString& id) {
    for (const PlannedUpdate& update : plan.updated) {
        if (update.student.id == id)
            return &update;
    }
    return nullptr;
}

QStringList fields(const PlannedUpdate& update) {
    QStringList names;
    for (const FieldChange& change : update.changes)
        names.append(change.field);
    return names;
}

}  // namespace

TEST(SiecleImportPlan, AFirstImportAddsEveryStudentWithTheirRepresentatives) {
    const SiecleImportPlan plan = planSiecleImport(sample(), {}, u"O1"_s);
    ASSERT_EQ(plan.added.size(), 4);
    EXPECT_TRUE(plan.updated.isEmpty());
    EXPECT_TRUE(plan.unchanged.isEmpty());
    EXPECT_TRUE(plan.absent.isEmpty());
    ASSERT_EQ(plan.leavers.size(), 1);
    EXPECT_EQ(plan.leavers.first().siecleId, u"1003"_s);
    for (const Student& student : plan.added) {
        EXPECT_EQ(student.schoolId, u"O1"_s);
        EXPECT_TRUE(student.id.isEmpty());
    }
    ASSERT_EQ(plan.added.first().legalRepresentatives.size(), 1);
    EXPECT_EQ(plan.added.first().legalRepresentatives.first().firstName, u"Hélène"_s);
    ASSERT_EQ(plan.skipped.size(), 1);
    EXPECT_EQ(plan.skipped.first().studentSiecleId, u"9999"_s);
    EXPECT_EQ(plan.skipped.first().representativeName, u"Paul INCONNU"_s);
    EXPECT_TRUE(plan.skipped.first().reason.contains(u"neither in the files nor in the database"_s));
}

TEST(SiecleImportPlan, ImportingTheSameFilesAgainChangesNothing) {
    const SiecleData data = sample();
    const QList<Student> students = stored(planSiecleImport(data, {}, u"O1"_s));
    const SiecleImportPlan again = planSiecleImport(data, students, u"O1"_s);
    EXPECT_TRUE(again.added.isEmpty());
    EXPECT_TRUE(again.updated.isEmpty())
        << (again.updated.isEmpty() ? "" : fields(again.updated.first()).join(u',').toStdString());
    EXPECT_EQ(again.unchanged.size(), 4);
    EXPECT_FALSE(again.changesSomething());
}

TEST(SiecleImportPlan, MatchesTypedStudentsByNameAndBirthDateKeepingWhatPasserelleAdded) {
    Student typed;
    typed.id = u"S-typed"_s;
    typed.schoolId = u"O1"_s;
    typed.firstName = u"zoe"_s;
    typed.lastName = u"Lefevre d'Oeuvre"_s;
    typed.birthDate = QDate(2012, 3, 14);
    typed.className = u"3e A"_s;
    typed.consents.followUp = true;
    LegalRepresentative byHand;
    byHand.firstName = u"Marc"_s;
    byHand.lastName = u"Lefèvre"_s;
    byHand.relation = u"père"_s;
    LegalRepresentative motherByHand;
    motherByHand.firstName = u"hélène"_s;
    motherByHand.lastName = u"Lefèvre-d'Œuvre"_s;
    motherByHand.phone = u"0600000000"_s;
    typed.legalRepresentatives = {byHand, motherByHand};

    Student other;  // another student of the school, not in the file
    other.id = u"S-other"_s;
    other.schoolId = u"O1"_s;
    other.firstName = u"Ana"_s;
    other.lastName = u"Silva"_s;

    const SiecleImportPlan plan = planSiecleImport(sample(), {typed, other}, u"O1"_s);
    EXPECT_EQ(plan.added.size(), 3);
    const PlannedUpdate* update = updateOf(plan, u"S-typed"_s);
    ASSERT_NE(update, nullptr);
    EXPECT_EQ(fields(*update), (QStringList{u"firstName"_s, u"lastName"_s, u"ine"_s, u"siecleId"_s,
                                            u"className"_s, u"legalRepresentatives"_s}));
    const Student& after = update->student;
    EXPECT_EQ(after.revision, typed.revision);
    EXPECT_TRUE(after.consents.followUp) << "consents stay";
    EXPECT_EQ(after.lastName, u"LEFÈVRE-D'ŒUVRE"_s);
    EXPECT_EQ(after.className, u"3A"_s);
    ASSERT_EQ(after.legalRepresentatives.size(), 2);
    EXPECT_EQ(after.legalRepresentatives.at(0), byHand) << "typed by hand: stays";
    EXPECT_EQ(after.legalRepresentatives.at(1).siecleId, u"7001"_s)
        << "the same person typed by hand becomes SIECLE's";
    EXPECT_EQ(after.legalRepresentatives.at(1).phone, u"0611223344"_s);
    EXPECT_EQ(after.legalRepresentatives.at(1).firstName.compare(u"Hélène"_s, Qt::CaseInsensitive), 0);

    ASSERT_EQ(plan.absent.size(), 1);
    EXPECT_EQ(plan.absent.first().id, u"S-other"_s);
}

TEST(SiecleImportPlan, MatchesByIneThenSiecleIdAndReportsTheChangedFields) {
    const SiecleData data = sample();
    QList<Student> students = stored(planSiecleImport(data, {}, u"O1"_s));
    // Zoé changed class and her mother's SIECLE entry is replaced; Jean-Éric lost his INE in the database;
    // a stored SIECLE representative no longer of level 1 goes.
    students[0].className = u"4B"_s;
    students[0].legalRepresentatives.first().phone = u"0700000000"_s;
    LegalRepresentative former;
    former.siecleId = u"7999"_s;
    former.lastName = u"ANCIEN"_s;
    students[1].legalRepresentatives.append(former);
    students[1].ine.clear();
    students[1].firstName = u"JEAN-ÉRIC"_s;  // equal ignoring case: kept as stored

    const SiecleImportPlan plan = planSiecleImport(data, students, u"O1"_s);
    EXPECT_TRUE(plan.added.isEmpty());
    ASSERT_EQ(plan.updated.size(), 2);
    EXPECT_EQ(fields(plan.updated.at(0)), (QStringList{u"className"_s, u"legalRepresentatives"_s}));
    EXPECT_EQ(plan.updated.at(0).changes.first().before, u"4B"_s);
    EXPECT_EQ(plan.updated.at(0).changes.first().after, u"3A"_s);
    EXPECT_EQ(plan.updated.at(0).student.legalRepresentatives.first().phone, u"0611223344"_s);
    EXPECT_EQ(fields(plan.updated.at(1)), (QStringList{u"ine"_s, u"legalRepresentatives"_s}));
    EXPECT_EQ(plan.updated.at(1).student.firstName, u"JEAN-ÉRIC"_s);
    EXPECT_EQ(plan.updated.at(1).student.legalRepresentatives.size(), 1);
    EXPECT_EQ(plan.unchanged.size(), 2);
}

TEST(SiecleImportPlan, StudentsAloneLeaveRepresentativesAloneAndRepresentativesAloneUpdateStoredStudents) {
    const QList<Student> students = stored(planSiecleImport(sample(), {}, u"O1"_s));
    QList<Student> withoutRepresentatives = students;
    for (Student& student : withoutRepresentatives)
        student.legalRepresentatives.clear();

    const SiecleImportPlan studentsOnly = planSiecleImport(sample(false), withoutRepresentatives, u"O1"_s);
    EXPECT_TRUE(studentsOnly.updated.isEmpty());
    EXPECT_EQ(studentsOnly.unchanged.size(), 4);

    SiecleData representativesOnly;
    readSiecleXml(responsablesXml(), u"ResponsablesAvecAdresses.xml"_s, representativesOnly);
    const SiecleImportPlan plan = planSiecleImport(representativesOnly, withoutRepresentatives, u"O1"_s);
    EXPECT_EQ(plan.updated.size(), 2);
    EXPECT_TRUE(plan.absent.isEmpty()) << "no student file: nobody is absent";
    EXPECT_EQ(plan.skipped.size(), 1);
}
