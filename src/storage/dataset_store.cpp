#include "passerelle/storage/dataset_store.h"

#include "dialect.h"
#include "repository_operations.h"

#include <QSet>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

namespace passerelle::storage {
namespace {

template <typename T>
Status loadSorted(Database& database, QList<T>& into) {
    auto loaded = loadRecords(database, IdFilter(), Type<T>{});
    if (!loaded)
        return loaded.error();
    // Sorted here rather than in SQL so that the order is the same on every engine and collation.
    std::sort(loaded->begin(), loaded->end(), [](const T& a, const T& b) { return a.id < b.id; });
    into = std::move(*loaded);
    return success();
}

// Every record needs an id others can refer to, and an id may appear once per kind.
template <typename T>
Status checkIds(const QList<T>& records, const QString& listName) {
    QSet<QString> seen;
    seen.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QString& id = records.at(i).id;
        if (id.trimmed().isEmpty())
            return failure(u"%1[%2] has no id."_s.arg(listName).arg(i), u"id"_s);
        if (seen.contains(id)) {
            return failure(u"%1[%2]: the id \"%3\" is used twice."_s.arg(listName).arg(i).arg(id), u"id"_s);
        }
        seen.insert(id);
    }
    return success();
}

template <typename T>
QStringList idsOf(const QList<T>& records) {
    QStringList ids;
    ids.reserve(records.size());
    for (const T& record : records)
        ids << record.id;
    return ids;
}

// Whether the table of T's kind holds no record and no index entry: then every record of the file is new
// (ids are unique within the file), so none needs its stored revision or index entry looked up.
template <typename T>
Result<bool> isEmptyKind(Database& database) {
    const AggregateInfo& aggregate = info(Type<T>{});
    const auto row = selectValue(database, u"SELECT 1 FROM %1 LIMIT 1"_s.arg(aggregate.table));
    if (!row)
        return row.error();
    if (row->has_value())
        return false;
    const auto indexed = hasSearchEntries(database, aggregate.search);
    if (!indexed)
        return indexed.error();
    return !*indexed;
}

// While the rows of a kind that was empty are inserted, its root table's secondary indexes are dropped and
// then built once at the end, where the engine gains by it (Dialect::rebuildableIndexesSql). UNIQUE indexes
// stay, so that a duplicate is still refused at its own record. The DDL is part of the import's transaction:
// a failure rolls the indexes back with everything else.
Status withIndexesBuiltAfter(Database& database, const QString& table,
                             const std::function<Status()>& insert) {
    const QString indexesSql = database.dialect().rebuildableIndexesSql();
    if (indexesSql.isEmpty())
        return insert();
    struct Index {
        QString name, sql;
    };
    QList<Index> indexes;
    auto status = forEachRow(database, indexesSql, {table}, [&](const QSqlQuery& row) {
        indexes.append({row.value(0).toString(), row.value(1).toString()});
        return success();
    });
    if (!status)
        return status;
    // The names and their SQL come from the schema itself, never from the file.
    for (const Index& index : indexes) {
        if (auto s = execute(database, u"DROP INDEX \"%1\""_s.arg(index.name)); !s)
            return s;
    }
    if (auto s = insert(); !s)
        return s;
    for (const Index& index : indexes) {
        if (auto s = execute(database, index.sql); !s)
            return s;
    }
    return success();
}

// writeRecord (repository_operations.h) for many records: a record of a kind that was empty is inserted
// without looking up its revision, and its index entry is added through `newEntries`. With `release` (the
// same list, owned by the import alone) each record is freed once written, so that the records and the
// database's page cache do not peak together.
template <typename T>
Status importAll(Database& database, const QList<T>& records, QList<T>* release, const QString& listName,
                 ImportSummary& summary, NewSearchEntries& newEntries) {
    if (records.isEmpty())
        return success();
    // Sent at commit like the rows, and only then.
    if (auto s = announceChange(database, info(Type<T>{}).noun); !s)
        return s;
    const auto empty = isEmptyKind<T>(database);
    if (!empty)
        return empty.error();
    const SearchTarget& search = info(Type<T>{}).search;
    const auto insert = [&]() -> Status {
        for (qsizetype i = 0; i < records.size(); ++i) {
            const T& record = records.at(i);
            bool exists = false;
            Status written = success();
            if (*empty) {
                // The file's own revisions are ignored: a new record starts at 1.
                written = database.attempt([&] { return insertRows(database, record, 1); });
                if (!written) {
                    written = explainWriteFailure(database, record, written.error());
                } else {
                    const auto document = searchDocument(database, record);
                    written =
                        document ? newEntries.add(search, record.id, *document) : Status(document.error());
                }
            } else {
                const auto stored = storedRevision<T>(database, record.id);
                if (!stored)
                    return stored.error();
                exists = stored->has_value();
                // The database's counter goes on from where it is.
                written = writeRecord(database, record, exists ? **stored + 1 : 1, exists);
            }
            if (!written) {
                const Error& error = written.error();
                return failure(u"%1[%2] (id \"%3\"): %4"_s.arg(listName).arg(i).arg(record.id, error.message),
                               error.field, error.kind);
            }
            ++(exists ? summary.updated : summary.added);
            if (release)
                (*release)[i] = T{};
        }
        return success();
    };
    return *empty ? withIndexesBuiltAfter(database, info(Type<T>{}).table, insert) : insert();
}

// The engine's settings for a bulk import (Dialect::bulkImportSettingsSql) while the object lives, whether
// the import succeeds or fails.
class ImportSettings {
public:
    explicit ImportSettings(Database& database) : m_database(database) {
        apply(m_database.dialect().bulkImportSettingsSql());
    }
    ~ImportSettings() { apply(m_database.dialect().afterBulkImportSettingsSql()); }
    ImportSettings(const ImportSettings&) = delete;
    ImportSettings& operator=(const ImportSettings&) = delete;

private:
    // Speed and memory only: an import does not fail for a setting the engine refused.
    void apply(const QStringList& statements) {
        if (const Status status = executeEach(m_database, statements); !status)
            spdlog::warn("An import setting was refused: {}", status.error().message.toStdString());
    }

