#pragma once

#include "passerelle/domain/dataset.h"
#include "passerelle/domain/result.h"
#include "passerelle/storage/list_query.h"

#include "passerelle/storage/repositories.h"

#include <QAbstractTableModel>

#include <memory>

namespace passerelle::storage {
class Database;
}

namespace passerelle::ui {

// The base of every list model: the records of a storage::ListQuery, loaded page by page as the view scrolls
// (canFetchMore/fetchMore), so that a département-size database opens at once. Subclasses hold the rows and
// say how to read a page, remove and duplicate a record.
class PagedTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // ExportRole: the value of the cell in a spreadsheet (issue 13, « Lists out »), given only where it is
    // not the shown text: a QDate for a date, a double for hours, a qint64 for a count.
    enum Role { IdRole = Qt::UserRole + 1, RawValueRole, ExportRole };
    // The rows read at a time while the user scrolls: about three screens of a list. The first page is what a
    // keystroke in the search field waits for (issue 14), so it is kept small; scrolling reads the next ones.
    static constexpr int pageSize = 100;
    // An export reads the whole query in pages this large: fewer queries than the view's pages, and still a
    // bounded statement.
    static constexpr int exportPageSize = 1000;

    explicit PagedTableModel(storage::Database& database, QObject* parent = nullptr);

    // Replaces the rows with the first page of the new query. Returns false (and keeps no rows) when the
    // database cannot be read; lastError() says why.
    bool setQuery(const storage::ListQuery& query);
    // Reads the current query again (after an edit, a delete, an import).
    bool refresh() { return setQuery(m_query); }
    const storage::ListQuery& query() const { return m_query; }
    int totalCount() const { return m_total; }
    QString lastError() const { return m_lastError; }
    storage::Database& database() const { return m_database; }

    // "12 students": what the list page shows beside the search box.
    virtual QString countText(int total) const = 0;
    virtual QString idAt(int row) const = 0;
    // The record of that id as a one-record dataset: what an undone deletion imports back.
    virtual Result<Dataset> snapshot(const QString& id) const = 0;
    virtual Status removeRecord(const QString& id) = 0;
    // Saves a copy under a new id and returns that id.
    virtual Result<QString> duplicateRecord(const QString& id) = 0;
    // The storage sort key (storage::ListQuery::sortBy) of a column; empty: the column does not sort.
    virtual QString sortKey(int column) const = 0;
    // What Delete asks before deleting the record of that row, naming it so that the user sees what goes
    // (« Supprimer la mesure de Léa Martin du 03/02/2026 au 14/02/2026 ? »): a deleted record is no longer in
    // any list to check against.
    virtual QString deleteQuestion(int row) const = 0;

    // An empty model of the same type over the same database: an export reads the whole query into it,
    // leaving this model's rows, and so the view's scroll position and selection, as they are.
    virtual std::unique_ptr<PagedTableModel> emptyCopy() const = 0;
    // The list's name in an export: the file name's start (« eleves ») and the sheet's title (« Élèves »).
    virtual QString exportName() const = 0;
    virtual QString exportTitle() const = 0;
    // Replaces the rows with every record of the query, read exportPageSize at a time. Returns false when the
    // database cannot be read; lastError() says why.
    bool loadAll(const storage::ListQuery& query);

    // Orders the rows by that column, in the database (every page follows the order), and reloads from the
    // first page. A column without a sort key, or -1, goes back to the default order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int rowCount(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void totalCountChanged(int total);

protected:
    // Reads one page into a pending buffer and returns the total of matching records; the base then announces
    // the rows and moves them in with takePending, so views never see rows before they are announced.
    virtual Result<int> readPage(const storage::ListQuery& query) = 0;
    virtual int pendingRows() const = 0;
    virtual void takePending(bool append) = 0;
    virtual int loadedRows() const = 0;

private:
    // Appends the next `limit` records of the query; false when the database cannot be read.
    bool fetchPage(int limit);

    storage::Database& m_database;
    storage::ListQuery m_query;
    int m_total = 0;
    QString m_lastError;
    bool m_resetting = false;  // a reset or an insertion is being announced
};

// The rows of one record type over Repository<T>, with its delete, duplicate and snapshot. Concrete models
// (final, with their Column enum and Q_OBJECT for tr()) derive from it and only say how a record looks.
template <typename T>
class RecordTableModel : public PagedTableModel {
public:
    using PagedTableModel::PagedTableModel;

    const T* recordAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    QString idAt(int row) const override {
        const T* record = recordAt(row);
        return record ? record->id : QString();
    }
    Result<Dataset> snapshot(const QString& id) const override;
    Status removeRecord(const QString& id) override;
    Result<QString> duplicateRecord(const QString& id) override;

protected:
    Result<int> readPage(const storage::ListQuery& query) override;
    int pendingRows() const override { return static_cast<int>(m_pending.size()); }
    void takePending(bool append) override {
        if (append) {
            m_rows += m_pending;
        } else {
            m_rows = m_pending;
        }
        m_pending.clear();
    }
    int loadedRows() const override { return static_cast<int>(m_rows.size()); }

private:
    QList<T> m_rows;
    QList<T> m_pending;
};

}  // namespace passerelle::ui

#include "passerelle/ui/record_operations.h"

namespace passerelle::ui {

template <typename T>
Result<int> RecordTableModel<T>::readPage(const storage::ListQuery& query) {
    auto page = storage::Repository<T>(database()).list(query);
    if (!page)
        return page.error();
    m_pending = page->items;
    return page->total;
}

template <typename T>
Result<Dataset> RecordTableModel<T>::snapshot(const QString& id) const {
    return detail::snapshotOf<T>(database(), id);
}

template <typename T>
Status RecordTableModel<T>::removeRecord(const QString& id) {
    return detail::removeOf<T>(database(), id);
}

template <typename T>
Result<QString> RecordTableModel<T>::duplicateRecord(const QString& id) {
    return detail::duplicateOf<T>(database(), id);
}

}  // namespace passerelle::ui
