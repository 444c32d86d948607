// Each migration, applied to a database of the version before it.
#include "storage_fixtures.h"

#include "migrations/migrations.h"

#include "passerelle/storage/database.h"
#include "passerelle/storage/dataset_store.h"
#include "passerelle/storage/document_archive.h"
#include "passerelle/storage/repositories.h"

using namespace passerelle;
using namespace passerelle::storage;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

bool tableExists(const QString& path, const QString& table) {
    return rawScalar(path, u"SELECT COUNT(*) FROM sqlite_master WHERE name = '%1'"_s.arg(table)).toInt() == 1;
}

// Version-1 rows written with version-1 SQL, as Passerelle 1 would have left them.
QStringList versionOneRows() {
    return {
        u"INSERT INTO organisations (id, kind, name, sort_name, uai, address, phone, email, revision) "
        "VALUES ('ORG-SCHOOL', 'school', 'Collège Jean Moulin', 'college jean moulin', '0941234A', '', '', '', 3)"_s,
        u"INSERT INTO organisation_teaching_hours (organisation_id, seq, weekday, start_time, end_time) "
        "VALUES ('ORG-SCHOOL', 0, 'mon', '08:00', '12:00')"_s,
        u"INSERT INTO students (id, first_name, last_name, sort_last_name, sort_first_name, birth_date, "
        u"class_name, "
        "school_id, consent_follow_up, consent_image, revision) VALUES ('S-HELENE', 'Hélène', 'Bernard', "
        "'bernard', "
        "'helene', '2011-02-28', '4eB', 'ORG-SCHOOL', 1, 0, 2)"_s,
        u"INSERT INTO student_representatives (student_id, seq, first_name, last_name, relationship, "
        u"address, "
        "phone, email) VALUES ('S-HELENE', 0, 'Claire', 'Bernard', 'mère', '', '', '')"_s,
        u"INSERT INTO measures (id, kind, student_id, start_date, end_date, objectives, activities, places, "
        "transport, consent_student, consent_representative, school_insurer, school_insurance_contract, "
        "host_insurer, host_insurance_contract, status, revision) VALUES ('M-1', 'responsibility', "
        "'S-HELENE', "
        "'2026-11-16', '2026-11-20', 'Réparer le préjudice', '', '', '', 1, 1, '', '', '', '', 'planned', 1)"_s,
    };
}

}  // namespace

TEST(Migrations, AreNumberedOneByOne) {
    const auto& list = migrations();
    ASSERT_FALSE(list.isEmpty());
    for (qsizetype i = 0; i < list.size(); ++i) {
        EXPECT_EQ(list.at(i).version, i + 1);
        EXPECT_NE(list.at(i).apply, nullptr);
        EXPECT_FALSE(list.at(i).description.isEmpty());
    }
    EXPECT_EQ(Database::latestSchemaVersion(), list.constLast().version);
}

TEST(Migrations, FromNothingToVersionOne) {
    TempFolder folder;
    const QString path = folder.path(u"v1.sqlite"_s);
    {
        auto opened = Database::openAtVersion(path, 1);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        EXPECT_EQ((*opened)->schemaVersion(), 1);
    }
    EXPECT_EQ(rawScalar(path, u"PRAGMA user_version"_s).toInt(), 1);
    for (const QString& table : {u"organisations"_s,
                                 u"organisation_teaching_hours"_s,
                                 u"people"_s,
                                 u"students"_s,
                                 u"student_representatives"_s,
                                 u"agreements"_s,
                                 u"agreement_parties"_s,
                                 u"agreement_deliberations"_s,
                                 u"agreement_reviews"_s,
                                 u"agreement_signatures"_s,
                                 u"agreement_clauses"_s,
                                 u"agreement_amendments"_s,
                                 u"measures"_s,
                                 u"measure_slots"_s,
                                 u"measure_signatures"_s,
                                 u"measure_attendance"_s,
                                 u"measure_incidents"_s,
                                 u"measure_host_reports"_s,
                                 u"group_activities"_s,
                                 u"group_participants"_s,
                                 u"group_sessions"_s,
                                 u"group_session_attendance"_s}) {
        EXPECT_TRUE(tableExists(path, table)) << table.toStdString();
    }
    EXPECT_FALSE(tableExists(path, u"search_entries"_s));
}

