#include "passerelle/ui/group_activity_editor.h"

#include "passerelle/storage/repositories.h"
#include "ui_group_activity_editor.h"

namespace passerelle::ui {

using namespace Qt::Literals::StringLiterals;

GroupActivityEditorDialog::GroupActivityEditorDialog(storage::Database& database, const QString& id,
                                                     const QDate& today, QWidget* parent)
    : RecordEditorDialog(parent)
    , m_ui(std::make_unique<Ui::GroupActivityEditorDialog>())
    , m_database(database)
    , m_today(today) {
    m_ui->setupUi(this);
    setUpEditorChrome(m_ui->undoButton, m_ui->redoButton, m_ui->stateLabel, m_ui->buttonBox, m_ui->tabs);
    reload(id);
}

GroupActivityEditorDialog::~GroupActivityEditorDialog() = default;

void GroupActivityEditorDialog::reload(const QString& requestedId) {
    const QString id = requestedId;  // a copy: callers pass m_record.id, which is reset below
    setLoadError({});
    m_record = GroupActivity{};
    if (!id.isEmpty()) {
        Result<GroupActivity> found = storage::GroupRepository(m_database).find(id);
        if (found)
            m_record = std::move(found).value();
        else
            setLoadError(found.error().message);
    }
    refresh();
    resetHistory();
}

void GroupActivityEditorDialog::refresh() {}

Status GroupActivityEditorDialog::writeRecord() {
    Result<GroupActivity> stored = storage::GroupRepository(m_database).save(m_record);
    if (!stored)
        return stored.error();
    m_record = std::move(stored).value();
    return success();
}

QString GroupActivityEditorDialog::titleText() const {
    return m_record.id.isEmpty() ? tr("New group activity")
                                 : tr("Group activity") + u" — "_s + m_record.title;
}

}  // namespace passerelle::ui
