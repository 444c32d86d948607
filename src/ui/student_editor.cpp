#include "passerelle/ui/student_editor.h"

#include "passerelle/ui/contact_fields.h"

#include "child_table.h"
#include "editor_widgets.h"
#include "passerelle/storage/repositories.h"
#include "ui_student_editor.h"

#include <QTableWidget>

namespace passerelle::ui {
namespace {

using namespace Qt::Literals::StringLiterals;
using namespace editor;

// The columns of the representatives table, and the field each one edits.
struct RepresentativeColumn {
    QString field;  // the exchange key, also the undo key's last part
    QString LegalRepresentative::*member;
};

const QList<RepresentativeColumn>& representativeColumns() {
    static const QList<RepresentativeColumn> columns{
        {u"civility"_s, &LegalRepresentative::civility}, {u"firstName"_s, &LegalRepresentative::firstName},
        {u"lastName"_s, &LegalRepresentative::lastName}, {u"relation"_s, &LegalRepresentative::relation},
        {u"address"_s, &LegalRepresentative::address},   {u"phone"_s, &LegalRepresentative::phone},
        {u"email"_s, &LegalRepresentative::email},
    };
    return columns;
}

// The column a new row's typing starts in: the first name (the civility before it is a choice).
constexpr int firstNameColumn = 1;

}  // namespace

StudentEditorDialog::StudentEditorDialog(storage::Database& database, const QString& id, const QDate& today,
                                         QWidget* parent)
    : RecordEditorDialog(parent)
    , m_ui(std::make_unique<Ui::StudentEditorDialog>())
    , m_database(database)
    , m_today(today) {
    m_ui->setupUi(this);
    setUpWidgets();
    reload(id);
    connectEdits();
}

StudentEditorDialog::~StudentEditorDialog() = default;

void StudentEditorDialog::setUpWidgets() {
    setUpOptionalDate(m_ui->birthDateEdit, tr("Unknown"), m_today);
    // The calendar of an empty birth date opens where most students were born: a collège student is
    // eleven to fifteen.
    constexpr int typicalAge = 13;
    m_ui->birthDateEdit->setTypicalDate(m_today.addYears(-typicalAge));
    m_ui->schoolCombo->addItem(tr("(none)"), QString());
    storage::ListQuery schools;
    schools.kind = key(OrganisationKind::School);
    for (const Organisation& school : listRecords<Organisation>(m_database, schools))
        m_ui->schoolCombo->addItem(school.name, school.id);
    using Kind = ChildTable::Kind;
    const QList<ChildTable::Column> columns{
        {.header = tr("Civility"),
         .kind = Kind::Choice,
         .width = 80,
         .choices = [](int) { return civilityChoices(); },
         .toolTip = civilityToolTip()},
        {tr("First name"), Kind::Text, 120},
        {tr("Last name"), Kind::Text, 120},
        {tr("Relation"), Kind::Text, 90},
        {tr("Address"), Kind::Text, 240},
        {.header = tr("Phone"), .kind = Kind::Text, .width = 120, .checkTyping = refuseNonPhoneTyping},
        {.header = tr("Email"), .kind = Kind::Text, .checkTyping = refuseNonEmailTyping},
    };
    // One row per representative, keyed by position: rows are rebuilt only when their number changes.
    ChildTable::Source source;
    source.keys = [this] {
        QStringList keys;
        for (qsizetype row = 0; row < m_record.legalRepresentatives.size(); ++row)
            keys << QString::number(row);
        return keys;
    };
    source.value = [this](int row, int column) {
        return QVariant(m_record.legalRepresentatives.at(row).*representativeColumns().at(column).member);
    };
    source.edited = [this](int row, int column, const QVariant& value) {
        const RepresentativeColumn& field = representativeColumns().at(column);
        const QString text = value.toString();
        change(u"legalRepresentatives.%1.%2"_s.arg(row).arg(field.field), [&](Student& student) {
            if (row < student.legalRepresentatives.size())
                student.legalRepresentatives[row].*field.member = text;
        });
    };
    m_representatives = std::make_unique<ChildTable>(m_ui->representativesTable, columns, std::move(source));
    setUpEditorChrome(m_ui->undoButton, m_ui->redoButton, m_ui->stateLabel, m_ui->buttonBox, m_ui->tabs);
}

void StudentEditorDialog::connectEdits() {
    Ui::StudentEditorDialog& ui = *m_ui;
    const auto line = [this](QLineEdit* lineEdit, const QString& key, QString Student::*member) {
        connect(lineEdit, &QLineEdit::textChanged, this, [this, key, member](const QString& text) {
            change(key, [&](Student& student) { student.*member = text; });
        });
    };
    line(ui.firstNameEdit, u"firstName"_s, &Student::firstName);
    line(ui.lastNameEdit, u"lastName"_s, &Student::lastName);
    line(ui.classEdit, u"className"_s, &Student::className);
    connect(ui.birthDateEdit, &DateField::dateEdited, this, [this](const QDate& date) {
        change(u"birthDate"_s, [&](Student& student) { student.birthDate = date; });
    });
    connect(ui.schoolCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString schoolId = m_ui->schoolCombo->currentData().toString();
        change(u"schoolId"_s, [&](Student& student) { student.schoolId = schoolId; });
    });
    const auto check = [this](QCheckBox* box, const QString& key, bool StudentConsents::*member) {
        connect(box, &QCheckBox::toggled, this, [this, key, member](bool checked) {
            change(key, [&](Student& student) { student.consents.*member = checked; });
        });
    };
    check(ui.followUpConsentCheck, u"consents.followUp"_s, &StudentConsents::followUp);
    check(ui.imageConsentCheck, u"consents.image"_s, &StudentConsents::image);

