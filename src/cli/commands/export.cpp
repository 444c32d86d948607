#include "../commands.h"
#include "../exit_codes.h"
#include "passerelle/exchange/dataset_stream_writer.h"
#include "passerelle/runtime/private_files.h"
#include "passerelle/storage/database.h"
#include "passerelle/storage/integrity.h"
#include "passerelle/storage/record_pages.h"

#include <QFile>
#include <QSaveFile>

#include <spdlog/spdlog.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <future>
#include <mutex>
#include <vector>

namespace passerelle::cli {
namespace {

// Where the text goes as it is written (issue 14: an export holds one page of records and its text, never
// the whole database nor the whole file). A file is written through QSaveFile, a temporary file renamed over
// it at the end, 0600, as runtime::writeFileAtomically does: a reader sees the old file or the new one, and a
// failure leaves the old one. "-" or nothing: standard output.
class Output {
public:
    Output(CommandContext& context, QString path) : m_context(context), m_path(std::move(path)) {}

    bool toStdout() const { return m_path.isEmpty() || m_path == QLatin1String("-"); }

    Status open() {
        errno = 0;
        if (toStdout()) {
            m_context.out().flush();
            if (!m_stdout.open(stdout, QIODevice::WriteOnly))
                return failed(m_stdout.errorString());
            return success();
        }
        if (!m_file.open(QIODevice::WriteOnly))
            return failed(m_file.errorString());
        // Explicit, not only the umask: the file is about minors (issue 10).
        m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return success();
    }

    // Writes the bytes and empties the buffer, keeping its capacity for the next page.
    Status write(QByteArray& bytes) {
        QFileDevice& device = toStdout() ? static_cast<QFileDevice&>(m_stdout) : m_file;
        errno = 0;
        if (device.write(bytes) != bytes.size())
            return failed(device.errorString());
        bytes.resize(0);
        return success();
    }

    Status commit() {
        errno = 0;
        if (toStdout())
            return m_stdout.flush() ? success() : failed(m_stdout.errorString());
        if (!m_file.flush())
            return failed(m_file.errorString());
        errno = 0;
        return m_file.commit() ? success() : failed(m_file.errorString());
    }

private:
    // The same words as writeOutput (file_output.cpp): the system's reason when errno has one.
    Status failed(const QString& deviceReason) {
        const QString reason = errno != 0 ? runtime::systemReason(errno) : deviceReason;
        if (toStdout())
            return failure(QStringLiteral("cannot write to standard output: %1").arg(reason), {},
                           ErrorKind::Io);
        m_file.cancelWriting();
        return failure(QStringLiteral("cannot write %1: %2").arg(m_path, reason), m_path, ErrorKind::Io);
    }

    CommandContext& m_context;
    QString m_path;
    QSaveFile m_file{m_path};
    QFile m_stdout;
};

// One collection, page by page, in id order (the order DatasetStore::loadAll gives, so the bytes are the
// same as writeDataset's).
template <typename T>
Status exportCollection(storage::Database& database, exchange::DatasetStreamWriter& writer,
                        std::string_view key, QByteArray& text, Output& output, qsizetype& count) {
    writer.collection(key);
    return storage::forEachPage(database, storage::PageHandler<T>([&](const QList<T>& page) -> Status {
                                    for (const T& record : page)
                                        writer.record(record);
                                    count += page.size();
                                    return output.write(text);
                                }));
}

// The six collections, in the format's order; `each` is called with a value of the record type.
constexpr std::array<std::string_view, 6> collectionKeys{"organisations", "people",   "students",
                                                         "agreements",    "measures", "groups"};
template <typename Each>
decltype(auto) withCollection(int collection, Each&& each) {
    switch (collection) {
        case 0:
            return each(Organisation{});
        case 1:
            return each(Person{});
        case 2:
            return each(Student{});
        case 3:
            return each(Agreement{});
        case 4:
            return each(Measure{});
        default:
            return each(GroupActivity{});
    }
}

// The parallel export (issue 14): two threads read and format the pages, each on its own connection, and
// this thread writes their text in the pages' order, so the bytes are the sequential export's.
// Consistency: storage::readInParallel starts the readers' snapshots while the main connection holds the
// write lock (nothing written), so every page shows the state the page ranges were taken from.
class ParallelExport {
public:
    ParallelExport(storage::Database& database, Output& output) : m_database(database), m_output(output) {}

