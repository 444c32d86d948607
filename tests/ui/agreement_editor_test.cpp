// The agreement editor driven through its widgets on a real (temporary) database, as a school office would
// use it: a responsibility-measures agreement between a collège and an association, seed 004.
#include "passerelle/ui/agreement_editor.h"
#include "fixtures.h"
#include "passerelle/documents/agreement_templates.h"
#include "passerelle/domain/input_limits.h"
#include "passerelle/rules/rule_ids.h"
#include "passerelle/storage/database.h"
#include "passerelle/storage/repositories.h"
#include "passerelle/ui/findings_panel.h"
#include "table_typing.h"
#include "typing.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace passerelle::test {
namespace {

using namespace Qt::Literals::StringLiterals;
using ui::AgreementEditorDialog;
using ui::DateField;
using Question = AgreementEditorDialog::Question;

template <typename T>
T saved(storage::Database& database, const T& record) {
    Result<T> stored = storage::Repository<T>(database).save(record);
    if (!stored)
        ADD_FAILURE() << stored.error().message.toStdString();
    return stored ? stored.value() : record;
}

Organisation organisation(OrganisationKind kind, const QString& name) {
    Organisation result;
    result.kind = kind;
    result.name = name;
    return result;
}

Person person(const QString& organisationId, const QString& first, const QString& last, const QString& role) {
    Person result;
    result.organisationId = organisationId;
    result.firstName = first;
    result.lastName = last;
    result.role = role;
    return result;
}

QList<Clause> templateOf(AgreementKind kind) {
    Result<QList<Clause>> clauses = documents::defaultClauses(kind);
    if (!clauses)
        ADD_FAILURE() << clauses.error().message.toStdString();
    return clauses ? clauses.value() : QList<Clause>{};
}

class AgreementEditorTest : public ::testing::Test {
protected:
    void SetUp() override {
        Result<std::unique_ptr<storage::Database>> opened =
            storage::Database::open(folder.path(u"agreements.db"_s));
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        database = std::move(opened).value();
        school = saved(*database, organisation(OrganisationKind::School, u"Collège Henri Matisse"_s));
        host = saved(*database, organisation(OrganisationKind::Association, u"ALCEJ"_s));
        head = saved(*database, person(school.id, u"Claire"_s, u"Durand"_s, u"Principale"_s));
        cpe = saved(*database, person(school.id, u"Nadia"_s, u"Benali"_s, u"CPE"_s));
        director = saved(*database, person(host.id, u"Paul"_s, u"Roux"_s, u"Directeur"_s));
    }

    // Scripted answers to the dialog's questions, and the questions asked, so no modal box ever blocks.
    void script(AgreementEditorDialog& dialog, bool answer) {
        dialog.setAsker([this, answer](Question question, const QString& text) {
            asked << question;
            lastText = text;
            return answer;
        });
    }

    template <typename W>
    static W* child(const AgreementEditorDialog& dialog, const QString& name) {
        W* widget = dialog.findChild<W*>(name);
        if (widget == nullptr)
            ADD_FAILURE() << "no widget " << name.toStdString();
        return widget;
    }

    static void choose(const AgreementEditorDialog& dialog, const QString& comboName, const QString& data) {
        auto* combo = child<QComboBox>(dialog, comboName);
        const int index = combo->findData(data);
        ASSERT_GE(index, 0) << comboName.toStdString() << " lacks " << data.toStdString();
        combo->setCurrentIndex(index);
    }

    // "Add a party": the organisation, then one of its people (empty: nobody yet).
    static void addParty(const AgreementEditorDialog& dialog, const QString& organisationId,
                         const QString& representativeId) {
        choose(dialog, u"newPartyOrganisationCombo"_s, organisationId);
        choose(dialog, u"newPartyRepresentativeCombo"_s, representativeId);
        QTest::mouseClick(child<QPushButton>(dialog, u"addPartyButton"_s), Qt::LeftButton);
    }

    static bool hasFinding(const AgreementEditorDialog& dialog, const QString& rule,
                           const QString& text = {}) {
        for (const rules::Finding& finding : dialog.findings()) {
            if (finding.rule == rule && finding.message.contains(text))
                return true;
        }
        return false;
    }

    static std::string describe(const rules::Findings& findings) {
        std::string text;
        for (const rules::Finding& finding : findings)
            text += QString(finding.rule + u" ["_s + finding.field + u"] "_s + finding.message + u"\n"_s)
                        .toStdString();
        return text;
    }

