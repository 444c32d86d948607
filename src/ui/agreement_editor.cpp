#include "passerelle/ui/agreement_editor.h"

#include "passerelle/ui/new_record_defaults.h"

#include "child_table.h"
#include "editor_widgets.h"
#include "passerelle/documents/agreement_templates.h"
#include "passerelle/domain/input_limits.h"
#include "passerelle/rules/checks.h"
#include "passerelle/rules/signatures.h"
#include "passerelle/storage/repositories.h"
#include "passerelle/ui/enum_labels.h"
#include "passerelle/ui/findings_panel.h"
#include "ui_agreement_editor.h"

#include <QButtonGroup>
#include <QPushButton>
#include <QSignalBlocker>

#include <algorithm>

namespace passerelle::ui {
namespace {

using namespace Qt::Literals::StringLiterals;
using namespace editor;
using Column = ChildTable::Column;
using Cell = ChildTable::Kind;

QString anchorLabel(NoticeAnchor anchor) {
    switch (anchor) {
        case NoticeAnchor::Notification:
            return AgreementEditorDialog::tr("counted back from the notification");
        case NoticeAnchor::SchoolYearStart:
            break;
    }
    return AgreementEditorDialog::tr("before the next school year's start");
}

QString methodLabel(SignatureMethod method) {
    switch (method) {
        case SignatureMethod::Paper:
            return AgreementEditorDialog::tr("On paper");
        case SignatureMethod::Digital:
            break;
    }
    return AgreementEditorDialog::tr("Digitally");
}

// A party's role is free text. The editor suggests the organisation's kind as the exchange files and the demo
// data write it ("school", "host" ...): the user sees that kind's label, and a label left as it is goes back
// to the key, so that the stored value stays the same whatever the language of the screen.
QString suggestedRole(OrganisationKind kind) {
    return kind == OrganisationKind::Other ? QString() : key(kind);
}

QString roleLabel(const QString& role) {
    const std::optional<OrganisationKind> kind = parseKey<OrganisationKind>(role);
    return kind && *kind != OrganisationKind::Other ? EnumLabels::of(*kind) : role;
}

QString roleFromText(const QString& text) {
    const QString typed = text.trimmed();
    for (const QString& candidate : allKeys<OrganisationKind>()) {
        const OrganisationKind kind = *parseKey<OrganisationKind>(candidate);
        if (kind != OrganisationKind::Other && EnumLabels::of(kind).compare(typed, Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return typed;
}

Result<QList<Clause>> templateClauses(AgreementKind kind) {
    return documents::defaultClauses(kind);
}

QList<Clause> templateClausesOrNone(AgreementKind kind) {
    Result<QList<Clause>> clauses = templateClauses(kind);
    return clauses ? clauses.value() : QList<Clause>{};
}

// Articles are numbered from 1 in their order: adding, removing or moving one renumbers them all.
void renumber(QList<Clause>& clauses) {
    for (qsizetype index = 0; index < clauses.size(); ++index)
        clauses[index].number = static_cast<int>(index + 1);
}

QStringList indexKeys(qsizetype count) {
    QStringList keys;
    for (qsizetype index = 0; index < count; ++index)
        keys << QString::number(index);
    return keys;
}

// The optional whole numbers are shown in spin boxes whose 0 is the special value "None".
std::optional<int> optionalOf(int value) {
    return value > 0 ? std::optional<int>(value) : std::nullopt;
}

bool usesDuration(const Agreement& agreement) {
    return agreement.durationYears.has_value() && !agreement.end.isValid();
}

}  // namespace

AgreementEditorDialog::AgreementEditorDialog(storage::Database& database, const QString& id,
                                             const QDate& today, QWidget* parent)
    : RecordEditorDialog(parent)
    , m_ui(std::make_unique<Ui::AgreementEditorDialog>())
    , m_database(database)
    , m_today(today) {
    m_ui->setupUi(this);
    setUpWidgets();
    reload(id);
    connectEdits();
    connectChildButtons();
}

AgreementEditorDialog::~AgreementEditorDialog() = default;

void AgreementEditorDialog::setUpWidgets() {
    Ui::AgreementEditorDialog& ui = *m_ui;
    addFindingsPanel(ui.findingsLayout);

    setUpOptionalDate(ui.signedOnDate, tr("Not signed"), m_today);
    setUpOptionalDate(ui.startDate, tr("Not set"), m_today);
    setUpOptionalDate(ui.endDate, tr("Not set"), m_today);
    for (QSpinBox* spin : {ui.noticeMonthsSpin, ui.breachNoticeMonthsSpin, ui.reviewEveryMonthsSpin,
                           ui.partnerNoticeHoursSpin, ui.groupMinSpin, ui.groupMaxSpin, ui.copiesSpin})
        spin->setSpecialValueText(tr("None"));
    // The bounds of the exchange format (input_limits.h); each spin box's 0 stands for "none".
    for (QSpinBox* spin : {ui.noticeMonthsSpin, ui.breachNoticeMonthsSpin, ui.reviewEveryMonthsSpin})
        spin->setMaximum(input::kMonths.max);
    ui.partnerNoticeHoursSpin->setMaximum(input::kHours.max);
    ui.groupMinSpin->setMaximum(input::kGroupSize.max);
    ui.groupMaxSpin->setMaximum(input::kGroupSize.max);
    ui.copiesSpin->setMaximum(input::kCopies.max);
    ui.durationSpin->setMaximum(input::kDurationYears.max);
    // The two ways an agreement ends exclude each other.
    auto* endChoice = new QButtonGroup(this);
    endChoice->addButton(ui.fixedEndRadio);
    endChoice->addButton(ui.durationRadio);
    // The dialog's undo stack owns Ctrl+Z: the text edit's own undo would bypass it.
    ui.clauseTextEdit->setUndoRedoEnabled(false);

    for (const FilterOption& option : filterOptions<AgreementKind>())
        ui.kindCombo->addItem(option.label, option.key);
    for (const FilterOption& option : filterOptions<AgreementStatus>())
        ui.statusCombo->addItem(option.label, option.key);
    for (const NoticeAnchor anchor : {NoticeAnchor::Notification, NoticeAnchor::SchoolYearStart})
        ui.noticeAnchorCombo->addItem(anchorLabel(anchor), key(anchor));

    m_organisations = listRecords<Organisation>(m_database, {});
    for (const Organisation& organisation : std::as_const(m_organisations))
        m_organisationNames.insert(organisation.id, organisation.name);

    setUpTables();
    setUpResources();
    setUpEditorChrome(ui.undoButton, ui.redoButton, ui.stateLabel, ui.buttonBox, ui.tabs);
    enableDocuments(storage::ArchivedKind::Agreement, m_today, ui.buttonBox, m_database);
}

void AgreementEditorDialog::setUpTables() {
    m_parties = std::make_unique<ChildTable>(
        m_ui->partiesTable,
        QList<Column>{{tr("Organisation"), Cell::Label, 220},
                      {tr("Represented by"),
                       Cell::Choice,
                       300,
                       {},
                       [this](int row) {
                           ChildTable::Choices choices{{tr("(nobody yet)"), QString()}};
                           for (const Person& person : people(m_record.parties.value(row).organisationId))
                               choices.append({personLabel(person), person.id});
                           return choices;
                       }},
                      {tr("Role"), Cell::Text}},
        ChildTable::Source{[this] {
                               QStringList keys;
                               for (const Party& party : std::as_const(m_record.parties))
                                   keys << party.organisationId;
                               return keys;
                           },
                           [this](int row, int column) -> QVariant {
                               const Party& party = m_record.parties[row];
                               if (column == 0)
                                   return organisationName(party.organisationId);
                               return column == 1 ? party.representativeId : roleLabel(party.role);
                           },
                           [this](int row, int column, const QVariant& value) {
                               const QString part = column == 1 ? u"representative"_s : u"role"_s;
                               change(u"parties.%1.%2"_s.arg(row).arg(part), [&](Agreement& agreement) {
                                   if (row >= agreement.parties.size())
                                       return;
                                   Party& party = agreement.parties[row];
                                   if (column == 1)
                                       party.representativeId = value.toString();
                                   else
                                       party.role = roleFromText(value.toString());
                               });
                           }});

    const auto signatureOf = [this](int row) -> const PartySignature* {
        const QString organisationId = signatories().value(row);
        for (const PartySignature& signature : std::as_const(m_record.signatures)) {
            if (signature.organisationId == organisationId && signature.signedOn.isValid())
                return &signature;
        }
        return nullptr;
    };
    m_signatures = std::make_unique<ChildTable>(
        m_ui->signaturesTable,
        QList<Column>{{tr("Party"), Cell::Label, 260},
                      {tr("Signed"), Cell::Check, 80},
                      {tr("On"), Cell::Date, 140, tr("Not signed")},
                      {tr("How"),
                       Cell::Choice,
                       140,
                       {},
                       [](int) {
                           return ChildTable::Choices{
                               {methodLabel(SignatureMethod::Paper), key(SignatureMethod::Paper)},
                               {methodLabel(SignatureMethod::Digital), key(SignatureMethod::Digital)}};
                       }}},
        ChildTable::Source{
            [this] { return signatories(); },
            [this, signatureOf](int row, int column) -> QVariant {
                const PartySignature* signature = signatureOf(row);
                switch (column) {
                    case 0:
                        return organisationName(signatories().value(row));
                    case 1:
                        return signature != nullptr;
                    case 2:
                        return signature ? signature->signedOn : QDate();
                    default:
                        return key(signature ? signature->method : SignatureMethod::Paper);
                }
            },
            [this](int row, int column, const QVariant& value) { setSignature(row, column, value); },
            // How a party signed means something only once it has.
            [signatureOf](int row, int column) { return column != 3 || signatureOf(row); }},
        m_today);

    // A deliberation's body, number and date, then the prefecture's control (seed 002): each date is typed,
    // and empty while not known (the document prints a blank).
    const QString notKnown = tr("Not known");
    m_deliberations = std::make_unique<ChildTable>(
        m_ui->deliberationsTable,
        QList<Column>{
            {tr("Council or body"), Cell::Text, 200},
            {tr("Number"), Cell::Text, 100},
            {tr("Date"), Cell::Date, 130, tr("No date")},
            {.header = tr("Received by the prefecture"),
             .kind = Cell::Date,
             .width = 130,
             .emptyText = notKnown,
             .toolTip =
                 tr("The day the prefecture received the deliberation: « reçu en préfecture le ». Leave "
                    "it empty while not known; the document then leaves a blank.")},
            {.header = tr("Sent to the prefecture"),
             .kind = Cell::Date,
             .width = 130,
             .emptyText = notKnown,
             .toolTip =
                 tr("The day the deliberation was sent to the prefecture: « transmis en préfecture le ». "
                    "Leave it empty while not known; the document then leaves a blank.")},
            {.header = tr("Published"),
             .kind = Cell::Date,
             .width = 130,
             .emptyText = notKnown,
             .toolTip = tr("The day the deliberation was posted up for the public: « publié par voie "
                           "d'affichage le ». Leave it empty while not known; the document then leaves a "
                           "blank.")}},
        ChildTable::Source{[this] { return indexKeys(m_record.deliberations.size()); },
                           [this](int row, int column) -> QVariant {
                               const Deliberation& deliberation = m_record.deliberations[row];
                               switch (column) {
                                   case 0:
                                       return deliberation.body;
                                   case 1:
                                       return deliberation.number;
                                   case 2:
                                       return deliberation.date;
                                   case 3:
                                       return deliberation.receivedAt;
                                   case 4:
                                       return deliberation.transmittedAt;
                                   default:
                                       return deliberation.publishedOn;
                               }
                           },
                           [this](int row, int column, const QVariant& value) {
                               change(u"deliberations.%1.%2"_s.arg(row).arg(column),
                                      [&](Agreement& agreement) {
                                          if (row >= agreement.deliberations.size())
                                              return;
                                          Deliberation& deliberation = agreement.deliberations[row];
                                          switch (column) {
                                              case 0:
                                                  deliberation.body = value.toString();
                                                  break;
                                              case 1:
                                                  deliberation.number = value.toString();
                                                  break;
                                              case 2:
                                                  deliberation.date = value.toDate();
                                                  break;
                                              case 3:
                                                  deliberation.receivedAt = value.toDate();
                                                  break;
                                              case 4:
                                                  deliberation.transmittedAt = value.toDate();
                                                  break;
                                              default:
                                                  deliberation.publishedOn = value.toDate();
                                          }
                                      });
                           }},
        m_today);

    m_reviews = std::make_unique<ChildTable>(
        m_ui->reviewsTable,
        QList<Column>{{tr("Date"), Cell::Date, 140, tr("No date")}, {tr("Notes"), Cell::Text}},
        ChildTable::Source{[this] { return indexKeys(m_record.reviews.size()); },
                           [this](int row, int column) -> QVariant {
                               const Review& review = m_record.reviews[row];
                               return column == 0 ? QVariant(review.date) : QVariant(review.notes);
                           },
                           [this](int row, int column, const QVariant& value) {
                               change(u"reviews.%1.%2"_s.arg(row).arg(column), [&](Agreement& agreement) {
                                   if (row >= agreement.reviews.size())
                                       return;
                                   if (column == 0)
                                       agreement.reviews[row].date = value.toDate();
                                   else
                                       agreement.reviews[row].notes = value.toString();
                               });
                           }},
        m_today);

    m_amendments = std::make_unique<ChildTable>(
        m_ui->amendmentsTable,
        QList<Column>{{tr("No."), Cell::Number, 70},
                      {tr("Signed on"), Cell::Date, 140, tr("Not signed")},
                      {tr("What it changes"), Cell::Text}},
        ChildTable::Source{[this] { return indexKeys(m_record.amendments.size()); },
                           [this](int row, int column) -> QVariant {
                               const Amendment& amendment = m_record.amendments[row];
                               if (column == 0)
                                   return amendment.number;
                               return column == 1 ? QVariant(amendment.signedOn) : QVariant(amendment.text);
                           },
                           [this](int row, int column, const QVariant& value) {
                               change(u"amendments.%1.%2"_s.arg(row).arg(column), [&](Agreement& agreement) {
                                   if (row >= agreement.amendments.size())
                                       return;
                                   Amendment& amendment = agreement.amendments[row];
                                   if (column == 0)
                                       amendment.number = value.toInt();
                                   else if (column == 1)
                                       amendment.signedOn = value.toDate();
                                   else
                                       amendment.text = value.toString();
                               });
                           }},
        m_today);
}

void AgreementEditorDialog::change(const QString& key, const std::function<void(Agreement&)>& apply) {
    editRecord(m_record, key, apply);
}

void AgreementEditorDialog::connectEdits() {
    Ui::AgreementEditorDialog& ui = *m_ui;
    connect(ui.kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        changeKind(parseKey<AgreementKind>(m_ui->kindCombo->currentData().toString())
                       .value_or(AgreementKind::Generic));
    });
    connect(ui.titleEdit, &QLineEdit::textChanged, this,
            [this](const QString& text) { change(u"title"_s, [&](Agreement& a) { a.title = text; }); });
    connect(ui.statusCombo, &QComboBox::currentIndexChanged, this, [this] {
        const auto status = parseKey<AgreementStatus>(m_ui->statusCombo->currentData().toString());
        change(u"status"_s, [&](Agreement& a) { a.status = status.value_or(AgreementStatus::Draft); });
    });

    const auto date = [this](DateField* field, const QString& key, QDate Agreement::*member) {
        connect(field, &DateField::dateEdited, this, [this, key, member](const QDate& date) {
            change(key, [&](Agreement& a) { a.*member = date; });
        });
    };
    date(ui.signedOnDate, u"signedOn"_s, &Agreement::signedOn);
    date(ui.startDate, u"start"_s, &Agreement::start);
    date(ui.endDate, u"end"_s, &Agreement::end);

    // Choosing how the agreement ends drops the other way: a fixed end or a duration, never both.
    connect(ui.fixedEndRadio, &QRadioButton::toggled, this, [this](bool checked) {
        if (checked)
            change(u"endMode"_s, [](Agreement& a) { a.durationYears.reset(); });
    });
    connect(ui.durationRadio, &QRadioButton::toggled, this, [this](bool checked) {
        if (!checked)
            return;
        const int years = m_ui->durationSpin->value();
        change(u"endMode"_s, [years](Agreement& a) {
            a.end = QDate();
            a.durationYears = years;
        });
    });
    connect(ui.durationSpin, &QSpinBox::valueChanged, this, [this](int years) {
        if (usesDuration(m_record))
            change(u"durationYears"_s, [years](Agreement& a) { a.durationYears = years; });
    });

    connect(ui.tacitRenewalCheck, &QCheckBox::toggled, this, [this](bool checked) {
        change(u"tacitRenewal"_s, [checked](Agreement& a) { a.tacitRenewal = checked; });
    });
    connect(ui.noticeAnchorCombo, &QComboBox::currentIndexChanged, this, [this] {
        const auto anchor = parseKey<NoticeAnchor>(m_ui->noticeAnchorCombo->currentData().toString());
        change(u"noticeAnchor"_s,
               [&](Agreement& a) { a.noticeAnchor = anchor.value_or(NoticeAnchor::Notification); });
    });

    const auto optionalNumber = [this](QSpinBox* spin, const QString& key,
                                       std::optional<int> Agreement::*member) {
        connect(spin, &QSpinBox::valueChanged, this, [this, key, member](int value) {
            change(key, [&](Agreement& a) { a.*member = optionalOf(value); });
        });
    };
    optionalNumber(ui.noticeMonthsSpin, u"noticeMonths"_s, &Agreement::noticeMonths);
    optionalNumber(ui.breachNoticeMonthsSpin, u"breachNoticeMonths"_s, &Agreement::breachNoticeMonths);
    optionalNumber(ui.reviewEveryMonthsSpin, u"reviewEveryMonths"_s, &Agreement::reviewEveryMonths);
    optionalNumber(ui.partnerNoticeHoursSpin, u"partnerNoticeHours"_s, &Agreement::partnerNoticeHours);
    optionalNumber(ui.copiesSpin, u"copies"_s, &Agreement::copies);

    // A bound of 0 is "none on that side"; no bound at all is no group size.
    const auto groupBound = [this](QSpinBox* spin, const QString& key, int GroupSize::*member) {
        connect(spin, &QSpinBox::valueChanged, this, [this, key, member](int value) {
            change(key, [&](Agreement& a) {
                GroupSize size = a.groupSize.value_or(GroupSize{});
                size.*member = value;
                a.groupSize = size.min > 0 || size.max > 0 ? std::optional<GroupSize>(size) : std::nullopt;
            });
        });
    };
    groupBound(ui.groupMinSpin, u"groupSize.min"_s, &GroupSize::min);
    groupBound(ui.groupMaxSpin, u"groupSize.max"_s, &GroupSize::max);

    // The clauses: the list chooses the article shown below it; its title and text are edited there.
    connect(ui.clauseList, &QListWidget::currentRowChanged, this, [this] { showClauses(); });
    connect(ui.clauseTitleEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        const int row = m_ui->clauseList->currentRow();
        change(u"clauses.%1.title"_s.arg(row), [&](Agreement& a) {
            if (row >= 0 && row < a.clauses.size())
                a.clauses[row].title = text;
        });
    });
    connect(ui.clauseTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        const int row = m_ui->clauseList->currentRow();
        const QString text = m_ui->clauseTextEdit->toPlainText();
        change(u"clauses.%1.text"_s.arg(row), [&](Agreement& a) {
            if (row >= 0 && row < a.clauses.size())
                a.clauses[row].text = text;
        });
    });
    connectPartyWording();
}

void AgreementEditorDialog::connectChildButtons() {
    Ui::AgreementEditorDialog& ui = *m_ui;
    connect(ui.newPartyOrganisationCombo, &QComboBox::currentIndexChanged, this,
            [this] { fillNewPartyRepresentatives(); });
    connect(ui.addPartyButton, &QPushButton::clicked, this, &AgreementEditorDialog::addParty);
    connect(ui.removePartyButton, &QPushButton::clicked, this, &AgreementEditorDialog::removeParty);

    connect(ui.addClauseButton, &QPushButton::clicked, this, &AgreementEditorDialog::addClause);
    connect(ui.removeClauseButton, &QPushButton::clicked, this, &AgreementEditorDialog::removeClause);
    connect(ui.moveClauseUpButton, &QPushButton::clicked, this, [this] { moveClause(-1); });
    connect(ui.moveClauseDownButton, &QPushButton::clicked, this, [this] { moveClause(1); });
    connect(ui.resetClausesButton, &QPushButton::clicked, this, &AgreementEditorDialog::resetClauses);

    // Deliberations, reviews and amendments: a new row at the end, selected; removing the selected one asks.
    const auto rows = [this](QPushButton* add, QPushButton* remove, QTableWidget* table, const QString& key,
                             const std::function<qsizetype(Agreement&)>& append,
                             const std::function<void(Agreement&, int)>& removeAt, const QString& question) {
        connect(add, &QPushButton::clicked, this, [this, table, key, append] {
            qsizetype added = -1;
            change(u"%1.add.%2"_s.arg(key).arg(table->rowCount()), [&](Agreement& a) { added = append(a); });
            if (added >= 0)
                table->setCurrentCell(static_cast<int>(added), 0);
        });
        connect(remove, &QPushButton::clicked, this, [this, table, key, removeAt, question] {
            const int row = table->currentRow();
            if (row < 0 || row >= table->rowCount() || !confirm(question))
                return;
            change(u"%1.remove.%2"_s.arg(key).arg(table->rowCount()),
                   [&](Agreement& a) { removeAt(a, row); });
        });
    };
    rows(
        ui.addDeliberationButton, ui.removeDeliberationButton, ui.deliberationsTable, u"deliberations"_s,
        [](Agreement& a) {
            a.deliberations.append(Deliberation{});
            return a.deliberations.size() - 1;
        },
        [](Agreement& a, int row) {
            if (row < a.deliberations.size())
                a.deliberations.removeAt(row);
        },
        tr("Remove the selected deliberation?"));
    rows(
        ui.addReviewButton, ui.removeReviewButton, ui.reviewsTable, u"reviews"_s,
        [this](Agreement& a) {
            a.reviews.append(Review{m_today, {}});
            return a.reviews.size() - 1;
        },
        [](Agreement& a, int row) {
            if (row < a.reviews.size())
                a.reviews.removeAt(row);
        },
        tr("Remove the selected review meeting?"));
    rows(
        ui.addAmendmentButton, ui.removeAmendmentButton, ui.amendmentsTable, u"amendments"_s,
        [](Agreement& a) {
            int number = 0;
            for (const Amendment& amendment : std::as_const(a.amendments))
                number = std::max(number, amendment.number);
            a.amendments.append(Amendment{number + 1, {}, {}});
            return a.amendments.size() - 1;
        },
        [](Agreement& a, int row) {
            if (row < a.amendments.size())
                a.amendments.removeAt(row);
        },
        tr("Remove the selected amendment?"));
    rows(
        ui.addResourceButton, ui.removeResourceButton, ui.resourcesTable, u"resources"_s,
        [](Agreement& a) {
            a.resources.append(Resource{});
            return a.resources.size() - 1;
        },
        [](Agreement& a, int row) {
            if (row < a.resources.size())
                a.resources.removeAt(row);
        },
        tr("Remove the selected resource from the annex?"));
    // A new resource opens its name for typing (connected after the addition itself).
    connect(ui.addResourceButton, &QPushButton::clicked, this, [this] {
        QTableWidget* table = m_ui->resourcesTable;
        const int row = table->currentRow();
        if (row >= 0 && table->isVisible())
            table->editItem(table->item(row, 0));
    });
}

void AgreementEditorDialog::reload(const QString& requestedId) {
    const QString id = requestedId;  // a copy: callers pass m_record.id, which is reset below
    setLoadError({});
    m_record = Agreement{};
    m_ui->clauseTemplateLabel->clear();
    if (!id.isEmpty()) {
        Result<Agreement> found = storage::AgreementRepository(m_database).find(id);
        if (found)
            m_record = std::move(found).value();
        else
            setLoadError(found.error().message);
    } else {
        // A new agreement starts from its kind's articles (they then belong to it).
        Result<QList<Clause>> clauses = templateClauses(m_record.kind);
        if (clauses)
            m_record.clauses = clauses.value();
        else
            m_ui->clauseTemplateLabel->setText(tr("No template articles: %1").arg(clauses.error().message));
        NewRecordDefaults::load(m_database).applyTo(m_record);
    }
    refresh();
    resetHistory();
}

void AgreementEditorDialog::refresh() {
    showRecord();
    recheck();
}

// Shows m_record in the widgets, touching only those that differ so that the cursor of the field being
// typed in stays where it is.
void AgreementEditorDialog::showRecord() {
    showing([this] {
        Ui::AgreementEditorDialog& ui = *m_ui;
        selectData(ui.kindCombo, key(m_record.kind), {});
        showText(ui.titleEdit, m_record.title);
        selectData(ui.statusCombo, key(m_record.status), {});
        showDate(ui.signedOnDate, m_record.signedOn);
        showDate(ui.startDate, m_record.start);
        showDate(ui.endDate, m_record.end);
        const bool duration = usesDuration(m_record);
        QRadioButton* endMode = duration ? ui.durationRadio : ui.fixedEndRadio;
        if (!endMode->isChecked())
            endMode->setChecked(true);
        ui.endDate->setEnabled(!duration);
        ui.durationSpin->setEnabled(duration);
        if (m_record.durationYears)
            showNumber(ui.durationSpin, *m_record.durationYears);
        showCheck(ui.tacitRenewalCheck, m_record.tacitRenewal);
        showNumber(ui.noticeMonthsSpin, m_record.noticeMonths.value_or(0));
        selectData(ui.noticeAnchorCombo, key(m_record.noticeAnchor), {});
        showNumber(ui.breachNoticeMonthsSpin, m_record.breachNoticeMonths.value_or(0));
        showNumber(ui.reviewEveryMonthsSpin, m_record.reviewEveryMonths.value_or(0));
        showNumber(ui.partnerNoticeHoursSpin, m_record.partnerNoticeHours.value_or(0));
        showNumber(ui.groupMinSpin, m_record.groupSize ? m_record.groupSize->min : 0);
        showNumber(ui.groupMaxSpin, m_record.groupSize ? m_record.groupSize->max : 0);
        showNumber(ui.copiesSpin, m_record.copies.value_or(0));
        m_parties->show();
        m_signatures->show();
        m_deliberations->show();
        m_reviews->show();
        m_amendments->show();
        m_resources->show();
        // The wording fields show a party's from the start: the first one, until the user picks another.
        if (ui.partiesTable->currentRow() < 0 && ui.partiesTable->rowCount() > 0) {
            const QSignalBlocker quiet(ui.partiesTable);
            ui.partiesTable->setCurrentCell(0, 0);
        }
        showPartyWording();
        showClauses();
        showNewPartyChoices();
    });
}

// The list of articles, then the selected one's title and text below it.
void AgreementEditorDialog::showClauses() {
    showing([this] {
        QListWidget* list = m_ui->clauseList;
        const int current = list->currentRow();
        if (list->count() != m_record.clauses.size()) {
            const QSignalBlocker blocker(list);
            list->clear();
            for (qsizetype index = 0; index < m_record.clauses.size(); ++index)
                list->addItem(QString());
            // Some article is always selected, so that its text shows below the list.
            if (list->count() > 0)
                list->setCurrentRow(std::clamp(current, 0, list->count() - 1));
        }
        for (int row = 0; row < list->count(); ++row) {
            const Clause& clause = m_record.clauses[row];
            const QString text = tr("Article %1 — %2")
                                     .arg(clause.number)
                                     .arg(clause.title.isEmpty() ? tr("(untitled)") : clause.title);
            if (list->item(row)->text() != text)
                list->item(row)->setText(text);
        }
        const int row = list->currentRow();
        const bool selected = row >= 0 && row < m_record.clauses.size();
        showText(m_ui->clauseTitleEdit, selected ? m_record.clauses[row].title : QString());
        showText(m_ui->clauseTextEdit, selected ? m_record.clauses[row].text : QString());
        m_ui->clauseTitleEdit->setEnabled(selected);
        m_ui->clauseTextEdit->setEnabled(selected);
        m_ui->removeClauseButton->setEnabled(selected);
        m_ui->moveClauseUpButton->setEnabled(selected && row > 0);
        m_ui->moveClauseDownButton->setEnabled(selected && row + 1 < m_record.clauses.size());
    });
}

void AgreementEditorDialog::selectClause(int row) {
    m_ui->clauseList->setCurrentRow(row);  // shows its title and text
}

// The organisations that are not parties yet; the list is rebuilt only when that set changes.
void AgreementEditorDialog::showNewPartyChoices() {
    QComboBox* combo = m_ui->newPartyOrganisationCombo;
    QStringList ids{QString()};
    for (const Organisation& organisation : std::as_const(m_organisations)) {
        if (!m_record.isParty(organisation.id))
            ids << organisation.id;
    }
    QStringList shown;
    for (int index = 0; index < combo->count(); ++index)
        shown << combo->itemData(index).toString();
    if (shown == ids)
        return;
    const QString current = combo->currentData().toString();
    {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("(choose an organisation)"), QString());
        for (const Organisation& organisation : std::as_const(m_organisations)) {
            if (!m_record.isParty(organisation.id))
                combo->addItem(organisation.name, organisation.id);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    }
    fillNewPartyRepresentatives();
}

// The people of the organisation chosen for the new party, and the role such an organisation usually plays.
void AgreementEditorDialog::fillNewPartyRepresentatives() {
    const QString organisationId = m_ui->newPartyOrganisationCombo->currentData().toString();
    QComboBox* combo = m_ui->newPartyRepresentativeCombo;
    combo->clear();
    combo->addItem(tr("(nobody yet)"), QString());
    const QList<Person> candidates = people(organisationId);
    for (const Person& person : candidates)
        combo->addItem(personLabel(person), person.id);
    if (candidates.size() == 1)
        combo->setCurrentIndex(1);
    combo->setEnabled(!organisationId.isEmpty());
    m_ui->addPartyButton->setEnabled(!organisationId.isEmpty());

    QString role;
    for (const Organisation& organisation : std::as_const(m_organisations)) {
        if (organisation.id == organisationId)
            role = roleLabel(suggestedRole(organisation.kind));
    }
    // The user's own words are kept; only an empty field or the last suggestion is replaced.
    const QString typed = m_ui->newPartyRoleEdit->text();
    if (typed.isEmpty() || typed == m_suggestedRole)
        m_ui->newPartyRoleEdit->setText(role);
    m_suggestedRole = role;
}

void AgreementEditorDialog::addParty() {
    const QString organisationId = m_ui->newPartyOrganisationCombo->currentData().toString();
    if (organisationId.isEmpty() || m_record.isParty(organisationId))
        return;
    const Party party{organisationId, m_ui->newPartyRepresentativeCombo->currentData().toString(),
                      roleFromText(m_ui->newPartyRoleEdit->text())};
    change(u"parties.add.%1"_s.arg(m_record.parties.size()), [&](Agreement& a) { a.parties.append(party); });
    m_ui->newPartyRoleEdit->clear();
    m_ui->newPartyOrganisationCombo->setCurrentIndex(0);
    m_ui->partiesTable->setCurrentCell(static_cast<int>(m_record.parties.size() - 1), 0);
}

void AgreementEditorDialog::removeParty() {
    const int row = m_ui->partiesTable->currentRow();
    if (row < 0 || row >= m_record.parties.size())
        return;
    const QString organisationId = m_record.parties[row].organisationId;
    if (!confirm(tr("Remove the party \"%1\" from the agreement? Its signature, if any, goes with it.")
                     .arg(organisationName(organisationId))))
        return;
    change(u"parties.remove.%1"_s.arg(m_record.parties.size()), [&](Agreement& a) {
        a.parties.removeAt(row);
        if (!a.isParty(organisationId))
            a.signatures.removeIf(
                [&](const PartySignature& s) { return s.organisationId == organisationId; });
    });
}

// Signing (the box, or a date) records the party's signature; clearing it takes the signature back. The
// status follows in the same undo step, as the rules module says (every party signed: "signed").
void AgreementEditorDialog::setSignature(int row, int column, const QVariant& value) {
    const QString organisationId = signatories().value(row);
    if (organisationId.isEmpty())
        return;
    change(u"signatures.%1.%2"_s.arg(organisationId).arg(column), [&](Agreement& a) {
        const auto found =
            std::find_if(a.signatures.begin(), a.signatures.end(),
                         [&](const PartySignature& s) { return s.organisationId == organisationId; });
        PartySignature signature = found != a.signatures.end() ? *found : PartySignature{organisationId, {}};
        if (column == 1)
            signature.signedOn =
                value.toBool() ? (signature.signedOn.isValid() ? signature.signedOn : m_today) : QDate();
        else if (column == 2)
            signature.signedOn = value.toDate();
        else
            signature.method = parseKey<SignatureMethod>(value.toString()).value_or(SignatureMethod::Paper);
        if (found != a.signatures.end())
            *found = signature;
        else
            a.signatures.append(signature);
        // A party without a date has not signed: no entry says it more simply.
        a.signatures.removeIf([](const PartySignature& s) { return !s.signedOn.isValid(); });
        a.status = rules::statusAfterSignatures(a);
    });
}

void AgreementEditorDialog::changeKind(AgreementKind kind) {
    // Articles still as the old kind's template follow the new kind; articles the user wrote stay.
    const bool untouched =
        m_record.clauses.isEmpty() || m_record.clauses == templateClausesOrNone(m_record.kind);
    const QList<Clause> clauses = untouched ? templateClausesOrNone(kind) : m_record.clauses;
    change(u"kind"_s, [&](Agreement& a) {
        a.kind = kind;
        a.clauses = clauses;
    });
}

void AgreementEditorDialog::resetClauses() {
    Result<QList<Clause>> clauses = templateClauses(m_record.kind);
    if (!clauses) {
        m_ui->clauseTemplateLabel->setText(tr("No template articles: %1").arg(clauses.error().message));
        return;
    }
    m_ui->clauseTemplateLabel->clear();
    if (!confirm(tr("Replace the %n article(s) of this agreement with the template of \"%1\"? "
                    "Undo brings them back.",
                    nullptr, static_cast<int>(m_record.clauses.size()))
                     .arg(EnumLabels::of(m_record.kind))))
        return;
    change(u"clauses.reset"_s, [&](Agreement& a) { a.clauses = clauses.value(); });
    selectClause(m_record.clauses.isEmpty() ? -1 : 0);
}

void AgreementEditorDialog::addClause() {
    const int at = m_ui->clauseList->currentRow() + 1;  // after the selected one, or first
    const int position = at > 0 ? at : static_cast<int>(m_record.clauses.size());
    change(u"clauses.add.%1"_s.arg(m_record.clauses.size()), [&](Agreement& a) {
        a.clauses.insert(std::min<qsizetype>(position, a.clauses.size()), Clause{});
        renumber(a.clauses);
    });
    selectClause(position);
    m_ui->clauseTitleEdit->setFocus(Qt::OtherFocusReason);
}

void AgreementEditorDialog::removeClause() {
    const int row = m_ui->clauseList->currentRow();
    if (row < 0 || row >= m_record.clauses.size())
        return;
    if (!confirm(
            tr("Remove article %1? The articles after it are renumbered.").arg(m_record.clauses[row].number)))
        return;
    change(u"clauses.remove.%1"_s.arg(m_record.clauses.size()), [&](Agreement& a) {
        a.clauses.removeAt(row);
        renumber(a.clauses);
    });
    selectClause(std::min(row, static_cast<int>(m_record.clauses.size()) - 1));
}

void AgreementEditorDialog::moveClause(int by) {
    const int row = m_ui->clauseList->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_record.clauses.size())
        return;
    change(u"clauses.move.%1.%2"_s.arg(row).arg(to), [&](Agreement& a) {
        a.clauses.move(row, to);
        renumber(a.clauses);
    });
    selectClause(to);
}

