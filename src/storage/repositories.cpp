// Repository<T> for the six aggregates: thin wrappers over repository_operations.h.
#include "passerelle/storage/repositories.h"

#include "repository_operations.h"

namespace passerelle::storage {

template <typename T>
Result<T> Repository<T>::find(const QString& id) const {
    return findRecord<T>(m_database, id);
}

template <typename T>
Result<Page<T>> Repository<T>::list(const ListQuery& query) const {
    return listRecords<T>(m_database, query);
}

template <typename T>
Result<T> Repository<T>::save(const T& record) {
    return saveRecord<T>(m_database, record);
}

template <typename T>
Status Repository<T>::remove(const QString& id, int expectedRevision) {
    return removeRecord<T>(m_database, id, expectedRevision);
}

template class Repository<Organisation>;
template class Repository<Person>;
template class Repository<Student>;
template class Repository<Agreement>;
template class Repository<Measure>;
template class Repository<GroupActivity>;

}  // namespace passerelle::storage
