#pragma once

#include "passerelle/domain/result.h"
#include "passerelle/rules/finding.h"
#include "passerelle/storage/document_archive.h"
#include "passerelle/storage/repositories.h"
#include "passerelle/ui/new_record_defaults.h"

#include <QDate>
#include <QDialog>
#include <QUndoStack>
#include <QVariant>

#include <functional>
#include <optional>

class QDialogButtonBox;
class QKeyEvent;
class QLabel;
class QShowEvent;
class QLayout;
class QTabWidget;
class QToolButton;

namespace passerelle::ui {

class FindingsPanel;

// What every record editor (measure, organisation, student, agreement, group activity) does the same way:
// edits go through the dialog's undo stack (Ctrl+Z / Ctrl+Y, "Undo change" / "Redo change"), the title
// marks unsaved changes, Save (Ctrl+S or the button, never Enter) writes the record in one transaction and
// never over a version saved elsewhere meanwhile (the user chooses between reloading and keeping on
// editing), and never while a date or time field holds a text that is not one; Close with unsaved changes
// asks first ("Close without saving" / "Keep editing").
//
// A subclass holds its record by value, shows it in its form (refresh) and writes it (writeRecord). Every
// user edit is one `editRecord` call that changes a copy of the record; the undo stack keeps the copies.
class RecordEditorDialog : public QDialog {
    Q_OBJECT

public:
    // The questions an editor asks the user. Tests replace the asker so that no modal box blocks them.
    enum class Question {
        SaveAsDraft,     // the rules find errors: save as a draft anyway?  true = save
        ReloadTheirs,    // someone saved meanwhile: true = reload their version, false = keep editing
        DiscardChanges,  // closing with unsaved edits: true = close without saving
        SaveFailed,      // information only (the answer is ignored)
        Confirm,         // a destructive action inside the editor (removing a row): true = go on
    };
    using Asker = std::function<bool(Question question, const QString& text)>;

    ~RecordEditorDialog() override;

    void setAsker(Asker asker) { m_asker = std::move(asker); }
    QUndoStack* undoStack() { return &m_undo; }
    bool isModified() const { return !m_undo.isClean(); }
    // The error of the last load (unknown id, database failure); empty when it loaded.
    const QString& loadError() const { return m_loadError; }
    // The id of the record edited; empty for a new record never saved.
    virtual QString recordId() const = 0;

    // Saves as the Save button does (asking through the asker); true when the record was written. A date or
    // time field holding a text that is not one stops it: the message names the field and why, and the
    // field gets the focus.
    bool save();
    // Gives the keyboard focus to the editor of a field named as the rules and the exchange format name it
    // ("slots.2", "insurances.host.contract"), switching to its tab; for a widget in a table's cell, that
    // cell becomes the current one, scrolled to.
    void focusField(const QString& field);
    // The widget editing `field`, trying "a.b.c", then "a.b", then "a", each with dynamicFieldWidget() then
    // fieldWidgets(); null when none does.
    QWidget* widgetForField(const QString& field) const;
    // The rules panel of the editors that check their record as it is typed (agreements, measures, group
    // activities); null for the others. Its findings: none without a panel.
    FindingsPanel* findingsPanel() const { return m_findingsPanel; }
    const rules::Findings& findings() const;

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void saved(const QString& recordId);

protected:
    explicit RecordEditorDialog(QWidget* parent);

    // Enter and Return never save nor close an editor: a user finishing a field presses them by habit.
    // Multi-line texts take them as new lines before they get here.
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;

    // Puts the rules panel into `layout`; a click on one of its findings focuses that finding's field.
    void addFindingsPanel(QLayout* layout);

    // Wires the form's shared parts; call once after setupUi. `tabs` may be null.
    void setUpEditorChrome(QToolButton* undoButton, QToolButton* redoButton, QLabel* stateLabel,
                           QDialogButtonBox* buttons, QTabWidget* tabs);

    // Adds "Documents…" to the buttons: the documents dialog of the saved record (preview, print, issue,
    // signed copies). Unsaved changes are saved first, with the user's agreement, since documents are made
    // from the stored record.
    void enableDocuments(storage::ArchivedKind kind, const QDate& today, QDialogButtonBox* buttons,
                         storage::Database& database);
    // Opens the documents dialog as the button does; false when the record is not saved (or not saved now).
    bool openDocuments();

