// Student <-> students + student_representatives.
#include "mappers.h"

#include "../search_text.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::storage {
namespace {

Values rootValues(const Student& r, int revision) {
    return {r.firstName,
            r.lastName,
            sortKey(r.lastName),
            sortKey(r.firstName),
            dateValue(r.birthDate),
            r.className,
            nullable(r.schoolId),
            boolValue(r.consents.followUp),
            boolValue(r.consents.image),
            r.familyName,
            r.ine,
            r.siecleId,
            dateValue(r.leftOn),
            revision,
            r.id};
}

Status insertChildren(Database& database, const Student& record) {
    for (qsizetype i = 0; i < record.legalRepresentatives.size(); ++i) {
        const LegalRepresentative& r = record.legalRepresentatives.at(i);
        if (auto s = execute(database,
                             u"INSERT INTO student_representatives (student_id, seq, first_name, last_name, "
                             "relationship, address, phone, email, civility, siecle_id) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                             {record.id, int(i), r.firstName, r.lastName, r.relation, r.address, r.phone,
                              r.email, r.civility, r.siecleId});
            !s)
            return s;
    }
    return success();
}

Status deleteChildren(Database& database, const QString& id) {
    return execute(database, u"DELETE FROM student_representatives WHERE student_id = ?"_s, {id});
}

}  // namespace

const AggregateInfo& info(Type<Student>) {
    static const AggregateInfo info{
        u"students"_s,
        u"student"_s,
        {u"student"_s, u"student_search"_s},
        u"x.sort_last_name, x.sort_first_name, x.id"_s,
        {
            {u"SELECT COUNT(*) FROM measures WHERE student_id = ?"_s, u"measure"_s, u"measures"_s},
            {u"SELECT COUNT(DISTINCT group_id) FROM group_participants WHERE student_id = ?"_s,
             u"group (as a participant)"_s, u"groups (as a participant)"_s},
            {u"SELECT COUNT(DISTINCT group_id) FROM group_session_attendance WHERE student_id = ?"_s,
             u"group (in its attendance)"_s, u"groups (in their attendance)"_s},
        },
        {
            {u"lastName"_s, {{u"x.sort_last_name"_s, u"x.sort_first_name"_s}}},
            {u"firstName"_s, {{u"x.sort_first_name"_s, u"x.sort_last_name"_s}}},
            {u"className"_s, textOrder(u"x.class_name"_s)},
            {u"birthDate"_s, dateOrder(u"x.birth_date"_s)},
            {u"school"_s, referencedOrder(u"organisations"_s, {u"sort_name"_s}, u"x.school_id"_s)},
        },
    };
    return info;
}

QString displayName(const Student& record) {
    return record.fullName();
}

