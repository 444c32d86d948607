#include "passerelle/ui/csv_import_dialog.h"

#include "passerelle/storage/database.h"
#include "passerelle/storage/repositories.h"
#include "passerelle/ui/app_settings.h"
#include "passerelle/ui/startup.h"
#include "ui_csv_import_dialog.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::ui {
namespace {

using exchange::CsvEncoding;
using exchange::CsvIssue;
using exchange::CsvProblem;
using exchange::StudentField;

constexpr int kPreviewRows = 20;
constexpr int kShownIssues = 50;

const QString kEncodingKey = u"csvImport/encoding"_s;
const QString kSeparatorKey = u"csvImport/separator"_s;

// A header row as a settings key: any text may be a header, a key may not.
QString mappingKey(const QStringList& headers) {
    const QByteArray digest =
        QCryptographicHash::hash(headers.join(QChar(0x1F)).toUtf8(), QCryptographicHash::Sha1).toHex();
    return u"csvImport/mappings/"_s + QString::fromLatin1(digest);
}

}  // namespace

CsvImportDialog::CsvImportDialog(storage::Database& database, const QString& csvPath, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CsvImportDialog>()), m_database(database), m_path(csvPath) {
    m_ui->setupUi(this);
    m_ui->fileLabel->setText(csvPath);
    m_ui->encodingCombo->addItem(tr("UTF-8"), static_cast<int>(CsvEncoding::Utf8));
    m_ui->encodingCombo->addItem(tr("Windows-1252 (Western European)"),
                                 static_cast<int>(CsvEncoding::Windows1252));
    m_ui->separatorCombo->addItem(tr("Semicolon ( ; )"), QString(u';'));
    m_ui->separatorCombo->addItem(tr("Comma ( , )"), QString(u','));
    m_ui->separatorCombo->addItem(tr("Tab"), QString(u'\t'));
    m_preview = new QStandardItemModel(this);
    m_ui->previewTable->setModel(m_preview);
    for (const StudentField field : exchange::kStudentFields) {
        auto* combo = new QComboBox(m_ui->columnsBox);
        combo->setObjectName(exchange::studentFieldKey(field) + u"Combo"_s);
        m_ui->columnsForm->addRow(fieldLabel(field), combo);
        m_fieldCombos.at(static_cast<size_t>(field)) = combo;
        connect(combo, &QComboBox::currentIndexChanged, this, &CsvImportDialog::updatePlan);
    }
    m_importButton = m_ui->buttons->button(QDialogButtonBox::Ok);
    m_importButton->setText(tr("&Import"));
    m_importButton->setObjectName(u"importButton"_s);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &CsvImportDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &CsvImportDialog::reject);

    loadSchools();
    loadStudents();
    loadFile();
    readSheet(false);
    connect(m_ui->encodingCombo, &QComboBox::currentIndexChanged, this, [this] { readSheet(true); });
    connect(m_ui->separatorCombo, &QComboBox::currentIndexChanged, this, [this] { readSheet(false); });
    connect(m_ui->schoolCombo, &QComboBox::currentIndexChanged, this, [this] {
        loadStudents();
        updatePlan();
    });
}

CsvImportDialog::~CsvImportDialog() = default;

QString CsvImportDialog::fieldLabel(StudentField field) {
    switch (field) {
        case StudentField::LastName:
            return tr("Last name");
        case StudentField::FirstName:
            return tr("First name");
        case StudentField::BirthDate:
            return tr("Birth date");
        case StudentField::ClassName:
            return tr("Class");
        case StudentField::Ine:
            return tr("INE");
        case StudentField::FamilyName:
            return tr("Family name");
        case StudentField::LeftOn:
            return tr("Left on");
    }
    return {};
}

