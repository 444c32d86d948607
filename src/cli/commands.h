#pragma once

#include "command_context.h"

#include <QList>
#include <QString>

namespace passerelle::cli {

struct Command {
    const char* name;
    const char* synopsis;  // the arguments after the name, for --help
    const char* summary;
    int (*run)(CommandContext& context);
};

// Every command, in the order --help lists them.
const QList<Command>& commands();

int runInit(CommandContext& context);
int runImport(CommandContext& context);
int runImportSiecle(CommandContext& context);
int runExport(CommandContext& context);
int runList(CommandContext& context);
int runDemo(CommandContext& context);
int runCheck(CommandContext& context);
int runDeadlines(CommandContext& context);
int runCalendar(CommandContext& context);
int runPdf(CommandContext& context);
int runSign(CommandContext& context);
int runVerify(CommandContext& context);
int runIntegrity(CommandContext& context);
int runBackup(CommandContext& context);
int runRestore(CommandContext& context);
int runServer(CommandContext& context);

}  // namespace passerelle::cli