Status insertRows(Database& database, const Student& record, int revision) {
    if (auto s = execute(
            database,
            u"INSERT INTO students (first_name, last_name, sort_last_name, sort_first_name, birth_date, "
            "class_name, school_id, consent_follow_up, consent_image, family_name, ine, siecle_id, left_on, "
            "revision, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            rootValues(record, revision));
        !s)
        return s;
    return insertChildren(database, record);
}

Status updateRows(Database& database, const Student& record, int revision) {
    if (auto s = execute(
            database,
            u"UPDATE students SET first_name = ?, last_name = ?, sort_last_name = ?, sort_first_name = ?, "
            "birth_date = ?, class_name = ?, school_id = ?, consent_follow_up = ?, consent_image = ?, "
            "family_name = ?, ine = ?, siecle_id = ?, left_on = ?, revision = ? WHERE id = ?"_s,
            rootValues(record, revision));
        !s)
        return s;
    if (auto s = deleteChildren(database, record.id); !s)
        return s;
    return insertChildren(database, record);
}

Status deleteRows(Database& database, const QString& id, Type<Student>) {
    if (auto s = deleteChildren(database, id); !s)
        return s;
    return execute(database, u"DELETE FROM students WHERE id = ?"_s, {id});
}

Result<QString> searchDocument(Database&, const Student& record) {
    return studentSearchDocument(record.firstName, record.lastName, record.className);
}

Status afterUpdate(Database& database, const Student& record) {
    // A measure's index text holds its student's name: a renamed student must still find their measures.
    struct MeasureText {
        QString id, objectives, activities, places;
    };
    QList<MeasureText> measures;
    auto status = forEachRow(
        database, u"SELECT id, objectives, activities, places FROM measures WHERE student_id = ?"_s,
        {record.id},
        [&](const QSqlQuery& row) {
            measures.append({row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                             row.value(3).toString()});
            return success();
        },
        Reuse::Cached);
    if (!status)
        return status;
    const SearchTarget& target = info(Type<Measure>{}).search;
    for (const MeasureText& m : measures) {
        const QString document =
            measureSearchDocument(record.firstName, record.lastName, m.objectives, m.activities, m.places);
        if (auto s = setSearchText(database, target, m.id, document); !s)
            return s;
    }
    return success();
}

QList<Reference> references(const Student& record) {
    return {{u"school"_s, u"organisations"_s, u"organisation"_s, record.schoolId}};
}

Result<QList<Student>> loadRecords(Database& database, const IdFilter& ids, Type<Student>) {
    Assembly<Student> records;
    auto status = selectRows(
        database,
        u"SELECT id, first_name, last_name, birth_date, class_name, school_id, consent_follow_up, "
        "consent_image, revision, family_name, ine, siecle_id, left_on FROM students"_s,
        u"id"_s, ids, {}, [&](const QSqlQuery& row) -> Status {
            records.add(Student{.id = row.value(0).toString(),
                                .firstName = row.value(1).toString(),
                                .lastName = row.value(2).toString(),
                                .birthDate = toDate(row.value(3)),
                                .className = row.value(4).toString(),
                                .schoolId = row.value(5).toString(),
                                .consents = {.followUp = toBool(row.value(6)), .image = toBool(row.value(7))},
                                .familyName = row.value(9).toString(),
                                .ine = row.value(10).toString(),
                                .siecleId = row.value(11).toString(),
                                .leftOn = toDate(row.value(12)),
                                .revision = row.value(8).toInt()});
            return success();
        });
    if (!status)
        return status.error();
    status = selectRows(database,
                        u"SELECT student_id, first_name, last_name, relationship, address, phone, email, "
                        "civility, siecle_id FROM student_representatives"_s,
                        u"student_id"_s, ids, u"student_id, seq"_s, [&](const QSqlQuery& row) -> Status {
                            if (Student* owner = records.find(row.value(0).toString())) {
                                owner->legalRepresentatives.append({.firstName = row.value(1).toString(),
                                                                    .lastName = row.value(2).toString(),
                                                                    .relation = row.value(3).toString(),
                                                                    .address = row.value(4).toString(),
                                                                    .phone = row.value(5).toString(),
                                                                    .email = row.value(6).toString(),
                                                                    .civility = row.value(7).toString(),
                                                                    .siecleId = row.value(8).toString()});
                            }
                            return success();
                        });
    if (!status)
        return status.error();
    return records.take();
}

void addListFilters(const ListQuery& query, Type<Student>, SqlFilter& filter) {
    if (!query.className.isEmpty())
        filter.add(u"x.class_name = ?"_s, {query.className});
    if (!query.schoolId.isEmpty())
        filter.add(u"x.school_id = ?"_s, {query.schoolId});
    // For students the period is their birth date: "born between from and to".
    if (query.from.isValid())
        filter.add(u"x.birth_date >= ?"_s, {dateValue(query.from)});
    if (query.to.isValid())
        filter.add(u"x.birth_date <= ?"_s, {dateValue(query.to)});
}

}  // namespace passerelle::storage
