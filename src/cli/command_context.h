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

    // Opens --database (or the default one), migrating it after a backup, and makes the day's backup when
    // none exists yet (in runtime::backupFolder()). On failure prints the message and returns nothing;
    // openFailureCode() then says how to exit.
    std::unique_ptr<storage::Database> openDatabase();
    // After a failed openDatabase(): 2 when the file is not a Passerelle database (bad input), 1 otherwise
    // (I/O, damage).
    int openFailureCode() const { return m_openFailureCode; }
    // The database path --database names, or the default one.
    QString databasePath() const;
    // Refuses a database SQLite's integrity check calls damaged: prints "the database is damaged; restore a
    // backup: ..." and returns 1. Nothing when it is sound.
    std::optional<int> refuseIfDamaged(storage::Database& database);
    // A verified backup into backupFolder() (skipped for a database this run created: nothing to keep).
    Status backup(storage::Database& database, storage::BackupReason reason);
    // Where the automatic backups go and how many are kept (the preferences).
    static QString backupFolder();
    static storage::RetentionPolicy retention();

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
    int m_openFailureCode = 1;
};

}  // namespace passerelle::cli
