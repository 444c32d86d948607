// The lists' « Export… » (issue 13, « Lists out »): the list as shown — search, filters, sort, shown columns
// and their titles — every matching record, not only the loaded pages, as CSV read back with a parser, and
// XLSX.
#include "passerelle/ui/list_export.h"
#include "lists_fixture.h"
#include "passerelle/ui/deadline_table_model.h"
#include "passerelle/ui/deadlines_page.h"
#include "passerelle/ui/enum_labels.h"
#include "passerelle/ui/list_page.h"
#include "passerelle/ui/record_table_models.h"
#include "passerelle/ui/student_table_model.h"
#include "passerelle/ui/table_export_actions.h"

#include "passerelle/storage/repositories.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::ui;
using namespace Qt::Literals::StringLiterals;

namespace {

using Rows = QList<QStringList>;

// A CSV reader as a spreadsheet reads the file: `;` between fields, quoted fields with doubled quotes that
// may hold `;` and line breaks, CRLF between records.
Rows parseCsv(const QString& text) {
    Rows rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u';') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

// Reads a CSV written by the export: it must begin with the UTF-8 BOM.
Rows readCsv(const QString& path) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "the BOM that makes Excel read UTF-8";
    return parseCsv(QString::fromUtf8(bytes.mid(3)));
}

QStringList shownHeaders(const QHeaderView& header) {
    QStringList titles;
    for (int visual = 0; visual < header.count(); ++visual) {
        const int logical = header.logicalIndex(visual);
        if (!header.isSectionHidden(logical))
            titles << header.model()->headerData(logical, Qt::Horizontal).toString();
    }
    return titles;
}

void clickSection(QHeaderView* header, int section) {
    const QPoint centre(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
}

// The records the repository returns for a query, every page: what the export must hold, in that order.
template <typename T>
QList<T> everyRecord(storage::Database& database, storage::ListQuery query) {
    QList<T> all;
    query.limit = 500;
    for (query.offset = 0;; query.offset += query.limit) {
        const auto page = storage::Repository<T>(database).list(query);
        EXPECT_TRUE(page.ok());
        if (!page || page->items.isEmpty())
            break;
        all += page->items;
    }
    return all;
}

class ListExportTest : public ::testing::Test {
protected:
    void SetUp() override {
        // The folder and format the last export chose are remembered: each test starts without them.
        QSettings().remove(u"export"_s);
        ASSERT_TRUE(demo.create());
    }

    QTableView* tableOf(QWidget& page) { return page.findChild<QTableView*>(u"table"_s); }
    QPushButton* exportButtonOf(QWidget& page) { return page.findChild<QPushButton*>(u"exportButton"_s); }

    void showPage(QWidget& page) {
        page.resize(1200, 600);
        page.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    }

    // Clicks « Export… » and answers the file dialog as a user does: the name typed, the type chosen from the
    // name's extension. The system's dialog itself cannot be driven headless reliably (its completer and
    // default button wait for an active window), so the question is answered through setSaveFileChooser.
    bool exportThroughTheDialog(QWidget& page, const QString& path, QString* suggested = nullptr) {
        bool asked = false;
        ui::setSaveFileChooser([&](QWidget*, const QString&, const QString& suggestedPath,
                                   const QString& filters, QString* selectedFilter) {
            asked = true;
            if (suggested != nullptr)
                *suggested = QFileInfo(suggestedPath).fileName();
            if (selectedFilter != nullptr) {
                for (const QString& filter : filters.split(u";;"_s)) {
                    if (filter.contains(u"*."_s + QFileInfo(path).suffix()))
                        *selectedFilter = filter;
                }
            }
            return path;
        });
        QTest::mouseClick(exportButtonOf(page), Qt::LeftButton);
        ui::setSaveFileChooser({});
        return asked;
    }

    test::DemoDatabase demo;
    QUndoStack undoStack;
};

TEST_F(ListExportTest, TheStudentsCsvHoldsTheSearchedRowsInTheClickedOrderUnderTheShownColumns) {
    ListPage page(new StudentTableModel(*demo.database), {}, undoStack);
    showPage(page);
    QTableView* table = tableOf(page);
    QHeaderView* header = table->horizontalHeader();

    QTest::keyClicks(page.findChild<QLineEdit*>(u"searchEdit"_s), u"ma"_s);
    QTest::keyClick(page.findChild<QLineEdit*>(u"searchEdit"_s), Qt::Key_Return);
    clickSection(header, StudentTableModel::BirthDate);
    clickSection(header, StudentTableModel::BirthDate);  // a second click: the youngest first
    ASSERT_EQ(page.model()->query().sortBy, u"birthDate"_s);
    ASSERT_TRUE(page.model()->query().descending);
    header->hideSection(StudentTableModel::School);
    header->moveSection(header->visualIndex(StudentTableModel::FirstName), 0);

    storage::ListQuery query;
    query.text = u"ma"_s;
    query.sortBy = u"birthDate"_s;
    query.descending = true;
    const QList<Student> expected = everyRecord<Student>(*demo.database, query);
    ASSERT_GT(expected.size(), 3);
    ASSERT_LT(expected.size(), qsizetype(demo.dataset.students.size())) << "the search narrows the list";

    table->verticalScrollBar()->setValue(5);
    const int loadedBefore = page.model()->rowCount();
    const QString firstIdBefore = page.model()->idAt(0);

    const auto exported = tableOfList(*page.model(), *header);
    ASSERT_TRUE(exported.ok()) << exported.error().message.toStdString();
    EXPECT_EQ(exported->title, page.model()->exportTitle());
    const QString path = demo.folder.path(u"eleves.csv"_s);
    ASSERT_TRUE(writeTableFile(*exported, path).ok());

    // The view is as it was: the export read the records into a model of its own.
    EXPECT_EQ(page.model()->rowCount(), loadedBefore);
    EXPECT_EQ(page.model()->idAt(0), firstIdBefore);
    EXPECT_EQ(table->verticalScrollBar()->value(), 5);

    const Rows rows = readCsv(path);
    ASSERT_EQ(rows.size(), expected.size() + 1);
    EXPECT_EQ(rows.first(), shownHeaders(*header));
    EXPECT_EQ(rows.first(), (QStringList{u"First name"_s, u"Last name"_s, u"Class"_s, u"Birth date"_s}));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Student& student = expected.at(i);
        const QStringList fields = rows.at(i + 1);
        ASSERT_EQ(fields.size(), 4) << i;
        EXPECT_EQ(fields.at(0), student.firstName) << i;
        EXPECT_EQ(fields.at(1), student.lastName) << i;
        EXPECT_EQ(fields.at(2), student.className) << i;
        EXPECT_EQ(fields.at(3), student.birthDate.toString(u"dd/MM/yyyy"_s)) << i;
    }
}

