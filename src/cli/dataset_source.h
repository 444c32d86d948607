#pragma once

#include "command_context.h"
#include "passerelle/domain/dataset.h"

#include <optional>

namespace passerelle::cli {

// The records a read-only command works on: an exchange file when one is named (validated, never imported),
// the database otherwise. On failure prints why and sets the exit code (2 for a bad file, 1 for a database
// that cannot be read); with `jsonErrors` a bad file's errors are one JSON object on stdout
// (printInputErrors).
std::optional<Dataset> loadDataset(CommandContext& context, const QStringList& positional, int& exitCode,
                                   bool jsonErrors = false);

}  // namespace passerelle::cli