    // A new responsibility-measures agreement with both parties and their representatives, three years from
    // its signature.
    void fillIn(const AgreementEditorDialog& dialog) {
        choose(dialog, u"kindCombo"_s, key(AgreementKind::ResponsibilityMeasures));
        QTest::keyClicks(child<QLineEdit>(dialog, u"titleEdit"_s), u"Mesures de responsabilisation"_s);
        addParty(dialog, school.id, head.id);
        addParty(dialog, host.id, director.id);
        typeInto(child<DateField>(dialog, u"signedOnDate"_s), u"15/09/2026"_s);
        typeInto(child<DateField>(dialog, u"startDate"_s), u"15092026"_s);
        child<QRadioButton>(dialog, u"durationRadio"_s)->click();
        child<QSpinBox>(dialog, u"durationSpin"_s)->setValue(3);
        child<QCheckBox>(dialog, u"tacitRenewalCheck"_s)->setChecked(true);
        child<QSpinBox>(dialog, u"noticeMonthsSpin"_s)->setValue(3);
        choose(dialog, u"noticeAnchorCombo"_s, key(NoticeAnchor::SchoolYearStart));
        child<QSpinBox>(dialog, u"breachNoticeMonthsSpin"_s)->setValue(1);
        child<QSpinBox>(dialog, u"copiesSpin"_s)->setValue(2);
    }

    TempFolder folder;
    std::unique_ptr<storage::Database> database;
    Organisation school;
    Organisation host;
    Person head;
    Person cpe;
    Person director;
    QList<Question> asked;
    QString lastText;
};

TEST_F(AgreementEditorTest, NewAgreementTakesItsKindsArticlesPartiesAndDatesAndReopensAsSaved) {
    QString id;
    {
        AgreementEditorDialog dialog(*database, {}, fixedToday());
        script(dialog, true);
        EXPECT_TRUE(dialog.windowTitle().startsWith(u"New agreement"_s))
            << dialog.windowTitle().toStdString();
        EXPECT_FALSE(dialog.isModified()) << "the template's articles are not an edit";
        EXPECT_EQ(dialog.record().clauses, templateOf(AgreementKind::Generic));

        fillIn(dialog);
        const QList<Clause> articles = templateOf(AgreementKind::ResponsibilityMeasures);
        ASSERT_FALSE(articles.isEmpty());
        EXPECT_EQ(dialog.record().clauses, articles) << "untouched articles follow the kind";
        EXPECT_EQ(child<QListWidget>(dialog, u"clauseList"_s)->count(), articles.size());
        EXPECT_EQ(child<QPlainTextEdit>(dialog, u"clauseTextEdit"_s)->toPlainText(), articles.first().text);

        const QList<Party> parties{{school.id, head.id, u"school"_s},
                                   {host.id, director.id, u"association"_s}};
        EXPECT_EQ(dialog.record().parties, parties) << "the role is suggested from the organisation's kind";
        auto* table = child<QTableWidget>(dialog, u"partiesTable"_s);
        ASSERT_EQ(table->rowCount(), 2);
        EXPECT_EQ(table->item(1, 0)->text(), u"ALCEJ"_s);
        // The suggested role is stored as the kind's exchange key and shown as the kind's label; a typed
        // label goes back to the key, any other words are kept as typed.
        EXPECT_EQ(table->item(0, 2)->text(), u"School"_s);
        EXPECT_EQ(table->item(1, 2)->text(), u"Association"_s);
        table->item(1, 2)->setText(u"Structure porteuse"_s);
        EXPECT_EQ(dialog.record().parties[1].role, u"Structure porteuse"_s);
        table->item(1, 2)->setText(u"host structure"_s);
        EXPECT_EQ(dialog.record().parties[1].role, u"host"_s);
        EXPECT_EQ(table->item(1, 2)->text(), u"Host structure"_s);
        table->item(1, 2)->setText(u"Association"_s);
        EXPECT_EQ(dialog.record().parties, parties);
        // A party is listed once: the school is no longer offered.
        EXPECT_LT(child<QComboBox>(dialog, u"newPartyOrganisationCombo"_s)->findData(school.id), 0);
        EXPECT_FALSE(rules::hasErrors(dialog.findings())) << describe(dialog.findings());

        EXPECT_FALSE(child<DateField>(dialog, u"endDate"_s)->isEnabled()) << "a duration, not a fixed end";
        EXPECT_EQ(dialog.record().durationYears, 3);
        EXPECT_FALSE(dialog.record().end.isValid());

        // A deliberation and an amendment, typed in their tables.
        child<QTabWidget>(dialog, u"tabs"_s)->setCurrentWidget(child<QWidget>(dialog, u"deliberationsTab"_s));
        QTest::mouseClick(child<QPushButton>(dialog, u"addDeliberationButton"_s), Qt::LeftButton);
        auto* deliberations = child<QTableWidget>(dialog, u"deliberationsTable"_s);
        ASSERT_EQ(deliberations->rowCount(), 1);
        deliberations->item(0, 0)->setText(u"Conseil d'administration"_s);
        deliberations->item(0, 1)->setText(u"2026-07"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"addAmendmentButton"_s), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(dialog, u"addAmendmentButton"_s), Qt::LeftButton);
        ASSERT_EQ(dialog.record().amendments.size(), 2);
        EXPECT_EQ(dialog.record().amendments[1].number, 2);

        ASSERT_TRUE(dialog.save()) << lastText.toStdString();
        EXPECT_TRUE(asked.isEmpty());
        id = dialog.record().id;
        ASSERT_FALSE(id.isEmpty());
        EXPECT_TRUE(dialog.windowTitle().startsWith(u"Agreement — Mesures de responsabilisation"_s))
            << dialog.windowTitle().toStdString();
    }
    Result<Agreement> stored = storage::AgreementRepository(*database).find(id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->kind, AgreementKind::ResponsibilityMeasures);
    EXPECT_EQ(stored->parties.size(), 2);
    EXPECT_EQ(stored->start, QDate(2026, 9, 15));
    EXPECT_EQ(stored->durationYears, 3);
    EXPECT_TRUE(stored->tacitRenewal);
    EXPECT_EQ(stored->noticeMonths, 3);
    EXPECT_EQ(stored->noticeAnchor, NoticeAnchor::SchoolYearStart);
    EXPECT_EQ(stored->breachNoticeMonths, 1);
    EXPECT_EQ(stored->copies, 2);
    EXPECT_FALSE(stored->reviewEveryMonths.has_value()) << "0 is \"none\"";
    EXPECT_EQ(stored->deliberations,
              (QList<Deliberation>{{u"Conseil d'administration"_s, u"2026-07"_s, {}}}));

