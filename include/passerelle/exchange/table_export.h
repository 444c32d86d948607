#pragma once

// A list as a spreadsheet would hold it (issue 13, « Lists out »): typed columns under header labels, written
// as CSV for LibreOffice Calc and Excel in France, as XLSX, or as JSON. Used by `passerelle-cli list
// --format` and by the lists' export buttons.

#include "passerelle/domain/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <variant>

namespace passerelle::exchange {

// What a column holds; every non-empty cell of a column is of its column's type.
enum class ColumnType {
    Text,
    Date,     // a calendar day: dd/mm/yyyy in CSV, a real date cell in XLSX, YYYY-MM-DD in JSON
    Number,   // a decimal, hours included (7.5): a decimal comma in CSV, a number in XLSX and JSON
    Integer,  // a whole number (a count)
};

// An empty cell (std::monostate), or a value of its column's type: QString for Text, QDate for Date (an
// invalid QDate is an empty cell), double for Number, qint64 for Integer.
using TableCell = std::variant<std::monostate, QString, QDate, double, qint64>;

struct TableColumn {
    QString header;  // the label of the header row, and the key of each JSON object
    ColumnType type = ColumnType::Text;
};

struct Table {
    QString title;  // the XLSX sheet's name (cut to Excel's 31 characters, without []:*?/\), "Liste" if empty
    QList<TableColumn> columns;
    QList<QList<TableCell>> rows;  // each row has one cell per column
};

// Checks the table's shape: at least one column, header labels that are not empty and not repeated, rows as
// wide as the header, cells of their column's type, finite numbers. The writers refuse what it refuses.
Status checkTable(const Table& table);

// CSV as French spreadsheets open it without an import dialog: UTF-8 with a BOM, `;` between fields, CRLF at
// the end of every line, dates dd/mm/yyyy, decimal comma (7,5), no thousands separator. A field holding `;`,
// `"`, CR or LF is quoted with its quotes doubled (RFC 4180).
// Formula injection guard: a text cell beginning with = + - @, a tab or a carriage return is written with a
// `'` before it, so that a spreadsheet shows it as text instead of running it as a formula (« -3 », « +33 6…
// » and « @home » come back as « '-3 », « '+33 6… », « '@home »). Only text cells: dates and numbers never
// are.
Result<QByteArray> writeCsv(const Table& table);

// One XLSX workbook (libxlsxwriter) with one sheet: a bold header row that stays in view (frozen pane) and
// carries an autofilter, dates as date cells shown dd/mm/yyyy, numbers as numbers, column widths from their
// content (at most 60 characters). Text cells are written as strings, never as formulas. The file is made in
// a private temporary folder and then written to `path` whole (a temporary file renamed over it), 0600; a
// failure leaves any older file at `path` as it was. The error's message is the reason, its field the path.
Status writeXlsx(const Table& table, const QString& path);

// A JSON array with one object per row, keyed by the column headers: text as strings, dates as YYYY-MM-DD
// strings, numbers as numbers, an empty cell as null. Indented, ending with a newline.
Result<QByteArray> writeTableJson(const Table& table);

}  // namespace passerelle::exchange
