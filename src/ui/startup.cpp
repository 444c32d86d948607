#include "passerelle/ui/startup.h"

#include "passerelle/ui/app_settings.h"
#include "passerelle/ui/first_start_wizard.h"
#include "passerelle/ui/server_connect_dialog.h"

#include "passerelle/runtime/paths.h"
#include "passerelle/runtime/private_files.h"
#include "passerelle/storage/database.h"
#include "passerelle/storage/dataset_store.h"
#include "passerelle/storage/integrity.h"
#include "passerelle/storage/server_address.h"
#include "passerelle/ui/backups_dialog.h"

#include <QDate>
#include <QDir>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>

#include <spdlog/spdlog.h>

namespace passerelle::ui {

storage::RetentionPolicy Startup::retention() {
    const runtime::BackupRetention kept = runtime::backupRetention();
    return {kept.daily, kept.weekly, kept.monthly};
}

Result<std::unique_ptr<storage::Database>> Startup::openServer(const QString& address,
                                                               const QString& password) {
    // No backup folder: a server's backups are its administrator's, and nothing is created on this disk.
    storage::OpenOptions options;
    options.password = password;
    return storage::Database::open(address, options);
}

// A server is never a file: no folder, no private mode, no damaged-file restore. When the password file does
// not open it, the connect dialog offers the address with the server's answer, for the password.
namespace {

std::unique_ptr<storage::Database> openServerAtStart(const QString& address) {
    auto opened = Startup::openServer(address, {});
    if (opened)
        return std::move(opened).value();
    spdlog::error("cannot connect to the server: {}", opened.error().message.toStdString());
    return Startup::askForServer(address, opened.error().message);
}

}  // namespace

std::unique_ptr<storage::Database> Startup::askForServer(const QString& address, const QString& problem,
                                                         QWidget* parent) {
    // The connection is tried while the dialog shows: a refused login or an unreachable server is answered
    // there, with what was typed kept.
    std::unique_ptr<storage::Database> database;
    ServerConnectDialog dialog(
        address,
        [&database](const storage::ServerAddress& typed, const QString& password) -> Status {
            auto reached = openServer(typed.url(), password);
            if (!reached)
                return reached.error();
            database = std::move(reached).value();
            return success();
        },
        parent);
    if (!problem.isEmpty())
        dialog.showProblem(problem);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    return database;
}

std::unique_ptr<storage::Database> Startup::openDatabase(const QString& path) {
    if (storage::isServerAddress(path))
        return openServerAtStart(path);
    // A damaged database is reported with where to restore it from.
    storage::setRestoreAdvice([] { return tr("File > Backups… lists the backups that can be restored."); });
    auto opened = storage::Database::open(path, {runtime::backupFolder(), retention()});
    // Damage found while opening: the window cannot show, so the latest sound backup is offered here.
    if (!opened && storage::isDamagedDatabaseError(opened.error())) {
        spdlog::error("the database is damaged");
        const std::optional<QString> backup = askRestoreAfterDamage(path, {opened.error().message});
        if (!backup || !restore(path, *backup))
            return nullptr;
        opened = storage::Database::open(path, {runtime::backupFolder(), retention()});
    }
    if (!opened) {
        spdlog::error("cannot open the database: {}", opened.error().message.toStdString());
        QMessageBox::critical(nullptr, tr("Passerelle"),
                              tr("The database %1 cannot be opened:\n%2").arg(path, opened.error().message));
        return nullptr;
    }
    // Only once it is known to be ours: another program's file is never touched, not even its mode.
    runtime::makeDatabasePrivate(path);
    // The day's backup when it is opened is made by the window's background check (DatabaseHealthCheck),
    // not here: a copy of a large database would delay the window.
    return std::move(opened).value();
}

std::optional<QString> Startup::askRestoreAfterDamage(const QString& path, const QStringList& report,
                                                      QWidget* parent) {
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const storage::Backups backups(runtime::backupFolder(), path, retention());
    const QStringList sound = backups.latestSound(1);
    const auto listed = backups.list();
    QGuiApplication::restoreOverrideCursor();
    QDateTime soundDate;
    for (const storage::BackupEntry& entry : listed ? *listed : QList<storage::BackupEntry>{}) {
        if (!sound.isEmpty() && entry.path == sound.first())
            soundDate = entry.createdAt;
    }
    QMessageBox box(QMessageBox::Critical, tr("Damaged Database"),
                    tr("The database %1 is damaged: some of its records can no longer be read whole. Stop "
                       "entering data in it.")
                        .arg(QDir::toNativeSeparators(path)),
                    QMessageBox::NoButton, parent);
    box.setDetailedText(report.join(u'\n'));
    if (sound.isEmpty()) {
        box.setInformativeText(tr("No sound backup of it was found in %1. Keep a copy of the file and ask "
                                  "for help before doing anything else.")
                                   .arg(QDir::toNativeSeparators(runtime::backupFolder())));
        box.addButton(QMessageBox::Close);
        box.exec();
        return std::nullopt;
    }
    box.setInformativeText(tr("Restore the latest sound backup, of %1? The damaged database is kept as a "
                              "backup first.")
                               .arg(BackupsDialog::describeDate(soundDate)));
    QPushButton* restoreButton = box.addButton(tr("Restore the Backup"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(restoreButton);
    box.exec();
    if (box.clickedButton() != restoreButton)
        return std::nullopt;
    return sound.first();
}

void Startup::backUpOnClose(storage::Database& database) {
    if (database.isServer())
        return;  // the server's backups are its administrator's (pg_dump); no folder made on this disk
    const auto made =
        storage::backupIfDue(database, runtime::backupFolder(), QDateTime::currentDateTime(), retention());
    if (!made)
        spdlog::warn("the daily backup failed: {}", made.error().message.toStdString());
    else if (*made)
        spdlog::info("daily backup written ({} bytes)", (*made)->size);
}

Status Startup::backUpBeforeImport(storage::Database& database) {
    if (database.isServer())
        return success();  // the import is one transaction; the server's backups are its administrator's
    const auto kept = storage::Backups(runtime::backupFolder(), database.path(), retention())
                          .create(database, storage::BackupReason::Import, QDateTime::currentDateTime());
    if (!kept)
        return kept.error();
    return success();
}

bool Startup::restore(const QString& path, const QString& backup) {
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restored = storage::restoreDatabase(path, backup, runtime::backupFolder(), retention(),
                                                   QDateTime::currentDateTime());
    QGuiApplication::restoreOverrideCursor();
    if (!restored) {
        spdlog::error("restore failed: {}", restored.error().message.toStdString());
        QMessageBox::critical(
            nullptr, tr("Restore a Backup"),
            tr("The backup was not restored; the database is as it was.\n%1").arg(restored.error().message));
        return false;
    }
    spdlog::info("backup restored");
    QMessageBox::information(
        nullptr, tr("Restore a Backup"),
        restored->keptBackup.isEmpty()
            ? tr("The backup was restored.")
            : tr("The backup was restored. The database as it was before is kept as the backup %1.")
                  .arg(QDir::toNativeSeparators(restored->keptBackup)));
    return true;
}

void Startup::welcome(storage::Database& database) {
    storage::DatasetStore store(database);
    const auto count = store.recordCount();
    if (!count || *count > 0)
        return;
    FirstStartWizard wizard(QDate::currentDate());
    if (wizard.exec() != QDialog::Accepted)
        return;  // an empty start: the assistant comes back next time, while the database is empty
    AppSettings settings = AppSettings::load();
    const QString failure =
        FirstStartWizard::apply(wizard.answers(), database, QDate::currentDate(), settings);
    if (!failure.isEmpty()) {
        QMessageBox::warning(
            nullptr, tr("Welcome to Passerelle"),
            tr("Your school could not be saved; the database is still empty.\n%1").arg(failure));
    }
}

}  // namespace passerelle::ui
