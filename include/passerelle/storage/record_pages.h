#pragma once

// Every record of a kind, a page at a time, in the order DatasetStore::loadAll gives (by id, compared as
// QString): for the paths that go through a whole collection without holding it (issue 14, "Streams for
// bulk": `passerelle-cli export`). Memory holds one page, whatever the size of the database. Run it inside
// Database::snapshot so that all the pages show one state of the database.

#include "passerelle/domain/agreement.h"
#include "passerelle/domain/group_activity.h"
#include "passerelle/domain/measure.h"
#include "passerelle/domain/organisation.h"
#include "passerelle/domain/person.h"
#include "passerelle/domain/result.h"
#include "passerelle/domain/student.h"

#include <QList>

#include <functional>

namespace passerelle::storage {

class Database;

template <typename T>
using PageHandler = std::function<Status(const QList<T>&)>;

inline constexpr int defaultPageSize = 1000;

// Hands each page (at most pageSize records, sorted by id) to `handle`; stops at the first failure, the
// handler's included.
Status forEachPage(Database& database, const PageHandler<Organisation>& handle,
                   int pageSize = defaultPageSize);
Status forEachPage(Database& database, const PageHandler<Person>& handle, int pageSize = defaultPageSize);
Status forEachPage(Database& database, const PageHandler<Student>& handle, int pageSize = defaultPageSize);
Status forEachPage(Database& database, const PageHandler<Agreement>& handle, int pageSize = defaultPageSize);
Status forEachPage(Database& database, const PageHandler<Measure>& handle, int pageSize = defaultPageSize);
Status forEachPage(Database& database, const PageHandler<GroupActivity>& handle,
                   int pageSize = defaultPageSize);

}  // namespace passerelle::storage