    // false: the pages could not be read in parallel (the write lock was not to be had, or some ids sort
    // otherwise in SQLite than in QString): nothing was written, export sequentially.
    Result<bool> run() {
        const auto ran = storage::readInParallel(
            m_database, readers, [this] { return preparePages(); },
            [this](storage::Database& reader) { return readPages(reader); }, [this] { return writePages(); });
        if (!ran)
            return ran.error();
        return *ran && !m_sequential;
    }
    qsizetype count() const { return m_count; }

private:
    struct Page {
        int collection;
        storage::PageRange range;
        bool first;  // the first of its collection: no comma before its first record
    };
    static constexpr int readers = 2;           // this machine's cores; the integrity check shares them
    static constexpr int window = 2 * readers;  // pages read ahead of the writing: memory stays bounded

    Status preparePages() {
        for (int c = 0; c < int(collectionKeys.size()); ++c) {
            const auto ranges = withCollection(
                c, [this]<typename T>(const T&) { return storage::pageRanges<T>(m_database); });
            if (!ranges)
                return ranges.error();
            if (!ranges->has_value()) {
                m_sequential = true;  // rare: forEachPage's own path keeps loadAll's order
                m_pages.clear();
                return success();
            }
            for (const storage::PageRange& range : **ranges)
                m_pages.push_back({c, range, range.after == std::nullopt});
        }
        m_texts.resize(m_pages.size());
        return success();
    }

    Status readPages(storage::Database& reader) {
        for (;;) {
            size_t index = 0;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [&] {
                    return m_stopped || m_next >= m_pages.size() || m_next < m_written + window;
                });
                if (m_stopped || m_next >= m_pages.size())
                    return success();
                index = m_next++;
            }
            auto text = pageText(reader, m_pages[index]);
            const std::lock_guard lock(m_mutex);
            if (!text) {
                m_stopped = true;
                m_changed.notify_all();
                return text.error();
            }
            m_texts[index] = std::move(*text);
            m_changed.notify_all();
        }
    }

    Result<QByteArray> pageText(storage::Database& reader, const Page& page) {
        return withCollection(page.collection, [&]<typename T>(const T& empty) -> Result<QByteArray> {
            const auto records = storage::loadPage<T>(reader, page.range);
            if (!records)
                return records.error();
            QByteArray text;
            exchange::DatasetStreamWriter writer(text);
            writer.begin();
            writer.collection(collectionKeys[size_t(page.collection)]);
            // A record before this page's, dropped with the opening: the writer then puts the comma that
            // follows the previous page's last record.
            if (!page.first)
                writer.record(empty);
            text.resize(0);
            for (const T& record : *records)
                writer.record(record);
            m_count += records->size();
            return text;
        });
    }

    Status writePages() {
        const Status status = writeInOrder();
        if (!status) {
            const std::lock_guard lock(m_mutex);
            m_stopped = true;
            m_changed.notify_all();
        }
        return status;
    }

    Status writeInOrder() {
        if (m_sequential)
            return success();
        QByteArray text;
        exchange::DatasetStreamWriter writer(text);
        writer.begin();
        size_t index = 0;
        for (int c = 0; c < int(collectionKeys.size()); ++c) {
            writer.collection(collectionKeys[size_t(c)]);
            if (index >= m_pages.size() || m_pages[index].collection != c)
                continue;
            if (auto s = m_output.write(text); !s)
                return s;
            // The readers wrote this collection's records: one record, dropped, leaves this writer where
            // they did (an open array with records, closed on its own line).
            withCollection(c, [&](const auto& empty) { writer.record(empty); });
            text.resize(0);
            for (; index < m_pages.size() && m_pages[index].collection == c; ++index) {
                QByteArray page;
                {
                    std::unique_lock lock(m_mutex);
                    m_changed.wait(lock, [&] { return m_stopped || !m_texts[index].isNull(); });
                    if (m_stopped)
                        return failure(QString());  // a reader's error, which readInParallel returns
                    page = std::move(m_texts[index]);
                }
                if (auto s = m_output.write(page); !s)
                    return s;
                const std::lock_guard lock(m_mutex);
                ++m_written;
                m_changed.notify_all();
            }
        }
        writer.end();
        return m_output.write(text);
    }

