#pragma once

// The operations every aggregate shares, written once over the mapper functions (mappers/mappers.h):
// the revision check, the reference checks behind readable messages, the search index upkeep, paging,
// the stored findings of the records a write affects (findings_upkeep.h). Used by Repository<T>
// (repositories.cpp) and DatasetStore (dataset_store.cpp).

#include "dialect.h"
#include "findings_upkeep.h"
#include "mappers/mappers.h"
#include "search_query.h"

#include "passerelle/storage/change_feed.h"
#include "passerelle/storage/database.h"
#include "passerelle/storage/list_query.h"

#include <QUuid>

#include <algorithm>

namespace passerelle::storage {

using namespace Qt::Literals::StringLiterals;

enum class WriteOutcome { Added, Updated };

// The stored revision of a record, or nothing when no record has that id.
template <typename T>
Result<std::optional<int>> storedRevision(Database& database, const QString& id) {
    static const QString sql = u"SELECT revision FROM %1 WHERE id = ?"_s.arg(info(Type<T>{}).table);
    const auto value = selectValue(database, sql, {id});
    if (!value)
        return value.error();
    if (!value->has_value())
        return std::optional<int>();
    return std::optional<int>((*value)->toInt());
}

// How messages name a record: its noun and its name (or its id when it has no name yet).
template <typename T>
QString describe(const T& record) {
    const QString name = displayName(record).trimmed();
    return u"%1 \"%2\""_s.arg(info(Type<T>{}).noun, name.isEmpty() ? record.id : name);
}

// A write failed: when one of the record's references points to no record (the usual cause of a foreign-key
// failure), say which; otherwise pass the database's own message on.
template <typename T>
Error explainWriteFailure(Database& database, const T& record, const Error& original) {
    for (const Reference& reference : references(record)) {
        if (reference.id.isEmpty())
            continue;
        const auto found =
            selectValue(database, u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(reference.table), {reference.id});
        if (found && !found->has_value()) {
            return failure(u"The %1 refers to the %2 \"%3\" (%4), which does not exist."_s.arg(
                               describe(record), reference.noun, reference.id, reference.field),
                           reference.field, ErrorKind::Invalid);
        }
    }
    return original;
}

// Writes the rows and the index entry of a record whose existence is known. Inside a transaction.
template <typename T>
Status writeRecord(Database& database, const T& record, int revision, bool exists) {
    const Status written = database.attempt([&] {
        return exists ? updateRows(database, record, revision) : insertRows(database, record, revision);
    });
    if (!written)
        return explainWriteFailure(database, record, written.error());
    const auto document = searchDocument(database, record);
    if (!document)
        return document.error();
    if (auto s = setSearchText(database, info(Type<T>{}).search, record.id, *document); !s)
        return s;
    return exists ? afterUpdate(database, record) : success();
}

template <typename T>
Result<T> saveRecord(Database& database, const T& input) {
    const AggregateInfo& aggregate = info(Type<T>{});
    T record = input;
    if (record.id.isEmpty())
        record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Status status = database.transaction([&]() -> Status {
        const auto stored = storedRevision<T>(database, record.id);
        if (!stored)
            return stored.error();
        if (!stored->has_value()) {
            if (record.revision != 0) {
                return failure(
                    u"This %1 was deleted by someone else since you opened it. Your copy was not "
                    u"saved; create it again if it is still needed."_s.arg(aggregate.noun),
                    {}, ErrorKind::Conflict);
            }
            record.revision = 1;
            if (auto s = writeRecord(database, record, record.revision, false); !s)
                return s;
            if (auto s = announceChange(database, aggregate.noun); !s)
                return s;
            return refreshFindings(database, affectedBy(Type<T>{}, record.id));
        }
        if (record.revision == 0) {
            return failure(u"A %1 with the id \"%2\" already exists."_s.arg(aggregate.noun, record.id),
                           u"id"_s, ErrorKind::Conflict);
        }
        if (**stored != record.revision) {
            return failure(
                u"This %1 was changed by someone else since you opened it (your copy is version %2, the "
                u"saved one version %3). Nothing was saved: reopen it to see their changes, then make "
                u"yours again."_s.arg(aggregate.noun)
                    .arg(record.revision)
                    .arg(**stored),
                {}, ErrorKind::Conflict);
        }
        record.revision = **stored + 1;
        if (auto s = writeRecord(database, record, record.revision, true); !s)
            return s;
        if (auto s = announceChange(database, aggregate.noun); !s)
            return s;
        return refreshFindings(database, affectedBy(Type<T>{}, record.id));
    });
    if (!status)
        return status.error();
    return record;
}

template <typename T>
Result<QList<T>> loadByIds(Database& database, const QStringList& ids) {
    auto loaded = loadRecords(database, IdFilter(ids), Type<T>{});
    if (!loaded)
        return loaded.error();
    // Back in the order asked for.
    QHash<QString, qsizetype> order;
    for (qsizetype i = 0; i < ids.size(); ++i)
        order.insert(ids.at(i), i);
    std::sort(loaded->begin(), loaded->end(),
              [&](const T& a, const T& b) { return order.value(a.id) < order.value(b.id); });
    return loaded;
}

template <typename T>
Result<T> findRecord(Database& database, const QString& id) {
    std::optional<T> found;
    const Status status = database.snapshot([&]() -> Status {
        auto loaded = loadRecords(database, IdFilter(QStringList{id}), Type<T>{});
        if (!loaded)
            return loaded.error();
        if (!loaded->isEmpty())
            found = loaded->constFirst();
        return success();
    });
    if (!status)
        return status.error();
    if (!found) {
        return failure(u"There is no %1 with the id \"%2\"."_s.arg(info(Type<T>{}).noun, id), u"id"_s,
                       ErrorKind::NotFound);
    }
    return *found;
}

// "3 people, 120 students and 1 agreement (as a party)", or nothing when no record refers to `id`.
template <typename T>
Result<QString> referringRecords(Database& database, const QString& id) {
    QStringList uses;
    for (const Referrer& referrer : info(Type<T>{}).referrers) {
        const auto count = selectValue(database, referrer.countSql, {id});
        if (!count)
            return count.error();
        const int n = count->value_or(QVariant(0)).toInt();
        if (n > 0)
            uses << u"%1 %2"_s.arg(n).arg(n == 1 ? referrer.singular : referrer.plural);
    }
    if (uses.size() <= 1)
        return uses.join(QString());
    const QString last = uses.takeLast();
    return QString(uses.join(u", "_s) + u" and "_s + last);
}

template <typename T>
Status removeRecord(Database& database, const QString& id, int expectedRevision) {
    const AggregateInfo& aggregate = info(Type<T>{});
    return database.transaction([&]() -> Status {
        const auto stored = storedRevision<T>(database, id);
        if (!stored)
            return stored.error();
        if (!stored->has_value()) {
            return failure(u"There is no %1 with the id \"%2\" (someone else may have deleted it)."_s.arg(
                               aggregate.noun, id),
                           u"id"_s, ErrorKind::NotFound);
        }
        if (**stored != expectedRevision) {
            return failure(
                u"This %1 was changed by someone else since you opened it. Nothing was deleted: "
                u"reopen it, check their changes, then delete it if you still want to."_s.arg(aggregate.noun),
                {}, ErrorKind::Conflict);
        }
        const auto uses = referringRecords<T>(database, id);
        if (!uses)
            return uses.error();
        if (!uses->isEmpty()) {
            const auto record = loadRecords(database, IdFilter(QStringList{id}), Type<T>{});
            const QString name = record && !record->isEmpty() ? describe(record->constFirst())
                                                              : u"%1 \"%2\""_s.arg(aggregate.noun, id);
            return failure(
                u"The %1 cannot be deleted: %2 still refer to it. Change or delete them first."_s.arg(name,
                                                                                                      *uses),
                {}, ErrorKind::Invalid);
        }
        if (auto s = deleteRows(database, id, Type<T>{}); !s)
            return s;
        if (auto s = removeSearchText(database, aggregate.search, id); !s)
            return s;
        if (auto s = announceChange(database, aggregate.noun); !s)
            return s;
        return refreshFindings(database, affectedBy(Type<T>{}, id));
    });
}

template <typename T>
Result<Page<T>> listRecords(Database& database, const ListQuery& query) {
    if (query.offset < 0)
        return failure(u"A page cannot start before the first record."_s, u"offset"_s);
    if (query.limit < 0)
        return failure(u"A page cannot hold fewer than 0 records."_s, u"limit"_s);
    const AggregateInfo& aggregate = info(Type<T>{});
    QString order = aggregate.orderBy;
    Values orderValues;
    if (!query.sortBy.isEmpty()) {
        const auto key = aggregate.sortKeys.constFind(query.sortBy);
        if (key == aggregate.sortKeys.cend()) {
            return failure(
                u"A list of %1 records cannot be sorted by \"%2\"."_s.arg(aggregate.noun, query.sortBy),
                u"sortBy"_s);
        }
        QStringList terms;
        for (const QString& term : key->terms)
            terms << term + (query.descending ? u" DESC"_s : u" ASC"_s);
        order = terms.join(u", "_s) + u", "_s + aggregate.orderBy;
        orderValues = key->values;
    }
    // The search is added in the snapshot below, shaped for the number of matches (search_query.h).
    ListQuery others = query;
    others.text.clear();
    SqlFilter filter;
    addListFilters(others, Type<T>{}, filter);
    if (query.ids)
        filter.add(database.dialect().idInListSql(u"x.id"_s), {dialect::idListValue(*query.ids)});
    const bool onlySearch = filter.conditions.isEmpty();
    const auto fromWhere = [&](const SqlFilter& all) -> QString {
        return u" FROM %1 x"_s.arg(aggregate.table) +
               (all.conditions.isEmpty() ? QString() : u" WHERE "_s + all.conditions.join(u" AND "_s));
    };
    const auto pageSql = [&](const SqlFilter& all) -> QString {
        return u"SELECT x.id"_s + fromWhere(all) + u" ORDER BY "_s + order + u" LIMIT ? OFFSET ?"_s;
    };

    Page<T> page;
    const Status status = database.snapshot([&]() -> Status {
        // The matches are counted in the index alone (no look-up per match): the total when nothing else
        // filters, and what chooses how to read the page.
        const auto matches = countMatches(database, aggregate.search, query.text);
        if (!matches)
            return matches.error();
        SqlFilter all = filter;          // what the page reads
        SqlFilter fromMatches = filter;  // with a search: the filters and the matches, read from the matches
        if (matches->has_value()) {
            if (**matches == 0)
                return success();  // nothing matches: an empty page of 0
            const auto driving = searchCondition(database.dialect(), aggregate.search, u"x.id"_s, query.text,
                                                 SearchPlan::FromMatches);
            fromMatches.add(driving->sql, driving->values);
            SqlFilter inOrder = filter;
            const auto filtering = searchCondition(database.dialect(), aggregate.search, u"x.id"_s,
                                                   query.text, SearchPlan::InListOrder);
            inOrder.add(filtering->sql, filtering->values);
            const bool indexed = readsInIndexOrder(
                database, pageSql(inOrder), inOrder.values + orderValues + Values{query.limit, query.offset});
            const SearchPlan plan =
                chooseSearchPlan(**matches, estimatedRecords(database, aggregate.table),
                                 static_cast<qint64>(query.offset) + query.limit, indexed);
            all = plan == SearchPlan::InListOrder ? inOrder : fromMatches;
        }
        if (matches->has_value() && onlySearch) {
            page.total = **matches;
        } else {
            // With a search, counted from the matches, never by a look-up per row of the other filters'
            // records.
            const SqlFilter& counted = matches->has_value() ? fromMatches : all;
            const auto total =
                selectValue(database, u"SELECT COUNT(*)"_s + fromWhere(counted), counted.values);
            if (!total)
                return total.error();
            page.total = total->value_or(QVariant(0)).toInt();
        }
        if (query.limit == 0 || query.offset >= page.total)
            return success();

        QStringList ids;
        auto read =
            forEachRow(database, pageSql(all), all.values + orderValues + Values{query.limit, query.offset},
                       [&](const QSqlQuery& row) {
                           ids << row.value(0).toString();
                           return success();
                       });
        if (!read)
            return read;
        auto records = loadByIds<T>(database, ids);
        if (!records)
            return records.error();
        page.items = std::move(*records);
        return success();
    });
    if (!status)
        return status.error();
    return page;
}

}  // namespace passerelle::storage
