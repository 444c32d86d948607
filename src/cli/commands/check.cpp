#include "../commands.h"
#include "../dataset_source.h"
#include "../exit_codes.h"
#include "../findings_output.h"
#include "passerelle/rules/checks.h"
#include "passerelle/storage/dataset_store.h"
#include "passerelle/storage/findings_store.h"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace passerelle::cli {
namespace {

// The database's findings are the stored ones (storage/findings_store.h): an indexed read once they are
// current for the day, so `check` does not load the whole database (issue 14). They are put in checkDataset's
// order (agreements, measures, groups, each by id as QString sorts them; SQLite sorts ids by their UTF-8
// bytes, which differs only past U+E000), so the output is the same as the database's export checked as a
// file.
std::optional<rules::Findings> databaseFindings(CommandContext& context, const QDate& today, int& exitCode) {
    const auto database = context.openDatabase();
    if (!database) {
        exitCode = context.openFailureCode();
        return std::nullopt;
    }
    auto findings = storage::storedFindings(*database, today, rules::RuleSettings{});
    if (!findings) {
        exitCode = context.fail(findings.error().message, ExitFailure);
        return std::nullopt;
    }
    const auto rank = [](const QString& entity) {
        return entity == QLatin1String("agreement") ? 0 : entity == QLatin1String("measure") ? 1 : 2;
    };
    std::stable_sort(findings->begin(), findings->end(),
                     [&rank](const rules::Finding& a, const rules::Finding& b) {
                         const int rankA = rank(a.entity);
                         const int rankB = rank(b.entity);
                         return rankA != rankB ? rankA < rankB : a.id < b.id;
                     });
    return std::move(findings).value();
}

}  // namespace

// Exit 0 when no finding is an error, 1 when any is, 2 on bad input.
int runCheck(CommandContext& context) {
    QCommandLineParser parser;
    parser.addOption(CommandContext::todayOption());
    parser.addOption(CommandContext::jsonOption());
    if (auto exit = context.parse(parser, QStringLiteral("[FILE.json]")))
        return *exit;
    const auto today = context.today(parser);
    if (!today)
        return ExitBadInput;

    // With --json a refused file still answers on stdout: {"errors": [...]} instead of the findings' array.
    const bool json = parser.isSet(CommandContext::jsonOption());
    int exitCode = ExitSuccess;
    const QStringList files = parser.positionalArguments();
    std::optional<rules::Findings> findings;
    if (files.isEmpty()) {
        findings = databaseFindings(context, *today, exitCode);
    } else {
        // A file is validated, never imported: its records are checked in memory.
        if (const auto dataset = loadDataset(context, files, exitCode, json))
            findings = rules::checkDataset(*dataset, *today);
    }
    if (!findings)
        return exitCode;
    printFindings(context, *findings, json);
    spdlog::info("check: {} findings", findings->size());
    return rules::hasErrors(*findings) ? ExitFailure : ExitSuccess;
}

}  // namespace passerelle::cli
