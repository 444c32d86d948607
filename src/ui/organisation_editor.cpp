#include "passerelle/ui/organisation_editor.h"

#include "passerelle/ui/contact_fields.h"

#include "child_table.h"
#include "editor_widgets.h"
#include "passerelle/storage/database.h"
#include "passerelle/storage/repositories.h"
#include "passerelle/ui/app_settings.h"
#include "passerelle/ui/enum_labels.h"
#include "passerelle/ui/timetable_widget.h"
#include "ui_organisation_editor.h"

#include <QHeaderView>
#include <QSet>
#include <QTableWidget>
#include <QUuid>

namespace passerelle::ui {
namespace {

using namespace Qt::Literals::StringLiterals;
using namespace editor;

// The columns of the people table, and the field each one edits.
struct PersonColumn {
    QString field;  // the exchange key, also the undo key's last part
    QString Person::*member;
};

const QList<PersonColumn>& personColumns() {
    static const QList<PersonColumn> columns{
        {u"civility"_s, &Person::civility}, {u"firstName"_s, &Person::firstName},
        {u"lastName"_s, &Person::lastName}, {u"role"_s, &Person::role},
        {u"email"_s, &Person::email},       {u"phone"_s, &Person::phone},
    };
    return columns;
}

// The column a new row's typing starts in: the first name (the civility before it is a choice).
constexpr int firstNameColumn = 1;

// What Save compares to decide whether a person needs writing: everything the user can change.
bool sameContent(const Person& a, const Person& b) {
    return a.civility == b.civility && a.firstName == b.firstName && a.lastName == b.lastName &&
           a.role == b.role && a.email == b.email && a.phone == b.phone &&
           a.organisationId == b.organisationId;
}

}  // namespace

OrganisationEditorDialog::OrganisationEditorDialog(storage::Database& database, const QString& id,
                                                   const QDate& today, QWidget* parent)
    : RecordEditorDialog(parent)
    , m_ui(std::make_unique<Ui::OrganisationEditorDialog>())
    , m_database(database)
    , m_today(today)
    , m_defaultTeachingHours(AppSettings::load().defaultTeachingHours) {
    m_ui->setupUi(this);
    setUpWidgets();
    reload(id);
    connectEdits();
}

OrganisationEditorDialog::~OrganisationEditorDialog() = default;

void OrganisationEditorDialog::setUpWidgets() {
    for (const QString& kindKey : allKeys<OrganisationKind>()) {
        if (const auto kind = parseKey<OrganisationKind>(kindKey))
            m_ui->kindCombo->addItem(EnumLabels::of(*kind), kindKey);
    }
    using Kind = ChildTable::Kind;
    const QList<ChildTable::Column> columns{
        {.header = tr("Civility"),
         .kind = Kind::Choice,
         .width = 80,
         .choices = [](int) { return civilityChoices(); },
         .toolTip = civilityToolTip()},
        {tr("First name"), Kind::Text, 140},
        {tr("Last name"), Kind::Text, 140},
        {tr("Role"), Kind::Text, 220},
        {.header = tr("Email"), .kind = Kind::Text, .width = 200, .checkTyping = refuseNonEmailTyping},
        {.header = tr("Phone"), .kind = Kind::Text, .checkTyping = refuseNonPhoneTyping},
    };
    // One row per person, keyed by the person's id: rows are rebuilt when people are added, removed or
    // reloaded, and only their texts are updated otherwise.
    ChildTable::Source source;
    source.keys = [this] {
        QStringList ids;
        for (const Person& person : std::as_const(m_draft.people))
            ids << person.id;
        return ids;
    };
    source.value = [this](int row, int column) {
        return QVariant(m_draft.people.at(row).*personColumns().at(column).member);
    };
    source.edited = [this](int row, int column, const QVariant& value) {
        const PersonColumn& field = personColumns().at(column);
        const QString id = m_draft.people.value(row).id;
        const QString text = value.toString();
        change(u"people.%1.%2"_s.arg(id, field.field), [&](Draft& draft) {
            for (Person& person : draft.people) {
                if (person.id == id)
                    person.*field.member = text;
            }
        });
    };
    m_people = std::make_unique<ChildTable>(m_ui->peopleTable, columns, std::move(source));
    m_timetable = new TimetableWidget(this);
    m_ui->teachingLayout->addWidget(m_timetable);
    // The dialog's undo stack owns Ctrl+Z: the text field's own undo would bypass it.
    m_ui->addressEdit->setUndoRedoEnabled(false);
    m_ui->uaiHintLabel->setStyleSheet(u"color: #a05a00;"_s);
    // Room for the hint from the start, beside the field.
    m_ui->uaiHintLabel->setMinimumWidth(m_ui->uaiHintLabel->fontMetrics().horizontalAdvance(
        tr("Seven digits and a letter, such as 0123456A")));
    checkPhone(m_ui->phoneEdit);
    checkEmail(m_ui->emailEdit);
    setUpEditorChrome(m_ui->undoButton, m_ui->redoButton, m_ui->stateLabel, m_ui->buttonBox, m_ui->tabs);
}

void OrganisationEditorDialog::connectEdits() {
    Ui::OrganisationEditorDialog& ui = *m_ui;
    connect(ui.kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        setKind(parseKey<OrganisationKind>(m_ui->kindCombo->currentData().toString())
                    .value_or(OrganisationKind::Other));
    });
    const auto line = [this](QLineEdit* lineEdit, const QString& key, QString Organisation::*member) {
        connect(lineEdit, &QLineEdit::textChanged, this, [this, key, member](const QString& text) {
            change(key, [&](Draft& draft) { draft.organisation.*member = text; });
        });
    };
    line(ui.nameEdit, u"name"_s, &Organisation::name);
    line(ui.legalNameEdit, u"legalName"_s, &Organisation::legalName);
    line(ui.uaiEdit, u"uai"_s, &Organisation::uai);
    line(ui.activityDomainEdit, u"activityDomain"_s, &Organisation::activityDomain);
    line(ui.phoneEdit, u"phone"_s, &Organisation::phone);
    line(ui.emailEdit, u"email"_s, &Organisation::email);
    connect(ui.addressEdit, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_ui->addressEdit->toPlainText();
        change(u"address"_s, [&](Draft& draft) { draft.organisation.address = text; });
    });
    connect(m_timetable, &TimetableWidget::slotsEdited, this,
            [this](const QString& editKey, const TimeSlots&, const TimeSlots& after) {
                change(u"teachingHours."_s + editKey,
                       [&](Draft& draft) { draft.organisation.teachingHours = after; });
            });

    connect(ui.addPersonButton, &QPushButton::clicked, this, &OrganisationEditorDialog::addPerson);
    connect(ui.removePersonButton, &QPushButton::clicked, this, &OrganisationEditorDialog::removePerson);
    connect(ui.peopleTable, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_ui->removePersonButton->setEnabled(row >= 0); });
}

