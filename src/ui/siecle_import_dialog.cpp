#include "passerelle/ui/siecle_import_dialog.h"

#include "passerelle/domain/enums.h"
#include "passerelle/exchange/siecle.h"
#include "passerelle/storage/database.h"
#include "passerelle/storage/repositories.h"
#include "passerelle/ui/startup.h"
#include "ui_siecle_import_dialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace passerelle::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

enum ChangeColumn { ChangeStudent, ChangeField, ChangeBefore, ChangeAfter, ChangeColumnCount };
enum AddedColumn {
    AddedStudent,
    AddedClass,
    AddedBirthDate,
    AddedLeftOn,
    AddedRepresentatives,
    AddedColumnCount
};

// The name a FieldChange's field has in the user's language.
QString fieldLabel(const QString& field) {
    static const QHash<QString, const char*> labels{
        {u"firstName"_s, QT_TRANSLATE_NOOP("passerelle::ui::SiecleImportDialog", "First name")},
        {u"lastName"_s, QT_TRANSLATE_NOOP("passerelle::ui::SiecleImportDialog", "Last name")},
        {u"familyName"_s, QT_TRANSLATE_NOOP("passerelle::ui::SiecleImportDialog", "Birth name")},
        {u"ine"_s, QT_TRANSLATE_NOOP("passerelle::ui::SiecleImportDialog", "INE")},
        {u"siecleId"_s, QT_TRANSLATE_NOOP("passerelle::ui::SiecleImportDialog", "SIECLE id")},
        {u"birthDate"_s, QT_TRANSLATE_NOOP("passerelle::ui::SiecleImportDialog", "Birth date")},
        {u"className"_s, QT_TRANSLATE_NOOP("passerelle::ui::SiecleImportDialog", "Class")},
        {u"leftOn"_s, QT_TRANSLATE_NOOP("passerelle::ui::SiecleImportDialog", "Left on")},
        {u"legalRepresentatives"_s,
         QT_TRANSLATE_NOOP("passerelle::ui::SiecleImportDialog", "Legal representatives")},
    };
    const auto label = labels.constFind(field);
    return label == labels.cend() ? field : SiecleImportDialog::tr(*label);
}

QString frenchDate(const QDate& date) {
    return date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : QString();
}

// The plan gives dates in ISO form; the user reads them the French way.
QString shownValue(const QString& field, const QString& value) {
    if (field == u"birthDate"_s || field == u"leftOn"_s) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (date.isValid())
            return frenchDate(date);
    }
    return value;
}

QString studentLine(const Student& student) {
    QString line = student.fullName();
    if (!student.className.isEmpty())
        line += u" ("_s + student.className + u')';
    return line;
}

QString representativesLine(const Student& student) {
    QStringList names;
    for (const LegalRepresentative& representative : student.legalRepresentatives)
        names << representative.fullName();
    return names.join(u", "_s);
}

void setRow(QTableWidget* table, int row, const QStringList& values) {
    for (int column = 0; column < values.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(values.at(column)));
}

}  // namespace

struct SiecleImportDialog::State {
    QFutureWatcher<exchange::SiecleData> reading;
    bool readAgain = false;  // the files changed while the worker read them: its result is stale
    std::optional<exchange::SiecleData> data;
    std::optional<exchange::SiecleImportPlan> plan;
    QList<Organisation> schools;
};

