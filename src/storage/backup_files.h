#pragma once

// File steps shared by backups and restores: private files, flushing to disk, verifying a copy.

#include "passerelle/domain/result.h"

#include <QString>

namespace passerelle::storage {

// A unique name beside `target` (same folder, hence same file system: a rename is one atomic step), hidden
// and never matching the backups' pattern.
QString temporaryPathBeside(const QString& target);
// Creates an empty file readable by its owner only (0600); fails if it exists.
Status createPrivateFile(const QString& path);
// Makes a folder (and its parents) and restricts it to its owner (0700).
Status createPrivateFolder(const QString& path);
// Forces the file's bytes to the disk before it is renamed into place.
Status syncFile(const QString& path);
// A Passerelle database that integrity_check calls sound; the error says why not (ErrorKind::Invalid for a
// file that is not Passerelle's or is damaged).
Status verifyDatabaseFile(const QString& path);

}  // namespace passerelle::storage