bool AgreementEditorDialog::confirm(const QString& text) {
    return ask(Question::Confirm, text);
}

QString AgreementEditorDialog::organisationName(const QString& id) {
    if (id.isEmpty())
        return {};
    const auto known = m_organisationNames.constFind(id);
    if (known != m_organisationNames.constEnd())
        return *known;
    const std::optional<Organisation> found = findRecord<Organisation>(m_database, id);
    const QString name = found ? found->name : id;  // an unknown id is shown as it is (AGREEMENT-PARTIES)
    m_organisationNames.insert(id, name);
    return name;
}

QList<Person> AgreementEditorDialog::people(const QString& organisationId) {
    if (organisationId.isEmpty())
        return {};
    auto known = m_people.constFind(organisationId);
    if (known == m_people.constEnd())
        known = m_people.insert(organisationId, peopleOf(m_database, organisationId));
    return *known;
}

QStringList AgreementEditorDialog::signatories() const {
    QStringList ids;
    for (const Party& party : m_record.parties) {
        if (!party.organisationId.isEmpty() && !ids.contains(party.organisationId))
            ids << party.organisationId;
    }
    return ids;
}

void AgreementEditorDialog::recheck() {
    findingsPanel()->setFindings(rules::checkAgreement(m_record, m_today));
}

Status AgreementEditorDialog::writeRecord() {
    return saveRecord(m_record, m_database);
}

QString AgreementEditorDialog::titleText() const {
    return m_record.id.isEmpty() ? tr("New agreement") : tr("Agreement — %1").arg(m_record.title);
}

}  // namespace passerelle::ui
