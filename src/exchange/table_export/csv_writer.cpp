#include "table_internal.h"

namespace passerelle::exchange {
namespace {

// A text a spreadsheet would read as a formula (or as the start of one) gets a `'` in front: see the header.
QString guardFormula(const QString& text) {
    if (text.isEmpty())
        return text;
    switch (text.front().unicode()) {
        case '=':
        case '+':
        case '-':
        case '@':
        case '\t':
        case '\r':
            return QLatin1Char('\'') + text;
        default:
            return text;
    }
}

QString quoted(const QString& field) {
    const bool needsQuotes = field.contains(QLatin1Char(';')) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString cellText(const TableCell& cell) {
    if (const auto* text = std::get_if<QString>(&cell))
        return guardFormula(*text);
    if (const auto* date = std::get_if<QDate>(&cell))
        return detail::frenchDate(*date);
    if (const auto* number = std::get_if<double>(&cell))
        return detail::frenchNumber(*number);
    if (const auto* integer = std::get_if<qint64>(&cell))
        return QString::number(*integer);
    return {};
}

void appendLine(QString& out, const QStringList& fields) {
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(';');
        out += quoted(fields.at(i));
    }
    out += QLatin1String("\r\n");
}

}  // namespace

Result<QByteArray> writeCsv(const Table& table) {
    if (const Status checked = checkTable(table); !checked)
        return checked.error();
    QString out;
    QStringList headers;
    for (const TableColumn& column : table.columns)
        headers << guardFormula(column.header);
    appendLine(out, headers);
    for (const QList<TableCell>& row : table.rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const TableCell& cell : row)
            fields << cellText(cell);
        appendLine(out, fields);
    }
    QByteArray bytes("\xEF\xBB\xBF");  // the BOM: Excel reads the file as UTF-8 only with it
    bytes += out.toUtf8();
    return bytes;
}

}  // namespace passerelle::exchange
