#include "passerelle/storage/record_pages.h"

#include "mappers/mappers.h"
#include "sql.h"

#include <algorithm>

namespace passerelle::storage {
namespace {

using namespace Qt::Literals::StringLiterals;

template <typename T>
Status handleIds(Database& database, const QStringList& ids, const PageHandler<T>& handle) {
    auto loaded = loadRecords(database, IdFilter(ids), Type<T>{});
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
            if (auto s = handleIds(database, ids.mid(first, pageSize), handle); !s)
                return s;
        }
        return success();
    }
    // Keyset paging: each page starts after the last id of the previous one, through the primary key's index,
    // so every page costs the same (OFFSET would scan all the rows before it).
    const QString firstPage = u"SELECT id FROM %1 ORDER BY id LIMIT ?"_s.arg(table);
    const QString nextPage = u"SELECT id FROM %1 WHERE id > ? ORDER BY id LIMIT ?"_s.arg(table);
    QString after;
    for (bool first = true;; first = false) {
        QStringList ids;
        const Status read = forEachRow(
            database, first ? firstPage : nextPage, first ? Values{pageSize} : Values{after, pageSize},
            [&](const QSqlQuery& row) {
                ids << row.value(0).toString();
                return success();
            },
            Reuse::Cached);
        if (!read)
            return read;
        if (ids.isEmpty())
            return success();
        if (auto s = handleIds(database, ids, handle); !s)
            return s;
        if (ids.size() < pageSize)
            return success();
        after = ids.constLast();
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
