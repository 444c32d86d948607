#include "passerelle/ui/group_activity_editor.h"

#include "child_table.h"
#include "editor_widgets.h"
#include "passerelle/exchange/calendar.h"
#include "passerelle/rules/checks.h"
#include "passerelle/storage/repositories.h"
#include "passerelle/ui/attendance_export.h"
#include "passerelle/ui/enum_labels.h"
#include "passerelle/ui/findings_panel.h"
#include "passerelle/ui/record_documents.h"
#include "passerelle/ui/table_export_actions.h"
#include "ui_group_activity_editor.h"

#include <QDateTime>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>

#include <algorithm>

namespace passerelle::ui {
namespace {

using namespace Qt::Literals::StringLiterals;
using namespace editor;
using Column = ChildTable::Column;
using Cell = ChildTable::Kind;

QStringList indexKeys(qsizetype count) {
    QStringList keys;
    for (qsizetype index = 0; index < count; ++index)
        keys << QString::number(index);
    return keys;
}

// The day of the session after one on `date`, as the group's recurrence has it.
QDate nextSessionDate(const QDate& date, Recurrence recurrence) {
    switch (recurrence) {
        case Recurrence::Weekly:
            return date.addDays(7);
        case Recurrence::TwiceMonthly:
            return date.addDays(14);
        case Recurrence::Monthly:
            break;
    }
    return date.addMonths(1);
}

}  // namespace

GroupActivityEditorDialog::GroupActivityEditorDialog(storage::Database& database, const QString& id,
                                                     const QDate& today, QWidget* parent)
    : RecordEditorDialog(parent)
    , m_ui(std::make_unique<Ui::GroupActivityEditorDialog>())
    , m_database(database)
    , m_today(today) {
    m_ui->setupUi(this);
    setUpWidgets();
    reload(id);
    searchStudents();
    connectEdits();
}

GroupActivityEditorDialog::~GroupActivityEditorDialog() = default;

void GroupActivityEditorDialog::setUpWidgets() {
    Ui::GroupActivityEditorDialog& ui = *m_ui;
    addFindingsPanel(ui.findingsLayout);

    for (const FilterOption& option : filterOptions<GroupKind>())
        ui.kindCombo->addItem(option.label, option.key);
    for (const FilterOption& option : filterOptions<Audience>())
        ui.audienceCombo->addItem(option.label, option.key);
    for (const FilterOption& option : filterOptions<Recurrence>())
        ui.recurrenceCombo->addItem(option.label, option.key);
    ui.agreementCombo->addItem(tr("(none)"), QString());
    for (const Agreement& agreement : listRecords<Agreement>(m_database, {}))
        ui.agreementCombo->addItem(agreement.title, agreement.id);

    setUpTables();
    setUpEditorChrome(ui.undoButton, ui.redoButton, ui.stateLabel, ui.buttonBox, ui.tabs);
    enableDocuments(storage::ArchivedKind::Group, m_today, ui.buttonBox, m_database);
}

void GroupActivityEditorDialog::setUpTables() {
    m_sessions = std::make_unique<ChildTable>(
        m_ui->sessionsTable,
        QList<Column>{{tr("Date"), Cell::Date, 140, tr("No date")},
                      {tr("From"), Cell::Time, 80},
                      {tr("To"), Cell::Time, 80},
                      {tr("Cancelled (when the partner warned)"), Cell::DateTime, 0, tr("Held")}},
        ChildTable::Source{[this] { return indexKeys(m_record.sessions.size()); },
                           [this](int row, int column) -> QVariant {
                               const GroupSession& session = m_record.sessions[row];
                               switch (column) {
                                   case 0:
                                       return session.date;
                                   case 1:
                                       return session.start;
                                   case 2:
                                       return session.end;
                                   default:
                                       return session.cancelledAt;
                               }
                           },
                           [this](int row, int column, const QVariant& value) {
                               change(u"sessions.%1.%2"_s.arg(row).arg(column), [&](GroupActivity& group) {
                                   if (row >= group.sessions.size())
                                       return;
                                   GroupSession& session = group.sessions[row];
                                   if (column == 0)
                                       session.date = value.toDate();
                                   else if (column == 1)
                                       session.start = value.toTime();
                                   else if (column == 2)
                                       session.end = value.toTime();
                                   else
                                       session.cancelledAt = value.toDateTime();
                               });
                           }},
        m_today);
    m_ui->sessionsTable->horizontalHeader()->setStretchLastSection(true);

    m_attendance = std::make_unique<ChildTable>(
        m_ui->attendanceTable,
        QList<Column>{{tr("Participant"), Cell::Label, 260},
                      {tr("Attendance"),
                       Cell::Choice,
                       150,
                       {},
                       [](int) {
                           ChildTable::Choices choices{{tr("Not recorded"), QString()}};
                           for (const AttendanceStatus status :
                                {AttendanceStatus::Present, AttendanceStatus::Absent,
                                 AttendanceStatus::Excused})
                               choices.append({EnumLabels::of(status), key(status)});
                           return choices;
                       }},
                      {tr("Note"), Cell::Text}},
        ChildTable::Source{
            [this] { return selectedSession() >= 0 ? m_record.participantIds : QStringList(); },
            [this](int row, int column) -> QVariant {
                const QString studentId = m_record.participantIds.value(row);
                if (column == 0)
                    return studentName(studentId);
                const SessionAttendance* entry = attendanceOf(selectedSession(), studentId);
                if (entry == nullptr)
                    return QString();
                return column == 1 ? key(entry->status) : entry->note;
            },
            [this](int row, int column, const QVariant& value) { setAttendance(row, column, value); }});
}

void GroupActivityEditorDialog::change(const QString& key, const std::function<void(GroupActivity&)>& apply) {
    editRecord(m_record, key, apply);
}

void GroupActivityEditorDialog::connectEdits() {
    Ui::GroupActivityEditorDialog& ui = *m_ui;
    connect(ui.titleEdit, &QLineEdit::textChanged, this,
            [this](const QString& text) { change(u"title"_s, [&](GroupActivity& g) { g.title = text; }); });
    connect(ui.kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        const auto kind = parseKey<GroupKind>(m_ui->kindCombo->currentData().toString());
        change(u"kind"_s, [&](GroupActivity& g) { g.kind = kind.value_or(GroupKind::Workshop); });
    });
    connect(ui.agreementCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = m_ui->agreementCombo->currentData().toString();
        change(u"agreement"_s, [&](GroupActivity& g) { g.agreementId = id; });
    });
    connect(ui.audienceCombo, &QComboBox::currentIndexChanged, this, [this] {
        const auto audience = parseKey<Audience>(m_ui->audienceCombo->currentData().toString());
        change(u"audience"_s, [&](GroupActivity& g) { g.audience = audience.value_or(Audience::Students); });
    });
    connect(ui.recurrenceCombo, &QComboBox::currentIndexChanged, this, [this] {
        const auto recurrence = parseKey<Recurrence>(m_ui->recurrenceCombo->currentData().toString());
        change(u"recurrence"_s,
               [&](GroupActivity& g) { g.recurrence = recurrence.value_or(Recurrence::Weekly); });
    });
    connect(ui.filmingCheck, &QCheckBox::toggled, this, [this](bool checked) {
        change(u"filming"_s, [checked](GroupActivity& g) { g.filming = checked; });
    });

    // The search line looks students up as the user types (an indexed, accent-blind query).
    connect(ui.studentSearchEdit, &QLineEdit::textChanged, this, &GroupActivityEditorDialog::searchStudents);
    connect(ui.addParticipantButton, &QPushButton::clicked, this,
            &GroupActivityEditorDialog::addParticipants);
    connect(ui.candidateList, &QListWidget::itemActivated, this, &GroupActivityEditorDialog::addParticipants);
    connect(ui.removeParticipantButton, &QPushButton::clicked, this,
            &GroupActivityEditorDialog::removeParticipant);

    connect(ui.addSessionButton, &QPushButton::clicked, this, &GroupActivityEditorDialog::addSession);
    connect(ui.exportAttendanceButton, &QPushButton::clicked, this,
            &GroupActivityEditorDialog::exportAttendance);
    connect(ui.exportCalendarButton, &QPushButton::clicked, this, &GroupActivityEditorDialog::exportCalendar);
    connect(ui.removeSessionButton, &QPushButton::clicked, this, &GroupActivityEditorDialog::removeSession);
    // The attendance shown is the selected session's.
    connect(ui.sessionsTable, &QTableWidget::currentCellChanged, this, [this] {
        showing([this] {
            m_ui->removeSessionButton->setEnabled(selectedSession() >= 0);
            showAttendance();
        });
    });
}

