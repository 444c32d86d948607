// Version 4 (issue 10): the file is marked as Passerelle's with PRAGMA application_id, so that opening
// recognises it from its header and never mistakes another program's SQLite file for one. Databases of
// versions 1 to 3 are recognised by their tables (sqlite_file_check.cpp) and marked here, inside the upgrade
// transaction: a failed upgrade leaves them unmarked and unchanged.
#include "migrations.h"

#include "../dialect.h"
#include "passerelle/storage/database.h"

namespace passerelle::storage {

Status migration0004ApplicationId(Database& database) {
    QSqlDatabase connection = database.connection();
    return database.dialect().setApplicationId(connection);
}

}  // namespace passerelle::storage
