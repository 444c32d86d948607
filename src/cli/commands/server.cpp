// passerelle-cli server init | add-user | list-users | remove-user (issue 15): the shared PostgreSQL server's
// roles, policies and users (docs/server.md). The password comes from a file or from the terminal without
// echo, never from the command line (where `ps` and shell histories show it), and is never printed or logged.
#include "../commands.h"
#include "../exit_codes.h"
#include "../file_output.h"
#include "passerelle/storage/server_accounts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace passerelle::cli {
namespace {

bool stdinIsTerminal() {
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

// One line typed on the terminal, not echoed.
std::optional<QString> readHiddenLine(QTextStream& err, const QString& prompt) {
    err << prompt;
    err.flush();
#ifdef Q_OS_WIN
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(input, &mode);
    SetConsoleMode(input, mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios hidden = saved;
    hidden.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
#endif
    std::string line;
    const bool read = bool(std::getline(std::cin, line));
#ifdef Q_OS_WIN
    SetConsoleMode(input, mode);
#else
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
#endif
    err << "\n";
    err.flush();
    if (!read)
        return std::nullopt;
    QString text = QString::fromStdString(line);
    if (text.endsWith(u'\r'))
        text.chop(1);
    return text;
}

// The new user's password: the first line of --password-file, or typed twice on the terminal.
std::optional<QString> newPassword(CommandContext& context, const QString& passwordFile, int& exitCode) {
    exitCode = ExitBadInput;
    if (!passwordFile.isEmpty()) {
        const auto password = readPasswordFile(passwordFile);
        if (!password) {
            context.fail(password.error().message, ExitBadInput);
            return std::nullopt;
        }
        return QString::fromUtf8(*password);
    }
    if (!stdinIsTerminal()) {
        context.fail(
            u"no terminal to ask the password on: give it with --password-file FILE (its first line)"_s,
            ExitBadInput);
        return std::nullopt;
    }
    const auto first = readHiddenLine(context.err(), u"Password for the new user: "_s);
    const auto second = first ? readHiddenLine(context.err(), u"The same password again: "_s) : std::nullopt;
    if (!first || !second) {
        context.fail(u"no password typed"_s, ExitBadInput);
        return std::nullopt;
    }
    if (*first != *second) {
        context.fail(u"the two passwords differ; nothing was changed"_s, ExitBadInput);
        return std::nullopt;
    }
    return first;
}

int exitFor(const Error& error) {
    return error.kind == ErrorKind::Invalid ? ExitBadInput : ExitFailure;
}

int printUsers(CommandContext& context, const QList<storage::ServerUser>& users, bool json) {
    if (json) {
        QJsonArray array;
        for (const auto& user : users) {
            array.append(QJsonObject{{u"login"_s, user.login},
                                     {u"role"_s, storage::serverRoleKey(user.role)},
                                     {u"organisations"_s, QJsonArray::fromStringList(user.organisationIds)}});
        }
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    for (const auto& user : users) {
        context.out() << user.login << "\t" << storage::serverRoleKey(user.role) << "\t"
                      << user.organisationIds.join(u", "_s) << "\n";
    }
    return ExitSuccess;
}

}  // namespace

int runServer(CommandContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption roleOption(
        u"role"_s, u"The new user's role: %1."_s.arg(storage::serverRoleKeys().join(u", "_s)), u"role"_s);
    const QCommandLineOption organisationOption(
        u"organisation"_s, u"An organisation (id) the new user belongs to; repeat for several."_s, u"id"_s);
    const QCommandLineOption passwordFileOption(
        u"password-file"_s, u"A file whose first line is the new user's password (else it is asked)."_s,
        u"file"_s);
    for (const auto& option : {roleOption, organisationOption, passwordFileOption})
        parser.addOption(option);
    parser.addOption(CommandContext::jsonOption());
    if (auto exit = context.parse(parser, u"init | add-user LOGIN | list-users | remove-user LOGIN"_s))
        return *exit;
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.value(0);
    const QHash<QString, qsizetype> argumentCounts{
        {u"init"_s, 1}, {u"add-user"_s, 2}, {u"list-users"_s, 1}, {u"remove-user"_s, 2}};
    if (!argumentCounts.contains(action) || arguments.size() != argumentCounts.value(action)) {
        return context.fail(
            u"expected server init, server add-user LOGIN --role ROLE --organisation ID, server "
            u"list-users or server remove-user LOGIN"_s,
            ExitBadInput);
    }
    const bool addUser = action == u"add-user"_s;
    if (!addUser &&
        (parser.isSet(roleOption) || parser.isSet(organisationOption) || parser.isSet(passwordFileOption)))
        return context.fail(u"--role, --organisation and --password-file go with add-user only"_s,
                            ExitBadInput);
    // Checked before anything is opened, so that a path never creates a SQLite file for nothing.
    const QString address = context.databasePath();
    if (!address.startsWith(u"postgresql://"_s) && !address.startsWith(u"postgres://"_s)) {
        return context.fail(
            u"server commands need a PostgreSQL database: --database "
            u"postgresql://[user@]host[:port]/dbname (%1 is a SQLite file; see docs/server.md)"_s.arg(
                address),
            ExitBadInput);
    }
    std::optional<storage::ServerRole> role;
    QString password;
    if (addUser) {
        role = storage::serverRoleFromKey(parser.value(roleOption));
        if (!role) {
            return context.fail(u"--role: expected one of %1"_s.arg(storage::serverRoleKeys().join(u", "_s)),
                                ExitBadInput);
        }
        if (parser.values(organisationOption).isEmpty())
            return context.fail(u"add-user needs at least one --organisation ID"_s, ExitBadInput);
        int exitCode = ExitBadInput;
        const auto typed = newPassword(context, parser.value(passwordFileOption), exitCode);
        if (!typed)
            return exitCode;
        password = *typed;
    }

    const auto database = context.openDatabase();
    if (!database)
        return context.openFailureCode();
    if (action == u"init"_s) {
        if (const Status s = storage::initServerSecurity(*database); !s)
            return context.fail(s.error().message, exitFor(s.error()));
        context.out() << "Roles, users' tables and row-level security ready (schema version "
                      << database->schemaVersion() << ")\n";
        return ExitSuccess;
    }
    if (action == u"list-users"_s) {
        const auto users = storage::listServerUsers(*database);
        if (!users)
            return context.fail(users.error().message, exitFor(users.error()));
        return printUsers(context, *users, parser.isSet(CommandContext::jsonOption()));
    }
    const QString login = arguments.at(1);
    if (addUser) {
        const Status s =
            storage::addServerUser(*database, login, *role, parser.values(organisationOption), password);
        if (!s)
            return context.fail(s.error().message, exitFor(s.error()));
        context.out() << "User " << login << " added (" << storage::serverRoleKey(*role) << ": "
                      << parser.values(organisationOption).join(u", "_s) << ")\n";
        return ExitSuccess;
    }
    if (const Status s = storage::removeServerUser(*database, login); !s)
        return context.fail(s.error().message, exitFor(s.error()));
    context.out() << "User " << login << " removed\n";
    return ExitSuccess;
}

}  // namespace passerelle::cli
