#include "../commands.h"
#include "../exit_codes.h"
#include "../file_output.h"
#include "../findings_output.h"
#include "passerelle/exchange/json_format.h"
#include "passerelle/storage/dataset_store.h"

#include <spdlog/spdlog.h>

namespace passerelle::cli {

// Nothing is written unless the whole file is valid: syntax, shape and references are all checked first, and
// the import itself is one transaction.
int runImport(CommandContext& context) {
    QCommandLineParser parser;
    if (auto exit = context.parse(parser, QStringLiteral("FILE.json")))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.fail(QStringLiteral("expected one FILE.json"), ExitBadInput);

    const auto bytes = readInput(positional.first());
    if (!bytes)
        return context.fail(bytes.error().message, ExitBadInput);
    exchange::ReadResult read = exchange::readDataset(*bytes);
    for (const exchange::Issue& warning : read.warnings)
        context.err() << "warning: " << warning.describe() << "\n";
    if (!read.ok()) {
        printInputErrors(context, read.errors, false);
        context.err() << positional.first() << ": " << read.errors.size()
                      << " error(s); nothing was imported.\n";
        return ExitBadInput;
    }

    const auto database = context.openDatabase();
    if (!database)
        return context.openFailureCode();
    storage::DatasetStore store(*database);
    const auto existing = store.loadAll();
    if (!existing)
        return context.fail(existing.error().message, ExitFailure);
    const QList<exchange::Issue> dangling = exchange::checkReferences(read.dataset, &*existing);
    if (!dangling.isEmpty()) {
        printInputErrors(context, dangling, false);
        context.err() << positional.first() << ": " << dangling.size()
                      << " error(s); nothing was imported.\n";
        return ExitBadInput;
    }

    if (const Status kept = context.backup(*database, storage::BackupReason::Import); !kept)
        return context.fail(kept.error().message + QStringLiteral("; nothing was imported."), ExitFailure);
    const auto summary = store.importDataset(read.dataset);
    if (!summary)
        return context.fail(summary.error().message + QStringLiteral("; nothing was imported."), ExitFailure);
    spdlog::info("import: {} added, {} updated", summary->added, summary->updated);
    context.out() << "Imported " << positional.first() << ": " << summary->added << " added, "
                  << summary->updated << " updated.\n";
    return ExitSuccess;
}

}  // namespace passerelle::cli
