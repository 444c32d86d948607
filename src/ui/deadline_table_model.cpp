#include "passerelle/ui/deadline_table_model.h"

#include "passerelle/rules/rule_ids.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace passerelle::ui {

DeadlineTableModel::DeadlineTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void DeadlineTableModel::setDeadlines(const QList<rules::Deadline>& deadlines, const QDate& today) {
    beginResetModel();
    m_deadlines = deadlines;
    m_today = today;
    endResetModel();
}

int DeadlineTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_deadlines.size());
}

int DeadlineTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeadlineTableModel::ruleLabel(const QString& rule) const {
    if (rule == rules::id::DeadlineDenounce)
        return tr("Last day to give notice");
    if (rule == rules::id::DeadlineExpiry)
        return tr("Expiry");
    if (rule == rules::id::DeadlineReview)
        return tr("Review due");
    return rule;
}

QVariant DeadlineTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_deadlines.size())
        return {};
    const rules::Deadline& deadline = m_deadlines.at(index.row());
    if (role == AgreementIdRole)
        return deadline.agreementId;
    if (role == HandledRole)
        return deadline.handled.has_value();
    if (role == ExportRole)
        return index.column() == Date ? QVariant(deadline.date) : QVariant();
    if (role == Qt::ForegroundRole && deadline.handled)
        return QBrush(QColor(0x60, 0x60, 0x60));  // grey: dealt with, shown only on demand
    if (role == Qt::ForegroundRole && deadline.severity == rules::Severity::Warning) {
        return QBrush(QColor(0xb0, 0x3a, 0x00));  // dark orange: readable on white, distinct from errors' red
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != RawValueRole)
        return {};
    switch (static_cast<Column>(index.column())) {
        case Date:
            if (role == RawValueRole)
                return deadline.date;
            return QLocale().toString(deadline.date, QLocale::ShortFormat);
        case DaysLeft: {
            const int days = deadline.daysFrom(m_today);
            if (role == RawValueRole)
                return days;
            if (days < 0)
                return tr("%n day(s) late", nullptr, -days);
            if (days == 0)
                return tr("today");
            return tr("in %n day(s)", nullptr, days);
        }
        case What:
            return role == RawValueRole ? QVariant(deadline.rule) : QVariant(ruleLabel(deadline.rule));
        case Agreement:
            return deadline.title;
        case Details:
            if (deadline.handled && role != RawValueRole) {
                const QString on = QLocale().toString(deadline.handled->on, QLocale::ShortFormat);
                return deadline.handled->note.isEmpty()
                           ? tr("Handled on %1").arg(on)
                           : tr("Handled on %1: %2").arg(on, deadline.handled->note);
            }
            return deadline.message;
        case ColumnCount:
            break;
    }
    return {};
}

QVariant DeadlineTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
        case Date:
            return tr("Date");
        case DaysLeft:
            return tr("When");
        case What:
            return tr("Deadline");
        case Agreement:
            return tr("Agreement");
        case Details:
            return tr("Details");
        case ColumnCount:
            break;
    }
    return {};
}

}  // namespace passerelle::ui
