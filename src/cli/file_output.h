#pragma once

#include "command_context.h"
#include "passerelle/domain/result.h"

#include <QByteArray>
#include <QString>

namespace passerelle::cli {

// Writes bytes to the file (atomically: a reader never sees half a file, a failed write leaves the old one),
// or to stdout when the path is empty or "-".
Status writeOutput(CommandContext& context, const QString& path, const QByteArray& bytes);

// Reads a whole input file; the error names the file.
Result<QByteArray> readInput(const QString& path);

// The password given by --password-file: the file's first line, without its line end (never a command-line
// value, which `ps` and shell histories show).
Result<QByteArray> readPasswordFile(const QString& path);

}  // namespace passerelle::cli
