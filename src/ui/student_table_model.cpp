#include "passerelle/ui/student_table_model.h"

#include "passerelle/storage/repositories.h"

#include <QLocale>

namespace passerelle::ui {

using namespace Qt::Literals::StringLiterals;

StudentTableModel::StudentTableModel(storage::Database& database, QObject* parent)
    : RecordTableModel<Student>(database, parent) {
    loadSchoolNames();
}

void StudentTableModel::loadSchoolNames() {
    storage::ListQuery schools;
    schools.kind = key(OrganisationKind::School);
    schools.limit = 10'000;
    const auto page = storage::OrganisationRepository(database()).list(schools);
    if (!page)
        return;
    for (const Organisation& school : page->items)
        m_schoolNames.insert(school.id, school.name);
}

QString StudentTableModel::countText(int total) const {
    return tr("%n student(s)", nullptr, total);
}

// The storage sort key of each column, in Column order.
QString StudentTableModel::sortKey(int column) const {
    static const QStringList keys{u"lastName"_s, u"firstName"_s, u"className"_s, u"birthDate"_s, u"school"_s};
    return keys.value(column);
}

std::unique_ptr<PagedTableModel> StudentTableModel::emptyCopy() const {
    return std::make_unique<StudentTableModel>(database());
}

QString StudentTableModel::exportName() const {
    return u"eleves"_s;
}

QString StudentTableModel::exportTitle() const {
    return tr("Students");
}

int StudentTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StudentTableModel::data(const QModelIndex& index, int role) const {
    const Student* student = index.isValid() ? studentAt(index.row()) : nullptr;
    if (!student)
        return {};
    if (role == IdRole)
        return student->id;
    if (role == ExportRole)
        return index.column() == BirthDate ? QVariant(student->birthDate) : QVariant();
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    switch (static_cast<Column>(index.column())) {
        case LastName:
            return student->lastName;
        case FirstName:
            return student->firstName;
        case ClassName:
            return student->className;
        case BirthDate:
            if (role == RawValueRole)
                return student->birthDate;
            return QLocale().toString(student->birthDate, QLocale::ShortFormat);
        case School:
            return m_schoolNames.value(student->schoolId, student->schoolId);
        case ColumnCount:
            break;
    }
    return {};
}

QVariant StudentTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
        case LastName:
            return tr("Last name");
        case FirstName:
            return tr("First name");
        case ClassName:
            return tr("Class");
        case BirthDate:
            return tr("Birth date");
        case School:
            return tr("School");
        case ColumnCount:
            break;
    }
    return {};
}

}  // namespace passerelle::ui
