#pragma once

#include "passerelle/domain/group_activity.h"
#include "passerelle/ui/record_editor.h"

#include <QDate>

#include <memory>

namespace Ui {
class GroupActivityEditorDialog;
}

namespace passerelle::storage {
class Database;
}

namespace passerelle::ui {

// The group activity editor. (First version: the shared editor behaviour only; the form is being filled in.)
class GroupActivityEditorDialog final : public RecordEditorDialog {
    Q_OBJECT

public:
    // `id` empty: a new record. `today` dates new signatures and the rules' checks.
    GroupActivityEditorDialog(storage::Database& database, const QString& id, const QDate& today,
                              QWidget* parent = nullptr);
    ~GroupActivityEditorDialog() override;

    const GroupActivity& record() const { return m_record; }
    QString recordId() const override { return m_record.id; }

protected:
    void refresh() override;
    Status writeRecord() override;
    void reload(const QString& id) override;
    QString titleText() const override;

private:
    std::unique_ptr<Ui::GroupActivityEditorDialog> m_ui;
    storage::Database& m_database;
    QDate m_today;
    GroupActivity m_record;
};

}  // namespace passerelle::ui