    AgreementEditorDialog reopened(*database, id, fixedToday());
    EXPECT_TRUE(reopened.loadError().isEmpty());
    EXPECT_FALSE(reopened.isModified());
    EXPECT_EQ(reopened.record(), stored.value());
    EXPECT_EQ(child<QComboBox>(reopened, u"kindCombo"_s)->currentData().toString(),
              key(AgreementKind::ResponsibilityMeasures));
    EXPECT_TRUE(child<QRadioButton>(reopened, u"durationRadio"_s)->isChecked());
    EXPECT_EQ(child<QSpinBox>(reopened, u"durationSpin"_s)->value(), 3);
    EXPECT_EQ(child<QSpinBox>(reopened, u"reviewEveryMonthsSpin"_s)->text(), u"None"_s);
    auto* parties = child<QTableWidget>(reopened, u"partiesTable"_s);
    ASSERT_EQ(parties->rowCount(), 2);
    auto* representative = qobject_cast<QComboBox*>(parties->cellWidget(1, 1));
    ASSERT_NE(representative, nullptr);
    EXPECT_EQ(representative->currentData().toString(), director.id);
    EXPECT_EQ(child<QListWidget>(reopened, u"clauseList"_s)->count(), stored->clauses.size());
    // The wording fields under the parties show the first party's at once, not greyed out until a click.
    EXPECT_EQ(parties->currentRow(), 0);
    EXPECT_TRUE(child<QLineEdit>(reopened, u"partyDesignationEdit"_s)->isEnabled());
}

