#include "../commands.h"
#include "../exit_codes.h"
#include "../file_output.h"
#include "passerelle/documents/document_maker.h"
#include "passerelle/runtime/private_files.h"
#include "passerelle/storage/dataset_store.h"

#include <QDir>

#include <cerrno>

#include <spdlog/spdlog.h>

namespace passerelle::cli {
namespace {

using documents::DocumentChoice;
using documents::DocumentMaker;
using documents::DocumentType;
using documents::RecordType;
using documents::RenderedDocument;

// A measure prints its usual document by default (DocumentMaker::choices puts it first): seed 004's document
// for a responsibility measure, seed 001's commitment contract for an exclusion alternative, the host's
// report form for a follow-up.
Result<RenderedDocument> renderMeasure(const DocumentMaker& maker, const QString& id, const QString& which) {
    DocumentChoice choice;
    if (which.isEmpty()) {
        const auto choices = maker.choices(RecordType::Measure, id);
        if (!choices)
            return choices.error();
        choice = choices->first();
    } else if (which == QLatin1String("measure")) {
        choice.type = DocumentType::Measure;
    } else if (which == QLatin1String("contract")) {
        choice.type = DocumentType::CommitmentContract;
    } else if (which == QLatin1String("booklet")) {
        choice.type = DocumentType::WelcomeBooklet;
    } else if (which == QLatin1String("host-report")) {
        choice.type = DocumentType::HostReport;
    } else {
        return failure(QStringLiteral("--document: expected measure, contract, booklet or host-report"),
                       QStringLiteral("document"));
    }
    return maker.render(RecordType::Measure, id, choice);
}

}  // namespace

// A document with rule errors is stamped « PROJET » on every page; each PDF's SHA-256 is printed.
int runPdf(CommandContext& context) {
    QCommandLineParser parser;
    parser.addOption(CommandContext::outputOption());
    parser.addOption(CommandContext::todayOption());
    const QCommandLineOption allMeasures(QStringLiteral("all-measures"),
                                         QStringLiteral("One PDF per measure, into the folder given by -o."));
    const QCommandLineOption documentOption(
        QStringLiteral("document"),
        QStringLiteral("For a measure: measure, contract, booklet or host-report (default: by its kind)."),
        QStringLiteral("name"));
    parser.addOption(allMeasures);
    parser.addOption(documentOption);
    if (auto exit =
            context.parse(parser, QStringLiteral("agreement|measure|group ID | --all-measures -o DIR")))
        return *exit;
    const auto today = context.today(parser);
    if (!today)
        return ExitBadInput;
    const QStringList positional = parser.positionalArguments();
    const QString output = parser.value(CommandContext::outputOption());
    const bool all = parser.isSet(allMeasures);
    if (all ? (!positional.isEmpty() || output.isEmpty()) : positional.size() != 2) {
        return context.fail(QStringLiteral("expected: pdf agreement|measure|group ID [-o FILE], or pdf "
                                           "--all-measures -o DIR"),
                            ExitBadInput);
    }

    const auto database = context.openDatabase();
    if (!database)
        return context.openFailureCode();
    const auto dataset = storage::DatasetStore(*database).loadAll();
    if (!dataset)
        return context.fail(dataset.error().message, ExitFailure);
    const DocumentMaker maker(*dataset, *today);

    if (all) {
        errno = 0;
        if (!QDir().mkpath(output)) {
            return context.fail(
                QStringLiteral("cannot create %1: %2").arg(output, runtime::systemReason(errno)),
                ExitFailure);
        }
        int failures = 0;
        for (const Measure& measure : dataset->measures) {
            const auto rendered = renderMeasure(maker, measure.id, parser.value(documentOption));
            if (!rendered) {
                ++failures;
                context.err() << "passerelle-cli pdf: " << measure.id << ": " << rendered.error().message
                              << "\n";
                continue;
            }
            const QString path = QDir(output).filePath(measure.id + QStringLiteral(".pdf"));
            // A write failure (a full disk, a folder gone) would fail for every measure after it too: stop at
            // the first with one message. The file is written whole or not at all.
            if (const Status written = writeOutput(context, path, rendered->pdf); !written) {
                spdlog::info("pdf: stopped at measure {}: write failure", measure.id.toStdString());
                return context.fail(
                    written.error().message +
                        QStringLiteral(
                            "; stopped at measure %1 (its PDF and the following ones were not written).")
                            .arg(measure.id),
                    ExitFailure);
            }
            context.out() << path << '\t' << rendered->sha256 << '\n';
        }
        spdlog::info("pdf: {} measures, {} failures", dataset->measures.size(), failures);
        return failures == 0 ? ExitSuccess : ExitFailure;
    }

    const QString& kind = positional.at(0);
    const QString& id = positional.at(1);
    Result<RenderedDocument> rendered = failure(QStringLiteral("unknown record kind"));
    if (kind == QLatin1String("agreement"))
        rendered = maker.render(RecordType::Agreement, id, {DocumentType::Agreement});
    else if (kind == QLatin1String("measure"))
        rendered = renderMeasure(maker, id, parser.value(documentOption));
    else if (kind == QLatin1String("group"))
        rendered = maker.render(RecordType::Group, id, {DocumentType::AttendanceSheet});
    else
        return context.fail(QStringLiteral("expected agreement, measure or group, not '%1'").arg(kind),
                            ExitBadInput);
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
