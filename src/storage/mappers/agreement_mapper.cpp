// Agreement <-> agreements + agreement_parties, _deliberations, _reviews, _signatures, _clauses, _amendments,
// _handled_deadlines, _resources.
#include "mappers.h"

#include "../archive_rows.h"
#include "../search_text.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::storage {
namespace {

const QStringList childTables{u"agreement_parties"_s,           u"agreement_deliberations"_s,
                              u"agreement_reviews"_s,           u"agreement_signatures"_s,
                              u"agreement_clauses"_s,           u"agreement_amendments"_s,
                              u"agreement_handled_deadlines"_s, u"agreement_resources"_s};

Values rootValues(const Agreement& r, int revision) {
    return {key(r.kind),
            r.title,
            sortKey(r.title),
            dateValue(r.signedOn),
            dateValue(r.start),
            dateValue(r.end),
            dateValue(r.effectiveEnd()),
            intValue(r.durationYears),
            boolValue(r.tacitRenewal),
            intValue(r.noticeMonths),
            key(r.noticeAnchor),
            intValue(r.breachNoticeMonths),
            intValue(r.reviewEveryMonths),
            intValue(r.groupSize ? std::optional<int>(r.groupSize->min) : std::nullopt),
            intValue(r.groupSize ? std::optional<int>(r.groupSize->max) : std::nullopt),
            intValue(r.partnerNoticeHours),
            intValue(r.copies),
            key(r.status),
            revision,
            r.id};
}

// Runs `insert` once per element of `items` with (agreement id, position, the element's values).
template <typename Item, typename ToValues>
Status insertEach(Database& database, const QString& sql, const QString& id, const QList<Item>& items,
                  ToValues toValues) {
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (auto s = execute(database, sql, Values{id, int(i)} + toValues(items.at(i))); !s)
            return s;
    }
    return success();
}

Status insertChildren(Database& database, const Agreement& r) {
    if (auto s = insertEach(
            database,
            u"INSERT INTO agreement_parties (agreement_id, seq, organisation_id, representative_id, "
            "role, designation, delegation, signature_mention) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
            r.id, r.parties,
            [](const Party& p) {
                return Values{nullable(p.organisationId),
                              nullable(p.representativeId),
                              p.role,
                              p.designation,
                              p.delegation,
                              p.signatureMention};
            });
        !s)
        return s;
    if (auto s =
            insertEach(database,
                       u"INSERT INTO agreement_deliberations (agreement_id, seq, body, deliberation_number, "
                       "deliberation_date, received_at, transmitted_at, published_on) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                       r.id, r.deliberations,
                       [](const Deliberation& d) {
                           return Values{d.body,
                                         d.number,
                                         dateValue(d.date),
                                         dateValue(d.receivedAt),
                                         dateValue(d.transmittedAt),
                                         dateValue(d.publishedOn)};
                       });
        !s)
        return s;
    if (auto s = insertEach(
            database,
            u"INSERT INTO agreement_reviews (agreement_id, seq, review_date, notes) VALUES (?, ?, ?, ?)"_s,
            r.id, r.reviews,
            [](const Review& v) {
                return Values{dateValue(v.date), v.notes};
            });
        !s)
        return s;
    if (auto s =
            insertEach(database,
                       u"INSERT INTO agreement_signatures (agreement_id, seq, organisation_id, signed_on, "
                       "method) VALUES (?, ?, ?, ?, ?)"_s,
                       r.id, r.signatures,
                       [](const PartySignature& p) {
                           return Values{nullable(p.organisationId), dateValue(p.signedOn), key(p.method)};
                       });
        !s)
        return s;
    if (auto s = insertEach(database,
                            u"INSERT INTO agreement_clauses (agreement_id, seq, clause_number, title, body) "
                            "VALUES (?, ?, ?, ?, ?)"_s,
                            r.id, r.clauses,
                            [](const Clause& c) {
                                return Values{c.number, c.title, c.text};
                            });
        !s)
        return s;
    if (auto s = insertEach(
            database,
            u"INSERT INTO agreement_amendments (agreement_id, seq, amendment_number, signed_on, body) "
            "VALUES (?, ?, ?, ?, ?)"_s,
            r.id, r.amendments,
            [](const Amendment& a) {
                return Values{a.number, dateValue(a.signedOn), a.text};
            });
        !s)
        return s;
    if (auto s = insertEach(
            database,
            u"INSERT INTO agreement_handled_deadlines (agreement_id, seq, rule, due, handled_on, note) "
            "VALUES (?, ?, ?, ?, ?, ?)"_s,
            r.id, r.handledDeadlines,
            [](const HandledDeadline& h) {
                return Values{h.rule, dateValue(h.due), dateValue(h.on), h.note};
            });
        !s)
        return s;
    return insertEach(database,
                      u"INSERT INTO agreement_resources (agreement_id, seq, name, kind, audience, contact, "
                      "phone, email) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                      r.id, r.resources, [](const Resource& v) {
                          return Values{v.name, v.kind, v.audience, v.contact, v.phone, v.email};
                      });
}

