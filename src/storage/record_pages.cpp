#include "passerelle/storage/record_pages.h"

#include "dialect.h"
#include "mappers/mappers.h"
#include "passerelle/storage/database.h"
#include "sql.h"

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace passerelle::storage {
namespace {

using namespace Qt::Literals::StringLiterals;

// Loads the records `filter` selects and hands them to `handle` sorted by id.
template <typename T>
Status handleRecords(Database& database, const IdFilter& filter, const PageHandler<T>& handle) {
    auto loaded = loadRecords(database, filter, Type<T>{});
    if (!loaded)
        return loaded.error();
    std::sort(loaded->begin(), loaded->end(), [](const T& a, const T& b) { return a.id < b.id; });
    return handle(*loaded);
}

// Whether the database's own order of the ids (ORDER BY id: UTF-8 bytes) is QString's (UTF-16 code units),
// checked on the ids alone, one at a time. They differ only when ids hold characters from U+E000 up, which
// Passerelle's ids never do, but an imported file's may: the export must stay byte-identical to loadAll's.
template <typename T>
Result<bool> sqlOrderIsQStringOrder(Database& database, const QString& table) {
    QString previous;
    bool first = true;
    bool same = true;
    const Status status = forEachRow(database, u"SELECT id FROM %1 ORDER BY id"_s.arg(table), {},
                                     [&](const QSqlQuery& row) -> Status {
                                         QString id = row.value(0).toString();
                                         if (!first && !(previous < id))
                                             same = false;
                                         previous = std::move(id);
                                         first = false;
                                         if (!same)
                                             return failure(QString());  // enough: stop here
                                         return success();
                                     });
    if (!status && same)
        return status.error();
    return same;
}

template <typename T>
Status pages(Database& database, const PageHandler<T>& handle, int pageSize) {
    if (pageSize < 1)
        return failure(u"A page holds at least one record."_s, u"pageSize"_s);
    const QString table = info(Type<T>{}).table;
    const auto same = sqlOrderIsQStringOrder<T>(database, table);
    if (!same)
        return same.error();
    if (!*same) {
        // Rare: the ids alone, sorted here as loadAll sorts the records (a few megabytes at most).
        QStringList ids;
        if (auto s = forEachRow(database, u"SELECT id FROM %1"_s.arg(table), {},
                                [&](const QSqlQuery& row) {
                                    ids << row.value(0).toString();
                                    return success();
                                });
            !s) {
            return s;
        }
        std::sort(ids.begin(), ids.end());
        for (qsizetype first = 0; first < ids.size(); first += pageSize) {
            if (auto s = handleRecords(database, IdFilter(ids.mid(first, pageSize)), handle); !s)
                return s;
        }
        return success();
    }
    // Keyset paging: each page is the ids in (after, last], `last` found through the primary key's index
    // (stepping over this page's ids only, never over the earlier pages' as an OFFSET from the start would),
    // then read as a range: one statement per table, each through the primary key or the parent index,
    // rather than two index searches and one bound value per id.
    const QString firstLast = u"SELECT id FROM %1 ORDER BY id LIMIT 1 OFFSET ?"_s.arg(table);
    const QString nextLast = u"SELECT id FROM %1 WHERE id > ? ORDER BY id LIMIT 1 OFFSET ?"_s.arg(table);
    std::optional<QString> after;
    for (;;) {
        // The page's last id: the pageSize-th after `after`, or the table's last id when fewer are left.
        auto last = selectValue(database, after ? nextLast : firstLast,
                                after ? Values{*after, pageSize - 1} : Values{pageSize - 1});
        if (!last)
            return last.error();
        const bool full = last->has_value();
        if (!full) {
            // Fewer than pageSize ids are left: the last page ends with the table's last id.
            const QString lastSql = after ? u"SELECT MAX(id) FROM %1 WHERE id > ?"_s.arg(table)
                                          : u"SELECT MAX(id) FROM %1"_s.arg(table);
            last = selectValue(database, lastSql, after ? Values{*after} : Values{});
            if (!last)
                return last.error();
            if (!last->has_value() || (**last).isNull())
                return success();
        }
        const QString end = (**last).toString();
        if (auto s = handleRecords(database, IdFilter::range(after, end), handle); !s)
            return s;
        if (!full)
            return success();
        after = end;
    }
}

}  // namespace

template <typename T>
Result<std::optional<QList<PageRange>>> pageRanges(Database& database, int pageSize) {
    if (pageSize < 1)
        return failure(u"A page holds at least one record."_s, u"pageSize"_s);
    // One scan of the primary key's index: the order check of sqlOrderIsQStringOrder and every pageSize-th
    // id (a page's last), without the index search per page of the keyset paging.
    QList<PageRange> ranges;
    QString previous;
    qsizetype count = 0;
    bool same = true;
    const Status status =
        forEachRow(database, u"SELECT id FROM %1 ORDER BY id"_s.arg(info(Type<T>{}).table), {},
                   [&](const QSqlQuery& row) -> Status {
                       QString id = row.value(0).toString();
                       if (count > 0 && !(previous < id)) {
                           same = false;
                           return failure(QString());  // enough: stop here
                       }
                       previous = std::move(id);
                       if (++count % pageSize == 0) {
                           ranges.append({ranges.isEmpty() ? std::nullopt : std::optional(ranges.last().last),
                                          previous});
                       }
                       return success();
                   });
    if (!same)
        return std::optional<QList<PageRange>>();
    if (!status)
        return status.error();
    if (count % pageSize != 0)
        ranges.append({ranges.isEmpty() ? std::nullopt : std::optional(ranges.last().last), previous});
    return std::optional(std::move(ranges));
}

template <typename T>
Result<QList<T>> loadPage(Database& database, const PageRange& range) {
    auto loaded = loadRecords(database, IdFilter::range(range.after, range.last), Type<T>{});
    if (!loaded)
        return loaded.error();
    std::sort(loaded->begin(), loaded->end(), [](const T& a, const T& b) { return a.id < b.id; });
    return loaded;
}

#define PASSERELLE_PAGE_RANGES(T)                                                   \
    template Result<std::optional<QList<PageRange>>> pageRanges<T>(Database&, int); \
    template Result<QList<T>> loadPage<T>(Database&, const PageRange&);
PASSERELLE_PAGE_RANGES(Organisation)
PASSERELLE_PAGE_RANGES(Person)
PASSERELLE_PAGE_RANGES(Student)
PASSERELLE_PAGE_RANGES(Agreement)
PASSERELLE_PAGE_RANGES(Measure)
PASSERELLE_PAGE_RANGES(GroupActivity)
#undef PASSERELLE_PAGE_RANGES

Result<bool> readInParallel(Database& database, int readers, const std::function<Status()>& prepare,
                            const std::function<Status(Database& reader)>& read,
                            const std::function<Status()>& meanwhile) {
    // What the calling thread tells the readers, and what they report; under `mutex`. Every reader runs
    // `read`, or none does: `read` and `meanwhile` may wait on one another's work.
    std::mutex mutex;
    std::condition_variable changed;
    enum class Go { Wait, Start, Read, Stop } go = Go::Wait;
    int started = 0;           // readers whose snapshot has started, or that failed before
    bool startFailed = false;  // one of them failed
    std::vector<Status> statuses(size_t(readers), success());  // each its own thread's until joined
    const QString path = database.path();

    std::vector<std::thread> threads;
    for (int i = 0; i < readers; ++i) {
        threads.emplace_back([&, i] {
            Status& status = statuses[size_t(i)];
            const auto waitWhile = [&](Go state) {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return go != state; });
                return go;
            };
            const auto report = [&](bool failed) {
                const std::lock_guard lock(mutex);
                ++started;
                startFailed = startFailed || failed;
                changed.notify_all();
            };
            auto reader = Database::open(path, {.existingOnly = true});
            const Status opened = reader ? executeEach(**reader, (*reader)->dialect().bulkReaderSettingsSql())
                                         : Status(reader.error());
            if (waitWhile(Go::Wait) == Go::Stop)
                return;
            if (!opened) {
                status = opened;
                report(true);
                return;
            }
            bool reported = false;
            status = (*reader)->snapshot([&]() -> Status {
                // The snapshot starts at the first read, not at BEGIN.
                if (auto first = selectValue(**reader, (*reader)->dialect().firstReadSql()); !first)
                    return first.error();
                report(false);
                reported = true;
                if (waitWhile(Go::Start) == Go::Stop)
                    return success();  // another reader failed: its error is the result
                return read(**reader);
            });
            if (!reported)
                report(true);
        });
    }
    bool entered = false;
    const Status locked = database.transaction([&]() -> Status {
        entered = true;
        if (auto s = prepare(); !s)
            return s;
        std::unique_lock lock(mutex);
        go = Go::Start;
        changed.notify_all();
        changed.wait(lock, [&] { return started == readers; });
        go = startFailed ? Go::Stop : Go::Read;
        changed.notify_all();
        return success();  // nothing written: the commit only releases the lock
    });
    if (go != Go::Read) {  // the lock not taken, `prepare` failed or a reader could not start
        {
            const std::lock_guard lock(mutex);
            go = Go::Stop;
            changed.notify_all();
        }
        for (std::thread& thread : threads)
            thread.join();
        if (!entered)
            return false;
        for (const Status& status : statuses) {
            if (!status)
                return status.error();
        }
        return locked ? Result<bool>(false) : Result<bool>(locked.error());
    }
    // Once the readers read, `meanwhile` runs even if the commit failed: it is what ends them.
    const Status done = meanwhile();
    for (std::thread& thread : threads)
        thread.join();
    if (!locked)
        return locked.error();
    // A reader's failure first: it is what stopped `meanwhile`, if that failed too.
    for (const Status& status : statuses) {
        if (!status)
            return status.error();
    }
    if (!done)
        return done.error();
    return true;
}

Status forEachPage(Database& database, const PageHandler<Organisation>& handle, int pageSize) {
    return pages(database, handle, pageSize);
}
Status forEachPage(Database& database, const PageHandler<Person>& handle, int pageSize) {
    return pages(database, handle, pageSize);
}
Status forEachPage(Database& database, const PageHandler<Student>& handle, int pageSize) {
    return pages(database, handle, pageSize);
}
Status forEachPage(Database& database, const PageHandler<Agreement>& handle, int pageSize) {
    return pages(database, handle, pageSize);
}
Status forEachPage(Database& database, const PageHandler<Measure>& handle, int pageSize) {
    return pages(database, handle, pageSize);
}
Status forEachPage(Database& database, const PageHandler<GroupActivity>& handle, int pageSize) {
    return pages(database, handle, pageSize);
}

}  // namespace passerelle::storage
