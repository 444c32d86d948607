// The measure editor's incidents and host report tab: the list of incidents, the form of the selected one,
// and the host's report. Split from measure_editor.cpp, which holds the rest of the dialog.
#include "editor_widgets.h"
#include "passerelle/ui/date_time_field.h"
#include "passerelle/ui/measure_editor.h"
#include "ui_measure_editor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

#include <algorithm>

namespace passerelle::ui {
namespace {

using namespace Qt::Literals::StringLiterals;
using namespace editor;

QString incidentKindLabel(IncidentKind kind) {
    switch (kind) {
        case IncidentKind::Accident:
            return MeasureEditorDialog::tr("Accident");
        case IncidentKind::Absence:
            return MeasureEditorDialog::tr("Absence");
        case IncidentKind::Behaviour:
            return MeasureEditorDialog::tr("Behaviour");
        case IncidentKind::Other:
            break;
    }
    return MeasureEditorDialog::tr("Other");
}

QString dateTimeText(const QDateTime& at) {
    return at.isValid() ? QLocale().toString(at, QLocale::ShortFormat) : QString();
}

}  // namespace

void MeasureEditorDialog::setUpIncidentWidgets() {
    m_ui->incidentsTable->setHorizontalHeaderLabels(
        {tr("When"), tr("Nature"), tr("Head of school told"), tr("Description")});
    m_ui->incidentsTable->setColumnWidth(0, 150);
    m_ui->incidentsTable->setColumnWidth(1, 120);
    m_ui->incidentsTable->setColumnWidth(2, 170);
    // The French header ("Chef d'établissement informé") is wider than the English one.
    m_ui->incidentsTable->setColumnWidth(
        2, std::max(170, m_ui->incidentsTable->horizontalHeader()->sectionSizeHint(2)));
    for (const IncidentKind kind :
         {IncidentKind::Accident, IncidentKind::Absence, IncidentKind::Behaviour, IncidentKind::Other})
        m_ui->incidentKindCombo->addItem(incidentKindLabel(kind), key(kind));
    setUpOptionalDate(m_ui->reportWrittenOnEdit, tr("Not set"), m_today);
    m_ui->reportTextEdit->setUndoRedoEnabled(false);
    // An incident always has its moment (the exchange format requires it); the head of school's, once told.
    for (DateTimeField* moment : {m_ui->incidentAtEdit, m_ui->headNotifiedEdit}) {
        moment->setToday(m_today);
        moment->setRequired(true);
    }
}

// The incident selected in the table is the one the form below it edits.
void MeasureEditorDialog::connectIncidentEdits() {
    Ui::MeasureEditorDialog& ui = *m_ui;
    connect(ui.incidentsTable, &QTableWidget::currentCellChanged, this, [this] { showIncidentForm(); });
    connect(ui.addIncidentButton, &QPushButton::clicked, this, [this] {
        // Dated now by default: incidents are usually recorded as soon as the host phones.
        const QDateTime now(m_today, QTime(QTime::currentTime().hour(), QTime::currentTime().minute()));
        editRecord<Measure>(m_measure, u"incidents.add"_s, [now](Measure& measure) {
            measure.incidents.append(Incident{now, IncidentKind::Other, QString(), QDateTime()});
        });
        m_ui->incidentsTable->setCurrentCell(m_ui->incidentsTable->rowCount() - 1, 0);
        m_ui->incidentDescriptionEdit->setFocus();
    });
    connect(ui.removeIncidentButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->incidentsTable->currentRow();
        if (row < 0 || row >= m_measure.incidents.size() ||
            !ask(Question::Confirm, tr("Remove this incident from the follow-up?")))
            return;
        editRecord<Measure>(m_measure, u"incidents.remove"_s,
                            [row](Measure& measure) { measure.incidents.removeAt(row); });
    });
    // Edits the selected incident; the key keeps each field of each incident its own undo step.
    const auto editIncident = [this](const QString& field, const std::function<void(Incident&)>& change) {
        const int row = m_ui->incidentsTable->currentRow();
        if (row < 0 || row >= m_measure.incidents.size())
            return;
        editRecord<Measure>(m_measure, u"incidents.%1.%2"_s.arg(row).arg(field),
                            [row, &change](Measure& measure) { change(measure.incidents[row]); });
    };
    connect(ui.incidentAtEdit, &DateTimeField::dateTimeEdited, this, [editIncident](const QDateTime& at) {
        editIncident(u"at"_s, [at](Incident& incident) { incident.at = at; });
    });
    connect(ui.incidentKindCombo, &QComboBox::currentIndexChanged, this, [this, editIncident] {
        const auto kind = parseKey<IncidentKind>(m_ui->incidentKindCombo->currentData().toString());
        editIncident(u"kind"_s,
                     [kind](Incident& incident) { incident.kind = kind.value_or(IncidentKind::Other); });
    });
    connect(ui.incidentDescriptionEdit, &QLineEdit::textChanged, this, [editIncident](const QString& text) {
        editIncident(u"description"_s, [text](Incident& incident) { incident.description = text; });
    });
    connect(ui.headNotifiedCheck, &QCheckBox::toggled, this, [this, editIncident](bool told) {
        const QDateTime at = m_ui->headNotifiedEdit->dateTime();
        editIncident(u"headNotified"_s,
                     [told, at](Incident& incident) { incident.headNotifiedAt = told ? at : QDateTime(); });
    });
    connect(
        ui.headNotifiedEdit, &DateTimeField::dateTimeEdited, this, [this, editIncident](const QDateTime& at) {
            if (m_ui->headNotifiedCheck->isChecked())
                editIncident(u"headNotifiedAt"_s, [at](Incident& incident) { incident.headNotifiedAt = at; });
        });
}

