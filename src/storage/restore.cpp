// Restoring a backup over the database (backups.h, restoreDatabase). The order of the steps is what keeps
// the database usable whatever fails: nothing at the database path changes until one rename puts a verified
// copy there.
#include "backup_files.h"
#include "passerelle/storage/backups.h"
#include "passerelle/storage/database.h"
#include "passerelle/storage/integrity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <filesystem>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::storage {
namespace {

QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}

// Copies into a new private file (never over an existing one) and flushes it to the disk.
Status copyPrivately(const QString& from, const QString& to) {
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly))
        return failure(u"%1 could not be read: %2"_s.arg(native(from), source.errorString()), from,
                       ErrorKind::Io);
    if (const Status created = createPrivateFile(to); !created)
        return created;
    QFile target(to);
    if (!target.open(QIODevice::WriteOnly)) {
        return failure(u"%1 could not be written: %2"_s.arg(native(to), target.errorString()), to,
                       ErrorKind::Io);
    }
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError) {
            return failure(u"%1 could not be read: %2"_s.arg(native(from), source.errorString()), from,
                           ErrorKind::Io);
        }
        if (target.write(chunk) != chunk.size()) {
            return failure(u"%1 could not be written: %2"_s.arg(native(to), target.errorString()), to,
                           ErrorKind::Io);
        }
    }
    target.close();
    return syncFile(to);
}

bool hasWalFiles(const QString& database) {
    return QFileInfo::exists(database + u"-wal"_s) || QFileInfo::exists(database + u"-shm"_s);
}

// A database that cannot be backed up the usual way (damaged): its bytes are kept as they are, -wal
// included, under a name the backups list never offers to restore.
Result<QString> keepRawBytes(const QString& database, const QString& folder, const QDateTime& now) {
    if (const Status made = createPrivateFolder(folder); !made)
        return made.error();
    const QString kept = QDir(folder).absoluteFilePath(u"%1-%2-damaged.sqlite.bad"_s.arg(
        QFileInfo(database).completeBaseName(), now.toString(u"yyyyMMdd-HHmmss"_s)));
    QFile::remove(kept);
    QFile::remove(kept + u"-wal"_s);
    if (const Status copied = copyPrivately(database, kept); !copied)
        return copied.error();
    if (QFileInfo::exists(database + u"-wal"_s)) {
        if (const Status copied = copyPrivately(database + u"-wal"_s, kept + u"-wal"_s); !copied)
            return copied.error();
    }
    // The old -wal and -shm would otherwise be read as part of the restored file.
    QFile::remove(database + u"-wal"_s);
    QFile::remove(database + u"-shm"_s);
    return kept;
}

// Keeps the current database in the backups folder and makes sure no other program has it open.
Result<QString> keepCurrent(const QString& database, const QString& folder, const RetentionPolicy& policy,
                            const QDateTime& now) {
    QString kept;
    {
        auto current = Database::openAtVersion(database, 0);  // as it is: no migration, no backup
        if (!current && current.error().kind == ErrorKind::Invalid) {
            return failure(u"%1; nothing was restored."_s.arg(current.error().message), {},
                           ErrorKind::Invalid);
        }
        if (!current)
            return keepRawBytes(database, folder, now);
        auto backup = Backups(folder, database, policy).create(**current, BackupReason::Restore, now);
        if (!backup && !isDamagedDatabaseError(backup.error()))
            return backup.error();
        if (backup)
            kept = backup->path;
    }  // closed: the last connection folds the -wal into the file and deletes -wal and -shm
    if (kept.isEmpty())
        return keepRawBytes(database, folder, now);
    if (hasWalFiles(database)) {
        return failure(
            u"%1 is open in another program (its -wal or -shm file is still there); close Passerelle "
            u"everywhere, then restore again. Nothing was restored."_s.arg(native(database)),
            {}, ErrorKind::Conflict);
    }
    return kept;
}

}  // namespace

Result<RestoreOutcome> restoreDatabase(const QString& databasePath, const QString& source,
                                       const QString& backupFolder, const RetentionPolicy& policy,
                                       const QDateTime& now) {
    const QString target = QFileInfo(databasePath).absoluteFilePath();
    const QString from = QFileInfo(source).absoluteFilePath();
    if (!QFileInfo(from).isFile()) {
        return failure(u"%1 does not exist or is not a file; nothing was restored."_s.arg(native(source)),
                       source, ErrorKind::Invalid);
    }
    if (from == target)
        return failure(u"%1 is the database itself."_s.arg(native(source)), source, ErrorKind::Invalid);
    if (const Status sound = verifyDatabaseFile(from); !sound) {
        return failure(sound.error().message + u"; nothing was restored."_s, source, ErrorKind::Invalid);
    }

    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        return failure(u"The folder %1 could not be created."_s.arg(native(QFileInfo(target).absolutePath())),
                       {}, ErrorKind::Io);
    }
    const QString partial = temporaryPathBeside(target);
    const auto abandon = [&](const Error& error) -> Error {
        QFile::remove(partial);
        return error;
    };
    if (const Status copied = copyPrivately(from, partial); !copied)
        return abandon(copied.error());
    if (const Status sound = verifyDatabaseFile(partial); !sound) {
        return abandon(failure(u"The copy of the backup failed its check (%1); nothing was restored."_s.arg(
                                   sound.error().message),
                               {}, ErrorKind::Io));
    }

    RestoreOutcome outcome;
    if (QFileInfo::exists(target)) {
        const auto kept = keepCurrent(target, backupFolder, policy, now);
        if (!kept)
            return abandon(kept.error());
        outcome.keptBackup = *kept;
    }
    // One step: readers see the old database or the restored one, never a mix.
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(partial).toStdString(), QFile::encodeName(target).toStdString(),
                            error);
    if (error) {
        return abandon(failure(u"%1 could not be replaced: %2; it was left as it was."_s.arg(
                                   native(target), QString::fromStdString(error.message())),
                               {}, ErrorKind::Io));
    }
    // Opening brings an older backup to the current schema (after its own backup) and proves it usable.
    const auto opened = Database::open(target, {backupFolder, policy});
    if (!opened) {
        return failure(u"The backup was restored but cannot be opened: "_s + opened.error().message, {},
                       opened.error().kind);
    }
    return outcome;
}

}  // namespace passerelle::storage
