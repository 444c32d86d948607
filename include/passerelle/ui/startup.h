#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace passerelle::storage {
class Database;
}

namespace passerelle::ui {

// The start of the desktop program, kept in the UI layer so that its messages are translated with the rest.
class Startup final {
    Q_DECLARE_TR_FUNCTIONS(Startup)

public:
    // Opens the database, or tells the user why it cannot be opened and returns nothing.
    static std::unique_ptr<storage::Database> openDatabase(const QString& path);
    // On an empty database (a first start) offers to load demonstration data.
    static void offerDemoData(storage::Database& database);
};

}  // namespace passerelle::ui
