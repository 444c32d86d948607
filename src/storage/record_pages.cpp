#include "passerelle/storage/record_pages.h"

#include "mappers/mappers.h"
#include "sql.h"

#include <algorithm>
#include <optional>

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