TEST(Migrations, FromVersionOneWithDataToVersionTwo) {
    TempFolder folder;
    const QString path = folder.path(u"v1.sqlite"_s);
    { ASSERT_TRUE(Database::openAtVersion(path, 1).ok()); }
    rawExecute(path, versionOneRows());

    auto opened = Database::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Database& db = **opened;
    EXPECT_EQ(db.schemaVersion(), Database::latestSchemaVersion());  // through version 2
    EXPECT_TRUE(tableExists(path, u"search_entries"_s));

    // The data is intact, revisions included.
    const auto student = StudentRepository(db).find(heleneId);
    ASSERT_TRUE(student.ok()) << student.error().message.toStdString();
    EXPECT_EQ(student->firstName, u"Hélène"_s);
    EXPECT_EQ(student->birthDate, QDate(2011, 2, 28));
    EXPECT_EQ(student->revision, 2);
    ASSERT_EQ(student->legalRepresentatives.size(), 1);
    EXPECT_EQ(student->legalRepresentatives.at(0).relation, u"mère"_s);
    const auto school = OrganisationRepository(db).find(schoolId);
    ASSERT_TRUE(school.ok());
    EXPECT_EQ(school->teachingHours.size(), 1);
    EXPECT_EQ(school->revision, 3);

    // And the index was built from it: records written before version 2 are found.
    const auto students = StudentRepository(db).list({.text = u"helene"_s});
    ASSERT_TRUE(students.ok());
    EXPECT_EQ(students->total, 1);
    const auto measures = MeasureRepository(db).list({.text = u"bernard prejudice"_s});
    ASSERT_TRUE(measures.ok());
    EXPECT_EQ(measures->total, 1);
    const auto organisations = OrganisationRepository(db).list({.text = u"0941234a"_s});
    ASSERT_TRUE(organisations.ok());
    EXPECT_EQ(organisations->total, 1);
}