// The id and revision are the stored record's, not the user's edit: undoing past a save must not bring
// back the id or revision that save replaced (the next save would then conflict with itself, or create the
// organisation twice).
void OrganisationEditorDialog::change(const QString& key, const std::function<void(Draft&)>& alter) {
    Draft after = m_draft;
    alter(after);
    edit(key, QVariant::fromValue(m_draft), QVariant::fromValue(after), [this](const QVariant& value) {
        Draft replaced = value.value<Draft>();
        replaced.organisation.id = m_draft.organisation.id;
        replaced.organisation.revision = m_draft.organisation.revision;
        m_draft = std::move(replaced);
    });
}

// A UAI and teaching hours belong to schools only: leaving the kind "school" drops them in the same undo
// step, and a new school starts with the default teaching hours of the settings.
void OrganisationEditorDialog::setKind(OrganisationKind kind) {
    change(u"kind"_s, [&](Draft& draft) {
        Organisation& organisation = draft.organisation;
        organisation.kind = kind;
        if (kind != OrganisationKind::School) {
            organisation.uai.clear();
            organisation.teachingHours.clear();
        } else if (organisation.id.isEmpty() && organisation.teachingHours.isEmpty()) {
            organisation.teachingHours = m_defaultTeachingHours;
        }
    });
}

