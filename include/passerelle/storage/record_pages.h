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

#include <QString>

#include <functional>
#include <optional>

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

// The same pages, for readers on several threads (`passerelle-cli export`): each page as a range of ids, the
// ids in (after, last], `after` empty for the first page.
struct PageRange {
    std::optional<QString> after;
    QString last;
};

// The ranges forEachPage would read, in its order, found in one scan of the ids; std::nullopt when the
// database's order of the ids is not QString's (then only forEachPage gives loadAll's order).
template <typename T>
Result<std::optional<QList<PageRange>>> pageRanges(Database& database, int pageSize = defaultPageSize);
// One range's records, sorted by id: the page forEachPage hands over.
template <typename T>
Result<QList<T>> loadPage(Database& database, const PageRange& range);

// Reads one state of the database on `readers` threads at once, each with its own connection
// (Database::open on the same path: QtSql connections belong to one thread):
// 1. each thread opens its connection;
// 2. `prepare` runs on `database` inside a transaction that holds the write lock (BEGIN IMMEDIATE), so that
//    no commit can happen until every reader's snapshot has started (a SQLite read transaction takes its
//    state at its first read): `prepare` and every reader see the same state. Nothing is written; the lock
//    is released once the readers' snapshots have started, before the reading proper;
// 3. `read` runs on each thread inside that snapshot, and `meanwhile` on the calling thread. Every reader
//    runs `read` or none does (a reader that could not open or start its snapshot: its error, nothing read).
// false, with nothing run but the connections' opening: the write lock could not be taken (another program
// writing for longer than the busy timeout, or a read-only file): the caller reads on one connection instead.
// `read` and `meanwhile` must end on their own when the other side fails (the caller's shared state).
Result<bool> readInParallel(Database& database, int readers, const std::function<Status()>& prepare,
                            const std::function<Status(Database& reader)>& read,
                            const std::function<Status()>& meanwhile);

#define PASSERELLE_PAGE_RANGES(T)                                                          \
    extern template Result<std::optional<QList<PageRange>>> pageRanges<T>(Database&, int); \
    extern template Result<QList<T>> loadPage<T>(Database&, const PageRange&);
PASSERELLE_PAGE_RANGES(Organisation)
PASSERELLE_PAGE_RANGES(Person)
PASSERELLE_PAGE_RANGES(Student)
PASSERELLE_PAGE_RANGES(Agreement)
PASSERELLE_PAGE_RANGES(Measure)
PASSERELLE_PAGE_RANGES(GroupActivity)
#undef PASSERELLE_PAGE_RANGES

}  // namespace passerelle::storage