TEST(Migrations, FromVersionTwoWithSignaturesToVersionThree) {
    TempFolder folder;
    const QString path = folder.path(u"v2.sqlite"_s);
    {
        auto opened = Database::openAtVersion(path, 2);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        EXPECT_EQ((*opened)->schemaVersion(), 2);
    }
    rawExecute(path, versionOneRows());
    // Signatures as version 2 stored them: no method.
    rawExecute(
        path,
        {
            u"INSERT INTO organisations (id, kind, name, sort_name, uai, address, phone, email, revision) "
            "VALUES ('ORG-HOST', 'host', 'Ressourcerie', 'ressourcerie', '', '', '', '', 1)"_s,
            u"INSERT INTO agreements (id, kind, title, sort_title, tacit_renewal, notice_anchor, status, "
            u"revision) "
            "VALUES ('A-RESP', 'responsibility-measures', 'Convention', 'convention', 0, 'notification', "
            "'awaiting-signature', 4)"_s,
            u"INSERT INTO agreement_signatures (agreement_id, seq, organisation_id, signed_on) "
            "VALUES ('A-RESP', 0, 'ORG-SCHOOL', '2026-09-01'), ('A-RESP', 1, 'ORG-HOST', NULL)"_s,
            u"INSERT INTO measure_signatures (measure_id, seq, role, signed_on) "
            "VALUES ('M-1', 0, 'head-of-school', '2026-11-10')"_s,
        });
    EXPECT_FALSE(tableExists(path, u"issued_documents"_s));

    auto opened = Database::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Database& db = **opened;
    EXPECT_EQ(db.schemaVersion(), Database::latestSchemaVersion());  // through version 3
    EXPECT_TRUE(tableExists(path, u"issued_documents"_s));
    EXPECT_TRUE(tableExists(path, u"attachments"_s));

    // Every signature given before version 3 was on paper.
    const auto agreement = AgreementRepository(db).find(agreementId);
    ASSERT_TRUE(agreement.ok()) << agreement.error().message.toStdString();
    ASSERT_EQ(agreement->signatures.size(), 2);
    EXPECT_EQ(agreement->signatures[0],
              (PartySignature{schoolId, QDate(2026, 9, 1), SignatureMethod::Paper}));
    EXPECT_EQ(agreement->signatures[1], (PartySignature{hostId, QDate(), SignatureMethod::Paper}));
    EXPECT_EQ(agreement->revision, 4);
    const auto measure = MeasureRepository(db).find(measureId);
    ASSERT_TRUE(measure.ok()) << measure.error().message.toStdString();
    ASSERT_EQ(measure->signatures.size(), 1);
    EXPECT_EQ(measure->signatures[0].method, SignatureMethod::Paper);

    // The new columns and tables work at once.
    Measure changed = *measure;
    changed.signatures[0].method = SignatureMethod::Digital;
    ASSERT_TRUE(MeasureRepository(db).save(changed).ok());
    EXPECT_EQ(MeasureRepository(db).find(measureId)->signatures[0].method, SignatureMethod::Digital);
    DocumentArchive archive(db);
    const auto issued = archive.issue({ArchivedKind::Measure, measureId}, u"measure"_s, "%PDF-1.4\n%%EOF\n",
                                      false, false, QDateTime(QDate(2026, 11, 20), QTime(9, 0)));
    ASSERT_TRUE(issued.ok()) << issued.error().message.toStdString();
    EXPECT_EQ(issued->version, 1);
}

TEST(Migrations, FromVersionThreeAnUnmarkedPasserelleDatabaseIsRecognisedAndMarked) {
    TempFolder folder;
    const QString path = folder.path(u"v3.sqlite"_s);
    { ASSERT_TRUE(Database::openAtVersion(path, 3).ok()); }
    rawExecute(path, versionOneRows());
    ASSERT_EQ(rawScalar(path, u"PRAGMA application_id"_s).toInt(), 0);

    auto opened = Database::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_EQ((*opened)->schemaVersion(), Database::latestSchemaVersion());      // through version 4
    EXPECT_EQ(rawScalar(path, u"PRAGMA application_id"_s).toInt(), 0x50415353);  // "PASS"
    EXPECT_EQ(rawScalar(path, u"PRAGMA user_version"_s).toInt(), Database::latestSchemaVersion());
    EXPECT_TRUE(StudentRepository(**opened).find(heleneId).ok());
}