void OrganisationEditorDialog::addPerson() {
    Person person;
    // An id from the start, so that the row's edits, undo and save all follow the same person; the
    // repository inserts a person with an id it does not know yet.
    person.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    change(u"people.add."_s + person.id, [&](Draft& draft) { draft.people.append(person); });
    QTableWidget* table = m_ui->peopleTable;
    const int row = table->rowCount() - 1;
    if (row < 0)
        return;
    table->setCurrentCell(row, firstNameColumn);
    if (table->isVisible())
        table->editItem(table->item(row, firstNameColumn));
}

void OrganisationEditorDialog::removePerson() {
    const int row = m_ui->peopleTable->currentRow();
    if (row < 0 || row >= m_draft.people.size())
        return;
    const Person person = m_draft.people.at(row);
    const QString name = person.fullName().isEmpty() ? tr("this person") : person.fullName();
    if (!ask(Question::Confirm,
             tr("Remove %1 from the people of this partner? The person is deleted when you save.").arg(name)))
        return;
    change(u"people.remove."_s + person.id, [&](Draft& draft) {
        draft.people.removeIf([&person](const Person& other) { return other.id == person.id; });
    });
}

void OrganisationEditorDialog::reload(const QString& requestedId) {
    const QString id = requestedId;  // a copy: callers pass the record's id, which is reset below
    setLoadError({});
    m_draft = Draft{};
    m_storedPeople.clear();
    if (!id.isEmpty()) {
        Result<Organisation> found = storage::OrganisationRepository(m_database).find(id);
        if (found) {
            m_draft.organisation = std::move(found).value();
            storage::ListQuery query;
            query.schoolId = id;  // for people: their organisation
            query.limit = comboLimit;
            Result<storage::Page<Person>> people = storage::PersonRepository(m_database).list(query);
            if (people)
                m_draft.people = people->items;
            else
                setLoadError(people.error().message);
            for (const Person& person : std::as_const(m_draft.people))
                m_storedPeople.insert(person.id, person);
        } else {
            setLoadError(found.error().message);
        }
    }
    refresh();
    resetHistory();
}

void OrganisationEditorDialog::refresh() {
    const Organisation& organisation = m_draft.organisation;
    const bool school = organisation.isSchool();
    showing([&] {
        Ui::OrganisationEditorDialog& ui = *m_ui;
        selectData(ui.kindCombo, key(organisation.kind), {});
        showText(ui.nameEdit, organisation.name);
        showText(ui.legalNameEdit, organisation.legalName);
        showText(ui.uaiEdit, organisation.uai);
        showText(ui.activityDomainEdit, organisation.activityDomain);
        showText(ui.addressEdit, organisation.address);
        showText(ui.phoneEdit, organisation.phone);
        showText(ui.emailEdit, organisation.email);
        if (m_timetable->timeSlots() != organisation.teachingHours)
            m_timetable->setTimeSlots(organisation.teachingHours);
        m_people->show();
    });
    // The rules module does not check organisations, so the UAI's format is only a hint here.
    const bool badUai = school && !organisation.uai.isEmpty() && !isWellFormedUai(organisation.uai);
    m_ui->uaiHintLabel->setText(badUai ? tr("Seven digits and a letter, such as 0123456A") : QString());
    // The hint sits beside the field and keeps its place when empty: the form does not move as the user
    // types.
    for (QWidget* widget : {static_cast<QWidget*>(m_ui->uaiEdit), static_cast<QWidget*>(m_ui->uaiEditLabel),
                            static_cast<QWidget*>(m_ui->uaiHintLabel)}) {
        widget->setVisible(school);
        widget->setEnabled(school);
    }
    // A host's domain of activity is printed in the measure document (seed 004); a school has none.
    for (QWidget* widget : {static_cast<QWidget*>(m_ui->activityDomainEdit),
                            static_cast<QWidget*>(m_ui->activityDomainEditLabel)})
        widget->setVisible(!school);
    const int teachingTab = m_ui->tabs->indexOf(m_ui->teachingTab);
    m_ui->tabs->setTabEnabled(teachingTab, school);
    m_ui->tabs->setTabVisible(teachingTab, school);
    m_ui->removePersonButton->setEnabled(m_ui->peopleTable->currentRow() >= 0);
}

