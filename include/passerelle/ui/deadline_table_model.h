#pragma once

#include "passerelle/rules/deadlines.h"

#include <QAbstractTableModel>
#include <QDate>

namespace passerelle::ui {

// The agreements' coming deadlines, as rules::upcomingDeadlines gives them (soonest first).
class DeadlineTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Date, DaysLeft, What, Agreement, Details, ColumnCount };
    // ExportRole: the cell's value in a spreadsheet where it is not the shown text (the date, as a QDate).
    enum Role { AgreementIdRole = Qt::UserRole + 1, RawValueRole, HandledRole, ExportRole };

    explicit DeadlineTableModel(QObject* parent = nullptr);

    void setDeadlines(const QList<rules::Deadline>& deadlines, const QDate& today);
    const QList<rules::Deadline>& deadlines() const { return m_deadlines; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString ruleLabel(const QString& rule) const;

    QList<rules::Deadline> m_deadlines;
    QDate m_today;
};

}  // namespace passerelle::ui
