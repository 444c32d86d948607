#include "passerelle/runtime/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace passerelle::runtime {

void setApplicationIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("Passerelle"));
    QCoreApplication::setApplicationName(QStringLiteral("Passerelle"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PASSERELLE_VERSION));
}

QString dataFolder() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
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
