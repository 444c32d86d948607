#include "../commands.h"
#include "../exit_codes.h"
#include "../file_output.h"
#include "passerelle/documents/document_maker.h"
#include "passerelle/runtime/paths.h"
#include "passerelle/runtime/private_files.h"
#include "passerelle/storage/database.h"
#include "passerelle/storage/record_gathering.h"
#include "passerelle/storage/record_pages.h"

#include <QDir>
#include <QImage>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <vector>

#include <spdlog/spdlog.h>

namespace passerelle::cli {
namespace {

using namespace Qt::Literals::StringLiterals;
using documents::DocumentChoice;
using documents::DocumentMaker;
using documents::DocumentType;
using documents::RecordType;
using documents::RenderedDocument;

// The names `--document` takes, a contract with scripts (docs/cli.md): per record kind, in the order they are
// listed.
struct DocumentName {
    QString name;
    std::optional<DocumentType> type;
};

const QList<DocumentName>& documentNames(RecordType record) {
    static const QList<DocumentName> agreement{
        {u"agreement"_s, DocumentType::Agreement},
        {u"deliberation"_s, DocumentType::Deliberation},
        {u"annex"_s, DocumentType::Annex},
        {u"formal-notice"_s, DocumentType::FormalNotice},
        {u"termination"_s, DocumentType::TerminationNotice},
    };
    static const QList<DocumentName> measure{
        {u"measure"_s, DocumentType::Measure},
        {u"commitment"_s, DocumentType::CommitmentContract},
        {u"booklet"_s, DocumentType::WelcomeBooklet},
        {u"host-report"_s, DocumentType::HostReport},
        {u"attendance"_s, DocumentType::AttendanceSheet},
    };
    static const QList<DocumentName> group{
        {u"attendance"_s, DocumentType::AttendanceSheet},
    };
    switch (record) {
        case RecordType::Agreement:
            return agreement;
        case RecordType::Measure:
            return measure;
        case RecordType::Group:
            break;
    }
    return group;
}

QString recordName(RecordType record) {
    switch (record) {
        case RecordType::Agreement:
            return u"agreement"_s;
        case RecordType::Measure:
            return u"measure"_s;
        case RecordType::Group:
            break;
    }
    return u"group"_s;
}

// "a, b or c"
QString oneOf(const QStringList& names) {
    if (names.size() < 2)
        return names.join(QString());
    return names.mid(0, names.size() - 1).join(u", "_s) + u" or "_s + names.last();
}

QStringList namesOf(RecordType record) {
    QStringList names;
    for (const DocumentName& entry : documentNames(record))
        names << entry.name;
    return names;
}

// One of the names above, or an error listing them (exit 2). `contract`, the commitment contract's name
// before issue 12, is still understood.
Result<DocumentName> documentNamed(RecordType record, const QString& name) {
    const QString wanted =
        record == RecordType::Measure && name == QLatin1String("contract") ? u"commitment"_s : name;
    const auto& names = documentNames(record);
    const auto found = std::find_if(names.cbegin(), names.cend(),
                                    [&](const DocumentName& entry) { return entry.name == wanted; });
    if (found == names.cend()) {
        return failure(u"--document: no document '%1' for %2 %3; expected %4"_s.arg(
                           name, record == RecordType::Agreement ? u"an"_s : u"a"_s, recordName(record),
                           oneOf(namesOf(record))),
                       u"document"_s);
    }
    return *found;
}

// The document `name` of the record, when it has it (DocumentMaker::choices decides); otherwise an error
// naming the record, the document and the documents it has (exit 2). Without a name, its usual document
// (choices puts it first): seed 004's document for a responsibility measure, seed 001's commitment contract
// for an exclusion alternative, the host's report form for a follow-up, the sheet of the session picked from
// today for a group.
Result<RenderedDocument> renderDocument(const DocumentMaker& maker, RecordType record, const QString& id,
                                        const QString& name) {
    if (name.isEmpty()) {
        if (record == RecordType::Agreement)
            return maker.render(record, id, {DocumentType::Agreement});
        if (record == RecordType::Group)
            return maker.render(record, id, {DocumentType::AttendanceSheet});
        const auto choices = maker.choices(record, id);
        if (!choices)
            return choices.error();
        if (choices->isEmpty())
            return failure(u"%1 %2 has no document"_s.arg(recordName(record), id), u"document"_s);
        return maker.render(record, id, choices->first());
    }
    const auto named = documentNamed(record, name);
    if (!named)
        return named.error();
    const auto choices = maker.choices(record, id);
    if (!choices)
        return choices.error();
    const auto chosen = std::find_if(choices->cbegin(), choices->cend(), [&](const DocumentChoice& choice) {
        return named->type && choice.type == *named->type;
    });
    if (chosen == choices->cend()) {
        QStringList has;
        for (const DocumentChoice& choice : *choices) {
            for (const DocumentName& entry : documentNames(record)) {
                if (entry.type == choice.type && !has.contains(entry.name))
                    has << entry.name;
            }
        }
        // Why, when the maker knows: « (the agreement has no deliberation) ».
        const QString why = named->type ? maker.whyNot(record, id, *named->type) : QString();
        return failure(
            u"%1 %2 has no %3 document%4; its documents: %5"_s.arg(
                recordName(record), id, named->name, why.isEmpty() ? QString() : u" ("_s + why + u')',
                has.isEmpty() ? u"none"_s : has.join(u", "_s)),
            u"document"_s);
    }
    // A group's sheet: the session picked from today, as without --document.
    if (record == RecordType::Group)
        return maker.render(record, id, {DocumentType::AttendanceSheet});
    return maker.render(record, id, *chosen);
}

// The letterhead's logo, the application's private copy of the image chosen in its preferences; one that
// cannot be read (deleted, damaged) is said, and the documents carry the school's name and address only.
QImage letterheadLogo(CommandContext& context) {
    const QString logoPath = runtime::letterheadLogoPath();
    if (logoPath.isEmpty())
        return {};
    const QImage logo(logoPath);
    if (logo.isNull()) {
        context.err() << "passerelle-cli pdf: warning: the letterhead logo " << logoPath
                      << " cannot be read; the documents are made without it\n";
    }
    return logo;
}

storage::ArchivedKind archivedKind(RecordType record) {
    switch (record) {
        case RecordType::Agreement:
            return storage::ArchivedKind::Agreement;
        case RecordType::Measure:
            return storage::ArchivedKind::Measure;
        case RecordType::Group:
            break;
    }
    return storage::ArchivedKind::Group;
}

// `pdf --all-measures` on every core (issue 14, « both cores for batches »): worker threads, each with its
// own connection to the database (QtSql connections may not cross threads; they only read), gather one
// measure's records and render its document while the calling thread writes the files already made, in the
// order of the measures, so the output and its listing are the ones one thread would give. Workers stay at
// most a window of documents ahead of the writer: memory holds a few PDFs, whatever the number of measures.
class MeasureRenderers {
public:
    MeasureRenderers(const QStringList& ids, const QString& databasePath, const QDate& today,
                     const QString& documentName, const QImage& logo)
        : m_ids(ids), m_outcomes(static_cast<std::size_t>(ids.size())) {
        const int threads = std::max(1, QThread::idealThreadCount());
        m_window = 4 * threads;
        m_pool.setMaxThreadCount(threads);
        for (int i = 0; i < threads; ++i)
            m_pool.start([=, this] { work(databasePath, today, documentName, logo); });
    }
    ~MeasureRenderers() {
        {
            const std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_changed.notify_all();
        m_pool.waitForDone();
    }
    MeasureRenderers(const MeasureRenderers&) = delete;
    MeasureRenderers& operator=(const MeasureRenderers&) = delete;

    // Whether a worker could not open the database: every measure would fail alike, so the command stops.
    bool cannotOpen() {
        const std::lock_guard lock(m_mutex);
        return m_openError.has_value();
    }

    // The document of measure number `index`, waiting for it; called for 0, 1, 2... in turn.
    Result<RenderedDocument> take(int index) {
        std::unique_lock lock(m_mutex);
        auto& slot = m_outcomes[static_cast<std::size_t>(index)];
        m_changed.wait(lock, [&] { return slot.has_value() || m_openError.has_value(); });
        if (!slot)
            return *m_openError;
        Result<RenderedDocument> outcome = std::move(*slot);
        slot.reset();
        m_taken = index + 1;
        lock.unlock();
        m_changed.notify_all();
        return outcome;
    }

private:
    void work(const QString& databasePath, const QDate& today, const QString& documentName, QImage logo) {
        auto database = storage::Database::open(databasePath, {.existingOnly = true});
        if (!database) {
            const std::lock_guard lock(m_mutex);
            m_openError = database.error();
            m_changed.notify_all();
            return;
        }
        for (;;) {
            int index = 0;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [&] {
                    return m_stopping || m_next >= m_ids.size() || m_next < m_taken + m_window;
                });
                if (m_stopping || m_next >= m_ids.size())
                    return;
                index = m_next++;
            }
            Result<RenderedDocument> outcome = render(**database, m_ids.at(index), today, documentName, logo);
            {
                const std::lock_guard lock(m_mutex);
                m_outcomes[static_cast<std::size_t>(index)] = std::move(outcome);
            }
            m_changed.notify_all();
        }
    }

