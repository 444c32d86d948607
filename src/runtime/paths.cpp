#include "passerelle/runtime/paths.h"

#include <QCoreApplication>
#include <QDir>
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

QString defaultDataFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString dataFolder() {
    const QString chosen = QSettings().value(dataFolderSettingKey()).toString();
    const QString folder = chosen.isEmpty() ? defaultDataFolder() : chosen;
    QDir().mkpath(folder);
    return folder;
}

QString defaultDatabasePath() {
    return QDir(dataFolder()).filePath(QStringLiteral("passerelle.sqlite"));
}

QString logFilePath() {
    return QDir(dataFolder()).filePath(QStringLiteral("passerelle.log"));
}

}  // namespace passerelle::runtime
