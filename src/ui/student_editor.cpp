#include "passerelle/ui/student_editor.h"

#include "passerelle/storage/repositories.h"
#include "ui_student_editor.h"

namespace passerelle::ui {

using namespace Qt::Literals::StringLiterals;

StudentEditorDialog::StudentEditorDialog(storage::Database& database, const QString& id, const QDate& today,
                                         QWidget* parent)
    : RecordEditorDialog(parent)
    , m_ui(std::make_unique<Ui::StudentEditorDialog>())
    , m_database(database)
    , m_today(today) {
    m_ui->setupUi(this);
    setUpEditorChrome(m_ui->undoButton, m_ui->redoButton, m_ui->stateLabel, m_ui->buttonBox, m_ui->tabs);
    reload(id);
}

StudentEditorDialog::~StudentEditorDialog() = default;

void StudentEditorDialog::reload(const QString& requestedId) {
    const QString id = requestedId;  // a copy: callers pass m_record.id, which is reset below
    setLoadError({});
    m_record = Student{};
    if (!id.isEmpty()) {
        Result<Student> found = storage::StudentRepository(m_database).find(id);
        if (found)
            m_record = std::move(found).value();
        else
            setLoadError(found.error().message);
    }
    refresh();
    resetHistory();
}

void StudentEditorDialog::refresh() {}

Status StudentEditorDialog::writeRecord() {
    Result<Student> stored = storage::StudentRepository(m_database).save(m_record);
    if (!stored)
        return stored.error();
    m_record = std::move(stored).value();
    return success();
}

QString StudentEditorDialog::titleText() const {
    return m_record.id.isEmpty() ? tr("New student") : tr("Student") + u" — "_s + m_record.fullName();
}

}  // namespace passerelle::ui