TEST_F(AgreementEditorTest, MissingRepresentativeFindingComesAndGoesWithUndo) {
    AgreementEditorDialog dialog(*database, {}, fixedToday());
    QAbstractItemModelTester tester(dialog.findingsPanel()->list()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_TRUE(hasFinding(dialog, rules::id::AgreementParties)) << describe(dialog.findings());
    EXPECT_TRUE(hasFinding(dialog, rules::id::AgreementDates)) << describe(dialog.findings());

    addParty(dialog, school.id, head.id);
    addParty(dialog, host.id, {});  // nobody chosen yet
    EXPECT_EQ(dialog.record().parties.size(), 2);
    EXPECT_TRUE(hasFinding(dialog, rules::id::AgreementParties, u"sans représentant"_s))
        << describe(dialog.findings());

    auto* table = child<QTableWidget>(dialog, u"partiesTable"_s);
    auto* representative = qobject_cast<QComboBox*>(table->cellWidget(1, 1));
    ASSERT_NE(representative, nullptr);
    EXPECT_EQ(representative->findData(cpe.id), -1) << "only the host's own people";
    representative->setCurrentIndex(representative->findData(director.id));
    EXPECT_EQ(dialog.record().parties[1].representativeId, director.id);
    EXPECT_FALSE(hasFinding(dialog, rules::id::AgreementParties)) << describe(dialog.findings());

    dialog.undoStack()->undo();
    EXPECT_TRUE(dialog.record().parties[1].representativeId.isEmpty());
    EXPECT_EQ(representative->currentData().toString(), QString());
    EXPECT_TRUE(hasFinding(dialog, rules::id::AgreementParties, u"sans représentant"_s));
    dialog.undoStack()->redo();
    EXPECT_FALSE(hasFinding(dialog, rules::id::AgreementParties));

    // A fixed end before the start: AGREEMENT-DATES, and clicking it leads to the end date.
    typeInto(child<DateField>(dialog, u"startDate"_s), u"1/9/26"_s);
    typeInto(child<DateField>(dialog, u"endDate"_s), u"30/6/2026"_s);
    EXPECT_TRUE(hasFinding(dialog, rules::id::AgreementDates, u"avant son début"_s))
        << describe(dialog.findings());
    // Another field in between, so that the next end date is an undo step of its own.
    child<QCheckBox>(dialog, u"tacitRenewalCheck"_s)->setChecked(true);
    auto* tabs = child<QTabWidget>(dialog, u"tabs"_s);
    tabs->setCurrentWidget(child<QWidget>(dialog, u"clausesTab"_s));
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    QListWidget* list = dialog.findingsPanel()->list();
    QListWidgetItem* dates = nullptr;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(ui::FindingsPanel::RuleRole).toString() == rules::id::AgreementDates)
            dates = list->item(row);
    }
    ASSERT_NE(dates, nullptr);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(dates).center());
    EXPECT_EQ(tabs->currentWidget(), child<QWidget>(dialog, u"generalTab"_s));
    EXPECT_TRUE(child<DateField>(dialog, u"endDate"_s)->hasFocus());
    EXPECT_EQ(dialog.widgetForField(u"parties"_s), table);

    typeInto(child<DateField>(dialog, u"endDate"_s), u"30/06/2029"_s);
    EXPECT_FALSE(hasFinding(dialog, rules::id::AgreementDates)) << describe(dialog.findings());
    dialog.undoStack()->undo();
    EXPECT_TRUE(hasFinding(dialog, rules::id::AgreementDates));
    EXPECT_EQ(child<DateField>(dialog, u"endDate"_s)->date(), QDate(2026, 6, 30));
    EXPECT_EQ(child<DateField>(dialog, u"endDate"_s)->text(), u"30/06/2026"_s);

    // Removing a party asks first; refusing keeps it.
    table->setCurrentCell(1, 0);
    script(dialog, false);
    QTest::mouseClick(child<QPushButton>(dialog, u"removePartyButton"_s), Qt::LeftButton);
    EXPECT_EQ(asked, QList{Question::Confirm});
    EXPECT_EQ(dialog.record().parties.size(), 2);
    script(dialog, true);
    QTest::mouseClick(child<QPushButton>(dialog, u"removePartyButton"_s), Qt::LeftButton);
    EXPECT_EQ(dialog.record().parties.size(), 1);
    EXPECT_EQ(table->rowCount(), 1);
    EXPECT_GE(child<QComboBox>(dialog, u"newPartyOrganisationCombo"_s)->findData(host.id), 0);
    dialog.undoStack()->undo();
    EXPECT_EQ(dialog.record().parties.size(), 2);
    dialog.reject();
}

