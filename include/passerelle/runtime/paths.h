#pragma once

#include <QString>

namespace passerelle::runtime {

// Where Passerelle keeps its files on this computer: the folder chosen in the preferences (the setting
// dataFolderSettingKey(), for a school that keeps its data on a backed-up drive), otherwise the user's data
// folder (QStandardPaths::AppDataLocation, e.g. ~/.local/share/Passerelle/Passerelle on Linux). Created on
// demand. Both programs read the same setting, so the CLI finds the database the application uses.
QString dataFolder();
// The QSettings key of the chosen data folder; empty or missing means the default.
QString dataFolderSettingKey();
// The documents' letterhead logo (issue 12): the QSettings key of the private copy the preferences made of
// the image the user chose (a PNG in the data folder, 0600), and that file; empty when no logo was chosen.
// Both programs read it, so `passerelle-cli pdf` prints the logo the application does.
QString letterheadLogoSettingKey();
QString letterheadLogoPath();
// Where the preferences keep that copy: <data folder>/letterhead-logo.png.
QString letterheadLogoTarget();

// The default data folder, whatever the preferences say.
QString defaultDataFolder();

// The database both programs open unless --database says otherwise.
QString defaultDatabasePath();

// The rotating log file, in the data folder.
QString logFilePath();

// <data folder>/backups, where both programs keep the automatic backups; created private (0700).
QString backupFolder();

// How many backups to keep (preferences "backups/daily", "backups/weekly", "backups/monthly"; defaults 7, 4
// and 12): the programs pass them to storage::RetentionPolicy.
struct BackupRetention {
    int daily = 7;
    int weekly = 4;
    int monthly = 12;
};
BackupRetention backupRetention();

// Sets the organisation and application names that QStandardPaths and QSettings derive their folders from.
// Both programs call it first thing in main().
void setApplicationIdentity();

}  // namespace passerelle::runtime