    // Shows the record in every widget and rechecks it. Called after every edit, undo, redo and load.
    virtual void refresh() = 0;
    // Writes the record through its repository (one transaction) and keeps the stored version (new id and
    // revision). A Conflict error means someone saved it meanwhile.
    virtual Status writeRecord() = 0;
    // Loads the record with this id again (after a conflict, the user chose their version).
    virtual void reload(const QString& id) = 0;
    // The title without the "unsaved" marker: "New agreement", "Student — Léa Martin".
    virtual QString titleText() const = 0;
    // The widgets of the fields, by their exchange-format name (see widgetForField).
    virtual QHash<QString, QWidget*> fieldWidgets() const { return {}; }
    // The widget of a key naming one of the record's own rows or cells, which no fixed list can hold
    // ("slots.2", "attendance.2026-11-24", "signatures.<organisation id>"), asked before fieldWidgets() for
    // the same key; null when the key names none shown now, so that its parent key is tried.
    virtual QWidget* dynamicFieldWidget(const QString& /*field*/) const { return nullptr; }
    // Called by focusField before it looks the widget up, for a form that shows one row at a time (the
    // incident selected in a list, detailed under it): shows the row `field` names. Nothing by default.
    virtual void revealField(const QString& /*field*/) {}
    // Non-empty: Save first asks this question (Question::SaveAsDraft); answering yes calls makeDraft().
    virtual QString draftQuestion() const { return {}; }
    virtual void makeDraft() {}

    // One undoable edit of the record `record` (a member of the subclass): `change` alters a copy; nothing
    // happens when it changes nothing or while the form is being filled. Edits with the same `key` in a row
    // (each keystroke in one field) merge into one undo step.
    template <typename T>
    void editRecord(T& record, const QString& key, const std::function<void(T&)>& change) {
        if (m_showing)
            return;
        T after = record;
        change(after);
        if (after == record)
            return;
        // The stored identity (id, revision) is never undone: undoing past a save and saving again must
        // update the record saved, not conflict with it or create it twice.
        edit(key, QVariant::fromValue(record), QVariant::fromValue(after), [&record](const QVariant& value) {
            T restored = value.template value<T>();
            restored.id = record.id;
            restored.revision = record.revision;
            record = std::move(restored);
        });
    }
    // One undoable edit of one value: `apply` writes the value into the record, then the form is refreshed.
    // Nothing happens when `before == after` or while the form is being filled.
    void edit(const QString& key, const QVariant& before, const QVariant& after,
              std::function<void(const QVariant&)> apply);
    // Loads the record with this id into `record` (an empty record for an empty id; the error is kept in
    // loadError() for an unknown one), shows it and starts a fresh history. The usual reload().
    template <typename T>
    void loadRecord(T& record, storage::Database& database, const QString& id) {
        const QString wanted = id;  // a copy: callers pass record.id, which is reset below
        setLoadError({});
        record = T{};
        if (!wanted.isEmpty()) {
            Result<T> found = storage::Repository<T>(database).find(wanted);
            if (found)
                record = std::move(found).value();
            else
                setLoadError(found.error().message);
        } else {
            NewRecordDefaults::load(database).applyTo(record);
        }
        refresh();
        resetHistory();
    }
    // Saves `record` through its repository (one transaction, revision checked) and keeps the version stored,
    // with its id and new revision. The usual writeRecord().
    template <typename T>
    Status saveRecord(T& record, storage::Database& database) {
        Result<T> stored = storage::Repository<T>(database).save(record);
        if (!stored)
            return stored.error();
        record = std::move(stored).value();
        return success();
    }
    // Starts a fresh history after a load: nothing to undo, nothing modified, and no text left in a date or
    // time field that was typed for the record shown before.
    void resetHistory();
    void setLoadError(const QString& error) { m_loadError = error; }
    bool ask(Question question, const QString& text);
    void updateTitle();
    // True while refresh() fills the widgets: their change signals are not user edits.
    bool isShowing() const { return m_showing; }
    // Runs `fill` with isShowing() true.
    void showing(const std::function<void()>& fill);

private:
    // Gives `widget` the focus, showing its tab first.
    void focusWidget(QWidget* widget);
    // No push button of the dialog is a default one, which Enter would press.
    void removeDefaultButtons();

    QUndoStack m_undo;
    Asker m_asker;
    QString m_loadError;
    QLabel* m_stateLabel = nullptr;
    QTabWidget* m_tabs = nullptr;
    FindingsPanel* m_findingsPanel = nullptr;  // set by addFindingsPanel
    // Set by enableDocuments.
    std::optional<storage::ArchivedKind> m_documentsKind;
    QDate m_documentsToday;
    storage::Database* m_documentsDatabase = nullptr;
    bool m_showing = false;
};

}  // namespace passerelle::ui