TEST_F(ListExportTest, AListLongerThanOnePageIsExportedWhole) {
    test::DemoDatabase large;
    ASSERT_TRUE(large.create(450));
    ListPage page(new StudentTableModel(*large.database), {}, undoStack);
    ASSERT_EQ(page.model()->totalCount(), 450);
    ASSERT_EQ(page.model()->rowCount(), PagedTableModel::pageSize) << "the view loaded one page";

    const auto exported = tableOfList(*page.model(), *tableOf(page)->horizontalHeader());
    ASSERT_TRUE(exported.ok()) << exported.error().message.toStdString();
    ASSERT_EQ(exported->rows.size(), 450);
    EXPECT_EQ(page.model()->rowCount(), PagedTableModel::pageSize);
    // Every student once, in the list's default order.
    const QList<Student> expected = everyRecord<Student>(*large.database, {});
    ASSERT_EQ(expected.size(), 450);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(std::get<QString>(exported->rows.at(i).at(StudentTableModel::LastName)),
                  expected.at(i).lastName)
            << i;
        EXPECT_EQ(std::get<QDate>(exported->rows.at(i).at(StudentTableModel::BirthDate)),
                  expected.at(i).birthDate)
            << i;
    }
}

// The measures filtered by status: dates as dates, hours done as a number of hours, the rest as shown.
TEST_F(ListExportTest, TheMeasuresTableFollowsTheStatusFilterWithTypedDatesAndHours) {
    ListPage page(new MeasureTableModel(*demo.database),
                  {.statuses = filterOptions<MeasureStatus>(), .kinds = filterOptions<MeasureKind>()},
                  undoStack);
    showPage(page);
    auto* statusCombo = page.findChild<QComboBox*>(u"statusCombo"_s);
    const int completed = statusCombo->findData(key(MeasureStatus::Completed));
    ASSERT_GT(completed, 0);
    statusCombo->setFocus();
    for (int i = 0; i < completed; ++i)
        QTest::keyClick(statusCombo, Qt::Key_Down);
    ASSERT_EQ(page.model()->query().status, key(MeasureStatus::Completed));
    ASSERT_GT(page.model()->totalCount(), 0);

    const auto exported = tableOfList(*page.model(), *tableOf(page)->horizontalHeader());
    ASSERT_TRUE(exported.ok()) << exported.error().message.toStdString();
    ASSERT_EQ(exported->rows.size(), page.model()->totalCount());
    ASSERT_EQ(exported->columns.size(), MeasureTableModel::ColumnCount);
    EXPECT_EQ(exported->columns.at(MeasureTableModel::Start).type, exchange::ColumnType::Date);
    EXPECT_EQ(exported->columns.at(MeasureTableModel::End).type, exchange::ColumnType::Date);
    EXPECT_EQ(exported->columns.at(MeasureTableModel::HoursDone).type, exchange::ColumnType::Number);
    EXPECT_EQ(exported->columns.at(MeasureTableModel::Status).type, exchange::ColumnType::Text);
    for (qsizetype row = 0; row < exported->rows.size(); ++row) {
        const QList<exchange::TableCell>& cells = exported->rows.at(row);
        EXPECT_EQ(std::get<QString>(cells.at(MeasureTableModel::Status)),
                  EnumLabels::of(MeasureStatus::Completed));
        const auto measure = storage::MeasureRepository(*demo.database).find(page.model()->idAt(int(row)));
        if (row < page.model()->rowCount() && measure) {
            EXPECT_EQ(std::get<QDate>(cells.at(MeasureTableModel::Start)), measure->start);
        }
    }
}