void MeasureEditorDialog::connectHostReportEdits() {
    Ui::MeasureEditorDialog& ui = *m_ui;
    connect(ui.hostReportGroup, &QGroupBox::toggled, this, [this](bool received) {
        const QDate today = m_today;
        editRecord<Measure>(m_measure, u"hostReport"_s, [received, today](Measure& measure) {
            if (!received)
                measure.hostReport.reset();
            else if (!measure.hostReport)
                measure.hostReport = HostReport{today, {}, {}, {}};
        });
    });
    const auto editReport = [this](const QString& field, const std::function<void(HostReport&)>& change) {
        editRecord<Measure>(m_measure, u"hostReport."_s + field, [&change](Measure& measure) {
            if (measure.hostReport)
                change(*measure.hostReport);
        });
    };
    connect(ui.reportWrittenOnEdit, &DateField::dateEdited, this, [editReport](const QDate& date) {
        editReport(u"writtenOn"_s, [date](HostReport& report) { report.writtenOn = date; });
    });
    connect(ui.reportBehaviourEdit, &QLineEdit::textChanged, this, [editReport](const QString& text) {
        editReport(u"behaviour"_s, [text](HostReport& report) { report.behaviour = text; });
    });
    connect(ui.reportInvolvementEdit, &QLineEdit::textChanged, this, [editReport](const QString& text) {
        editReport(u"involvement"_s, [text](HostReport& report) { report.involvement = text; });
    });
    connect(ui.reportTextEdit, &QPlainTextEdit::textChanged, this, [this, editReport] {
        const QString text = m_ui->reportTextEdit->toPlainText();
        editReport(u"text"_s, [text](HostReport& report) { report.text = text; });
    });
}

void MeasureEditorDialog::showIncidents() {
    QTableWidget* table = m_ui->incidentsTable;
    const int rows = static_cast<int>(m_measure.incidents.size());
    if (table->rowCount() != rows) {
        const int current = table->currentRow();
        table->setRowCount(rows);
        for (int row = 0; row < rows; ++row) {
            for (int column = 0; column < table->columnCount(); ++column) {
                if (table->item(row, column) == nullptr)
                    table->setItem(row, column, new QTableWidgetItem());
            }
        }
        table->setCurrentCell(std::min(current, rows - 1), 0);
    }
    for (int row = 0; row < rows; ++row) {
        const Incident& incident = m_measure.incidents[row];
        const QStringList texts{
            dateTimeText(incident.at), incidentKindLabel(incident.kind),
            incident.headNotifiedAt.isValid() ? dateTimeText(incident.headNotifiedAt) : tr("Not yet"),
            incident.description};
        for (int column = 0; column < texts.size(); ++column) {
            if (table->item(row, column)->text() != texts[column])
                table->item(row, column)->setText(texts[column]);
        }
    }
    showIncidentForm();
}

void MeasureEditorDialog::showIncidentForm() {
    Ui::MeasureEditorDialog& ui = *m_ui;
    const int row = ui.incidentsTable->currentRow();
    const bool selected = row >= 0 && row < m_measure.incidents.size();
    for (QWidget* widget :
         {static_cast<QWidget*>(ui.incidentAtEdit), static_cast<QWidget*>(ui.incidentKindCombo),
          static_cast<QWidget*>(ui.incidentDescriptionEdit), static_cast<QWidget*>(ui.headNotifiedCheck),
          static_cast<QWidget*>(ui.removeIncidentButton)})
        widget->setEnabled(selected);
    const Incident incident = selected ? m_measure.incidents[row] : Incident{};
    showing([&] {
        // Without an incident selected the form is disabled and keeps what it showed.
        if (incident.at.isValid())
            ui.incidentAtEdit->setDateTime(incident.at);
        selectData(ui.incidentKindCombo, key(incident.kind), {});
        showText(ui.incidentDescriptionEdit, incident.description);
        showCheck(ui.headNotifiedCheck, incident.headNotifiedAt.isValid());
        // Unchecked, the time proposed is the incident's own, which the user then moves forward.
        const QDateTime told = incident.headNotifiedAt.isValid() ? incident.headNotifiedAt : incident.at;
        if (told.isValid())
            ui.headNotifiedEdit->setDateTime(told);
    });
    ui.headNotifiedEdit->setEnabled(selected && incident.headNotifiedAt.isValid());
}

void MeasureEditorDialog::showHostReport() {
    Ui::MeasureEditorDialog& ui = *m_ui;
    const HostReport report = m_measure.hostReport.value_or(HostReport{});
    if (ui.hostReportGroup->isChecked() != m_measure.hostReport.has_value())
        ui.hostReportGroup->setChecked(m_measure.hostReport.has_value());
    showDate(ui.reportWrittenOnEdit, report.writtenOn);
    showText(ui.reportBehaviourEdit, report.behaviour);
    showText(ui.reportInvolvementEdit, report.involvement);
    showText(ui.reportTextEdit, report.text);
}

}  // namespace passerelle::ui
