// The stored findings (findings_store.h): written by the writes through refreshFindings, read by indexed
// queries, recomputed whole once for a new day or new rule settings. The rules module decides every finding.
#include "passerelle/storage/findings_store.h"

#include "dialect.h"
#include "findings_upkeep.h"
#include "mappers/mappers.h"
#include "sql.h"

#include "passerelle/domain/dataset.h"
#include "passerelle/rules/checks.h"
#include "passerelle/storage/database.h"
#include "passerelle/storage/record_pages.h"

#include <spdlog/spdlog.h>

#include <QSet>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::storage {
namespace {

const QString agreementEntity = u"agreement"_s;
const QString measureEntity = u"measure"_s;
const QString groupEntity = u"group"_s;

int severityValue(rules::Severity severity) {
    switch (severity) {
        case rules::Severity::Error:
            return 0;
        case rules::Severity::Warning:
            return 1;
        case rules::Severity::Info:
            break;
    }
    return 2;
}

rules::Severity severityFrom(int value) {
    return value == 0   ? rules::Severity::Error
           : value == 1 ? rules::Severity::Warning
                        : rules::Severity::Info;
}

// The settings as stored beside the day: every field, so that a write can recompute with them.
QString settingsKey(const rules::RuleSettings& settings) {
    return u"%1 %2 %3 %4"_s.arg(settings.schoolYearStartMonth)
        .arg(settings.schoolYearStartDay)
        .arg(settings.deadlineHorizonDays)
        .arg(settings.deadlineWarningDays);
}

std::optional<rules::RuleSettings> parseSettingsKey(const QString& key) {
    const QStringList parts = key.split(u' ');
    if (parts.size() != 4)
        return std::nullopt;
    int values[4] = {};
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        values[i] = parts.at(i).toInt(&ok);
        if (!ok)
            return std::nullopt;
    }
    return rules::RuleSettings{values[0], values[1], values[2], values[3]};
}

// For which day and settings the stored rows hold; nothing while they are stale.
struct State {
    QDate day;
    rules::RuleSettings settings;
};

Result<std::optional<State>> readState(Database& database) {
    const auto row = selectRow(database, u"SELECT computed_on, settings FROM findings_state WHERE id = 1"_s);
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<State>();
    const QDate day = toDate((**row).at(0));
    const auto settings = parseSettingsKey((**row).at(1).toString());
    if (!day.isValid() || !settings)
        return std::optional<State>();  // written by no version of Passerelle: recompute
    return std::optional<State>(State{day, *settings});
}

QStringList uniqueIds(const QStringList& ids) {
    QStringList unique;
    QSet<QString> seen;
    for (const QString& id : ids) {
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            unique << id;
        }
    }
    return unique;
}

// Appends to `into` the first column of every row of `sql`, which binds one JSON list of ids.
Status addIds(Database& database, const QString& sql, const QStringList& ids, QStringList& into) {
    if (ids.isEmpty())
        return success();
    return forEachRow(database, sql, {dialect::idListValue(ids)}, [&](const QSqlQuery& row) {
        into << row.value(0).toString();
        return success();
    });
}

Status deleteFindings(Database& database, const QString& entity, const QStringList& ids) {
    if (ids.isEmpty())
        return success();
    return execute(
        database,
        u"DELETE FROM findings WHERE entity = ? AND "_s + database.dialect().idInListSql(u"record_id"_s),
        {entity, dialect::idListValue(ids)});
}

Status insertFindings(Database& database, const rules::Findings& findings) {
    static const QString sql =
        u"INSERT INTO findings (entity, record_id, seq, rule, severity, field, message, reference, due) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
    int seq = 0;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const rules::Finding& finding = findings.at(i);
        const bool sameRecord =
            i > 0 && findings.at(i - 1).entity == finding.entity && findings.at(i - 1).id == finding.id;
        seq = sameRecord ? seq + 1 : 0;
        if (auto s = execute(database, sql,
                             {finding.entity, finding.id, seq, finding.rule, severityValue(finding.severity),
                              finding.field, finding.message, finding.reference, dateValue(finding.date)});
            !s)
            return s;
    }
    return success();
}

