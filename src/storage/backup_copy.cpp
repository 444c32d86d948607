// Writing one verified copy of a database, and the file steps around it (backup_files.h).
#include "backup_files.h"
#include "dialect.h"
#include "passerelle/storage/backups.h"
#include "passerelle/storage/database.h"
#include "passerelle/storage/integrity.h"
#include "sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace passerelle::storage {
namespace {

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}

}  // namespace

QString temporaryPathBeside(const QString& target) {
    const QFileInfo info(target);
    return info.absoluteDir().filePath(u"."_s + info.fileName() + u"."_s +
                                       QUuid::createUuid().toString(QUuid::Id128).left(12) + u".partial"_s);
}

Status createPrivateFile(const QString& path) {
    QFile file(path);
    // NewOnly is O_EXCL: never an existing file, not even one created a moment ago by another program.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly)) {
        return failure(u"%1 could not be created: %2"_s.arg(native(path), file.errorString()), path,
                       ErrorKind::Io);
    }
    return success();
}

Status createPrivateFolder(const QString& path) {
    if (!QDir().mkpath(path)) {
        return failure(u"The folder %1 could not be created."_s.arg(native(path)), path, ErrorKind::Io);
    }
    if (!QFile::setPermissions(path, ownerOnly | QFileDevice::ExeOwner)) {
        return failure(u"The folder %1 could not be made private."_s.arg(native(path)), path, ErrorKind::Io);
    }
    return success();
}

Status syncFile(const QString& path) {
#ifdef Q_OS_UNIX
    const int descriptor = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (descriptor < 0 || ::fsync(descriptor) != 0) {
        const QString reason = QString::fromLocal8Bit(strerror(errno));
        if (descriptor >= 0)
            ::close(descriptor);
        return failure(u"%1 could not be written to the disk: %2"_s.arg(native(path), reason), path,
                       ErrorKind::Io);
    }
    ::close(descriptor);
#else
    Q_UNUSED(path);
#endif
    return success();
}

Status verifyDatabaseFile(const QString& path) {
    const auto messages = integrityCheckFile(path);
    if (!messages) {
        return failure(u"%1: %2"_s.arg(native(path), messages.error().message), path, ErrorKind::Invalid);
    }
    if (!messages->isEmpty()) {
        return failure(u"%1 is damaged (SQLite's integrity check: %2)"_s.arg(native(path), messages->first()),
                       path, ErrorKind::Invalid);
    }
    return success();
}

Status writeVerifiedCopy(Database& database, const QString& target) {
    const QString absolute = QFileInfo(target).absoluteFilePath();
    if (QFileInfo::exists(absolute)) {
        return failure(
            u"%1 already exists; it was left unchanged (choose another name)."_s.arg(native(target)), target,
            ErrorKind::Conflict);
    }
    if (database.inTransaction())
        return failure(u"A backup cannot be written inside a transaction."_s, {}, ErrorKind::Invalid);
    const QString partial = temporaryPathBeside(absolute);
    // Created empty and private first: VACUUM INTO writes into an empty file, and the copy is never readable
    // by others, not even for a moment.
    if (const Status created = createPrivateFile(partial); !created)
        return created;
    const auto discard = [&](const Error& error) -> Status {
        QFile::remove(partial);
        return error;
    };
    {
        QSqlQuery query(database.connection());
        if (!query.prepare(dialect::copyIntoSql()))
            return discard(databaseError(u"The backup could not start"_s, query.lastError()));
        query.addBindValue(partial);
        if (!query.exec())
            return discard(databaseError(u"The backup could not be written"_s, query.lastError()));
    }
    if (!QFile::setPermissions(partial, ownerOnly)) {
        return discard(failure(u"%1 could not be made private."_s.arg(native(partial)), {}, ErrorKind::Io));
    }
    if (const Status synced = syncFile(partial); !synced)
        return discard(synced.error());
    if (const Status verified = verifyDatabaseFile(partial); !verified) {
        return discard(failure(
            u"The backup was written but failed its check, so it was deleted: "_s + verified.error().message,
            {}, ErrorKind::Io));
    }
    // QFile::rename never replaces: a file that appeared meanwhile under that name is kept.
    if (!QFile::rename(partial, absolute)) {
        return discard(failure(
            u"%1 could not be written: it exists now, or the folder refused it."_s.arg(native(target)),
            target, ErrorKind::Conflict));
    }
    return success();
}

}  // namespace passerelle::storage
