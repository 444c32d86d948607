// The lists' Documents… and Export PDFs…: several measures selected at once go to the batch export, one
// record to the documents dialog; the table's context menu offers the same.
#include "document_world.h"
#include "passerelle/ui/list_page.h"
#include "passerelle/ui/record_table_models.h"
#include "passerelle/ui/student_table_model.h"

#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace passerelle::test {
namespace {

using namespace Qt::Literals::StringLiterals;
using ui::ListPage;

TEST(DocumentLists, ExportPdfsTakesEverySelectedMeasureAndDocumentsOne) {
    DocumentWorld world;
    QStringList ids;
    for (int week = 0; week < 3; ++week)
        ids << world.saveMeasure(nextMonday().addDays(14 * week)).id;
    QUndoStack undoStack;
    ListPage page(new ui::MeasureTableModel(*world.database), {.documents = true, .batchExport = true},
                  undoStack);
    auto* table = page.findChild<QTableView*>(u"table"_s);
    auto* documentsButton = page.findChild<QPushButton*>(u"documentsButton"_s);
    auto* exportButton = page.findChild<QPushButton*>(u"exportPdfsButton"_s);
    auto* editButton = page.findChild<QPushButton*>(u"editButton"_s);
    ASSERT_TRUE(table && documentsButton && exportButton && editButton);
    EXPECT_FALSE(documentsButton->isHidden());
    EXPECT_FALSE(exportButton->isHidden());
    EXPECT_FALSE(exportButton->isEnabled());  // nothing selected yet

    table->selectAll();
    QStringList selected = page.selectedIds();
    selected.sort();
    ids.sort();
    EXPECT_EQ(selected, ids);
    EXPECT_TRUE(exportButton->isEnabled());
    EXPECT_FALSE(documentsButton->isEnabled());  // one record at a time
    EXPECT_FALSE(editButton->isEnabled());
    QSignalSpy exportRequests(&page, &ListPage::exportPdfsRequested);
    exportButton->click();
    ASSERT_EQ(exportRequests.size(), 1);
    EXPECT_EQ(exportRequests.first().first().toStringList().size(), 3);

    page.selectRow(1);
    EXPECT_TRUE(documentsButton->isEnabled());
    QSignalSpy documentRequests(&page, &ListPage::documentsRequested);
    QAction* menuAction = nullptr;
    for (QAction* action : table->actions()) {
        if (action->objectName() == u"documentsAction"_s)
            menuAction = action;
    }
    ASSERT_NE(menuAction, nullptr);
    EXPECT_TRUE(menuAction->isEnabled());
    menuAction->trigger();
    ASSERT_EQ(documentRequests.size(), 1);
    EXPECT_EQ(documentRequests.first().first().toString(), page.currentId());

    // A list whose records print nothing shows neither button.
    ListPage students(new ui::StudentTableModel(*world.database), {}, undoStack);
    EXPECT_TRUE(students.findChild<QPushButton*>(u"documentsButton"_s)->isHidden());
    EXPECT_TRUE(students.findChild<QPushButton*>(u"exportPdfsButton"_s)->isHidden());
}

}  // namespace
}  // namespace passerelle::test
