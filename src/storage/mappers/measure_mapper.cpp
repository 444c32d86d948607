// Measure <-> measures + measure_slots, _signatures, _attendance, _incidents, _host_reports.
#include "mappers.h"

#include "../archive_rows.h"
#include "../search_text.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::storage {
namespace {

const QStringList childTables{u"measure_slots"_s, u"measure_signatures"_s, u"measure_attendance"_s,
                              u"measure_incidents"_s, u"measure_host_reports"_s};

Values rootValues(const Measure& r, int revision) {
    return {key(r.kind),
            nullable(r.studentId),
            nullable(r.agreementId),
            nullable(r.hostId),
            nullable(r.hostTutorId),
            nullable(r.schoolFollowerId),
            dateValue(r.start),
            dateValue(r.end),
            intValue(r.exclusionDays),
            r.objectives,
            r.activities,
            r.places,
            r.transport,
            boolValue(r.consents.student),
            boolValue(r.consents.representative),
            r.insurances.school.insurer,
            r.insurances.school.contract,
            r.insurances.host.insurer,
            r.insurances.host.contract,
            key(r.status),
            revision,
            r.id};
}

Status insertChildren(Database& database, const Measure& r) {
    if (auto s = insertTimeSlots(database, u"measure_slots"_s, u"measure_id"_s, r.id, r.slots); !s)
        return s;
    for (qsizetype i = 0; i < r.signatures.size(); ++i) {
        const RoleSignature& v = r.signatures.at(i);
        if (auto s = execute(database,
                             u"INSERT INTO measure_signatures (measure_id, seq, role, signed_on, method) "
                             "VALUES (?, ?, ?, ?, ?)"_s,
                             {r.id, int(i), key(v.role), dateValue(v.signedOn), key(v.method)});
            !s)
            return s;
    }
    for (qsizetype i = 0; i < r.attendance.size(); ++i) {
        const AttendanceEntry& v = r.attendance.at(i);
        if (auto s =
                execute(database,
                        u"INSERT INTO measure_attendance (measure_id, seq, attendance_date, status, note) "
                        "VALUES (?, ?, ?, ?, ?)"_s,
                        {r.id, int(i), dateValue(v.date), key(v.status), v.note});
            !s)
            return s;
    }
    for (qsizetype i = 0; i < r.incidents.size(); ++i) {
        const Incident& v = r.incidents.at(i);
        if (auto s =
                execute(database,
                        u"INSERT INTO measure_incidents (measure_id, seq, occurred_at, kind, description, "
                        "head_notified_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                        {r.id, int(i), dateTimeValue(v.at), key(v.kind), v.description,
                         dateTimeValue(v.headNotifiedAt)});
            !s)
            return s;
    }
    if (r.hostReport) {
        const HostReport& v = *r.hostReport;
        return execute(database,
                       u"INSERT INTO measure_host_reports (measure_id, written_on, behaviour, involvement, "
                       "report_text) VALUES (?, ?, ?, ?, ?)"_s,
                       {r.id, dateValue(v.writtenOn), v.behaviour, v.involvement, v.text});
    }
    return success();
}

Status deleteChildren(Database& database, const QString& id) {
    for (const QString& table : childTables) {
        if (auto s = execute(database, u"DELETE FROM %1 WHERE measure_id = ?"_s.arg(table), {id}); !s)
            return s;
    }
    return success();
}

Status readChildren(Database& database, const IdFilter& ids, Assembly<Measure>& records,
                    const QString& select, const QString& orderBy,
                    const std::function<Status(Measure&, const QSqlQuery&)>& add) {
    return selectRows(database, select, u"measure_id"_s, ids, orderBy, [&](const QSqlQuery& row) -> Status {
        Measure* owner = records.find(row.value(0).toString());
        return owner ? add(*owner, row) : success();
    });
}

}  // namespace