Status deleteChildren(Database& database, const QString& id) {
    for (const QString& table : childTables) {
        if (auto s = execute(database, u"DELETE FROM %1 WHERE agreement_id = ?"_s.arg(table), {id}); !s)
            return s;
    }
    return success();
}

// Reads one child table into the agreements already assembled; `add` appends a row to its agreement.
Status readChildren(Database& database, const IdFilter& ids, Assembly<Agreement>& records,
                    const QString& select, const std::function<Status(Agreement&, const QSqlQuery&)>& add) {
    return selectRows(database, select, u"agreement_id"_s, ids, u"agreement_id, seq"_s,
                      [&](const QSqlQuery& row) -> Status {
                          Agreement* owner = records.find(row.value(0).toString());
                          return owner ? add(*owner, row) : success();
                      });
}

}  // namespace

const AggregateInfo& info(Type<Agreement>) {
    static const AggregateInfo info{
        u"agreements"_s,
        u"agreement"_s,
        {u"agreement"_s, u"agreement_search"_s},
        u"x.sort_title, x.id"_s,
        {
            {u"SELECT COUNT(*) FROM measures WHERE agreement_id = ?"_s, u"measure"_s, u"measures"_s},
            {u"SELECT COUNT(*) FROM group_activities WHERE agreement_id = ?"_s, u"group"_s, u"groups"_s},
        },
        {
            {u"title"_s, {{u"x.sort_title"_s}}},
            {u"kind"_s, enumOrder<AgreementKind>(u"x.kind"_s)},
            {u"status"_s, enumOrder<AgreementStatus>(u"x.status"_s)},
            {u"start"_s, dateOrder(u"x.start_date"_s)},
            {u"end"_s, dateOrder(u"x.effective_end"_s)},
        },
    };
    return info;
}

QString displayName(const Agreement& record) {
    return record.title;
}

