#pragma once

#include <QString>

namespace passerelle::runtime {

struct LoggingOptions {
    QString filePath;       // rotating file; empty for none (tests)
    bool toStderr = false;  // the CLI also logs to stderr
    bool verbose = false;   // --verbose: debug level instead of info
};

// Installs the default spdlog logger: a rotating file (1 MiB x 3) in the data folder, plus stderr when asked,
// and routes Qt's own messages (qWarning ...) into it. Never log personal data (names, birth dates) at info
// level: ids and counts only.
void setupLogging(const LoggingOptions& options);

}  // namespace passerelle::runtime
