#include "../commands.h"
#include "../exit_codes.h"

namespace passerelle::cli {

int runInit(CommandContext& context) {
    QCommandLineParser parser;
    if (auto exit = context.parse(parser))
        return *exit;
    const auto database = context.openDatabase();
    if (!database)
        return context.openFailureCode();
    context.out() << "Database ready: " << database->path() << " (schema version "
                  << database->schemaVersion() << ")\n";
    return ExitSuccess;
}

}  // namespace passerelle::cli
