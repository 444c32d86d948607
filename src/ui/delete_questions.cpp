// What each list asks before a deletion (PagedTableModel::deleteQuestion): the record named the way the list
// shows it, so that the user recognises it in the question. Kept apart from the models' columns.
#include "passerelle/ui/record_table_models.h"
#include "passerelle/ui/student_table_model.h"

#include <QLocale>

namespace passerelle::ui {
namespace {

QString shortDate(const QDate& date) {
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QStringLiteral("?");
}

}  // namespace

QString OrganisationTableModel::deleteQuestion(int row) const {
    const Organisation* record = recordAt(row);
    return record ? tr("Delete the partner \"%1\"?").arg(record->name) : QString();
}

QString AgreementTableModel::deleteQuestion(int row) const {
    const Agreement* record = recordAt(row);
    return record ? tr("Delete the agreement \"%1\"?").arg(record->title) : QString();
}

QString MeasureTableModel::deleteQuestion(int row) const {
    const Measure* record = recordAt(row);
    if (!record)
        return {};
    return tr("Delete the measure of %1 from %2 to %3?")
        .arg(studentName(record->studentId), shortDate(record->start), shortDate(record->end));
}

QString GroupTableModel::deleteQuestion(int row) const {
    const GroupActivity* record = recordAt(row);
    return record ? tr("Delete the group activity \"%1\"?").arg(record->title) : QString();
}

QString StudentTableModel::deleteQuestion(int row) const {
    const Student* record = recordAt(row);
    if (!record)
        return {};
    const QString name = record->fullName();
    return record->className.isEmpty() ? tr("Delete the student %1?").arg(name)
                                       : tr("Delete the student %1 (%2)?").arg(name, record->className);
}

}  // namespace passerelle::ui