QString CsvImportDialog::describeIssue(const CsvIssue& issue) {
    QString message;
    switch (issue.problem) {
        case CsvProblem::Unreadable:
            message = tr("the file cannot be read: %1").arg(issue.value);
            break;
        case CsvProblem::TooLarge:
            message = tr("the file is larger than %1 MB").arg(exchange::kMaxCsvFileBytes / (1024 * 1024));
            break;
        case CsvProblem::NotText:
            message =
                tr("the file is not a CSV text: save it from the spreadsheet as CSV (UTF-8 or Windows)");
            break;
        case CsvProblem::NoHeader:
            message = tr("the file is empty");
            break;
        case CsvProblem::TooManyRows:
            message = tr("the file has more than %1 lines: the rest is not read").arg(issue.value);
            break;
        case CsvProblem::TooManyColumns:
            message = tr("the line has more than %1 columns").arg(issue.value);
            break;
        case CsvProblem::UnterminatedQuote:
            message = tr("a quoted value is never closed");
            break;
        case CsvProblem::ValueTooLong:
            message = tr("the value is too long (at most %1 characters)").arg(issue.value);
            break;
        case CsvProblem::NoLastName:
            message = tr("no last name");
            break;
        case CsvProblem::NoFirstName:
            message = tr("no first name");
            break;
        case CsvProblem::BadDate:
            message = tr("unreadable date “%1” (dd/mm/yyyy)").arg(issue.value);
            break;
        case CsvProblem::Duplicate:
            message = tr("the student appears twice; the first one is kept");
            break;
    }
    QStringList place;
    if (issue.line > 0)
        place << tr("line %1").arg(issue.line);
    if (!issue.column.isEmpty())
        place << tr("column “%1”").arg(issue.column);
    QString where = place.join(u", "_s);
    if (!issue.studentName.isEmpty())
        where += (where.isEmpty() ? QString() : u" "_s) + u"(%1)"_s.arg(issue.studentName);
    return where.isEmpty() ? message : tr("%1: %2").arg(where, message);
}

void CsvImportDialog::loadFile() {
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_fileErrors.append({CsvProblem::Unreadable, 0, {}, {}, file.errorString()});
        return;
    }
    if (file.size() > exchange::kMaxCsvFileBytes) {
        m_fileErrors.append({CsvProblem::TooLarge, 0, {}, {}, {}});
        return;
    }
    m_bytes = file.read(exchange::kMaxCsvFileBytes + 1);
}

void CsvImportDialog::loadSchools() {
    storage::ListQuery query;
    query.kind = key(OrganisationKind::School);
    auto schools = storage::OrganisationRepository(m_database).listAll(query);
    if (!schools) {
        m_existingError = schools.error().message;
        return;
    }
    m_schools = *schools;
    const QString home = AppSettings::load().homeSchoolId;
    const QSignalBlocker blocker(m_ui->schoolCombo);
    for (const Organisation& school : std::as_const(m_schools))
        m_ui->schoolCombo->addItem(
            school.uai.isEmpty() ? school.name : tr("%1 (UAI %2)").arg(school.name, school.uai), school.id);
    const int homeIndex = m_ui->schoolCombo->findData(home);
    m_ui->schoolCombo->setCurrentIndex(homeIndex >= 0 ? homeIndex : (m_schools.isEmpty() ? -1 : 0));
}

QString CsvImportDialog::schoolId() const {
    return m_ui->schoolCombo->currentData().toString();
}

// The school's students only, page by page: the matching needs them, the rest of the database it does not.
void CsvImportDialog::loadStudents() {
    m_existing.clear();
    if (schoolId().isEmpty())
        return;
    storage::ListQuery query;
    query.schoolId = schoolId();
    auto students = storage::StudentRepository(m_database).listAll(query);
    if (!students) {
        m_existingError = students.error().message;
        return;
    }
    m_existingError.clear();
    m_existing = *students;
}

