// One record's records, gathered by id for its documents (issue 14, « read what you show »): the records its
// documents need, nothing else, and a number of rows read that does not depend on how many students the
// database holds, so that a change loading everything again fails here rather than at a département's users.
#include "storage_fixtures.h"

#include "passerelle/exchange/demo_data.h"
#include "passerelle/storage/dataset_store.h"
#include "passerelle/storage/read_statistics.h"
#include "passerelle/storage/record_gathering.h"

#include <iostream>

using namespace passerelle;
using namespace passerelle::storage;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// The most rows gathering one measure or agreement may read: its own rows and those of the half-dozen
// records around it (each with a few child rows), far below the 2,000 students of the database.
constexpr qint64 recordRowBound = 100;

template <typename T>
QStringList idsOf(const QList<T>& records) {
    QStringList ids;
    for (const T& record : records)
        ids << record.id;
    return ids;
}

class RecordGatheringTest : public StorageTest {
protected:
    void SetUp() override {
        StorageTest::SetUp();
        m_demo = exchange::generateDemo({.seed = 3, .students = 2000, .today = fixedToday()});
        ASSERT_FALSE(m_demo.measures.isEmpty());
        ASSERT_FALSE(m_demo.groups.isEmpty());
        const auto imported = DatasetStore(db()).importDataset(m_demo);
        ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    }

    // The rows read by `work`, printed for the record.
    static qint64 rowsReadBy(const char* what, const std::function<void()>& work) {
        const ReadStatistics before = readStatistics();
        work();
        const ReadStatistics after = readStatistics();
        std::cout << "[ rows     ] " << what << ": " << after.rows - before.rows << " rows, "
                  << after.statements - before.statements << " statements\n";
        return after.rows - before.rows;
    }

    Dataset m_demo;
};

}  // namespace

TEST_F(RecordGatheringTest, AMeasureReadsItsRecordsNotEveryStudent) {
    const Measure& measure = m_demo.measures.first();
    Result<Dataset> gathered = failure(u"not run"_s);
    const qint64 rows = rowsReadBy("gather one measure, 2,000 students", [&] {
        gathered = gatherRecords(db(), {ArchivedKind::Measure, measure.id});
    });
    ASSERT_TRUE(gathered.ok()) << gathered.error().message.toStdString();
    EXPECT_LT(rows, recordRowBound);

    EXPECT_EQ(idsOf(gathered->measures), QStringList{measure.id});
    EXPECT_EQ(idsOf(gathered->students), QStringList{measure.studentId});
    const QStringList organisations = idsOf(gathered->organisations);
    EXPECT_TRUE(organisations.contains(gathered->students.first().schoolId));
    EXPECT_TRUE(organisations.contains(measure.hostId));
    EXPECT_EQ(idsOf(gathered->agreements), QStringList{measure.agreementId});
    EXPECT_TRUE(gathered->groups.isEmpty());
    // The records as stored, child rows included.
    const DatasetIndex index(m_demo);
    EXPECT_EQ(gathered->students.first().legalRepresentatives,
              index.student(measure.studentId)->legalRepresentatives);
}

TEST_F(RecordGatheringTest, AnAgreementReadsItsPartiesOnly) {
    const Agreement& agreement = m_demo.agreements.first();
    Result<Dataset> gathered = failure(u"not run"_s);
    const qint64 rows = rowsReadBy("gather one agreement, 2,000 students", [&] {
        gathered = gatherRecords(db(), {ArchivedKind::Agreement, agreement.id});
    });
    ASSERT_TRUE(gathered.ok()) << gathered.error().message.toStdString();
    EXPECT_LT(rows, recordRowBound);
    EXPECT_EQ(idsOf(gathered->agreements), QStringList{agreement.id});
    EXPECT_TRUE(gathered->students.isEmpty());
    EXPECT_TRUE(gathered->measures.isEmpty());
    for (const Party& party : agreement.parties)
        EXPECT_TRUE(idsOf(gathered->organisations).contains(party.organisationId));
}

// A group reads its participants (and their schools, the letterhead's fallback): its size, not the
// database's.
TEST_F(RecordGatheringTest, AGroupReadsItsParticipantsOnly) {
    const GroupActivity& group = m_demo.groups.first();
    Result<Dataset> gathered = failure(u"not run"_s);
    const qint64 rows = rowsReadBy("gather one group, 2,000 students", [&] {
        gathered = gatherRecords(db(), {ArchivedKind::Group, group.id});
    });
    ASSERT_TRUE(gathered.ok()) << gathered.error().message.toStdString();
    EXPECT_LT(rows, recordRowBound + 10 * group.participantIds.size());
    EXPECT_EQ(idsOf(gathered->groups), QStringList{group.id});
    EXPECT_EQ(idsOf(gathered->students), group.participantIds);
}

// The hook counts what the whole database costs, so that the bounds above mean something.
TEST_F(RecordGatheringTest, LoadingEverythingReadsEveryStudent) {
    const qint64 rows = rowsReadBy("load the whole database, 2,000 students", [&] {
        const auto all = DatasetStore(db()).loadAll();
        ASSERT_TRUE(all.ok()) << all.error().message.toStdString();
    });
    EXPECT_GE(rows, 2000);
}

TEST_F(RecordGatheringTest, AMissingRecordIsNotFound) {
    for (const ArchivedKind kind : {ArchivedKind::Agreement, ArchivedKind::Measure, ArchivedKind::Group}) {
        const auto gathered = gatherRecords(db(), {kind, u"no-such-record"_s});
        ASSERT_FALSE(gathered.ok());
        EXPECT_EQ(gathered.error().kind, ErrorKind::NotFound);
    }
}