TEST(Migrations, FromVersionFourHostsGetADomainAndAgreementsHandledDeadlines) {
    TempFolder folder;
    const QString path = folder.path(u"v4.sqlite"_s);
    { ASSERT_TRUE(Database::openAtVersion(path, 4).ok()); }
    rawExecute(path, versionOneRows());
    rawExecute(
        path,
        {
            u"INSERT INTO agreements (id, kind, title, sort_title, tacit_renewal, notice_anchor, status, "
            "revision) VALUES ('A-RESP', 'responsibility-measures', 'Convention', 'convention', 1, "
            "'school-year-start', 'signed', 2)"_s,
        });
    EXPECT_FALSE(tableExists(path, u"agreement_handled_deadlines"_s));

    auto opened = Database::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Database& db = **opened;
    EXPECT_EQ(db.schemaVersion(), Database::latestSchemaVersion());  // through version 5
    EXPECT_EQ(rawScalar(path, u"PRAGMA user_version"_s).toInt(), Database::latestSchemaVersion());
    EXPECT_TRUE(tableExists(path, u"agreement_handled_deadlines"_s));

    // What was there reads as before: no domain, nothing handled, the same revisions.
    const auto school = OrganisationRepository(db).find(schoolId);
    ASSERT_TRUE(school.ok()) << school.error().message.toStdString();
    EXPECT_EQ(school->activityDomain, QString());
    EXPECT_EQ(school->revision, 3);
    const auto agreement = AgreementRepository(db).find(agreementId);
    ASSERT_TRUE(agreement.ok()) << agreement.error().message.toStdString();
    EXPECT_TRUE(agreement->handledDeadlines.isEmpty());
    EXPECT_EQ(agreement->revision, 2);

    // The new column and table work at once, and go with their agreement.
    Organisation changedSchool = *school;
    changedSchool.activityDomain = u"Enseignement"_s;
    ASSERT_TRUE(OrganisationRepository(db).save(changedSchool).ok());
    EXPECT_EQ(OrganisationRepository(db).find(schoolId)->activityDomain, u"Enseignement"_s);
    Agreement changed = *agreement;
    changed.handledDeadlines = {
        {u"DEADLINE-DENOUNCE"_s, QDate(2027, 5, 31), QDate(2027, 5, 2), u"Reconduite"_s}};
    ASSERT_TRUE(AgreementRepository(db).save(changed).ok());
    EXPECT_EQ(AgreementRepository(db).find(agreementId)->handledDeadlines, changed.handledDeadlines);
    ASSERT_TRUE(AgreementRepository(db).remove(agreementId, 3).ok());
    EXPECT_EQ(rawScalar(path, u"SELECT COUNT(*) FROM agreement_handled_deadlines"_s).toInt(), 0);
}

// Migration 5 adds a column and a table in one step: when the table cannot be made, the column is not added
// either.
TEST(Migrations, AFailingVersionFiveLeavesVersionFour) {
    TempFolder folder;
    const QString path = folder.path(u"v4.sqlite"_s);
    { ASSERT_TRUE(Database::openAtVersion(path, 4).ok()); }
    rawExecute(path, versionOneRows());
    rawExecute(path, {u"CREATE TABLE agreement_handled_deadlines (x TEXT)"_s});

    const auto opened = Database::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().message.contains(u"version 5"_s)) << opened.error().message.toStdString();
    EXPECT_EQ(rawScalar(path, u"PRAGMA user_version"_s).toInt(), 4);
    EXPECT_EQ(
        rawScalar(path,
                  u"SELECT COUNT(*) FROM pragma_table_info('organisations') WHERE name = 'activity_domain'"_s)
            .toInt(),
        0);
    EXPECT_EQ(rawScalar(path, u"SELECT COUNT(*) FROM organisations"_s).toInt(), 1);
}

