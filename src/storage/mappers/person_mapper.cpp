// Person <-> people.
#include "mappers.h"

#include "../search_text.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::storage {
namespace {

Values rootValues(const Person& r, int revision) {
    return {nullable(r.organisationId),
            r.firstName,
            r.lastName,
            sortKey(r.lastName),
            sortKey(r.firstName),
            r.role,
            r.email,
            r.phone,
            r.civility,
            revision,
            r.id};
}

}  // namespace

const AggregateInfo& info(Type<Person>) {
    static const AggregateInfo info{
        u"people"_s,
        u"person"_s,
        {u"person"_s, u"person_search"_s},
        u"x.sort_last_name, x.sort_first_name, x.id"_s,
        {
            {u"SELECT COUNT(DISTINCT agreement_id) FROM agreement_parties WHERE representative_id = ?"_s,
             u"agreement (as a representative)"_s, u"agreements (as a representative)"_s},
            {u"SELECT COUNT(*) FROM measures WHERE host_tutor_id = ?"_s, u"measure (as host tutor)"_s,
             u"measures (as host tutor)"_s},
            {u"SELECT COUNT(*) FROM measures WHERE school_follower_id = ?"_s,
             u"measure (as school follower)"_s, u"measures (as school follower)"_s},
        },
        {
            {u"lastName"_s, {{u"x.sort_last_name"_s, u"x.sort_first_name"_s}}},
            {u"firstName"_s, {{u"x.sort_first_name"_s, u"x.sort_last_name"_s}}},
        },
    };
    return info;
}

QString displayName(const Person& record) {
    return record.fullName();
}

Status insertRows(Database& database, const Person& record, int revision) {
    return execute(
        database,
        u"INSERT INTO people (organisation_id, first_name, last_name, sort_last_name, sort_first_name, "
        "role, email, phone, civility, revision, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        rootValues(record, revision));
}

Status updateRows(Database& database, const Person& record, int revision) {
    return execute(
        database,
        u"UPDATE people SET organisation_id = ?, first_name = ?, last_name = ?, sort_last_name = ?, "
        "sort_first_name = ?, role = ?, email = ?, phone = ?, civility = ?, revision = ? WHERE id = ?"_s,
        rootValues(record, revision));
}

Status deleteRows(Database& database, const QString& id, Type<Person>) {
    return execute(database, u"DELETE FROM people WHERE id = ?"_s, {id});
}

Result<QString> searchDocument(Database&, const Person& record) {
    return personSearchDocument(record.firstName, record.lastName, record.role);
}

QList<Reference> references(const Person& record) {
    return {{u"organisation"_s, u"organisations"_s, u"organisation"_s, record.organisationId}};
}

Result<QList<Person>> loadRecords(Database& database, const IdFilter& ids, Type<Person>) {
    QList<Person> records;
    const auto status = selectRows(
        database,
        u"SELECT id, organisation_id, first_name, last_name, role, email, phone, revision, civility "
        "FROM people"_s,
        u"id"_s, ids, {}, [&](const QSqlQuery& row) -> Status {
            records.append(Person{.id = row.value(0).toString(),
                                  .organisationId = row.value(1).toString(),
                                  .firstName = row.value(2).toString(),
                                  .lastName = row.value(3).toString(),
                                  .role = row.value(4).toString(),
                                  .email = row.value(5).toString(),
                                  .phone = row.value(6).toString(),
                                  .civility = row.value(8).toString(),
                                  .revision = row.value(7).toInt()});
            return success();
        });
    if (!status)
        return status.error();
    return records;
}

void addListFilters(const ListQuery& query, Type<Person>, SqlFilter& filter) {
    // schoolId doubles as "of this organisation" for people: the tutor picker of a host, the CPE of a school.
    if (!query.schoolId.isEmpty())
        filter.add(u"x.organisation_id = ?"_s, {query.schoolId});
}

}  // namespace passerelle::storage
