#include "passerelle/ui/organisation_editor.h"

#include "passerelle/storage/repositories.h"
#include "ui_organisation_editor.h"

namespace passerelle::ui {

using namespace Qt::Literals::StringLiterals;

OrganisationEditorDialog::OrganisationEditorDialog(storage::Database& database, const QString& id,
                                                   const QDate& today, QWidget* parent)
    : RecordEditorDialog(parent)
    , m_ui(std::make_unique<Ui::OrganisationEditorDialog>())
    , m_database(database)
    , m_today(today) {
    m_ui->setupUi(this);
    setUpEditorChrome(m_ui->undoButton, m_ui->redoButton, m_ui->stateLabel, m_ui->buttonBox, m_ui->tabs);
    reload(id);
}

OrganisationEditorDialog::~OrganisationEditorDialog() = default;

void OrganisationEditorDialog::reload(const QString& requestedId) {
    const QString id = requestedId;  // a copy: callers pass m_record.id, which is reset below
    setLoadError({});
    m_record = Organisation{};
    if (!id.isEmpty()) {
        Result<Organisation> found = storage::OrganisationRepository(m_database).find(id);
        if (found)
            m_record = std::move(found).value();
        else
            setLoadError(found.error().message);
    }
    refresh();
    resetHistory();
}

void OrganisationEditorDialog::refresh() {}

Status OrganisationEditorDialog::writeRecord() {
    Result<Organisation> stored = storage::OrganisationRepository(m_database).save(m_record);
    if (!stored)
        return stored.error();
    m_record = std::move(stored).value();
    return success();
}

QString OrganisationEditorDialog::titleText() const {
    return m_record.id.isEmpty() ? tr("New partner") : tr("Partner") + u" — "_s + m_record.name;
}

}  // namespace passerelle::ui
