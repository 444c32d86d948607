#include "cli_runner.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace passerelle::test {

CliRun runCli(const QStringList& arguments, const QString& dataFolder) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataFolder);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dataFolder);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PASSERELLE_CLI_PATH), arguments);
    process.waitForFinished(300'000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

}  // namespace passerelle::test