// « Avec erreurs »: only the records the rules found errors on, however many pages the list has.
TEST_F(ListExportTest, TheFindingsFilterNarrowsTheExportToTheRecordsWithErrors) {
    const QStringList withErrors{demo.dataset.agreements.at(0).id, demo.dataset.agreements.at(2).id};
    ListPage page(new AgreementTableModel(*demo.database),
                  {.recordsWithFindings = [&](rules::Severity) -> Result<QStringList> { return withErrors; }},
                  undoStack);
    showPage(page);
    auto* findingsCombo = page.findChild<QComboBox*>(u"findingsCombo"_s);
    findingsCombo->setFocus();
    QTest::keyClick(findingsCombo, Qt::Key_Down);  // « With errors »
    ASSERT_EQ(page.model()->totalCount(), 2);

    const auto exported = tableOfList(*page.model(), *tableOf(page)->horizontalHeader());
    ASSERT_TRUE(exported.ok()) << exported.error().message.toStdString();
    ASSERT_EQ(exported->rows.size(), 2);
    QStringList titles;
    for (const QList<exchange::TableCell>& row : exported->rows)
        titles << std::get<QString>(row.at(AgreementTableModel::Title));
    QStringList expected{demo.dataset.agreements.at(0).title, demo.dataset.agreements.at(2).title};
    titles.sort();
    expected.sort();
    EXPECT_EQ(titles, expected);
    EXPECT_EQ(exported->columns.at(AgreementTableModel::Start).type, exchange::ColumnType::Date);
}

TEST_F(ListExportTest, TheExportButtonAsksForAFileAndWritesCsvOrXlsx) {
    ListPage page(new GroupTableModel(*demo.database), {}, undoStack);
    showPage(page);
    QPushButton* button = exportButtonOf(page);
    ASSERT_NE(button, nullptr);
    EXPECT_TRUE(button->isEnabled());
    EXPECT_EQ(button->toolTip(), u"Export the list as shown (CSV or Excel)"_s);
    EXPECT_EQ(page.model()->exportName(), u"activites"_s);

    const QString csvPath = demo.folder.path(u"groupes.csv"_s);
    QString suggested;
    ASSERT_TRUE(exportThroughTheDialog(page, csvPath, &suggested));
    EXPECT_EQ(suggested, exportFileName(u"activites"_s, QDate::currentDate()) + u".csv"_s);
    const Rows rows = readCsv(csvPath);
    ASSERT_EQ(rows.size(), page.model()->totalCount() + 1);
    EXPECT_EQ(rows.first(), shownHeaders(*tableOf(page)->horizontalHeader()));
    EXPECT_EQ(rows.at(1).at(GroupTableModel::Title),
              page.model()->index(0, GroupTableModel::Title).data().toString());
    EXPECT_EQ(rows.at(1).at(GroupTableModel::Participants),
              page.model()->index(0, GroupTableModel::Participants).data().toString());

    const QString xlsxPath = demo.folder.path(u"groupes.xlsx"_s);
    ASSERT_TRUE(exportThroughTheDialog(page, xlsxPath));
    QFile xlsx(xlsxPath);
    ASSERT_TRUE(xlsx.open(QIODevice::ReadOnly));
    const QByteArray bytes = xlsx.readAll();
    EXPECT_TRUE(bytes.startsWith("PK\x03\x04")) << "an XLSX workbook is a zip";
    EXPECT_GT(bytes.size(), 1000);
}

