#pragma once

// One repository per aggregate. Each returns domain values, and each save is one transaction that checks the
// revision: saving a copy older than the stored record fails with ErrorKind::Conflict. A record with an empty
// id is new: save gives it a stable id.

#include "passerelle/domain/agreement.h"
#include "passerelle/domain/group_activity.h"
#include "passerelle/domain/measure.h"
#include "passerelle/domain/organisation.h"
#include "passerelle/domain/person.h"
#include "passerelle/domain/result.h"
#include "passerelle/domain/student.h"
#include "passerelle/storage/list_query.h"

namespace passerelle::storage {

class Database;

template <typename T>
class Repository {
public:
    explicit Repository(Database& database) : m_database(database) {}

    Result<T> find(const QString& id) const;
    Result<Page<T>> list(const ListQuery& query) const;
    // Every record the query matches (its limit and offset ignored), read 1,000 at a time: for a caller that
    // needs the whole match, such as the students of one school an import compares with its file.
    Result<QList<T>> listAll(ListQuery query) const {
        constexpr int pageSize = 1000;
        QList<T> all;
        query.limit = pageSize;
        for (query.offset = 0;; query.offset += pageSize) {
            auto page = list(query);
            if (!page)
                return page.error();
            all += page->items;
            if (page->items.isEmpty() || query.offset + pageSize >= page->total)
                return all;
        }
    }
    Result<T> save(const T& record);  // returns the record as stored, with its id and new revision
    Status remove(const QString& id, int expectedRevision);

protected:
    Database& m_database;
};

using OrganisationRepository = Repository<Organisation>;
using PersonRepository = Repository<Person>;
using StudentRepository = Repository<Student>;
using AgreementRepository = Repository<Agreement>;
using MeasureRepository = Repository<Measure>;
using GroupRepository = Repository<GroupActivity>;

}  // namespace passerelle::storage
