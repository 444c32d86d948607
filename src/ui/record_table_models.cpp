#include "passerelle/ui/record_table_models.h"

#include "passerelle/rules/measure_facts.h"
#include "passerelle/storage/repositories.h"
#include "passerelle/ui/enum_labels.h"

#include <QLocale>

namespace passerelle::ui {

using namespace Qt::Literals::StringLiterals;
namespace {

bool isShownRole(int role) {
    return role == Qt::DisplayRole || role == Qt::ToolTipRole || role == PagedTableModel::RawValueRole;
}

QVariant dateValue(const QDate& date, int role) {
    if (role == PagedTableModel::RawValueRole)
        return date;
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString hoursText(int minutes) {
    return minutes % 60 == 0 ? MeasureTableModel::tr("%1 h").arg(minutes / 60)
                             : MeasureTableModel::tr("%1 h %2")
                                   .arg(minutes / 60)
                                   .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// « 15 h / 18 h »: the hours of the dates marked present, against the hours planned (rules::measure_facts);
// the raw value is the minutes done.
QVariant hoursDoneValue(const Measure& measure, int role) {
    const int done = rules::doneTotalMinutes(measure);
    if (role == PagedTableModel::RawValueRole)
        return done;
    const int planned = rules::plannedTotalMinutes(measure);
    if (role == Qt::ToolTipRole)
        return rules::hoursDoneSummary(measure);
    return MeasureTableModel::tr("%1 / %2").arg(hoursText(done), hoursText(planned));
}

// The dates as dates and the hours done as a number of hours (7.5), for a spreadsheet's sums.
QVariant exportValue(const Measure& measure, int column) {
    switch (column) {
        case MeasureTableModel::Start:
            return measure.start;
        case MeasureTableModel::End:
            return measure.end;
        case MeasureTableModel::HoursDone:
            return rules::doneTotalMinutes(measure) / 60.0;
        default:
            return {};
    }
}

bool isHeader(Qt::Orientation orientation, int role) {
    return orientation == Qt::Horizontal && role == Qt::DisplayRole;
}

}  // namespace

// --- Organisations ---------------------------------------------------------------------------------------

QString OrganisationTableModel::countText(int total) const {
    return tr("%n partner(s)", nullptr, total);
}

// The storage sort key of each column, in Column order.
QString OrganisationTableModel::sortKey(int column) const {
    static const QStringList keys{u"name"_s, u"kind"_s, u"address"_s, u"phone"_s, u"email"_s};
    return keys.value(column);
}

std::unique_ptr<PagedTableModel> OrganisationTableModel::emptyCopy() const {
    return std::make_unique<OrganisationTableModel>(database());
}

QString OrganisationTableModel::exportName() const {
    return u"partenaires"_s;
}

QString OrganisationTableModel::exportTitle() const {
    return tr("Partners");
}

int OrganisationTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganisationTableModel::data(const QModelIndex& index, int role) const {
    const Organisation* record = index.isValid() ? recordAt(index.row()) : nullptr;
    if (!record)
        return {};
    if (role == IdRole)
        return record->id;
    if (!isShownRole(role))
        return {};
    switch (static_cast<Column>(index.column())) {
        case Name:
            return record->name;
        case Kind:
            return role == RawValueRole ? QVariant(key(record->kind))
                                        : QVariant(EnumLabels::of(record->kind));
        case Address:
            return record->address;
        case Phone:
            return record->phone;
        case Email:
            return record->email;
        case ColumnCount:
            break;
    }
    return {};
}

QVariant OrganisationTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (!isHeader(orientation, role))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
        case Name:
            return tr("Name");
        case Kind:
            return tr("Kind");
        case Address:
            return tr("Address");
        case Phone:
            return tr("Phone");
        case Email:
            return tr("Email");
        case ColumnCount:
            break;
    }
    return {};
}

// --- Agreements ------------------------------------------------------------------------------------------

QString AgreementTableModel::countText(int total) const {
    return tr("%n agreement(s)", nullptr, total);
}

// The storage sort key of each column, in Column order.
QString AgreementTableModel::sortKey(int column) const {
    static const QStringList keys{u"title"_s, u"kind"_s, u"status"_s, u"start"_s, u"end"_s};
    return keys.value(column);
}

std::unique_ptr<PagedTableModel> AgreementTableModel::emptyCopy() const {
    return std::make_unique<AgreementTableModel>(database());
}

QString AgreementTableModel::exportName() const {
    return u"conventions"_s;
}

QString AgreementTableModel::exportTitle() const {
    return tr("Agreements");
}

int AgreementTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgreementTableModel::data(const QModelIndex& index, int role) const {
    const Agreement* record = index.isValid() ? recordAt(index.row()) : nullptr;
    if (!record)
        return {};
    if (role == IdRole)
        return record->id;
    if (role == ExportRole) {
        if (index.column() == Start)
            return record->start;
        return index.column() == End ? QVariant(record->effectiveEnd()) : QVariant();
    }
    if (!isShownRole(role))
        return {};
    switch (static_cast<Column>(index.column())) {
        case Title:
            return record->title;
        case Kind:
            return role == RawValueRole ? QVariant(key(record->kind))
                                        : QVariant(EnumLabels::of(record->kind));
        case Status:
            return role == RawValueRole ? QVariant(key(record->status))
                                        : QVariant(EnumLabels::of(record->status));
        case Start:
            return dateValue(record->start, role);
        case End:
            return dateValue(record->effectiveEnd(), role);
        case ColumnCount:
            break;
    }
    return {};
}

QVariant AgreementTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (!isHeader(orientation, role))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
        case Title:
            return tr("Title");
        case Kind:
            return tr("Kind");
        case Status:
            return tr("Status");
        case Start:
            return tr("Start");
        case End:
            return tr("End");
        case ColumnCount:
            break;
    }
    return {};
}

