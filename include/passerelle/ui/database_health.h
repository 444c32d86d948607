#pragma once

#include "passerelle/storage/backups.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QStringList>

namespace passerelle::ui {

// The application's background check of its database (issue 10, "Damage is caught"): once the window shows,
// SQLite's integrity_check runs on a read-only connection of its own in a worker thread, so the window stays
// responsive however large the file; the answer comes back as a signal on the GUI thread. A sound database
// then gets the day's backup, in the same worker on a connection of its own: neither costs the start-up.
class DatabaseHealthCheck final : public QObject {
    Q_OBJECT

public:
    explicit DatabaseHealthCheck(QObject* parent = nullptr);
    ~DatabaseHealthCheck() override;

    // Starts checking the database file at `path`; a check already running goes on and its answer is
    // dropped. With a `backupFolder`, a sound database gets the day's backup there when none was made today.
    void start(const QString& path, const QString& backupFolder = {},
               const storage::RetentionPolicy& retention = {});
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void sound();
    // SQLite's own report of the damage (or why the file could not be checked at all).
    void damaged(const QStringList& report);

private:
    struct Outcome {
        bool sound = false;
        QStringList report;
    };
    QFutureWatcher<Outcome> m_watcher;
};

}  // namespace passerelle::ui