TEST_F(AgreementEditorTest, SigningEveryPartyMakesTheAgreementSignedInOneUndoStep) {
    AgreementEditorDialog dialog(*database, {}, fixedToday());
    fillIn(dialog);
    ASSERT_EQ(dialog.record().status, AgreementStatus::Draft);
    auto* table = child<QTableWidget>(dialog, u"signaturesTable"_s);
    ASSERT_EQ(table->rowCount(), 2);
    auto* method = qobject_cast<QComboBox*>(table->cellWidget(0, 3));
    ASSERT_NE(method, nullptr);
    EXPECT_FALSE(method->isEnabled()) << "no method before a signature";

    table->item(0, 1)->setCheckState(Qt::Checked);
    ASSERT_EQ(dialog.record().signatures.size(), 1);
    EXPECT_EQ(dialog.record().signatures[0].signedOn, fixedToday());
    EXPECT_EQ(dialog.record().status, AgreementStatus::AwaitingSignature);
    EXPECT_TRUE(method->isEnabled());
    method->setCurrentIndex(method->findData(key(SignatureMethod::Digital)));
    EXPECT_EQ(dialog.record().signatures[0].method, SignatureMethod::Digital);

    auto* date = qobject_cast<DateField*>(table->cellWidget(1, 2));
    ASSERT_NE(date, nullptr);
    const int steps = dialog.undoStack()->count();
    typeInto(date, u"20/11/2026"_s);  // a date is a signature too
    EXPECT_EQ(dialog.undoStack()->count(), steps + 1);
    EXPECT_EQ(dialog.record().status, AgreementStatus::Signed);
    EXPECT_EQ(child<QComboBox>(dialog, u"statusCombo"_s)->currentData().toString(),
              key(AgreementStatus::Signed));
    EXPECT_EQ(table->item(1, 1)->checkState(), Qt::Checked);

    dialog.undoStack()->undo();
    EXPECT_EQ(dialog.record().status, AgreementStatus::AwaitingSignature);
    EXPECT_EQ(dialog.record().signatures.size(), 1);
    EXPECT_EQ(table->item(1, 1)->checkState(), Qt::Unchecked);
    dialog.undoStack()->redo();
    EXPECT_EQ(dialog.record().status, AgreementStatus::Signed);
    script(dialog, true);
    dialog.reject();
}

TEST_F(AgreementEditorTest, ArticlesAreEditedMovedRemovedAndResetFromTheTemplate) {
    AgreementEditorDialog dialog(*database, {}, fixedToday());
    choose(dialog, u"kindCombo"_s, key(AgreementKind::ResponsibilityMeasures));
    const QList<Clause> articles = templateOf(AgreementKind::ResponsibilityMeasures);
    ASSERT_GE(articles.size(), 3);
    auto* list = child<QListWidget>(dialog, u"clauseList"_s);
    auto* text = child<QPlainTextEdit>(dialog, u"clauseTextEdit"_s);

    list->setCurrentRow(1);
    EXPECT_EQ(text->toPlainText(), articles[1].text);
    text->setPlainText(u"Texte négocié avec l'ALCEJ."_s);
    EXPECT_EQ(dialog.record().clauses[1].text, u"Texte négocié avec l'ALCEJ."_s);
    EXPECT_EQ(dialog.record().clauses[0], articles[0]);

    // An edited article stays when the kind changes.
    choose(dialog, u"kindCombo"_s, key(AgreementKind::Generic));
    EXPECT_EQ(dialog.record().clauses[1].text, u"Texte négocié avec l'ALCEJ."_s);
    dialog.undoStack()->undo();

    QTest::mouseClick(child<QPushButton>(dialog, u"moveClauseUpButton"_s), Qt::LeftButton);
    EXPECT_EQ(list->currentRow(), 0);
    EXPECT_EQ(dialog.record().clauses[0].text, u"Texte négocié avec l'ALCEJ."_s);
    EXPECT_EQ(dialog.record().clauses[0].number, 1);
    EXPECT_EQ(dialog.record().clauses[1].title, articles[0].title);
    EXPECT_EQ(dialog.record().clauses[1].number, 2);
    EXPECT_TRUE(list->item(0)->text().startsWith(u"Article 1"_s)) << list->item(0)->text().toStdString();

    script(dialog, true);
    QTest::mouseClick(child<QPushButton>(dialog, u"addClauseButton"_s), Qt::LeftButton);
    EXPECT_EQ(dialog.record().clauses.size(), articles.size() + 1);
    EXPECT_EQ(list->currentRow(), 1);
    QTest::keyClicks(child<QLineEdit>(dialog, u"clauseTitleEdit"_s), u"Transport"_s);
    EXPECT_EQ(dialog.record().clauses[1].title, u"Transport"_s);
    EXPECT_EQ(dialog.record().clauses[1].number, 2);
    EXPECT_EQ(dialog.record().clauses.last().number, articles.size() + 1);

    QTest::mouseClick(child<QPushButton>(dialog, u"removeClauseButton"_s), Qt::LeftButton);
    EXPECT_EQ(asked.last(), Question::Confirm);
    EXPECT_EQ(dialog.record().clauses.size(), articles.size());

    asked.clear();
    QTest::mouseClick(child<QPushButton>(dialog, u"resetClausesButton"_s), Qt::LeftButton);
    EXPECT_EQ(asked, QList{Question::Confirm});
    EXPECT_EQ(dialog.record().clauses, articles);
    dialog.undoStack()->undo();
    EXPECT_EQ(dialog.record().clauses[0].text, u"Texte négocié avec l'ALCEJ."_s);
    dialog.reject();
}

