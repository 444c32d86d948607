#include "passerelle/storage/integrity.h"
#include "../commands.h"
#include "../exit_codes.h"

#include <spdlog/spdlog.h>

namespace passerelle::cli {

// SQLite's integrity check on the database: "ok" (exit 0), or what SQLite reports (exit 1).
int runIntegrity(CommandContext& context) {
    QCommandLineParser parser;
    if (auto exit = context.parse(parser))
        return *exit;
    const auto database = context.openDatabase();
    if (!database)
        return context.openFailureCode();
    const auto problems = storage::integrityCheck(*database);
    if (!problems)
        return context.fail(problems.error().message, ExitFailure);
    if (problems->isEmpty()) {
        context.out() << "ok\n";
        return ExitSuccess;
    }
    spdlog::error("integrity check: {} problem(s)", problems->size());
    for (const QString& problem : *problems)
        context.out() << problem << "\n";
    return context.fail(storage::damagedDatabaseMessage(), ExitFailure);
}

}  // namespace passerelle::cli
