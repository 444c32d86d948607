#include "passerelle/runtime/paths.h"

#include "passerelle/runtime/private_files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

namespace passerelle::runtime {

void setApplicationIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("Passerelle"));
    QCoreApplication::setApplicationName(QStringLiteral("Passerelle"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PASSERELLE_VERSION));
}

QString dataFolderSettingKey() {
    return QStringLiteral("paths/dataFolder");
}

QString letterheadLogoSettingKey() {
    return QStringLiteral("documents/letterheadLogo");
}

QString letterheadLogoPath() {
    return QSettings().value(letterheadLogoSettingKey()).toString();
}

QString letterheadLogoTarget() {
    return QDir(dataFolder()).filePath(QStringLiteral("letterhead-logo.png"));
}

QString defaultDataFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString dataFolder() {
    const QString chosen = QSettings().value(dataFolderSettingKey()).toString();
    const QString folder = chosen.isEmpty() ? defaultDataFolder() : chosen;
    // Private: it holds the database, its backups and the log, all about minors. A folder an older version
    // created 0755 is tightened here.
    (void)makePrivateFolder(folder);
    return folder;
}

QString defaultDatabasePath() {
    return QDir(dataFolder()).filePath(QStringLiteral("passerelle.sqlite"));
}

QString logFilePath() {
    return QDir(dataFolder()).filePath(QStringLiteral("passerelle.log"));
}

QString backupFolder() {
    const QString folder = QDir(dataFolder()).filePath(QStringLiteral("backups"));
    QDir().mkpath(folder);
    // Backups hold every student's record: readable by this account only, whatever the umask.
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return folder;
}

BackupRetention backupRetention() {
    const QSettings settings;
    const BackupRetention defaults;
    // A preference of 0 or less would delete every older backup: at least one of each period is kept.
    const auto count = [&](const char* key, int fallback) {
        bool ok = false;
        const int value = settings.value(QLatin1String(key), fallback).toInt(&ok);
        return ok ? qBound(1, value, 1000) : fallback;
    };
    return {count("backups/daily", defaults.daily), count("backups/weekly", defaults.weekly),
            count("backups/monthly", defaults.monthly)};
}

}  // namespace passerelle::runtime
