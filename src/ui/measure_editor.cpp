#include "passerelle/ui/measure_editor.h"

#include "passerelle/ui/new_record_defaults.h"

#include "editor_widgets.h"
#include "passerelle/rules/checks.h"
#include "passerelle/rules/measure_facts.h"
#include "passerelle/rules/signatures.h"
#include "passerelle/storage/repositories.h"
#include "passerelle/ui/enum_labels.h"
#include "passerelle/ui/findings_panel.h"
#include "passerelle/ui/timetable_widget.h"
#include "passerelle/ui/typed_values.h"
#include "record_search.h"
#include "ui_measure_editor.h"

#include <QHeaderView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>

#include <QColor>

#include <algorithm>

namespace passerelle::ui {
namespace {

using namespace Qt::Literals::StringLiterals;
using namespace editor;

QString roleLabel(SignatureRole role) {
    switch (role) {
        case SignatureRole::HeadOfSchool:
            return MeasureEditorDialog::tr("Head of school");
        case SignatureRole::HostManager:
            return MeasureEditorDialog::tr("Host manager");
        case SignatureRole::YouthService:
            return MeasureEditorDialog::tr("Youth service");
        case SignatureRole::Student:
            return MeasureEditorDialog::tr("Student");
        case SignatureRole::LegalRepresentative:
            break;
    }
    return MeasureEditorDialog::tr("Legal representative");
}

}  // namespace

MeasureEditorDialog::MeasureEditorDialog(storage::Database& database, const QString& measureId,
                                         const QDate& today, QWidget* parent)
    : RecordEditorDialog(parent)
    , m_ui(std::make_unique<Ui::MeasureEditorDialog>())
    , m_database(database)
    , m_today(today)
    , m_homeSchoolId(NewRecordDefaults::load(database).schoolId()) {
    m_ui->setupUi(this);
    setUpWidgets();
    reload(measureId);
    connectEdits();
}

MeasureEditorDialog::~MeasureEditorDialog() = default;

void MeasureEditorDialog::setUpWidgets() {
    m_timetable = new TimetableWidget(this);
    m_ui->timetableLayout->insertWidget(0, m_timetable);
    addFindingsPanel(m_ui->findingsLayout);

    setUpOptionalDate(m_ui->startDate, tr("Not set"), m_today);
    setUpOptionalDate(m_ui->endDate, tr("Not set"), m_today);
    const QList<std::pair<SignatureRole, DateField*>> signatureDates{
        {SignatureRole::HeadOfSchool, m_ui->signatureHeadOfSchool},
        {SignatureRole::HostManager, m_ui->signatureHostManager},
        {SignatureRole::YouthService, m_ui->signatureYouthService},
        {SignatureRole::Student, m_ui->signatureStudent},
        {SignatureRole::LegalRepresentative, m_ui->signatureLegalRepresentative}};
    for (const auto& [role, dateEdit] : signatureDates) {
        setUpOptionalDate(dateEdit, tr("Not signed"), m_today);
        // How it was signed sits beside the date, in the same form row.
        auto* method = new QComboBox(this);
        method->setObjectName(u"signatureMethod_"_s + key(role));
        method->addItem(tr("on paper"), key(SignatureMethod::Paper));
        method->addItem(tr("digitally"), key(SignatureMethod::Digital));
        addBeside(m_ui->signatureForm, dateEdit, method);
        m_signatureMethods.insert(role, method);
    }
    m_ui->exclusionDaysSpin->setSpecialValueText(tr("None"));
    m_ui->attendanceTable->setHorizontalHeaderLabels({tr("Session"), tr("Attendance"), tr("Note")});
    m_ui->attendanceTable->setColumnWidth(0, 220);
    m_ui->attendanceTable->setColumnWidth(1, 160);
    // The dialog's undo stack owns Ctrl+Z: the text fields' own undo would bypass it. (A line edit's own undo
    // still emits textChanged, which the edits below listen to, so the measure stays in step.)
    for (QPlainTextEdit* edit : {m_ui->objectivesEdit, m_ui->activitiesEdit, m_ui->placesEdit})
        edit->setUndoRedoEnabled(false);

    setUpIncidentWidgets();
    for (const FilterOption& option : filterOptions<MeasureKind>())
        m_ui->kindCombo->addItem(option.label, option.key);
    // "Planned" says here what saving with rule errors leaves a measure in (see draftQuestion).
    for (const FilterOption& option : filterOptions<MeasureStatus>()) {
        m_ui->statusCombo->addItem(
            option.key == key(MeasureStatus::Planned) ? tr("Planned (draft)") : option.label, option.key);
    }

    const QString none = tr("(none)");
    m_ui->studentCombo->addItem(none, QString());
    for (const Student& student : listRecords<Student>(m_database, {}))
        m_ui->studentCombo->addItem(studentLabel(student), student.id);
    m_ui->hostCombo->addItem(none, QString());
    for (const Organisation& organisation : listRecords<Organisation>(m_database, {})) {
        if (!organisation.isSchool())
            m_ui->hostCombo->addItem(organisation.name, organisation.id);
    }
    const auto searchBeside = [this](QComboBox* combo, const QString& name) {
        auto* search = new QLineEdit(this);
        search->setObjectName(name);
        search->setPlaceholderText(tr("Search…"));
        search->setClearButtonEnabled(true);
        search->setMaximumWidth(180);
        addBeside(m_ui->generalForm, combo, search);
        return search;
    };
    attachRecordSearch<Student>(searchBeside(m_ui->studentCombo, u"studentSearchEdit"_s), m_ui->studentCombo,
                                m_database, none, studentLabel);
    attachRecordSearch<Organisation>(
        searchBeside(m_ui->hostCombo, u"hostSearchEdit"_s), m_ui->hostCombo, m_database, none,
        [](const Organisation& organisation) { return organisation.name; },
        [](const Organisation& organisation) { return !organisation.isSchool(); });
    m_ui->agreementCombo->addItem(none, QString());
    for (const Agreement& agreement : listRecords<Agreement>(m_database, {}))
        m_ui->agreementCombo->addItem(agreement.title, agreement.id);

    setUpEditorChrome(m_ui->undoButton, m_ui->redoButton, m_ui->stateLabel, m_ui->buttonBox, m_ui->tabs);
    enableDocuments(storage::ArchivedKind::Measure, m_today, m_ui->buttonBox, m_database);
}

void MeasureEditorDialog::refresh() {
    refreshContext();
    showMeasure();
    recheck();
}

void MeasureEditorDialog::connectEdits() {
    Ui::MeasureEditorDialog& ui = *m_ui;
    // Each edit reads the new value from its widget and writes it into the measure through `apply`.
    const auto combo = [this](QComboBox* box, const QString& key, QString Measure::*member) {
        connect(box, &QComboBox::currentIndexChanged, this, [this, box, key, member] {
            edit(key, m_measure.*member, box->currentData().toString(),
                 [this, member](const QVariant& value) { m_measure.*member = value.toString(); });
        });
    };
    combo(ui.studentCombo, u"studentId"_s, &Measure::studentId);
    // Choosing an agreement that names one host structure makes it the measure's host, in the same undo step.
    connect(ui.agreementCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString agreementId = m_ui->agreementCombo->currentData().toString();
        editRecord<Measure>(m_measure, u"agreementId"_s, [this, &agreementId](Measure& measure) {
            measure.agreementId = agreementId;
            if (!measure.hostId.isEmpty())
                return;
            if (const auto agreement = findRecord<Agreement>(m_database, agreementId))
                measure.hostId = soleHostOf(*agreement, m_database);
        });
    });
    combo(ui.hostCombo, u"hostId"_s, &Measure::hostId);
    combo(ui.hostTutorCombo, u"hostTutorId"_s, &Measure::hostTutorId);
    combo(ui.schoolFollowerCombo, u"schoolFollowerId"_s, &Measure::schoolFollowerId);