void CsvImportDialog::readSheet(bool keepMapping) {
    const exchange::CsvMapping previous = mapping();
    const int previousColumns = static_cast<int>(m_sheet.headers.size());
    const bool first = m_sheet.headers.isEmpty() && m_sheet.errors.isEmpty() && m_sheet.rows.isEmpty();
    exchange::CsvReadOptions options;
    if (!first) {
        options.encoding = static_cast<CsvEncoding>(m_ui->encodingCombo->currentData().toInt());
        options.separator = m_ui->separatorCombo->currentData().toString().at(0);
    }
    m_sheet = exchange::readCsv(m_bytes, options);
    if (first) {
        // What the file leaves in doubt (plain ASCII, no separator in the header) follows the last choice.
        const QSettings settings;
        bool again = false;
        if (!m_sheet.encodingCertain && settings.contains(kEncodingKey)) {
            options.encoding = static_cast<CsvEncoding>(settings.value(kEncodingKey).toInt());
            again = true;
        }
        const QString separator = settings.value(kSeparatorKey).toString();
        if (!m_sheet.separatorCertain && separator.size() == 1) {
            options.separator = separator.at(0);
            again = true;
        }
        if (again)
            m_sheet = exchange::readCsv(m_bytes, options);
        const QSignalBlocker encodingBlocker(m_ui->encodingCombo);
        const QSignalBlocker separatorBlocker(m_ui->separatorCombo);
        m_ui->encodingCombo->setCurrentIndex(
            m_ui->encodingCombo->findData(static_cast<int>(m_sheet.encoding)));
        m_ui->separatorCombo->setCurrentIndex(m_ui->separatorCombo->findData(QString(m_sheet.separator)));
    }
    fillPreview();
    // A new encoding keeps the columns where they are; a new separator makes other columns.
    const bool sameColumns = keepMapping && previousColumns == m_sheet.headers.size();
    fillFieldCombos(sameColumns ? previous : startingMapping());
    updatePlan();
}

void CsvImportDialog::fillPreview() {
    m_preview->clear();
    m_preview->setHorizontalHeaderLabels(m_sheet.headers);
    QStringList lines;
    for (qsizetype r = 0; r < std::min<qsizetype>(kPreviewRows, m_sheet.rows.size()); ++r) {
        QList<QStandardItem*> items;
        for (const QString& cell : m_sheet.rows.at(r).mid(0, m_sheet.headers.size()))
            items.append(new QStandardItem(cell.left(200)));
        m_preview->appendRow(items);
        lines.append(QString::number(m_sheet.lines.value(r)));
    }
    // The file's line numbers, which the errors name.
    m_preview->setVerticalHeaderLabels(lines);
    m_ui->previewTable->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
}

// The mapping remembered for this header row, else the guessed one.
exchange::CsvMapping CsvImportDialog::startingMapping() const {
    exchange::CsvMapping mapping = exchange::guessMapping(m_sheet.headers);
    const QStringList remembered = QSettings().value(mappingKey(m_sheet.headers)).toStringList();
    if (remembered.isEmpty())
        return mapping;
    mapping = {};
    for (const QString& entry : remembered) {
        const qsizetype equals = entry.indexOf(u'=');
        const std::optional<StudentField> field = exchange::studentFieldFromKey(entry.left(equals));
        bool ok = false;
        const int column = entry.mid(equals + 1).toInt(&ok);
        if (field && ok && column >= 0 && column < m_sheet.headers.size())
            mapping.set(*field, column);
    }
    return mapping;
}

void CsvImportDialog::fillFieldCombos(const exchange::CsvMapping& mapping) {
    for (const StudentField field : exchange::kStudentFields) {
        QComboBox* combo = m_fieldCombos.at(static_cast<size_t>(field));
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("(none)"), -1);
        for (qsizetype column = 0; column < m_sheet.headers.size(); ++column) {
            const QString header = m_sheet.headers.at(column);
            combo->addItem(header.isEmpty() ? tr("Column %1").arg(column + 1) : header,
                           static_cast<int>(column));
        }
        combo->setCurrentIndex(std::max(0, combo->findData(mapping.column(field))));
    }
}

