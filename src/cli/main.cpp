// passerelle-cli: the headless program. Every command works on the database (--database or the default one)
// or on exchange files; exit codes in exit_codes.h.
#include "commands.h"
#include "exit_codes.h"
#include "passerelle/runtime/logging.h"
#include "passerelle/runtime/paths.h"
#include "passerelle/runtime/private_files.h"

#include <QGuiApplication>
#include <QSet>
#include <QTextStream>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <memory>

using namespace passerelle;
using namespace passerelle::cli;

namespace {

void printUsage(QTextStream& out) {
    out << "Usage: passerelle-cli [--database PATH] [--verbose] COMMAND [ARGS...]\n"
           "       passerelle-cli --version | --help | help COMMAND\n\nCommands:\n";
    for (const Command& command : commands()) {
        out << "  " << QString::fromLatin1(command.name).leftJustified(10) << ' ' << command.synopsis << "\n"
            << "             " << command.summary << "\n";
    }
    out << "\nExit codes: 0 success, 1 findings or failures, 2 bad usage or bad input.\n";
}

const Command* findCommand(const QString& name) {
    for (const Command& command : commands()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

// The command is the first argument that is neither an option nor the value of --database.
qsizetype commandIndex(const QStringList& arguments) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--database")) {
            ++i;
            continue;
        }
        if (!argument.startsWith(QLatin1Char('-')))
            return i;
    }
    return -1;
}

// The commands that lay out, draw or read PDFs (src/documents): they need fonts, hence a QGuiApplication on
// the offscreen platform. Every other command starts a plain QCoreApplication, about 0.1 s sooner (issue 14:
// `deadlines` and `check` are answered in about the time the process takes to start).
bool drawsDocuments(int argc, char** argv) {
    static const QSet<QString> documentCommands{QStringLiteral("pdf"), QStringLiteral("sign"),
                                                QStringLiteral("verify"), QStringLiteral("help")};
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const qsizetype index = commandIndex(arguments);
    return index >= 0 && documentCommands.contains(arguments.at(index));
}

}  // namespace

int main(int argc, char** argv) {
    // Before anything is created: the database, its journal, the log, backups, PDFs and exports are private
    // to this account (0600, folders 0700), whatever the session's umask.
    runtime::restrictNewFilesToOwner();
    // Laying out a PDF needs fonts, hence a QGuiApplication; the offscreen platform keeps the CLI free of any
    // display (servers, CI, cron).
    std::unique_ptr<QCoreApplication> app;
    if (drawsDocuments(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    runtime::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);

    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype index = commandIndex(arguments);
    if (index < 0) {
        if (arguments.contains(QLatin1String("--version"))) {
            out << "passerelle-cli " << QCoreApplication::applicationVersion() << "\n";
            return ExitSuccess;
        }
        if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
            printUsage(out);
            return ExitSuccess;
        }
        printUsage(err);
        return ExitBadInput;
    }

    QString name = arguments.at(index);
    QStringList commandArguments = arguments;
    if (name == QLatin1String("help")) {
        // "help import" is "import --help".
        if (index + 1 >= arguments.size()) {
            printUsage(out);
            return ExitSuccess;
        }
        name = arguments.at(index + 1);
        commandArguments = {arguments.first(), name, QStringLiteral("--help")};
    } else {
        commandArguments.removeAt(index);
        commandArguments.insert(1, name);
    }
    const Command* command = findCommand(name);
    if (!command) {
        err << "passerelle-cli: unknown command '" << name << "'.\n\n";
        printUsage(err);
        return ExitBadInput;
    }

    runtime::setupLogging({.filePath = runtime::logFilePath(),
                           .toStderr = true,
                           .verbose = arguments.contains(QLatin1String("--verbose"))});
    spdlog::info("passerelle-cli {} started: {}", PASSERELLE_VERSION, command->name);

    // QCommandLineParser reads the program name from the first argument and the command from the second.
    commandArguments.removeAt(1);
    CommandContext context(name, commandArguments, out, err);
    const int code = command->run(context);
    out.flush();
    err.flush();
    spdlog::info("passerelle-cli {} finished with exit code {}", command->name, code);
    return code;
}
