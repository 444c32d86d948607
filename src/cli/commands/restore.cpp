#include "../commands.h"
#include "../exit_codes.h"
#include "passerelle/storage/backups.h"

#include <QDateTime>

#include <spdlog/spdlog.h>

namespace passerelle::cli {

// Replaces the database with a sound backup, keeping the current one as a backup first (backups.h,
// restoreDatabase): a foreign or damaged FILE is refused (2) and the database stays as it was.
int runRestore(CommandContext& context) {
    QCommandLineParser parser;
    if (auto exit = context.parse(parser, QStringLiteral("FILE")))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.fail(QStringLiteral("expected one backup FILE"), ExitBadInput);

    const auto restored =
        storage::restoreDatabase(context.databasePath(), positional.first(), CommandContext::backupFolder(),
                                 CommandContext::retention(), QDateTime::currentDateTime());
    if (!restored) {
        return context.fail(restored.error().message,
                            restored.error().kind == ErrorKind::Invalid ? ExitBadInput : ExitFailure);
    }
    spdlog::info("restored a backup over the database");
    context.out() << "Restored " << positional.first() << " into " << context.databasePath() << ".\n";
    if (!restored->keptBackup.isEmpty())
        context.out() << "The replaced database was kept as " << restored->keptBackup << ".\n";
    return ExitSuccess;
}

}  // namespace passerelle::cli
