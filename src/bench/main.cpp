// passerelle-bench: prints the speed and memory figures the targets are checked against (issue 14), at
// several database sizes in one run, with the growth from the smallest to the largest. Figures, not
// assertions: compare them with docs/performance.md; scripts/bench-vs-anchors.sh times the whole processes
// against other programs.
#include "figures.h"
#include "measurement.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace passerelle;
using namespace passerelle::bench;

namespace {

void printSummary(const QList<int>& sizes, const QList<QList<Figure>>& results) {
    const QList<Figure>& first = results.first();
    std::printf("\nSummary: median (min–max), n repetitions");
    if (sizes.size() > 1)
        std::printf("; growth = median at %d / median at %d students", sizes.last(), sizes.first());
    std::printf("\n\n| figure |");
    for (int students : sizes)
        std::printf(" %d students |", students);
    if (sizes.size() > 1)
        std::printf(" growth |");
    std::printf("\n|---|");
    for (qsizetype i = 0; i < sizes.size(); ++i)
        std::printf("---|");
    if (sizes.size() > 1)
        std::printf("---|");
    std::printf("\n");
    for (qsizetype row = 0; row < first.size(); ++row) {
        std::printf("| %s |", qPrintable(first.at(row).name.trimmed()));
        for (const QList<Figure>& figures : results) {
            // Every size measures the same figures in the same order; a size that failed has none.
            std::printf(" %s |", row < figures.size() ? qPrintable(describe(figures.at(row))) : "—");
        }
        if (sizes.size() > 1) {
            const QList<Figure>& last = results.last();
            if (row < last.size() && first.at(row).stats.median > 0)
                std::printf(" %.2f× |", last.at(row).stats.median / first.at(row).stats.median);
            else
                std::printf(" — |");
        }
        std::printf("\n");
    }
}

}  // namespace

int main(int argc, char** argv) {
    // Laying out a PDF needs fonts, hence a QGuiApplication; offscreen, as in passerelle-cli.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times Passerelle's operations in this process on demo databases of each size: the median of at "
        "least --repeat runs with min–max, the peak resident memory, and the growth from the first size to "
        "the last."));
    parser.addHelpOption();
    const QCommandLineOption studentsOption(
        QStringLiteral("students"), QStringLiteral("Students in the demo databases, comma-separated."),
        QStringLiteral("n,n..."), QStringLiteral("10000,100000"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Repetitions of each figure, at least (default 5)."),
                                          QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QStringLiteral(
            "Measure on PostgreSQL instead of SQLite files: a database per size, named NAME_STUDENTS, "
            "dropped if it exists and made again with psql (libpq's environment: PGHOST, PGUSER, "
            "PGPASSWORD or ~/.pgpass)."),
        QStringLiteral("postgresql://[user@][host][:port]/NAME"));
    parser.addOption(studentsOption);
    parser.addOption(repeatOption);
    const QCommandLineOption reuseOption(
        QStringLiteral("reuse"),
        QStringLiteral("With --server: measure the databases a previous run made, without generating or "
                       "importing anything (an import takes minutes there)."));
    parser.addOption(serverOption);
    parser.addOption(reuseOption);
    parser.process(app);
    ServerTarget server;
    if (parser.isSet(serverOption) && !parseServerTarget(parser.value(serverOption), server))
        return 2;
    server.reuse = parser.isSet(reuseOption);
    if (server.reuse && server.base.isEmpty()) {
        std::fprintf(stderr, "passerelle-bench: --reuse needs --server\n");
        return 2;
    }

    QList<int> sizes;
    for (const QString& field : parser.value(studentsOption).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int students = field.trimmed().toInt(&ok);
        if (!ok || students < 1) {
            std::fprintf(stderr, "passerelle-bench: --students: expected numbers from 1, not '%s'\n",
                         qPrintable(field));
            return 2;
        }
        sizes << students;
    }
    bool repeatOk = false;
    const int repetitions = parser.value(repeatOption).toInt(&repeatOk);
    if (sizes.isEmpty() || !repeatOk || repetitions < 1) {
        std::fprintf(stderr, "passerelle-bench: expected --students N[,N...] and --repeat N from 1\n");
        return 2;
    }

    QTemporaryDir folder;
    if (!folder.isValid()) {
        std::fprintf(stderr, "passerelle-bench: cannot make a temporary folder\n");
        return 1;
    }
    Sink sink;
    QList<QList<Figure>> results;
    for (int students : sizes) {
        std::printf("passerelle-bench: %d students, load average %s\n", students, qPrintable(loadAverage()));
        std::fflush(stdout);
        SizeOptions options{.students = students,
                            .today = QDate(2026, 11, 24),
                            .folder = folder.path(),
                            .server = server,
                            .repeat = {.repetitions = repetitions}};
        results << measureAt(options, sink);
        std::printf("  (load average after: %s)\n", qPrintable(loadAverage()));
        if (results.last().isEmpty())
            return 1;
    }
    printSummary(sizes, results);
    // Every repetition's result went into this number: printing it keeps the work from being optimised away.
    std::printf("\nchecksum %llx\n", static_cast<unsigned long long>(sink.value()));
    return 0;
}
