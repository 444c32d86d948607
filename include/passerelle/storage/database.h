#pragma once

#include "passerelle/domain/result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace passerelle::storage {

// One open Passerelle database: a QtSql connection with the schema migrated to the latest version.
// Opening applies the pending migrations in one transaction; a database written by a newer Passerelle is
// refused untouched. Not thread-safe: one Database per thread.
class Database {
public:
    static Result<std::unique_ptr<Database>> open(const QString& path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion();

    // Runs `work` inside one transaction: committed when it succeeds, rolled back when it fails, so a write
    // either happens whole or not at all.
    Status transaction(const std::function<Status()>& work);

private:
    Database(QString connectionName, QString path);
    QString m_connectionName;
    QString m_path;
};

}  // namespace passerelle::storage
