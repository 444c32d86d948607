#include "passerelle/storage/dataset_store.h"

#include "repository_operations.h"

#include <QSet>

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

template <typename T>
Status importAll(Database& database, const QList<T>& records, const QString& listName,
                 ImportSummary& summary) {
    for (qsizetype i = 0; i < records.size(); ++i) {
        const T& record = records.at(i);
        const auto stored = storedRevision<T>(database, record.id);
        if (!stored)
            return stored.error();
        const bool exists = stored->has_value();
        // The file's own revisions are ignored: the database's counter goes on from where it is.
        const Status written = writeRecord(database, record, exists ? **stored + 1 : 1, exists);
        if (!written) {
            const Error& error = written.error();
            return failure(u"%1[%2] (id \"%3\"): %4"_s.arg(listName).arg(i).arg(record.id, error.message),
                           error.field, error.kind);
        }
        ++(exists ? summary.updated : summary.added);
    }
    return success();
}

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
    for (const Status& check :
         {checkIds(dataset.organisations, u"organisations"_s), checkIds(dataset.people, u"people"_s),
          checkIds(dataset.students, u"students"_s), checkIds(dataset.agreements, u"agreements"_s),
          checkIds(dataset.measures, u"measures"_s), checkIds(dataset.groups, u"groups"_s)}) {
        if (!check)
            return check.error();
    }
    ImportSummary summary;
    // Dependency order, so that a reference may point to a record of the same file.
    const Status status = m_database.transaction([&]() -> Status {
        if (auto s = importAll(m_database, dataset.organisations, u"organisations"_s, summary); !s)
            return s;
        if (auto s = importAll(m_database, dataset.people, u"people"_s, summary); !s)
            return s;
        if (auto s = importAll(m_database, dataset.students, u"students"_s, summary); !s)
            return s;
        if (auto s = importAll(m_database, dataset.agreements, u"agreements"_s, summary); !s)
            return s;
        if (auto s = importAll(m_database, dataset.measures, u"measures"_s, summary); !s)
            return s;
        if (auto s = importAll(m_database, dataset.groups, u"groups"_s, summary); !s)
            return s;
        // The findings of every imported record and of those that read them, in one pass.
        return refreshFindings(m_database, {.organisations = idsOf(dataset.organisations),
                                            .students = idsOf(dataset.students),
                                            .agreements = idsOf(dataset.agreements),
                                            .measures = idsOf(dataset.measures),
                                            .groups = idsOf(dataset.groups)});
    });
    if (!status)
        return status.error();
    return summary;
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
