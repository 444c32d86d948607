#include "record_lines.h"

#include <QStringList>

#include <algorithm>

namespace passerelle::cli {
namespace {

using exchange::ColumnType;
using exchange::TableCell;
using exchange::TableColumn;

QString cellText(const TableCell& cell) {
    if (const auto* text = std::get_if<QString>(&cell))
        return *text;
    if (const auto* date = std::get_if<QDate>(&cell))
        return date->isValid() ? date->toString(Qt::ISODate) : QString();
    return {};
}

QString line(const QList<TableCell>& cells) {
    QStringList fields;
    fields.reserve(cells.size());
    for (const TableCell& cell : cells)
        fields << cellText(cell);
    return fields.join(QLatin1Char('\t'));
}

QList<TableColumn> columns(std::initializer_list<const char*> keys,
                           std::initializer_list<const char*> dateKeys = {}) {
    QList<TableColumn> result;
    for (const char* key : keys) {
        const bool isDate = std::any_of(dateKeys.begin(), dateKeys.end(),
                                        [key](const char* dateKey) { return qstrcmp(key, dateKey) == 0; });
        result.append({QString::fromLatin1(key), isDate ? ColumnType::Date : ColumnType::Text});
    }
    return result;
}

}  // namespace

QList<TableColumn> recordColumns(const Organisation*) {
    return columns({"id", "kind", "name", "uai"});
}
QList<TableColumn> recordColumns(const Person*) {
    return columns({"id", "lastName", "firstName", "role", "organisationId"});
}
QList<TableColumn> recordColumns(const Student*) {
    return columns({"id", "lastName", "firstName", "className", "birthDate", "schoolId"}, {"birthDate"});
}
QList<TableColumn> recordColumns(const Agreement*) {
    return columns({"id", "kind", "status", "start", "end", "title"}, {"start", "end"});
}
QList<TableColumn> recordColumns(const Measure*) {
    return columns({"id", "kind", "status", "start", "end", "studentId", "hostId"}, {"start", "end"});
}
QList<TableColumn> recordColumns(const GroupActivity*) {
    return columns({"id", "kind", "audience", "recurrence", "title"});
}

QList<TableCell> recordCells(const Organisation& r) {
    return {r.id, key(r.kind), r.name, r.uai};
}
QList<TableCell> recordCells(const Person& r) {
    return {r.id, r.lastName, r.firstName, r.role, r.organisationId};
}
QList<TableCell> recordCells(const Student& r) {
    return {r.id, r.lastName, r.firstName, r.className, r.birthDate, r.schoolId};
}
QList<TableCell> recordCells(const Agreement& r) {
    return {r.id, key(r.kind), key(r.status), r.start, r.effectiveEnd(), r.title};
}
QList<TableCell> recordCells(const Measure& r) {
    return {r.id, key(r.kind), key(r.status), r.start, r.end, r.studentId, r.hostId};
}
QList<TableCell> recordCells(const GroupActivity& r) {
    return {r.id, key(r.kind), key(r.audience), key(r.recurrence), r.title};
}

QString recordLine(const Organisation& r) {
    return line(recordCells(r));
}
QString recordLine(const Person& r) {
    return line(recordCells(r));
}
QString recordLine(const Student& r) {
    return line(recordCells(r));
}
QString recordLine(const Agreement& r) {
    return line(recordCells(r));
}
QString recordLine(const Measure& r) {
    return line(recordCells(r));
}
QString recordLine(const GroupActivity& r) {
    return line(recordCells(r));
}

}  // namespace passerelle::cli
