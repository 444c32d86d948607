#pragma once

#include "passerelle/domain/agreement.h"
#include "passerelle/domain/group_activity.h"
#include "passerelle/domain/student.h"
#include "passerelle/rules/finding.h"
#include "passerelle/ui/record_editor.h"

#include <QDate>
#include <QHash>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class GroupActivityEditorDialog;
}

namespace passerelle::storage {
class Database;
}

namespace passerelle::ui {

namespace editor {
class ChildTable;
}

// The group activity editor (a workshop or a talking group run under an agreement, seeds 000 and 002): its
// terms, its participants (students found by a search line), its sessions and, for the selected session,
// each participant's attendance. The rules panel beside it (group size against the agreement, partner
// notice, image consent when filming) is rechecked on every edit; every edit is one undoable step.
class GroupActivityEditorDialog final : public RecordEditorDialog {
    Q_OBJECT

public:
    // `id` empty: a new record. `today` dates the rules' checks and the first new session.
    GroupActivityEditorDialog(storage::Database& database, const QString& id, const QDate& today,
                              QWidget* parent = nullptr);
    ~GroupActivityEditorDialog() override;

    const GroupActivity& record() const { return m_record; }
    QString recordId() const override { return m_record.id; }

protected:
    void refresh() override;
    Status writeRecord() override;
    void reload(const QString& id) override;
    QString titleText() const override;
    QHash<QString, QWidget*> fieldWidgets() const override;

private:
    void setUpWidgets();
    void setUpTables();
    void connectEdits();
    void refreshContext();
    void showRecord();
    void showParticipants();
    void searchStudents();
    void showCandidates();
    void showAttendance();
    void recheck();
    // The sessions' exports: the attendance as a spreadsheet, the sessions as a calendar.
    void exportAttendance();
    void exportCalendar();

    void change(const QString& key, const std::function<void(GroupActivity&)>& apply);
    void addParticipants();
    void removeParticipant();
    void addSession();
    void removeSession();
    void setAttendance(int row, int column, const QVariant& value);
    int selectedSession() const;  // -1 when none
    const SessionAttendance* attendanceOf(int session, const QString& studentId) const;
    const Student* student(const QString& id) const;
    QString studentName(const QString& id) const;

    std::unique_ptr<Ui::GroupActivityEditorDialog> m_ui;
    storage::Database& m_database;
    QDate m_today;
    GroupActivity m_record;
    std::optional<Agreement> m_agreement;  // the group's agreement, reloaded when the reference changes
    QHash<QString, Student> m_students;    // the participants and the students found, by id
    QSet<QString> m_unknownStudents;       // participant ids with no student: not looked up again
    QList<Student> m_found;                // the students the search line finds
    std::unique_ptr<editor::ChildTable> m_sessions;
    std::unique_ptr<editor::ChildTable> m_attendance;
};

}  // namespace passerelle::ui
