#include "passerelle/ui/startup.h"

#include "passerelle/exchange/demo_data.h"
#include "passerelle/storage/database.h"
#include "passerelle/storage/dataset_store.h"

#include <QDate>
#include <QGuiApplication>
#include <QMessageBox>

#include <spdlog/spdlog.h>

namespace passerelle::ui {

std::unique_ptr<storage::Database> Startup::openDatabase(const QString& path) {
    auto opened = storage::Database::open(path);
    if (!opened) {
        spdlog::error("cannot open the database: {}", opened.error().message.toStdString());
        QMessageBox::critical(nullptr, tr("Passerelle"),
                              tr("The database %1 cannot be opened:\n%2").arg(path, opened.error().message));
        return nullptr;
    }
    return std::move(opened).value();
}

void Startup::offerDemoData(storage::Database& database) {
    storage::DatasetStore store(database);
    const auto count = store.recordCount();
    if (!count || *count > 0)
        return;
    const auto answer =
        QMessageBox::question(nullptr, tr("Empty database"),
                              tr("This database is empty. Load demonstration data (fictitious "
                                 "schools, partners and students) to discover Passerelle?"),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Dataset demo = exchange::generateDemo({.seed = 1, .students = 300, .today = QDate::currentDate()});
    const auto imported = store.importDataset(demo);
    QGuiApplication::restoreOverrideCursor();
    if (!imported) {
        QMessageBox::warning(
            nullptr, tr("Demonstration data"),
            tr("The demonstration data could not be loaded: %1").arg(imported.error().message));
        return;
    }
    spdlog::info("demo data loaded: {} records", demo.recordCount());
}

}  // namespace passerelle::ui