TEST(Migrations, FromVersionFiveCivilitiesDesignationsPrefectureDatesAndResources) {
    TempFolder folder;
    const QString path = folder.path(u"v5.sqlite"_s);
    { ASSERT_TRUE(Database::openAtVersion(path, 5).ok()); }
    rawExecute(path, versionOneRows());
    // Rows as version 5 wrote them, without the new columns.
    rawExecute(
        path,
        {
            u"INSERT INTO people (id, organisation_id, first_name, last_name, sort_last_name, "
            "sort_first_name, role, email, phone, revision) VALUES ('P-HEAD', 'ORG-SCHOOL', 'Anne', "
            "'Lefèvre', 'lefevre', 'anne', 'Principale', '', '', 4)"_s,
            u"INSERT INTO agreements (id, kind, title, sort_title, tacit_renewal, notice_anchor, status, "
            "revision) VALUES ('A-RESP', 'responsibility-measures', 'Convention', 'convention', 1, "
            "'school-year-start', 'signed', 2)"_s,
            u"INSERT INTO agreement_parties (agreement_id, seq, organisation_id, representative_id, role) "
            "VALUES ('A-RESP', 0, 'ORG-SCHOOL', 'P-HEAD', 'school')"_s,
            u"INSERT INTO agreement_deliberations (agreement_id, seq, body, deliberation_number, "
            "deliberation_date) VALUES ('A-RESP', 0, 'Conseil d''administration', '2025-07', "
            "'2025-06-26')"_s,
        });
    EXPECT_FALSE(tableExists(path, u"agreement_resources"_s));

    auto opened = Database::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Database& db = **opened;
    EXPECT_EQ(db.schemaVersion(), Database::latestSchemaVersion());  // through version 6
    EXPECT_EQ(rawScalar(path, u"PRAGMA user_version"_s).toInt(), Database::latestSchemaVersion());
    EXPECT_TRUE(tableExists(path, u"agreement_resources"_s));

    // What was there reads as before: no civility, no designation, no prefecture date, no resource.
    const auto head = PersonRepository(db).find(u"P-HEAD"_s);
    ASSERT_TRUE(head.ok()) << head.error().message.toStdString();
    EXPECT_EQ(head->civility, QString());
    EXPECT_EQ(head->revision, 4);
    const auto helene = StudentRepository(db).find(heleneId);
    ASSERT_TRUE(helene.ok()) << helene.error().message.toStdString();
    ASSERT_EQ(helene->legalRepresentatives.size(), 1);
    EXPECT_EQ(helene->legalRepresentatives.constFirst().civility, QString());
    const auto agreement = AgreementRepository(db).find(agreementId);
    ASSERT_TRUE(agreement.ok()) << agreement.error().message.toStdString();
    ASSERT_EQ(agreement->parties.size(), 1);
    EXPECT_EQ(agreement->parties.constFirst(), (Party{schoolId, u"P-HEAD"_s, u"school"_s}));
    ASSERT_EQ(agreement->deliberations.size(), 1);
    EXPECT_EQ(agreement->deliberations.constFirst(),
              (Deliberation{u"Conseil d'administration"_s, u"2025-07"_s, QDate(2025, 6, 26)}));
    EXPECT_TRUE(agreement->resources.isEmpty());
    EXPECT_EQ(agreement->revision, 2);

    // The new columns and table work at once, and the resources go with their agreement.
    Person changedHead = *head;
    changedHead.civility = u"Mme"_s;
    ASSERT_TRUE(PersonRepository(db).save(changedHead).ok());
    EXPECT_EQ(PersonRepository(db).find(u"P-HEAD"_s)->civility, u"Mme"_s);
    Student changedHelene = *helene;
    changedHelene.legalRepresentatives.first().civility = u"Mme"_s;
    ASSERT_TRUE(StudentRepository(db).save(changedHelene).ok());
    EXPECT_EQ(StudentRepository(db).find(heleneId)->legalRepresentatives, changedHelene.legalRepresentatives);
    Agreement changed = *agreement;
    changed.parties.first().designation = u"l'établissement scolaire"_s;
    changed.parties.first().delegation = u"agissant par délégation"_s;
    changed.parties.first().signatureMention = u"P. le Principal"_s;
    changed.deliberations.first().receivedAt = QDate(2025, 6, 30);
    changed.deliberations.first().transmittedAt = QDate(2025, 6, 29);
    changed.deliberations.first().publishedOn = QDate(2025, 7, 1);
    changed.resources = {{u"Maison des adolescents"_s, u"Santé"_s, u"11-21 ans"_s, u"Accueil"_s,
                          u"01 00 00 00 00"_s, u"mda@example.fr"_s}};
    ASSERT_TRUE(AgreementRepository(db).save(changed).ok());
    const auto saved = AgreementRepository(db).find(agreementId);
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->parties, changed.parties);
    EXPECT_EQ(saved->deliberations, changed.deliberations);
    EXPECT_EQ(saved->resources, changed.resources);
    ASSERT_TRUE(AgreementRepository(db).remove(agreementId, 3).ok());
    EXPECT_EQ(rawScalar(path, u"SELECT COUNT(*) FROM agreement_resources"_s).toInt(), 0);
}

