// Repositories: round trips of every aggregate with every field, the revision check, references.
#include "storage_fixtures.h"

#include "passerelle/storage/dataset_store.h"
#include "passerelle/storage/repositories.h"

#include <QSqlError>
#include <QUuid>

using namespace passerelle;
using namespace passerelle::storage;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Saves `record` (new, revision 0), expects revision 1, and expects find() to give back exactly it.
template <typename T>
T expectRoundTrip(Database& database, const T& record) {
    Repository<T> repository(database);
    const auto saved = repository.save(record);
    EXPECT_TRUE(saved.ok()) << saved.error().message.toStdString();
    if (!saved)
        return record;
    EXPECT_EQ(saved->revision, 1);
    T expected = record;
    expected.revision = 1;
    EXPECT_TRUE(*saved == expected);
    const auto found = repository.find(record.id);
    EXPECT_TRUE(found.ok()) << found.error().message.toStdString();
    if (found) {
        EXPECT_TRUE(*found == expected);
    }
    return expected;
}

}  // namespace

TEST_F(StorageTest, EveryAggregateRoundTripsWithEveryField) {
    expectRoundTrip(db(), sampleSchool());
    expectRoundTrip(db(), sampleHost());
    expectRoundTrip(db(), sampleTown());
    expectRoundTrip(db(), samplePrincipal());
    expectRoundTrip(db(), sampleTutor());
    expectRoundTrip(db(), sampleCpe());
    expectRoundTrip(db(), sampleHelene());
    expectRoundTrip(db(), sampleLucas());
    expectRoundTrip(db(), sampleAgreement());
    expectRoundTrip(db(), sampleMeasure());
    expectRoundTrip(db(), sampleGroup());
    // And after closing: nothing lived only in a cache.
    reopen();
    const auto measure = MeasureRepository(db()).find(measureId);
    ASSERT_TRUE(measure.ok());
    Measure expected = sampleMeasure();
    expected.revision = 1;
    EXPECT_TRUE(*measure == expected);
}

TEST_F(StorageTest, EmptyOptionalFieldsRoundTripAsNothing) {
    expectRoundTrip(db(), Organisation{.id = u"O"_s, .name = u"Sans rien"_s});
    expectRoundTrip(db(), Person{.id = u"P"_s});
    expectRoundTrip(db(), Student{.id = u"S"_s, .lastName = u"Seul"_s});
    expectRoundTrip(db(), Agreement{.id = u"A"_s, .title = u"Brouillon"_s});
    expectRoundTrip(db(), Measure{.id = u"M"_s});
    expectRoundTrip(db(), GroupActivity{.id = u"G"_s});
    // A group size of 0 to 0 is a size, not "no size".
    Agreement zero{.id = u"A0"_s, .groupSize = GroupSize{0, 0}};
    expectRoundTrip(db(), zero);
    EXPECT_TRUE(AgreementRepository(db()).find(u"A0"_s)->groupSize.has_value());
    // NULL in the columns, not empty text, for absent dates and references.
    EXPECT_EQ(
        scalar(u"SELECT COUNT(*) FROM measures WHERE id = 'M' AND start_date IS NULL AND student_id IS NULL "
               "AND exclusion_days IS NULL"_s)
            .toInt(),
        1);
}

TEST_F(StorageTest, UpdateRewritesChildRowsAndBumpsTheRevision) {
    importSample();
    AgreementRepository agreements(db());
    auto agreement = agreements.find(agreementId);
    ASSERT_TRUE(agreement.ok());
    EXPECT_EQ(agreement->revision, 1);
    agreement->clauses.removeAt(1);
    agreement->clauses.prepend({9, u"Nouvel article"_s, u"Texte"_s});
    agreement->parties.removeLast();
    agreement->groupSize.reset();
    agreement->durationYears.reset();
    agreement->amendments.clear();
    agreement->handledDeadlines.removeFirst();
    agreement->resources.removeLast();
    agreement->parties.first().designation.clear();
    agreement->deliberations.last().publishedOn = QDate();
    const auto saved = agreements.save(*agreement);
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    EXPECT_EQ(saved->revision, 2);
    const auto found = agreements.find(agreementId);
    ASSERT_TRUE(found.ok());
    Agreement expected = *agreement;
    expected.revision = 2;
    EXPECT_TRUE(*found == expected);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM agreement_clauses WHERE agreement_id = 'A-RESP'"_s).toInt(), 3);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM agreement_amendments"_s).toInt(), 0);
    EXPECT_EQ(
        scalar(u"SELECT rule FROM agreement_handled_deadlines WHERE agreement_id = 'A-RESP' AND seq = 0"_s)
            .toString(),
        u"DEADLINE-REVIEW"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM agreement_handled_deadlines"_s).toInt(), 1);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM agreement_resources"_s).toInt(), 1);
    // An unknown prefecture date is NULL, as every absent date.
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM agreement_deliberations WHERE published_on IS NULL"_s).toInt(),
              2);
}

