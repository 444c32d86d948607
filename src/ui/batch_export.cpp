#include "passerelle/ui/batch_export.h"

#include "passerelle/runtime/private_files.h"
#include "passerelle/storage/database.h"
#include "passerelle/ui/record_documents.h"

#include <QBuffer>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPdfWriter>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

#include <spdlog/spdlog.h>

namespace passerelle::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

// The resolution renderPdf uses, so a merged file looks like the single ones.
constexpr int mergedResolution = 300;

Status writeFile(const QString& path, const QByteArray& bytes) {
    if (const Status written = runtime::writeFileAtomically(path, bytes); !written) {
        return failure(BatchExport::tr("%1 cannot be written: %2")
                           .arg(QDir::toNativeSeparators(path), written.error().message),
                       {}, ErrorKind::Io);
    }
    return success();
}

QString recordError(const QString& record, const QString& message) {
    return BatchExport::tr("%1: %2").arg(record, message);
}

}  // namespace

QString BatchExport::freePath(const QString& folder, const QString& baseName) {
    const QDir dir(folder);
    QString path = dir.filePath(baseName + u".pdf"_s);
    for (int number = 2; QFileInfo::exists(path); ++number)
        path = dir.filePath(u"%1-%2.pdf"_s.arg(baseName).arg(number));
    return path;
}

BatchExportReport BatchExport::run(storage::Database& database, const BatchExportRequest& request,
                                   const BatchProgress& progress) {
    BatchExportReport report;
    const int total = static_cast<int>(request.ids.size());
    const bool merged = request.mode == BatchExportRequest::Mode::Merged;
    if (!merged && !QDir().mkpath(request.target)) {
        report.errors << tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(request.target));
        return report;
    }

    // The merged file is built in memory and written at the end, so a cancelled or failed export leaves no
    // file behind, and a file already there is replaced only by a complete one.
    QByteArray mergedBytes;
    QBuffer buffer(&mergedBytes);
    std::unique_ptr<QPdfWriter> writer;
    std::unique_ptr<documents::DocumentSequence> sequence;
    if (merged) {
        buffer.open(QIODevice::WriteOnly);
        writer = std::make_unique<QPdfWriter>(&buffer);
        writer->setResolution(mergedResolution);
        writer->setTitle(QFileInfo(request.target).completeBaseName());
        writer->setCreator(QStringLiteral("Passerelle " PASSERELLE_VERSION));
        sequence = std::make_unique<documents::DocumentSequence>(*writer);
    }

    for (const QString& id : request.ids) {
        const RecordDocuments record(database, {request.kind, id}, request.today, request.settings,
                                     request.letterheadLogo);
        const QString label = record.loadError().isEmpty() ? record.recordLabel() : id;
        if (!record.loadError().isEmpty()) {
            report.errors << recordError(label, record.loadError());
        } else if (record.choices().isEmpty()) {
            report.errors << recordError(label, tr("it has no document to print"));
        } else if (merged) {
            const auto prepared = record.prepare(record.choices().at(record.usualChoice()));
            const auto painted = prepared ? sequence->append(prepared->document, {.draft = prepared->draft})
                                          : prepared.error();
            if (!painted)
                report.errors << recordError(label, painted.error().message);
        } else {
            const documents::DocumentChoice& choice = record.choices().at(record.usualChoice());
            const auto rendered = record.render(choice);
            const QString path = freePath(request.target, record.fileBaseName(choice));
            if (!rendered) {
                report.errors << recordError(label, rendered.error().message);
            } else if (const Status written = writeFile(path, rendered->pdf); written) {
                report.files << path;
            } else {
                // A full disk or a folder gone fails every file after this one too: one message, and stop.
                report.errors << written.error().message;
                report.stoppedOnWriteFailure = true;
                ++report.done;
                break;
            }
        }
        ++report.done;
        if (progress && !progress(report.done, total)) {
            report.cancelled = report.done < total || merged;
            break;
        }
    }

    if (merged) {
        report.pageCount = sequence->pageCount();
        sequence->finish();
        sequence.reset();
        writer.reset();  // writes the end of the PDF into the buffer
        if (!report.cancelled && report.pageCount > 0) {
            if (const Status written = writeFile(request.target, mergedBytes); written)
                report.files << request.target;
            else
                report.errors << written.error().message;
        }
    }
    spdlog::info("batch export: {} {} records, {} files, {} errors{}", report.done,
                 storage::key(request.kind).toStdString(), report.files.size(), report.errors.size(),
                 report.cancelled ? ", cancelled" : "");
    return report;
}

BatchExportReport BatchExport::runInBackground(QWidget* parent, const QString& databasePath,
                                               const BatchExportRequest& request) {
    const int total = static_cast<int>(request.ids.size());
    QProgressDialog progress(tr("Exporting the PDFs…"), tr("Cancel"), 0, total, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    // Read by the worker before each record; Cancel also hides the dialog at once.
    std::atomic<bool> cancelled = false;
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&cancelled] { cancelled = true; });

    QFutureWatcher<BatchExportReport> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::progressValueChanged, &progress, [&](int done) {
        if (cancelled)
            return;
        progress.setLabelText(tr("Exporting the PDFs… (%1 of %2)").arg(done).arg(total));
        progress.setValue(done);
    });
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(
        QtConcurrent::run([&cancelled, databasePath, request](QPromise<BatchExportReport>& promise) {
            promise.setProgressRange(0, static_cast<int>(request.ids.size()));
            const auto database = storage::Database::open(databasePath, {.existingOnly = true});
            if (!database) {
                BatchExportReport report;
                report.errors << database.error().message;
                promise.addResult(report);
                return;
            }
            promise.addResult(run(**database, request, [&](int done, int) {
                promise.setProgressValue(done);
                return !cancelled;
            }));
        }));
    if (!watcher.isFinished())
        loop.exec();
    progress.reset();
    return watcher.result();
}

}  // namespace passerelle::ui
