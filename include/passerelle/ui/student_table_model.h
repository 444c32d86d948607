#pragma once

#include "passerelle/domain/student.h"
#include "passerelle/ui/paged_table_model.h"

#include <QHash>

namespace passerelle::ui {

// The "Élèves" list.
class StudentTableModel final : public RecordTableModel<Student> {
    Q_OBJECT

public:
    enum Column { LastName, FirstName, ClassName, BirthDate, School, ColumnCount };

    explicit StudentTableModel(storage::Database& database, QObject* parent = nullptr);

    const Student* studentAt(int row) const { return recordAt(row); }
    QString countText(int total) const override;
    QString sortKey(int column) const override;
    QString deleteQuestion(int row) const override;
    std::unique_ptr<PagedTableModel> emptyCopy() const override;
    QString exportName() const override;
    QString exportTitle() const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void loadSchoolNames();

    QHash<QString, QString> m_schoolNames;
};

}  // namespace passerelle::ui
