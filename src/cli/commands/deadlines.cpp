#include "passerelle/rules/deadlines.h"
#include "../commands.h"
#include "../dataset_source.h"
#include "../exit_codes.h"
#include "../findings_output.h"
#include "passerelle/rules/limits.h"
#include "passerelle/storage/database.h"
#include "passerelle/storage/record_pages.h"

namespace passerelle::cli {
namespace {

// The agreements, all there is to a deadline (its title and message come from the agreement alone): read
// from the database a page at a time, never the students or the measures, so that `deadlines` costs the same
// at 10,000 and 100,000 students (issue 14).
std::optional<QList<Agreement>> storedAgreements(CommandContext& context, int& exitCode) {
    const auto database = context.openDatabase();
    if (!database) {
        exitCode = context.openFailureCode();
        return std::nullopt;
    }
    QList<Agreement> agreements;
    const Status read = database->snapshot([&]() -> Status {
        return storage::forEachPage(*database,
                                    storage::PageHandler<Agreement>([&](const QList<Agreement>& page) {
                                        agreements << page;
                                        return success();
                                    }));
    });
    if (!read) {
        exitCode = context.fail(read.error().message, ExitFailure);
        return std::nullopt;
    }
    return agreements;
}

}  // namespace

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

    int exitCode = ExitSuccess;
    std::optional<QList<Agreement>> agreements;
    if (parser.positionalArguments().isEmpty()) {
        agreements = storedAgreements(context, exitCode);
    } else if (auto dataset = loadDataset(context, parser.positionalArguments(), exitCode)) {
        agreements = std::move(dataset->agreements);  // a file is read and checked whole, as before
    }
    if (!agreements)
        return exitCode;
    const rules::DeadlineOptions options{.includeHandled = parser.isSet(includeHandledOption)};
    printDeadlines(context, rules::upcomingDeadlines(*agreements, *today, days, {}, options), *today,
                   parser.isSet(CommandContext::jsonOption()));
    return ExitSuccess;
}

}  // namespace passerelle::cli