// Loads the records `filter` selects, sorted by id.
template <typename T>
Status loadInto(Database& database, const IdFilter& filter, QList<T>& into) {
    auto loaded = loadRecords(database, filter, Type<T>{});
    if (!loaded)
        return loaded.error();
    std::sort(loaded->begin(), loaded->end(), [](const T& a, const T& b) { return a.id < b.id; });
    into = std::move(*loaded);
    return success();
}

// Loads the records with these ids (none: reads nothing).
template <typename T>
Status loadInto(Database& database, const QStringList& ids, QList<T>& into) {
    return ids.isEmpty() ? success() : loadInto(database, IdFilter(ids), into);
}

// The findings of these records, with what their checks read.
Status checkAndInsert(Database& database, const Dataset& checked, const Dataset& read, const State& state) {
    const DatasetIndex index(read);
    rules::Findings findings;
    for (const Agreement& agreement : std::as_const(checked.agreements))
        findings << rules::checkAgreement(agreement, state.day, state.settings);
    for (const Measure& measure : std::as_const(checked.measures)) {
        findings << rules::checkMeasure(measure, rules::contextFor(measure, index), state.day,
                                        state.settings);
    }
    const rules::StudentLookup lookup = [&index](const QString& id) { return index.student(id); };
    for (const GroupActivity& group : std::as_const(checked.groups)) {
        findings << rules::checkGroup(group, index.agreement(group.agreementId), lookup, state.day,
                                      state.settings);
    }
    spdlog::debug("findings: {} agreements, {} measures, {} groups checked, {} findings stored",
                  checked.agreements.size(), checked.measures.size(), checked.groups.size(), findings.size());
    return insertFindings(database, findings);
}

// Replaces the findings of these agreements, measures and groups (ids of removed records only lose theirs),
// loading them and just the records their checks read.
Status computeFor(Database& database, const QStringList& agreementIds, const QStringList& measureIds,
                  const QStringList& groupIds, const State& state) {
    for (const auto& [entity, ids] :
         {std::pair{agreementEntity, agreementIds}, std::pair{measureEntity, measureIds},
          std::pair{groupEntity, groupIds}}) {
        if (auto s = deleteFindings(database, entity, ids); !s)
            return s;
    }
    Dataset checked;  // the records whose findings are recomputed
    if (auto s = loadInto(database, agreementIds, checked.agreements); !s)
        return s;
    if (auto s = loadInto(database, measureIds, checked.measures); !s)
        return s;
    if (auto s = loadInto(database, groupIds, checked.groups); !s)
        return s;

    Dataset read;  // what their checks read
    QStringList agreements = agreementIds;
    QStringList students;
    QStringList organisations;
    for (const Measure& measure : std::as_const(checked.measures)) {
        agreements << measure.agreementId;
        students << measure.studentId;
        organisations << measure.hostId;
    }
    for (const GroupActivity& group : std::as_const(checked.groups)) {
        agreements << group.agreementId;
        students << group.participantIds;
    }
    read.agreements = checked.agreements;
    const QSet<QString> loadedAgreements(agreementIds.cbegin(), agreementIds.cend());
    QStringList otherAgreements;
    for (const QString& id : uniqueIds(agreements)) {
        if (!loadedAgreements.contains(id))
            otherAgreements << id;
    }
    QList<Agreement> others;
    if (auto s = loadInto(database, otherAgreements, others); !s)
        return s;
    read.agreements << others;
    if (auto s = loadInto(database, uniqueIds(students), read.students); !s)
        return s;
    for (const Student& student : std::as_const(read.students))
        organisations << student.schoolId;
    if (auto s = loadInto(database, uniqueIds(organisations), read.organisations); !s)
        return s;
    return checkAndInsert(database, checked, read, state);
}

// What the checks of these measures and groups read, besides the agreements (all given): their students and
// those students' schools, the measures' hosts, by id (a page holds a few hundred of them).
Status readFor(Database& database, const QList<Measure>& measures, const QList<GroupActivity>& groups,
               const QList<Agreement>& agreements, Dataset& read) {
    read.agreements = agreements;
    QStringList students;
    QStringList organisations;
    for (const Measure& measure : measures) {
        students << measure.studentId;
        organisations << measure.hostId;
    }
    for (const GroupActivity& group : groups)
        students << group.participantIds;
    if (auto s = loadInto(database, uniqueIds(students), read.students); !s)
        return s;
    for (const Student& student : std::as_const(read.students))
        organisations << student.schoolId;
    return loadInto(database, uniqueIds(organisations), read.organisations);
}