    connect(ui.kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        edit(u"kind"_s, key(m_measure.kind), m_ui->kindCombo->currentData(), [this](const QVariant& value) {
            m_measure.kind = parseKey<MeasureKind>(value.toString()).value_or(MeasureKind::Responsibility);
        });
    });
    connect(ui.statusCombo, &QComboBox::currentIndexChanged, this, [this] {
        edit(u"status"_s, key(m_measure.status), m_ui->statusCombo->currentData(),
             [this](const QVariant& value) {
                 m_measure.status =
                     parseKey<MeasureStatus>(value.toString()).value_or(MeasureStatus::Planned);
             });
    });

    const auto date = [this](DateField* field, const QString& key, QDate Measure::*member) {
        connect(field, &DateField::dateEdited, this, [this, key, member](const QDate& date) {
            edit(key, m_measure.*member, date,
                 [this, member](const QVariant& value) { m_measure.*member = value.toDate(); });
        });
    };
    date(ui.startDate, u"start"_s, &Measure::start);
    date(ui.endDate, u"end"_s, &Measure::end);

    connect(ui.exclusionDaysSpin, &QSpinBox::valueChanged, this, [this](int days) {
        edit(u"exclusionDays"_s, m_measure.exclusionDays.value_or(0), days, [this](const QVariant& value) {
            const int replaced = value.toInt();
            m_measure.exclusionDays = replaced > 0 ? std::optional<int>(replaced) : std::nullopt;
        });
    });

    const auto check = [this](QCheckBox* box, const QString& key, bool MeasureConsents::*member) {
        connect(box, &QCheckBox::toggled, this, [this, key, member](bool checked) {
            edit(key, m_measure.consents.*member, checked,
                 [this, member](const QVariant& value) { m_measure.consents.*member = value.toBool(); });
        });
    };
    check(ui.studentConsentCheck, u"consents.student"_s, &MeasureConsents::student);
    check(ui.representativeConsentCheck, u"consents.representative"_s, &MeasureConsents::representative);

    const auto plainText = [this](QPlainTextEdit* textEdit, const QString& key, QString Measure::*member) {
        connect(textEdit, &QPlainTextEdit::textChanged, this, [this, textEdit, key, member] {
            edit(key, m_measure.*member, textEdit->toPlainText(),
                 [this, member](const QVariant& value) { m_measure.*member = value.toString(); });
        });
    };
    plainText(ui.objectivesEdit, u"objectives"_s, &Measure::objectives);
    plainText(ui.activitiesEdit, u"activities"_s, &Measure::activities);
    plainText(ui.placesEdit, u"places"_s, &Measure::places);
    connect(ui.transportEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        edit(u"transport"_s, m_measure.transport, text,
             [this](const QVariant& value) { m_measure.transport = value.toString(); });
    });

    const auto insurance = [this](QLineEdit* line, const QString& key, Insurance Insurances::*which,
                                  QString Insurance::*member) {
        connect(line, &QLineEdit::textChanged, this, [this, key, which, member](const QString& text) {
            edit(key, m_measure.insurances.*which.*member, text,
                 [this, which, member](const QVariant& value) {
                     m_measure.insurances.*which.*member = value.toString();
                 });
        });
    };
    insurance(ui.schoolInsurerEdit, u"insurances.school.insurer"_s, &Insurances::school, &Insurance::insurer);
    insurance(ui.schoolContractEdit, u"insurances.school.contract"_s, &Insurances::school,
              &Insurance::contract);
    insurance(ui.hostInsurerEdit, u"insurances.host.insurer"_s, &Insurances::host, &Insurance::insurer);
    insurance(ui.hostContractEdit, u"insurances.host.contract"_s, &Insurances::host, &Insurance::contract);

    // A signature is a date and how it was given; clearing the date removes it. The status follows in the
    // same undo step, as the rules module says (every required signature there: "signed").
    const auto signature = [this](DateField* dateEdit, SignatureRole role) {
        QComboBox* method = m_signatureMethods.value(role);
        const auto apply = [this, dateEdit, method, role] {
            const QDate date = dateOf(dateEdit);
            const auto how = parseKey<SignatureMethod>(method->currentData().toString());
            editRecord<Measure>(m_measure, u"signatures."_s + key(role), [&](Measure& measure) {
                measure.signatures.removeIf([role](const RoleSignature& s) { return s.role == role; });
                if (date.isValid())
                    measure.signatures << RoleSignature{role, date, how.value_or(SignatureMethod::Paper)};
                measure.status = rules::statusAfterSignatures(measure, m_student ? &*m_student : nullptr);
            });
        };
        connect(dateEdit, &DateField::dateEdited, this, apply);
        connect(method, &QComboBox::currentIndexChanged, this, apply);
    };
    signature(ui.signatureHeadOfSchool, SignatureRole::HeadOfSchool);
    signature(ui.signatureHostManager, SignatureRole::HostManager);
    signature(ui.signatureYouthService, SignatureRole::YouthService);
    signature(ui.signatureStudent, SignatureRole::Student);
    signature(ui.signatureLegalRepresentative, SignatureRole::LegalRepresentative);

    // A note on a date without a status records the student as present: noting something means they came.
    connect(ui.attendanceTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() != 2)
            return;
        const QDate date = item->data(Qt::UserRole).toDate();
        const QString status = attendanceOf(date).value(0, key(AttendanceStatus::Present));
        editAttendance(date, {status, item->text()}, u"note"_s);
    });
    connect(m_timetable, &TimetableWidget::slotsEdited, this,
            [this](const QString& editKey, const TimeSlots&, const TimeSlots& after) {
                edit(editKey, QVariant::fromValue(m_measure.slots), QVariant::fromValue(after),
                     [this](const QVariant& value) { m_measure.slots = value.value<TimeSlots>(); });
            });
    connectIncidentEdits();
    connectExports();
    connectHostReportEdits();
}

