#pragma once

#include <QString>

namespace passerelle::runtime {

// Where Passerelle keeps its files on this computer: the user's data folder (QStandardPaths::AppDataLocation,
// e.g. ~/.local/share/Passerelle/Passerelle on Linux). Created on demand.
QString dataFolder();

// The database both programs open unless --database says otherwise.
QString defaultDatabasePath();

// The rotating log file, in the data folder.
QString logFilePath();

// Sets the organisation and application names that QStandardPaths and QSettings derive their folders from.
// Both programs call it first thing in main().
void setApplicationIdentity();

}  // namespace passerelle::runtime
