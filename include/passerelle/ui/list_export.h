#pragma once

// A list as it is shown, made into a table for a spreadsheet (issue 13, « Lists out »): the records its
// search, filters and sort select (every page, not only the ones the view loaded), under the columns the view
// shows, in their order and with their titles. The lists' « Export… » buttons write it with saveTableAs.

#include "passerelle/domain/result.h"
#include "passerelle/exchange/table_export.h"

#include <QDate>
#include <QString>

class QAbstractItemModel;
class QHeaderView;

namespace passerelle::ui {

class PagedTableModel;

// Every record of the model's query, in the query's order, read into a fresh model of the same type: the
// model's own rows (and so its view) are left as they are. The columns are the header's sections that are not
// hidden, in visual order, titled as the header shows them; the sheet is titled with model.exportTitle().
Result<exchange::Table> tableOfList(const PagedTableModel& model, const QHeaderView& header);

// The rows `model` holds, under the columns `header` shows. A column whose every cell answers `exportRole`
// with a QDate, a double or a qint64 becomes a Date, Number or Integer column; any other holds the cells'
// DisplayRole text.
Result<exchange::Table> tableOfRows(const QAbstractItemModel& model, const QHeaderView& header,
                                    int exportRole, const QString& title);

// The file name an export suggests, without its extension: « eleves-2026-12-02 ».
QString exportFileName(const QString& name, const QDate& day);

}  // namespace passerelle::ui
