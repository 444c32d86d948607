#include "figures.h"

#include "server.h"

#include "passerelle/documents/document_maker.h"
#include "passerelle/exchange/dataset_stream_writer.h"
#include "passerelle/exchange/demo_data.h"
#include "passerelle/rules/checks.h"
#include "passerelle/rules/deadlines.h"
#include "passerelle/rules/limits.h"
#include "passerelle/storage/database.h"
#include "passerelle/storage/dataset_store.h"
#include "passerelle/storage/deadline_reads.h"
#include "passerelle/storage/findings_store.h"
#include "passerelle/storage/record_gathering.h"
#include "passerelle/storage/record_pages.h"
#include "passerelle/storage/repositories.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace passerelle::bench {
namespace {

QString number(double value) {
    const double magnitude = value < 0 ? -value : value;
    return QString::number(value, 'f', magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2);
}

class Recorder {
public:
    explicit Recorder(QList<Figure>& figures) : m_figures(figures) {}

    // Measures one figure: its timing and the peak resident memory while it runs.
    template <typename Work, typename SetUp>
    void timed(const QString& name, const RepeatOptions& repeat, Sink& sink, Work&& work, SetUp&& setUp) {
        resetPeakResident();
        Figure figure{.name = name, .unit = QStringLiteral("ms")};
        figure.stats = repeatTimed(repeat, sink, std::forward<Work>(work), std::forward<SetUp>(setUp));
        figure.peakMiB = peakResidentMiB();
        add(std::move(figure));
    }
    template <typename Work>
    void timed(const QString& name, const RepeatOptions& repeat, Sink& sink, Work&& work) {
        timed(name, repeat, sink, std::forward<Work>(work), [] {});
    }
    // A figure judged on its worst cases (search as you type): at least 200 runs and their 99th percentile.
    template <typename Work>
    void timedWithPercentile(const QString& name, const RepeatOptions& repeat, Sink& sink, Work&& work) {
        resetPeakResident();
        Figure figure{.name = name, .unit = QStringLiteral("ms"), .percentile = true};
        figure.stats = repeatTimed(percentileRepeat(repeat), sink, std::forward<Work>(work));
        figure.peakMiB = peakResidentMiB();
        add(std::move(figure));
    }
    void value(const QString& name, double value, const QString& unit) {
        add({.name = name, .unit = unit, .stats = {value, value, value, 1}, .timed = false});
    }
    void add(Figure figure) {
        std::printf("  %-52s %s\n", qPrintable(figure.name), qPrintable(describe(figure)));
        std::fflush(stdout);
        m_figures << std::move(figure);
    }

private:
    QList<Figure>& m_figures;
};

bool report(const char* what, const Error& error) {
    std::fprintf(stderr, "passerelle-bench: %s: %s\n", what, qPrintable(error.message));
    return false;
}

// Generates the demo data and imports it into a new database (a file, or a database made on the server);
// records the generation, the import and the database's size. Null on failure (said on stderr).
std::unique_ptr<storage::Database> importDemo(const SizeOptions& options, Recorder& record, Sink& sink) {
    const RepeatOptions& repeat = options.repeat;
    const QDate today = options.today;
    Dataset demo;
    QElapsedTimer generation;
    generation.start();
    demo = exchange::generateDemo({.seed = 1, .students = options.students, .today = today});
    record.add({.name = QStringLiteral("demo generation (once)"),
                .unit = QStringLiteral("ms"),
                .stats = {static_cast<double>(generation.nsecsElapsed()) / 1e6,
                          static_cast<double>(generation.nsecsElapsed()) / 1e6,
                          static_cast<double>(generation.nsecsElapsed()) / 1e6, 1},
                .peakMiB = peakResidentMiB()});
    record.value(QStringLiteral("records"), static_cast<double>(demo.recordCount()), {});

    // Import: each repetition into a new file, opened (and its schema made) outside the timing; the last one
    // is the database every other figure reads. On a server, once into a new database: an import there takes
    // minutes at 100,000 students (one savepoint per record), and each repetition would make the database
    // again.
    const bool onServer = !options.server.base.isEmpty();
    const QString prefix = QDir(options.folder).filePath(QStringLiteral("bench-%1-").arg(options.students));
    std::unique_ptr<storage::Database> database;
    int round = 0;
    bool imported = true;
    RepeatOptions importRepeat = repeat;
    if (onServer) {
        importRepeat = {.repetitions = 1, .maxRepetitions = 1};
        std::printf("  (on %s: the import runs once, into a new database)\n",
                    qPrintable(options.server.address(options.students)));
    }
    record.timed(
        QStringLiteral("import %1 students (storage, one transaction)").arg(options.students), importRepeat,
        sink,
        [&]() -> qsizetype {
            const auto summary = storage::DatasetStore(*database).importDataset(demo);
            if (!summary) {
                imported = report("import", summary.error());
                return 0;
            }
            return summary->added;
        },
        [&] {
            database.reset();
            QString location;
            if (onServer) {
                if (const QString error = recreateServerDatabase(options.server, options.students);
                    !error.isEmpty()) {
                    imported = report("create the database", Error{.message = error});
                    return;
                }
                location = options.server.address(options.students);
            } else {
                if (round > 0)
                    QFile::remove(prefix + QString::number(round - 1) + QStringLiteral(".sqlite"));
                location = prefix + QString::number(round++) + QStringLiteral(".sqlite");
            }
            auto opened = storage::Database::open(location);
            if (!opened) {
                imported = report("open", opened.error());
                return;
            }
            database = std::move(opened).value();
        });
    if (!imported || !database)
        return nullptr;
    demo = Dataset{};  // the figures below read the database only
    if (onServer) {
        record.value(QStringLiteral("database size on the server"), serverDatabaseMB(*database),
                     QStringLiteral("MB"));
    } else {
        // The file and its write-ahead log: right after the import most pages are still in the log.
        const QString file = prefix + QString::number(round - 1) + QStringLiteral(".sqlite");
        record.value(
            QStringLiteral("database file (with its -wal)"),
            static_cast<double>(QFileInfo(file).size() + QFileInfo(file + QStringLiteral("-wal")).size()) /
                1e6,
            QStringLiteral("MB"));
    }
    return database;
}

// --reuse: the size's database on the server as a previous run left it (measuring again, or with
// auto_explain in PGOPTIONS, without an import of minutes).
std::unique_ptr<storage::Database> openExisting(const SizeOptions& options) {
    const QString address = options.server.address(options.students);
    std::printf("  (reusing %s as it is: no demo generation, no import)\n", qPrintable(address));
    auto opened = storage::Database::open(address);
    if (!opened) {
        report("open", opened.error());
        return nullptr;
    }
    return std::move(opened).value();
}

}  // namespace

