#include "fixtures.h"

#include <QDir>

namespace passerelle::test {

TempFolder::TempFolder() : m_dir(QDir::tempPath() + QStringLiteral("/passerelle-test-XXXXXX")) {}

QString TempFolder::path(const QString& fileName) const {
    return m_dir.filePath(fileName);
}

QString sourceDir() {
    const QString fromEnvironment = qEnvironmentVariable("PASSERELLE_SOURCE_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(PASSERELLE_TEST_SOURCE_DIR) : fromEnvironment;
}

}  // namespace passerelle::test
