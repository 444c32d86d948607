// passerelle-bench: prints the speed and memory figures the targets are checked against, on a database of
// département size. Figures, not assertions: compare them with docs/performance.md.
#include "passerelle/exchange/demo_data.h"
#include "passerelle/exchange/json_format.h"
#include "passerelle/rules/checks.h"
#include "passerelle/storage/database.h"
#include "passerelle/storage/dataset_store.h"
#include "passerelle/storage/repositories.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace passerelle;

namespace {

// Peak resident memory of this process, from the kernel (kB), or -1 where unknown.
long peakResidentKb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // Files under /proc report a size of 0, so read them whole instead of testing atEnd().
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).simplified().split(' ').first().toLong();
    }
    return -1;
}

class Report {
public:
    void figure(const char* what, double value, const char* unit) {
        std::printf("%-48s %12.2f %s\n", what, value, unit);
        std::fflush(stdout);
    }
};

template <typename Work>
double millisecondsOf(Work&& work) {
    QElapsedTimer timer;
    timer.start();
    work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption studentsOption(QStringLiteral("students"),
                                            QStringLiteral("Students in the demo database (default 100000)."),
                                            QStringLiteral("n"), QStringLiteral("100000"));
    parser.addOption(studentsOption);
    parser.process(app);
    const int students = parser.value(studentsOption).toInt();
    const QDate today(2026, 11, 24);

    QTemporaryDir folder;
    Report report;
    std::printf("passerelle-bench: %d students\n", students);

    Dataset demo;
    report.figure("demo generation", millisecondsOf([&] {
                      demo = exchange::generateDemo({.seed = 1, .students = students, .today = today});
                  }),
                  "ms");
    report.figure("records", static_cast<double>(demo.recordCount()), "");

    auto opened = storage::Database::open(folder.filePath(QStringLiteral("bench.sqlite")));
    if (!opened) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    storage::Database& database = **opened;
    storage::DatasetStore store(database);
    report.figure("import (one transaction)", millisecondsOf([&] {
                      if (!store.importDataset(demo))
                          std::fprintf(stderr, "import failed\n");
                  }),
                  "ms");

    storage::StudentRepository studentRepository(database);
    storage::ListQuery firstPage;
    firstPage.limit = 200;
    report.figure("first page of students (200 rows + total)",
                  millisecondsOf([&] { (void)studentRepository.list(firstPage); }), "ms");
    storage::ListQuery deepPage = firstPage;
    deepPage.offset = students / 2;
    report.figure("page in the middle of the list",
                  millisecondsOf([&] { (void)studentRepository.list(deepPage); }), "ms");
    storage::ListQuery sorted = firstPage;
    sorted.sortBy = QStringLiteral("school");  // a column read through another table: the slowest sort
    sorted.descending = true;
    report.figure("first page sorted by school, descending",
                  millisecondsOf([&] { (void)studentRepository.list(sorted); }), "ms");
    sorted.sortBy = QStringLiteral("birthDate");
    report.figure("first page sorted by birth date, descending",
                  millisecondsOf([&] { (void)studentRepository.list(sorted); }), "ms");
    storage::ListQuery search = firstPage;
    search.text = QStringLiteral("helene");
    report.figure("accent-blind search 'helene' (page + total)",
                  millisecondsOf([&] { (void)studentRepository.list(search); }), "ms");
    search.text = QStringLiteral("ma");
    report.figure("prefix search 'ma' (page + total)",
                  millisecondsOf([&] { (void)studentRepository.list(search); }), "ms");

    Dataset loaded;
    report.figure("load whole database", millisecondsOf([&] {
                      auto all = store.loadAll();
                      if (all)
                          loaded = std::move(all).value();
                  }),
                  "ms");
    QByteArray json;
    report.figure("export to JSON", millisecondsOf([&] { json = exchange::writeDataset(loaded); }), "ms");
    report.figure("exchange file size", static_cast<double>(json.size()) / 1e6, "MB");
    report.figure("read and validate JSON", millisecondsOf([&] { (void)exchange::readDataset(json); }), "ms");

    QList<rules::Finding> findings;
    report.figure("check every rule on the database",
                  millisecondsOf([&] { findings = rules::checkDataset(loaded, today); }), "ms");
    report.figure("findings", static_cast<double>(findings.size()), "");

    if (!loaded.measures.isEmpty()) {
        const DatasetIndex index(loaded);
        const Measure& measure = loaded.measures.first();
        const Student* student = index.student(measure.studentId);
        const rules::MeasureContext context{
            .student = student,
            .school = student ? index.organisation(student->schoolId) : nullptr,
            .host = index.organisation(measure.hostId),
            .agreement = index.agreement(measure.agreementId),
        };
        constexpr int rounds = 10'000;
        const double total = millisecondsOf([&] {
            for (int i = 0; i < rounds; ++i)
                (void)rules::checkMeasure(measure, context, today);
        });
        report.figure("check one measure (the editor's every keystroke)", total * 1000.0 / rounds, "µs");
    }
    report.figure("peak resident memory", static_cast<double>(peakResidentKb()) / 1024.0, "MiB");
    return 0;
}
