#include "passerelle/runtime/private_files.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::runtime {
namespace {

constexpr QFileDevice::Permissions ownerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions ownerFolder = ownerFile | QFileDevice::ExeOwner;

QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}

}  // namespace

void restrictNewFilesToOwner() {
    ::umask(077);
}

QString systemReason(int errorNumber) {
    return QString::fromLocal8Bit(std::strerror(errorNumber));
}

bool makePrivate(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists())
        return false;
    constexpr QFileDevice::Permissions othersBits = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                    QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                    QFileDevice::WriteOther | QFileDevice::ExeOther;
    if ((info.permissions() & othersBits) == 0)
        return true;
    if (info.ownerId() != ::getuid())
        return false;
    return QFile::setPermissions(path, info.isDir() ? ownerFolder : ownerFile);
}

void makeDatabasePrivate(const QString& databasePath) {
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        makePrivate(databasePath + suffix);
}

Status makePrivateFolder(const QString& folder) {
    if (!QFileInfo::exists(folder) && !QDir().mkpath(folder)) {
        return failure(u"cannot create the folder %1: %2"_s.arg(native(folder), systemReason(errno)), folder,
                       ErrorKind::Io);
    }
    makePrivate(folder);
    return success();
}

Status writeFileAtomically(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    const auto fail = [&](int errorNumber) -> Status {
        // QSaveFile's own text is "Unknown error" for a failure found while closing (a full disk shows
        // there, when the buffered bytes are flushed): errno still holds the system's reason.
        const QString reason = errorNumber != 0 ? systemReason(errorNumber) : file.errorString();
        file.cancelWriting();
        return failure(reason, path, ErrorKind::Io);
    };
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return fail(errno);
    // Explicit, not only the umask: the library is also used by tests and tools that keep their own.
    file.setPermissions(ownerFile);
    errno = 0;
    if (file.write(bytes) != bytes.size())
        return fail(errno);
    errno = 0;
    if (!file.flush())
        return fail(errno);
    errno = 0;
    if (!file.commit())
        return fail(errno);
    return success();
}

}  // namespace passerelle::runtime