    // What the whole database gave before: the measure's records hold everything its documents read.
    static Result<RenderedDocument> render(storage::Database& database, const QString& id, const QDate& today,
                                           const QString& documentName, const QImage& logo) {
        const auto records = storage::gatherRecords(database, {storage::ArchivedKind::Measure, id});
        if (!records)
            return records.error();
        DocumentMaker maker(*records, today);
        maker.setLetterheadLogo(logo);
        return renderDocument(maker, RecordType::Measure, id, documentName);
    }

    const QStringList m_ids;
    QThreadPool m_pool;
    int m_window = 1;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::optional<Result<RenderedDocument>>> m_outcomes;
    std::optional<Error> m_openError;
    qsizetype m_next = 0;
    int m_taken = 0;
    bool m_stopping = false;
};

// One PDF per measure into `output`, listed with its SHA-256 in the order of the measures' ids. The ids are
// read page by page; the measures' records, one measure at a time by the workers.
int pdfOfEveryMeasure(CommandContext& context, storage::Database& database, const QString& output,
                      const QDate& today, const QString& documentName) {
    QStringList ids;
    const Status listed = database.snapshot([&] {
        return storage::forEachPage(database, storage::PageHandler<Measure>([&](const QList<Measure>& page) {
                                        for (const Measure& measure : page)
                                            ids << measure.id;
                                        return success();
                                    }));
    });
    if (!listed)
        return context.fail(listed.error().message, ExitFailure);
    const QImage logo = letterheadLogo(context);
    errno = 0;
    if (!QDir().mkpath(output)) {
        return context.fail(QStringLiteral("cannot create %1: %2").arg(output, runtime::systemReason(errno)),
                            ExitFailure);
    }
    int failures = 0;
    MeasureRenderers renderers(ids, database.path(), today, documentName, logo);
    for (int index = 0; index < ids.size(); ++index) {
        const QString& id = ids.at(index);
        const auto rendered = renderers.take(index);
        if (!rendered && renderers.cannotOpen())
            return context.fail(rendered.error().message, ExitFailure);
        if (!rendered) {
            ++failures;
            context.err() << "passerelle-cli pdf: " << id << ": " << rendered.error().message << "\n";
            continue;
        }
        const QString path = QDir(output).filePath(id + QStringLiteral(".pdf"));
        // A write failure (a full disk, a folder gone) would fail for every measure after it too: stop at the
        // first with one message. The file is written whole or not at all.
        if (const Status written = writeOutput(context, path, rendered->pdf); !written) {
            spdlog::info("pdf: stopped at measure {}: write failure", id.toStdString());
            return context.fail(
                written.error().message +
                    QStringLiteral(
                        "; stopped at measure %1 (its PDF and the following ones were not written).")
                        .arg(id),
                ExitFailure);
        }
        context.out() << path << '\t' << rendered->sha256 << '\n';
    }
    spdlog::info("pdf: {} measures, {} failures", ids.size(), failures);
    return failures == 0 ? ExitSuccess : ExitFailure;
}

}  // namespace

