// Lists out (issue 13): the CSV parsed back as RFC 4180, the XLSX unzipped and its sheet read, the JSON.
#include "passerelle/exchange/table_export.h"
#include "fixtures.h"
#include "table_readers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <limits>

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::exchange;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Three students as a list shows them: a text with everything CSV must quote, a formula, hours, a count.
Table sampleTable() {
    Table table;
    table.title = u"Élèves: 3e [A]"_s;
    table.columns = {{u"Nom"_s, ColumnType::Text},
                     {u"Né le"_s, ColumnType::Date},
                     {u"Heures"_s, ColumnType::Number},
                     {u"Séances"_s, ColumnType::Integer}};
    table.rows = {
        {u"Lefèvre; « Zoé » \"la grande\"\nligne 2"_s, QDate(2011, 3, 9), 7.5, qint64(12)},
        {u"=HYPERLINK(\"http://x\")"_s, QDate(2026, 11, 24), 2.0, qint64(0)},
        {u"-3"_s, std::monostate{}, -0.25, std::monostate{}},
    };
    return table;
}

}  // namespace

TEST(TableCsv, ParsesBackWithBomSemicolonsQuotesFrenchDatesAndDecimalCommas) {
    const auto csv = writeCsv(sampleTable());
    ASSERT_TRUE(csv) << csv.error().message.toStdString();
    EXPECT_TRUE(
        csv->startsWith("\xEF\xBB\xBF"
                        "Nom;Né le;Heures;Séances\r\n"));
    const auto parsed = parseCsv(*csv);
    ASSERT_TRUE(parsed);
    EXPECT_TRUE(parsed->bom);
    EXPECT_TRUE(parsed->crlf);
    ASSERT_EQ(parsed->rows.size(), 4);
    EXPECT_EQ(parsed->rows.at(0), (QStringList{u"Nom"_s, u"Né le"_s, u"Heures"_s, u"Séances"_s}));
    EXPECT_EQ(parsed->rows.at(1), (QStringList{u"Lefèvre; « Zoé » \"la grande\"\nligne 2"_s, u"09/03/2011"_s,
                                               u"7,5"_s, u"12"_s}));
    EXPECT_EQ(parsed->rows.at(2),
              (QStringList{u"'=HYPERLINK(\"http://x\")"_s, u"24/11/2026"_s, u"2"_s, u"0"_s}));
    EXPECT_EQ(parsed->rows.at(3), (QStringList{u"'-3"_s, QString(), u"-0,25"_s, QString()}));
}

TEST(TableCsv, EveryFormulaStartIsPrefixedAndOnlyText) {
    Table table;
    table.columns = {{u"Texte"_s, ColumnType::Text}, {u"Nombre"_s, ColumnType::Number}};
    for (const QString& start : {u"="_s, u"+"_s, u"-"_s, u"@"_s, u"\t"_s, u"\r"_s})
        table.rows.append({start + u"1+1"_s, -1.5});
    table.rows.append({u"a=1"_s, 3.0});
    const auto parsed = parseCsv(*writeCsv(table));
    ASSERT_TRUE(parsed);
    ASSERT_EQ(parsed->rows.size(), 8);
    for (int r = 1; r <= 6; ++r) {
        EXPECT_TRUE(parsed->rows.at(r).at(0).startsWith(u'\'')) << r;
        EXPECT_EQ(parsed->rows.at(r).at(1), u"-1,5"_s);  // a negative number stays a number
    }
    EXPECT_EQ(parsed->rows.at(7).at(0), u"a=1"_s);
}

TEST(TableCsv, ABadTableIsAnErrorNotACrash) {
    Table noColumns;
    EXPECT_FALSE(writeCsv(noColumns));
    Table wrongWidth;
    wrongWidth.columns = {{u"A"_s, ColumnType::Text}};
    wrongWidth.rows = {{u"x"_s, u"y"_s}};
    EXPECT_FALSE(writeCsv(wrongWidth));
    Table wrongType;
    wrongType.columns = {{u"Date"_s, ColumnType::Date}};
    wrongType.rows = {{u"24/11/2026"_s}};
    EXPECT_FALSE(writeCsv(wrongType));
    Table notFinite;
    notFinite.columns = {{u"N"_s, ColumnType::Number}};
    notFinite.rows = {{std::numeric_limits<double>::quiet_NaN()}};
    EXPECT_FALSE(writeCsv(notFinite));
    Table sameHeader;
    sameHeader.columns = {{u"A"_s, ColumnType::Text}, {u"A"_s, ColumnType::Text}};
    EXPECT_FALSE(writeCsv(sameHeader));
    TempFolder folder;
    EXPECT_FALSE(writeXlsx(wrongType, folder.path(u"x.xlsx"_s)));
    EXPECT_FALSE(QFile::exists(folder.path(u"x.xlsx"_s)));
    EXPECT_FALSE(writeTableJson(wrongWidth));
}

