#pragma once

// Backups of a database (docs/data-model.md, "Backups"): consistent copies written with SQLite's VACUUM INTO
// (one read transaction, so a copy is whole even while another program writes), each checked with
// integrity_check after writing and made 0600, named <database base name>-<yyyyMMdd-HHmmss>-<reason>.sqlite
// so that names sort by date, and pruned after each new one by a retention policy.

#include "passerelle/domain/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace passerelle::storage {

class Database;

// Why a backup was made; its key is the last part of the file name.
enum class BackupReason { Manual, Daily, Migration, Import, Restore };
QString backupReasonKey(BackupReason reason);

// Grandfather-father-son: the newest backup of each of the `daily` most recent days that have backups, of
// each of the `weekly` most recent ISO weeks, of each of the `monthly` most recent months. The newest backup
// is always kept, with every other backup of its day. Preferences: runtime::backupRetention().
struct RetentionPolicy {
    int daily = 7;
    int weekly = 4;
    int monthly = 12;
};

struct BackupEntry {
    QString path;
    QDateTime createdAt;  // local time, from the file name (to the second)
    BackupReason reason = BackupReason::Manual;
    qint64 size = 0;
    std::optional<bool> sound;  // set by Backups::list(Verify::Yes): integrity_check said ok
};

// The backups of one database (by its base name) in one folder.
class Backups {
public:
    Backups(QString folder, const QString& databasePath, RetentionPolicy policy = {});

    // Writes a verified backup (the folder is created 0700, the file 0600), then prunes. A copy that fails
    // the check is deleted and reported. Refuses a database that fails integrity_check itself, so that a
    // damaged copy never pushes a sound one out.
    Result<BackupEntry> create(Database& database, BackupReason reason, const QDateTime& now);
    // A daily backup unless this database already has a backup made on now's date; nothing when none was due.
    Result<std::optional<BackupEntry>> createIfDue(Database& database, const QDateTime& now);

    enum class Verify { No, Yes };
    // This database's backups, newest first; Verify::Yes runs integrity_check on each, read-only.
    Result<QList<BackupEntry>> list(Verify verify = Verify::No) const;
    // The newest sound backups, at most `count`, newest first.
    QStringList latestSound(int count) const;
    // Deletes the backups the policy does not keep; returns their paths.
    Result<QStringList> prune();

    const QString& folder() const { return m_folder; }

private:
    QString m_folder;
    QString m_baseName;
    RetentionPolicy m_policy;
};

// What the policy keeps of `newestFirst` (sorted newest first): their indexes, in order. Pure, for the tests.
QList<qsizetype> keptByPolicy(const QList<BackupEntry>& newestFirst, const RetentionPolicy& policy);

// The call the programs make when a database is opened or closed: Backups(folder, database).createIfDue.
Result<std::optional<BackupEntry>> backupIfDue(Database& database, const QString& folder,
                                               const QDateTime& now, const RetentionPolicy& policy = {});

// Writes a consistent, verified copy of the database to `target`, which must not exist (ErrorKind::Conflict
// when it does): written beside it under a temporary name, checked, made 0600, then renamed. Used by
// `passerelle-cli backup -o` and by Backups.
Status writeVerifiedCopy(Database& database, const QString& target);

struct RestoreOutcome {
    QString keptBackup;  // the replaced database, kept in the backups folder (empty when there was none)
};

// Replaces the database at `databasePath` with the backup `source`. Refuses (ErrorKind::Invalid, nothing
// changed) a source that is not a sound Passerelle database, and a database path holding another program's
// file; ErrorKind::Conflict when another program has the database open. The current database is first kept
// as a backup in `backupFolder`; the source is copied beside the database under a temporary name, verified,
// and renamed over it in one step, so that a failure at any point leaves a usable database.
Result<RestoreOutcome> restoreDatabase(const QString& databasePath, const QString& source,
                                       const QString& backupFolder, const RetentionPolicy& policy,
                                       const QDateTime& now);

}  // namespace passerelle::storage