QString describe(const Figure& figure) {
    const QString unit = figure.unit.isEmpty() ? QString() : u' ' + figure.unit;
    if (!figure.timed)
        return number(figure.stats.median) + unit;
    QString text =
        QStringLiteral("%1%2 (%3–%4)  n=%5")
            .arg(number(figure.stats.median), unit, number(figure.stats.min), number(figure.stats.max))
            .arg(figure.stats.runs);
    if (figure.percentile)
        text += QStringLiteral("  p99 %1%2").arg(number(figure.stats.p99), unit);
    if (figure.peakMiB >= 0)
        text += QStringLiteral("  peak %1 MiB").arg(number(figure.peakMiB));
    return text;
}

QList<Figure> measureAt(const SizeOptions& options, Sink& sink) {
    QList<Figure> figures;
    Recorder record(figures);
    const RepeatOptions& repeat = options.repeat;
    const QDate today = options.today;
    resetPeakResident();
    const double startMiB = peakResidentMiB();

    std::unique_ptr<storage::Database> database =
        options.server.reuse ? openExisting(options) : importDemo(options, record, sink);
    if (!database)
        return {};

    storage::StudentRepository students(*database);
    const auto listed = [&](const storage::ListQuery& query) -> qsizetype {
        const auto page = students.list(query);
        return page ? page->items.size() + page->total : -1;
    };
    storage::ListQuery firstPage;
    firstPage.limit = 100;  // the lists' first page (ui::PagedTableModel::pageSize)
    record.timed(QStringLiteral("first page of students (100 rows + total)"), repeat, sink,
                 [&] { return listed(firstPage); });
    storage::ListQuery search = firstPage;
    search.text = QStringLiteral("helene");
    record.timedWithPercentile(QStringLiteral("search 'helene': keystroke to first page"), repeat, sink,
                               [&] { return listed(search); });
    search.text = QStringLiteral("ma");
    record.timedWithPercentile(QStringLiteral("search prefix 'ma': keystroke to first page"), repeat, sink,
                               [&] { return listed(search); });

    storage::ListQuery firstMeasure;
    firstMeasure.limit = 1;
    const auto measures = storage::MeasureRepository(*database).list(firstMeasure);
    if (!measures || measures->items.isEmpty()) {
        std::fprintf(stderr, "passerelle-bench: no measure in the demo data\n");
        return {};
    }
    const QString measureId = measures->items.first().id;
    const storage::RecordRef measureRef{storage::ArchivedKind::Measure, measureId};
    const auto gather = [&]() -> Dataset {
        auto gathered = storage::gatherRecords(*database, measureRef);
        return gathered ? std::move(gathered).value() : Dataset{};
    };
    record.timed(QStringLiteral("load one measure and its records (gatherRecords)"), repeat, sink,
                 [&] { return gather().recordCount(); });
    record.timed(
        QStringLiteral("one measure PDF (gather + DocumentMaker)"), repeat, sink, [&]() -> qsizetype {
            const Dataset records = gather();
            const documents::DocumentMaker maker(records, today);
            const auto choices = maker.choices(documents::RecordType::Measure, measureId);
            if (!choices || choices->isEmpty())
                return -1;
            const auto rendered = maker.render(documents::RecordType::Measure, measureId, choices->first());
            return rendered ? rendered->pdf.size() : -1;
        });
    record.timed(
        QStringLiteral("rules on one measure (gather + checkMeasure)"), repeat, sink, [&]() -> qsizetype {
            const Dataset records = gather();
            const DatasetIndex index(records);
            for (const Measure& measure : records.measures) {
                if (measure.id == measureId)
                    return rules::checkMeasure(measure, rules::contextFor(measure, index), today).size();
            }
            return -1;
        });
    {
        const Dataset records = gather();
        const DatasetIndex index(records);
        const auto found = std::find_if(records.measures.cbegin(), records.measures.cend(),
                                        [&](const Measure& candidate) { return candidate.id == measureId; });
        const Measure* measure = found == records.measures.cend() ? nullptr : &*found;
        if (measure) {
            const rules::MeasureContext context = rules::contextFor(*measure, index);
            constexpr int rounds = 1000;
            Figure figure{.name = QStringLiteral("checkMeasure alone (in memory, per call)"),
                          .unit = QStringLiteral("µs")};
            figure.stats = repeatTimed(repeat, sink, [&] {
                qsizetype findings = 0;
                for (int i = 0; i < rounds; ++i)
                    findings += rules::checkMeasure(*measure, context, today).size();
                return findings;
            });
            // Milliseconds for `rounds` calls are microseconds per call once multiplied by 1000 / rounds.
            for (double* value : {&figure.stats.median, &figure.stats.min, &figure.stats.max})
                *value *= 1000.0 / rounds;
            record.add(std::move(figure));
        }
    }

    // What `passerelle-cli check` does on a database: the stored findings, recomputed whole the first time
    // for the day, then an indexed read.
    const auto storedCheck = [&] {
        const auto findings = storage::storedFindings(*database, today, {});
        return findings ? findings->size() : qsizetype(-1);
    };
    // Before each run of the first figure the stored findings are made a day old, as they are every morning.
    const auto makeStale = [&] {
        QSqlQuery(QStringLiteral("UPDATE findings_state SET computed_on = '2000-01-01'"),
                  database->connection())
            .exec();
    };
    record.timed(QStringLiteral("check, first read of a day (every finding recomputed)"), repeat, sink,
                 storedCheck, makeStale);
    record.timed(QStringLiteral("check, stored findings (as passerelle-cli check)"), repeat, sink,
                 storedCheck);

    storage::DatasetStore store(*database);
    const auto loadAll = [&]() -> Dataset {
        auto all = store.loadAll();
        return all ? std::move(all).value() : Dataset{};
    };
    record.timed(QStringLiteral("load the whole database (loadAll)"), repeat, sink,
                 [&] { return loadAll().recordCount(); });
    record.timed(QStringLiteral("check the whole database in memory (loadAll + rules)"), repeat, sink,
                 [&] { return rules::checkDataset(loadAll(), today).size(); });
    {
        const Dataset all = loadAll();
        record.timed(QStringLiteral("  of which the rules alone (checkDataset)"), repeat, sink,
                     [&] { return rules::checkDataset(all, today).size(); });
    }
    // Deadlines and export as passerelle-cli does them: the agreements' terms, then the few with a deadline
    // whole (storedDeadlines), and every collection page by page into the streaming writer (the bytes are
    // counted, not kept).
    const int days = rules::limits::kDefaultDeadlineHorizonDays;
    record.timed(QStringLiteral("deadlines (the terms, then the agreements with one + rules)"), repeat, sink,
                 [&]() -> qsizetype {
                     const auto deadlines = storage::storedDeadlines(*database, today, days);
                     return deadlines ? deadlines->size() : -1;
                 });
    record.timed(QStringLiteral("export (pages streamed to JSON)"), repeat, sink, [&]() -> qsizetype {
        QByteArray text;
        qsizetype bytes = 0;
        exchange::DatasetStreamWriter writer(text);
        const auto collection = [&]<typename T>(std::string_view key, const T*) -> Status {
            writer.collection(key);
            return storage::forEachPage(*database,
                                        storage::PageHandler<T>([&](const QList<T>& page) -> Status {
                                            for (const T& item : page)
                                                writer.record(item);
                                            bytes += text.size();
                                            text.clear();
                                            return success();
                                        }));
        };
        const Status written = database->snapshot([&]() -> Status {
            writer.begin();
            for (const Status& status :
                 {collection("organisations", static_cast<const Organisation*>(nullptr)),
                  collection("people", static_cast<const Person*>(nullptr)),
                  collection("students", static_cast<const Student*>(nullptr)),
                  collection("agreements", static_cast<const Agreement*>(nullptr)),
                  collection("measures", static_cast<const Measure*>(nullptr)),
                  collection("groups", static_cast<const GroupActivity*>(nullptr))}) {
                if (!status)
                    return status;
            }
            writer.end();
            return success();
        });
        return written ? bytes + text.size() : -1;
    });

    double peak = startMiB;
    for (const Figure& figure : figures)
        peak = std::max(peak, figure.peakMiB);
    record.value(QStringLiteral("peak resident memory of this size"), peak, QStringLiteral("MiB"));
    return figures;
}

}  // namespace passerelle::bench