// Replaces every finding: the agreements at once (the measures' and groups' checks read them), then the
// measures and the groups a page at a time with what their checks read, so that the day's recompute holds a
// page of records, not the whole database (at 100,000 students it once peaked at 190 MiB in the GUI's
// worker).
Status computeAll(Database& database, const State& state) {
    constexpr int pageSize = 500;
    if (auto s = execute(database, u"DELETE FROM findings"_s); !s)
        return s;
    Dataset agreements;
    if (auto s = loadInto(database, IdFilter(), agreements.agreements); !s)
        return s;
    if (auto s = checkAndInsert(database, agreements, agreements, state); !s)
        return s;
    const PageHandler<Measure> measures = [&](const QList<Measure>& page) -> Status {
        Dataset checked;
        checked.measures = page;
        Dataset read;
        if (auto s = readFor(database, page, {}, agreements.agreements, read); !s)
            return s;
        return checkAndInsert(database, checked, read, state);
    };
    if (auto s = forEachPage(database, measures, pageSize); !s)
        return s;
    const PageHandler<GroupActivity> groups = [&](const QList<GroupActivity>& page) -> Status {
        Dataset checked;
        checked.groups = page;
        Dataset read;
        if (auto s = readFor(database, {}, page, agreements.agreements, read); !s)
            return s;
        return checkAndInsert(database, checked, read, state);
    };
    return forEachPage(database, groups, pageSize);
}

Result<bool> isCurrent(Database& database, const QDate& today, const rules::RuleSettings& settings) {
    const auto current = selectValue(
        database, u"SELECT 1 FROM findings_state WHERE id = 1 AND computed_on = ? AND settings = ?"_s,
        {dateValue(today), settingsKey(settings)});
    if (!current)
        return current.error();
    return current->has_value();
}

}  // namespace

Status refreshFindings(Database& database, const AffectedRecords& affected) {
    // A database held below version 9 (the migration tests' openAtVersion) has no findings to keep.
    if (affected.isEmpty() || database.schemaVersion() < 9)
        return success();
    const auto state = readState(database);
    if (!state)
        return state.error();
    if (!state->has_value())
        return success();  // stale: the next read recomputes everything
    QStringList measures = affected.measures;
    QStringList groups = affected.groups;
    const QString inList = database.dialect().idInListSql(u"%1"_s);
    // QString, not the string builder's lazy sums, which would outlive their parts.
    using Query = std::pair<QString, QStringList>;
    const QList<Query> measureQueries{
        {u"SELECT id FROM measures WHERE "_s + inList.arg(u"student_id"_s), affected.students},
        {u"SELECT id FROM measures WHERE "_s + inList.arg(u"agreement_id"_s), affected.agreements},
        {u"SELECT id FROM measures WHERE "_s + inList.arg(u"host_id"_s), affected.organisations},
        {u"SELECT m.id FROM measures m JOIN students s ON s.id = m.student_id WHERE "_s +
             inList.arg(u"s.school_id"_s),
         affected.organisations},
    };
    for (const auto& [sql, ids] : measureQueries) {
        if (auto s = addIds(database, sql, ids, measures); !s)
            return s;
    }
    if (auto s = addIds(database, u"SELECT id FROM group_activities WHERE "_s + inList.arg(u"agreement_id"_s),
                        affected.agreements, groups);
        !s)
        return s;
    if (auto s = addIds(database,
                        u"SELECT group_id FROM group_participants WHERE "_s + inList.arg(u"student_id"_s),
                        affected.students, groups);
        !s)
        return s;
    return computeFor(database, uniqueIds(affected.agreements), uniqueIds(measures), uniqueIds(groups),
                      **state);
}

