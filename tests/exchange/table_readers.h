#pragma once

// Reading back what the table writers make, as a spreadsheet would: a small RFC 4180 CSV parser and the
// entries of an XLSX file (a zip of XML, read with libzip). Shared by exchange_tests and cli_tests.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace passerelle::test {

struct ParsedCsv {
    bool bom = false;  // began with the UTF-8 byte order mark
    bool crlf = true;  // every record ended with CRLF (none with a bare LF or CR)
    QList<QStringList> rows;
};

// Parses `;`-separated CSV (RFC 4180 quoting: "…", "" for a quote, separators and line breaks inside quotes).
// Nothing when a quoted field is never closed or a quote stands in the middle of an unquoted field.
std::optional<ParsedCsv> parseCsv(const QByteArray& bytes);

// One entry of a zip file ("xl/worksheets/sheet1.xml"), or nothing when the file or the entry is missing.
std::optional<QByteArray> zipEntry(const QString& zipPath, const char* entryName);

}  // namespace passerelle::test
