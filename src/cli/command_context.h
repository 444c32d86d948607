#pragma once

#include "passerelle/domain/result.h"
#include "passerelle/storage/database.h"

#include <QCommandLineParser>
#include <QDate>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace passerelle::cli {

// What every command gets: its own arguments, the output streams and the options every command shares.
class CommandContext {
public:
    CommandContext(QString command, QStringList arguments, QTextStream& out, QTextStream& err);

    const QString& command() const { return m_command; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Parses the arguments against the shared options plus the command's own. Returns nothing when the
    // command should go on, or the exit code to return at once: after --help (0) or a bad argument (2, with
    // the reason).
    std::optional<int> parse(QCommandLineParser& parser, const QString& positionalSyntax = {});

    // Opens --database (or the default one). On failure prints the message and returns nothing.
    std::unique_ptr<storage::Database> openDatabase();

    // --today D, or the computer's date. Nothing (and a message) when D is not a date.
    std::optional<QDate> today(const QCommandLineParser& parser);

    // Prints "passerelle-cli: <message>" on stderr and returns the exit code, for one-line error paths.
    int fail(const QString& message, int exitCode);

    static QCommandLineOption todayOption();
    static QCommandLineOption jsonOption();
    static QCommandLineOption outputOption();

private:
    QString m_command;
    QStringList m_arguments;
    QTextStream& m_out;
    QTextStream& m_err;
    QString m_databasePath;
};

}  // namespace passerelle::cli