void MeasureEditorDialog::reload(const QString& id) {
    loadRecord(m_measure, m_database, id);
}

void MeasureEditorDialog::refreshContext() {
    if (!m_student || m_student->id != m_measure.studentId)
        m_student = findRecord<Student>(m_database, m_measure.studentId);
    const QString schoolId = m_student ? m_student->schoolId : QString();
    if (!m_school || m_school->id != schoolId)
        m_school = findRecord<Organisation>(m_database, schoolId);
    if (!m_host || m_host->id != m_measure.hostId)
        m_host = findRecord<Organisation>(m_database, m_measure.hostId);
    if (!m_agreement || m_agreement->id != m_measure.agreementId)
        m_agreement = findRecord<Agreement>(m_database, m_measure.agreementId);
}

void MeasureEditorDialog::fillPeople() {
    const auto fill = [this](QComboBox* combo, QString& filledFor, const QString& organisationId) {
        if (filledFor == organisationId && combo->count() > 0)
            return;
        filledFor = organisationId;
        combo->clear();
        combo->addItem(tr("(none)"), QString());
        if (organisationId.isEmpty())
            return;
        storage::ListQuery query;
        query.schoolId = organisationId;  // for people: their organisation
        for (const Person& person : listRecords<Person>(m_database, query))
            combo->addItem(personLabel(person), person.id);
    };
    fill(m_ui->hostTutorCombo, m_tutorsFor, m_measure.hostId);
    // Until the student is chosen, the staff of the home school (where the default follower works).
    fill(m_ui->schoolFollowerCombo, m_followersFor, m_student ? m_student->schoolId : m_homeSchoolId);
}