// Migration 6 adds columns and a table in one step: when the table cannot be made, no column is added either.
TEST(Migrations, AFailingVersionSixLeavesVersionFive) {
    TempFolder folder;
    const QString path = folder.path(u"v5.sqlite"_s);
    { ASSERT_TRUE(Database::openAtVersion(path, 5).ok()); }
    rawExecute(path, versionOneRows());
    rawExecute(path, {u"CREATE TABLE agreement_resources (x TEXT)"_s});

    const auto opened = Database::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().message.contains(u"version 6"_s)) << opened.error().message.toStdString();
    EXPECT_EQ(rawScalar(path, u"PRAGMA user_version"_s).toInt(), 5);
    EXPECT_EQ(rawScalar(path, u"SELECT COUNT(*) FROM pragma_table_info('people') WHERE name = 'civility'"_s)
                  .toInt(),
              0);
    EXPECT_EQ(rawScalar(path, u"SELECT COUNT(*) FROM students"_s).toInt(), 1);
}

TEST(Migrations, FromVersionSixOrganisationsGetALegalName) {
    TempFolder folder;
    const QString path = folder.path(u"v6.sqlite"_s);
    { ASSERT_TRUE(Database::openAtVersion(path, 6).ok()); }
    rawExecute(path, versionOneRows());
    // A host as version 6 wrote it, without the new column.
    rawExecute(path, {u"INSERT INTO organisations (id, kind, name, sort_name, activity_domain, uai, address, "
                      "phone, email, revision) VALUES ('ORG-ALCEJ', 'association', 'ALCEJ', 'alcej', "
                      "'Animation', '', '2 avenue des Chalets', '', '', 5)"_s});
    EXPECT_EQ(
        rawScalar(path,
                  u"SELECT COUNT(*) FROM pragma_table_info('organisations') WHERE name = 'legal_name'"_s)
            .toInt(),
        0);

    auto opened = Database::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Database& db = **opened;
    EXPECT_EQ(db.schemaVersion(), Database::latestSchemaVersion());  // through version 7
    EXPECT_EQ(rawScalar(path, u"PRAGMA user_version"_s).toInt(), Database::latestSchemaVersion());

    // What was there reads as before: no legal name, the same revisions and fields.
    const auto host = OrganisationRepository(db).find(u"ORG-ALCEJ"_s);
    ASSERT_TRUE(host.ok()) << host.error().message.toStdString();
    EXPECT_EQ(host->legalName, QString());
    EXPECT_EQ(host->name, u"ALCEJ"_s);
    EXPECT_EQ(host->activityDomain, u"Animation"_s);
    EXPECT_EQ(host->revision, 5);
    const auto school = OrganisationRepository(db).find(schoolId);
    ASSERT_TRUE(school.ok()) << school.error().message.toStdString();
    EXPECT_EQ(school->legalName, QString());
    EXPECT_EQ(school->teachingHours.size(), 1);

    // The new column works at once.
    Organisation changed = *host;
    changed.legalName = u"Association Loisirs Culture Enfance Jeunesse"_s;
    const auto saved = OrganisationRepository(db).save(changed);
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    EXPECT_EQ(saved->revision, 6);
    EXPECT_EQ(OrganisationRepository(db).find(u"ORG-ALCEJ"_s)->legalName,
              u"Association Loisirs Culture Enfance Jeunesse"_s);
}

