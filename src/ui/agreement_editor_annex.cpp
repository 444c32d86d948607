// The agreement editor's issue-12 parts: the annex of local resources (a table of its own tab) and the
// selected party's wording under the parties table (how the text names it, the authority its representative
// signs under, the mention above the signature). Split from agreement_editor.cpp, which builds and fills the
// rest of the form.
#include "passerelle/ui/agreement_editor.h"
#include "passerelle/ui/contact_fields.h"

#include "child_table.h"
#include "editor_widgets.h"
#include "ui_agreement_editor.h"

#include <QTableWidget>

namespace passerelle::ui {
namespace {

using namespace Qt::Literals::StringLiterals;
using namespace editor;

// The columns of the resources table, and the field each one edits.
struct ResourceColumn {
    QString field;  // the exchange key, also the undo key's last part
    QString Resource::*member;
};

const QList<ResourceColumn>& resourceColumns() {
    static const QList<ResourceColumn> columns{
        {u"name"_s, &Resource::name},         {u"kind"_s, &Resource::kind},
        {u"audience"_s, &Resource::audience}, {u"contact"_s, &Resource::contact},
        {u"phone"_s, &Resource::phone},       {u"email"_s, &Resource::email},
    };
    return columns;
}

}  // namespace

void AgreementEditorDialog::setUpResources() {
    using Kind = ChildTable::Kind;
    const QList<ChildTable::Column> columns{
        {.header = tr("Name"),
         .kind = Kind::Text,
         .width = 200,
         .toolTip = tr("The service's name, as « Maison des adolescents ».")},
        {.header = tr("Kind"),
         .kind = Kind::Text,
         .width = 160,
         .toolTip = tr("What the service helps with, as « Santé » or « Aide à la parentalité ».")},
        {.header = tr("For whom"),
         .kind = Kind::Text,
         .width = 200,
         .toolTip = tr("Who the service is for, as « Jeunes de 11 à 21 ans et leurs familles ».")},
        {.header = tr("Contact"),
         .kind = Kind::Text,
         .width = 150,
         .toolTip = tr("A person or a desk to ask for.")},
        {.header = tr("Phone"), .kind = Kind::Text, .width = 120, .checkTyping = refuseNonPhoneTyping},
        {.header = tr("Email"), .kind = Kind::Text, .checkTyping = refuseNonEmailTyping},
    };
    ChildTable::Source source;
    source.keys = [this] {
        QStringList keys;
        for (qsizetype row = 0; row < m_record.resources.size(); ++row)
            keys << QString::number(row);
        return keys;
    };
    source.value = [this](int row, int column) {
        return QVariant(m_record.resources.at(row).*resourceColumns().at(column).member);
    };
    source.edited = [this](int row, int column, const QVariant& value) {
        const ResourceColumn& field = resourceColumns().at(column);
        const QString text = value.toString();
        change(u"resources.%1.%2"_s.arg(row).arg(field.field), [&](Agreement& agreement) {
            if (row < agreement.resources.size())
                agreement.resources[row].*field.member = text;
        });
    };
    m_resources = std::make_unique<ChildTable>(m_ui->resourcesTable, columns, std::move(source));
}

void AgreementEditorDialog::connectPartyWording() {
    Ui::AgreementEditorDialog& ui = *m_ui;
    // The dialog's undo stack owns Ctrl+Z: the text edit's own undo would bypass it.
    ui.partyDelegationEdit->setUndoRedoEnabled(false);
    const auto setPartyText = [this](const QString& part, QString Party::*member, const QString& text) {
        const int row = m_ui->partiesTable->currentRow();
        change(u"parties.%1.%2"_s.arg(row).arg(part), [&](Agreement& agreement) {
            if (row >= 0 && row < agreement.parties.size())
                agreement.parties[row].*member = text;
        });
    };
    connect(ui.partyDesignationEdit, &QLineEdit::textChanged, this, [setPartyText](const QString& text) {
        setPartyText(u"designation"_s, &Party::designation, text);
    });
    connect(ui.partyDelegationEdit, &QPlainTextEdit::textChanged, this, [this, setPartyText] {
        setPartyText(u"delegation"_s, &Party::delegation, m_ui->partyDelegationEdit->toPlainText());
    });
    connect(ui.partySignatureMentionEdit, &QLineEdit::textChanged, this, [setPartyText](const QString& text) {
        setPartyText(u"signatureMention"_s, &Party::signatureMention, text);
    });
    connect(ui.partiesTable, &QTableWidget::currentCellChanged, this, [this] { showPartyWording(); });
}

// The fields under the parties table show the selected party's wording; with no party selected they are
// empty and disabled.
void AgreementEditorDialog::showPartyWording() {
    showing([this] {
        Ui::AgreementEditorDialog& ui = *m_ui;
        const int row = ui.partiesTable->currentRow();
        const bool selected = row >= 0 && row < m_record.parties.size();
        const Party party = selected ? m_record.parties.at(row) : Party{};
        showText(ui.partyDesignationEdit, party.designation);
        showText(ui.partyDelegationEdit, party.delegation);
        showText(ui.partySignatureMentionEdit, party.signatureMention);
        ui.partyWordingGroup->setEnabled(selected);
        ui.partyWordingGroup->setTitle(
            selected ? tr("How the text names %1").arg(organisationName(party.organisationId))
                     : tr("How the text names the selected party"));
    });
}

}  // namespace passerelle::ui
