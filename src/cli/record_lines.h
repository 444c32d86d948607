#pragma once

#include "passerelle/domain/dataset.h"
#include "passerelle/exchange/table_export.h"

#include <QString>

namespace passerelle::cli {

// One tab-separated line per record for `list`: the id first, so scripts can cut it.
QString recordLine(const Organisation& record);
QString recordLine(const Person& record);
QString recordLine(const Student& record);
QString recordLine(const Agreement& record);
QString recordLine(const Measure& record);
QString recordLine(const GroupActivity& record);

// The same fields as typed cells for `list --format csv|xlsx|json` (dates as dates), under their columns: the
// keys of the exchange format ("lastName", "birthDate"). recordLine is these cells joined, dates as
// YYYY-MM-DD.
QList<exchange::TableColumn> recordColumns(const Organisation*);
QList<exchange::TableColumn> recordColumns(const Person*);
QList<exchange::TableColumn> recordColumns(const Student*);
QList<exchange::TableColumn> recordColumns(const Agreement*);
QList<exchange::TableColumn> recordColumns(const Measure*);
QList<exchange::TableColumn> recordColumns(const GroupActivity*);
QList<exchange::TableCell> recordCells(const Organisation& record);
QList<exchange::TableCell> recordCells(const Person& record);
QList<exchange::TableCell> recordCells(const Student& record);
QList<exchange::TableCell> recordCells(const Agreement& record);
QList<exchange::TableCell> recordCells(const Measure& record);
QList<exchange::TableCell> recordCells(const GroupActivity& record);

}  // namespace passerelle::cli