TEST_F(ListExportTest, AnEmptyListCannotBeExported) {
    ListPage page(new OrganisationTableModel(*demo.database), {}, undoStack);
    EXPECT_TRUE(exportButtonOf(page)->isEnabled());
    QTest::keyClicks(page.findChild<QLineEdit*>(u"searchEdit"_s), u"zzzqqq"_s);
    QTest::keyClick(page.findChild<QLineEdit*>(u"searchEdit"_s), Qt::Key_Return);
    ASSERT_EQ(page.model()->totalCount(), 0);
    EXPECT_FALSE(exportButtonOf(page)->isEnabled());
}

// In French, the columns are titled as the French window shows them (« Prénom », accents kept in UTF-8).
TEST_F(ListExportTest, InFrenchTheColumnsHaveTheirFrenchTitles) {
    QTranslator french;
    ASSERT_TRUE(french.load(u"passerelle_fr"_s, u":/i18n"_s));
    const QString firstName = french.translate("passerelle::ui::StudentTableModel", "First name");
    if (firstName.isEmpty())
        GTEST_SKIP() << "not translated yet";
    QCoreApplication::installTranslator(&french);
    ListPage page(new StudentTableModel(*demo.database), {}, undoStack);
    QHeaderView* header = tableOf(page)->horizontalHeader();
    const auto exported = tableOfList(*page.model(), *header);
    QCoreApplication::removeTranslator(&french);
    ASSERT_TRUE(exported.ok()) << exported.error().message.toStdString();
    const QString path = demo.folder.path(u"eleves.csv"_s);
    ASSERT_TRUE(writeTableFile(*exported, path).ok());
    const Rows rows = readCsv(path);
    ASSERT_FALSE(rows.isEmpty());
    EXPECT_EQ(rows.first().at(StudentTableModel::FirstName), firstName);
    EXPECT_NE(firstName, u"First name"_s);
}

TEST_F(ListExportTest, TheSuggestedFileNamesSayTheListAndTheDay) {
    EXPECT_EQ(exportFileName(u"eleves"_s, QDate(2026, 12, 2)), u"eleves-2026-12-02"_s);
    EXPECT_EQ(StudentTableModel(*demo.database).exportName(), u"eleves"_s);
    EXPECT_EQ(OrganisationTableModel(*demo.database).exportName(), u"partenaires"_s);
    EXPECT_EQ(AgreementTableModel(*demo.database).exportName(), u"conventions"_s);
    EXPECT_EQ(MeasureTableModel(*demo.database).exportName(), u"mesures"_s);
    EXPECT_EQ(GroupTableModel(*demo.database).exportName(), u"activites"_s);
}

TEST_F(ListExportTest, TheDeadlinesExportHoldsTheDeadlinesShown) {
    DeadlinesPage page(*demo.database, test::fixedToday(), rules::RuleSettings{});
    page.setHorizonDays(365);
    DeadlineTableModel* model = page.model();
    ASSERT_GT(model->rowCount(), 0) << "the demo's agreements have deadlines within a year";
    EXPECT_TRUE(exportButtonOf(page)->isEnabled());
    QHeaderView* header = tableOf(page)->horizontalHeader();
    header->hideSection(DeadlineTableModel::Details);

    const auto exported = tableOfRows(*model, *header, DeadlineTableModel::ExportRole, u"Deadlines"_s);
    ASSERT_TRUE(exported.ok()) << exported.error().message.toStdString();
    ASSERT_EQ(exported->rows.size(), model->rowCount());
    ASSERT_EQ(exported->columns.size(), DeadlineTableModel::ColumnCount - 1);
    EXPECT_EQ(exported->columns.at(DeadlineTableModel::Date).type, exchange::ColumnType::Date);
    for (int row = 0; row < model->rowCount(); ++row) {
        EXPECT_EQ(std::get<QDate>(exported->rows.at(row).at(DeadlineTableModel::Date)),
                  model->deadlines().at(row).date);
        EXPECT_EQ(std::get<QString>(exported->rows.at(row).at(DeadlineTableModel::What)),
                  model->index(row, DeadlineTableModel::What).data().toString());
    }

    showPage(page);
    const QString path = demo.folder.path(u"echeances.csv"_s);
    ASSERT_TRUE(exportThroughTheDialog(page, path));
    const Rows rows = readCsv(path);
    ASSERT_EQ(rows.size(), model->rowCount() + 1);
    EXPECT_EQ(rows.first(), shownHeaders(*header));
    EXPECT_EQ(rows.at(1).at(0), model->deadlines().at(0).date.toString(u"dd/MM/yyyy"_s));
}

}  // namespace