// Issue 10: the form holds no value the exchange format would refuse, whatever is typed or pasted.
TEST_F(AgreementEditorTest, FieldsStopAtTheBoundsOfTheExchangeFormat) {
    AgreementEditorDialog dialog(*database, {}, fixedToday());
    script(dialog, true);

    auto* title = child<QLineEdit>(dialog, u"titleEdit"_s);
    QTest::keyClicks(title, QString(input::kMaxNameLength + 30, u'a'));
    EXPECT_EQ(title->text().size(), input::kMaxNameLength);

    auto* hours = child<QSpinBox>(dialog, u"partnerNoticeHoursSpin"_s);
    hours->selectAll();
    QTest::keyClicks(hours, u"99999"_s);
    EXPECT_LE(hours->value(), input::kHours.max);
    auto* months = child<QSpinBox>(dialog, u"noticeMonthsSpin"_s);
    EXPECT_EQ(months->maximum(), input::kMonths.max);
    EXPECT_EQ(child<QSpinBox>(dialog, u"copiesSpin"_s)->maximum(), input::kCopies.max);
    EXPECT_EQ(child<QSpinBox>(dialog, u"groupMaxSpin"_s)->maximum(), input::kGroupSize.max);

    // A paste larger than a free text may hold keeps what fits, and the text already there.
    choose(dialog, u"kindCombo"_s, key(AgreementKind::ResponsibilityMeasures));
    child<QListWidget>(dialog, u"clauseList"_s)->setCurrentRow(0);
    auto* clause = child<QPlainTextEdit>(dialog, u"clauseTextEdit"_s);
    ASSERT_TRUE(clause->isEnabled());
    clause->setFocus();
    QTest::keyClick(clause, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(clause, u"Debut. "_s);
    QApplication::clipboard()->setText(QString(input::kMaxFreeTextLength, u'x'));
    QTest::keyClick(clause, Qt::Key_V, Qt::ControlModifier);
    QCoreApplication::processEvents();
    EXPECT_EQ(clause->toPlainText().size(), input::kMaxFreeTextLength);
    EXPECT_TRUE(clause->toPlainText().startsWith(u"Debut. x"_s));
    EXPECT_EQ(dialog.record().clauses[0].text.size(), input::kMaxFreeTextLength);
    dialog.reject();
}

// Issue 12: how the text names a party, the authority its representative signs under and the mention above
// the signature are typed in the fields under the parties table, for the party selected there; each is one
// undo step, and the saved agreement holds them.
TEST_F(AgreementEditorTest, APartysWordingIsTypedUnderThePartiesTableAndSaved) {
    AgreementEditorDialog dialog(*database, {}, fixedToday());
    script(dialog, true);
    fillIn(dialog);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    child<QTabWidget>(dialog, u"tabs"_s)->setCurrentWidget(child<QWidget>(dialog, u"partiesTab"_s));
    auto* table = child<QTableWidget>(dialog, u"partiesTable"_s);
    ASSERT_EQ(table->rowCount(), 2);
    auto* designation = child<QLineEdit>(dialog, u"partyDesignationEdit"_s);
    auto* delegation = child<QPlainTextEdit>(dialog, u"partyDelegationEdit"_s);
    auto* mention = child<QLineEdit>(dialog, u"partySignatureMentionEdit"_s);
    for (QWidget* field : {static_cast<QWidget*>(designation), static_cast<QWidget*>(delegation),
                           static_cast<QWidget*>(mention)})
        EXPECT_TRUE(field->toolTip().contains(u"«"_s)) << "an example from the seeds";
    // Before any click, the fields show a party's wording (the last one added), ready to type into.
    EXPECT_GE(table->currentRow(), 0);
    EXPECT_TRUE(designation->isEnabled());

    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualItemRect(table->item(1, 0)).center());
    ASSERT_EQ(table->currentRow(), 1);
    ASSERT_TRUE(designation->isEnabled());
    EXPECT_TRUE(
        child<QWidget>(dialog, u"partyWordingGroup"_s)->property("title").toString().contains(u"ALCEJ"_s));
    QTest::keyClicks(designation, u"la Ville"_s);
    delegation->setFocus();
    QTest::keyClicks(delegation, u"agissant au nom et pour le compte de ladite Ville"_s);
    QTest::keyClick(delegation, Qt::Key_Return);
    QTest::keyClicks(delegation, u"en vertu de l'arrete du Maire"_s);
    QTest::keyClicks(mention, u"P. le Maire de Rouen"_s);
    const QString delegationText =
        u"agissant au nom et pour le compte de ladite Ville\nen vertu de l'arrete du Maire"_s;
    EXPECT_EQ(dialog.record().parties[1].designation, u"la Ville"_s);
    EXPECT_EQ(dialog.record().parties[1].delegation, delegationText);
    EXPECT_EQ(dialog.record().parties[1].signatureMention, u"P. le Maire de Rouen"_s);
    EXPECT_TRUE(dialog.record().parties[0].designation.isEmpty()) << "the other party keeps its own";

    // One undo step per field: the mention goes, the rest stays.
    dialog.undoStack()->undo();
    EXPECT_TRUE(dialog.record().parties[1].signatureMention.isEmpty());
    EXPECT_TRUE(mention->text().isEmpty());
    EXPECT_EQ(dialog.record().parties[1].delegation, delegationText);
    dialog.undoStack()->redo();
    EXPECT_EQ(mention->text(), u"P. le Maire de Rouen"_s);

    // The fields follow the selected party.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualItemRect(table->item(0, 0)).center());
    EXPECT_TRUE(designation->text().isEmpty());
    EXPECT_TRUE(delegation->toPlainText().isEmpty());
    QTest::keyClicks(designation, u"le College"_s);
    EXPECT_EQ(dialog.record().parties[0].designation, u"le College"_s);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualItemRect(table->item(1, 0)).center());
    EXPECT_EQ(designation->text(), u"la Ville"_s);
    EXPECT_EQ(delegation->toPlainText(), delegationText);

    ASSERT_TRUE(dialog.save()) << lastText.toStdString();
    Result<Agreement> stored = storage::AgreementRepository(*database).find(dialog.record().id);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->parties.size(), 2);
    EXPECT_EQ(stored->parties[0].designation, u"le College"_s);
    EXPECT_EQ(stored->parties[1].designation, u"la Ville"_s);
    EXPECT_EQ(stored->parties[1].delegation, delegationText);
    EXPECT_EQ(stored->parties[1].signatureMention, u"P. le Maire de Rouen"_s);
}