    connect(ui.addRepresentativeButton, &QPushButton::clicked, this, &StudentEditorDialog::addRepresentative);
    connect(ui.removeRepresentativeButton, &QPushButton::clicked, this,
            &StudentEditorDialog::removeRepresentative);
    connect(ui.representativesTable, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_ui->removeRepresentativeButton->setEnabled(row >= 0); });
}

void StudentEditorDialog::change(const QString& key, const std::function<void(Student&)>& alter) {
    editRecord<Student>(m_record, key, alter);
}

void StudentEditorDialog::addRepresentative() {
    const int row = static_cast<int>(m_record.legalRepresentatives.size());
    // A key of its own, so that two additions in a row stay two undo steps.
    change(u"legalRepresentatives.add.%1"_s.arg(++m_rowChanges),
           [](Student& student) { student.legalRepresentatives.append(LegalRepresentative{}); });
    QTableWidget* table = m_ui->representativesTable;
    if (row >= table->rowCount())
        return;
    table->setCurrentCell(row, firstNameColumn);
    if (table->isVisible())
        table->editItem(table->item(row, firstNameColumn));
}

void StudentEditorDialog::removeRepresentative() {
    const int row = m_ui->representativesTable->currentRow();
    if (row < 0 || row >= m_record.legalRepresentatives.size())
        return;
    const QString name = m_record.legalRepresentatives.at(row).fullName();
    if (!ask(Question::Confirm, tr("Remove %1 from the legal representatives of this student?")
                                    .arg(name.isEmpty() ? tr("this representative") : name)))
        return;
    change(u"legalRepresentatives.remove.%1"_s.arg(++m_rowChanges),
           [row](Student& student) { student.legalRepresentatives.removeAt(row); });
}

void StudentEditorDialog::reload(const QString& id) {
    loadRecord(m_record, m_database, id);
}

void StudentEditorDialog::refresh() {
    showing([this] {
        Ui::StudentEditorDialog& ui = *m_ui;
        showText(ui.firstNameEdit, m_record.firstName);
        showText(ui.lastNameEdit, m_record.lastName);
        showDate(ui.birthDateEdit, m_record.birthDate);
        showText(ui.classEdit, m_record.className);
        QString schoolName;
        if (m_ui->schoolCombo->findData(m_record.schoolId) < 0) {
            const std::optional<Organisation> school =
                findRecord<Organisation>(m_database, m_record.schoolId);
            schoolName = school ? school->name : QString();
        }
        selectData(ui.schoolCombo, m_record.schoolId, schoolName);
        showCheck(ui.followUpConsentCheck, m_record.consents.followUp);
        showCheck(ui.imageConsentCheck, m_record.consents.image);
        m_representatives->show();
    });
    const std::optional<int> age = m_record.ageOn(m_today);
    m_ui->ageLabel->setText(age ? tr("%n year(s) old", nullptr, *age) : QString());
    m_ui->removeRepresentativeButton->setEnabled(m_ui->representativesTable->currentRow() >= 0);
}

Status StudentEditorDialog::writeRecord() {
    if (m_record.lastName.trimmed().isEmpty() || m_record.firstName.trimmed().isEmpty()) {
        const QString field = m_record.lastName.trimmed().isEmpty() ? u"lastName"_s : u"firstName"_s;
        focusField(field);
        return failure(field == u"lastName"_s ? tr("Last name: a student needs a last name.")
                                              : tr("First name: a student needs a first name."),
                       field);
    }
    for (const LegalRepresentative& representative : std::as_const(m_record.legalRepresentatives)) {
        if (representative.fullName().trimmed().isEmpty()) {
            focusField(u"legalRepresentatives"_s);
            return failure(tr("Legal representatives: every representative needs a first or a last name."),
                           u"legalRepresentatives"_s);
        }
    }
    return saveRecord(m_record, m_database);
}

QString StudentEditorDialog::titleText() const {
    return m_record.id.isEmpty() ? tr("New student") : tr("Student") + u" — "_s + m_record.fullName();
}

QHash<QString, QWidget*> StudentEditorDialog::fieldWidgets() const {
    const Ui::StudentEditorDialog& ui = *m_ui;
    return {
        {u"firstName"_s, ui.firstNameEdit},
        {u"lastName"_s, ui.lastNameEdit},
        {u"birthDate"_s, ui.birthDateEdit},
        {u"className"_s, ui.classEdit},
        {u"school"_s, ui.schoolCombo},
        {u"schoolId"_s, ui.schoolCombo},
        {u"legalRepresentatives"_s, ui.representativesTable},
        {u"consents"_s, ui.followUpConsentCheck},
        {u"consents.followUp"_s, ui.followUpConsentCheck},
        {u"consents.image"_s, ui.imageConsentCheck},
    };
}

}  // namespace passerelle::ui
