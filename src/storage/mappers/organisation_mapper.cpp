// Organisation <-> organisations + organisation_teaching_hours.
#include "mappers.h"

#include "../search_text.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::storage {

const AggregateInfo& info(Type<Organisation>) {
    static const AggregateInfo info{
        u"organisations"_s,
        u"organisation"_s,
        {u"organisation"_s, u"organisation_search"_s},
        u"x.sort_name, x.id"_s,
        {
            {u"SELECT COUNT(*) FROM people WHERE organisation_id = ?"_s, u"person"_s, u"people"_s},
            {u"SELECT COUNT(*) FROM students WHERE school_id = ?"_s, u"student"_s, u"students"_s},
            {u"SELECT COUNT(DISTINCT agreement_id) FROM agreement_parties WHERE organisation_id = ?"_s,
             u"agreement (as a party)"_s, u"agreements (as a party)"_s},
            {u"SELECT COUNT(DISTINCT agreement_id) FROM agreement_signatures WHERE organisation_id = ?"_s,
             u"agreement signature"_s, u"agreement signatures"_s},
            {u"SELECT COUNT(*) FROM measures WHERE host_id = ?"_s, u"measure (as host)"_s,
             u"measures (as host)"_s},
        },
        {
            {u"name"_s, {{u"x.sort_name"_s}}},
            {u"kind"_s, enumOrder<OrganisationKind>(u"x.kind"_s)},
            {u"address"_s, textOrder(u"x.address"_s)},
            {u"phone"_s, textOrder(u"x.phone"_s)},
            {u"email"_s, textOrder(u"x.email"_s)},
        },
    };
    return info;
}

QString displayName(const Organisation& record) {
    return record.name;
}

namespace {

Values rootValues(const Organisation& r, int revision) {
    return {key(r.kind), r.name,  sortKey(r.name), r.activityDomain, r.uai, r.address,
            r.phone,     r.email, r.legalName,     revision,         r.id};
}

}  // namespace

namespace {

Status insertChildren(Database& database, const Organisation& record) {
    return insertTimeSlots(database, u"organisation_teaching_hours"_s, u"organisation_id"_s, record.id,
                           record.teachingHours);
}

}  // namespace

Status insertRows(Database& database, const Organisation& record, int revision) {
    if (auto s = execute(
            database,
            u"INSERT INTO organisations (kind, name, sort_name, activity_domain, uai, address, phone, email, "
            "legal_name, revision, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            rootValues(record, revision));
        !s)
        return s;
    return insertChildren(database, record);
}

namespace {

Status deleteChildren(Database& database, const QString& id) {
    return execute(database, u"DELETE FROM organisation_teaching_hours WHERE organisation_id = ?"_s, {id});
}

}  // namespace

Status updateRows(Database& database, const Organisation& record, int revision) {
    if (auto s =
            execute(database,
                    u"UPDATE organisations SET kind = ?, name = ?, sort_name = ?, activity_domain = ?, "
                    "uai = ?, address = ?, phone = ?, email = ?, legal_name = ?, revision = ? WHERE id = ?"_s,
                    rootValues(record, revision));
        !s)
        return s;
    if (auto s = deleteChildren(database, record.id); !s)
        return s;
    return insertChildren(database, record);
}

Status deleteRows(Database& database, const QString& id, Type<Organisation>) {
    if (auto s = deleteChildren(database, id); !s)
        return s;
    return execute(database, u"DELETE FROM organisations WHERE id = ?"_s, {id});
}

Result<QString> searchDocument(Database&, const Organisation& record) {
    return organisationSearchDocument(record.name, record.address, record.uai, record.legalName);
}

QList<Reference> references(const Organisation&) {
    return {};
}

Result<QList<Organisation>> loadRecords(Database& database, const IdFilter& ids, Type<Organisation>) {
    Assembly<Organisation> records;
    auto status = selectRows(
        database,
        u"SELECT id, kind, name, uai, address, phone, email, revision, activity_domain, legal_name "
        "FROM organisations"_s,
        u"id"_s, ids, {}, [&](const QSqlQuery& row) -> Status {
            const auto kind = toEnum<OrganisationKind>(row.value(1), u"organisations"_s, u"kind"_s);
            if (!kind)
                return kind.error();
            records.add(Organisation{.id = row.value(0).toString(),
                                     .kind = *kind,
                                     .name = row.value(2).toString(),
                                     .activityDomain = row.value(8).toString(),
                                     .uai = row.value(3).toString(),
                                     .address = row.value(4).toString(),
                                     .phone = row.value(5).toString(),
                                     .email = row.value(6).toString(),
                                     .legalName = row.value(9).toString(),
                                     .revision = row.value(7).toInt()});
            return success();
        });
    if (!status)
        return status.error();
    status = selectRows(
        database, u"SELECT organisation_id, weekday, start_time, end_time FROM organisation_teaching_hours"_s,
        u"organisation_id"_s, ids, u"organisation_id, seq"_s, [&](const QSqlQuery& row) -> Status {
            Organisation* owner = records.find(row.value(0).toString());
            if (!owner)
                return success();
            const auto slot = readTimeSlot(row, 1, u"organisation_teaching_hours"_s);
            if (!slot)
                return slot.error();
            owner->teachingHours.append(*slot);
            return success();
        });
    if (!status)
        return status.error();
    return records.take();
}

void addListFilters(const ListQuery& query, Type<Organisation>, SqlFilter& filter) {
    if (!query.kind.isEmpty())
        filter.add(u"x.kind = ?"_s, {query.kind});
}

}  // namespace passerelle::storage
