#pragma once

#include "passerelle/domain/agreement.h"
#include "passerelle/domain/measure.h"
#include "passerelle/domain/organisation.h"
#include "passerelle/domain/student.h"
#include "passerelle/rules/finding.h"

#include <QDate>
#include <QDialog>
#include <QUndoStack>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class MeasureEditorDialog;
}

namespace passerelle::storage {
class Database;
}

namespace passerelle::ui {

class FindingsPanel;
class TimetableWidget;

// The measure editor: every field of a measure, its timetable, and the rules panel beside them, rechecked
// on every edit with the rules module. Edits go through an undo stack; Save writes the measure in one
// repository call, only as a draft (status "planned") while the rules find errors, and never over a version
// saved elsewhere meanwhile.
class MeasureEditorDialog final : public QDialog {
    Q_OBJECT

public:
    // The questions the dialog asks the user. Tests replace the asker so that no modal box blocks them.
    enum class Question {
        SaveAsDraft,     // the rules find errors: save as a planned (draft) measure?  true = save
        ReloadTheirs,    // someone saved meanwhile: true = reload their version, false = keep editing
        DiscardChanges,  // closing with unsaved edits: true = close without saving
        SaveFailed,      // information only (the answer is ignored)
    };
    using Asker = std::function<bool(Question question, const QString& text)>;

    // `measureId` empty: a new measure. `today` dates the rules' checks and new signatures.
    MeasureEditorDialog(storage::Database& database, const QString& measureId, const QDate& today,
                        QWidget* parent = nullptr);
    ~MeasureEditorDialog() override;

    void setAsker(Asker asker) { m_asker = std::move(asker); }

    const Measure& measure() const { return m_measure; }
    const rules::Findings& findings() const;
    FindingsPanel* findingsPanel() const { return m_findings; }
    TimetableWidget* timetable() const { return m_timetable; }
    QUndoStack* undoStack() { return &m_undo; }
    bool isModified() const { return !m_undo.isClean(); }
    // The error of the last load (unknown id, database failure); empty when it loaded.
    const QString& loadError() const { return m_loadError; }

    // Saves as Save does (asking through the asker); true when the measure was written.
    bool save();
    // Gives the keyboard focus to the editor of a finding's field ("slots", "insurances.host.contract").
    void focusField(const QString& field);
    QWidget* widgetForField(const QString& field) const;

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void saved(const QString& measureId);

private:
    void setUpWidgets();
    void connectEdits();
    void load(const QString& measureId);
    void showMeasure();
    void fillPeople();
    void refreshContext();
    // The follow-up tab: one row per expected session, its attendance (status and note) editable.
    void showAttendance();
    QStringList attendanceOf(const QDate& date) const;  // {status key, note}, or empty when not recorded
    void setAttendance(const QDate& date, const QStringList& value);
    // `part` ("status", "note") keeps edits of the status and of the note separate undo steps.
    void editAttendance(const QDate& date, const QStringList& after, const QString& part);
    void recheck();
    void updateTitle();
    // Pushes one undoable edit; `apply` writes the value into m_measure.
    void edit(const QString& key, const QVariant& before, const QVariant& after,
              const std::function<void(const QVariant&)>& apply);
    bool ask(Question question, const QString& text);

    std::unique_ptr<Ui::MeasureEditorDialog> m_ui;
    storage::Database& m_database;
    QDate m_today;
    Measure m_measure;
    // The records the rules check the measure against, reloaded when a reference changes.
    std::optional<Student> m_student;
    std::optional<Organisation> m_school;
    std::optional<Organisation> m_host;
    std::optional<Agreement> m_agreement;
    QUndoStack m_undo;
    FindingsPanel* m_findings = nullptr;
    TimetableWidget* m_timetable = nullptr;
    Asker m_asker;
    QString m_loadError;
    QString m_tutorsFor;     // the host whose people fill the tutor list
    QString m_followersFor;  // the school whose people fill the follower list
    bool m_showing = false;  // widgets are being filled from m_measure: not a user edit
};

}  // namespace passerelle::ui