SiecleImportDialog::SiecleImportDialog(storage::Database& database, const QStringList& files, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SiecleImportDialog>())
    , m_state(std::make_unique<State>())
    , m_database(database) {
    m_ui->setupUi(this);
    m_importButton = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"importButton"_s);
    m_importButton->setEnabled(false);
    m_ui->progressBar->hide();
    m_ui->changesTable->setColumnCount(ChangeColumnCount);
    m_ui->changesTable->setHorizontalHeaderLabels({tr("Student"), tr("Field"), tr("Before"), tr("After")});
    m_ui->addedTable->setColumnCount(AddedColumnCount);
    m_ui->addedTable->setHorizontalHeaderLabels(
        {tr("Student"), tr("Class"), tr("Birth date"), tr("Left on"), tr("Legal representatives")});
    for (QTableWidget* table : {m_ui->changesTable, m_ui->addedTable})
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->changesTable->setColumnWidth(ChangeStudent, 220);
    m_ui->changesTable->setColumnWidth(ChangeField, 170);
    m_ui->addedTable->setColumnWidth(AddedStudent, 220);

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_importButton, &QPushButton::clicked, this, &SiecleImportDialog::importNow);
    connect(m_ui->chooseFilesButton, &QPushButton::clicked, this, &SiecleImportDialog::chooseFiles);
    connect(m_ui->clearFilesButton, &QPushButton::clicked, this, &SiecleImportDialog::clearFiles);
    connect(m_ui->schoolCombo, &QComboBox::currentIndexChanged, this, &SiecleImportDialog::updatePreview);
    connect(&m_state->reading, &QFutureWatcherBase::finished, this, &SiecleImportDialog::filesRead);

    loadSchools();
    if (files.isEmpty())
        setMessage(tr("Choose the SIECLE files to import."), false);
    else
        addFiles(files);
}

SiecleImportDialog::~SiecleImportDialog() {
    // Reading is bounded (kMaxSiecleFileBytes): the worker is let finish rather than left running.
    m_state->reading.disconnect(this);
    m_state->reading.waitForFinished();
}

bool SiecleImportDialog::isReading() const {
    return m_state->reading.isRunning();
}

void SiecleImportDialog::chooseFiles() {
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Choose the SIECLE Files"), QString(),
                                      tr("SIECLE exports (*.xml *.zip *.XML *.ZIP);;All files (*)"));
    if (!paths.isEmpty())
        addFiles(paths);
}

void SiecleImportDialog::addFiles(const QStringList& paths) {
    for (const QString& path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (m_files.contains(absolute))
            continue;
        m_files << absolute;
        auto* item = new QListWidgetItem(QFileInfo(absolute).fileName(), m_ui->filesList);
        item->setToolTip(QDir::toNativeSeparators(absolute));
    }
    startReading();
}

void SiecleImportDialog::clearFiles() {
    m_files.clear();
    m_ui->filesList->clear();
    startReading();
}

void SiecleImportDialog::startReading() {
    m_state->data.reset();
    clearPreview();
    if (m_state->reading.isRunning()) {
        m_state->readAgain = true;
        return;
    }
    m_state->readAgain = false;
    if (m_files.isEmpty()) {
        m_ui->progressBar->hide();
        setMessage(tr("Choose the SIECLE files to import."), false);
        return;
    }
    m_ui->progressBar->show();
    setMessage(tr("Reading the files…"), false);
    m_state->reading.setFuture(QtConcurrent::run([files = m_files] { return exchange::readSiecle(files); }));
}

void SiecleImportDialog::filesRead() {
    if (m_state->readAgain) {
        startReading();
        return;
    }
    m_ui->progressBar->hide();
    m_state->data = m_state->reading.result();
    selectSchoolOfFiles();
    updatePreview();
}

void SiecleImportDialog::loadSchools() {
    storage::ListQuery query;
    query.kind = key(OrganisationKind::School);
    auto schools = storage::OrganisationRepository(m_database).listAll(query);
    if (!schools) {
        setMessage(schools.error().message, true);
        return;
    }
    m_state->schools = *schools;
    const QSignalBlocker blocker(m_ui->schoolCombo);
    for (const Organisation& school : std::as_const(m_state->schools)) {
        m_ui->schoolCombo->addItem(
            school.uai.isEmpty() ? school.name : tr("%1 (UAI %2)").arg(school.name, school.uai), school.id);
    }
    m_ui->schoolCombo->setCurrentIndex(-1);
}

