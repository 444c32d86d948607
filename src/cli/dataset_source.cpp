#include "dataset_source.h"

#include "exit_codes.h"
#include "file_output.h"
#include "findings_output.h"
#include "passerelle/exchange/json_format.h"
#include "passerelle/storage/database.h"
#include "passerelle/storage/dataset_store.h"

namespace passerelle::cli {

std::optional<Dataset> loadDataset(CommandContext& context, const QStringList& positional, int& exitCode,
                                   bool jsonErrors) {
    if (positional.size() > 1) {
        exitCode = context.fail(QStringLiteral("expected at most one FILE.json"), ExitBadInput);
        return std::nullopt;
    }
    if (positional.size() == 1) {
        const auto bytes = readInput(positional.first());
        if (!bytes) {
            if (jsonErrors)
                printInputErrors(context, {{{}, {}, bytes.error().message}}, true);
            exitCode = context.fail(bytes.error().message, ExitBadInput);
            return std::nullopt;
        }
        exchange::ReadResult read = exchange::readAndCheckDataset(*bytes);
        for (const auto& warning : read.warnings)
            context.err() << "warning: " << warning.describe() << "\n";
        if (!read.ok()) {
            printInputErrors(context, read.errors, jsonErrors);
            exitCode = context.fail(
                QStringLiteral("%1: %2 error(s) in the file").arg(positional.first()).arg(read.errors.size()),
                ExitBadInput);
            return std::nullopt;
        }
        return std::move(read.dataset);
    }
    const auto database = context.openDatabase();
    if (!database) {
        exitCode = context.openFailureCode();
        return std::nullopt;
    }
    auto loaded = storage::DatasetStore(*database).loadAll();
    if (!loaded) {
        exitCode = context.fail(loaded.error().message, ExitFailure);
        return std::nullopt;
    }
    return std::move(loaded).value();
}

}  // namespace passerelle::cli
