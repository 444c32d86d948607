// The lists' « Export PDFs… » off the GUI thread (issue 14): BatchExport::runInBackground makes the same
// files as BatchExport::run, on a connection of its own, while the window's event loop goes on; its progress
// dialog's Cancel stops the export mid-way and the folder keeps only whole PDFs, the ones the report lists.
#include "passerelle/ui/batch_export.h"
#include "document_world.h"
#include "pdf_tools.h"

#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <gtest/gtest.h>

namespace passerelle::test {
namespace {

using namespace Qt::Literals::StringLiterals;
using ui::BatchExport;
using ui::BatchExportReport;
using ui::BatchExportRequest;

class BatchExportInBackground : public ::testing::Test {
protected:
    BatchExportRequest request(const QStringList& ids, const QString& folder) const {
        BatchExportRequest result;
        result.kind = storage::ArchivedKind::Measure;
        result.ids = ids;
        result.mode = BatchExportRequest::Mode::Folder;
        result.target = folder;
        result.today = fixedToday();
        return result;
    }

    DocumentWorld world;
    TempFolder out;
    QWidget window;
};

TEST_F(BatchExportInBackground, MakesTheFilesTheGuiThreadMade) {
    QStringList ids;
    ids << world.saveMeasure(nextMonday()).id;
    ids << world.saveMeasure(nextMonday().addDays(14), QTime(20, 30)).id;  // a draft
    const BatchExportReport here = BatchExport::run(*world.database, request(ids, out.path(u"here"_s)));
    window.show();
    const BatchExportReport there =
        BatchExport::runInBackground(&window, world.database->path(), request(ids, out.path(u"there"_s)));
    EXPECT_TRUE(there.errors.isEmpty()) << there.errors.join(u'\n').toStdString();
    EXPECT_FALSE(there.cancelled);
    EXPECT_EQ(there.done, 2);
    ASSERT_EQ(there.files.size(), 2);
    ASSERT_EQ(here.files.size(), 2);
    for (int i = 0; i < 2; ++i) {
        EXPECT_EQ(QFileInfo(there.files.at(i)).fileName(), QFileInfo(here.files.at(i)).fileName());
        EXPECT_EQ(pdfText(readFile(there.files.at(i))), pdfText(readFile(here.files.at(i))));
    }
    EXPECT_EQ(window.findChildren<QProgressDialog*>().size(), 0);  // gone with the export
}

TEST_F(BatchExportInBackground, CancelMidWayKeepsOnlyWholeFiles) {
    constexpr int total = 16;
    QStringList ids;
    for (int i = 0; i < total; ++i)
        ids << world.saveMeasure(nextMonday().addDays(21 * i)).id;
    const QString folder = out.path(u"pdf"_s);
    window.show();

    // The GUI thread's own timer sees the dialog count the records, then clicks Cancel: both need the event
    // loop to run while the PDFs are made.
    int shownProgress = 0;
    bool clicked = false;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, &window, [&] {
        auto* dialog = window.findChild<QProgressDialog*>();
        if (clicked || !dialog || !dialog->isVisible())
            return;
        shownProgress = dialog->value();
        if (shownProgress >= 1) {
            auto* cancel = dialog->findChild<QPushButton*>();
            ASSERT_NE(cancel, nullptr);
            QTest::mouseClick(cancel, Qt::LeftButton);
            clicked = true;
        }
    });
    poll.start();
    const BatchExportReport report =
        BatchExport::runInBackground(&window, world.database->path(), request(ids, folder));
    poll.stop();

    EXPECT_TRUE(clicked);
    EXPECT_GE(shownProgress, 1);
    EXPECT_TRUE(report.cancelled);
    EXPECT_TRUE(report.errors.isEmpty()) << report.errors.join(u'\n').toStdString();
    EXPECT_GE(report.done, 1);
    EXPECT_LT(report.done, total);
    // Only the files the report lists, each a whole PDF; no temporary file left beside them.
    const QStringList left = QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    QStringList listed;
    for (const QString& file : report.files)
        listed << QFileInfo(file).fileName();
    listed.sort();
    EXPECT_EQ(left, listed);
    EXPECT_EQ(report.files.size(), report.done);
    for (const QString& name : left) {
        const QByteArray bytes = readFile(QDir(folder).filePath(name));
        EXPECT_TRUE(bytes.startsWith("%PDF")) << name.toStdString();
        EXPECT_TRUE(bytes.trimmed().endsWith("%%EOF")) << name.toStdString();
        EXPECT_GE(pdfInfo(bytes).value(u"Pages"_s).toInt(), 1) << name.toStdString();
    }
}

}  // namespace
}  // namespace passerelle::test
