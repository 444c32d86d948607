#include "passerelle/ui/agreement_editor.h"

#include "passerelle/storage/repositories.h"
#include "ui_agreement_editor.h"

namespace passerelle::ui {

using namespace Qt::Literals::StringLiterals;

AgreementEditorDialog::AgreementEditorDialog(storage::Database& database, const QString& id,
                                             const QDate& today, QWidget* parent)
    : RecordEditorDialog(parent)
    , m_ui(std::make_unique<Ui::AgreementEditorDialog>())
    , m_database(database)
    , m_today(today) {
    m_ui->setupUi(this);
    setUpEditorChrome(m_ui->undoButton, m_ui->redoButton, m_ui->stateLabel, m_ui->buttonBox, m_ui->tabs);
    reload(id);
}

AgreementEditorDialog::~AgreementEditorDialog() = default;

void AgreementEditorDialog::reload(const QString& requestedId) {
    const QString id = requestedId;  // a copy: callers pass m_record.id, which is reset below
    setLoadError({});
    m_record = Agreement{};
    if (!id.isEmpty()) {
        Result<Agreement> found = storage::AgreementRepository(m_database).find(id);
        if (found)
            m_record = std::move(found).value();
        else
            setLoadError(found.error().message);
    }
    refresh();
    resetHistory();
}

void AgreementEditorDialog::refresh() {}

Status AgreementEditorDialog::writeRecord() {
    Result<Agreement> stored = storage::AgreementRepository(m_database).save(m_record);
    if (!stored)
        return stored.error();
    m_record = std::move(stored).value();
    return success();
}

QString AgreementEditorDialog::titleText() const {
    return m_record.id.isEmpty() ? tr("New agreement") : tr("Agreement") + u" — "_s + m_record.title;
}

}  // namespace passerelle::ui