TEST_F(StorageTest, ANewRecordWithoutIdGetsAStableUuid) {
    OrganisationRepository organisations(db());
    Organisation organisation = sampleTown();
    organisation.id.clear();
    const auto saved = organisations.save(organisation);
    ASSERT_TRUE(saved.ok());
    EXPECT_FALSE(QUuid::fromString(saved->id).isNull()) << saved->id.toStdString();
    EXPECT_FALSE(saved->id.startsWith(u'{'));
    EXPECT_EQ(saved->revision, 1);
    const auto again = organisations.save(*saved);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->id, saved->id);
    EXPECT_EQ(again->revision, 2);
}

TEST_F(StorageTest, SavingAStaleCopyIsAConflictAndWritesNothing) {
    importSample();
    StudentRepository students(db());
    Student mine = *students.find(heleneId);
    Student theirs = mine;
    theirs.className = u"3eC"_s;
    ASSERT_TRUE(students.save(theirs).ok());

    mine.lastName = u"Durand"_s;
    mine.legalRepresentatives.clear();
    const auto saved = students.save(mine);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind, ErrorKind::Conflict);
    EXPECT_TRUE(saved.error().message.contains(u"This student was changed by someone else"_s))
        << saved.error().message.toStdString();

    const auto stored = students.find(heleneId);
    EXPECT_EQ(stored->revision, 2);
    EXPECT_EQ(stored->lastName, u"Bernard"_s);
    EXPECT_EQ(stored->className, u"3eC"_s);
    EXPECT_EQ(stored->legalRepresentatives.size(), 2);
    EXPECT_EQ(students.list({.text = u"durand"_s})->total, 0);
}

TEST_F(StorageTest, ConflictsAreSeenAcrossConnections) {
    importSample();
    auto other = Database::open(m_path);
    ASSERT_TRUE(other.ok());
    Organisation mine = *OrganisationRepository(db()).find(hostId);
    Organisation theirs = *OrganisationRepository(**other).find(hostId);
    theirs.phone = u"01 00 00 00 00"_s;
    ASSERT_TRUE(OrganisationRepository(**other).save(theirs).ok());
    mine.phone = u"02 00 00 00 00"_s;
    EXPECT_EQ(OrganisationRepository(db()).save(mine).error().kind, ErrorKind::Conflict);
}

TEST_F(StorageTest, SavingARecordDeletedMeanwhileIsAConflict) {
    importSample();
    GroupRepository groups(db());
    const GroupActivity group = *groups.find(groupId);
    ASSERT_TRUE(groups.remove(groupId, group.revision).ok());
    const auto saved = groups.save(group);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind, ErrorKind::Conflict);
    EXPECT_TRUE(saved.error().message.contains(u"deleted by someone else"_s));
    EXPECT_EQ(groups.find(groupId).error().kind, ErrorKind::NotFound);
}

TEST_F(StorageTest, ANewRecordCannotTakeAnExistingId) {
    importSample();
    Student copy = sampleLucas();  // revision 0: meant as new
    const auto saved = StudentRepository(db()).save(copy);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind, ErrorKind::Conflict);
    EXPECT_EQ(saved.error().field, u"id"_s);
}

TEST_F(StorageTest, RemovingChecksTheRevision) {
    importSample();
    MeasureRepository measures(db());
    const auto stale = measures.remove(measureId, 7);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().kind, ErrorKind::Conflict);
    EXPECT_TRUE(measures.find(measureId).ok());

    ASSERT_TRUE(measures.remove(measureId, 1).ok());
    EXPECT_EQ(measures.find(measureId).error().kind, ErrorKind::NotFound);
    for (const QString& table : {u"measure_slots"_s, u"measure_signatures"_s, u"measure_attendance"_s,
                                 u"measure_incidents"_s, u"measure_host_reports"_s}) {
        EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM %1"_s.arg(table)).toInt(), 0) << table.toStdString();
    }
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM search_entries WHERE kind = 'measure'"_s).toInt(), 0);
    EXPECT_EQ(measures.remove(measureId, 1).error().kind, ErrorKind::NotFound);
}