const AggregateInfo& info(Type<Measure>) {
    static const AggregateInfo info{
        u"measures"_s,
        u"measure"_s,
        {u"measure"_s, u"measure_search"_s},
        // Latest first; COALESCE puts undated measures last on every engine (NULL ordering differs).
        u"COALESCE(x.start_date, '') DESC, x.id"_s,
        {},
        {
            {u"student"_s,
             referencedOrder(u"students"_s, {u"sort_last_name"_s, u"sort_first_name"_s}, u"x.student_id"_s)},
            {u"kind"_s, enumOrder<MeasureKind>(u"x.kind"_s)},
            {u"host"_s, referencedOrder(u"organisations"_s, {u"sort_name"_s}, u"x.host_id"_s)},
            {u"start"_s, dateOrder(u"x.start_date"_s)},
            {u"end"_s, dateOrder(u"x.end_date"_s)},
            {u"status"_s, enumOrder<MeasureStatus>(u"x.status"_s)},
        },
    };
    return info;
}

QString displayName(const Measure& record) {
    return record.id;
}

Status insertRows(Database& database, const Measure& record, int revision) {
    if (auto s = execute(
            database,
            u"INSERT INTO measures (kind, student_id, agreement_id, host_id, host_tutor_id, "
            "school_follower_id, start_date, end_date, exclusion_days, objectives, activities, places, "
            "transport, consent_student, consent_representative, school_insurer, "
            "school_insurance_contract, host_insurer, host_insurance_contract, status, revision, id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            rootValues(record, revision));
        !s)
        return s;
    return insertChildren(database, record);
}

Status updateRows(Database& database, const Measure& record, int revision) {
    if (auto s = execute(
            database,
            u"UPDATE measures SET kind = ?, student_id = ?, agreement_id = ?, host_id = ?, "
            "host_tutor_id = ?, school_follower_id = ?, start_date = ?, end_date = ?, exclusion_days = ?, "
            "objectives = ?, activities = ?, places = ?, transport = ?, consent_student = ?, "
            "consent_representative = ?, school_insurer = ?, school_insurance_contract = ?, "
            "host_insurer = ?, host_insurance_contract = ?, status = ?, revision = ? WHERE id = ?"_s,
            rootValues(record, revision));
        !s)
        return s;
    if (auto s = deleteChildren(database, record.id); !s)
        return s;
    return insertChildren(database, record);
}

Status deleteRows(Database& database, const QString& id, Type<Measure>) {
    if (auto s = deleteChildren(database, id); !s)
        return s;
    // Its issued documents and attachments go with it: papers about a student are not kept without a record.
    if (auto s = deleteArchivedFiles(database, ArchivedKind::Measure, id); !s)
        return s;
    return execute(database, u"DELETE FROM measures WHERE id = ?"_s, {id});
}

Result<QString> searchDocument(Database& database, const Measure& record) {
    auto student =
        selectRow(database, u"SELECT first_name, last_name FROM students WHERE id = ?"_s, {record.studentId});
    if (!student)
        return student.error();
    const Values names = student->value_or(Values{QString(), QString()});
    return measureSearchDocument(names.at(0).toString(), names.at(1).toString(), record.objectives,
                                 record.activities, record.places);
}

QList<Reference> references(const Measure& r) {
    return {{u"student"_s, u"students"_s, u"student"_s, r.studentId},
            {u"agreement"_s, u"agreements"_s, u"agreement"_s, r.agreementId},
            {u"host"_s, u"organisations"_s, u"organisation"_s, r.hostId},
            {u"hostTutor"_s, u"people"_s, u"person"_s, r.hostTutorId},
            {u"schoolFollower"_s, u"people"_s, u"person"_s, r.schoolFollowerId}};
}

Result<QList<Measure>> loadRecords(Database& database, const IdFilter& ids, Type<Measure>) {
    Assembly<Measure> records;
    auto status = selectRows(
        database,
        u"SELECT id, kind, student_id, agreement_id, host_id, host_tutor_id, school_follower_id, start_date, "
        "end_date, exclusion_days, objectives, activities, places, transport, consent_student, "
        "consent_representative, school_insurer, school_insurance_contract, host_insurer, "
        "host_insurance_contract, "
        "status, revision FROM measures"_s,
        u"id"_s, ids, {}, [&](const QSqlQuery& row) -> Status {
            const auto kind = toEnum<MeasureKind>(row.value(1), u"measures"_s, u"kind"_s);
            if (!kind)
                return kind.error();
            const auto measureStatus = toEnum<MeasureStatus>(row.value(20), u"measures"_s, u"status"_s);
            if (!measureStatus)
                return measureStatus.error();
            records.add(Measure{
                .id = row.value(0).toString(),
                .kind = *kind,
                .studentId = row.value(2).toString(),
                .agreementId = row.value(3).toString(),
                .hostId = row.value(4).toString(),
                .hostTutorId = row.value(5).toString(),
                .schoolFollowerId = row.value(6).toString(),
                .start = toDate(row.value(7)),
                .end = toDate(row.value(8)),
                .exclusionDays = toOptionalInt(row.value(9)),
                .objectives = row.value(10).toString(),
                .activities = row.value(11).toString(),
                .places = row.value(12).toString(),
                .transport = row.value(13).toString(),
                .consents = {.student = toBool(row.value(14)), .representative = toBool(row.value(15))},
                .insurances = {.school = {row.value(16).toString(), row.value(17).toString()},
                               .host = {row.value(18).toString(), row.value(19).toString()}},
                .status = *measureStatus,
                .revision = row.value(21).toInt(),
            });
            return success();
        });
    if (!status)
        return status.error();

    const QString byPosition = u"measure_id, seq"_s;
    status = readChildren(database, ids, records,
                          u"SELECT measure_id, weekday, start_time, end_time FROM measure_slots"_s,
                          byPosition, [](Measure& m, const QSqlQuery& row) -> Status {
                              const auto slot = readTimeSlot(row, 1, u"measure_slots"_s);
                              if (!slot)
                                  return slot.error();
                              m.slots.append(*slot);
                              return success();
                          });
    if (!status)
        return status.error();
    status = readChildren(
        database, ids, records, u"SELECT measure_id, role, signed_on, method FROM measure_signatures"_s,
        byPosition, [](Measure& m, const QSqlQuery& row) -> Status {
            const auto role = toEnum<SignatureRole>(row.value(1), u"measure_signatures"_s, u"role"_s);
            if (!role)
                return role.error();
            const auto method = toEnum<SignatureMethod>(row.value(3), u"measure_signatures"_s, u"method"_s);
            if (!method)
                return method.error();
            m.signatures.append({*role, toDate(row.value(2)), *method});
            return success();
        });
    if (!status)
        return status.error();
    status = readChildren(
        database, ids, records, u"SELECT measure_id, attendance_date, status, note FROM measure_attendance"_s,
        byPosition, [](Measure& m, const QSqlQuery& row) -> Status {
            const auto attendance =
                toEnum<AttendanceStatus>(row.value(2), u"measure_attendance"_s, u"status"_s);
            if (!attendance)
                return attendance.error();
            m.attendance.append({toDate(row.value(1)), *attendance, row.value(3).toString()});
            return success();
        });
    if (!status)
        return status.error();
    status = readChildren(
        database, ids, records,
        u"SELECT measure_id, occurred_at, kind, description, head_notified_at FROM measure_incidents"_s,
        byPosition, [](Measure& m, const QSqlQuery& row) -> Status {
            const auto kind = toEnum<IncidentKind>(row.value(2), u"measure_incidents"_s, u"kind"_s);
            if (!kind)
                return kind.error();
            m.incidents.append(
                {toDateTime(row.value(1)), *kind, row.value(3).toString(), toDateTime(row.value(4))});
            return success();
        });
    if (!status)
        return status.error();
    status = readChildren(
        database, ids, records,
        u"SELECT measure_id, written_on, behaviour, involvement, report_text FROM measure_host_reports"_s,
        u"measure_id"_s, [](Measure& m, const QSqlQuery& row) -> Status {
            m.hostReport = HostReport{toDate(row.value(1)), row.value(2).toString(), row.value(3).toString(),
                                      row.value(4).toString()};
            return success();
        });
    if (!status)
        return status.error();
    return records.take();
}

void addListFilters(const ListQuery& query, Type<Measure>, SqlFilter& filter) {
    if (!query.status.isEmpty())
        filter.add(u"x.status = ?"_s, {query.status});
    if (!query.kind.isEmpty())
        filter.add(u"x.kind = ?"_s, {query.kind});
    addPeriodFilter(u"start_date"_s, u"end_date"_s, query, filter);
}

}  // namespace passerelle::storage
