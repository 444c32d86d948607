#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace passerelle::cli {

// Options every command accepts, before or after the command name.
QCommandLineOption databaseOption();
QCommandLineOption verboseOption();
void addGlobalOptions(QCommandLineParser& parser);

}  // namespace passerelle::cli
