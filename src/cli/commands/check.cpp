#include "../commands.h"
#include "../dataset_source.h"
#include "../exit_codes.h"
#include "../findings_output.h"
#include "passerelle/rules/checks.h"

#include <spdlog/spdlog.h>

namespace passerelle::cli {

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
    const auto dataset = loadDataset(context, parser.positionalArguments(), exitCode, json);
    if (!dataset)
        return exitCode;

    const rules::Findings findings = rules::checkDataset(*dataset, *today);
    printFindings(context, findings, json);
    spdlog::info("check: {} findings on {} records", findings.size(), dataset->recordCount());
    return rules::hasErrors(findings) ? ExitFailure : ExitSuccess;
}

}  // namespace passerelle::cli