Status insertRows(Database& database, const Agreement& record, int revision) {
    if (auto s = execute(database,
                         u"INSERT INTO agreements (kind, title, sort_title, signed_on, start_date, end_date, "
                         "effective_end, duration_years, tacit_renewal, notice_months, notice_anchor, "
                         "breach_notice_months, review_every_months, group_size_min, group_size_max, "
                         "partner_notice_hours, copies, status, revision, id) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                         rootValues(record, revision));
        !s)
        return s;
    return insertChildren(database, record);
}

Status updateRows(Database& database, const Agreement& record, int revision) {
    if (auto s = execute(
            database,
            u"UPDATE agreements SET kind = ?, title = ?, sort_title = ?, signed_on = ?, start_date = ?, "
            "end_date = ?, effective_end = ?, duration_years = ?, tacit_renewal = ?, notice_months = ?, "
            "notice_anchor = ?, breach_notice_months = ?, review_every_months = ?, group_size_min = ?, "
            "group_size_max = ?, partner_notice_hours = ?, copies = ?, status = ?, revision = ? "
            "WHERE id = ?"_s,
            rootValues(record, revision));
        !s)
        return s;
    if (auto s = deleteChildren(database, record.id); !s)
        return s;
    return insertChildren(database, record);
}

Status deleteRows(Database& database, const QString& id, Type<Agreement>) {
    if (auto s = deleteChildren(database, id); !s)
        return s;
    // Its issued documents and attachments go with it: papers about a student are not kept without a record.
    if (auto s = deleteArchivedFiles(database, ArchivedKind::Agreement, id); !s)
        return s;
    return execute(database, u"DELETE FROM agreements WHERE id = ?"_s, {id});
}

Result<QString> searchDocument(Database&, const Agreement& record) {
    return agreementSearchDocument(record.title);
}

QList<Reference> references(const Agreement& record) {
    QList<Reference> list;
    for (qsizetype i = 0; i < record.parties.size(); ++i) {
        const QString at = u"parties[%1]."_s.arg(i);
        list.append({at + u"organisation"_s, u"organisations"_s, u"organisation"_s,
                     record.parties.at(i).organisationId});
        list.append(
            {at + u"representative"_s, u"people"_s, u"person"_s, record.parties.at(i).representativeId});
    }
    for (qsizetype i = 0; i < record.signatures.size(); ++i) {
        list.append({u"signatures[%1].organisation"_s.arg(i), u"organisations"_s, u"organisation"_s,
                     record.signatures.at(i).organisationId});
    }
    return list;
}

QString agreementTermsColumns() {
    return u"id, kind, title, signed_on, start_date, end_date, duration_years, tacit_renewal, notice_months, "
           u"notice_anchor, breach_notice_months, review_every_months"_s;
}

Result<Agreement> agreementTermsFromRow(const QSqlQuery& row, int statusColumn) {
    const auto kind = toEnum<AgreementKind>(row.value(1), u"agreements"_s, u"kind"_s);
    if (!kind)
        return kind.error();
    const auto anchor = toEnum<NoticeAnchor>(row.value(9), u"agreements"_s, u"notice_anchor"_s);
    if (!anchor)
        return anchor.error();
    const auto status = toEnum<AgreementStatus>(row.value(statusColumn), u"agreements"_s, u"status"_s);
    if (!status)
        return status.error();
    return Agreement{
        .id = row.value(0).toString(),
        .kind = *kind,
        .title = row.value(2).toString(),
        .signedOn = toDate(row.value(3)),
        .start = toDate(row.value(4)),
        .end = toDate(row.value(5)),
        .durationYears = toOptionalInt(row.value(6)),
        .tacitRenewal = toBool(row.value(7)),
        .noticeMonths = toOptionalInt(row.value(8)),
        .noticeAnchor = *anchor,
        .breachNoticeMonths = toOptionalInt(row.value(10)),
        .reviewEveryMonths = toOptionalInt(row.value(11)),
        .status = *status,
    };
}

Result<QList<Agreement>> loadRecords(Database& database, const IdFilter& ids, Type<Agreement>) {
    Assembly<Agreement> records;
    auto status = selectRows(
        database,
        u"SELECT "_s + agreementTermsColumns() +
            u", group_size_min, group_size_max, partner_notice_hours, copies, status, revision FROM agreements"_s,
        u"id"_s, ids, {}, [&](const QSqlQuery& row) -> Status {
            auto agreement = agreementTermsFromRow(row, 16);
            if (!agreement)
                return agreement.error();
            const auto min = toOptionalInt(row.value(12));
            const auto max = toOptionalInt(row.value(13));
            if (min || max)
                agreement->groupSize = GroupSize{min.value_or(0), max.value_or(0)};
            agreement->partnerNoticeHours = toOptionalInt(row.value(14));
            agreement->copies = toOptionalInt(row.value(15));
            agreement->revision = row.value(17).toInt();
            records.add(std::move(*agreement));
            return success();
        });
    if (!status)
        return status.error();

    status = readChildren(
        database, ids, records,
        u"SELECT agreement_id, organisation_id, representative_id, role, designation, delegation, "
        "signature_mention FROM agreement_parties"_s,
        [](Agreement& a, const QSqlQuery& row) {
            a.parties.append({row.value(1).toString(), row.value(2).toString(), row.value(3).toString(),
                              row.value(4).toString(), row.value(5).toString(), row.value(6).toString()});
            return success();
        });
    if (!status)
        return status.error();
    status = readChildren(
        database, ids, records,
        u"SELECT agreement_id, body, deliberation_number, deliberation_date, received_at, transmitted_at, "
        "published_on FROM agreement_deliberations"_s,
        [](Agreement& a, const QSqlQuery& row) {
            a.deliberations.append({row.value(1).toString(), row.value(2).toString(), toDate(row.value(3)),
                                    toDate(row.value(4)), toDate(row.value(5)), toDate(row.value(6))});
            return success();
        });
    if (!status)
        return status.error();
    status = readChildren(database, ids, records,
                          u"SELECT agreement_id, review_date, notes FROM agreement_reviews"_s,
                          [](Agreement& a, const QSqlQuery& row) {
                              a.reviews.append({toDate(row.value(1)), row.value(2).toString()});
                              return success();
                          });
    if (!status)
        return status.error();
    status = readChildren(
        database, ids, records,
        u"SELECT agreement_id, organisation_id, signed_on, method FROM agreement_signatures"_s,
        [](Agreement& a, const QSqlQuery& row) -> Status {
            const auto method = toEnum<SignatureMethod>(row.value(3), u"agreement_signatures"_s, u"method"_s);
            if (!method)
                return method.error();
            a.signatures.append({row.value(1).toString(), toDate(row.value(2)), *method});
            return success();
        });
    if (!status)
        return status.error();
    status = readChildren(
        database, ids, records, u"SELECT agreement_id, clause_number, title, body FROM agreement_clauses"_s,
        [](Agreement& a, const QSqlQuery& row) {
            a.clauses.append({row.value(1).toInt(), row.value(2).toString(), row.value(3).toString()});
            return success();
        });
    if (!status)
        return status.error();
    status = readChildren(
        database, ids, records,
        u"SELECT agreement_id, amendment_number, signed_on, body FROM agreement_amendments"_s,
        [](Agreement& a, const QSqlQuery& row) {
            a.amendments.append({row.value(1).toInt(), toDate(row.value(2)), row.value(3).toString()});
            return success();
        });
    if (!status)
        return status.error();
    status =
        readChildren(database, ids, records,
                     u"SELECT agreement_id, rule, due, handled_on, note FROM agreement_handled_deadlines"_s,
                     [](Agreement& a, const QSqlQuery& row) {
                         a.handledDeadlines.append({row.value(1).toString(), toDate(row.value(2)),
                                                    toDate(row.value(3)), row.value(4).toString()});
                         return success();
                     });
    if (!status)
        return status.error();
    status = readChildren(
        database, ids, records,
        u"SELECT agreement_id, name, kind, audience, contact, phone, email FROM agreement_resources"_s,
        [](Agreement& a, const QSqlQuery& row) {
            a.resources.append({row.value(1).toString(), row.value(2).toString(), row.value(3).toString(),
                                row.value(4).toString(), row.value(5).toString(), row.value(6).toString()});
            return success();
        });
    if (!status)
        return status.error();
    return records.take();
}

void addListFilters(const ListQuery& query, Type<Agreement>, SqlFilter& filter) {
    if (!query.status.isEmpty())
        filter.add(u"x.status = ?"_s, {query.status});
    if (!query.kind.isEmpty())
        filter.add(u"x.kind = ?"_s, {query.kind});
    addPeriodFilter(u"start_date"_s, u"effective_end"_s, query, filter);
}

}  // namespace passerelle::storage
