#pragma once

#include "command_context.h"
#include "passerelle/exchange/json_format.h"
#include "passerelle/rules/deadlines.h"
#include "passerelle/rules/finding.h"

namespace passerelle::cli {

// `check` output: one line per finding ("error RESP-DAILY-HOURS measure M12 slots: ..."), or with --json an
// array of {rule, severity, entity, id, field, message, reference} (a contract with outside tools).
void printFindings(CommandContext& context, const rules::Findings& findings, bool json);

// The errors of an input file refused before any work was done. With --json, one object on stdout, a contract
// with outside tools: {"errors": [{"record": ID or null, "key": KEY or null, "line": N or null, "column": N
// or null, "message": TEXT}]}; otherwise one "error: ..." line each on stderr.
void printInputErrors(CommandContext& context, const QList<exchange::Issue>& errors, bool json);

// `deadlines` output: one line per deadline, soonest first, or a JSON array. A handled deadline (listed with
// --include-handled) ends its line with "handled on DATE: NOTE", or has "handled": {"on", "note"} in JSON.
void printDeadlines(CommandContext& context, const QList<rules::Deadline>& deadlines, const QDate& today,
                    bool json);

}  // namespace passerelle::cli
