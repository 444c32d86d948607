#include "passerelle/ui/backups_dialog.h"

#include "passerelle/storage/database.h"
#include "ui_backups_dialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

namespace passerelle::ui {
namespace {

enum Column { DateColumn, ReasonColumn, SizeColumn, StateColumn, ColumnCount };

QString reasonLabel(storage::BackupReason reason) {
    switch (reason) {
        case storage::BackupReason::Manual:
            return BackupsDialog::tr("Made by hand");
        case storage::BackupReason::Daily:
            return BackupsDialog::tr("Daily");
        case storage::BackupReason::Migration:
            return BackupsDialog::tr("Before an upgrade");
        case storage::BackupReason::Import:
            return BackupsDialog::tr("Before an import");
        case storage::BackupReason::Restore:
            return BackupsDialog::tr("Before a restore");
    }
    return {};
}

QString stateLabel(const std::optional<bool>& sound) {
    if (!sound)
        return BackupsDialog::tr("Checking…");
    return *sound ? BackupsDialog::tr("Sound") : BackupsDialog::tr("Damaged: cannot be restored");
}

}  // namespace

BackupsDialog::BackupsDialog(storage::Database& database, const QString& backupFolder,
                             const storage::RetentionPolicy& retention, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BackupsDialog>())
    , m_database(database)
    , m_store(backupFolder, database.path(), retention) {
    m_ui->setupUi(this);
    m_ui->explanationLabel->setText(
        tr("Passerelle backs up this database before every upgrade and every import, and once a day when it "
           "is used; it keeps the last %1 daily, %2 weekly and %3 monthly backups in %4.")
            .arg(retention.daily)
            .arg(retention.weekly)
            .arg(retention.monthly)
            .arg(QDir::toNativeSeparators(backupFolder)));
    m_ui->backupsTable->setColumnCount(ColumnCount);
    m_ui->backupsTable->setHorizontalHeaderLabels({tr("Date"), tr("Why"), tr("Size"), tr("State")});
    m_ui->backupsTable->horizontalHeader()->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    m_ui->backupsTable->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::ResizeToContents);
    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Restore a Backup"), question,
                                     QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    connect(m_ui->backUpNowButton, &QPushButton::clicked, this, &BackupsDialog::backUpNow);
    connect(m_ui->restoreButton, &QPushButton::clicked, this, &BackupsDialog::restoreSelected);
    connect(m_ui->showFolderButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_store.folder())); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->backupsTable, &QTableWidget::itemSelectionChanged, this, &BackupsDialog::updateButtons);
    connect(&m_verification, &QFutureWatcher<QList<storage::BackupEntry>>::finished, this, [this] {
        m_backups = m_verification.result();
        showBackups();
    });
    reload();
}

BackupsDialog::~BackupsDialog() {
    // The worker reads the backup files; it finishes before the dialog (and maybe the program) goes.
    m_verification.waitForFinished();
}

QString BackupsDialog::describeDate(const QDateTime& createdAt) {
    const QLocale locale;
    return tr("%1 at %2")
        .arg(locale.toString(createdAt.date(), QLocale::LongFormat),
             locale.toString(createdAt.time(), QLocale::ShortFormat));
}

void BackupsDialog::reload() {
    const auto listed = m_store.list(storage::Backups::Verify::No);
    if (!listed) {
        m_backups.clear();
        m_ui->statusLabel->setText(listed.error().message);
    } else {
        m_backups = *listed;
        m_ui->statusLabel->clear();
    }
    showBackups();
    verifyInBackground();
}

void BackupsDialog::verifyInBackground() {
    if (m_backups.isEmpty() || m_verification.isRunning())
        return;
    // Each backup is opened read-only by a connection of the worker's own.
    const storage::Backups store = m_store;
    m_verification.setFuture(QtConcurrent::run([store]() -> QList<storage::BackupEntry> {
        const auto verified = store.list(storage::Backups::Verify::Yes);
        return verified ? *verified : QList<storage::BackupEntry>{};
    }));
}

void BackupsDialog::showBackups() {
    const QLocale locale;
    QTableWidget* table = m_ui->backupsTable;
    table->setRowCount(static_cast<int>(m_backups.size()));
    for (int row = 0; row < m_backups.size(); ++row) {
        const storage::BackupEntry& entry = m_backups[row];
        const QStringList cells = {describeDate(entry.createdAt), reasonLabel(entry.reason),
                                   locale.formattedDataSize(entry.size), stateLabel(entry.sound)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setToolTip(column == DateColumn ? QDir::toNativeSeparators(entry.path) : cells[column]);
            table->setItem(row, column, item);
        }
    }
    if (m_backups.isEmpty())
        m_ui->statusLabel->setText(tr("This database has no backup yet."));
    if (table->currentRow() < 0 && !m_backups.isEmpty())
        table->selectRow(0);
    updateButtons();
}

void BackupsDialog::updateButtons() {
    const int row = m_ui->backupsTable->currentRow();
    const bool restorable = row >= 0 && row < m_backups.size() && m_backups[row].sound.value_or(false);
    m_ui->restoreButton->setEnabled(restorable);
}

void BackupsDialog::backUpNow() {
    if (m_verification.isRunning())
        m_verification.waitForFinished();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto made = m_store.create(m_database, storage::BackupReason::Manual, QDateTime::currentDateTime());
    QGuiApplication::restoreOverrideCursor();
    if (!made) {
        m_ui->statusLabel->setText(tr("The backup could not be made: %1").arg(made.error().message));
        return;
    }
    spdlog::info("manual backup made");
    reload();
    m_ui->statusLabel->setText(tr("Backed up: %1.").arg(describeDate(made->createdAt)));
}

void BackupsDialog::restoreSelected() {
    const int row = m_ui->backupsTable->currentRow();
    if (row < 0 || row >= m_backups.size() || !m_backups[row].sound.value_or(false))
        return;
    const storage::BackupEntry entry = m_backups[row];
    const QString question =
        tr("Restore the backup of %1?\n\nThe database as it is now is kept as a backup first; everything "
           "entered after %1 will no longer show. Passerelle closes the database and opens it again.")
            .arg(describeDate(entry.createdAt));
    if (!m_confirm(question))
        return;
    Q_EMIT restoreRequested(entry.path, entry.createdAt);
    accept();
}

}  // namespace passerelle::ui
