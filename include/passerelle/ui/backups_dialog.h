#pragma once

#include "passerelle/storage/backups.h"

#include <QDialog>
#include <QFutureWatcher>

#include <functional>
#include <memory>

namespace Ui {
class BackupsDialog;
}

namespace passerelle::storage {
class Database;
}

namespace passerelle::ui {

// Fichier › Sauvegardes… (issue 10, "Backups"): the open database's backups, newest first, with their date,
// why they were made, their size and whether they are sound (integrity_check, run in a worker thread so the
// list shows at once and fills in). Back Up Now writes a verified copy; Restore… asks, naming the backup's
// date, then hands the backup to the program, which closes the database and restores it
// (restoreRequested): the window cannot replace the file it has open.
class BackupsDialog final : public QDialog {
    Q_OBJECT

public:
    // Asked before a restore; tests replace it so that no modal box blocks.
    using Confirm = std::function<bool(const QString& question)>;

    BackupsDialog(storage::Database& database, const QString& backupFolder,
                  const storage::RetentionPolicy& retention, QWidget* parent = nullptr);
    ~BackupsDialog() override;

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    // The list as shown; soundness is filled in once the worker is done (waitForVerification in tests).
    const QList<storage::BackupEntry>& backups() const { return m_backups; }
    bool isVerifying() const { return m_verification.isRunning(); }

    // "lundi 1 décembre 2026 à 21:57": how a backup is named to the user.
    static QString describeDate(const QDateTime& createdAt);

Q_SIGNALS:
    void restoreRequested(const QString& backupPath, const QDateTime& createdAt);

private:
    void reload();
    void verifyInBackground();
    void showBackups();
    void backUpNow();
    void restoreSelected();
    void updateButtons();

    std::unique_ptr<Ui::BackupsDialog> m_ui;
    storage::Database& m_database;
    storage::Backups m_store;
    QList<storage::BackupEntry> m_backups;
    QFutureWatcher<QList<storage::BackupEntry>> m_verification;
    Confirm m_confirm;
};

}  // namespace passerelle::ui