void GroupActivityEditorDialog::reload(const QString& id) {
    loadRecord(m_record, m_database, id);
}

void GroupActivityEditorDialog::refresh() {
    refreshContext();
    showRecord();
    recheck();
}

// The agreement and the participants the rules check the group against, loaded when they change.
void GroupActivityEditorDialog::refreshContext() {
    if (!m_agreement || m_agreement->id != m_record.agreementId)
        m_agreement = findRecord<Agreement>(m_database, m_record.agreementId);
    for (const QString& studentId : std::as_const(m_record.participantIds)) {
        if (m_students.contains(studentId) || m_unknownStudents.contains(studentId))
            continue;
        if (std::optional<Student> found = findRecord<Student>(m_database, studentId))
            m_students.insert(studentId, *found);
        else
            m_unknownStudents.insert(studentId);
    }
}

// Shows m_record in the widgets, touching only those that differ so that the cursor of the field being
// typed in stays where it is.
void GroupActivityEditorDialog::showRecord() {
    showing([this] {
        Ui::GroupActivityEditorDialog& ui = *m_ui;
        showText(ui.titleEdit, m_record.title);
        selectData(ui.kindCombo, key(m_record.kind), {});
        selectData(ui.agreementCombo, m_record.agreementId, m_agreement ? m_agreement->title : QString());
        selectData(ui.audienceCombo, key(m_record.audience), {});
        selectData(ui.recurrenceCombo, key(m_record.recurrence), {});
        showCheck(ui.filmingCheck, m_record.filming);
        showParticipants();
        showCandidates();
        m_sessions->show();
        ui.removeSessionButton->setEnabled(selectedSession() >= 0);
        showAttendance();
    });
}