    Database& m_database;
};

}  // namespace

Result<Dataset> DatasetStore::loadAll() const {
    Dataset dataset;
    const Status status = m_database.snapshot([&]() -> Status {
        if (auto s = loadSorted(m_database, dataset.organisations); !s)
            return s;
        if (auto s = loadSorted(m_database, dataset.people); !s)
            return s;
        if (auto s = loadSorted(m_database, dataset.students); !s)
            return s;
        if (auto s = loadSorted(m_database, dataset.agreements); !s)
            return s;
        if (auto s = loadSorted(m_database, dataset.measures); !s)
            return s;
        return loadSorted(m_database, dataset.groups);
    });
    if (!status)
        return status.error();
    return dataset;
}

Result<ImportSummary> DatasetStore::importDataset(const Dataset& dataset) {
    return importRecords(dataset, nullptr);
}

Result<ImportSummary> DatasetStore::importDataset(Dataset&& dataset) {
    Dataset owned = std::move(dataset);
    return importRecords(owned, &owned);
}

Result<ImportSummary> DatasetStore::importRecords(const Dataset& dataset, Dataset* release) {
    for (const Status& check :
         {checkIds(dataset.organisations, u"organisations"_s), checkIds(dataset.people, u"people"_s),
          checkIds(dataset.students, u"students"_s), checkIds(dataset.agreements, u"agreements"_s),
          checkIds(dataset.measures, u"measures"_s), checkIds(dataset.groups, u"groups"_s)}) {
        if (!check)
            return check.error();
    }
    // Taken before the records are written (and perhaps released); the ids share their text with them.
    const AffectedRecords affected{.organisations = idsOf(dataset.organisations),
                                   .students = idsOf(dataset.students),
                                   .agreements = idsOf(dataset.agreements),
                                   .measures = idsOf(dataset.measures),
                                   .groups = idsOf(dataset.groups)};
    ImportSummary summary;
    NewSearchEntries newEntries(m_database);
    const auto all = [&](const auto& records, auto* owned, const QString& listName) {
        return importAll(m_database, records, owned, listName, summary, newEntries);
    };
    const ImportSettings importSettings(m_database);
    // Dependency order, so that a reference may point to a record of the same file.
    const Status status = m_database.transaction([&]() -> Status {
        if (auto s =
                all(dataset.organisations, release ? &release->organisations : nullptr, u"organisations"_s);
            !s)
            return s;
        if (auto s = all(dataset.people, release ? &release->people : nullptr, u"people"_s); !s)
            return s;
        if (auto s = all(dataset.students, release ? &release->students : nullptr, u"students"_s); !s)
            return s;
        if (auto s = all(dataset.agreements, release ? &release->agreements : nullptr, u"agreements"_s); !s)
            return s;
        if (auto s = all(dataset.measures, release ? &release->measures : nullptr, u"measures"_s); !s)
            return s;
        if (auto s = all(dataset.groups, release ? &release->groups : nullptr, u"groups"_s); !s)
            return s;
        // The findings of every imported record and of those that read them, in one pass.
        return refreshFindings(m_database, affected);
    });
    if (!status)
        return status.error();
    return summary;
}

Result<bool> DatasetStore::contains(const QString& list, const QString& id) const {
    static const QHash<QString, QString> sqlByList = [] {
        QHash<QString, QString> sql;
        const auto add = [&](const QString& key, const AggregateInfo& aggregate) {
            sql.insert(key, u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(aggregate.table));
        };
        add(u"organisations"_s, info(Type<Organisation>{}));
        add(u"people"_s, info(Type<Person>{}));
        add(u"students"_s, info(Type<Student>{}));
        add(u"agreements"_s, info(Type<Agreement>{}));
        add(u"measures"_s, info(Type<Measure>{}));
        add(u"groups"_s, info(Type<GroupActivity>{}));
        return sql;
    }();
    const auto sql = sqlByList.constFind(list);
    if (sql == sqlByList.cend())
        return failure(u"There is no list of records called \"%1\"."_s.arg(list));
    const auto found = selectValue(m_database, *sql, {id});
    if (!found)
        return found.error();
    return found->has_value();
}

Result<qsizetype> DatasetStore::recordCount() const {
    qsizetype count = 0;
    const Status status = m_database.snapshot([&]() -> Status {
        for (const QString& table : {info(Type<Organisation>{}).table, info(Type<Person>{}).table,
                                     info(Type<Student>{}).table, info(Type<Agreement>{}).table,
                                     info(Type<Measure>{}).table, info(Type<GroupActivity>{}).table}) {
            const auto value = selectValue(m_database, u"SELECT COUNT(*) FROM %1"_s.arg(table));
            if (!value)
                return value.error();
            count += value->value_or(QVariant(0)).toLongLong();
        }
        return success();
    });
    if (!status)
        return status.error();
    return count;
}

}  // namespace passerelle::storage