// Issue 12: a deliberation's prefecture dates (received, sent, published) are typed in their date cells,
// freely as every date field takes them, and the saved agreement holds them; an empty one stays unknown.
TEST_F(AgreementEditorTest, ADeliberationsPrefectureDatesAreTypedAndSaved) {
    enum { Body, Number, Date, Received, Sent, Published };
    AgreementEditorDialog dialog(*database, {}, fixedToday());
    script(dialog, true);
    fillIn(dialog);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    child<QTabWidget>(dialog, u"tabs"_s)->setCurrentWidget(child<QWidget>(dialog, u"deliberationsTab"_s));
    QTest::mouseClick(child<QPushButton>(dialog, u"addDeliberationButton"_s), Qt::LeftButton);
    auto* table = child<QTableWidget>(dialog, u"deliberationsTable"_s);
    ASSERT_EQ(table->rowCount(), 1);
    ASSERT_EQ(table->columnCount(), 6);
    EXPECT_FALSE(table->horizontalHeaderItem(Received)->toolTip().isEmpty());
    typeIntoCell(table, 0, Body, u"Conseil municipal"_s);
    typeIntoCell(table, 0, Number, u"2026-112"_s);
    const auto dateCell = [table](int column) {
        return qobject_cast<DateField*>(table->cellWidget(0, column));
    };
    for (int column : {Date, Received, Sent, Published})
        ASSERT_NE(dateCell(column), nullptr) << column;
    typeInto(dateCell(Date), u"12/6/26"_s);
    typeInto(dateCell(Received), u"19062026"_s);
    typeInto(dateCell(Sent), u"18/6/26"_s);
    EXPECT_EQ(dialog.record().deliberations[0].receivedAt, QDate(2026, 6, 19));
    EXPECT_EQ(dialog.record().deliberations[0].transmittedAt, QDate(2026, 6, 18));
    EXPECT_FALSE(dialog.record().deliberations[0].publishedOn.isValid()) << "not known yet";
    typeInto(dateCell(Published), u"22/06/2026"_s);
    EXPECT_EQ(dialog.record().deliberations[0].publishedOn, QDate(2026, 6, 22));
    dialog.undoStack()->undo();
    EXPECT_FALSE(dialog.record().deliberations[0].publishedOn.isValid());
    EXPECT_TRUE(dateCell(Published)->text().isEmpty());
    dialog.undoStack()->redo();
    EXPECT_EQ(dateCell(Published)->date(), QDate(2026, 6, 22));

    ASSERT_TRUE(dialog.save()) << lastText.toStdString();
    Result<Agreement> stored = storage::AgreementRepository(*database).find(dialog.record().id);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->deliberations.size(), 1);
    const Deliberation& deliberation = stored->deliberations[0];
    EXPECT_EQ(deliberation.body, u"Conseil municipal"_s);
    EXPECT_EQ(deliberation.number, u"2026-112"_s);
    EXPECT_EQ(deliberation.date, QDate(2026, 6, 12));
    EXPECT_EQ(deliberation.receivedAt, QDate(2026, 6, 19));
    EXPECT_EQ(deliberation.transmittedAt, QDate(2026, 6, 18));
    EXPECT_EQ(deliberation.publishedOn, QDate(2026, 6, 22));
}

