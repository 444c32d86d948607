#pragma once

// Damage is caught, never used silently: PRAGMA integrity_check on demand, and one message for every
// "database disk image is malformed" that reaches a user (docs/data-model.md, "Integrity").

#include "passerelle/domain/result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace passerelle::storage {

class Database;

// Runs SQLite's integrity check on the open database: empty when it is sound, otherwise SQLite's messages
// ("Tree 5 page 12 cell 3: ...", at most 100 of them).
Result<QStringList> integrityCheck(Database& database);
// The same on a file opened read-only (a backup, a file about to be restored): nothing is written to it or
// beside it. Fails when the file is not a Passerelle database.
Result<QStringList> integrityCheckFile(const QString& path);

// "the database is damaged; restore a backup: " followed by the advice the program registered (the latest
// sound backups, or how to restore one). Every damage error of the storage layer carries this message.
QString damagedDatabaseMessage();
bool isDamagedDatabaseError(const Error& error);
// The program says once at start-up how to restore (it knows where its backups are); called only when a
// damage error is being worded. Without it the advice is generic.
void setRestoreAdvice(std::function<QString()> advice);

}  // namespace passerelle::storage
