// The backups folder of a database: naming, listing, the daily backup and pruning (backups.h).
#include "passerelle/storage/backups.h"

#include "backup_files.h"
#include "passerelle/storage/database.h"
#include "passerelle/storage/integrity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::storage {
namespace {

const QString timestampFormat = u"yyyyMMdd-HHmmss"_s;

struct Named {
    BackupEntry entry;
    int sequence = 1;   // -2, -3 ... when several backups share one second
    QDateTime written;  // orders backups of one second: the one just made is the newest
};

const QList<std::pair<BackupReason, QString>>& reasonKeys() {
    static const QList<std::pair<BackupReason, QString>> keys{{BackupReason::Manual, u"manual"_s},
                                                              {BackupReason::Daily, u"daily"_s},
                                                              {BackupReason::Migration, u"migration"_s},
                                                              {BackupReason::Import, u"import"_s},
                                                              {BackupReason::Restore, u"restore"_s}};
    return keys;
}

std::optional<Named> parseName(const QFileInfo& file, const QString& baseName) {
    static const QRegularExpression pattern(
        u"^(.+)-(\\d{8}-\\d{6})-(manual|daily|migration|import|restore)(?:-(\\d+))?\\.sqlite$"_s);
    const auto match = pattern.match(file.fileName());
    if (!match.hasMatch() || match.captured(1) != baseName)
        return std::nullopt;
    Named named;
    named.entry.path = file.absoluteFilePath();
    named.entry.createdAt = QDateTime::fromString(match.captured(2), timestampFormat);
    if (!named.entry.createdAt.isValid())
        return std::nullopt;
    for (const auto& [reason, key] : reasonKeys()) {
        if (key == match.captured(3))
            named.entry.reason = reason;
    }
    named.entry.size = file.size();
    named.written = file.lastModified();
    if (!match.captured(4).isEmpty())
        named.sequence = match.captured(4).toInt();
    return named;
}

// Partial copies left by a program stopped mid-backup; a day old is surely not being written any more.
void removeStalePartialFiles(const QString& folder, const QDateTime& now) {
    const QFileInfoList partials =
        QDir(folder).entryInfoList({u".*.partial"_s}, QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    for (const QFileInfo& partial : partials) {
        if (partial.lastModified().addDays(1) < now)
            QFile::remove(partial.absoluteFilePath());
    }
}

}  // namespace

QString backupReasonKey(BackupReason reason) {
    for (const auto& [known, key] : reasonKeys()) {
        if (known == reason)
            return key;
    }
    return u"manual"_s;
}

Backups::Backups(QString folder, const QString& databasePath, RetentionPolicy policy)
    : m_folder(std::move(folder)), m_baseName(QFileInfo(databasePath).completeBaseName()), m_policy(policy) {}

Result<BackupEntry> Backups::create(Database& database, BackupReason reason, const QDateTime& now) {
    if (database.isServer()) {
        return failure(
            u"A server's database is backed up on the server, by its administrator (pg_dump, see "
            u"docs/server.md); Passerelle keeps backups of files only."_s,
            {}, ErrorKind::Invalid);
    }
    if (const Status folder = createPrivateFolder(m_folder); !folder)
        return folder.error();
    const auto problems = integrityCheck(database);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return failure(damagedDatabaseMessage(), {}, ErrorKind::Io);

    const QString stem =
        u"%1-%2-%3"_s.arg(m_baseName, now.toString(timestampFormat), backupReasonKey(reason));
    for (int sequence = 1; sequence < 100; ++sequence) {
        const QString name =
            stem + (sequence == 1 ? QString() : u"-"_s + QString::number(sequence)) + u".sqlite"_s;
        const QString path = QDir(m_folder).absoluteFilePath(name);
        const Status written = writeVerifiedCopy(database, path);
        if (!written && written.error().kind == ErrorKind::Conflict)
            continue;  // a backup of the same second: take the next number
        if (!written)
            return written.error();
        BackupEntry entry{path, now, reason, QFileInfo(path).size(), true};
        // The backup exists whatever pruning then meets (a file another account owns ...): not a failure.
        removeStalePartialFiles(m_folder, now);
        (void)prune();
        return entry;
    }
    return failure(u"Too many backups in the same second in %1."_s.arg(QDir::toNativeSeparators(m_folder)),
                   {}, ErrorKind::Io);
}

Result<std::optional<BackupEntry>> Backups::createIfDue(Database& database, const QDateTime& now) {
    if (database.isServer())
        return std::optional<BackupEntry>();  // the server's backups are its administrator's
    const auto existing = list();
    if (!existing)
        return existing.error();
    for (const BackupEntry& entry : *existing) {
        if (entry.createdAt.date() == now.date())
            return std::optional<BackupEntry>();
    }
    auto created = create(database, BackupReason::Daily, now);
    if (!created)
        return created.error();
    return std::optional<BackupEntry>(std::move(created).value());
}

Result<QList<BackupEntry>> Backups::list(Verify verify) const {
    QList<Named> found;
    if (QFileInfo(m_folder).isDir()) {
        const QFileInfoList files =
            QDir(m_folder).entryInfoList({m_baseName + u"-*.sqlite"_s}, QDir::Files | QDir::NoSymLinks);
        for (const QFileInfo& file : files) {
            if (auto named = parseName(file, m_baseName))
                found << *named;
        }
    }
    std::sort(found.begin(), found.end(), [](const Named& a, const Named& b) {
        if (a.entry.createdAt != b.entry.createdAt)
            return a.entry.createdAt > b.entry.createdAt;
        if (a.written != b.written)
            return a.written > b.written;
        return a.sequence > b.sequence;
    });
    QList<BackupEntry> entries;
    entries.reserve(found.size());
    for (Named& named : found) {
        if (verify == Verify::Yes)
            named.entry.sound = verifyDatabaseFile(named.entry.path).ok();
        entries << std::move(named.entry);
    }
    return entries;
}

QStringList Backups::latestSound(int count) const {
    QStringList sound;
    const auto entries = list();
    if (!entries)
        return sound;
    for (const BackupEntry& entry : *entries) {
        if (sound.size() >= count)
            break;
        if (verifyDatabaseFile(entry.path))
            sound << entry.path;
    }
    return sound;
}

Result<QStringList> Backups::prune() {
    const auto entries = list();
    if (!entries)
        return entries.error();
    const QList<qsizetype> kept = keptByPolicy(*entries, m_policy);
    QStringList removed;
    for (qsizetype i = 0; i < entries->size(); ++i) {
        if (kept.contains(i))
            continue;
        const QString& path = entries->at(i).path;
        if (!QFile::remove(path)) {
            return failure(u"The old backup %1 could not be deleted."_s.arg(QDir::toNativeSeparators(path)),
                           path, ErrorKind::Io);
        }
        removed << path;
    }
    return removed;
}

QList<qsizetype> keptByPolicy(const QList<BackupEntry>& newestFirst, const RetentionPolicy& policy) {
    QSet<qsizetype> keep;
    // Every backup of the newest one's day stays: the one made before this morning's import must not go
    // because a second import, or "Back Up Now", came in the afternoon. From the next day on, the day keeps
    // only its newest, like the others.
    for (qsizetype i = 0; i < newestFirst.size(); ++i) {
        if (newestFirst.at(i).createdAt.date() != newestFirst.first().createdAt.date())
            break;
        keep.insert(i);
    }
    // Walking newest first, the first backup met in a period is that period's newest.
    const auto keepNewestOfEach = [&](int periods, auto periodOf) {
        QSet<qint64> seen;
        for (qsizetype i = 0; i < newestFirst.size(); ++i) {
            const qint64 period = periodOf(newestFirst.at(i).createdAt.date());
            if (seen.contains(period))
                continue;
            if (seen.size() >= periods)
                break;
            seen.insert(period);
            keep.insert(i);
        }
    };
    keepNewestOfEach(policy.daily, [](const QDate& date) { return date.toJulianDay(); });
    keepNewestOfEach(policy.weekly, [](const QDate& date) {
        int year = 0;
        const int week = date.weekNumber(&year);
        return qint64(year) * 100 + week;
    });
    keepNewestOfEach(policy.monthly,
                     [](const QDate& date) { return qint64(date.year()) * 100 + date.month(); });
    QList<qsizetype> kept(keep.begin(), keep.end());
    std::sort(kept.begin(), kept.end());
    return kept;
}

Result<std::optional<BackupEntry>> backupIfDue(Database& database, const QString& folder,
                                               const QDateTime& now, const RetentionPolicy& policy) {
    return Backups(folder, database.path(), policy).createIfDue(database, now);
}

}  // namespace passerelle::storage
