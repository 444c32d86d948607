#pragma once

// For the mappers: the archive rows of a record, deleted with it (document_archive.h).

#include "passerelle/domain/result.h"
#include "passerelle/storage/document_archive.h"

#include <QString>

namespace passerelle::storage {

// Deletes the issued documents and attachments of the record; runs inside the caller's transaction.
Status deleteArchivedFiles(Database& database, ArchivedKind kind, const QString& recordId);

}  // namespace passerelle::storage