void GroupActivityEditorDialog::showParticipants() {
    QListWidget* list = m_ui->participantsList;
    QStringList shown;
    for (int row = 0; row < list->count(); ++row)
        shown << list->item(row)->data(Qt::UserRole).toString();
    if (shown != m_record.participantIds) {
        const QSignalBlocker blocker(list);
        const int current = list->currentRow();
        list->clear();
        for (const QString& studentId : std::as_const(m_record.participantIds)) {
            auto* item = new QListWidgetItem(studentName(studentId), list);
            item->setData(Qt::UserRole, studentId);
        }
        list->setCurrentRow(std::min(current, list->count() - 1));
    }
    m_ui->participantsGroup->setTitle(tr("Participants (%1)").arg(m_record.participantIds.size()));
}

void GroupActivityEditorDialog::searchStudents() {
    storage::ListQuery query;
    query.text = m_ui->studentSearchEdit->text().trimmed();
    m_found = listRecords<Student>(m_database, query);
    for (const Student& found : std::as_const(m_found))
        m_students.insert(found.id, found);
    showCandidates();
}

// The students found that are not in the group yet; rebuilt only when that list changes.
void GroupActivityEditorDialog::showCandidates() {
    QStringList ids;
    for (const Student& found : std::as_const(m_found)) {
        if (!m_record.participantIds.contains(found.id))
            ids << found.id;
    }
    QListWidget* list = m_ui->candidateList;
    QStringList shown;
    for (int row = 0; row < list->count(); ++row)
        shown << list->item(row)->data(Qt::UserRole).toString();
    if (shown == ids)
        return;
    list->clear();
    for (const QString& studentId : std::as_const(ids)) {
        auto* item = new QListWidgetItem(studentName(studentId), list);
        item->setData(Qt::UserRole, studentId);
    }
}

