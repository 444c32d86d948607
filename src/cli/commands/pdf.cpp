#include "../commands.h"
#include "../exit_codes.h"
#include "../file_output.h"
#include "passerelle/documents/context_builder.h"
#include "passerelle/documents/documents.h"
#include "passerelle/rules/checks.h"
#include "passerelle/storage/dataset_store.h"

#include <QDir>

#include <spdlog/spdlog.h>

namespace passerelle::cli {
namespace {

using documents::RenderedDocument;

// The document a measure prints by default: seed 004's document for a responsibility measure, seed 001's
// commitment contract for an exclusion alternative, the host's report form for a follow-up.
Result<RenderedDocument> renderMeasure(const documents::MeasureContext& context, const QString& which,
                                       const documents::RenderOptions& options) {
    QString document = which;
    if (document.isEmpty()) {
        switch (context.measure.kind) {
            case MeasureKind::Responsibility:
                document = QStringLiteral("measure");
                break;
            case MeasureKind::ExclusionAlternative:
                document = QStringLiteral("contract");
                break;
            case MeasureKind::FollowUp:
                document = QStringLiteral("host-report");
                break;
        }
    }
    if (document == QLatin1String("measure"))
        return documents::renderMeasureDocument(context, options);
    if (document == QLatin1String("contract"))
        return documents::renderCommitmentContract(context, options);
    if (document == QLatin1String("booklet"))
        return documents::renderWelcomeBooklet(context, options);
    if (document == QLatin1String("host-report"))
        return documents::renderHostReportForm(context, options);
    return failure(QStringLiteral("--document: expected measure, contract, booklet or host-report"),
                   QStringLiteral("document"));
}

class PdfMaker {
public:
    PdfMaker(const Dataset& dataset, QDate today)
        : m_dataset(dataset), m_index(dataset), m_builder(dataset), m_today(today) {}

    Result<RenderedDocument> measure(const QString& id, const QString& which) const {
        const auto context = m_builder.measure(id);
        if (!context)
            return context.error();
        const rules::Findings findings =
            rules::checkMeasure(context->measure, rules::contextFor(context->measure, m_index), m_today);
        return renderMeasure(*context, which, {.draft = rules::hasErrors(findings)});
    }
    Result<RenderedDocument> agreement(const QString& id) const {
        const auto context = m_builder.agreement(id);
        if (!context)
            return context.error();
        const rules::Findings findings = rules::checkAgreement(context->agreement, m_today);
        return documents::renderAgreementDocument(*context, {.draft = rules::hasErrors(findings)});
    }
    Result<RenderedDocument> group(const QString& id) const {
        const auto context = m_builder.groupSession(id, m_today);
        if (!context)
            return context.error();
        return documents::renderAttendanceSheet(*context);
    }

private:
    const Dataset& m_dataset;
    DatasetIndex m_index;
    documents::ContextBuilder m_builder;
    QDate m_today;
};

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
        return ExitFailure;
    const auto dataset = storage::DatasetStore(*database).loadAll();
    if (!dataset)
        return context.fail(dataset.error().message, ExitFailure);
    const PdfMaker maker(*dataset, *today);

    if (all) {
        if (!QDir().mkpath(output))
            return context.fail(QStringLiteral("cannot create %1").arg(output), ExitFailure);
        int failures = 0;
        for (const Measure& measure : dataset->measures) {
            const auto rendered = maker.measure(measure.id, parser.value(documentOption));
            const QString path = QDir(output).filePath(measure.id + QStringLiteral(".pdf"));
            if (!rendered || !writeOutput(context, path, rendered->pdf)) {
                ++failures;
                context.err() << "passerelle-cli pdf: " << measure.id << ": "
                              << (rendered ? QStringLiteral("cannot write ") + path
                                           : rendered.error().message)
                              << "\n";
                continue;
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
        rendered = maker.agreement(id);
    else if (kind == QLatin1String("measure"))
        rendered = maker.measure(id, parser.value(documentOption));
    else if (kind == QLatin1String("group"))
        rendered = maker.group(id);
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
