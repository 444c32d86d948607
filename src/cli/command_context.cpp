#include "command_context.h"

#include "exit_codes.h"
#include "global_options.h"
#include "passerelle/runtime/paths.h"
#include "passerelle/runtime/private_files.h"
#include "passerelle/storage/backups.h"
#include "passerelle/storage/integrity.h"

#include <QDateTime>
#include <QDir>

#include <spdlog/spdlog.h>

namespace passerelle::cli {
namespace {

// "passerelle-cli restore NEWEST (other sound backups: ...)", or how to find one.
QString restoreAdvice(const QString& folder, const QString& databasePath) {
    const QStringList sound = storage::Backups(folder, databasePath).latestSound(3);
    if (sound.isEmpty()) {
        return QStringLiteral("no sound backup was found in %1; restore one with passerelle-cli restore FILE")
            .arg(QDir::toNativeSeparators(folder));
    }
    QString advice = QStringLiteral("passerelle-cli restore ") + QDir::toNativeSeparators(sound.first());
    if (sound.size() > 1) {
        QStringList others;
        for (qsizetype i = 1; i < sound.size(); ++i)
            others << QDir::toNativeSeparators(sound.at(i));
        advice += QStringLiteral(" (older sound backups: %1)").arg(others.join(QStringLiteral(", ")));
    }
    return advice;
}

}  // namespace

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

QString CommandContext::databasePath() const {
    return m_databasePath.isEmpty() ? runtime::defaultDatabasePath() : m_databasePath;
}

QString CommandContext::backupFolder() {
    return runtime::backupFolder();
}

storage::RetentionPolicy CommandContext::retention() {
    const runtime::BackupRetention kept = runtime::backupRetention();
    return {kept.daily, kept.weekly, kept.monthly};
}

std::unique_ptr<storage::Database> CommandContext::openDatabase() {
    const QString path = databasePath();
    const QString folder = backupFolder();
    const storage::RetentionPolicy policy = retention();
    // A damaged database is reported with the backups to restore from.
    storage::setRestoreAdvice([folder, path] { return restoreAdvice(folder, path); });
    auto opened = storage::Database::open(path, {folder, policy});
    if (!opened) {
        m_openFailureCode = opened.error().kind == ErrorKind::Invalid ? ExitBadInput : ExitFailure;
        m_err << "passerelle-cli: cannot open the database " << path << ": " << opened.error().message
              << "\n";
        return nullptr;
    }
    // Only once it is known to be ours: another program's file is never touched, not even its mode.
    runtime::makeDatabasePrivate(path);
    spdlog::debug("database opened at schema version {}", (*opened)->schemaVersion());
    // The day's backup; a new database has nothing to keep yet. Failing it does not stop the command.
    if (!(*opened)->wasCreated()) {
        const auto backup = storage::backupIfDue(**opened, folder, QDateTime::currentDateTime(), policy);
        if (!backup)
            spdlog::warn("the daily backup failed: {}", backup.error().message.toStdString());
        else if (*backup)
            spdlog::info("daily backup written ({} bytes)", (*backup)->size);
    }
    return std::move(opened).value();
}

std::optional<int> CommandContext::refuseIfDamaged(storage::Database& database) {
    const auto problems = storage::integrityCheck(database);
    if (!problems)
        return fail(problems.error().message, ExitFailure);
    if (!problems->isEmpty()) {
        for (const QString& problem : *problems)
            spdlog::error("integrity check: {}", problem.toStdString());
        return fail(storage::damagedDatabaseMessage(), ExitFailure);
    }
    return std::nullopt;
}

Status CommandContext::backup(storage::Database& database, storage::BackupReason reason) {
    // Nothing to keep yet; a server's backups are its administrator's (docs/server.md).
    if (database.wasCreated() || database.isServer())
        return success();
    const auto written = storage::Backups(backupFolder(), database.path(), retention())
                             .create(database, reason, QDateTime::currentDateTime());
    if (!written)
        return written.error();
    spdlog::info("{} backup written ({} bytes)", storage::backupReasonKey(reason).toStdString(),
                 written->size);
    return success();
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
