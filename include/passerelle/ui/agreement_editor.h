#pragma once

#include "passerelle/domain/agreement.h"
#include "passerelle/ui/record_editor.h"

#include <QDate>

#include <memory>

namespace Ui {
class AgreementEditorDialog;
}

namespace passerelle::storage {
class Database;
}

namespace passerelle::ui {

// The agreement editor. (First version: the shared editor behaviour only; the form is being filled in.)
class AgreementEditorDialog final : public RecordEditorDialog {
    Q_OBJECT

public:
    // `id` empty: a new record. `today` dates new signatures and the rules' checks.
    AgreementEditorDialog(storage::Database& database, const QString& id, const QDate& today,
                          QWidget* parent = nullptr);
    ~AgreementEditorDialog() override;

    const Agreement& record() const { return m_record; }
    QString recordId() const override { return m_record.id; }

protected:
    void refresh() override;
    Status writeRecord() override;
    void reload(const QString& id) override;
    QString titleText() const override;

private:
    std::unique_ptr<Ui::AgreementEditorDialog> m_ui;
    storage::Database& m_database;
    QDate m_today;
    Agreement m_record;
};

}  // namespace passerelle::ui
