#pragma once

#include "command_context.h"
#include "passerelle/domain/dataset.h"

#include <QList>

#include <optional>

namespace passerelle::storage {
class Database;
}

namespace passerelle::cli {

// The records a read-only command works on: an exchange file when one is named (validated, never imported),
// the database otherwise. On failure prints why and sets the exit code (2 for a bad file, 1 for a database
// that cannot be read); with `jsonErrors` a bad file's errors are one JSON object on stdout
// (printInputErrors).
std::optional<Dataset> loadDataset(CommandContext& context, const QStringList& positional, int& exitCode,
                                   bool jsonErrors = false);

// Every stored agreement, read a page at a time on one snapshot, never the students or the measures: all a
// deadline needs (its title and message come from the agreement alone), so `deadlines` and `calendar
// --deadlines` cost the same at 10,000 and 100,000 students (issue 14). On failure prints why and sets the
// exit code to 1.
std::optional<QList<Agreement>> storedAgreements(CommandContext& context, storage::Database& database,
                                                 int& exitCode);

}  // namespace passerelle::cli