// The deadlines an agreement marks handled are its own rows: they go with it, by the repository or by the
// foreign key's cascade.
TEST_F(StorageTest, RemovingAnAgreementRemovesItsHandledDeadlines) {
    for (const Organisation& organisation : {sampleSchool(), sampleHost(), sampleTown()})
        ASSERT_TRUE(OrganisationRepository(db()).save(organisation).ok());
    for (const Person& person : {samplePrincipal(), sampleTutor()})
        ASSERT_TRUE(PersonRepository(db()).save(person).ok());
    AgreementRepository agreements(db());
    ASSERT_TRUE(agreements.save(sampleAgreement()).ok());
    Agreement other = sampleAgreement();
    other.id = u"A-OTHER"_s;
    ASSERT_TRUE(agreements.save(other).ok());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM agreement_handled_deadlines"_s).toInt(), 4);

    ASSERT_TRUE(agreements.remove(agreementId, 1).ok());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM agreement_handled_deadlines"_s).toInt(), 2);
    QSqlQuery raw(db().connection());
    ASSERT_TRUE(raw.exec(u"DELETE FROM agreements WHERE id = 'A-OTHER'"_s))
        << raw.lastError().text().toStdString();
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM agreement_handled_deadlines"_s).toInt(), 0);
}

TEST_F(StorageTest, RemovingAGroupRemovesItsSessionsAndAttendance) {
    importSample();
    ASSERT_TRUE(GroupRepository(db()).remove(groupId, 1).ok());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM group_sessions"_s).toInt(), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM group_session_attendance"_s).toInt(), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM group_participants"_s).toInt(), 0);
}

TEST_F(StorageTest, ARecordStillReferredToCannotBeDeleted) {
    importSample();
    const auto school = OrganisationRepository(db()).remove(schoolId, 1);
    ASSERT_FALSE(school.ok());
    EXPECT_EQ(school.error().kind, ErrorKind::Invalid);
    EXPECT_EQ(
        school.error().message,
        u"The organisation \"Collège Jean Moulin\" cannot be deleted: 2 people, 2 students, "
        u"1 agreement (as a party) and 1 agreement signature still refer to it. Change or delete them first."_s);
    EXPECT_TRUE(OrganisationRepository(db()).find(schoolId).ok());

    const auto student = StudentRepository(db()).remove(lucasId, 1);
    ASSERT_FALSE(student.ok());
    EXPECT_TRUE(student.error().message.contains(u"Lucas Œdipe-Marchand"_s));
    EXPECT_TRUE(
        student.error().message.contains(u"1 group (as a participant) and 1 group (in its attendance)"_s))
        << student.error().message.toStdString();

    const auto agreement = AgreementRepository(db()).remove(agreementId, 1);
    ASSERT_FALSE(agreement.ok());
    EXPECT_TRUE(agreement.error().message.contains(u"1 measure and 1 group"_s))
        << agreement.error().message.toStdString();

    // Once nothing refers to it, it goes.
    ASSERT_TRUE(MeasureRepository(db()).remove(measureId, 1).ok());
    ASSERT_TRUE(GroupRepository(db()).remove(groupId, 1).ok());
    EXPECT_TRUE(AgreementRepository(db()).remove(agreementId, 1).ok());
}

TEST_F(StorageTest, AReferenceToNothingIsRefusedWithItsField) {
    importSample();
    Student student = sampleHelene();
    student.id = u"S-NEW"_s;
    student.schoolId = u"ORG-NOWHERE"_s;
    const auto saved = StudentRepository(db()).save(student);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind, ErrorKind::Invalid);
    EXPECT_EQ(saved.error().field, u"school"_s);
    EXPECT_TRUE(saved.error().message.contains(u"ORG-NOWHERE"_s)) << saved.error().message.toStdString();
    EXPECT_EQ(StudentRepository(db()).find(u"S-NEW"_s).error().kind, ErrorKind::NotFound);

    Agreement agreement = sampleAgreement();
    agreement.id = u"A-NEW"_s;
    agreement.parties[1].representativeId = u"P-GHOST"_s;
    const auto savedAgreement = AgreementRepository(db()).save(agreement);
    ASSERT_FALSE(savedAgreement.ok());
    EXPECT_EQ(savedAgreement.error().field, u"parties[1].representative"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM agreement_clauses WHERE agreement_id = 'A-NEW'"_s).toInt(), 0);
}

TEST_F(StorageTest, FindingAnUnknownIdIsNotFound) {
    const auto found = PersonRepository(db()).find(u"nobody"_s);
    ASSERT_FALSE(found.ok());
    EXPECT_EQ(found.error().kind, ErrorKind::NotFound);
    EXPECT_TRUE(found.error().message.contains(u"nobody"_s));
}