    storage::Database& m_database;
    Output& m_output;
    bool m_sequential = false;
    std::vector<Page> m_pages;  // written by preparePages, then only read
    std::mutex m_mutex;         // guards what follows
    std::condition_variable m_changed;
    std::vector<QByteArray> m_texts;  // a page's text, null until read, emptied once written
    size_t m_next = 0;                // the next page to read
    size_t m_written = 0;             // pages written
    bool m_stopped = false;           // a reader or the writer failed
    std::atomic<qsizetype> m_count = 0;
};

// One read transaction: every page shows the same state of the database, as loadAll's snapshot did.
Status exportSequentially(storage::Database& database, Output& output, qsizetype& count) {
    QByteArray text;
    exchange::DatasetStreamWriter writer(text);
    return database.snapshot([&]() -> Status {
        writer.begin();
        if (auto s = exportCollection<Organisation>(database, writer, "organisations", text, output, count);
            !s)
            return s;
        if (auto s = exportCollection<Person>(database, writer, "people", text, output, count); !s)
            return s;
        if (auto s = exportCollection<Student>(database, writer, "students", text, output, count); !s)
            return s;
        if (auto s = exportCollection<Agreement>(database, writer, "agreements", text, output, count); !s)
            return s;
        if (auto s = exportCollection<Measure>(database, writer, "measures", text, output, count); !s)
            return s;
        if (auto s = exportCollection<GroupActivity>(database, writer, "groups", text, output, count); !s)
            return s;
        writer.end();
        return output.write(text);
    });
}

// What CommandContext::refuseIfDamaged says, for a check run on the other core.
std::optional<int> refuseIfDamaged(CommandContext& context, const Result<QStringList>& problems) {
    if (!problems)
        return context.fail(problems.error().message, ExitFailure);
    if (!problems->isEmpty()) {
        for (const QString& problem : *problems)
            spdlog::error("integrity check: {}", problem.toStdString());
        return context.fail(storage::damagedDatabaseMessage(), ExitFailure);
    }
    return std::nullopt;
}

}  // namespace

int runExport(CommandContext& context) {
    QCommandLineParser parser;
    parser.addOption(CommandContext::outputOption());
    if (auto exit = context.parse(parser))
        return *exit;
    const auto database = context.openDatabase();
    if (!database)
        return context.openFailureCode();
    Output output(context, parser.value(CommandContext::outputOption()));
    // Never export a damaged database: a record read from a damaged page may be garbage, or missing. Into a
    // file, the check runs on the other core while the records are written (it takes as long as the export
    // itself on a large database), on its own read-only connection, and the file is committed only once it
    // found nothing. Standard output cannot be taken back: the check comes first.
    std::future<Result<QStringList>> check;
    if (output.toStdout()) {
        if (auto exit = context.refuseIfDamaged(*database))
            return *exit;
    } else {
        check = std::async(std::launch::async,
                           [path = database->path()] { return storage::integrityCheckFile(path); });
    }
    // Damage, once found, is the reason given for any failure: it is the likely cause of the others.
    const auto refusedAsDamaged = [&]() -> std::optional<int> {
        return check.valid() ? refuseIfDamaged(context, check.get()) : std::nullopt;
    };

    if (const Status opened = output.open(); !opened) {
        if (auto exit = refusedAsDamaged())
            return *exit;
        return context.fail(opened.error().message, ExitFailure);
    }
    qsizetype count = 0;
    ParallelExport parallel(*database, output);
    auto ranInParallel = parallel.run();
    Status status = ranInParallel ? success() : Status(ranInParallel.error());
    if (ranInParallel && *ranInParallel)
        count = parallel.count();
    else if (ranInParallel)
        status = exportSequentially(*database, output, count);
    // Returning before commit() leaves the temporary file, which QSaveFile removes when `output` goes away.
    if (auto exit = refusedAsDamaged())
        return *exit;
    if (!status)
        return context.fail(status.error().message, ExitFailure);
    if (const Status committed = output.commit(); !committed)
        return context.fail(committed.error().message, ExitFailure);
    spdlog::info("exported {} records", count);
    return ExitSuccess;
}

}  // namespace passerelle::cli