// Shows m_measure in the widgets, touching only those that differ so that the cursor of the field being
// typed in stays where it is.
void MeasureEditorDialog::showMeasure() {
    showing([this] {
        Ui::MeasureEditorDialog& ui = *m_ui;
        fillPeople();
        selectData(ui.studentCombo, m_measure.studentId, m_student ? studentLabel(*m_student) : QString());
        selectData(ui.agreementCombo, m_measure.agreementId, m_agreement ? m_agreement->title : QString());
        selectData(ui.hostCombo, m_measure.hostId, m_host ? m_host->name : QString());
        selectData(ui.hostTutorCombo, m_measure.hostTutorId, {});
        selectData(ui.schoolFollowerCombo, m_measure.schoolFollowerId, {});
        selectData(ui.kindCombo, key(m_measure.kind), {});
        selectData(ui.statusCombo, key(m_measure.status), {});
        showDate(ui.startDate, m_measure.start);
        // The exchange format's bound (input_limits.h): a measure spans at most kMaxMeasureDays, so that
        // what is saved here always exports and imports again. An end typed beyond it stays, in red.
        const QDate lastEnd =
            m_measure.start.isValid() ? m_measure.start.addDays(input::kMaxMeasureDays) : QDate();
        ui.endDate->setMaximumDate(lastEnd,
                                   tr("A measure lasts at most %1 days: it can end on %2 at the latest.")
                                       .arg(input::kMaxMeasureDays)
                                       .arg(typed::dateText(lastEnd)));
        showDate(ui.endDate, m_measure.end);
        if (ui.exclusionDaysSpin->value() != m_measure.exclusionDays.value_or(0))
            ui.exclusionDaysSpin->setValue(m_measure.exclusionDays.value_or(0));
        showCheck(ui.studentConsentCheck, m_measure.consents.student);
        showCheck(ui.representativeConsentCheck, m_measure.consents.representative);
        showText(ui.objectivesEdit, m_measure.objectives);
        showText(ui.activitiesEdit, m_measure.activities);
        showText(ui.placesEdit, m_measure.places);
        showText(ui.transportEdit, m_measure.transport);
        showText(ui.schoolInsurerEdit, m_measure.insurances.school.insurer);
        showText(ui.schoolContractEdit, m_measure.insurances.school.contract);
        showText(ui.hostInsurerEdit, m_measure.insurances.host.insurer);
        showText(ui.hostContractEdit, m_measure.insurances.host.contract);
        for (auto [role, method] : m_signatureMethods.asKeyValueRange()) {
            const auto signature = std::find_if(m_measure.signatures.cbegin(), m_measure.signatures.cend(),
                                                [role](const RoleSignature& s) { return s.role == role; });
            const bool found = signature != m_measure.signatures.cend();
            selectData(method, key(found ? signature->method : SignatureMethod::Paper), {});
        }
        const auto signedOn = [this](SignatureRole role) {
            for (const RoleSignature& signature : std::as_const(m_measure.signatures)) {
                if (signature.role == role)
                    return signature.signedOn;
            }
            return QDate();
        };
        showDate(ui.signatureHeadOfSchool, signedOn(SignatureRole::HeadOfSchool));
        showDate(ui.signatureHostManager, signedOn(SignatureRole::HostManager));
        showDate(ui.signatureYouthService, signedOn(SignatureRole::YouthService));
        showDate(ui.signatureStudent, signedOn(SignatureRole::Student));
        showDate(ui.signatureLegalRepresentative, signedOn(SignatureRole::LegalRepresentative));
        if (m_timetable->timeSlots() != m_measure.slots)
            m_timetable->setTimeSlots(m_measure.slots);
        showAttendance();
        showIncidents();
        showHostReport();
    });
}

