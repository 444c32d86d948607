#pragma once

// The stored agreements' coming deadlines (issue 14): `passerelle-cli deadlines`, `calendar --deadlines`, the
// deadline list, the dashboard and the benchmark. Reads what a deadline needs, not every agreement whole:
// 1. the agreements rules::deadlineCriteria admits (an indexed filter on their status), with only their own
//    columns, reviews and handled marks: all that decides whether an agreement has a deadline;
// 2. the clauses of the few that have one (the references cite them), and rules::upcomingDeadlines on those.
// The result is the same list as rules::upcomingDeadlines over every agreement read whole.

#include "passerelle/domain/result.h"
#include "passerelle/rules/deadlines.h"
#include "passerelle/rules/settings.h"

#include <QDate>
#include <QList>

namespace passerelle::storage {

class Database;

// Both reads on one snapshot, so that the list shows one state of the database.
Result<QList<rules::Deadline>> storedDeadlines(Database& database, const QDate& today, int days,
                                               const rules::RuleSettings& settings = {},
                                               const rules::DeadlineOptions& options = {});

}  // namespace passerelle::storage
