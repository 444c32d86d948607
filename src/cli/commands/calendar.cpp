// `calendar (--measure ID | --group ID | --deadlines) -o FILE.ics` (issue 13): a measure's expected sessions,
// a group's sessions or the agreements' coming deadlines as an iCalendar file for an agenda.
#include "passerelle/exchange/calendar.h"
#include "../commands.h"
#include "../exit_codes.h"
#include "../file_output.h"
#include "passerelle/rules/deadlines.h"
#include "passerelle/rules/limits.h"
#include "passerelle/storage/deadline_reads.h"
#include "passerelle/storage/repositories.h"

#include <spdlog/spdlog.h>

namespace passerelle::cli {
namespace {

// A record the export names: an unknown id is bad input (2), a database that cannot be read a failure (1).
template <typename T>
std::optional<T> findNamed(CommandContext& context, storage::Database& database, const QString& what,
                           const QString& id, int& exitCode) {
    const auto found = storage::Repository<T>(database).find(id);
    if (found)
        return *found;
    if (found.error().kind == ErrorKind::NotFound) {
        exitCode = context.fail(QStringLiteral("no %1 with id '%2'").arg(what, id), ExitBadInput);
    } else {
        exitCode = context.fail(found.error().message, ExitFailure);
    }
    return std::nullopt;
}

// A record an event only mentions (the student, the host): empty when it is missing.
template <typename T>
T findOrEmpty(storage::Database& database, const QString& id) {
    if (id.isEmpty())
        return {};
    const auto found = storage::Repository<T>(database).find(id);
    return found ? *found : T{};
}

}  // namespace

int runCalendar(CommandContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption measureOption(QStringLiteral("measure"),
                                           QStringLiteral("The expected sessions of this measure."),
                                           QStringLiteral("id"));
    const QCommandLineOption groupOption(QStringLiteral("group"),
                                         QStringLiteral("The sessions of this group."), QStringLiteral("id"));
    const QCommandLineOption deadlinesOption(QStringLiteral("deadlines"),
                                             QStringLiteral("The agreements' coming deadlines."));
    const QCommandLineOption daysOption(
        QStringLiteral("days"),
        QStringLiteral("With --deadlines, how far ahead to look, in days (default %1).")
            .arg(rules::limits::kDefaultDeadlineHorizonDays),
        QStringLiteral("n"));
    for (const auto& option : {measureOption, groupOption, deadlinesOption, daysOption})
        parser.addOption(option);
    parser.addOption(CommandContext::todayOption());
    parser.addOption(CommandContext::outputOption());
    if (auto exit = context.parse(parser))
        return *exit;
    const auto today = context.today(parser);
    if (!today)
        return ExitBadInput;
    const int forms = int(parser.isSet(measureOption)) + int(parser.isSet(groupOption)) +
                      int(parser.isSet(deadlinesOption));
    if (forms != 1 || !parser.positionalArguments().isEmpty()) {
        return context.fail(
            QStringLiteral("expected: calendar --measure ID | --group ID | --deadlines -o FILE.ics"),
            ExitBadInput);
    }
    int days = rules::limits::kDefaultDeadlineHorizonDays;
    if (parser.isSet(daysOption)) {
        bool ok = false;
        days = parser.value(daysOption).toInt(&ok);
        if (!parser.isSet(deadlinesOption))
            return context.fail(QStringLiteral("--days goes with --deadlines"), ExitBadInput);
        if (!ok || days < 0)
            return context.fail(QStringLiteral("--days: expected a whole number from 0"), ExitBadInput);
    }

    const auto database = context.openDatabase();
    if (!database)
        return context.openFailureCode();
    const QDateTime stamp = QDateTime::currentDateTimeUtc();
    QByteArray ics;
    int exitCode = ExitSuccess;
    if (parser.isSet(measureOption)) {
        const auto measure = findNamed<Measure>(context, *database, QStringLiteral("measure"),
                                                parser.value(measureOption), exitCode);
        if (!measure)
            return exitCode;
        const exchange::MeasureCalendar input{*measure, findOrEmpty<Student>(*database, measure->studentId),
                                              findOrEmpty<Organisation>(*database, measure->hostId)};
        ics = exchange::measureCalendar(input, stamp);
        spdlog::info("calendar: measure {}, {} sessions", measure->id.toStdString(),
                     measure->expectedDates().size());
    } else if (parser.isSet(groupOption)) {
        const auto group = findNamed<GroupActivity>(context, *database, QStringLiteral("group"),
                                                    parser.value(groupOption), exitCode);
        if (!group)
            return exitCode;
        ics = exchange::groupCalendar({*group, {}}, stamp);
        spdlog::info("calendar: group {}, {} sessions", group->id.toStdString(), group->sessions.size());
    } else {
        const auto deadlines = storage::storedDeadlines(*database, *today, days);
        if (!deadlines)
            return context.fail(deadlines.error().message, ExitFailure);
        ics = exchange::deadlinesCalendar(*deadlines, stamp);
        spdlog::info("calendar: {} deadlines", deadlines->size());
    }
    const QString path = parser.value(CommandContext::outputOption());
    if (const Status written = writeOutput(context, path, ics); !written)
        return context.fail(written.error().message, ExitFailure);
    return ExitSuccess;
}

}  // namespace passerelle::cli