QStringList MeasureEditorDialog::attendanceOf(const QDate& date) const {
    for (const AttendanceEntry& entry : m_measure.attendance) {
        if (entry.date == date)
            return {key(entry.status), entry.note};
    }
    return {};
}

void MeasureEditorDialog::setAttendance(const QDate& date, const QStringList& value) {
    m_measure.attendance.removeIf([&date](const AttendanceEntry& entry) { return entry.date == date; });
    if (value.size() != 2)
        return;
    const AttendanceEntry entry{
        date, parseKey<AttendanceStatus>(value[0]).value_or(AttendanceStatus::Present), value[1]};
    const auto later = std::find_if(m_measure.attendance.begin(), m_measure.attendance.end(),
                                    [&date](const AttendanceEntry& other) { return other.date > date; });
    m_measure.attendance.insert(later, entry);
}

void MeasureEditorDialog::editAttendance(const QDate& date, const QStringList& after, const QString& part) {
    edit(u"attendance.%1.%2"_s.arg(date.toString(Qt::ISODate), part), attendanceOf(date), after,
         [this, date](const QVariant& value) { setAttendance(date, value.toStringList()); });
}

// Rows are rebuilt only when the expected dates change; otherwise their values are updated in place, since
// the combo box or item being edited is the one emitting the change.
void MeasureEditorDialog::showAttendance() {
    // What was really done, as the rules count it (RESP-TOTAL-HOURS applies to it too).
    m_ui->hoursDoneLabel->setText(rules::hoursDoneSummary(m_measure));
    QTableWidget* table = m_ui->attendanceTable;
    const QSignalBlocker blocker(table);
    // The expected sessions, and any date recorded outside them (an ATTENDANCE-DATE finding): shown so that
    // the user sees it and can take it back ("Not recorded").
    const QList<QDate> expected = rules::expectedSessionDates(m_measure);
    QList<QDate> dates = expected;
    for (const AttendanceEntry& entry : std::as_const(m_measure.attendance)) {
        if (!dates.contains(entry.date))
            dates.append(entry.date);
    }
    std::sort(dates.begin(), dates.end());
    bool sameDates = table->rowCount() == dates.size();
    for (int row = 0; sameDates && row < dates.size(); ++row)
        sameDates =
            table->item(row, 2) != nullptr && table->item(row, 2)->data(Qt::UserRole).toDate() == dates[row];
    if (!sameDates) {
        table->setRowCount(0);
        table->setRowCount(static_cast<int>(dates.size()));
        for (int row = 0; row < dates.size(); ++row) {
            const QDate date = dates[row];
            const QString dayText = QLocale().toString(date, QLocale::LongFormat);
            auto* day = new QTableWidgetItem(
                expected.contains(date) ? dayText : tr("%1 (no session planned that day)").arg(dayText));
            if (!expected.contains(date))
                day->setForeground(QColor(0xb0, 0x00, 0x20));
            day->setFlags(Qt::ItemIsEnabled);
            table->setItem(row, 0, day);
            auto* status = new QComboBox(table);
            status->addItem(tr("Not recorded"), QString());
            status->addItem(EnumLabels::of(AttendanceStatus::Present), key(AttendanceStatus::Present));
            status->addItem(EnumLabels::of(AttendanceStatus::Absent), key(AttendanceStatus::Absent));
            status->addItem(EnumLabels::of(AttendanceStatus::Excused), key(AttendanceStatus::Excused));
            connect(status, &QComboBox::currentIndexChanged, this, [this, status, date] {
                const QString chosen = status->currentData().toString();
                const QString note = attendanceOf(date).value(1);
                editAttendance(date, chosen.isEmpty() ? QStringList() : QStringList{chosen, note},
                               u"status"_s);
            });
            table->setCellWidget(row, 1, status);
            auto* note = new QTableWidgetItem();
            note->setData(Qt::UserRole, date);
            table->setItem(row, 2, note);
        }
    }
    for (int row = 0; row < dates.size(); ++row) {
        const QStringList recorded = attendanceOf(dates[row]);
        auto* status = qobject_cast<QComboBox*>(table->cellWidget(row, 1));
        const QSignalBlocker statusBlocker(status);
        status->setCurrentIndex(std::max(0, status->findData(recorded.value(0))));
        if (table->item(row, 2)->text() != recorded.value(1))
            table->item(row, 2)->setText(recorded.value(1));
    }
}

