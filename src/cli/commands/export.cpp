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

#include <cerrno>
#include <future>

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
    QByteArray text;
    exchange::DatasetStreamWriter writer(text);
    qsizetype count = 0;
    // One read transaction: every page shows the same state of the database, as loadAll's snapshot did.
    const Status status = database->snapshot([&]() -> Status {
        writer.begin();
        if (auto s = exportCollection<Organisation>(*database, writer, "organisations", text, output, count);
            !s)
            return s;
        if (auto s = exportCollection<Person>(*database, writer, "people", text, output, count); !s)
            return s;
        if (auto s = exportCollection<Student>(*database, writer, "students", text, output, count); !s)
            return s;
        if (auto s = exportCollection<Agreement>(*database, writer, "agreements", text, output, count); !s)
            return s;
        if (auto s = exportCollection<Measure>(*database, writer, "measures", text, output, count); !s)
            return s;
        if (auto s = exportCollection<GroupActivity>(*database, writer, "groups", text, output, count); !s)
            return s;
        writer.end();
        return output.write(text);
    });
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