void GroupActivityEditorDialog::showAttendance() {
    const int session = selectedSession();
    m_attendance->show();
    if (session < 0) {
        m_ui->attendanceLabel->setText(m_record.sessions.isEmpty()
                                           ? tr("No session yet: add one above to record its attendance.")
                                           : tr("Select a session above to record its attendance."));
        return;
    }
    const GroupSession& shown = m_record.sessions[session];
    const QString day = shown.date.isValid() ? QLocale().toString(shown.date, QLocale::LongFormat)
                                             : tr("a session without a date");
    m_ui->attendanceLabel->setText(shown.isCancelled() ? tr("Attendance on %1 (cancelled)").arg(day)
                                                       : tr("Attendance on %1").arg(day));
}

int GroupActivityEditorDialog::selectedSession() const {
    const int row = m_ui->sessionsTable->currentRow();
    return row >= 0 && row < m_record.sessions.size() ? row : -1;
}

const SessionAttendance* GroupActivityEditorDialog::attendanceOf(int session,
                                                                 const QString& studentId) const {
    if (session < 0 || session >= m_record.sessions.size())
        return nullptr;
    for (const SessionAttendance& entry : m_record.sessions[session].attendance) {
        if (entry.studentId == studentId)
            return &entry;
    }
    return nullptr;
}

// "Not recorded" removes the participant's line; a note without a status records them as present, since
// noting something about a session means they came (as in the measure editor's register).
void GroupActivityEditorDialog::setAttendance(int row, int column, const QVariant& value) {
    const int session = selectedSession();
    const QString studentId = m_record.participantIds.value(row);
    if (session < 0 || studentId.isEmpty() || column == 0)
        return;
    change(u"sessions.%1.attendance.%2.%3"_s.arg(session).arg(studentId).arg(column), [&](GroupActivity& g) {
        QList<SessionAttendance>& attendance = g.sessions[session].attendance;
        const auto found =
            std::find_if(attendance.begin(), attendance.end(),
                         [&](const SessionAttendance& entry) { return entry.studentId == studentId; });
        if (column == 1) {
            const auto status = parseKey<AttendanceStatus>(value.toString());
            if (!status) {
                if (found != attendance.end())
                    attendance.erase(found);
            } else if (found != attendance.end()) {
                found->status = *status;
            } else {
                attendance.append(SessionAttendance{studentId, *status, {}});
            }
        } else if (found != attendance.end()) {
            found->note = value.toString();
        } else if (!value.toString().isEmpty()) {
            attendance.append(SessionAttendance{studentId, AttendanceStatus::Present, value.toString()});
        }
    });
}

void GroupActivityEditorDialog::addParticipants() {
    QStringList added;
    for (const QListWidgetItem* item : m_ui->candidateList->selectedItems())
        added << item->data(Qt::UserRole).toString();
    if (added.isEmpty() && m_ui->candidateList->currentItem() != nullptr)
        added << m_ui->candidateList->currentItem()->data(Qt::UserRole).toString();
    if (added.isEmpty())
        return;
    change(u"participants.add.%1"_s.arg(m_record.participantIds.size()), [&](GroupActivity& g) {
        for (const QString& studentId : std::as_const(added)) {
            if (!g.participantIds.contains(studentId))
                g.participantIds << studentId;
        }
    });
}