void MeasureEditorDialog::recheck() {
    rules::MeasureContext context;
    context.student = m_student ? &*m_student : nullptr;
    context.school = m_school ? &*m_school : nullptr;
    context.host = m_host ? &*m_host : nullptr;
    context.agreement = m_agreement ? &*m_agreement : nullptr;
    findingsPanel()->setFindings(rules::checkMeasure(m_measure, context, m_today));

    showSignatureSummary();

    const int total = rules::plannedTotalMinutes(m_measure);
    const int sessions = static_cast<int>(rules::expectedSessionDates(m_measure).size());
    m_ui->totalLabel->setText(tr("Over the whole measure: %1 h %2 in %n session(s)", nullptr, sessions)
                                  .arg(total / 60)
                                  .arg(total % 60, 2, 10, QLatin1Char('0')));
}

// Which signatures the measure's document still needs, from the rules module (which knows, for example,
// that an adult student signs instead of the legal representative).
void MeasureEditorDialog::showSignatureSummary() {
    const QList<SignatureRole> missing =
        rules::missingSignatures(m_measure, m_student ? &*m_student : nullptr);
    if (missing.isEmpty()) {
        m_ui->signatureSummaryLabel->setText(tr("Every signature the document needs is there."));
        return;
    }
    QStringList names;
    for (const SignatureRole role : missing)
        names << roleLabel(role);
    m_ui->signatureSummaryLabel->setText(tr("Still to sign: %1").arg(names.join(u", "_s)));
}

QString MeasureEditorDialog::titleText() const {
    const QString who = m_student ? m_student->fullName() : QString();
    QString title = m_measure.id.isEmpty() ? tr("New measure") : tr("Measure");
    if (!who.isEmpty())
        title += u" — "_s + who;
    return title;
}

QString MeasureEditorDialog::draftQuestion() const {
    int errors = 0;
    for (const rules::Finding& finding : findings())
        errors += finding.severity == rules::Severity::Error ? 1 : 0;
    if (errors == 0)
        return {};
    return tr(
        "The rules find %n error(s) in this measure. It can only be saved as a draft, "
        "with the status \"planned\", until they are fixed. Save it as a draft?",
        nullptr, errors);
}

void MeasureEditorDialog::makeDraft() {
    if (m_measure.status != MeasureStatus::Planned)
        edit(u"status"_s, key(m_measure.status), key(MeasureStatus::Planned), [this](const QVariant& value) {
            m_measure.status = parseKey<MeasureStatus>(value.toString()).value_or(MeasureStatus::Planned);
        });
}

// One repository call: one transaction, checked against the revision this editor loaded.
Status MeasureEditorDialog::writeRecord() {
    Status saved = saveRecord(m_measure, m_database);
    if (saved)
        NewRecordDefaults::rememberFollower(m_measure.schoolFollowerId);
    return saved;
}

}  // namespace passerelle::ui
