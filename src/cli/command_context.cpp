#include "command_context.h"

#include "exit_codes.h"
#include "global_options.h"
#include "passerelle/runtime/paths.h"

#include <spdlog/spdlog.h>

namespace passerelle::cli {

CommandContext::CommandContext(QString command, QStringList arguments, QTextStream& out, QTextStream& err)
    : m_command(std::move(command)), m_arguments(std::move(arguments)), m_out(out), m_err(err) {}

std::optional<int> CommandContext::parse(QCommandLineParser& parser, const QString& positionalSyntax) {
    addGlobalOptions(parser);
    parser.addPositionalArgument(
        m_command, QString(),
        m_command + (positionalSyntax.isEmpty() ? QString() : QLatin1Char(' ') + positionalSyntax));
    if (!parser.parse(m_arguments)) {
        m_err << "passerelle-cli " << m_command << ": " << parser.errorText() << "\n";
        m_err << "Try 'passerelle-cli help " << m_command << "'.\n";
        return ExitBadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return ExitSuccess;
    }
    m_databasePath = parser.value(databaseOption());
    return std::nullopt;
}

std::unique_ptr<storage::Database> CommandContext::openDatabase() {
    const QString path = m_databasePath.isEmpty() ? runtime::defaultDatabasePath() : m_databasePath;
    auto opened = storage::Database::open(path);
    if (!opened) {
        m_err << "passerelle-cli: cannot open the database " << path << ": " << opened.error().message
              << "\n";
        return nullptr;
    }
    spdlog::debug("database opened at schema version {}", (*opened)->schemaVersion());
    return std::move(opened).value();
}

std::optional<QDate> CommandContext::today(const QCommandLineParser& parser) {
    if (!parser.isSet(todayOption()))
        return QDate::currentDate();
    const QString text = parser.value(todayOption());
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10) {
        m_err << "passerelle-cli: --today: not a date (YYYY-MM-DD): " << text << "\n";
        return std::nullopt;
    }
    return date;
}

int CommandContext::fail(const QString& message, int exitCode) {
    m_err << "passerelle-cli " << m_command << ": " << message << "\n";
    return exitCode;
}

QCommandLineOption CommandContext::todayOption() {
    return {QStringLiteral("today"), QStringLiteral("The date to count from (YYYY-MM-DD); default: today."),
            QStringLiteral("date")};
}

QCommandLineOption CommandContext::jsonOption() {
    return {QStringLiteral("json"), QStringLiteral("Print JSON instead of text lines.")};
}

QCommandLineOption CommandContext::outputOption() {
    return {{QStringLiteral("o"), QStringLiteral("output")},
            QStringLiteral("Write to this file."),
            QStringLiteral("file")};
}

}  // namespace passerelle::cli