// A document with rule errors, and any document of an agreement that is not signed yet (draft or awaiting
// signature; DocumentMaker), is stamped « PROJET » on every page; each PDF's SHA-256 is printed.
int runPdf(CommandContext& context) {
    QCommandLineParser parser;
    parser.addOption(CommandContext::outputOption());
    parser.addOption(CommandContext::todayOption());
    const QCommandLineOption allMeasures(QStringLiteral("all-measures"),
                                         QStringLiteral("One PDF per measure, into the folder given by -o."));
    const QCommandLineOption documentOption(
        QStringLiteral("document"),
        QStringLiteral("Which document: for an agreement agreement, deliberation, annex, formal-notice or "
                       "termination; for a measure measure, commitment, booklet, host-report or attendance; "
                       "for a group attendance (default: the record's usual document)."),
        QStringLiteral("name"));
    parser.addOption(allMeasures);
    parser.addOption(documentOption);
    if (auto exit = context.parse(
            parser, QStringLiteral("agreement|measure|group ID [--document NAME] | --all-measures -o DIR")))
        return *exit;
    const auto today = context.today(parser);
    if (!today)
        return ExitBadInput;
    const QStringList positional = parser.positionalArguments();
    const QString output = parser.value(CommandContext::outputOption());
    const bool all = parser.isSet(allMeasures);
    if (all ? (!positional.isEmpty() || output.isEmpty()) : positional.size() != 2) {
        return context.fail(QStringLiteral("expected: pdf agreement|measure|group ID [-o FILE] [--document "
                                           "NAME], or pdf --all-measures -o DIR"),
                            ExitBadInput);
    }
    const QString documentName = parser.value(documentOption);
    if (parser.isSet(documentOption) && documentName.isEmpty())
        return context.fail(QStringLiteral("--document: expected a document name"), ExitBadInput);

    RecordType record = RecordType::Measure;
    if (!all) {
        const QString& kind = positional.at(0);
        if (kind == QLatin1String("agreement"))
            record = RecordType::Agreement;
        else if (kind == QLatin1String("measure"))
            record = RecordType::Measure;
        else if (kind == QLatin1String("group"))
            record = RecordType::Group;
        else
            return context.fail(QStringLiteral("expected agreement, measure or group, not '%1'").arg(kind),
                                ExitBadInput);
    }
    // An unknown document name is bad usage, found before the database is opened.
    if (!documentName.isEmpty()) {
        if (const auto named = documentNamed(record, documentName); !named)
            return context.fail(named.error().message, ExitBadInput);
    }

    const auto database = context.openDatabase();
    if (!database)
        return context.openFailureCode();
    if (all)
        return pdfOfEveryMeasure(context, *database, output, *today, documentName);

    // One record's documents read only the records around it (issue 14), so they take the same time at 300
    // and at 100,000 students. A record that does not exist leaves nothing to gather: the maker then says so
    // in the words and with the exit code scripts have always had.
    const QString& id = positional.at(1);
    auto gathered = storage::gatherRecords(*database, {archivedKind(record), id});
    if (!gathered && gathered.error().kind != ErrorKind::NotFound)
        return context.fail(gathered.error().message, ExitFailure);
    const Dataset records = gathered ? std::move(gathered).value() : Dataset{};
    DocumentMaker maker(records, *today);
    maker.setLetterheadLogo(letterheadLogo(context));
    const Result<RenderedDocument> rendered = renderDocument(maker, record, id, documentName);
    if (!rendered) {
        const int code =
            rendered.error().kind == ErrorKind::NotFound || rendered.error().kind == ErrorKind::Invalid
                ? ExitBadInput
                : ExitFailure;
        return context.fail(rendered.error().message, code);
    }
    const QString path = output.isEmpty() ? id + QStringLiteral(".pdf") : output;
    if (const Status written = writeOutput(context, path, rendered->pdf); !written) {
        return context.fail(written.error().message, ExitFailure);
    }
    if (path != QLatin1String("-"))
        context.out() << path << '\t' << rendered->sha256 << '\n';
    return ExitSuccess;
}

}  // namespace passerelle::cli
