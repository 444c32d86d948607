#pragma once

// The schema's history: an ordered list of migrations, one per version (docs/data-model.md, "Migrations").
// A migration is never edited once released; a change to the schema is a new migration at the end.

#include "passerelle/domain/result.h"

#include <QList>
#include <QString>

namespace passerelle::storage {

class Database;

struct Migration {
    int version = 0;      // the schema version once applied; the list holds 1, 2, 3 ... in order
    QString description;  // shown in the error message when it fails
    Status (*apply)(Database& database) = nullptr;
};

const QList<Migration>& migrations();

// One file per migration, in src/storage/migrations/.
Status migration0001CoreTables(Database& database);
Status migration0002SearchIndex(Database& database);
Status migration0003DocumentArchive(Database& database);
Status migration0004ApplicationId(Database& database);
Status migration0005HandledDeadlines(Database& database);
Status migration0006CivilitiesAndResources(Database& database);
Status migration0007LegalNames(Database& database);
Status migration0008SiecleIdentities(Database& database);
Status migration0009Findings(Database& database);

}  // namespace passerelle::storage
