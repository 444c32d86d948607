#include "../commands.h"
#include "../exit_codes.h"
#include "../file_output.h"
#include "passerelle/exchange/json_format.h"
#include "passerelle/storage/dataset_store.h"

#include <spdlog/spdlog.h>

namespace passerelle::cli {

int runExport(CommandContext& context) {
    QCommandLineParser parser;
    parser.addOption(CommandContext::outputOption());
    if (auto exit = context.parse(parser))
        return *exit;
    const auto database = context.openDatabase();
    if (!database)
        return context.openFailureCode();
    // Never export a damaged database: a record read from a damaged page may be garbage, or missing.
    if (auto exit = context.refuseIfDamaged(*database))
        return *exit;

    const auto dataset = storage::DatasetStore(*database).loadAll();
    if (!dataset)
        return context.fail(dataset.error().message, ExitFailure);
    const QByteArray bytes = exchange::writeDataset(*dataset);
    if (const Status written = writeOutput(context, parser.value(CommandContext::outputOption()), bytes);
        !written) {
        return context.fail(written.error().message, ExitFailure);
    }
    spdlog::info("exported {} records", dataset->recordCount());
    return ExitSuccess;
}

}  // namespace passerelle::cli
