#include "passerelle/ui/list_export.h"

#include "passerelle/ui/paged_table_model.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QHeaderView>

#include <optional>

namespace passerelle::ui {
namespace {

using exchange::ColumnType;
using exchange::TableCell;

// The texts' translation context (the functions are free, not members of a QObject).
class ListExport {
    Q_DECLARE_TR_FUNCTIONS(ListExport)
};

// The logical indexes of the sections the user sees, left to right (a section may have been moved or hidden).
QList<int> shownColumns(const QHeaderView& header, int columnCount) {
    QList<int> columns;
    for (int visual = 0; visual < header.count(); ++visual) {
        const int logical = header.logicalIndex(visual);
        if (logical >= 0 && logical < columnCount && !header.isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

std::optional<ColumnType> typeOf(const QVariant& value) {
    switch (value.typeId()) {
        case QMetaType::QDate:
            return ColumnType::Date;
        case QMetaType::Double:
            return ColumnType::Number;
        case QMetaType::LongLong:
            return ColumnType::Integer;
        default:
            return std::nullopt;
    }
}

// The column's type when every row gives an export value of the same type; Text otherwise (and for an empty
// list, whose type nobody sees).
ColumnType columnType(const QAbstractItemModel& model, int column, int exportRole) {
    std::optional<ColumnType> type;
    for (int row = 0; row < model.rowCount(); ++row) {
        const std::optional<ColumnType> cell = typeOf(model.index(row, column).data(exportRole));
        if (!cell || (type && *type != *cell))
            return ColumnType::Text;
        type = cell;
    }
    return type.value_or(ColumnType::Text);
}

TableCell cellOf(const QModelIndex& index, ColumnType type, int exportRole) {
    switch (type) {
        case ColumnType::Date:
            return index.data(exportRole).toDate();
        case ColumnType::Number:
            return index.data(exportRole).toDouble();
        case ColumnType::Integer:
            return index.data(exportRole).toLongLong();
        case ColumnType::Text:
            break;
    }
    return index.data(Qt::DisplayRole).toString();
}

}  // namespace

Result<exchange::Table> tableOfRows(const QAbstractItemModel& model, const QHeaderView& header,
                                    int exportRole, const QString& title) {
    const QList<int> columns = shownColumns(header, model.columnCount());
    if (columns.isEmpty())
        return Error{ListExport::tr("The list shows no column to export.")};
    // The titles as the view shows them: the header's model is the view's, translated like its rows.
    const QAbstractItemModel* titles = header.model() ? header.model() : &model;
    exchange::Table table;
    table.title = title;
    QList<ColumnType> types;
    for (const int column : columns) {
        types << columnType(model, column, exportRole);
        table.columns.append(
            {titles->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(), types.last()});
    }
    table.rows.reserve(model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row) {
        QList<TableCell> cells;
        cells.reserve(columns.size());
        for (qsizetype i = 0; i < columns.size(); ++i)
            cells << cellOf(model.index(row, columns[i]), types[i], exportRole);
        table.rows << std::move(cells);
    }
    if (const Status checked = exchange::checkTable(table); !checked)
        return checked.error();
    return table;
}

Result<exchange::Table> tableOfList(const PagedTableModel& model, const QHeaderView& header) {
    const std::unique_ptr<PagedTableModel> all = model.emptyCopy();
    if (!all->loadAll(model.query())) {
        return Error{
            ListExport::tr("The list could not be read: %1").arg(all->lastError()), {}, ErrorKind::Io};
    }
    return tableOfRows(*all, header, PagedTableModel::ExportRole, model.exportTitle());
}

QString exportFileName(const QString& name, const QDate& day) {
    return name + u'-' + day.toString(Qt::ISODate);
}

}  // namespace passerelle::ui
