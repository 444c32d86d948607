// GroupActivity <-> group_activities + group_participants, group_sessions, group_session_attendance.
#include "mappers.h"

#include "../archive_rows.h"
#include "../search_text.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::storage {
namespace {

Values rootValues(const GroupActivity& r, int revision) {
    return {key(r.kind),
            nullable(r.agreementId),
            r.title,
            sortKey(r.title),
            key(r.audience),
            key(r.recurrence),
            boolValue(r.filming),
            revision,
            r.id};
}

Status insertChildren(Database& database, const GroupActivity& r) {
    for (qsizetype i = 0; i < r.participantIds.size(); ++i) {
        if (auto s = execute(database,
                             u"INSERT INTO group_participants (group_id, seq, student_id) VALUES (?, ?, ?)"_s,
                             {r.id, int(i), r.participantIds.at(i)});
            !s)
            return s;
    }
    for (qsizetype i = 0; i < r.sessions.size(); ++i) {
        const GroupSession& session = r.sessions.at(i);
        if (auto s =
                execute(database,
                        u"INSERT INTO group_sessions (group_id, seq, session_date, start_time, end_time, "
                        "cancelled_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                        {r.id, int(i), dateValue(session.date), timeValue(session.start),
                         timeValue(session.end), dateTimeValue(session.cancelledAt)});
            !s)
            return s;
        for (qsizetype j = 0; j < session.attendance.size(); ++j) {
            const SessionAttendance& a = session.attendance.at(j);
            if (auto s =
                    execute(database,
                            u"INSERT INTO group_session_attendance (group_id, session_seq, seq, student_id, "
                            "status, note) VALUES (?, ?, ?, ?, ?, ?)"_s,
                            {r.id, int(i), int(j), a.studentId, key(a.status), a.note});
                !s)
                return s;
        }
    }
    return success();
}

Status deleteChildren(Database& database, const QString& id) {
    // Grandchildren first, so the deletion never depends on ON DELETE CASCADE being honoured.
    for (const QString& table :
         {u"group_session_attendance"_s, u"group_sessions"_s, u"group_participants"_s}) {
        if (auto s = execute(database, u"DELETE FROM %1 WHERE group_id = ?"_s.arg(table), {id}); !s)
            return s;
    }
    return success();
}

}  // namespace

const AggregateInfo& info(Type<GroupActivity>) {
    static const AggregateInfo info{
        u"group_activities"_s,
        u"group"_s,
        {u"group"_s, u"group_search"_s},
        u"x.sort_title, x.id"_s,
        {},
        {
            {u"title"_s, {{u"x.sort_title"_s}}},
            {u"kind"_s, enumOrder<GroupKind>(u"x.kind"_s)},
            {u"audience"_s, enumOrder<Audience>(u"x.audience"_s)},
            {u"recurrence"_s, enumOrder<Recurrence>(u"x.recurrence"_s)},
            {u"participants"_s, {{u"(SELECT COUNT(*) FROM group_participants p WHERE p.group_id = x.id)"_s}}},
            {u"sessions"_s, {{u"(SELECT COUNT(*) FROM group_sessions g WHERE g.group_id = x.id)"_s}}},
        },
    };
    return info;
}

QString displayName(const GroupActivity& record) {
    return record.title;
}