// --- Measures --------------------------------------------------------------------------------------------

QString MeasureTableModel::countText(int total) const {
    return tr("%n measure(s)", nullptr, total);
}

// The storage sort key of each column, in Column order.
QString MeasureTableModel::sortKey(int column) const {
    // Hours done are worked out from the attendance, not stored: that column does not sort.
    static const QStringList keys{u"student"_s, u"kind"_s, u"host"_s,  u"start"_s,
                                  u"end"_s,     QString(), u"status"_s};
    return keys.value(column);
}

std::unique_ptr<PagedTableModel> MeasureTableModel::emptyCopy() const {
    return std::make_unique<MeasureTableModel>(database());
}

QString MeasureTableModel::exportName() const {
    return u"mesures"_s;
}

QString MeasureTableModel::exportTitle() const {
    return tr("Measures");
}

int MeasureTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString MeasureTableModel::studentName(const QString& id) const {
    if (id.isEmpty())
        return {};
    const auto cached = m_names.constFind(id);
    if (cached != m_names.cend())
        return *cached;
    const auto student = storage::StudentRepository(database()).find(id);
    const QString name = student ? student->lastName + u' ' + student->firstName : id;
    m_names.insert(id, name);
    return name;
}

QString MeasureTableModel::organisationName(const QString& id) const {
    if (id.isEmpty())
        return {};
    const auto cached = m_names.constFind(id);
    if (cached != m_names.cend())
        return *cached;
    const auto organisation = storage::OrganisationRepository(database()).find(id);
    const QString name = organisation ? organisation->name : id;
    m_names.insert(id, name);
    return name;
}

QVariant MeasureTableModel::data(const QModelIndex& index, int role) const {
    const Measure* record = index.isValid() ? recordAt(index.row()) : nullptr;
    if (!record)
        return {};
    if (role == IdRole)
        return record->id;
    if (role == ExportRole)
        return exportValue(*record, index.column());
    if (!isShownRole(role))
        return {};
    switch (static_cast<Column>(index.column())) {
        case StudentName:
            return studentName(record->studentId);
        case Kind:
            return role == RawValueRole ? QVariant(key(record->kind))
                                        : QVariant(EnumLabels::of(record->kind));
        case Host:
            return organisationName(record->hostId);
        case Start:
            return dateValue(record->start, role);
        case End:
            return dateValue(record->end, role);
        case HoursDone:
            return hoursDoneValue(*record, role);
        case Status:
            return role == RawValueRole ? QVariant(key(record->status))
                                        : QVariant(EnumLabels::of(record->status));
        case ColumnCount:
            break;
    }
    return {};
}

QVariant MeasureTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (!isHeader(orientation, role))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
        case StudentName:
            return tr("Student");
        case Kind:
            return tr("Kind");
        case Host:
            return tr("Host structure");
        case Start:
            return tr("Start");
        case End:
            return tr("End");
        case HoursDone:
            return tr("Hours done");
        case Status:
            return tr("Status");
        case ColumnCount:
            break;
    }
    return {};
}

// --- Group activities ------------------------------------------------------------------------------------

QString GroupTableModel::countText(int total) const {
    return tr("%n group activity(ies)", nullptr, total);
}

// The storage sort key of each column, in Column order.
QString GroupTableModel::sortKey(int column) const {
    static const QStringList keys{u"title"_s,      u"kind"_s,         u"audience"_s,
                                  u"recurrence"_s, u"participants"_s, u"sessions"_s};
    return keys.value(column);
}

std::unique_ptr<PagedTableModel> GroupTableModel::emptyCopy() const {
    return std::make_unique<GroupTableModel>(database());
}

QString GroupTableModel::exportName() const {
    return u"activites"_s;
}

QString GroupTableModel::exportTitle() const {
    return tr("Group activities");
}

int GroupTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupTableModel::data(const QModelIndex& index, int role) const {
    const GroupActivity* record = index.isValid() ? recordAt(index.row()) : nullptr;
    if (!record)
        return {};
    if (role == IdRole)
        return record->id;
    if (role == ExportRole) {
        // Counts as numbers, for a spreadsheet's sums.
        if (index.column() == Participants)
            return qint64(record->participantIds.size());
        return index.column() == Sessions ? QVariant(qint64(record->sessions.size())) : QVariant();
    }
    if (!isShownRole(role))
        return {};
    switch (static_cast<Column>(index.column())) {
        case Title:
            return record->title;
        case Kind:
            return role == RawValueRole ? QVariant(key(record->kind))
                                        : QVariant(EnumLabels::of(record->kind));
        case Audience:
            return EnumLabels::of(record->audience);
        case Recurrence:
            return EnumLabels::of(record->recurrence);
        case Participants:
            return static_cast<int>(record->participantIds.size());
        case Sessions:
            return static_cast<int>(record->sessions.size());
        case ColumnCount:
            break;
    }
    return {};
}

QVariant GroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (!isHeader(orientation, role))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
        case Title:
            return tr("Title");
        case Kind:
            return tr("Kind");
        case Audience:
            return tr("Audience");
        case Recurrence:
            return tr("Recurrence");
        case Participants:
            return tr("Participants");
        case Sessions:
            return tr("Sessions");
        case ColumnCount:
            break;
    }
    return {};
}

}  // namespace passerelle::ui
