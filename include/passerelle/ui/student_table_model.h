#pragma once

#include "passerelle/domain/student.h"
#include "passerelle/storage/list_query.h"

#include <QAbstractTableModel>
#include <QHash>

namespace passerelle::storage {
class Database;
}

namespace passerelle::ui {

// The students of a query, loaded page by page as the view scrolls (canFetchMore/fetchMore), so that a
// département-size database opens at once.
class StudentTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { LastName, FirstName, ClassName, BirthDate, School, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, RawValueRole };

    explicit StudentTableModel(storage::Database& database, QObject* parent = nullptr);

    // Replaces the rows with the first page of the new query. Returns false (and keeps no rows) when the
    // database cannot be read; lastError() says why.
    bool setQuery(const storage::ListQuery& query);
    const storage::ListQuery& query() const { return m_query; }
    int totalCount() const { return m_total; }
    QString lastError() const { return m_lastError; }
    const Student* studentAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void totalCountChanged(int total);

private:
    void loadSchoolNames();

    storage::Database& m_database;
    storage::ListQuery m_query;
    QList<Student> m_rows;
    int m_total = 0;
    QString m_lastError;
    QHash<QString, QString> m_schoolNames;
};

}  // namespace passerelle::ui