Status recomputeAllFindings(Database& database, const QDate& today, const rules::RuleSettings& settings) {
    return database.transaction([&]() -> Status {
        // Another connection (a GUI worker and the GUI thread) may have found them stale too and recomputed
        // them while this one waited for the write lock: once is enough.
        const auto current = isCurrent(database, today, settings);
        if (!current)
            return current.error();
        if (*current)
            return success();
        if (auto s = computeAll(database, State{today, settings}); !s)
            return s;
        spdlog::info("Findings recomputed for {} with the current rule settings.",
                     today.toString(Qt::ISODate).toStdString());
        return execute(
            database,
            u"INSERT INTO findings_state (id, computed_on, settings) VALUES (1, ?, ?) ON CONFLICT (id) DO "
            u"UPDATE SET computed_on = excluded.computed_on, settings = excluded.settings"_s,
            {dateValue(today), settingsKey(settings)});
    });
}

Status ensureFindingsCurrent(Database& database, const QDate& today, const rules::RuleSettings& settings) {
    if (!today.isValid())
        return failure(u"The findings are judged on a day, and none was given."_s, u"today"_s);
    const auto current = isCurrent(database, today, settings);
    if (!current)
        return current.error();
    if (*current)
        return success();
    // A read-only user of a server (auditor, partner) cannot store the day's findings: it reads those a user
    // who may write last stored (recomputed at that user's first read of the day), rather than nothing.
    if (const QString sql = database.dialect().canWriteSql(u"findings"_s); !sql.isEmpty()) {
        const auto writable = selectValue(database, sql);
        if (!writable)
            return writable.error();
        if (writable->has_value() && !(*writable)->toBool()) {
            spdlog::warn(
                "The findings are not those of {}: this user may not store them; the last stored are "
                "read.",
                today.toString(Qt::ISODate).toStdString());
            return success();
        }
    }
    return recomputeAllFindings(database, today, settings);
}

Result<FindingCounts> countFindings(Database& database, const QDate& today,
                                    const rules::RuleSettings& settings) {
    if (auto s = ensureFindingsCurrent(database, today, settings); !s)
        return s.error();
    FindingCounts counts;
    const Status status = forEachRow(
        database,
        u"SELECT entity, severity, COUNT(*) FROM findings WHERE severity IN (0, 1) GROUP BY entity, severity"_s,
        {}, [&](const QSqlQuery& row) {
            const QString entity = row.value(0).toString();
            const int n = row.value(2).toInt();
            if (severityFrom(row.value(1).toInt()) == rules::Severity::Error) {
                counts.errors += n;
                counts.errorsByEntity[entity] += n;
            } else {
                counts.warnings += n;
                counts.warningsByEntity[entity] += n;
            }
            return success();
        });
    if (!status)
        return status.error();
    return counts;
}

Result<QStringList> recordsWithFindings(Database& database, const QString& entity, rules::Severity severity,
                                        const QDate& today, const rules::RuleSettings& settings) {
    if (auto s = ensureFindingsCurrent(database, today, settings); !s)
        return s.error();
    return selectList<QString>(
        database,
        u"SELECT DISTINCT record_id FROM findings WHERE entity = ? AND severity = ? ORDER BY record_id"_s,
        {entity, severityValue(severity)}, [](const QSqlQuery& row) { return row.value(0).toString(); });
}

Result<rules::Findings> storedFindings(Database& database, const QDate& today,
                                       const rules::RuleSettings& settings) {
    if (auto s = ensureFindingsCurrent(database, today, settings); !s)
        return s.error();
    return selectList<rules::Finding>(
        database,
        u"SELECT entity, record_id, rule, severity, field, message, reference, due FROM findings "
        "ORDER BY CASE entity WHEN 'agreement' THEN 0 WHEN 'measure' THEN 1 ELSE 2 END, record_id, seq"_s,
        {}, [](const QSqlQuery& row) {
            rules::Finding finding;
            finding.entity = row.value(0).toString();
            finding.id = row.value(1).toString();
            finding.rule = row.value(2).toString();
            finding.severity = severityFrom(row.value(3).toInt());
            finding.field = row.value(4).toString();
            finding.message = row.value(5).toString();
            finding.reference = row.value(6).toString();
            finding.date = toDate(row.value(7));
            return finding;
        });
}

}  // namespace passerelle::storage
