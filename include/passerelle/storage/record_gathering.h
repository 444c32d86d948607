#pragma once

// The records one agreement, measure or group activity's documents and rule checks need, read through the
// repositories by id: what `passerelle-cli pdf` and the application's documents dialog hand to
// documents::DocumentMaker instead of the whole database, so one record's documents cost the same at 300 and
// at 100,000 students (issue 14, « read what you show »).

#include "passerelle/domain/dataset.h"
#include "passerelle/domain/result.h"
#include "passerelle/storage/document_archive.h"

namespace passerelle::storage {

class Database;

// The record and every record its documents and rule checks refer to: for a measure its student, the
// student's school, host, agreement (with its parties' organisations and representatives), tutor and
// follower; for an agreement its parties; for a group its agreement and participants with their schools (the
// letterhead's school when the agreement has no School party). A reference that no longer resolves is left
// out (the rules then report it). NotFound when the record itself does not exist. Read on one snapshot, so
// that a program writing at the same time cannot mix two states of the data.
Result<Dataset> gatherRecords(Database& database, const RecordRef& record);

}  // namespace passerelle::storage
