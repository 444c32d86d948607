#include "passerelle/ui/paged_table_model.h"

#include <spdlog/spdlog.h>

namespace passerelle::ui {

PagedTableModel::PagedTableModel(storage::Database& database, QObject* parent)
    : QAbstractTableModel(parent), m_database(database) {}

bool PagedTableModel::setQuery(const storage::ListQuery& query) {
    m_query = query;
    m_query.offset = 0;
    m_query.limit = pageSize;
    const auto total = readPage(m_query);
    m_resetting = true;
    beginResetModel();
    if (total) {
        takePending(false);
        m_total = *total;
        m_lastError.clear();
    } else {
        takePending(false);  // nothing pending: the rows become empty
        m_total = 0;
        m_lastError = total.error().message;
        spdlog::warn("list failed: {}", m_lastError.toStdString());
    }
    endResetModel();
    m_resetting = false;
    Q_EMIT totalCountChanged(m_total);
    return total.ok();
}

void PagedTableModel::sort(int column, Qt::SortOrder order) {
    storage::ListQuery query = m_query;
    query.sortBy = sortKey(column);
    query.descending = !query.sortBy.isEmpty() && order == Qt::DescendingOrder;
    if (query.sortBy == m_query.sortBy && query.descending == m_query.descending)
        return;
    setQuery(query);
}

int PagedTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : loadedRows();
}

bool PagedTableModel::canFetchMore(const QModelIndex& parent) const {
    // Not while a reset or an insertion is still being announced: a slot of those signals
    // (QAbstractItemModelTester's, a view's) may ask for more before every other slot has seen the change.
    return !m_resetting && !parent.isValid() && loadedRows() < m_total;
}

void PagedTableModel::fetchMore(const QModelIndex& parent) {
    if (canFetchMore(parent))
        fetchPage(pageSize);
}

bool PagedTableModel::loadAll(const storage::ListQuery& query) {
    if (!setQuery(query))
        return false;
    while (canFetchMore({})) {
        if (!fetchPage(exportPageSize))
            return false;
    }
    return true;
}

bool PagedTableModel::fetchPage(int limit) {
    storage::ListQuery next = m_query;
    next.offset = loadedRows();
    next.limit = limit;
    const auto total = readPage(next);
    if (!total || pendingRows() == 0) {
        if (!total)
            m_lastError = total.error().message;
        // Stop asking: the view would call fetchMore again and again.
        m_total = loadedRows();
        Q_EMIT totalCountChanged(m_total);
        return total.ok();
    }
    const int first = loadedRows();
    m_resetting = true;  // the same guard: no nested fetch while these rows are being announced
    beginInsertRows({}, first, first + pendingRows() - 1);
    takePending(true);
    endInsertRows();
    m_resetting = false;
    if (*total != m_total) {
        m_total = *total;
        Q_EMIT totalCountChanged(m_total);
    }
    return true;
}

}  // namespace passerelle::ui
