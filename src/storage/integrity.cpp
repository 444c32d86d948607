#include "passerelle/storage/integrity.h"

#include "dialect.h"
#include "passerelle/storage/database.h"
#include "passerelle/storage/server_address.h"

#include <QMutex>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::storage {
namespace {

const QString damagedPrefix = u"the database is damaged; restore a backup: "_s;

// Set once by the program at start-up; read only while a damage error is worded (rare), hence a plain
// mutex.
QMutex adviceMutex;
std::function<QString()>& restoreAdvice() {
    static std::function<QString()> advice;
    return advice;
}

}  // namespace

Result<QStringList> integrityCheck(Database& database) {
    // One statement is one read transaction: the check sees one state of the file even while another program
    // writes.
    return database.dialect().integrityCheck(database.connection());
}

Result<QStringList> integrityCheckFile(const QString& path) {
    // A server checks its own pages (data checksums); a client has nothing to read below the tables.
    if (isServerAddress(path))
        return QStringList();
    if (const auto inspected = dialect::inspectExistingFile(path, Database::latestSchemaVersion());
        !inspected) {
        return inspected.error();
    }
    dialect::ReadOnlyConnection reader(path);
    if (const Status opened = reader.open(); !opened)
        return opened.error();
    return sqliteDialect().integrityCheck(reader.connection());
}

QString damagedDatabaseMessage() {
    std::function<QString()> advice;
    {
        QMutexLocker lock(&adviceMutex);
        advice = restoreAdvice();
    }
    // The advice checks backups, whose own damage errors come back here: those get the generic advice.
    thread_local bool wording = false;
    QString text;
    if (advice && !wording) {
        wording = true;
        text = advice();
        wording = false;
    }
    return damagedPrefix +
           (text.isEmpty() ? u"choose one of the backups in the backups folder of the data folder."_s : text);
}

bool isDamagedDatabaseError(const Error& error) {
    return error.message.contains(damagedPrefix);
}

void setRestoreAdvice(std::function<QString()> advice) {
    QMutexLocker lock(&adviceMutex);
    restoreAdvice() = std::move(advice);
}

}  // namespace passerelle::storage
