// Version 3 (issue 5): how each signature was given, and the document archive: every PDF issued for an
// agreement, a measure or a group activity, kept version by version with its SHA-256, and the files attached
// to them (scanned signed copies).
#include "migrations.h"

#include "../sql.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::storage {

Status migration0003DocumentArchive(Database& database) {
    return executeSchema(
        database, {
                      // Existing signatures were all given on paper: the default fills them in.
                      u"ALTER TABLE agreement_signatures ADD COLUMN method TEXT NOT NULL DEFAULT 'paper'"_s,
                      u"ALTER TABLE measure_signatures ADD COLUMN method TEXT NOT NULL DEFAULT 'paper'"_s,
                      // No foreign key: the owner is in one of three tables. The repositories delete these
                      // rows with their record, in the same transaction (document_archive.h).
                      u"CREATE TABLE issued_documents ("
                      "id INTEGER PRIMARY KEY, "
                      "record_kind TEXT NOT NULL CHECK (record_kind IN ('agreement', 'measure', 'group')), "
                      "record_id TEXT NOT NULL, "
                      "document TEXT NOT NULL, "
                      "version INTEGER NOT NULL, "
                      "issued_at TEXT NOT NULL, "
                      "sha256 TEXT NOT NULL, "
                      "draft INTEGER NOT NULL, "
                      "pdf BLOB NOT NULL, "
                      "signed_copy INTEGER NOT NULL DEFAULT 0, "
                      "UNIQUE (record_kind, record_id, document, version))"_s,
                      u"CREATE TABLE attachments ("
                      "id INTEGER PRIMARY KEY, "
                      "record_kind TEXT NOT NULL CHECK (record_kind IN ('agreement', 'measure', 'group')), "
                      "record_id TEXT NOT NULL, "
                      "file_name TEXT NOT NULL, "
                      "mime_type TEXT NOT NULL, "
                      "sha256 TEXT NOT NULL, "
                      "size INTEGER NOT NULL, "
                      "added_at TEXT NOT NULL, "
                      "content BLOB NOT NULL)"_s,
                      u"CREATE INDEX attachments_by_record ON attachments (record_kind, record_id)"_s,
                  });
}

}  // namespace passerelle::storage
