#include "fixtures.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <sys/stat.h>
#include <unistd.h>

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

SmallDisk::SmallDisk(const QString& folder, const QString& size) : m_folder(folder) {
    if (::geteuid() != 0) {
        m_why = QStringLiteral("mounting a small file system needs root");
        return;
    }
    QDir().mkpath(folder);
    const QStringList arguments = {QStringLiteral("-t"),    QStringLiteral("tmpfs"),
                                   QStringLiteral("-o"),    QStringLiteral("size=") + size,
                                   QStringLiteral("tmpfs"), folder};
    m_mounted = QProcess::execute(QStringLiteral("mount"), arguments) == 0;
    if (!m_mounted)
        m_why = QStringLiteral("mount -t tmpfs is not allowed here");
}

SmallDisk::~SmallDisk() {
    if (m_mounted)
        QProcess::execute(QStringLiteral("umount"), {m_folder});
}

QString sourceDir() {
    const QString fromEnvironment = qEnvironmentVariable("PASSERELLE_SOURCE_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(PASSERELLE_TEST_SOURCE_DIR) : fromEnvironment;
}

}  // namespace passerelle::test
