#pragma once

#include "passerelle/domain/organisation.h"
#include "passerelle/domain/student.h"
#include "passerelle/ui/record_editor.h"

#include <QDate>

#include <memory>
#include <optional>

namespace Ui {
class StudentEditorDialog;
}

namespace passerelle::storage {
class Database;
}

namespace passerelle::ui {

namespace editor {
class ChildTable;
}

// The student editor: identity, class and school, the legal representatives and the family's consents.
// (The rules about students, such as a minor's measure needing a legal representative, are checked on the
// measures, in the measure editor's rules panel.)
class StudentEditorDialog final : public RecordEditorDialog {
    Q_OBJECT

public:
    // `id` empty: a new student. `today` gives the age shown next to the birth date.
    StudentEditorDialog(storage::Database& database, const QString& id, const QDate& today,
                        QWidget* parent = nullptr);
    ~StudentEditorDialog() override;

    const Student& record() const { return m_record; }
    QString recordId() const override { return m_record.id; }

protected:
    void refresh() override;
    Status writeRecord() override;
    void reload(const QString& id) override;
    QString titleText() const override;
    QHash<QString, QWidget*> fieldWidgets() const override;

private:
    void setUpWidgets();
    void connectEdits();
    // One undoable edit of the student; `change` alters a copy.
    void change(const QString& key, const std::function<void(Student&)>& change);
    void addRepresentative();
    void removeRepresentative();

    std::unique_ptr<Ui::StudentEditorDialog> m_ui;
    std::unique_ptr<editor::ChildTable> m_representatives;
    storage::Database& m_database;
    QDate m_today;
    Student m_record;
    int m_rowChanges = 0;  // numbers the row additions and removals, each one undo step
};

}  // namespace passerelle::ui