// The school whose UAI the files give; when none has it, the user's choice stays (none at first).
void SiecleImportDialog::selectSchoolOfFiles() {
    if (!m_state->data || m_state->data->uai.isEmpty())
        return;
    for (qsizetype index = 0; index < m_state->schools.size(); ++index) {
        if (m_state->schools.at(index).uai.compare(m_state->data->uai, Qt::CaseInsensitive) == 0) {
            const QSignalBlocker blocker(m_ui->schoolCombo);
            m_ui->schoolCombo->setCurrentIndex(static_cast<int>(index));
            return;
        }
    }
}

void SiecleImportDialog::clearPreview() {
    m_state->plan.reset();
    m_importButton->setEnabled(false);
    m_ui->schoolLabel->clear();
    for (QLabel* count : {m_ui->addedCount, m_ui->updatedCount, m_ui->unchangedCount, m_ui->leaversCount,
                          m_ui->absentCount, m_ui->skippedCount})
        count->setText(u"–"_s);
    m_ui->changesTable->setRowCount(0);
    m_ui->addedTable->setRowCount(0);
    m_ui->otherList->clear();
    m_ui->issuesList->clear();
    m_ui->detailsTabs->setTabText(m_ui->detailsTabs->indexOf(m_ui->issuesTab), tr("Errors and Warnings"));
}

void SiecleImportDialog::updatePreview() {
    clearPreview();
    if (!m_state->data)
        return;
    const exchange::SiecleData& data = *m_state->data;
    for (const exchange::SiecleIssue& error : data.errors) {
        auto* item = new QListWidgetItem(tr("Error: %1").arg(error.describe()), m_ui->issuesList);
        item->setForeground(Qt::darkRed);
    }
    for (const exchange::SiecleIssue& warning : data.warnings)
        new QListWidgetItem(tr("Warning: %1").arg(warning.describe()), m_ui->issuesList);
    for (const QString& other : data.otherUais)
        new QListWidgetItem(tr("Warning: another file is for the UAI %1.").arg(other), m_ui->issuesList);
    m_ui->detailsTabs->setTabText(m_ui->detailsTabs->indexOf(m_ui->issuesTab),
                                  tr("Errors and Warnings (%1)").arg(m_ui->issuesList->count()));
    // The school first: what the files say about it helps even when they cannot be imported.
    const int index = m_ui->schoolCombo->currentIndex();
    const bool chosen = index >= 0 && index < m_state->schools.size();
    if (!chosen) {
        m_ui->schoolLabel->setText(
            data.uai.isEmpty()
                ? tr("The files give no UAI: choose the school to import into.")
                : tr("No school in the database has the UAI %1: choose the school to import into, or add the "
                     "school first (Partners).")
                      .arg(data.uai));
    } else if (const Organisation& chosenSchool = m_state->schools.at(index);
               !data.uai.isEmpty() && data.uai.compare(chosenSchool.uai, Qt::CaseInsensitive) != 0) {
        m_ui->schoolLabel->setText(tr("Warning: the files are for the UAI %1, the school %2 has the UAI %3.")
                                       .arg(data.uai, chosenSchool.name,
                                            chosenSchool.uai.isEmpty() ? tr("(none)") : chosenSchool.uai));
    }
    if (!data.ok()) {
        m_ui->detailsTabs->setCurrentWidget(m_ui->issuesTab);
        setMessage(
            tr("Nothing will be imported: %n error(s).", nullptr, static_cast<int>(data.errors.size())),
            true);
        return;
    }
    if (!chosen) {
        setMessage(tr("Choose the school to import into."), true);
        return;
    }
    const Organisation& school = m_state->schools.at(index);

    storage::ListQuery query;
    query.schoolId = school.id;
    const auto stored = storage::StudentRepository(m_database).listAll(query);
    if (!stored) {
        setMessage(stored.error().message, true);
        return;
    }
    m_state->plan = exchange::planSiecleImport(data, *stored, school.id);
    showPlan();
    if (!m_state->plan->changesSomething()) {
        setMessage(tr("Nothing to change: the database already holds these students."), false);
        return;
    }
    m_importButton->setEnabled(true);
    setMessage(tr("Nothing is written before you click Import; the database is backed up first."), false);
}

