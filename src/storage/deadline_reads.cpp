// Issue 14: the deadlines without reading every agreement whole. Reading all of them with all their child
// rows cost half of `passerelle-cli deadlines` at 100,000 students, mostly the clause bodies (long texts) of
// agreements that have no deadline. The rules decide which agreements have one from a few columns; only the
// clauses of those are read, to word their references.
#include "passerelle/storage/deadline_reads.h"

#include "mappers/mappers.h"
#include "passerelle/storage/database.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::storage {
namespace {

// The ids of the agreements in the statuses the rules admit, as a subquery on the status index.
IdFilter admittedAgreements(const rules::DeadlineCriteria& criteria) {
    Values statuses;
    for (const AgreementStatus status : criteria.statuses)
        statuses << key(status);
    return IdFilter::selectedBy(
        u"SELECT id FROM agreements WHERE status IN ("_s + placeholders(statuses.size()) + u')', statuses);
}

// The admitted agreements with all that their deadlines read (rules/deadlines.h, agreementDeadlines) but the
// clauses: their own columns, the dates of their reviews and their handled marks (whose notes a handled
// deadline shows); no party or other list, and no review notes.
Result<QList<Agreement>> readTerms(Database& database, const IdFilter& admitted) {
    Assembly<Agreement> records;
    Status status =
        selectRows(database, u"SELECT "_s + agreementTermsColumns() + u", status FROM agreements"_s, u"id"_s,
                   admitted, {}, [&](const QSqlQuery& row) -> Status {
                       auto agreement = agreementTermsFromRow(row, 12);
                       if (!agreement)
                           return agreement.error();
                       records.add(std::move(*agreement));
                       return success();
                   });
    if (!status)
        return status.error();
    status = selectRows(database, u"SELECT agreement_id, review_date FROM agreement_reviews"_s,
                        u"agreement_id"_s, admitted, u"agreement_id, seq"_s, [&](const QSqlQuery& row) {
                            if (Agreement* owner = records.find(row.value(0).toString()))
                                owner->reviews.append({toDate(row.value(1)), {}});
                            return success();
                        });
    if (!status)
        return status.error();
    status = selectRows(
        database, u"SELECT agreement_id, rule, due, handled_on, note FROM agreement_handled_deadlines"_s,
        u"agreement_id"_s, admitted, u"agreement_id, seq"_s, [&](const QSqlQuery& row) {
            if (Agreement* owner = records.find(row.value(0).toString())) {
                owner->handledDeadlines.append({row.value(1).toString(), toDate(row.value(2)),
                                                toDate(row.value(3)), row.value(4).toString()});
            }
            return success();
        });
    if (!status)
        return status.error();
    return records.take();
}

// The clauses of `agreements`, which cite them in their references.
Status readClauses(Database& database, Assembly<Agreement>& agreements, const QStringList& ids) {
    return selectRows(database, u"SELECT agreement_id, clause_number, title, body FROM agreement_clauses"_s,
                      u"agreement_id"_s, IdFilter(ids), u"agreement_id, seq"_s, [&](const QSqlQuery& row) {
                          if (Agreement* owner = agreements.find(row.value(0).toString()))
                              owner->clauses.append(
                                  {row.value(1).toInt(), row.value(2).toString(), row.value(3).toString()});
                          return success();
                      });
}

}  // namespace

Result<QList<rules::Deadline>> storedDeadlines(Database& database, const QDate& today, int days,
                                               const rules::RuleSettings& settings,
                                               const rules::DeadlineOptions& options) {
    QList<rules::Deadline> deadlines;
    const Status read = database.snapshot([&]() -> Status {
        auto terms = readTerms(database, admittedAgreements(rules::deadlineCriteria()));
        if (!terms)
            return terms.error();
        Assembly<Agreement> withDeadlines;
        QStringList ids;
        for (Agreement& agreement : *terms) {
            if (!rules::agreementDeadlines(agreement, today, days, settings, options).isEmpty()) {
                ids << agreement.id;
                withDeadlines.add(std::move(agreement));
            }
        }
        if (ids.isEmpty())
            return success();
        // Computed again with the clauses: the same deadlines, their references now citing the articles.
        if (auto s = readClauses(database, withDeadlines, ids); !s)
            return s;
        deadlines = rules::upcomingDeadlines(withDeadlines.take(), today, days, settings, options);
        return success();
    });
    if (!read)
        return read.error();
    return deadlines;
}

}  // namespace passerelle::storage