void GroupActivityEditorDialog::removeParticipant() {
    const int row = m_ui->participantsList->currentRow();
    if (row < 0 || row >= m_record.participantIds.size())
        return;
    const QString studentId = m_record.participantIds[row];
    // The sessions keep what was recorded about the student: the register is history.
    if (!ask(Question::Confirm, tr("Remove %1 from the group? The attendance already recorded is kept.")
                                    .arg(studentName(studentId))))
        return;
    change(u"participants.remove.%1"_s.arg(m_record.participantIds.size()),
           [&](GroupActivity& g) { g.participantIds.removeAll(studentId); });
}

// A new session follows the last one by the group's recurrence, at the same times.
void GroupActivityEditorDialog::addSession() {
    GroupSession session;
    if (m_record.sessions.isEmpty()) {
        session.date = m_today;
        session.start = QTime(14, 0);
        session.end = QTime(16, 0);
    } else {
        const GroupSession& last = m_record.sessions.last();
        session.date = last.date.isValid() ? nextSessionDate(last.date, m_record.recurrence) : m_today;
        session.start = last.start;
        session.end = last.end;
    }
    change(u"sessions.add.%1"_s.arg(m_record.sessions.size()),
           [&](GroupActivity& g) { g.sessions.append(session); });
    m_ui->sessionsTable->setCurrentCell(static_cast<int>(m_record.sessions.size() - 1), 0);
}

void GroupActivityEditorDialog::removeSession() {
    const int session = selectedSession();
    if (session < 0)
        return;
    const QDate date = m_record.sessions[session].date;
    if (!ask(Question::Confirm,
             tr("Remove the session of %1 and its attendance?")
                 .arg(date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : tr("(no date)"))))
        return;
    change(u"sessions.remove.%1"_s.arg(m_record.sessions.size()),
           [&](GroupActivity& g) { g.sessions.removeAt(session); });
}

const Student* GroupActivityEditorDialog::student(const QString& id) const {
    const auto found = m_students.constFind(id);
    return found != m_students.constEnd() ? &*found : nullptr;
}

QString GroupActivityEditorDialog::studentName(const QString& id) const {
    const Student* known = student(id);
    return known ? studentLabel(*known) : tr("Unknown student (%1)").arg(id);
}

void GroupActivityEditorDialog::recheck() {
    const rules::StudentLookup lookup = [this](const QString& id) { return student(id); };
    findingsPanel()->setFindings(
        rules::checkGroup(m_record, m_agreement ? &*m_agreement : nullptr, lookup, m_today));
}

Status GroupActivityEditorDialog::writeRecord() {
    return saveRecord(m_record, m_database);
}

QString GroupActivityEditorDialog::titleText() const {
    return m_record.id.isEmpty() ? tr("New group activity") : tr("Group activity — %1").arg(m_record.title);
}

QHash<QString, QWidget*> GroupActivityEditorDialog::fieldWidgets() const {
    const Ui::GroupActivityEditorDialog& ui = *m_ui;
    return {
        {u"kind"_s, ui.kindCombo},
        {u"agreement"_s, ui.agreementCombo},
        {u"agreementId"_s, ui.agreementCombo},
        {u"title"_s, ui.titleEdit},
        {u"audience"_s, ui.audienceCombo},
        {u"recurrence"_s, ui.recurrenceCombo},
        {u"filming"_s, ui.filmingCheck},
        {u"participants"_s, ui.participantsList},
        {u"participantIds"_s, ui.participantsList},
        {u"sessions"_s, ui.sessionsTable},
    };
}

// What the sessions and attendance tables show, saved or not.
void GroupActivityEditorDialog::exportAttendance() {
    saveTableAs(this, groupAttendanceTable(m_record, [this](const QString& id) { return studentName(id); }),
                sanitisedFileName(tr("attendance") + u' ' + m_record.title));
}

// The group's sessions have no place of their own; the agenda shows the title and the times.
void GroupActivityEditorDialog::exportCalendar() {
    saveCalendarAs(this, exchange::groupCalendar({m_record, {}}, QDateTime::currentDateTimeUtc()),
                   sanitisedFileName(tr("sessions") + u' ' + m_record.title));
}

}  // namespace passerelle::ui