TEST(TableXlsx, ReadsBackWithHeaderDatesNumbersFrozenPaneAndFilter) {
    TempFolder folder;
    const QString path = folder.path(u"liste.xlsx"_s);
    const Status written = writeXlsx(sampleTable(), path);
    ASSERT_TRUE(written) << written.error().message.toStdString();
    EXPECT_EQ(fileMode(path), 0600);

    const auto sheet = zipEntry(path, "xl/worksheets/sheet1.xml");
    const auto strings = zipEntry(path, "xl/sharedStrings.xml");
    const auto styles = zipEntry(path, "xl/styles.xml");
    const auto workbook = zipEntry(path, "xl/workbook.xml");
    ASSERT_TRUE(sheet && strings && styles && workbook);
    const QString xml = QString::fromUtf8(*sheet);

    // The header row: shared strings, in bold.
    for (const char* header : {"Nom", "Né le", "Heures", "Séances"})
        EXPECT_TRUE(strings->contains(QByteArray(QByteArray(">") + header + "<"))) << header;
    EXPECT_TRUE(styles->contains("<b/>"));
    // A date is a number (days since 30/12/1899) with a dd/mm/yyyy style.
    const qint64 serial = QDate(1899, 12, 30).daysTo(QDate(2026, 11, 24));
    const QRegularExpression dateCell(u"<c r=\"B3\" s=\"(\\d+)\"><v>%1</v></c>"_s.arg(serial));
    const auto dateMatch = dateCell.match(xml);
    ASSERT_TRUE(dateMatch.hasMatch()) << xml.toStdString();
    EXPECT_NE(dateMatch.captured(1), u"0"_s);
    EXPECT_TRUE(styles->contains("formatCode=\"dd/mm/yyyy\""));
    // Hours and counts are numbers, not strings.
    EXPECT_TRUE(xml.contains(u"<c r=\"C2\"><v>7.5</v></c>"_s)) << xml.toStdString();
    EXPECT_TRUE(xml.contains(u"<c r=\"D2\"><v>12</v></c>"_s));
    // A formula-looking text is a string, never a formula.
    EXPECT_FALSE(xml.contains(u"<f>"_s));
    EXPECT_TRUE(strings->contains("=HYPERLINK"));
    // Frozen header, filter over the table, widths set.
    EXPECT_TRUE(
        QRegularExpression(u"<pane [^>]*ySplit=\"1\"[^>]*state=\"frozen\"/>"_s).match(xml).hasMatch());
    EXPECT_TRUE(xml.contains(u"<autoFilter ref=\"A1:D4\"/>"_s));
    EXPECT_TRUE(xml.contains(u"<cols>"_s));
    // The sheet's name without the characters Excel refuses.
    EXPECT_TRUE(workbook->contains("name=\"Élèves 3e A\"")) << workbook->toStdString();
}

TEST(TableXlsx, ReplacesAnOlderFileAndReportsAFolderThatDoesNotExist) {
    TempFolder folder;
    const QString path = folder.path(u"liste.xlsx"_s);
    ASSERT_TRUE(writeXlsx(sampleTable(), path));
    Table small;
    small.columns = {{u"Seul"_s, ColumnType::Text}};
    ASSERT_TRUE(writeXlsx(small, path));
    const auto strings = zipEntry(path, "xl/sharedStrings.xml");
    ASSERT_TRUE(strings);
    EXPECT_TRUE(strings->contains(">Seul<"));
    EXPECT_FALSE(strings->contains(">Nom<"));

    const QString nowhere = folder.path(u"no/such/folder/liste.xlsx"_s);
    const Status failed = writeXlsx(small, nowhere);
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error().kind, ErrorKind::Io);
    EXPECT_EQ(failed.error().field, nowhere);
}

TEST(TableJson, AnArrayOfObjectsKeyedByHeader) {
    const auto json = writeTableJson(sampleTable());
    ASSERT_TRUE(json);
    const QJsonArray rows = QJsonDocument::fromJson(*json).array();
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.at(0).toObject().value(u"Né le"_s).toString(), u"2011-03-09"_s);
    EXPECT_EQ(rows.at(0).toObject().value(u"Heures"_s).toDouble(), 7.5);
    EXPECT_EQ(rows.at(0).toObject().value(u"Séances"_s).toInteger(), 12);
    EXPECT_TRUE(rows.at(2).toObject().value(u"Né le"_s).isNull());
    EXPECT_EQ(rows.at(1).toObject().value(u"Nom"_s).toString(), u"=HYPERLINK(\"http://x\")"_s);
}

TEST(TableXlsx, ATextTooLongForACellIsRefusedAndNothingIsWritten) {
    TempFolder folder;
    const QString path = folder.path(u"long.xlsx"_s);
    Table table;
    table.columns = {{u"Observations"_s, ColumnType::Text}};
    table.rows = {{QString(40000, u'x')}};
    const Status written = writeXlsx(table, path);
    ASSERT_FALSE(written);
    EXPECT_TRUE(written.error().message.contains(u"too long"_s)) << written.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(path));
    // The CSV has no such limit.
    EXPECT_TRUE(writeCsv(table));
}
