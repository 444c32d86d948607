#include "passerelle/ui/first_start_wizard.h"

#include "passerelle/exchange/demo_data.h"
#include "passerelle/storage/dataset_store.h"
#include "passerelle/ui/app_settings.h"
#include "passerelle/ui/contact_fields.h"
#include "passerelle/ui/date_field.h"
#include "passerelle/ui/timetable_widget.h"
#include "passerelle/ui/typed_field.h"
#include "ui_first_start_wizard.h"

#include <QGuiApplication>
#include <QUuid>

#include <spdlog/spdlog.h>

namespace passerelle::ui {
namespace {

using namespace Qt::Literals::StringLiterals;

// The hours most collèges teach: Monday to Friday mornings, afternoons but Wednesday's. The user adjusts
// them; a blank grid would make every measure unverifiable.
TimeSlots usualTeachingHours() {
    TimeSlots slots;
    for (const Weekday day :
         {Weekday::Monday, Weekday::Tuesday, Weekday::Wednesday, Weekday::Thursday, Weekday::Friday}) {
        slots.append({day, QTime(8, 0), QTime(12, 0)});
        if (day != Weekday::Wednesday)
            slots.append({day, QTime(13, 30), QTime(16, 30)});
    }
    return slots;
}

QString newId(const QString& prefix) {
    return prefix + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

}  // namespace

FirstStartWizard::FirstStartWizard(const QDate& today, QWidget* parent)
    : QWizard(parent), m_ui(std::make_unique<Ui::FirstStartWizard>()) {
    m_ui->setupUi(this);
    setOption(QWizard::NoBackButtonOnStartPage);
    // Enter moves on (Next), it never finishes: the last page asks a question of its own.
    setOption(QWizard::NoDefaultButton, false);
    m_ui->headRoleCombo->addItems({tr("Principal of the collège"), tr("Principal of the lycée")});
    m_ui->headRoleCombo->setCurrentIndex(0);
    m_ui->rentreeField->setToday(today);
    m_ui->rentreeField->setDayAndMonthOnly(true);
    m_ui->rentreeField->setDate(QDate(today.year(), 9, 1));
    m_ui->rentreeField->setRequired(true);
    checkPhone(m_ui->phoneEdit);
    checkEmail(m_ui->emailEdit);
    checkUai(m_ui->uaiEdit, m_ui->uaiReasonLabel);
    m_teachingHours = new TimetableWidget(this);
    m_teachingHours->setObjectName(u"teachingHours"_s);
    m_teachingHours->setTimeSlots(usualTeachingHours());
    m_ui->hoursLayout->addWidget(m_teachingHours);
}

FirstStartWizard::~FirstStartWizard() = default;

bool FirstStartWizard::validateCurrentPage() {
    // A field holding what cannot be right keeps the user on its page, with the reason beside it.
    QWidget* wrong = nullptr;
    if (currentPage() == m_ui->schoolPage) {
        if (m_ui->nameEdit->text().trimmed().isEmpty()) {
            // Said where the user looks: in the empty field itself.
            m_ui->nameEdit->setPlaceholderText(tr("The school's name is needed"));
            QPalette palette = m_ui->nameEdit->palette();
            palette.setColor(QPalette::PlaceholderText, Qt::red);
            m_ui->nameEdit->setPalette(palette);
            wrong = m_ui->nameEdit;
        }
        for (QLineEdit* edit : {m_ui->uaiEdit, m_ui->phoneEdit, m_ui->emailEdit}) {
            if (!showIfIncomplete(edit) && !wrong)
                wrong = edit;
        }
    } else if (currentPage() == m_ui->headPage) {
        m_ui->rentreeField->showProblem();
        if (m_ui->rentreeField->hasProblem())
            wrong = m_ui->rentreeField->lineEdit();
    } else if (currentPage() == m_ui->hoursPage) {
        m_teachingHours->showProblems();
        if (TypedField* field = firstFieldWithProblem(m_teachingHours))
            wrong = field->lineEdit();
    }
    if (wrong) {
        wrong->setFocus(Qt::OtherFocusReason);
        return false;
    }
    return QWizard::validateCurrentPage();
}

FirstStartAnswers FirstStartWizard::answers() const {
    FirstStartAnswers answers;
    answers.school.kind = OrganisationKind::School;
    answers.school.name = m_ui->nameEdit->text().simplified();
    answers.school.uai = m_ui->uaiEdit->text().trimmed().toUpper();
    answers.school.address = m_ui->addressEdit->text().simplified();
    answers.school.phone = m_ui->phoneEdit->text().simplified();
    answers.school.email = m_ui->emailEdit->text().trimmed();
    answers.school.teachingHours = m_teachingHours->timeSlots();
    answers.head.firstName = m_ui->headFirstNameEdit->text().simplified();
    answers.head.lastName = m_ui->headLastNameEdit->text().simplified();
    answers.head.role = m_ui->headRoleCombo->currentText().simplified();
    const QDate rentree = m_ui->rentreeField->date();
    if (rentree.isValid()) {
        answers.rentreeMonth = rentree.month();
        answers.rentreeDay = rentree.day();
    }
    answers.demoData = m_ui->demoRadio->isChecked();
    return answers;
}

QString FirstStartWizard::apply(const FirstStartAnswers& answers, storage::Database& database,
                                const QDate& today, AppSettings& settings) {
    Dataset dataset;
    Organisation school = answers.school;
    school.id = newId(u"school-"_s);
    dataset.organisations.append(school);
    const bool hasHead = !answers.head.lastName.isEmpty() || !answers.head.firstName.isEmpty();
    Person head = answers.head;
    if (hasHead) {
        head.id = newId(u"person-"_s);
        head.organisationId = school.id;
        dataset.people.append(head);
    }
    if (answers.demoData) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const Dataset demo = exchange::generateDemo({.seed = 1, .students = 300, .today = today});
        QGuiApplication::restoreOverrideCursor();
        dataset.organisations.append(demo.organisations);
        dataset.people.append(demo.people);
        dataset.students.append(demo.students);
        dataset.agreements.append(demo.agreements);
        dataset.measures.append(demo.measures);
        dataset.groups.append(demo.groups);
    }
    // One import, one transaction: the school, its head and the demo data are all there, or none is.
    const auto imported = storage::DatasetStore(database).importDataset(dataset);
    if (!imported)
        return imported.error().message;
    settings.homeSchoolId = school.id;
    settings.homeSchoolHeadId = hasHead ? head.id : QString();
    settings.schoolYearStartMonth = answers.rentreeMonth;
    settings.schoolYearStartDay = answers.rentreeDay;
    settings.defaultTeachingHours = answers.school.teachingHours;
    settings.save();
    spdlog::info("first start: school created{}", answers.demoData ? ", demo data loaded" : "");
    return {};
}

}  // namespace passerelle::ui