// Issue 12: the annex of local resources is a table of its own tab: a resource added with its button opens
// its name for typing, its phone cell refuses letters as they are typed, removing it asks; the saved
// agreement holds it.
TEST_F(AgreementEditorTest, AResourceRowIsAddedByKeysToTheAnnexAndSaved) {
    enum { Name, Kind, Audience, Contact, Phone, Email };
    AgreementEditorDialog dialog(*database, {}, fixedToday());
    script(dialog, true);
    fillIn(dialog);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    child<QTabWidget>(dialog, u"tabs"_s)->setCurrentWidget(child<QWidget>(dialog, u"resourcesTab"_s));
    auto* table = child<QTableWidget>(dialog, u"resourcesTable"_s);
    EXPECT_EQ(table->rowCount(), 0) << "no annex to start with";
    QTest::mouseClick(child<QPushButton>(dialog, u"addResourceButton"_s), Qt::LeftButton);
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(dialog.record().resources.size(), 1);
    // The name is open for typing as the row appears.
    auto* nameEditor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    ASSERT_NE(nameEditor, nullptr);
    QTest::keyClicks(nameEditor, u"Maison des adolescents"_s);
    QTest::keyClick(nameEditor, Qt::Key_Return);
    QApplication::processEvents();
    typeIntoCell(table, 0, Kind, u"Sante"_s);
    typeIntoCell(table, 0, Audience, u"Jeunes de 11 a 21 ans et leurs familles"_s);
    typeIntoCell(table, 0, Contact, u"Accueil"_s);
    typeIntoCell(table, 0, Phone, u"02 35 abc 98 76 54"_s);
    typeIntoCell(table, 0, Email, u"accueil mda@example.fr"_s);
    const Resource expected{u"Maison des adolescents"_s,
                            u"Sante"_s,
                            u"Jeunes de 11 a 21 ans et leurs familles"_s,
                            u"Accueil"_s,
                            u"02 35  98 76 54"_s,
                            u"accueilmda@example.fr"_s};
    ASSERT_EQ(dialog.record().resources.size(), 1);
    EXPECT_EQ(dialog.record().resources[0], expected);
    dialog.undoStack()->undo();
    EXPECT_TRUE(dialog.record().resources[0].email.isEmpty());
    EXPECT_TRUE(table->item(0, Email)->text().isEmpty());
    dialog.undoStack()->redo();
    EXPECT_EQ(table->item(0, Email)->text(), u"accueilmda@example.fr"_s);

    ASSERT_TRUE(dialog.save()) << lastText.toStdString();
    Result<Agreement> stored = storage::AgreementRepository(*database).find(dialog.record().id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->resources, QList<Resource>{expected});

    // Removing the selected resource asks first.
    table->setCurrentCell(0, Name);
    asked.clear();
    script(dialog, false);
    QTest::mouseClick(child<QPushButton>(dialog, u"removeResourceButton"_s), Qt::LeftButton);
    EXPECT_EQ(asked.size(), 1);
    EXPECT_EQ(table->rowCount(), 1);
    script(dialog, true);
    QTest::mouseClick(child<QPushButton>(dialog, u"removeResourceButton"_s), Qt::LeftButton);
    EXPECT_EQ(table->rowCount(), 0);
    EXPECT_TRUE(dialog.record().resources.isEmpty());
    dialog.undoStack()->undo();
    EXPECT_EQ(table->rowCount(), 1);
}

}  // namespace
}  // namespace passerelle::test
