#pragma once

#include "passerelle/domain/organisation.h"
#include "passerelle/domain/person.h"
#include "passerelle/ui/record_editor.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <memory>

namespace Ui {
class OrganisationEditorDialog;
}

namespace passerelle::storage {
class Database;
}

namespace passerelle::ui {

namespace editor {
class ChildTable;
}

class TimetableWidget;

// The partner editor: an organisation (a school, a town, an association ...), the people who act for it and,
// for a school, its weekly teaching hours. The people are their own records; the editor keeps them in memory
// with the organisation, so that adding, changing or removing one is an undoable edit like any other, and
// Save writes the organisation and every changed person in one transaction.
class OrganisationEditorDialog final : public RecordEditorDialog {
    Q_OBJECT

public:
    // What the undo stack keeps: the organisation and its people, as the user sees them.
    struct Draft {
        Organisation organisation;
        QList<Person> people;  // a person added here has an id already, so that undo and save can follow it
        friend bool operator==(const Draft&, const Draft&) = default;
    };

    // `id` empty: a new partner. `today` is kept for the editors' common signature.
    OrganisationEditorDialog(storage::Database& database, const QString& id, const QDate& today,
                             QWidget* parent = nullptr);
    ~OrganisationEditorDialog() override;

    const Organisation& record() const { return m_draft.organisation; }
    const QList<Person>& people() const { return m_draft.people; }
    QString recordId() const override { return m_draft.organisation.id; }
    TimetableWidget* timetable() const { return m_timetable; }
    // The hours a new school starts with (the constructor reads them from the settings).
    void setDefaultTeachingHours(const TimeSlots& slots) { m_defaultTeachingHours = slots; }

protected:
    void refresh() override;
    Status writeRecord() override;
    void reload(const QString& id) override;
    QString titleText() const override;
    QHash<QString, QWidget*> fieldWidgets() const override;

private:
    void setUpWidgets();
    void connectEdits();
    // One undoable edit of the draft; `change` alters a copy.
    void change(const QString& key, const std::function<void(Draft&)>& change);
    void setKind(OrganisationKind kind);
    void addPerson();
    void removePerson();
    // Writes the draft's people: inserts, updates and deletes against m_storedPeople. Inside a transaction.
    Status writePeople(const QString& organisationId, QList<Person>& written);

    std::unique_ptr<Ui::OrganisationEditorDialog> m_ui;
    std::unique_ptr<editor::ChildTable> m_people;
    storage::Database& m_database;
    QDate m_today;
    Draft m_draft;
    // The people as stored when the editor last loaded or saved, by id: what Save compares the draft with,
    // and the revisions it checks. (Not part of the undo history: undoing does not undo a save.)
    QHash<QString, Person> m_storedPeople;
    TimeSlots m_defaultTeachingHours;
    TimetableWidget* m_timetable = nullptr;
};

}  // namespace passerelle::ui
