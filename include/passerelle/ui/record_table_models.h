#pragma once
// The list models of the sections other than students: partners, agreements, measures, group activities.

#include "passerelle/ui/paged_table_model.h"

#include <QHash>

namespace passerelle::ui {

// "Partenaires": every organisation (schools, towns, associations, host structures ...).
class OrganisationTableModel final : public RecordTableModel<Organisation> {
    Q_OBJECT

public:
    enum Column { Name, Kind, Address, Phone, Email, ColumnCount };
    using RecordTableModel<Organisation>::RecordTableModel;

    QString countText(int total) const override;
    QString sortKey(int column) const override;
    QString deleteQuestion(int row) const override;
    std::unique_ptr<PagedTableModel> emptyCopy() const override;
    QString exportName() const override;
    QString exportTitle() const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

// "Conventions".
class AgreementTableModel final : public RecordTableModel<Agreement> {
    Q_OBJECT

public:
    enum Column { Title, Kind, Status, Start, End, ColumnCount };
    using RecordTableModel<Agreement>::RecordTableModel;

    QString countText(int total) const override;
    QString sortKey(int column) const override;
    QString deleteQuestion(int row) const override;
    std::unique_ptr<PagedTableModel> emptyCopy() const override;
    QString exportName() const override;
    QString exportTitle() const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

// "Mesures": the student and host are shown by name, looked up once per id.
class MeasureTableModel final : public RecordTableModel<Measure> {
    Q_OBJECT

public:
    enum Column { StudentName, Kind, Host, Start, End, HoursDone, Status, ColumnCount };
    using RecordTableModel<Measure>::RecordTableModel;

    QString countText(int total) const override;
    QString sortKey(int column) const override;
    QString deleteQuestion(int row) const override;
    std::unique_ptr<PagedTableModel> emptyCopy() const override;
    QString exportName() const override;
    QString exportTitle() const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString studentName(const QString& id) const;
    QString organisationName(const QString& id) const;

    mutable QHash<QString, QString> m_names;  // a cache: ids of students and organisations never collide
};

// "Activités de groupe".
class GroupTableModel final : public RecordTableModel<GroupActivity> {
    Q_OBJECT

public:
    enum Column { Title, Kind, Audience, Recurrence, Participants, Sessions, ColumnCount };
    using RecordTableModel<GroupActivity>::RecordTableModel;

    QString countText(int total) const override;
    QString sortKey(int column) const override;
    QString deleteQuestion(int row) const override;
    std::unique_ptr<PagedTableModel> emptyCopy() const override;
    QString exportName() const override;
    QString exportTitle() const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

}  // namespace passerelle::ui
