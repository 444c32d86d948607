#pragma once

#include "passerelle/domain/agreement.h"
#include "passerelle/domain/measure.h"
#include "passerelle/domain/organisation.h"
#include "passerelle/domain/student.h"
#include "passerelle/rules/finding.h"
#include "passerelle/ui/record_editor.h"

#include <QDate>
#include <QMap>
#include <memory>
#include <optional>

class QComboBox;

namespace Ui {
class MeasureEditorDialog;
}

namespace passerelle::storage {
class Database;
}

namespace passerelle::ui {

class TimetableWidget;

// The measure editor: every field of a measure, its timetable, and the rules panel beside them, rechecked
// on every edit with the rules module. Edits go through an undo stack; Save writes the measure in one
// repository call, only as a draft (status "planned") while the rules find errors, and never over a version
// saved elsewhere meanwhile.
class MeasureEditorDialog final : public RecordEditorDialog {
    Q_OBJECT

public:
    // `measureId` empty: a new measure. `today` dates the rules' checks and new signatures.
    MeasureEditorDialog(storage::Database& database, const QString& measureId, const QDate& today,
                        QWidget* parent = nullptr);
    ~MeasureEditorDialog() override;

    const Measure& measure() const { return m_measure; }
    TimetableWidget* timetable() const { return m_timetable; }
    QString recordId() const override { return m_measure.id; }

protected:
    void refresh() override;
    Status writeRecord() override;
    void reload(const QString& id) override;
    QString titleText() const override;
    // The fields' widgets, a slot's time, a follow-up date's cell, an incident's (measure_editor_fields.cpp).
    QHash<QString, QWidget*> fieldWidgets() const override;
    QWidget* dynamicFieldWidget(const QString& field) const override;
    void revealField(const QString& field) override;
    // While the rules find errors a measure is saved only as a draft: the status "planned".
    QString draftQuestion() const override;
    void makeDraft() override;

private:
    void setUpWidgets();
    void connectEdits();
    void showMeasure();
    void fillPeople();
    void refreshContext();
    // The follow-up tab: one row per expected session, its attendance (status and note) editable.
    void showAttendance();
    QStringList attendanceOf(const QDate& date) const;  // {status key, note}, or empty when not recorded
    void setAttendance(const QDate& date, const QStringList& value);
    // `part` ("status", "note") keeps edits of the status and of the note separate undo steps.
    void editAttendance(const QDate& date, const QStringList& after, const QString& part);
    // The incidents and report tab (measure_editor_incidents.cpp).
    void setUpIncidentWidgets();
    void connectIncidentEdits();
    void connectHostReportEdits();
    // The incidents tab: the list, the form of the selected incident, the host's report.
    void showIncidents();
    void showIncidentForm();
    void showHostReport();
    void showSignatureSummary();
    void recheck();
    // The follow-up tab's exports: the attendance as a spreadsheet, the sessions as a calendar
    // (measure_editor_exports.cpp).
    void connectExports();
    void exportAttendance();
    void exportCalendar();

    std::unique_ptr<Ui::MeasureEditorDialog> m_ui;
    storage::Database& m_database;
    QDate m_today;
    Measure m_measure;
    // The records the rules check the measure against, reloaded when a reference changes.
    std::optional<Student> m_student;
    std::optional<Organisation> m_school;
    std::optional<Organisation> m_host;
    std::optional<Agreement> m_agreement;
    TimetableWidget* m_timetable = nullptr;
    QMap<SignatureRole, QComboBox*> m_signatureMethods;  // how each role signed, beside its date
    QString m_tutorsFor;                                 // the host whose people fill the tutor list
    QString m_followersFor;                              // the school whose people fill the follower list
    QString m_homeSchoolId;  // the follower list's school until a student is chosen (NewRecordDefaults)
};

}  // namespace passerelle::ui
