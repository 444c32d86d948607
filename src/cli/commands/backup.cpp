#include "../commands.h"
#include "../exit_codes.h"
#include "passerelle/storage/backups.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <spdlog/spdlog.h>

namespace passerelle::cli {

// A consistent, verified copy of the database (VACUUM INTO: whole even while another program writes), 0600.
int runBackup(CommandContext& context) {
    QCommandLineParser parser;
    parser.addOption(CommandContext::outputOption());
    if (auto exit = context.parse(parser))
        return *exit;
    const QString output = parser.value(CommandContext::outputOption());
    if (output.isEmpty() || output == QLatin1String("-"))
        return context.fail(QStringLiteral("expected -o FILE (a backup is a file, never stdout)"),
                            ExitBadInput);
    if (QFileInfo::exists(output) || QFileInfo(output).isSymLink()) {
        return context.fail(
            QStringLiteral("%1 already exists; it was left unchanged (choose another name)").arg(output),
            ExitBadInput);
    }
    const auto database = context.openDatabase();
    if (!database)
        return context.openFailureCode();
    if (auto exit = context.refuseIfDamaged(*database))
        return *exit;
    QElapsedTimer timer;
    timer.start();
    if (const Status written = storage::writeVerifiedCopy(*database, output); !written) {
        return context.fail(written.error().message,
                            written.error().kind == ErrorKind::Conflict ? ExitBadInput : ExitFailure);
    }
    spdlog::info("backup written in {} ms", timer.elapsed());
    context.out() << "Backup written: " << output << " (" << QFileInfo(output).size()
                  << " bytes, verified)\n";
    return ExitSuccess;
}

}  // namespace passerelle::cli