void SiecleImportDialog::showPlan() {
    const exchange::SiecleImportPlan& plan = *m_state->plan;
    m_ui->addedCount->setText(QString::number(plan.added.size()));
    m_ui->updatedCount->setText(QString::number(plan.updated.size()));
    m_ui->unchangedCount->setText(QString::number(plan.unchanged.size()));
    m_ui->leaversCount->setText(QString::number(plan.leavers.size()));
    m_ui->absentCount->setText(QString::number(plan.absent.size()));
    m_ui->skippedCount->setText(QString::number(plan.skipped.size()));

    int changeCount = 0;
    for (const exchange::PlannedUpdate& update : plan.updated) {
        for (const exchange::FieldChange& change : update.changes) {
            m_ui->changesTable->insertRow(changeCount);
            setRow(m_ui->changesTable, changeCount++,
                   {studentLine(update.student), fieldLabel(change.field),
                    shownValue(change.field, change.before), shownValue(change.field, change.after)});
        }
    }
    m_ui->changesTable->resizeRowsToContents();
    m_ui->addedTable->setRowCount(static_cast<int>(plan.added.size()));
    for (int row = 0; row < plan.added.size(); ++row) {
        const Student& student = plan.added.at(row);
        setRow(m_ui->addedTable, row,
               {student.fullName(), student.className, frenchDate(student.birthDate),
                frenchDate(student.leftOn), representativesLine(student)});
    }
    for (const Student& student : plan.leavers) {
        m_ui->otherList->addItem(
            tr("Leaver (kept): %1, left on %2").arg(studentLine(student), frenchDate(student.leftOn)));
    }
    for (const Student& student : plan.absent)
        m_ui->otherList->addItem(
            tr("Absent from the files (kept, not removed): %1").arg(studentLine(student)));
    for (const exchange::SkippedLink& link : plan.skipped) {
        m_ui->otherList->addItem(tr("Representative skipped: %1, for the student %2: %3")
                                     .arg(link.representativeName, link.studentSiecleId, link.reason));
    }
    QTabWidget* tabs = m_ui->detailsTabs;
    tabs->setTabText(tabs->indexOf(m_ui->changesTab), tr("Changes (%1)").arg(changeCount));
    tabs->setTabText(tabs->indexOf(m_ui->addedTab), tr("Added (%1)").arg(plan.added.size()));
    tabs->setTabText(tabs->indexOf(m_ui->otherTab),
                     tr("Leavers, Absent, Skipped (%1)").arg(m_ui->otherList->count()));
    if (changeCount == 0 && !plan.added.isEmpty())
        tabs->setCurrentWidget(m_ui->addedTab);
    else
        tabs->setCurrentWidget(m_ui->changesTab);
}

void SiecleImportDialog::setMessage(const QString& text, bool problem) {
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(problem ? u"color: #a00000; font-weight: bold;"_s : QString());
}

// Backed up first exactly as Fichier › Importer › Fichier Passerelle does, then one transaction: on any
// failure nothing is written and the dialog stays open, saying why.
void SiecleImportDialog::importNow() {
    if (!m_state->plan || !m_state->plan->changesSomething() || isReading())
        return;
    m_importButton->setEnabled(false);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status kept = Startup::backUpBeforeImport(m_database);
    if (!kept) {
        QGuiApplication::restoreOverrideCursor();
        m_importButton->setEnabled(true);
        setMessage(tr("Nothing was imported: the database could not be backed up first (%1).")
                       .arg(kept.error().message),
                   true);
        return;
    }
    exchange::SiecleImportPlan applied = *m_state->plan;
    const auto summary = storage::DatasetStore(m_database).importDataset(exchange::importChanges(applied));
    QGuiApplication::restoreOverrideCursor();
    if (!summary) {
        m_importButton->setEnabled(true);
        setMessage(tr("Nothing was imported: %1").arg(summary.error().message), true);
        return;
    }
    m_summary = *summary;
    setMessage(tr("%1 added, %2 updated.").arg(summary->added).arg(summary->updated), false);
    accept();
}

}  // namespace passerelle::ui
