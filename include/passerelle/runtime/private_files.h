#pragma once

// Files about minors stay with the account that wrote them (issue 10, "Private by default"): both programs
// start with umask 077, so every file they create is 0600 and every folder 0700, whatever the session's
// umask; files an older Passerelle created readable by all are tightened when they are used again. And a
// file is written whole or not at all, with the system's own words when it cannot be.

#include "passerelle/domain/result.h"

#include <QByteArray>
#include <QString>

namespace passerelle::runtime {

// Sets the process's umask to 077. Both programs call it first thing in main(), before any file exists.
void restrictNewFilesToOwner();

// Owner-only permissions on an existing file (0600) or folder (0700) that this account owns; another
// account's file is left alone (the system would refuse anyway). Returns whether the path is now private.
bool makePrivate(const QString& path);

// makePrivate on a database and its -wal and -shm files, once it is open and known to be Passerelle's (a
// foreign file is never touched): a database an older version left 0644 would go on leaking through them,
// since SQLite gives the journal files it creates the database's own mode.
void makeDatabasePrivate(const QString& databasePath);

// Creates `folder` and its missing parents, private (0700), and tightens `folder` itself when it exists.
Status makePrivateFolder(const QString& folder);

// Writes `bytes` to `path` through a temporary file renamed over it at the end (QSaveFile), 0600: a reader
// sees the old file or the new one, never a truncated one, and a failure removes the temporary file. On
// failure the error's message is the system's reason ("No space left on device") and its field the path, so
// that each caller says "cannot write PATH: REASON" in its user's language; the kind is ErrorKind::Io.
Status writeFileAtomically(const QString& path, const QByteArray& bytes);

// The system's words for the last failed call (strerror of errno), for messages that name a file.
QString systemReason(int errorNumber);

}  // namespace passerelle::runtime
