#pragma once

#include "passerelle/domain/agreement.h"
#include "passerelle/domain/organisation.h"
#include "passerelle/domain/person.h"
#include "passerelle/rules/finding.h"
#include "passerelle/ui/record_editor.h"

#include <QDate>
#include <QHash>

#include <functional>
#include <memory>

namespace Ui {
class AgreementEditorDialog;
}

namespace passerelle::storage {
class Database;
}

namespace passerelle::ui {

namespace editor {
class ChildTable;
}

// The agreement editor: its terms (dates, renewal, notice), its parties, their representatives and how the
// text names them, the council deliberations and review meetings, its numbered articles (a copy of the kind's
// template to start with), the parties' signatures, the amendments and the annex of local resources; the
// rules panel beside them is rechecked on every edit. Every change is one undoable step, a signature that
// completes the agreement moving its status to "signed" in the same step.
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
    // The fields' widgets, a party's signature date (agreement_editor_fields.cpp).
    QHash<QString, QWidget*> fieldWidgets() const override;
    QWidget* dynamicFieldWidget(const QString& field) const override;

private:
    void setUpWidgets();
    void setUpTables();
    // The annex of local resources and the selected party's wording (agreement_editor_annex.cpp).
    void setUpResources();
    void connectPartyWording();
    void showPartyWording();
    void connectEdits();
    void connectChildButtons();
    void showRecord();
    void showClauses();
    void showNewPartyChoices();
    void fillNewPartyRepresentatives();
    void recheck();

    // One undoable change of the agreement; edits with the same key in a row merge (keystrokes).
    void change(const QString& key, const std::function<void(Agreement&)>& apply);
    void changeKind(AgreementKind kind);
    void addParty();
    void removeParty();
    void setSignature(int row, int column, const QVariant& value);
    void resetClauses();
    void addClause();
    void removeClause();
    void moveClause(int by);
    void selectClause(int row);
    bool confirm(const QString& text);

    QString organisationName(const QString& id);
    QList<Person> people(const QString& organisationId);
    // The organisation ids of the parties that can sign (each once, in the parties' order).
    QStringList signatories() const;

    std::unique_ptr<Ui::AgreementEditorDialog> m_ui;
    storage::Database& m_database;
    QDate m_today;
    Agreement m_record;
    QList<Organisation> m_organisations;          // the choices of the "add a party" list
    QHash<QString, QString> m_organisationNames;  // those and the parties', by id, loaded once
    QHash<QString, QList<Person>> m_people;       // per organisation, loaded on first use
    QString m_suggestedRole;                      // the role last proposed for the new party
    std::unique_ptr<editor::ChildTable> m_parties;
    std::unique_ptr<editor::ChildTable> m_signatures;
    std::unique_ptr<editor::ChildTable> m_deliberations;
    std::unique_ptr<editor::ChildTable> m_reviews;
    std::unique_ptr<editor::ChildTable> m_amendments;
    std::unique_ptr<editor::ChildTable> m_resources;
};

}  // namespace passerelle::ui
