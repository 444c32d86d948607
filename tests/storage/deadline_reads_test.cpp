// storage::storedDeadlines (issue 14): the same deadlines as rules::upcomingDeadlines over every agreement
// read whole, for any day, horizon and includeHandled, while reading the clauses of only the agreements that
// have a deadline.
#include "storage_fixtures.h"

#include "passerelle/exchange/demo_data.h"
#include "passerelle/rules/rule_ids.h"
#include "passerelle/storage/dataset_store.h"
#include "passerelle/storage/deadline_reads.h"
#include "passerelle/storage/read_statistics.h"

using namespace passerelle;
using namespace passerelle::storage;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Compares the stored path with the rules over every agreement loaded whole, from two years before `around`
// to two years after, for several horizons, with and without the handled deadlines. Returns how many
// deadlines were compared, so that a test can tell it compared something.
qsizetype expectSameAsWholeRead(Database& database, const QDate& around) {
    const auto all = DatasetStore(database).loadAll();
    EXPECT_TRUE(all.ok());
    if (!all)
        return 0;
    qsizetype compared = 0;
    for (QDate today = around.addYears(-2); today <= around.addYears(2); today = today.addDays(23)) {
        for (const int days : {0, 30, 91, 365, 1200}) {
            for (const bool includeHandled : {false, true}) {
                const rules::DeadlineOptions options{.includeHandled = includeHandled};
                const auto expected = rules::upcomingDeadlines(all->agreements, today, days, {}, options);
                const auto stored = storedDeadlines(database, today, days, {}, options);
                EXPECT_TRUE(stored.ok()) << stored.error().message.toStdString();
                if (!stored)
                    return compared;
                EXPECT_TRUE(*stored == expected)
                    << today.toString(Qt::ISODate).toStdString() << " +" << days << " days, handled "
                    << includeHandled << ": " << stored->size() << " vs " << expected.size();
                compared += expected.size();
            }
        }
    }
    return compared;
}

// The demo, with handled marks on some of its deadlines (a review marked handled counts as held, which moves
// the next one) and one agreement in each status, so that every branch of the rules is met.
Dataset demoWithMarks() {
    Dataset demo = exchange::generateDemo({.seed = 11, .students = 1500, .today = fixedToday()});
    for (qsizetype i = 0; i < demo.agreements.size(); ++i) {
        Agreement& agreement = demo.agreements[i];
        if (i % 3 != 0)
            continue;
        const QDate day = fixedToday().addDays(-200 + 40 * (i % 7));
        for (const rules::Deadline& deadline : rules::agreementDeadlines(agreement, day, 400)) {
            agreement.handledDeadlines.append(
                {deadline.rule, deadline.date, deadline.date.addDays(-3), u"traité en conseil"_s});
        }
    }
    return demo;
}

}  // namespace

TEST_F(StorageTest, StoredDeadlinesAreTheRulesOverEveryAgreementOnTheSample) {
    importSample();
    EXPECT_GT(expectSameAsWholeRead(db(), fixedToday()), 0);
}

TEST_F(StorageTest, StoredDeadlinesAreTheRulesOverEveryAgreementOnADemo) {
    const Dataset demo = demoWithMarks();
    QSet<AgreementStatus> statuses;
    qsizetype marks = 0;
    for (const Agreement& agreement : demo.agreements) {
        statuses.insert(agreement.status);
        marks += agreement.handledDeadlines.size();
    }
    ASSERT_GE(statuses.size(), 3);  // signed and others, which have no deadline
    ASSERT_GT(marks, 0);
    ASSERT_TRUE(DatasetStore(db()).importDataset(demo).ok());
    EXPECT_GT(expectSameAsWholeRead(db(), fixedToday()), 100);
}

TEST_F(StorageTest, StoredDeadlinesReadTheClausesOfOnlyTheAgreementsWithADeadline) {
    ASSERT_TRUE(DatasetStore(db()).importDataset(demoWithMarks()).ok());
    const qint64 clauseRows = scalar(u"SELECT COUNT(*) FROM agreement_clauses"_s).toLongLong();
    ASSERT_GT(clauseRows, 100);
    // Nothing due within the day after a date where no review is overdue yet: the agreements' terms alone are
    // read, fewer rows than their clauses.
    const ReadStatistics before = readStatistics();
    const auto stored = storedDeadlines(db(), fixedToday(), 30);
    const ReadStatistics after = readStatistics();
    ASSERT_TRUE(stored.ok());
    QSet<QString> withDeadlines;
    for (const rules::Deadline& deadline : *stored)
        withDeadlines.insert(deadline.agreementId);
    const qint64 agreements = scalar(u"SELECT COUNT(*) FROM agreements"_s).toLongLong();
    ASSERT_LT(withDeadlines.size(), agreements / 2);
    // A whole read would step through every clause row; this one through those of the few.
    EXPECT_LT(after.rows - before.rows, clauseRows / 2);
    EXPECT_LE(after.statements - before.statements, 4);  // three for the terms, one for the few clauses
}
