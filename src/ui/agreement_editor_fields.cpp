// Where the agreement editor edits each field the rules name: the fixed fields by their exchange key
// (fieldWidgets), and a party's signature, a row of the signatures table (dynamicFieldWidget). A click on a
// finding lands on that very widget (issue 11). Split from agreement_editor.cpp, which builds and fills the
// form.
#include "passerelle/ui/agreement_editor.h"
#include "passerelle/ui/date_field.h"
#include "ui_agreement_editor.h"

#include <QTableWidget>

namespace passerelle::ui {
namespace {

using namespace Qt::Literals::StringLiterals;

// The date field of a row of a table (a party's signature date), or null when the row has none.
QWidget* dateCellOf(const QTableWidget& table, int row) {
    for (int column = 0; column < table.columnCount(); ++column) {
        if (auto* date = qobject_cast<DateField*>(table.cellWidget(row, column)))
            return date;
    }
    return nullptr;
}

}  // namespace

QWidget* AgreementEditorDialog::dynamicFieldWidget(const QString& field) const {
    const QStringList parts = field.split(u'.');
    if (parts.size() < 2 || parts[0] != u"signatures"_s)
        return nullptr;
    // "signatures.<organisation id>": the table has one row per party that signs, in signatories()' order.
    const qsizetype row = signatories().indexOf(parts[1]);
    return row >= 0 ? dateCellOf(*m_ui->signaturesTable, static_cast<int>(row)) : nullptr;
}

QHash<QString, QWidget*> AgreementEditorDialog::fieldWidgets() const {
    const Ui::AgreementEditorDialog& ui = *m_ui;
    // With a duration, the end is computed from it: that is where the user changes it. (The radio button
    // shows which way the record gives its end.)
    QWidget* end = ui.durationRadio->isChecked() ? static_cast<QWidget*>(ui.durationSpin) : ui.endDate;
    return {
        {u"kind"_s, ui.kindCombo},
        {u"title"_s, ui.titleEdit},
        {u"status"_s, ui.statusCombo},
        {u"signedOn"_s, ui.signedOnDate},
        {u"start"_s, ui.startDate},
        {u"end"_s, end},
        {u"durationYears"_s, ui.durationSpin},
        {u"tacitRenewal"_s, ui.tacitRenewalCheck},
        {u"noticeMonths"_s, ui.noticeMonthsSpin},
        {u"noticeAnchor"_s, ui.noticeAnchorCombo},
        {u"breachNoticeMonths"_s, ui.breachNoticeMonthsSpin},
        {u"reviewEveryMonths"_s, ui.reviewEveryMonthsSpin},
        {u"partnerNoticeHours"_s, ui.partnerNoticeHoursSpin},
        {u"groupSize"_s, ui.groupMinSpin},
        {u"groupSize.min"_s, ui.groupMinSpin},
        {u"groupSize.max"_s, ui.groupMaxSpin},
        {u"copies"_s, ui.copiesSpin},
        {u"parties"_s, ui.partiesTable},
        {u"deliberations"_s, ui.deliberationsTable},
        {u"reviews"_s, ui.reviewsTable},
        {u"clauses"_s, ui.clauseList},
        {u"signatures"_s, ui.signaturesTable},
        {u"amendments"_s, ui.amendmentsTable},
        {u"resources"_s, ui.resourcesTable},
    };
}

}  // namespace passerelle::ui
