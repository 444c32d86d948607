#include "passerelle/ui/student_table_model.h"

#include "passerelle/storage/repositories.h"

#include <QLocale>

#include <spdlog/spdlog.h>

namespace passerelle::ui {
namespace {

constexpr int pageSize = 200;

}  // namespace

StudentTableModel::StudentTableModel(storage::Database& database, QObject* parent)
    : QAbstractTableModel(parent), m_database(database) {
    loadSchoolNames();
}

void StudentTableModel::loadSchoolNames() {
    storage::ListQuery schools;
    schools.kind = key(OrganisationKind::School);
    schools.limit = 10'000;
    const auto page = storage::OrganisationRepository(m_database).list(schools);
    if (!page) return;
    for (const Organisation& school : page->items) m_schoolNames.insert(school.id, school.name);
}

bool StudentTableModel::setQuery(const storage::ListQuery& query) {
    beginResetModel();
    m_query = query;
    m_query.offset = 0;
    m_query.limit = pageSize;
    m_rows.clear();
    m_total = 0;
    m_lastError.clear();
    const auto page = storage::StudentRepository(m_database).list(m_query);
    if (page) {
        m_rows = page->items;
        m_total = page->total;
    } else {
        m_lastError = page.error().message;
        spdlog::warn("student list failed: {}", m_lastError.toStdString());
    }
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
    return page.ok();
}

const Student* StudentTableModel::studentAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int StudentTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StudentTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant StudentTableModel::data(const QModelIndex& index, int role) const {
    const Student* student = index.isValid() ? studentAt(index.row()) : nullptr;
    if (!student) return {};
    if (role == IdRole) return student->id;
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole) return {};
    switch (static_cast<Column>(index.column())) {
        case LastName: return student->lastName;
        case FirstName: return student->firstName;
        case ClassName: return student->className;
        case BirthDate:
            if (role == RawValueRole) return student->birthDate;
            return QLocale().toString(student->birthDate, QLocale::ShortFormat);
        case School: return m_schoolNames.value(student->schoolId, student->schoolId);
        case ColumnCount: break;
    }
    return {};
}

QVariant StudentTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
        case LastName: return tr("Last name");
        case FirstName: return tr("First name");
        case ClassName: return tr("Class");
        case BirthDate: return tr("Birth date");
        case School: return tr("School");
        case ColumnCount: break;
    }
    return {};
}

bool StudentTableModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_rows.size() < m_total;
}

void StudentTableModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent)) return;
    storage::ListQuery next = m_query;
    next.offset = static_cast<int>(m_rows.size());
    const auto page = storage::StudentRepository(m_database).list(next);
    if (!page || page->items.isEmpty()) {
        if (!page) m_lastError = page.error().message;
        // Stop asking: the view would call fetchMore again and again.
        m_total = static_cast<int>(m_rows.size());
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page->items.size()) - 1);
    m_rows += page->items;
    endInsertRows();
    if (page->total != m_total) {
        m_total = page->total;
        Q_EMIT totalCountChanged(m_total);
    }
}

}  // namespace passerelle::ui
