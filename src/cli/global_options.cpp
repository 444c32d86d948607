#include "global_options.h"

namespace passerelle::cli {

QCommandLineOption databaseOption() {
    return {QStringLiteral("database"), QStringLiteral("Use this database file instead of the default one."),
            QStringLiteral("path")};
}

QCommandLineOption verboseOption() {
    return {QStringLiteral("verbose"),
            QStringLiteral("Log details (debug level) to stderr and the log file.")};
}

void addGlobalOptions(QCommandLineParser& parser) {
    parser.addOption(databaseOption());
    parser.addOption(verboseOption());
    parser.addHelpOption();
}

}  // namespace passerelle::cli
