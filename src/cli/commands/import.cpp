#include "../commands.h"
#include "../exit_codes.h"
#include "../file_output.h"
#include "../findings_output.h"
#include "passerelle/exchange/json_format.h"
#include "passerelle/storage/dataset_store.h"

#include <QFile>

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

    exchange::ReadResult read;
    {
        // The file's bytes are not held with its records: it is checked whole, then read again a batch at a
        // time (issue 14), and closed before the import.
        QFile file(positional.first());
        if (!file.open(QIODevice::ReadOnly)) {
            return context.fail(
                QStringLiteral("cannot read %1: %2").arg(positional.first(), file.errorString()),
                ExitBadInput);
        }
        read = exchange::readDatasetFile(file);
    }
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
    // A reference outside the file is looked up by its id, never by loading the database (issue 14).
    std::optional<Error> lookupFailure;
    const auto stored = [&](exchange::RecordKind kind, const QString& id) {
        const auto found = store.contains(exchange::listKey(kind), id);
        if (!found && !lookupFailure)
            lookupFailure = found.error();
        return found && *found;
    };
    const QList<exchange::Issue> dangling = exchange::checkReferences(read.dataset, stored);
    if (lookupFailure)
        return context.fail(lookupFailure->message, ExitFailure);
    if (!dangling.isEmpty()) {
        printInputErrors(context, dangling, false);
        context.err() << positional.first() << ": " << dangling.size()
                      << " error(s); nothing was imported.\n";
        return ExitBadInput;
    }

    if (const Status kept = context.backup(*database, storage::BackupReason::Import); !kept)
        return context.fail(kept.error().message + QStringLiteral("; nothing was imported."), ExitFailure);
    const auto summary = store.importDataset(std::move(read.dataset));
    if (!summary)
        return context.fail(summary.error().message + QStringLiteral("; nothing was imported."), ExitFailure);
    spdlog::info("import: {} added, {} updated", summary->added, summary->updated);
    context.out() << "Imported " << positional.first() << ": " << summary->added << " added, "
                  << summary->updated << " updated.\n";
    return ExitSuccess;
}

}  // namespace passerelle::cli
