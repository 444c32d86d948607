#pragma once

#include "passerelle/domain/result.h"
#include "passerelle/storage/backups.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class QWidget;

namespace passerelle::storage {
class Database;
}

namespace passerelle::ui {

// The start of the desktop program, kept in the UI layer so that its messages are translated with the rest.
class Startup final {
    Q_DECLARE_TR_FUNCTIONS(Startup)

public:
    // Opens the database (backing it up before an upgrade; the day's backup is the window's background
    // check's), or tells the user why it cannot be opened and returns nothing.
    // A server's address (postgresql://…) is reached with libpq's password file; when that is not enough,
    // the server connect dialog asks for the password. Nothing is created on disk for a server.
    static std::unique_ptr<storage::Database> openDatabase(const QString& path);
    // Opens a server's database with the password the user typed (empty: libpq's ~/.pgpass or PGPASSFILE);
    // the error's message is the server's own (a refused login, an unreachable host).
    static Result<std::unique_ptr<storage::Database>> openServer(const QString& address,
                                                                 const QString& password);
    // Fichier › Se connecter à un serveur…: the connect dialog, offering `address`, trying each address and
    // password typed until one opens (nullptr when the user cancels); `problem`: why the last try failed,
    // shown at once.
    static std::unique_ptr<storage::Database> askForServer(const QString& address,
                                                           const QString& problem = {},
                                                           QWidget* parent = nullptr);
    // The day's backup when the program closes the database, if none was made today.
    static void backUpOnClose(storage::Database& database);
    // The backup every import makes first (an import may change many records at once), into the backup
    // folder with the preferences' retention. The error's message is the reason.
    static Status backUpBeforeImport(storage::Database& database);
    // Replaces the closed database at `path` with `backup` (the current file is kept as a backup first) and
    // tells the user how it went. Returns whether it was restored.
    static bool restore(const QString& path, const QString& backup);
    // Tells the user the database at `path` is damaged (SQLite's `report` in the details) and offers the
    // latest sound backup; returns the backup to restore when the user chose to.
    static std::optional<QString> askRestoreAfterDamage(const QString& path, const QStringList& report,
                                                        QWidget* parent = nullptr);
    // The backups' retention, from the preferences (runtime::backupRetention).
    static storage::RetentionPolicy retention();
    // On an empty database (a first start) the assistant asks for the school, then offers demonstration
    // data or an empty start.
    static void welcome(storage::Database& database);
};

}  // namespace passerelle::ui
