#pragma once
// The delete, duplicate and snapshot operations every list model offers, written once over Repository<T>.

#include "passerelle/domain/dataset.h"
#include "passerelle/storage/repositories.h"

#include <QCoreApplication>

namespace passerelle::ui::detail {

// Where a record of type T sits in a Dataset.
inline QList<Organisation>& listOf(Dataset& d, const Organisation*) {
    return d.organisations;
}
inline QList<Student>& listOf(Dataset& d, const Student*) {
    return d.students;
}
inline QList<Agreement>& listOf(Dataset& d, const Agreement*) {
    return d.agreements;
}
inline QList<Measure>& listOf(Dataset& d, const Measure*) {
    return d.measures;
}
inline QList<GroupActivity>& listOf(Dataset& d, const GroupActivity*) {
    return d.groups;
}

template <typename T>
Result<Dataset> snapshotOf(storage::Database& database, const QString& id) {
    auto record = storage::Repository<T>(database).find(id);
    if (!record)
        return record.error();
    Dataset dataset;
    listOf(dataset, static_cast<const T*>(nullptr)).append(*record);
    return dataset;
}

template <typename T>
Status removeOf(storage::Database& database, const QString& id) {
    storage::Repository<T> repository(database);
    auto record = repository.find(id);
    if (!record)
        return record.error();
    return repository.remove(id, record->revision);
}

template <typename T>
Result<QString> duplicateOf(storage::Database& database, const QString& id) {
    storage::Repository<T> repository(database);
    auto record = repository.find(id);
    if (!record)
        return record.error();
    T copy = *record;
    copy.id.clear();
    copy.revision = 0;
    auto saved = repository.save(copy);
    if (!saved)
        return saved.error();
    return saved->id;
}

}  // namespace passerelle::ui::detail
