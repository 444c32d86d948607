#include "table_internal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace passerelle::exchange {
namespace {

bool cellFitsColumn(const TableCell& cell, ColumnType type) {
    if (std::holds_alternative<std::monostate>(cell))
        return true;
    switch (type) {
        case ColumnType::Text:
            return std::holds_alternative<QString>(cell);
        case ColumnType::Date:
            return std::holds_alternative<QDate>(cell);
        case ColumnType::Number:
            return std::holds_alternative<double>(cell) && std::isfinite(std::get<double>(cell));
        case ColumnType::Integer:
            return std::holds_alternative<qint64>(cell);
    }
    return false;
}

QString typeName(ColumnType type) {
    switch (type) {
        case ColumnType::Text:
            return QStringLiteral("text");
        case ColumnType::Date:
            return QStringLiteral("date");
        case ColumnType::Number:
            return QStringLiteral("number");
        case ColumnType::Integer:
            return QStringLiteral("integer");
    }
    return {};
}

}  // namespace

Status checkTable(const Table& table) {
    if (table.columns.isEmpty())
        return failure(QStringLiteral("a table needs at least one column"));
    QSet<QString> headers;
    for (const TableColumn& column : table.columns) {
        if (column.header.trimmed().isEmpty())
            return failure(QStringLiteral("a column has no header"));
        if (headers.contains(column.header))
            return failure(QStringLiteral("two columns are headed « %1 »").arg(column.header), column.header);
        headers.insert(column.header);
    }
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QList<TableCell>& row = table.rows.at(r);
        if (row.size() != table.columns.size()) {
            return failure(QStringLiteral("row %1 has %2 cells for %3 columns")
                               .arg(r + 1)
                               .arg(row.size())
                               .arg(table.columns.size()));
        }
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (!cellFitsColumn(row.at(c), table.columns.at(c).type)) {
                return failure(QStringLiteral("row %1: the cell of « %2 » is not a %3")
                                   .arg(r + 1)
                                   .arg(table.columns.at(c).header, typeName(table.columns.at(c).type)),
                               table.columns.at(c).header);
            }
        }
    }
    return success();
}

namespace detail {

QString frenchNumber(double value) {
    // Up to 6 decimals without trailing zeros, never an exponent: 7.5 → "7,5", 2.0 → "2", -0.25 → "-0,25".
    QString text = QString::number(value, 'f', 6);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    if (text == QLatin1String("-0"))
        text = QStringLiteral("0");
    return text.replace(QLatin1Char('.'), QLatin1Char(','));
}

QString frenchDate(const QDate& date) {
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

}  // namespace detail

Result<QByteArray> writeTableJson(const Table& table) {
    if (const Status checked = checkTable(table); !checked)
        return checked.error();
    QJsonArray array;
    for (const QList<TableCell>& row : table.rows) {
        QJsonObject object;
        for (qsizetype c = 0; c < row.size(); ++c) {
            const TableCell& cell = row.at(c);
            QJsonValue value;  // null for an empty cell
            if (const auto* text = std::get_if<QString>(&cell))
                value = *text;
            else if (const auto* date = std::get_if<QDate>(&cell); date && date->isValid())
                value = date->toString(Qt::ISODate);
            else if (const auto* number = std::get_if<double>(&cell))
                value = *number;
            else if (const auto* integer = std::get_if<qint64>(&cell))
                value = *integer;
            object.insert(table.columns.at(c).header, value);
        }
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

}  // namespace passerelle::exchange
