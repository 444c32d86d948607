#include "../commands.h"
#include "../exit_codes.h"
#include "passerelle/exchange/demo_data.h"
#include "passerelle/storage/dataset_store.h"

#include <QElapsedTimer>

#include <spdlog/spdlog.h>

namespace passerelle::cli {
namespace {

std::optional<int> positiveNumber(const QCommandLineParser& parser, const QString& option, int fallback) {
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 1)
        return std::nullopt;
    return value;
}

}  // namespace

int runDemo(CommandContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."),
                                        QStringLiteral("n"));
    const QCommandLineOption studentsOption(QStringLiteral("students"),
                                            QStringLiteral("How many students (default 300; up to 100000)."),
                                            QStringLiteral("n"));
    parser.addOption(seedOption);
    parser.addOption(studentsOption);
    parser.addOption(CommandContext::todayOption());
    if (auto exit = context.parse(parser))
        return *exit;

    const auto seed = positiveNumber(parser, seedOption.names().first(), 1);
    if (!seed)
        return context.fail(QStringLiteral("--seed: expected a whole number from 1"), ExitBadInput);
    const auto students = positiveNumber(parser, studentsOption.names().first(), 300);
    if (!students || *students > 1'000'000) {
        return context.fail(QStringLiteral("--students: expected a whole number from 1 to 1000000"),
                            ExitBadInput);
    }
    const auto today = context.today(parser);
    if (!today)
        return ExitBadInput;

    const auto database = context.openDatabase();
    if (!database)
        return context.openFailureCode();

    QElapsedTimer timer;
    timer.start();
    const Dataset dataset =
        exchange::generateDemo({.seed = static_cast<quint32>(*seed), .students = *students, .today = *today});
    const qint64 generated = timer.restart();
    const auto imported = storage::DatasetStore(*database).importDataset(dataset);
    if (!imported)
        return context.fail(imported.error().message, ExitFailure);
    spdlog::info("demo: {} records generated in {} ms, stored in {} ms", dataset.recordCount(), generated,
                 timer.elapsed());
    context.out() << "Demo data: " << dataset.organisations.size() << " organisations, "
                  << dataset.people.size() << " people, " << dataset.students.size() << " students, "
                  << dataset.agreements.size() << " agreements, " << dataset.measures.size() << " measures, "
                  << dataset.groups.size() << " group activities (" << imported->added << " added, "
                  << imported->updated << " updated).\n";
    return ExitSuccess;
}

}  // namespace passerelle::cli
