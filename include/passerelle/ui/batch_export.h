#pragma once

// Exporting the usual document of many records at once (the Agreements and Measures lists' "Export PDFs…"):
// one PDF per record into a folder, or every document in one merged PDF. The work is a plain function driven
// by a progress callback, so the list's QProgressDialog and the tests share it; runInBackground runs it off
// the GUI thread behind that dialog (issue 14: the window never blocks on a batch).

#include "passerelle/rules/settings.h"
#include "passerelle/storage/document_archive.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QStringList>

#include <functional>

class QWidget;

namespace passerelle::storage {
class Database;
}

namespace passerelle::ui {

struct BatchExportRequest {
    enum class Mode { Folder, Merged };

    storage::ArchivedKind kind = storage::ArchivedKind::Measure;
    QStringList ids;
    Mode mode = Mode::Folder;
    QString target;  // the folder (Folder), or the PDF file to write (Merged)
    QDate today;
    rules::RuleSettings settings;
    QImage letterheadLogo;  // the preferences' letterhead logo; null for none
};

struct BatchExportReport {
    QStringList files;   // written, in the order of the records
    QStringList errors;  // one line per record that failed, naming it
    int done = 0;        // records handled, exported or failed
    bool cancelled = false;
    int pageCount = 0;  // merged: the pages of the file
    // A file could not be written (a full disk, a folder gone): the export stopped there, the last error
    // says why, and no partial file was left.
    bool stoppedOnWriteFailure = false;
};

// Called after each record with the number handled so far and the total; returning false cancels before the
// next record. A cancelled folder export keeps the files already written; a cancelled merged export writes
// nothing.
using BatchProgress = std::function<bool(int done, int total)>;

class BatchExport {
    Q_DECLARE_TR_FUNCTIONS(BatchExport)

public:
    // Writes the documents; an existing file is never overwritten: the new one gets "-2", "-3" ... added to
    // its name. Each PDF carries the « PROJET » stamp when its record has rule errors.
    static BatchExportReport run(storage::Database& database, const BatchExportRequest& request,
                                 const BatchProgress& progress = {});
    // run() on a worker thread with a connection of its own to the database at `databasePath` (QtSql
    // connections may not cross threads; the export only reads), behind a window-modal progress dialog of
    // `parent` that counts the records and whose Cancel stops the export before the next record. The window
    // goes on repainting meanwhile; returns the report once the worker is done.
    static BatchExportReport runInBackground(QWidget* parent, const QString& databasePath,
                                             const BatchExportRequest& request);
    // A path in `folder` for `baseName` + ".pdf" that no file has yet.
    static QString freePath(const QString& folder, const QString& baseName);
};

}  // namespace passerelle::ui
