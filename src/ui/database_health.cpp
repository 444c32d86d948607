#include "passerelle/ui/database_health.h"

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

void DatabaseHealthCheck::start(const QString& path) {
    if (m_watcher.isRunning())
        return;
    m_watcher.setFuture(QtConcurrent::run([path]() -> Outcome {
        // integrityCheckFile opens its own read-only connection in this thread: QtSql connections may not
        // cross threads, and nothing is written to the file or beside it.
        const Result<QStringList> report = storage::integrityCheckFile(path);
        if (!report)
            return {false, {report.error().message}};
        return {report->isEmpty(), *report};
    }));
}

}  // namespace passerelle::ui
