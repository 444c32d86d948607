#pragma once

// How each aggregate maps to its tables (docs/data-model.md), one file per aggregate in this folder. The
// functions are overloads on the aggregate type, so that the repository and the dataset store are written
// once as templates (repository_operations.h). Every write function runs inside the caller's transaction.

#include "mapper_support.h"

#include "passerelle/domain/agreement.h"
#include "passerelle/domain/group_activity.h"
#include "passerelle/domain/measure.h"
#include "passerelle/domain/organisation.h"
#include "passerelle/domain/person.h"
#include "passerelle/domain/student.h"

namespace passerelle::storage {

// Functions of every mapper, shown for Student:
//   info(Type<Student>)                  tables, nouns, search target, list order, who refers to it
//   displayName(student)                 how messages name the record
//   insertRows(db, student, revision)    the root row and its child rows
//   updateRows(db, student, revision)    the root row; child rows deleted and written again
//   deleteRows(db, id, Type<Student>)    child rows, then the root row
//   searchDocument(db, student)          the indexed text
//   afterUpdate(db, student)             index entries of other records that show this one's text
//   references(student)                  the records it refers to, to explain a foreign-key failure
//   loadRecords(db, ids, Type<Student>)  records with their child rows, in no particular order
//   addListFilters(query, Type<Student>, filter)   the query's filters but its text (searched by the list)

const AggregateInfo& info(Type<Organisation>);
QString displayName(const Organisation& record);
Status insertRows(Database& database, const Organisation& record, int revision);
Status updateRows(Database& database, const Organisation& record, int revision);
Status deleteRows(Database& database, const QString& id, Type<Organisation>);
Result<QString> searchDocument(Database& database, const Organisation& record);
QList<Reference> references(const Organisation& record);
Result<QList<Organisation>> loadRecords(Database& database, const IdFilter& ids, Type<Organisation>);
void addListFilters(const ListQuery& query, Type<Organisation>, SqlFilter& filter);

const AggregateInfo& info(Type<Person>);
QString displayName(const Person& record);
Status insertRows(Database& database, const Person& record, int revision);
Status updateRows(Database& database, const Person& record, int revision);
Status deleteRows(Database& database, const QString& id, Type<Person>);
Result<QString> searchDocument(Database& database, const Person& record);
QList<Reference> references(const Person& record);
Result<QList<Person>> loadRecords(Database& database, const IdFilter& ids, Type<Person>);
void addListFilters(const ListQuery& query, Type<Person>, SqlFilter& filter);

const AggregateInfo& info(Type<Student>);
QString displayName(const Student& record);
Status insertRows(Database& database, const Student& record, int revision);
Status updateRows(Database& database, const Student& record, int revision);
Status deleteRows(Database& database, const QString& id, Type<Student>);
Result<QString> searchDocument(Database& database, const Student& record);
Status afterUpdate(Database& database, const Student& record);  // measures are found by their student's name
QList<Reference> references(const Student& record);
Result<QList<Student>> loadRecords(Database& database, const IdFilter& ids, Type<Student>);
void addListFilters(const ListQuery& query, Type<Student>, SqlFilter& filter);

const AggregateInfo& info(Type<Agreement>);
QString displayName(const Agreement& record);
Status insertRows(Database& database, const Agreement& record, int revision);
Status updateRows(Database& database, const Agreement& record, int revision);
Status deleteRows(Database& database, const QString& id, Type<Agreement>);
Result<QString> searchDocument(Database& database, const Agreement& record);
QList<Reference> references(const Agreement& record);
Result<QList<Agreement>> loadRecords(Database& database, const IdFilter& ids, Type<Agreement>);
// An agreement's own terms, what the whole read and the deadlines' read (deadline_reads.cpp) share: a row
// whose first columns are agreementTermsColumns() and whose column `statusColumn` is the status.
QString agreementTermsColumns();
Result<Agreement> agreementTermsFromRow(const QSqlQuery& row, int statusColumn);
void addListFilters(const ListQuery& query, Type<Agreement>, SqlFilter& filter);

const AggregateInfo& info(Type<Measure>);
QString displayName(const Measure& record);
Status insertRows(Database& database, const Measure& record, int revision);
Status updateRows(Database& database, const Measure& record, int revision);
Status deleteRows(Database& database, const QString& id, Type<Measure>);
Result<QString> searchDocument(Database& database, const Measure& record);
QList<Reference> references(const Measure& record);
Result<QList<Measure>> loadRecords(Database& database, const IdFilter& ids, Type<Measure>);
void addListFilters(const ListQuery& query, Type<Measure>, SqlFilter& filter);

const AggregateInfo& info(Type<GroupActivity>);
QString displayName(const GroupActivity& record);
Status insertRows(Database& database, const GroupActivity& record, int revision);
Status updateRows(Database& database, const GroupActivity& record, int revision);
Status deleteRows(Database& database, const QString& id, Type<GroupActivity>);
Result<QString> searchDocument(Database& database, const GroupActivity& record);
QList<Reference> references(const GroupActivity& record);
Result<QList<GroupActivity>> loadRecords(Database& database, const IdFilter& ids, Type<GroupActivity>);
void addListFilters(const ListQuery& query, Type<GroupActivity>, SqlFilter& filter);

// Records whose text no other record's index entry shows need nothing after an update.
template <typename T>
Status afterUpdate(Database&, const T&) {
    return success();
}

}  // namespace passerelle::storage