Status insertRows(Database& database, const GroupActivity& record, int revision) {
    if (auto s = execute(
            database,
            u"INSERT INTO group_activities (kind, agreement_id, title, sort_title, audience, recurrence, "
            "filming, revision, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            rootValues(record, revision));
        !s)
        return s;
    return insertChildren(database, record);
}

Status updateRows(Database& database, const GroupActivity& record, int revision) {
    if (auto s =
            execute(database,
                    u"UPDATE group_activities SET kind = ?, agreement_id = ?, title = ?, sort_title = ?, "
                    "audience = ?, recurrence = ?, filming = ?, revision = ? WHERE id = ?"_s,
                    rootValues(record, revision));
        !s)
        return s;
    if (auto s = deleteChildren(database, record.id); !s)
        return s;
    return insertChildren(database, record);
}

Status deleteRows(Database& database, const QString& id, Type<GroupActivity>) {
    if (auto s = deleteChildren(database, id); !s)
        return s;
    // Its issued documents and attachments go with it: papers about a student are not kept without a record.
    if (auto s = deleteArchivedFiles(database, ArchivedKind::Group, id); !s)
        return s;
    return execute(database, u"DELETE FROM group_activities WHERE id = ?"_s, {id});
}

Result<QString> searchDocument(Database&, const GroupActivity& record) {
    return groupSearchDocument(record.title);
}

QList<Reference> references(const GroupActivity& r) {
    QList<Reference> list{{u"agreement"_s, u"agreements"_s, u"agreement"_s, r.agreementId}};
    for (qsizetype i = 0; i < r.participantIds.size(); ++i) {
        list.append({u"participants[%1]"_s.arg(i), u"students"_s, u"student"_s, r.participantIds.at(i)});
    }
    for (qsizetype i = 0; i < r.sessions.size(); ++i) {
        const auto& attendance = r.sessions.at(i).attendance;
        for (qsizetype j = 0; j < attendance.size(); ++j) {
            list.append({u"sessions[%1].attendance[%2].student"_s.arg(i).arg(j), u"students"_s, u"student"_s,
                         attendance.at(j).studentId});
        }
    }
    return list;
}

Result<QList<GroupActivity>> loadRecords(Database& database, const IdFilter& ids, Type<GroupActivity>) {
    Assembly<GroupActivity> records;
    auto status = selectRows(
        database,
        u"SELECT id, kind, agreement_id, title, audience, recurrence, filming, revision FROM group_activities"_s,
        u"id"_s, ids, {}, [&](const QSqlQuery& row) -> Status {
            const QString table = u"group_activities"_s;
            const auto kind = toEnum<GroupKind>(row.value(1), table, u"kind"_s);
            if (!kind)
                return kind.error();
            const auto audience = toEnum<Audience>(row.value(4), table, u"audience"_s);
            if (!audience)
                return audience.error();
            const auto recurrence = toEnum<Recurrence>(row.value(5), table, u"recurrence"_s);
            if (!recurrence)
                return recurrence.error();
            records.add(GroupActivity{.id = row.value(0).toString(),
                                      .kind = *kind,
                                      .agreementId = row.value(2).toString(),
                                      .title = row.value(3).toString(),
                                      .audience = *audience,
                                      .recurrence = *recurrence,
                                      .filming = toBool(row.value(6)),
                                      .revision = row.value(7).toInt()});
            return success();
        });
    if (!status)
        return status.error();

    status = selectRows(database, u"SELECT group_id, student_id FROM group_participants"_s, u"group_id"_s,
                        ids, u"group_id, seq"_s, [&](const QSqlQuery& row) {
                            if (GroupActivity* owner = records.find(row.value(0).toString())) {
                                owner->participantIds.append(row.value(1).toString());
                            }
                            return success();
                        });
    if (!status)
        return status.error();
    status = selectRows(
        database, u"SELECT group_id, session_date, start_time, end_time, cancelled_at FROM group_sessions"_s,
        u"group_id"_s, ids, u"group_id, seq"_s, [&](const QSqlQuery& row) {
            if (GroupActivity* owner = records.find(row.value(0).toString())) {
                owner->sessions.append({.date = toDate(row.value(1)),
                                        .start = toTime(row.value(2)),
                                        .end = toTime(row.value(3)),
                                        .cancelledAt = toDateTime(row.value(4))});
            }
            return success();
        });
    if (!status)
        return status.error();
    status = selectRows(
        database, u"SELECT group_id, session_seq, student_id, status, note FROM group_session_attendance"_s,
        u"group_id"_s, ids, u"group_id, session_seq, seq"_s, [&](const QSqlQuery& row) -> Status {
            GroupActivity* owner = records.find(row.value(0).toString());
            const int session = row.value(1).toInt();
            // Sessions are written with seq 0, 1, 2 ... so seq is the position in the list.
            if (!owner || session < 0 || session >= owner->sessions.size())
                return success();
            const auto attendance =
                toEnum<AttendanceStatus>(row.value(3), u"group_session_attendance"_s, u"status"_s);
            if (!attendance)
                return attendance.error();
            owner->sessions[session].attendance.append(
                {row.value(2).toString(), *attendance, row.value(4).toString()});
            return success();
        });
    if (!status)
        return status.error();
    return records.take();
}

void addListFilters(const ListQuery& query, Type<GroupActivity>, SqlFilter& filter) {
    if (!query.kind.isEmpty())
        filter.add(u"x.kind = ?"_s, {query.kind});
}

}  // namespace passerelle::storage