TEST(Migrations, FromVersionSevenStudentsGetASiecleIdentity) {
    TempFolder folder;
    const QString path = folder.path(u"v7.sqlite"_s);
    { ASSERT_TRUE(Database::openAtVersion(path, 7).ok()); }
    rawExecute(path, versionOneRows());
    EXPECT_EQ(rawScalar(path,
                        u"SELECT COUNT(*) FROM pragma_table_info('students') WHERE name IN "
                        "('family_name', 'ine', 'siecle_id', 'left_on')"_s)
                  .toInt(),
              0);

    auto opened = Database::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Database& db = **opened;
    EXPECT_EQ(db.schemaVersion(), Database::latestSchemaVersion());  // through version 8
    EXPECT_EQ(rawScalar(path, u"PRAGMA user_version"_s).toInt(), Database::latestSchemaVersion());
    // The import's look-ups have their indexes, left without the typed students' empty values.
    for (const QString& index : {u"students_by_ine"_s, u"students_by_siecle_id"_s}) {
        EXPECT_TRUE(
            rawScalar(path,
                      u"SELECT sql FROM sqlite_master WHERE type = 'index' AND name = '%1'"_s.arg(index))
                .toString()
                .contains(u"<> ''"_s))
            << index.toStdString();
    }

    // What was there reads as before: no SIECLE identity, the same revision and representative.
    const auto student = StudentRepository(db).find(heleneId);
    ASSERT_TRUE(student.ok()) << student.error().message.toStdString();
    EXPECT_EQ(student->familyName, QString());
    EXPECT_EQ(student->ine, QString());
    EXPECT_EQ(student->siecleId, QString());
    EXPECT_FALSE(student->leftOn.isValid());
    EXPECT_EQ(student->revision, 2);
    ASSERT_EQ(student->legalRepresentatives.size(), 1);
    EXPECT_EQ(student->legalRepresentatives.at(0).siecleId, QString());
    EXPECT_EQ(student->legalRepresentatives.at(0).relation, u"mère"_s);

    // The new columns work at once.
    Student changed = *student;
    changed.familyName = u"Lefèvre"_s;
    changed.ine = u"070803070AJ"_s;
    changed.siecleId = u"1234567"_s;
    changed.leftOn = QDate(2026, 7, 4);
    changed.legalRepresentatives[0].siecleId = u"712345"_s;
    const auto saved = StudentRepository(db).save(changed);
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    EXPECT_EQ(saved->revision, 3);
    changed.revision = 3;
    EXPECT_EQ(*StudentRepository(db).find(heleneId), changed);
    EXPECT_EQ(rawScalar(path, u"SELECT left_on FROM students WHERE id = 'S-HELENE'"_s).toString(),
              u"2026-07-04"_s);
}

TEST(Migrations, AFailingMigrationChangesNothing) {
    TempFolder folder;
    const QString path = folder.path(u"v1.sqlite"_s);
    { ASSERT_TRUE(Database::openAtVersion(path, 1).ok()); }
    rawExecute(path, versionOneRows());
    // A table in the way of migration 2: it cannot create its own.
    rawExecute(path, {u"CREATE TABLE student_search (x TEXT)"_s});

    const auto opened = Database::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().message.contains(u"version 2"_s)) << opened.error().message.toStdString();
    EXPECT_TRUE(opened.error().message.contains(u"nothing was changed"_s));
    EXPECT_EQ(rawScalar(path, u"PRAGMA user_version"_s).toInt(), 1);
    EXPECT_FALSE(tableExists(path, u"search_entries"_s));
    EXPECT_FALSE(tableExists(path, u"organisation_search"_s));
    EXPECT_EQ(rawScalar(path, u"SELECT COUNT(*) FROM students"_s).toInt(), 1);
}

TEST(Migrations, OpeningAtAnOlderVersionNeverGoesDown) {
    TempFolder folder;
    const QString path = folder.path(u"latest.sqlite"_s);
    { ASSERT_TRUE(Database::open(path).ok()); }
    auto opened = Database::openAtVersion(path, 1);
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ((*opened)->schemaVersion(), Database::latestSchemaVersion());
}