Status OrganisationEditorDialog::writePeople(const QString& organisationId, QList<Person>& written) {
    storage::PersonRepository repository(m_database);
    QSet<QString> kept;
    for (const Person& person : std::as_const(m_draft.people))
        kept.insert(person.id);
    for (const Person& stored : std::as_const(m_storedPeople)) {
        if (kept.contains(stored.id))
            continue;
        const Status removed = repository.remove(stored.id, stored.revision);
        // Someone else deleted the person already: what the user asked for is done.
        if (!removed && removed.error().kind != ErrorKind::NotFound)
            return removed;
    }
    for (Person person : std::as_const(m_draft.people)) {
        person.organisationId = organisationId;
        const auto stored = m_storedPeople.constFind(person.id);
        // A person this editor has not seen stored (added, or removed by a save then brought back by undo)
        // is inserted; the others are checked against the revision this editor read.
        person.revision = stored == m_storedPeople.constEnd() ? 0 : stored->revision;
        if (stored != m_storedPeople.constEnd() && sameContent(person, *stored)) {
            written << *stored;
            continue;
        }
        Result<Person> saved = repository.save(person);
        if (!saved)
            return saved.error();
        written << saved.value();
    }
    return success();
}

// One transaction: the organisation first (a new one gets its id), then its people. Any failure (a person
// still referred to, a conflict) rolls everything back, and the editor keeps its draft as it was.
Status OrganisationEditorDialog::writeRecord() {
    if (m_draft.organisation.name.trimmed().isEmpty()) {
        focusField(u"name"_s);
        return failure(tr("Name: a partner needs a name."), u"name"_s);
    }
    for (const Person& person : std::as_const(m_draft.people)) {
        if (person.firstName.trimmed().isEmpty() && person.lastName.trimmed().isEmpty()) {
            focusField(u"people"_s);
            return failure(tr("People: every person needs a first or a last name."), u"people"_s);
        }
    }
    Organisation organisation;
    QList<Person> people;
    const Status status = m_database.transaction([&]() -> Status {
        Result<Organisation> stored = storage::OrganisationRepository(m_database).save(m_draft.organisation);
        if (!stored)
            return stored.error();
        organisation = std::move(stored).value();
        return writePeople(organisation.id, people);
    });
    if (!status)
        return status;
    m_draft.organisation = organisation;
    m_draft.people = people;
    m_storedPeople.clear();
    for (const Person& person : std::as_const(people))
        m_storedPeople.insert(person.id, person);
    return success();
}

QString OrganisationEditorDialog::titleText() const {
    return m_draft.organisation.id.isEmpty() ? tr("New partner")
                                             : tr("Partner") + u" — "_s + m_draft.organisation.name;
}

QHash<QString, QWidget*> OrganisationEditorDialog::fieldWidgets() const {
    const Ui::OrganisationEditorDialog& ui = *m_ui;
    return {
        {u"kind"_s, ui.kindCombo},
        {u"name"_s, ui.nameEdit},
        {u"legalName"_s, ui.legalNameEdit},
        {u"uai"_s, ui.uaiEdit},
        {u"activityDomain"_s, ui.activityDomainEdit},
        {u"address"_s, ui.addressEdit},
        {u"phone"_s, ui.phoneEdit},
        {u"email"_s, ui.emailEdit},
        {u"teachingHours"_s, m_timetable->timeField(Weekday::Monday, TimetableWidget::Half::Morning,
                                                    TimetableWidget::Bound::From)},
        {u"people"_s, ui.peopleTable},
    };
}

}  // namespace passerelle::ui