exchange::CsvMapping CsvImportDialog::mapping() const {
    exchange::CsvMapping mapping;
    for (const StudentField field : exchange::kStudentFields) {
        const QComboBox* combo = m_fieldCombos.at(static_cast<size_t>(field));
        if (combo && combo->currentIndex() >= 0)
            mapping.set(field, combo->currentData().toInt());
    }
    return mapping;
}

void CsvImportDialog::updatePlan() {
    const exchange::CsvMapping chosen = mapping();
    // A file that cannot be read has no sheet either: its reason alone is said.
    QList<CsvIssue> errors = m_fileErrors.isEmpty() ? m_sheet.errors : m_fileErrors;
    m_students = exchange::studentsFromCsv(m_sheet, chosen);
    errors += m_students.errors;
    m_plan = exchange::planCsvImport(m_students, m_existing, schoolId());

    QStringList blocking;
    const QList<StudentField> missing = exchange::missingRequired(chosen);
    if (!missing.isEmpty()) {
        QStringList names;
        for (const StudentField field : missing)
            names << fieldLabel(field);
        blocking << tr("Choose the column of: %1 (the birth date may be left out when the INE is given).")
                        .arg(names.join(u", "_s));
    }
    if (schoolId().isEmpty())
        blocking << tr("Choose the school to import into (add it first in Partners if it is missing).");
    if (!m_existingError.isEmpty())
        blocking << m_existingError;

    QStringList summary;
    summary << tr("%1 to add, %2 to update, %3 unchanged.")
                   .arg(m_plan.added.size())
                   .arg(m_plan.updated.size())
                   .arg(m_plan.unchanged.size());
    if (!m_plan.absent.isEmpty())
        summary << tr("%n student(s) of the school are not in the file: they are kept.", nullptr,
                      static_cast<int>(m_plan.absent.size()));
    if (!errors.isEmpty())
        summary << tr("Nothing can be imported: %n error(s).", nullptr, static_cast<int>(errors.size()));
    summary += blocking;
    m_ui->summaryLabel->setText(summary.join(u'\n'));

    QStringList lines;
    for (const CsvIssue& issue : std::as_const(errors).mid(0, kShownIssues))
        lines << tr("Error: %1").arg(describeIssue(issue));
    for (const CsvIssue& issue : std::as_const(m_students.warnings).mid(0, kShownIssues))
        lines << tr("Warning: %1").arg(describeIssue(issue));
    m_ui->issuesEdit->setPlainText(lines.join(u'\n'));
    m_importButton->setEnabled(errors.isEmpty() && blocking.isEmpty() && !m_students.students.isEmpty());
}

void CsvImportDialog::remember() const {
    QSettings settings;
    settings.setValue(kEncodingKey, m_ui->encodingCombo->currentData().toInt());
    settings.setValue(kSeparatorKey, m_ui->separatorCombo->currentData().toString());
    const exchange::CsvMapping chosen = mapping();
    QStringList entries;
    for (const StudentField field : exchange::kStudentFields) {
        if (chosen.has(field))
            entries << exchange::studentFieldKey(field) + u'=' + QString::number(chosen.column(field));
    }
    settings.setValue(mappingKey(m_sheet.headers), entries);
}

void CsvImportDialog::accept() {
    updatePlan();
    if (!m_importButton->isEnabled())
        return;
    remember();
    if (!m_plan.changesSomething()) {
        QDialog::accept();
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    // An import may update many students at once: the database as it was is kept first.
    const Status kept = Startup::backUpBeforeImport(m_database);
    if (!kept) {
        QGuiApplication::restoreOverrideCursor();
        QMessageBox::warning(this, windowTitle(),
                             tr("Nothing was imported: the database could not be backed up first (%1).")
                                 .arg(kept.error().message));
        return;
    }
    exchange::SiecleImportPlan plan = m_plan;
    const auto summary = storage::DatasetStore(m_database).importDataset(exchange::importChanges(plan));
    QGuiApplication::restoreOverrideCursor();
    if (!summary) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Nothing was imported: %1").arg(summary.error().message));
        return;
    }
    m_outcome = *summary;
    QDialog::accept();
}

}  // namespace passerelle::ui
