#include "passerelle/ui/database_health.h"

#include "passerelle/storage/database.h"
#include "passerelle/storage/integrity.h"

#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

namespace passerelle::ui {

DatabaseHealthCheck::DatabaseHealthCheck(QObject* parent) : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        if (outcome.sound) {
            spdlog::info("database check: sound");
            Q_EMIT sound();
        } else {
            spdlog::warn("database check: damaged ({} messages)", outcome.report.size());
            Q_EMIT damaged(outcome.report);
        }
    });
}

DatabaseHealthCheck::~DatabaseHealthCheck() {
    // The worker holds its own connection; it must be done before the program closes the file.
    m_watcher.waitForFinished();
}

namespace {

// The day's backup, on a connection of the worker's own (QtSql connections may not cross threads). A failure
// is logged, never shown: the next open or close tries again.
void backUpIfDue(const QString& path, const QString& folder, const storage::RetentionPolicy& retention) {
    auto database = storage::Database::open(path, {.existingOnly = true});
    const auto made = database
                          ? storage::backupIfDue(**database, folder, QDateTime::currentDateTime(), retention)
                          : Result<std::optional<storage::BackupEntry>>(database.error());
    if (!made)
        spdlog::warn("the daily backup failed: {}", made.error().message.toStdString());
    else if (*made)
        spdlog::info("daily backup written ({} bytes)", (*made)->size);
}

}  // namespace

void DatabaseHealthCheck::start(const QString& path, const QString& backupFolder,
                                const storage::RetentionPolicy& retention) {
    if (m_watcher.isRunning())
        return;
    m_watcher.setFuture(QtConcurrent::run([path, backupFolder, retention]() -> Outcome {
        // integrityCheckFile opens its own read-only connection in this thread: QtSql connections may not
        // cross threads, and nothing is written to the file or beside it.
        const Result<QStringList> report = storage::integrityCheckFile(path);
        if (!report)
            return {false, {report.error().message}};
        if (report->isEmpty() && !backupFolder.isEmpty())
            backUpIfDue(path, backupFolder, retention);
        return {report->isEmpty(), *report};
    }));
}

}  // namespace passerelle::ui
