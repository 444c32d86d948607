#pragma once

// Keeping the stored findings up to date on writes (findings_store.cpp): the writes name the records they
// changed or removed, refreshFindings works out which findings that touches and recomputes them through the
// rules module, inside the writer's transaction.

#include "mappers/mapper_support.h"

#include "passerelle/domain/agreement.h"
#include "passerelle/domain/group_activity.h"
#include "passerelle/domain/measure.h"
#include "passerelle/domain/organisation.h"
#include "passerelle/domain/person.h"
#include "passerelle/domain/student.h"

#include <QStringList>

namespace passerelle::storage {

class Database;

// The ids of records written or removed.
struct AffectedRecords {
    QStringList organisations;  // a measure's host; a student's school (its teaching hours)
    QStringList students;       // a measure's student; a group's participants
    QStringList agreements;     // checked themselves; read by their measures and groups
    QStringList measures;
    QStringList groups;
    bool isEmpty() const {
        return organisations.isEmpty() && students.isEmpty() && agreements.isEmpty() && measures.isEmpty() &&
               groups.isEmpty();
    }
};

// What a write of one record affects. People are read by no check.
inline AffectedRecords affectedBy(Type<Organisation>, const QString& id) {
    return {.organisations = {id}};
}
inline AffectedRecords affectedBy(Type<Person>, const QString&) {
    return {};
}
inline AffectedRecords affectedBy(Type<Student>, const QString& id) {
    return {.students = {id}};
}
inline AffectedRecords affectedBy(Type<Agreement>, const QString& id) {
    return {.agreements = {id}};
}
inline AffectedRecords affectedBy(Type<Measure>, const QString& id) {
    return {.measures = {id}};
}
inline AffectedRecords affectedBy(Type<GroupActivity>, const QString& id) {
    return {.groups = {id}};
}

// Recomputes, for the day and settings the stored findings hold, the findings of the affected records and of
// the measures and groups that read them; removed records lose theirs. Runs inside the caller's
// transaction. Does nothing while the findings are stale (the next read recomputes them all).
Status refreshFindings(Database& database, const AffectedRecords& affected);

}  // namespace passerelle::storage
