#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace passerelle::test {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs passerelle-cli with the arguments, in a private data folder (so the user's real database and logs are
// never touched), and waits for it.
CliRun runCli(const QStringList& arguments, const QString& dataFolder);

}  // namespace passerelle::test
