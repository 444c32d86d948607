#include "fixtures.h"

#include <QDir>
#include <QFile>

#include <sys/stat.h>

namespace passerelle::test {

TempFolder::TempFolder() : m_dir(QDir::tempPath() + QStringLiteral("/passerelle-test-XXXXXX")) {}

QString TempFolder::path(const QString& fileName) const {
    return m_dir.filePath(fileName);
}

int fileMode(const QString& path) {
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return static_cast<int>(status.st_mode & 07777);
}

QString sourceDir() {
    const QString fromEnvironment = qEnvironmentVariable("PASSERELLE_SOURCE_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(PASSERELLE_TEST_SOURCE_DIR) : fromEnvironment;
}

}  // namespace passerelle::test
