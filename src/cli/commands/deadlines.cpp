#include "passerelle/rules/deadlines.h"
#include "../commands.h"
#include "../dataset_source.h"
#include "../exit_codes.h"
#include "../findings_output.h"
#include "passerelle/rules/limits.h"
#include "passerelle/storage/database.h"
#include "passerelle/storage/deadline_reads.h"

namespace passerelle::cli {

int runDeadlines(CommandContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption daysOption(QStringLiteral("days"),
                                        QStringLiteral("How far ahead to look, in days (default %1).")
                                            .arg(rules::limits::kDefaultDeadlineHorizonDays),
                                        QStringLiteral("n"));
    parser.addOption(daysOption);
    // Handled deadlines (an agreement's handledDeadlines) are left out unless asked for, as on the dashboard.
    const QCommandLineOption includeHandledOption(
        QStringLiteral("include-handled"),
        QStringLiteral("Also list the deadlines marked handled, with the date and note of their handling."));
    parser.addOption(includeHandledOption);
    parser.addOption(CommandContext::todayOption());
    parser.addOption(CommandContext::jsonOption());
    if (auto exit = context.parse(parser, QStringLiteral("[FILE.json]")))
        return *exit;
    const auto today = context.today(parser);
    if (!today)
        return ExitBadInput;
    int days = rules::limits::kDefaultDeadlineHorizonDays;
    if (parser.isSet(daysOption)) {
        bool ok = false;
        days = parser.value(daysOption).toInt(&ok);
        if (!ok || days < 0)
            return context.fail(QStringLiteral("--days: expected a whole number from 0"), ExitBadInput);
    }

    const rules::DeadlineOptions options{.includeHandled = parser.isSet(includeHandledOption)};
    QList<rules::Deadline> deadlines;
    if (parser.positionalArguments().isEmpty()) {
        const auto database = context.openDatabase();
        if (!database)
            return context.openFailureCode();
        auto stored = storage::storedDeadlines(*database, *today, days, {}, options);
        if (!stored)
            return context.fail(stored.error().message, ExitFailure);
        deadlines = std::move(stored).value();
    } else {
        // A file is read and checked whole, as before.
        int exitCode = ExitSuccess;
        const auto dataset = loadDataset(context, parser.positionalArguments(), exitCode);
        if (!dataset)
            return exitCode;
        deadlines = rules::upcomingDeadlines(dataset->agreements, *today, days, {}, options);
    }
    printDeadlines(context, deadlines, *today, parser.isSet(CommandContext::jsonOption()));
    return ExitSuccess;
}

}  // namespace passerelle::cli
